import { css, html, LitElement } from 'lit';
import {
  type HeapMap,
  heapPageIdle,
  heapPageInUseBase,
  heapPageLazyFree,
  heapPageReleased,
  heapPageStack,
  type SpanInfo,
} from '../protocol/api.ts';
import { bytes } from './format.ts';
import { themeTokens } from './theme.styles.ts';

const pageBytes = 8192;
/** Go's page allocator chunk (pallocChunkPages) and heap arena (64 MiB on linux/amd64). */
const chunkPages = 512;
const arenaPages = 8192;

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

/** The three zoom levels: every arena (a pixel per page), one arena, one chunk. */
export type HeapMapView =
  | { level: 'all' }
  | { level: 'arena'; arena: number }
  | { level: 'chunk'; chunk: number };

/**
 * Pages per row and the cell size in canvas pixels at each level. The overview has a row per
 * 1 MiB (a quarter chunk) while the heap is at most 256 MiB, so a small heap is not a thin strip,
 * and a row per 4 MiB chunk beyond.
 */
function layout(
  view: HeapMapView,
  pages: number,
): { perRow: number; cell: number; first: number; count: number } {
  if (view.level === 'all')
    return { perRow: pages <= 256 * 128 ? chunkPages / 4 : chunkPages, cell: 1, first: 0, count: -1 };
  if (view.level === 'arena')
    return { perRow: 128, cell: 4, first: view.arena * arenaPages, count: arenaPages };
  return { perRow: 32, cell: 16, first: view.chunk * chunkPages, count: chunkPages };
}

/**
 * The heap map: the heap's pages coloured by state, zoomable from all arenas (a pixel per 8 KiB
 * page) to one 64 MiB arena and to one 4 MiB chunk. Hovering, or moving the
 * keyboard cursor (arrow keys; Enter zooms in, Escape zooms out), names the page under it and
 * the span holding it: size class, object size, slots and objects allocated, asked of the worker
 * through `spanAt`.
 *
 * The canvas is redrawn only when the map or the view changes (a 32-bit palette over ImageData);
 * the cursor is an outline positioned over it.
 */
export class WbHeapMap extends LitElement {
  static override properties = {
    map: { attribute: false },
    spanAt: { attribute: false },
    view: { state: true },
    cursor: { state: true },
    described: { state: true },
  };
  declare map: HeapMap | null;
  /** Looks up the span holding an address (the worker's session.span); absent in tests without a worker. */
  declare spanAt: ((addr: number) => Promise<SpanInfo | null>) | null;
  declare view: HeapMapView;
  /** Page index (in the whole map) under the pointer or keyboard cursor; -1 for none. */
  declare cursor: number;
  declare described: string;

  constructor() {
    super();
    this.map = null;
    this.spanAt = null;
    this.view = { level: 'all' };
    this.cursor = -1;
    this.described = '';
  }

  static override styles = [
    themeTokens,
    css`
      :host {
        display: block;
      }
      .frame {
        position: relative;
      }
      canvas {
        display: block;
        width: 100%;
        image-rendering: pixelated;
        border: 1px solid var(--wb-border);
        cursor: zoom-in;
      }
      canvas:focus-visible {
        outline: 2px solid var(--wb-accent);
      }
      .cursor {
        position: absolute;
        pointer-events: none;
        outline: 2px solid var(--wb-fg, #000);
        outline-offset: 0;
      }
      nav {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        font-size: 0.85rem;
        margin-bottom: 0.25rem;
      }
      p {
        margin: 0.25rem 0;
        font-size: 0.85rem;
        min-height: 2.4em;
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

  private summarized: { map: HeapMap | null; out: Record<string, number> } | null = null;

  /** Bytes per state over the whole map (in-use size classes together); counted once per map. */
  private summary(): Record<string, number> {
    if (this.summarized?.map === this.map) return this.summarized.out;
    const counts = new Float64Array(256);
    for (const v of this.map?.pages ?? []) counts[v]++;
    const out: Record<string, number> = {};
    for (let v = 0; v < 256; v++) {
      if (counts[v] === 0) continue;
      const k = v >= heapPageInUseBase ? 'in use' : pageStateName(v);
      out[k] = (out[k] ?? 0) + counts[v] * pageBytes;
    }
    this.summarized = { map: this.map, out };
    return out;
  }

  /** The page range the current view shows. */
  private range(): { first: number; end: number } {
    const n = this.map?.pages.length ?? 0;
    const l = layout(this.view, n);
    const first = Math.min(l.first, n);
    return { first, end: l.count < 0 ? n : Math.min(n, first + l.count) };
  }

  private palette: Uint32Array | null = null;
  private rgba(): Uint32Array {
    if (this.palette) return this.palette;
    const p = new Uint32Array(256);
    const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    for (let v = 0; v < 256; v++) {
      probe.fillStyle = colour(v);
      probe.fillRect(0, 0, 1, 1);
      const d = probe.getImageData(0, 0, 1, 1).data;
      p[v] = (255 << 24) | (d[2] << 16) | (d[1] << 8) | d[0]; // little-endian RGBA
    }
    this.palette = p;
    return p;
  }

  private drawnMap: HeapMap | null = null;
  private drawnView: HeapMapView | null = null;

  private draw(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const map = this.map;
    if (!canvas || !map) return;
    if (this.drawnMap === map && this.drawnView === this.view) return;
    this.drawnMap = map;
    this.drawnView = this.view;
    const { perRow, cell } = layout(this.view, this.map?.pages.length ?? 0);
    const { first, end } = this.range();
    const rows = Math.max(1, Math.ceil((end - first) / perRow));
    const w = perRow * cell;
    const h = rows * cell;
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(w, h);
    const px = new Uint32Array(img.data.buffer);
    const pal = this.rgba();
    const pages = map.pages;
    for (let i = first; i < end; i++) {
      const c = pal[pages[i]];
      const k = i - first;
      const x0 = (k % perRow) * cell;
      const y0 = Math.floor(k / perRow) * cell;
      if (cell === 1) {
        px[y0 * w + x0] = c;
        continue;
      }
      // a gap of one pixel between cells at the zoomed-in levels
      for (let y = 0; y < cell - 1; y++) px.fill(c, (y0 + y) * w + x0, (y0 + y) * w + x0 + cell - 1);
    }
    ctx.putImageData(img, 0, 0);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (!changed.has('map')) return;
    const n = this.map?.pages.length ?? 0;
    // a new run (no map yet) or a smaller heap: back to the overview, nothing under the cursor
    if (this.map === null || layout(this.view, n).first >= n) {
      this.view = { level: 'all' };
      this.cursor = -1;
      this.described = '';
    } else if (this.cursor >= n) {
      this.cursor = -1;
      this.described = '';
    }
  }

  override updated(changed: Map<string, unknown>): void {
    this.draw();
    // a new snapshot re-describes the page under the cursor only when its state changed (the
    // description is a live region: it must not chatter at 30 updates a second)
    const c = this.cursor;
    if (changed.has('map') && c >= 0 && this.map && this.map.pages[c] !== this.describedState)
      void this.describe(c);
  }
  /** The page state the current description was made for. */
  private describedState = -1;

  /** The page under a pointer position, or -1. */
  private pageAt(e: PointerEvent | MouseEvent): number {
    const canvas = e.currentTarget as HTMLCanvasElement;
    const r = canvas.getBoundingClientRect();
    const { perRow, cell } = layout(this.view, this.map?.pages.length ?? 0);
    const x = Math.floor(((e.clientX - r.left) / r.width) * perRow);
    const y = Math.floor(((e.clientY - r.top) / r.height) * (canvas.height / cell));
    const { first, end } = this.range();
    const i = first + y * perRow + x;
    return x < 0 || x >= perRow || i < first || i >= end ? -1 : i;
  }

  /** The cursor was last placed by the pointer (not the keyboard). */
  private byPointer = false;

  private hover(e: PointerEvent): void {
    this.byPointer = true;
    const i = this.pageAt(e);
    if (i < 0 || i === this.cursor) return;
    this.cursor = i;
    void this.describe(i);
  }

  private onClick(e: MouseEvent): void {
    // the page the pointer named (a click's whole-pixel position can fall a row off the
    // pointer's fractional one near a boundary)
    const { first, end } = this.range();
    const i = this.byPointer && this.cursor >= first && this.cursor < end ? this.cursor : this.pageAt(e);
    if (i >= 0) this.zoomIn(i);
  }

  /** Zooms into the arena, then the chunk, holding page i. */
  zoomIn(i: number): void {
    if (this.view.level === 'all') this.view = { level: 'arena', arena: Math.floor(i / arenaPages) };
    else if (this.view.level === 'arena') this.view = { level: 'chunk', chunk: Math.floor(i / chunkPages) };
    this.cursor = i;
    void this.describe(i);
  }

  zoomOut(): void {
    const v = this.view;
    if (v.level === 'chunk')
      this.view = { level: 'arena', arena: Math.floor((v.chunk * chunkPages) / arenaPages) };
    else if (v.level === 'arena') this.view = { level: 'all' };
  }

  private keydown(e: KeyboardEvent): void {
    if (e.key === 'Escape' || e.key === '-') {
      this.zoomOut();
      e.preventDefault();
      return;
    }
    const { first, end } = this.range();
    if (end <= first) return;
    const { perRow } = layout(this.view, this.map?.pages.length ?? 0);
    // at the overview the cursor moves a chunk (row) at a time: pages are single pixels there
    const step = this.view.level === 'all' ? { x: perRow / 8, y: perRow } : { x: 1, y: perRow };
    let i = this.cursor < first || this.cursor >= end ? first : this.cursor;
    switch (e.key) {
      case 'ArrowRight':
        i += step.x;
        break;
      case 'ArrowLeft':
        i -= step.x;
        break;
      case 'ArrowDown':
        i += step.y;
        break;
      case 'ArrowUp':
        i -= step.y;
        break;
      case 'Home':
        i = first;
        break;
      case 'End':
        i = end - 1;
        break;
      case 'Enter':
      case '+':
        this.zoomIn(i);
        e.preventDefault();
        return;
      default:
        return;
    }
    e.preventDefault();
    this.byPointer = false;
    this.cursor = Math.min(end - 1, Math.max(first, i));
    void this.describe(this.cursor);
  }

  private describeSeq = 0;
  /** Names page i and, when a worker is attached, the span holding it. */
  private async describe(i: number): Promise<void> {
    const map = this.map;
    if (!map || i >= map.pages.length) return;
    const seq = ++this.describeSeq;
    const addr = map.baseAddr + i * pageBytes;
    const arena = Math.floor(i / arenaPages);
    const chunk = Math.floor(i / chunkPages);
    const where = `arena ${arena}, chunk ${chunk % (arenaPages / chunkPages)}, page 0x${addr.toString(16)}`;
    const state = map.pages[i];
    this.describedState = state;
    let text = `${where}: ${pageStateName(state)}`;
    if (state >= heapPageInUseBase || state === heapPageStack) {
      const span = this.spanAt ? await this.spanAt(addr).catch(() => null) : null;
      if (seq !== this.describeSeq) return; // the pointer moved on
      if (span) text = `${where}: ${spanText(span)}`;
    }
    this.described = text;
  }

  private crumbs() {
    const v = this.view;
    const parts = [
      html`<button type="button" ?disabled=${v.level === 'all'} @click=${() => {
        this.view = { level: 'all' };
      }}>All arenas</button>`,
    ];
    if (v.level !== 'all') {
      const arena = v.level === 'arena' ? v.arena : Math.floor((v.chunk * chunkPages) / arenaPages);
      parts.push(
        html`› <button type="button" ?disabled=${v.level === 'arena'} @click=${() => {
          this.view = { level: 'arena', arena };
        }}>arena ${arena}</button>`,
      );
    }
    if (v.level === 'chunk')
      parts.push(html`› <span>chunk ${v.chunk % (arenaPages / chunkPages)} (4 MiB)</span>`);
    return html`<nav aria-label="Heap map zoom">${parts}</nav>`;
  }

  private cursorBox() {
    const { first, end } = this.range();
    if (this.cursor < first || this.cursor >= end) return '';
    const { perRow } = layout(this.view, this.map?.pages.length ?? 0);
    const rows = Math.max(1, Math.ceil((end - first) / perRow));
    const k = this.cursor - first;
    const wide = this.view.level === 'all' ? perRow / 8 : 1;
    const x = (Math.floor((k % perRow) / wide) * wide) / perRow;
    const y = Math.floor(k / perRow) / rows;
    const style = `left:${x * 100}%;top:${y * 100}%;width:${(wide / perRow) * 100}%;height:${100 / rows}%`;
    return html`<div class="cursor" style=${style}></div>`;
  }

  override render() {
    if (!this.map) return html`<p>The heap map appears when a program runs.</p>`;
    const text = Object.entries(this.summary())
      .map(([k, v]) => `${k} ${bytes(v)}`)
      .join(', ');
    return html`${this.crumbs()}
      <div class="frame">
        <canvas
          role="img"
          tabindex="0"
          aria-label=${`Heap pages: ${text}. Arrow keys move the cursor, Enter zooms in, Escape zooms out.`}
          aria-describedby="described"
          @pointermove=${this.hover}
          @click=${this.onClick}
          @keydown=${this.keydown}
        ></canvas>
        ${this.cursorBox()}
      </div>
      <p id="described" aria-live="polite">${this.described}</p>
      <ul aria-label="Heap map legend">
        ${[heapPageInUseBase + 5, heapPageStack, heapPageIdle, heapPageLazyFree, heapPageReleased].map(
          (v) =>
            html`<li style=${`--c:${colour(v)}`}>${v >= heapPageInUseBase ? 'in use (colour: size class)' : pageStateName(v)}</li>`,
        )}
      </ul>`;
  }
}

/** A span in words: "size class 5 (48 B objects): 170 slots, 12 allocated; span of 1 page at 0x…". */
export function spanText(s: SpanInfo): string {
  const at = `span of ${s.npages} page${s.npages === 1 ? '' : 's'} at 0x${s.baseAddr.toString(16)}`;
  if (s.kind === 'stack') return `goroutine stacks, ${at}`;
  if (s.sizeClass === 0)
    return `a large object of ${bytes(s.elemBytes)} (${s.allocCount === 1 ? 'allocated' : 'free'}), ${at}`;
  return `size class ${s.sizeClass} (${bytes(s.elemBytes)} objects): ${s.nelems} slots, ${s.allocCount} allocated, ${at}`;
}

customElements.define('wb-heapmap', WbHeapMap);
