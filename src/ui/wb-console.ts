import { css, html, LitElement } from 'lit';
import type { TraceText } from '../protocol/api.ts';
import { themeTokens } from './theme.styles.ts';

/** A console line: program output (stdout/stderr) or a trace line with explained segments. */
export type ConsoleLine = { kind: 'stdout' | 'stderr'; text: string } | { kind: 'trace'; trace: TraceText };

/**
 * The console: program output interleaved with gctrace/scavtrace lines. Every number of a trace
 * line is focusable and explains itself ("2373 MB: heap size when this GC started").
 */
export class WbConsole extends LitElement {
  static override properties = { lines: { attribute: false } };
  declare lines: readonly ConsoleLine[];

  constructor() {
    super();
    this.lines = [];
  }

  static override styles = [
    themeTokens,
    css`
      :host {
        display: block;
      }
      pre {
        margin: 0;
        max-height: 16rem;
        overflow: auto;
        font-family: var(--wb-mono);
        font-size: 0.85rem;
        white-space: pre-wrap;
      }
      .stderr {
        color: #cf222e;
      }
      .trace {
        color: var(--wb-muted);
      }
      abbr {
        text-decoration: underline dotted;
        cursor: help;
      }
      abbr:focus {
        outline: 2px solid var(--wb-accent);
      }
    `,
  ];

  override updated(): void {
    const pre = this.renderRoot.querySelector('pre');
    if (pre) pre.scrollTop = pre.scrollHeight;
  }

  override render() {
    return html`<pre role="log" aria-live="polite" aria-label="Program output and runtime traces">${this.lines.map(
      (l) =>
        l.kind === 'trace'
          ? html`<span class="trace">${l.trace.segments.map((seg) =>
              seg.explain
                ? html`<abbr tabindex="0" title=${`${seg.text}: ${seg.explain}`} aria-label=${`${seg.text}: ${seg.explain}`}
                  >${seg.text}</abbr
                >`
                : seg.text,
            )}
</span>`
          : html`<span class=${l.kind}>${l.text}</span>`,
    )}</pre>`;
  }
}

customElements.define('wb-console', WbConsole);
