import { css, unsafeCSS } from 'lit';

type Palette = Readonly<Record<'bg' | 'fg' | 'muted' | 'panel' | 'border' | 'accent' | 'danger', string>>;

/** The two palettes. One table drives the tokens, the media query and the explicit choice. */
export const palettes: Readonly<Record<'light' | 'dark', Palette>> = {
  light: {
    bg: '#ffffff',
    fg: '#1b1f24',
    muted: '#57606a',
    panel: '#f6f8fa',
    border: '#d0d7de',
    accent: '#0a66c2',
    /** Errors and stderr: 5.4:1 on bg. */
    danger: '#cf222e',
  },
  dark: {
    bg: '#0d1117',
    fg: '#e6edf3',
    muted: '#9da7b3',
    panel: '#161b22',
    border: '#30363d',
    accent: '#58a6ff',
    /** Errors and stderr: 7.5:1 on bg (the light theme's red is 3.5:1 here). */
    danger: '#ff7b72',
  },
};

export type ThemeChoice = 'system' | keyof typeof palettes;

const names = Object.keys(palettes.light) as (keyof Palette)[];

/** Tokens for a palette; an explicit choice set on the app root (`--wb-root-*`, inherited) wins. */
function tokens(p: Palette): string {
  return names.map((k) => `--wb-${k}: var(--wb-root-${k}, ${p[k]});`).join('\n');
}

/**
 * The inline style the app root sets for an explicit theme: its palette as `--wb-root-*`
 * properties, which inherit into every component's shadow root. 'system' sets none, so
 * prefers-color-scheme decides.
 */
export function rootThemeStyle(choice: ThemeChoice): string {
  if (choice === 'system') return '';
  const p = palettes[choice];
  return `${names.map((k) => `--wb-root-${k}: ${p[k]};`).join(' ')} --wb-root-scheme: ${choice};`;
}

/** Design tokens shared by every wb-* element: light and dark via prefers-color-scheme or the user's choice. */
export const themeTokens = css`
  :host {
    ${unsafeCSS(tokens(palettes.light))}
    --wb-font: system-ui, -apple-system, 'Segoe UI', sans-serif;
    --wb-mono: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    color-scheme: var(--wb-root-scheme, light dark);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${unsafeCSS(tokens(palettes.dark))}
    }
  }
`;
