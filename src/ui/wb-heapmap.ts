import { css, html, LitElement } from 'lit';
import {
  type HeapMap,
  heapPageIdle,
  heapPageInUseBase,
  heapPageLazyFree,
  heapPageReleased,
  heapPageStack,
} from '../protocol/api.ts';
import { bytes } from './format.ts';
import { themeTokens } from './theme.styles.ts';

const pageBytes = 8192;

/** What a heap-map byte means, in words. */
export function pageStateName(v: number): string {
  if (v === heapPageReleased) return 'free, released to the OS';
  if (v === heapPageIdle) return 'free, retained (idle)';
  if (v === heapPageLazyFree) return 'free, MADV_FREE but still resident';
  if (v === heapPageStack) return 'goroutine stacks';
  const c = v - heapPageInUseBase;
  return c === 0 ? 'in use: large objects' : `in use: size class ${c}`;
}

function colour(v: number): string {
  if (v === heapPageReleased) return '#d0d7de';
  if (v === heapPageIdle) return '#f2cc60';
  if (v === heapPageLazyFree) return '#fb8f44';
  if (v === heapPageStack) return '#8250df';
  const c = v - heapPageInUseBase;
  return `hsl(${(c * 37) % 360} 65% 45%)`;
}

/**
 * The heap map: one cell per 8 KiB page of the heap arenas (rows of 4 MiB chunks), coloured by
 * state. Hovering or moving the keyboard focus over it names the page under the pointer.
 */
export class WbHeapMap extends LitElement {
  static override properties = { map: { attribute: false }, hovered: { state: true } };
  declare map: HeapMap | null;
  declare hovered: string;

  constructor() {
    super();
    this.map = null;
    this.hovered = '';
  }

  static override styles = [
    themeTokens,
    css`
      :host {
        display: block;
      }
      canvas {
        width: 100%;
        image-rendering: pixelated;
        border: 1px solid var(--wb-border);
      }
      p {
        margin: 0.25rem 0;
        font-size: 0.85rem;
        color: var(--wb-muted);
        min-height: 1.2em;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        list-style: none;
        padding: 0;
        margin: 0;
        font-size: 0.8rem;
      }
      li::before {
        content: '';
        display: inline-block;
        width: 0.8em;
        height: 0.8em;
        margin-right: 0.3em;
        background: var(--c);
      }
    `,
  ];

  /** Pages per row: one 4 MiB chunk. */
  static readonly perRow = 512;

  summary(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const v of this.map?.pages ?? []) {
      const k = v >= heapPageInUseBase ? 'in use' : pageStateName(v);
      out[k] = (out[k] ?? 0) + pageBytes;
    }
    return out;
  }

  override updated(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const map = this.map;
    if (!canvas || !map) return;
    const per = WbHeapMap.perRow;
    const rows = Math.max(1, Math.ceil(map.pages.length / per));
    canvas.width = per;
    canvas.height = rows;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(per, rows);
    const rgb = new Map<number, [number, number, number]>();
    const probe = document.createElement('canvas').getContext('2d')!;
    for (let i = 0; i < map.pages.length; i++) {
      const v = map.pages[i];
      let c = rgb.get(v);
      if (!c) {
        probe.fillStyle = colour(v);
        probe.fillRect(0, 0, 1, 1);
        const d = probe.getImageData(0, 0, 1, 1).data;
        c = [d[0], d[1], d[2]];
        rgb.set(v, c);
      }
      img.data.set([c[0], c[1], c[2], 255], i * 4);
    }
    ctx.putImageData(img, 0, 0);
  }

  private hover(e: PointerEvent): void {
    const canvas = e.currentTarget as HTMLCanvasElement;
    const map = this.map;
    if (!map) return;
    const r = canvas.getBoundingClientRect();
    const x = Math.floor(((e.clientX - r.left) / r.width) * WbHeapMap.perRow);
    const y = Math.floor(((e.clientY - r.top) / r.height) * canvas.height);
    const i = y * WbHeapMap.perRow + x;
    if (i < 0 || i >= map.pages.length) return;
    this.hovered = `page 0x${(map.baseAddr + i * pageBytes).toString(16)}: ${pageStateName(map.pages[i])}`;
  }

  override render() {
    if (!this.map) return html`<p>The heap map appears when a program runs.</p>`;
    const sum = this.summary();
    const text = Object.entries(sum)
      .map(([k, v]) => `${k} ${bytes(v)}`)
      .join(', ');
    return html`<canvas
        role="img"
        tabindex="0"
        aria-label=${`Heap pages: ${text}`}
        @pointermove=${this.hover}
      ></canvas>
      <p aria-live="polite">${this.hovered}</p>
      <ul aria-label="Heap map legend">
        ${[heapPageInUseBase + 5, heapPageStack, heapPageIdle, heapPageLazyFree, heapPageReleased].map(
          (v) =>
            html`<li style=${`--c:${colour(v)}`}>${v >= heapPageInUseBase ? 'in use (colour: size class)' : pageStateName(v)}</li>`,
        )}
      </ul>`;
  }
}

customElements.define('wb-heapmap', WbHeapMap);
