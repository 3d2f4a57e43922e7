import { css } from 'lit';

/** Design tokens shared by every wb-* element; light and dark via prefers-color-scheme. */
export const themeTokens = css`
  :host {
    --wb-bg: #ffffff;
    --wb-fg: #1b1f24;
    --wb-muted: #57606a;
    --wb-panel: #f6f8fa;
    --wb-border: #d0d7de;
    --wb-accent: #0a66c2;
    --wb-font: system-ui, -apple-system, 'Segoe UI', sans-serif;
    --wb-mono: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --wb-bg: #0d1117;
      --wb-fg: #e6edf3;
      --wb-muted: #9da7b3;
      --wb-panel: #161b22;
      --wb-border: #30363d;
      --wb-accent: #58a6ff;
    }
  }
`;
