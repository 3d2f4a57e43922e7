import { css, html, LitElement, type PropertyValues } from 'lit';
import uPlot from 'uplot';
import type { TimelineEvent, TimelineRange } from '../protocol/api.ts';
import { metricByKey } from '../protocol/metrics.ts';
import { bytes } from './format.ts';
import { themeTokens } from './theme.styles.ts';

/** The series the chart draws, by metric key (the descriptor table names and explains each). */
export const chartSeries = [
  'HeapAlloc',
  'HeapInuse',
  'HeapIdle',
  'HeapReleased',
  'NextGC',
  'Sys',
  'RSS',
] as const;
const colours = ['#0a66c2', '#1a7f37', '#bf8700', '#8c959f', '#cf222e', '#8250df', '#e16f24'];

/** The rules uPlot's own stylesheet sets, for its elements inside this shadow root. */
const uplotStyles = css`
  .uplot,
  .uplot * {
    box-sizing: border-box;
  }
  .u-wrap {
    position: relative;
    user-select: none;
  }
  .u-over,
  .u-under,
  .u-axis,
  .u-select,
  .u-cursor-x,
  .u-cursor-y,
  .u-cursor-pt {
    position: absolute;
  }
  .u-over,
  .u-under {
    top: 0;
    left: 0;
  }
  .uplot canvas {
    display: block;
    position: relative;
    width: 100%;
    height: 100%;
  }
  .u-select {
    background: rgba(0, 0, 0, 0.1);
    pointer-events: none;
  }
  .u-cursor-x,
  .u-cursor-y,
  .u-cursor-pt {
    left: 0;
    top: 0;
    pointer-events: none;
  }
  .u-hz .u-cursor-x {
    height: 100%;
    border-right: 1px dashed #607d8b;
  }
  .u-hz .u-cursor-y {
    width: 100%;
    border-bottom: 1px dashed #607d8b;
  }
  .u-cursor-pt {
    border-radius: 50%;
  }
  .u-off {
    display: none;
  }
`;

/**
 * Time series of the run (uPlot): HeapAlloc, HeapInuse, HeapIdle, HeapReleased, NextGC, Sys and
 * RSS, with GC-cycle and control-change markers. Drag to zoom, double-click to reset, the arrow
 * buttons pan. A data table carries the same numbers for screen readers.
 */
export class WbChart extends LitElement {
  static override properties = {
    data: { attribute: false },
    events: { attribute: false },
    dark: { type: Boolean },
  };
  declare data: TimelineRange | null;
  /** The page's theme is dark (set by the app): the axes are drawn again in its colours. */
  declare dark: boolean;
  declare events: readonly TimelineEvent[];
  private plot: uPlot | null = null;
  /** The text colour the plot's axes were drawn with. */
  private axisColour = '';

  constructor() {
    super();
    this.data = null;
    this.events = [];
    this.dark = false;
  }

  static override styles = [
    themeTokens,
    uplotStyles,
    css`
      :host {
        display: block;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        font-size: 0.8rem;
        margin: 0.25rem 0;
      }
      .legend span::before {
        content: '';
        display: inline-block;
        width: 0.9em;
        height: 0.2em;
        vertical-align: middle;
        margin-right: 0.3em;
        background: var(--c);
      }
      table {
        border-collapse: collapse;
        font-size: 0.8rem;
        font-family: var(--wb-mono);
      }
      td,
      th {
        padding: 0 0.4rem;
        text-align: right;
      }
      button {
        font: inherit;
      }
    `,
  ];

  private columns(): uPlot.AlignedData {
    const d = this.data!;
    return [
      Array.from(d.simNs, (t) => t / 1e9),
      ...chartSeries.map((k) => Array.from(d.columns[k] ?? new Float64Array(d.simNs.length))),
    ] as uPlot.AlignedData;
  }

  override updated(changed: PropertyValues): void {
    if (!changed.has('data') && !changed.has('events') && !changed.has('dark')) return;
    const host = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!host || !this.data || this.data.simNs.length < 2) {
      this.plot?.destroy();
      this.plot = null;
      return;
    }
    // canvas text cannot use currentColor: the axes get the theme's resolved text colour, and the
    // plot is made again when the theme changes it
    const fg = getComputedStyle(this).color;
    // a new run empties the chart (its plot element is re-rendered): the old uPlot goes with it
    if (this.plot && (!host.contains(this.plot.root) || fg !== this.axisColour)) {
      this.plot.destroy();
      this.plot = null;
    }
    if (this.plot) {
      // the event markers are drawn from this.events: new markers alone need no new data
      if (changed.has('data')) this.plot.setData(this.columns());
      else this.plot.redraw();
      return;
    }
    this.axisColour = fg;
    this.plot = new uPlot(
      {
        width: Math.max(320, host.clientWidth || 640),
        height: 220,
        legend: { show: false },
        cursor: { drag: { x: true, y: false } },
        scales: { x: { time: false } },
        axes: [
          {
            label: 'simulated seconds',
            stroke: fg,
            grid: { stroke: 'rgba(128,128,128,0.25)' },
            ticks: { stroke: 'rgba(128,128,128,0.4)' },
            // as many decimals as the tick spacing needs (0.0005 s ticks read 0.0005, not 0.001)
            values: (_u, ticks, _i, _space, incr) => ticks.map((v) => secondsTick(v, incr)),
          },
          {
            values: (_u, ticks) => ticks.map((v) => bytes(v)),
            size: 70,
            stroke: fg,
            grid: { stroke: 'rgba(128,128,128,0.25)' },
            ticks: { stroke: 'rgba(128,128,128,0.4)' },
          },
        ],
        series: [
          {},
          ...chartSeries.map((k, i) => ({
            label: metricByKey(k === 'RSS' ? 'VmRSS' : k)?.label ?? k,
            stroke: colours[i],
            width: 1.5,
          })),
        ],
        hooks: {
          draw: [
            (u: uPlot) => {
              // GC cycles and control changes as vertical markers
              const ctx = u.ctx;
              ctx.save();
              for (const e of this.events) {
                if (e.kind !== 'gc' && e.kind !== 'control') continue;
                const x = u.valToPos(e.simNs / 1e9, 'x', true);
                if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
                ctx.strokeStyle = e.kind === 'gc' ? 'rgba(130,80,223,0.35)' : 'rgba(207,34,46,0.8)';
                ctx.beginPath();
                ctx.moveTo(x, u.bbox.top);
                ctx.lineTo(x, u.bbox.top + u.bbox.height);
                ctx.stroke();
              }
              ctx.restore();
            },
          ],
        },
      },
      this.columns(),
      host,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.plot?.destroy();
    this.plot = null;
  }

  private pan(dir: number): void {
    const u = this.plot;
    if (!u) return;
    const { min, max } = u.scales.x;
    if (min === undefined || max === undefined || min === null || max === null) return;
    const w = max - min;
    u.setScale('x', { min: min + (dir * w) / 4, max: max + (dir * w) / 4 });
  }

  private reset(): void {
    const d = this.data;
    if (!this.plot || !d || d.simNs.length === 0) return;
    this.plot.setScale('x', { min: d.simNs[0] / 1e9, max: d.simNs[d.simNs.length - 1] / 1e9 });
  }

  private table() {
    const d = this.data!;
    const step = Math.max(1, Math.ceil(d.simNs.length / 40));
    const rows: number[] = [];
    for (let i = 0; i < d.simNs.length; i += step) rows.push(i);
    return html`<table>
      <caption>
        Timeline samples (every ${step}${step === 1 ? '' : ' samples'})
      </caption>
      <thead>
        <tr>
          <th scope="col">t (s)</th>
          ${chartSeries.map((k) => html`<th scope="col">${k}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (i) => html`<tr>
            <td>${(d.simNs[i] / 1e9).toFixed(3)}</td>
            ${chartSeries.map((k) => html`<td>${bytes(d.columns[k]?.[i] ?? 0)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  override render() {
    if (!this.data || this.data.simNs.length < 2)
      return html`<p>Heap and RSS charts appear when a program runs.</p>`;
    return html`<div class="legend" aria-hidden="true">
        ${chartSeries.map((k, i) => html`<span style=${`--c:${colours[i]}`} title=${metricByKey(k === 'RSS' ? 'VmRSS' : k)?.description ?? k}>${k}</span>`)}
      </div>
      <div class="plot" role="img" aria-label="Chart of the heap and RSS over simulated time; the data table below has the numbers"></div>
      <div>
        <button type="button" @click=${() => this.pan(-1)} aria-label="Pan left">◀</button>
        <button type="button" @click=${() => this.pan(1)} aria-label="Pan right">▶</button>
        <button type="button" @click=${this.reset}>Show all</button>
      </div>
      <details>
        <summary>Data table</summary>
        ${this.table()}
      </details>`;
  }
}

customElements.define('wb-chart', WbChart);

/** A time-axis tick in seconds with the decimals its spacing needs. */
export function secondsTick(v: number, incr: number): string {
  let decimals = 0;
  // the fewest decimals that write the spacing exactly (0.25 s → 2, 0.0005 s → 4)
  while (
    decimals < 9 &&
    incr > 0 &&
    Math.abs(Math.round(incr * 10 ** decimals) - incr * 10 ** decimals) > 1e-6
  )
    decimals++;
  return v.toFixed(decimals);
}
