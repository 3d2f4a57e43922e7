import { css, html, LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TraceText } from '../protocol/api.ts';
import { themeTokens } from './theme.styles.ts';

/** A console line: program output (stdout/stderr) or a trace line with explained segments. */
export type ConsoleLine = { id: number } & (
  | { kind: 'stdout' | 'stderr'; text: string }
  | { kind: 'trace'; trace: TraceText }
);

/**
 * The console: program output interleaved with gctrace/scavtrace lines. Every number of a trace
 * line explains itself ("2373 MB: heap size when this GC started") on hover, and on focus: the
 * console is one tab stop, and the arrow keys move between the numbers (a roving focus), with
 * the focused number's meaning shown under the log.
 *
 * Lines are keyed by id, so appending output and dropping the oldest lines touches only those
 * lines' DOM (a full re-render of a long log is a main-thread long task).
 */
export class WbConsole extends LitElement {
  static override properties = { lines: { attribute: false }, explained: { state: true } };
  declare lines: readonly ConsoleLine[];
  declare explained: string;

  constructor() {
    super();
    this.lines = [];
    this.explained = '';
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
      pre:focus-visible {
        outline: 2px solid var(--wb-accent);
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
      p {
        margin: 0.25rem 0 0;
        font-size: 0.85rem;
        min-height: 1.2em;
      }
    `,
  ];

  private stickToEnd = true;

  override willUpdate(): void {
    const pre = this.renderRoot?.querySelector?.('pre');
    // follow the output only while the reader is at the end (scrolling up holds the view)
    if (pre) this.stickToEnd = pre.scrollTop + pre.clientHeight >= pre.scrollHeight - 4;
  }

  override updated(): void {
    const pre = this.renderRoot.querySelector('pre');
    if (pre && this.stickToEnd) pre.scrollTop = pre.scrollHeight;
  }

  private numbers(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('abbr')];
  }

  private keydown(e: KeyboardEvent): void {
    const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'Escape'];
    if (!keys.includes(e.key)) return;
    const all = this.numbers();
    if (all.length === 0) return;
    const pre = this.renderRoot.querySelector('pre')!;
    if (e.key === 'Escape') {
      pre.focus();
      this.explained = '';
      e.preventDefault();
      return;
    }
    const cur = all.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLElement);
    let next: number;
    if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = all.length - 1;
    else {
      const fwd = e.key === 'ArrowRight' || e.key === 'ArrowDown';
      if (cur < 0) next = fwd ? 0 : all.length - 1;
      else next = Math.min(all.length - 1, Math.max(0, cur + (fwd ? 1 : -1)));
    }
    all[next].focus();
    e.preventDefault();
  }

  private focusin(e: FocusEvent): void {
    const t = e.target as HTMLElement;
    this.explained = t.tagName === 'ABBR' ? (t.getAttribute('aria-label') ?? '') : '';
  }

  override render() {
    return html`<pre
        role="log"
        tabindex="0"
        aria-label="Program output and runtime traces. Arrow keys move between the numbers of trace lines."
        @keydown=${this.keydown}
        @focusin=${this.focusin}
      >${repeat(
        this.lines,
        (l) => l.id,
        (l) =>
          l.kind === 'trace'
            ? html`<span class="trace">${l.trace.segments.map((seg) =>
                seg.explain
                  ? html`<abbr tabindex="-1" title=${`${seg.text}: ${seg.explain}`} aria-label=${`${seg.text}: ${seg.explain}`}
                    >${seg.text}</abbr
                  >`
                  : seg.text,
              )}
</span>`
            : html`<span class=${l.kind}>${l.text}</span>`,
      )}</pre>
      <p aria-live="polite">${this.explained}</p>`;
  }
}

customElements.define('wb-console', WbConsole);
