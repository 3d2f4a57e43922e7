// Models Go 1.19 runtime/mheap.go `mspan`, `mSpanState` and `spanClass`
// (go-runtime-facts.md §3) as a struct-of-arrays table indexed by span id,
// so ten million objects cost no JS object each: per object the table holds
// two bits (allocBits and gcmarkBits).

import { growFloat64, growInt32, growUint8, growUint16, growUint32 } from './growable.ts';

/** mSpanState (facts §3 "mspan states"). */
export const mSpanDead = 0;
export const mSpanInUse = 1;
export const mSpanManual = 2;
export type MSpanState = typeof mSpanDead | typeof mSpanInUse | typeof mSpanManual;

/** spanClass = sizeclass<<1 | noscan (facts §3 "span class"). */
export type SpanClass = number;
export function makeSpanClass(sizeclass: number, noscan: boolean): SpanClass {
  return (sizeclass << 1) | (noscan ? 1 : 0);
}
export function spanClassSizeclass(spc: SpanClass): number {
  return spc >> 1;
}
export function spanClassNoscan(spc: SpanClass): boolean {
  return (spc & 1) === 1;
}

/**
 * The span table. Field arrays are indexed by span id; ids of dead spans are
 * reused. Bit arrays (allocBits, gcmarkBits) live in one shared word pool,
 * `ceil(nelems/32)` words per span per bitmap, recycled by word count.
 */
export class SpanTable {
  startPage = new Int32Array(256);
  npages = new Int32Array(256);
  spanclass = new Uint8Array(256);
  /** Slot size in bytes; a Float64Array because large objects may exceed 2 GiB. */
  elemsize = new Float64Array(256);
  nelems = new Uint16Array(256);
  freeindex = new Uint16Array(256);
  allocCount = new Uint16Array(256);
  sweepgen = new Uint32Array(256);
  state = new Uint8Array(256);
  /** Set when the span's memory held objects before, so new objects must be zeroed (Go's `needzero`). */
  needzero = new Uint8Array(256);
  /** Offset in `bits` of this span's allocBits; gcmarkBits follow at +bitWords. */
  bitsOff = new Int32Array(256);
  bitWords = new Uint16Array(256);
  /** allocBits and gcmarkBits of every span. */
  bits = new Uint32Array(4096);
  private bitsTop = 0;
  private freeBits = new Map<number, number[]>();
  private freeIds: number[] = [];
  /** Number of ids ever handed out; ids are < count. */
  count = 0;
  /** Spans currently not dead (in use or manual). */
  live = 0;
  /** Highest `live` ever (mspan structs come from a fixalloc that never shrinks). */
  maxLive = 0;

  private ensure(n: number): void {
    if (this.startPage.length >= n) return;
    this.startPage = growInt32(this.startPage, n);
    this.npages = growInt32(this.npages, n);
    this.spanclass = growUint8(this.spanclass, n);
    this.elemsize = growFloat64(this.elemsize, n);
    this.nelems = growUint16(this.nelems, n);
    this.freeindex = growUint16(this.freeindex, n);
    this.allocCount = growUint16(this.allocCount, n);
    this.sweepgen = growUint32(this.sweepgen, n);
    this.state = growUint8(this.state, n);
    this.needzero = growUint8(this.needzero, n);
    this.bitsOff = growInt32(this.bitsOff, n);
    this.bitWords = growUint16(this.bitWords, n);
  }

  /** Allocates a span record (Go: `mheap.spanalloc.alloc` + `mspan.init`). */
  alloc(startPage: number, npages: number, state: MSpanState): number {
    const id = this.freeIds.length ? this.freeIds.pop()! : this.count++;
    this.ensure(id + 1);
    this.startPage[id] = startPage;
    this.npages[id] = npages;
    this.state[id] = state;
    this.spanclass[id] = 0;
    this.elemsize[id] = 0;
    this.nelems[id] = 0;
    this.freeindex[id] = 0;
    this.allocCount[id] = 0;
    this.needzero[id] = 0;
    this.bitWords[id] = 0;
    this.bitsOff[id] = -1;
    if (++this.live > this.maxLive) this.maxLive = this.live;
    return id;
  }

  /** Gives the span its object layout and fresh, cleared bitmaps. */
  initObjects(id: number, spc: SpanClass, elemsize: number, nelems: number): void {
    this.spanclass[id] = spc;
    this.elemsize[id] = elemsize;
    this.nelems[id] = nelems;
    this.freeindex[id] = 0;
    this.allocCount[id] = 0;
    const words = (nelems + 31) >>> 5;
    this.bitWords[id] = words;
    this.bitsOff[id] = this.takeBits(words * 2);
  }

  /** Returns the record to the free pool (Go: `mheap.spanalloc.free`). */
  free(id: number): void {
    if (this.bitsOff[id] >= 0) this.releaseBits(this.bitsOff[id], this.bitWords[id] * 2);
    this.bitsOff[id] = -1;
    this.bitWords[id] = 0;
    this.state[id] = mSpanDead;
    this.live--;
    this.freeIds.push(id);
  }

  private takeBits(words: number): number {
    const pool = this.freeBits.get(words);
    if (pool?.length) {
      const off = pool.pop()!;
      this.bits.fill(0, off, off + words);
      return off;
    }
    const off = this.bitsTop;
    this.bitsTop += words;
    this.bits = growUint32(this.bits, this.bitsTop);
    return off;
  }

  private releaseBits(off: number, words: number): void {
    let pool = this.freeBits.get(words);
    if (!pool) this.freeBits.set(words, (pool = []));
    pool.push(off);
  }

  /** Words of bitmap storage in use or pooled (for bookkeeping measurements). */
  get bitWordsReserved(): number {
    return this.bitsTop;
  }

  isAllocated(id: number, slot: number): boolean {
    return (this.bits[this.bitsOff[id] + (slot >>> 5)] & (1 << (slot & 31))) !== 0;
  }

  isMarked(id: number, slot: number): boolean {
    return (this.bits[this.bitsOff[id] + this.bitWords[id] + (slot >>> 5)] & (1 << (slot & 31))) !== 0;
  }

  /** Sets the mark bit; returns false if it was already set. */
  setMarked(id: number, slot: number): boolean {
    const w = this.bitsOff[id] + this.bitWords[id] + (slot >>> 5);
    const m = 1 << (slot & 31);
    const old = this.bits[w];
    if (old & m) return false;
    this.bits[w] = old | m;
    return true;
  }

  /**
   * Finds the next free slot at or after freeindex, marks it allocated and
   * advances freeindex past it (Go: `nextFreeFast`/`nextFreeIndex` over the
   * allocCache). Returns -1 when the span is full.
   */
  nextFree(id: number): number {
    const nelems = this.nelems[id];
    let i = this.freeindex[id];
    if (i >= nelems) return -1;
    const off = this.bitsOff[id];
    const bits = this.bits;
    while (i < nelems) {
      const w = off + (i >>> 5);
      // Free slots are zero bits: invert and drop the bits below i.
      const free = ~bits[w] & (-1 << (i & 31));
      if (free !== 0) {
        const slot = (i & ~31) + (31 - Math.clz32(free & -free));
        if (slot >= nelems) break;
        bits[w] |= 1 << (slot & 31);
        this.freeindex[id] = slot + 1;
        return slot;
      }
      i = (i & ~31) + 32;
    }
    this.freeindex[id] = nelems;
    return -1;
  }

  /** Clears a slot's alloc bit for manual reuse (stacks): the slot is handed out again by nextFree. */
  freeSlot(id: number, slot: number): void {
    this.bits[this.bitsOff[id] + (slot >>> 5)] &= ~(1 << (slot & 31));
    if (slot < this.freeindex[id]) this.freeindex[id] = slot;
    this.allocCount[id]--;
  }

  /** Counts set mark bits (Go: `mspan.countAlloc`). */
  countMarked(id: number): number {
    const start = this.bitsOff[id] + this.bitWords[id];
    let n = 0;
    for (let w = start, end = start + this.bitWords[id]; w < end; w++) {
      let v = this.bits[w];
      v = v - ((v >>> 1) & 0x55555555);
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return n;
  }

  /** After sweeping: allocBits = gcmarkBits, gcmarkBits cleared, freeindex reset (Go: `sweep`). */
  promoteMarks(id: number): void {
    const off = this.bitsOff[id];
    const words = this.bitWords[id];
    this.bits.copyWithin(off, off + words, off + 2 * words);
    this.bits.fill(0, off + words, off + 2 * words);
    this.freeindex[id] = 0;
  }
}
