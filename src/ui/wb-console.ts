import { css, html, LitElement, render } from 'lit';
import type { TraceText } from '../protocol/api.ts';
import { themeTokens } from './theme.styles.ts';

/** A console line: program output (stdout/stderr) or a trace line with explained segments. */
export type ConsoleLine = { id: number } & (
  | { kind: 'stdout' | 'stderr'; text: string }
  | { kind: 'trace'; trace: TraceText }
);

function lineTemplate(l: ConsoleLine) {
  if (l.kind !== 'trace') return l.text;
  return l.trace.segments.map((seg) =>
    seg.explain
      ? html`<abbr tabindex="-1" title=${`${seg.text}: ${seg.explain}`} aria-label=${`${seg.text}: ${seg.explain}`}
          >${seg.text}</abbr
        >`
      : seg.text,
  );
}

/**
 * The console: program output interleaved with gctrace/scavtrace lines. Every number of a trace
 * line explains itself ("2373 MB: heap size when this GC started") on hover, and on focus: the
 * console is one tab stop, and the arrow keys move between the numbers (a roving focus), with
 * the focused number's meaning shown under the log.
 *
 * The lines' DOM is kept by hand, keyed by line id: a snapshot appends its new lines and drops
 * the oldest, touching nothing else (re-rendering a long log, or a keyed list directive that
 * leaves markers behind, made long main-thread tasks). Lines off screen skip layout
 * (content-visibility), and the view follows the output only while the reader is at its end.
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
      pre > span {
        display: block;
        content-visibility: auto;
        contain-intrinsic-size: auto 1.3em;
      }
      .stderr {
        color: var(--wb-danger);
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

  /** The elements of the lines shown, by id, oldest first. */
  private readonly shown = new Map<number, HTMLElement>();
  private stickToEnd = true;

  private pre(): HTMLElement | null {
    return this.renderRoot.querySelector('pre');
  }

  override updated(changed: Map<string, unknown>): void {
    if (!changed.has('lines')) return;
    const pre = this.pre();
    if (!pre) return;
    const keep = new Set(this.lines.map((l) => l.id));
    const root = this.renderRoot as ShadowRoot;
    let lostFocus = false;
    for (const [id, el] of this.shown) {
      if (keep.has(id)) continue;
      if (root.activeElement && el.contains(root.activeElement)) lostFocus = true;
      el.remove();
      this.shown.delete(id);
    }
    for (const l of this.lines) {
      if (this.shown.has(l.id)) continue;
      const el = document.createElement('span');
      el.className = l.kind;
      render(lineTemplate(l), el);
      pre.append(el);
      this.shown.set(l.id, el);
    }
    // the focused number's line was dropped: the focus goes back to the log
    if (lostFocus) {
      pre.focus();
      this.explained = '';
    }
    if (this.stickToEnd) pre.scrollTop = pre.scrollHeight;
  }

  private scrolled(): void {
    const pre = this.pre();
    if (pre) this.stickToEnd = pre.scrollTop + pre.clientHeight >= pre.scrollHeight - 4;
  }

  private numbers(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('abbr')];
  }

  private keydown(e: KeyboardEvent): void {
    const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'Escape'];
    if (!keys.includes(e.key)) return;
    const root = this.renderRoot as ShadowRoot;
    const onNumber = root.activeElement?.tagName === 'ABBR';
    // on the log itself the arrow keys scroll it; Home/End or an arrow from a number move between numbers
    if (!onNumber && (e.key === 'ArrowUp' || e.key === 'ArrowDown' || e.key === 'Escape')) return;
    const all = this.numbers();
    if (all.length === 0) return;
    if (e.key === 'Escape') {
      this.pre()?.focus();
      this.explained = '';
      e.preventDefault();
      return;
    }
    const cur = all.indexOf(root.activeElement as HTMLElement);
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
        aria-label="Program output and runtime traces. Right and Left arrows (or Home and End) move between the numbers of trace lines; Escape goes back."
        @keydown=${this.keydown}
        @focusin=${this.focusin}
        @scroll=${this.scrolled}
      ></pre>
      <p aria-live="polite">${this.explained}</p>`;
  }
}

customElements.define('wb-console', WbConsole);
