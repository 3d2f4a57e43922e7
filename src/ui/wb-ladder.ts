import { css, html, LitElement, nothing } from 'lit';
import type { Snapshot } from '../protocol/api.ts';
import { metricByKey } from '../protocol/metrics.ts';
import { bytes } from './format.ts';
import { themeTokens } from './theme.styles.ts';

/** One rung: a MemStats (or Linux) figure drawn as a bar against the ladder's scale. */
interface Rung {
  key: string;
  value: number;
  /** Part of the bar in a second colour (HeapIdle's released part, RSS's LazyFree part). */
  part?: { key: string; value: number };
}

/**
 * The memory ladder: HeapAlloc ≤ HeapInuse ≤ HeapSys, HeapIdle split into retained and released,
 * StackInuse, Sys, then RSS with its LazyFree part against the machine's memory and the container
 * limit. Every figure explains itself from the metric descriptor table (hover or focus).
 */
export class WbLadder extends LitElement {
  static override properties = { snapshot: { attribute: false } };
  declare snapshot: Snapshot | null;

  constructor() {
    super();
    this.snapshot = null;
  }

  static override styles = [
    themeTokens,
    css`
      :host {
        display: block;
        font-size: 0.9rem;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.25rem;
      }
      li {
        display: grid;
        grid-template-columns: 9rem 1fr 6.5rem;
        align-items: center;
        gap: 0.5rem;
      }
      .bar {
        height: 0.9rem;
        background: var(--wb-border);
        border-radius: 2px;
        position: relative;
        overflow: hidden;
      }
      .fill {
        position: absolute;
        inset: 0 auto 0 0;
        background: var(--wb-accent);
      }
      .part {
        position: absolute;
        inset: 0 auto 0 0;
        background: var(--wb-muted);
      }
      .value {
        text-align: right;
        font-family: var(--wb-mono);
      }
      dfn {
        font-style: normal;
        text-decoration: underline dotted;
        cursor: help;
      }
      p {
        margin: 0.25rem 0 0;
        color: var(--wb-muted);
      }
    `,
  ];

  private rungs(s: Snapshot): Rung[] {
    const m = s.memstats;
    return [
      { key: 'HeapAlloc', value: m.HeapAlloc },
      { key: 'HeapInuse', value: m.HeapInuse },
      { key: 'HeapIdle', value: m.HeapIdle, part: { key: 'HeapReleased', value: m.HeapReleased } },
      { key: 'HeapSys', value: m.HeapSys },
      { key: 'StackInuse', value: m.StackInuse },
      { key: 'Sys', value: m.Sys },
      { key: 'VmRSS', value: s.rssBytes, part: { key: 'LazyFree', value: s.lazyFreeBytes } },
    ];
  }

  override render() {
    const s = this.snapshot;
    if (!s) return html`<p>MemStats gauges appear when a program runs.</p>`;
    const limit = s.containerLimitBytes || s.physicalMemoryBytes;
    const scale = Math.max(s.memstats.Sys ?? 0, s.rssBytes, 1);
    const describe = (key: string) => metricByKey(key)?.description ?? key;
    const label = (key: string) => metricByKey(key)?.label ?? key;
    return html`<ol aria-label="Memory ladder">
        ${this.rungs(s).map(
          (r) => html`<li>
            <dfn title=${describe(r.key)} tabindex="0" aria-describedby=${`d-${r.key}`}>${label(r.key)}</dfn>
            <span class="bar" role="img" aria-label=${`${label(r.key)} ${bytes(r.value)}`}>
              <span class="fill" style=${`width:${(100 * r.value) / scale}%`}></span>
              ${
                r.part
                  ? html`<span class="part" style=${`width:${(100 * r.part.value) / scale}%`} title=${describe(r.part.key)}></span>`
                  : nothing
              }
            </span>
            <span class="value" id=${`d-${r.key}`}
              >${bytes(r.value)}${r.part ? html`<br /><small>${label(r.part.key)} ${bytes(r.part.value)}</small>` : nothing}</span
            >
          </li>`,
        )}
      </ol>
      <p>
        ${s.numGoroutine} goroutines, stacks ${bytes(s.memstats.StackInuse ?? 0)} · NumGC ${s.memstats.NumGC ?? 0} ·
        ${s.containerLimitBytes ? html`container limit ${bytes(s.containerLimitBytes)}` : html`machine ${bytes(limit)}`}
      </p>`;
  }
}

customElements.define('wb-ladder', WbLadder);
