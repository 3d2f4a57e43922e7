// Models Go 1.19 runtime/malloc.go `mallocgc` and runtime/mcache.go (refill,
// allocLarge, releaseAll) over the mheap/mcentral/mspan tables
// (go-runtime-facts.md §1 "Tiny allocator rules", "Small / large threshold",
// §3 "Roles", "heapLive accounting", §8 for the statistics).
//
// Allocation path, in Go's order:
//   1. size 0 returns the address of zerobase (no object);
//   2. noscan and size < 16: the P's tiny block, else a fresh 16-byte block;
//   3. size <= 32768: the P's cached span for the span class, refilled from the
//      mcentral (which sweeps unswept spans first) or from the mheap;
//   4. larger: a span of its own, straight from the mheap.

import { HeapData } from './heapdata.ts';
import { MCentral } from './mcentral.ts';
import { heapBaseAddr, type MHeap } from './mheap.ts';
import { pageBytes } from './mpagealloc.ts';
import { sizeToClass } from './msize.ts';
import { makeSpanClass, mSpanInUse } from './mspan.ts';
import { maxSmallSize, type SizeClassTable, tinySize, tinySizeClass } from './sizeclasses.ts';

/** Address returned for zero-size allocations (Go: &runtime.zerobase, in the data segment). */
export const zerobaseAddr = 0x5a5000;

/** Per-P allocation cache (Go: `mcache`). */
export class MCache {
  /** Cached span id per span class; -1 = none (Go's emptymspan). */
  readonly alloc: Int32Array;
  /** Current tiny block address (0 = none) and the offset of its next free byte. */
  tiny = 0;
  tinyoffset = 0;

  constructor(numSpanClasses: number) {
    this.alloc = new Int32Array(numSpanClasses).fill(-1);
  }
}

/** Cumulative allocation statistics, exact at every instant (ReadMemStats flushes first in Go). */
export class AllocStats {
  /** Per size class: objects allocated / freed (BySize; class 2 includes tiny blocks). */
  readonly smallAllocCount: Float64Array;
  readonly smallFreeCount: Float64Array;
  smallAllocBytes = 0;
  smallFreeBytes = 0;
  largeAllocCount = 0;
  largeAllocBytes = 0;
  largeFreeCount = 0;
  largeFreeBytes = 0;
  /** Tiny allocations combined into an existing block (counted in Mallocs and in Frees, facts §1). */
  tinyAllocCount = 0;
  /**
   * heapLive: bytes in cached spans' unallocated slots plus allocated bytes
   * since the last mark termination (facts §3); the GC resets it.
   */
  heapLive = 0;

  constructor(numClasses: number) {
    this.smallAllocCount = new Float64Array(numClasses);
    this.smallFreeCount = new Float64Array(numClasses);
  }

  get totalAllocBytes(): number {
    return this.smallAllocBytes + this.largeAllocBytes;
  }
  get totalFreeBytes(): number {
    return this.smallFreeBytes + this.largeFreeBytes;
  }
  get heapAllocBytes(): number {
    return this.totalAllocBytes - this.totalFreeBytes;
  }
  get mallocs(): number {
    let n = this.largeAllocCount + this.tinyAllocCount;
    for (let i = 0; i < this.smallAllocCount.length; i++) n += this.smallAllocCount[i];
    return n;
  }
  get frees(): number {
    let n = this.largeFreeCount + this.tinyAllocCount;
    for (let i = 0; i < this.smallFreeCount.length; i++) n += this.smallFreeCount[i];
    return n;
  }
}

/** Hooks the collector installs; the allocator calls them where Go's mallocgc does. */
export interface AllocHooks {
  /** After a span refill or a large allocation (Go: `shouldhelpgc`). */
  maybeTriggerGC(): void;
}

export class Allocator {
  readonly central: MCentral[];
  readonly mcaches: MCache[];
  readonly stats: AllocStats;
  readonly data = new HeapData();
  readonly numSpanClasses: number;
  /** Current sweep generation; a span with sweepgen == this is swept (Go: mheap.sweepgen). */
  sweepgen = 0;
  /** The P the running goroutine is on; set by the scheduler. */
  curP = 0;
  hooks: AllocHooks | null = null;
  /** Slot size of the most recent allocation (heap-profile sampling reads it). */
  lastElemSize = 0;
  /** During marking new objects are allocated black (Go: `gcmarknewobject`); their bytes count as marked. */
  allocBlack = false;
  blackAllocBytes = 0;
  /** Pointer stores made while marking, not yet charged (Go: the hybrid write barrier's buffer). */
  writeBarriers = 0;
  /** Whether every span of the current sweep generation has been swept (Go: `isSweepDone`). */
  sweepDone = true;
  /** Pages swept in this sweep generation (Go: `mheap.pagesSwept`), for proportional sweeping. */
  pagesSwept = 0;
  /** Spans and slots swept since the counters were last read, for the cost model. */
  sweptSpans = 0;
  sweptSlots = 0;

  constructor(
    readonly heap: MHeap,
    readonly classes: SizeClassTable,
    gomaxprocs: number,
  ) {
    this.numSpanClasses = classes.numSizeClasses * 2;
    this.central = Array.from({ length: this.numSpanClasses }, (_, i) => new MCentral(i));
    this.mcaches = Array.from({ length: gomaxprocs }, () => new MCache(this.numSpanClasses));
    this.stats = new AllocStats(classes.numSizeClasses);
  }

  /**
   * Allocates `size` bytes; `noscan` when the type holds no pointers.
   * Returns the object's address.
   */
  mallocgc(size: number, noscan: boolean): number {
    if (size === 0) return zerobaseAddr;
    if (size <= maxSmallSize) {
      if (noscan && size < tinySize) return this.mallocTiny(size);
      const sizeclass = sizeToClass(this.classes, size);
      return this.mallocSmall(makeSpanClass(sizeclass, noscan));
    }
    return this.mallocLarge(size, noscan);
  }

  /** facts §1 "Tiny allocator rules". */
  private mallocTiny(size: number): number {
    const c = this.mcaches[this.curP];
    let off = c.tinyoffset;
    if ((size & 7) === 0) off = (off + 7) & ~7;
    else if ((size & 3) === 0) off = (off + 3) & ~3;
    else if ((size & 1) === 0) off = (off + 1) & ~1;
    if (off + size <= tinySize && c.tiny !== 0) {
      c.tinyoffset = off + size;
      if (this.allocBlack) this.markBlack(c.tiny);
      this.stats.tinyAllocCount++;
      this.lastElemSize = size;
      return c.tiny + off;
    }
    const x = this.mallocSmall(makeSpanClass(tinySizeClass, true));
    // Go zeroes both words of a fresh block, so its page is always written.
    this.heap.touch(x, tinySize);
    // The new block replaces the current one only if it has more room left.
    if (size < c.tinyoffset || c.tiny === 0) {
      c.tiny = x;
      c.tinyoffset = size;
    }
    // A new block counts as 16 bytes for heap-profile sampling (Go sets size = maxTinySize).
    this.lastElemSize = tinySize;
    return x;
  }

  private mallocSmall(spc: number): number {
    const c = this.mcaches[this.curP];
    const spans = this.heap.spans;
    let s = c.alloc[spc];
    let slot = s >= 0 ? spans.nextFree(s) : -1;
    let refilled = false;
    if (slot < 0) {
      s = this.refill(c, spc);
      slot = spans.nextFree(s);
      refilled = true;
    }
    spans.allocCount[s]++;
    const elemsize = spans.elemsize[s];
    this.lastElemSize = elemsize;
    if (this.allocBlack && spans.setMarked(s, slot)) this.blackAllocBytes += elemsize;
    const addr = this.heap.spanBase(s) + slot * elemsize;
    const sizeclass = spc >> 1;
    this.stats.smallAllocCount[sizeclass]++;
    this.stats.smallAllocBytes += elemsize;
    // Reused memory is zeroed by mallocgc, which writes (faults in) the object.
    if (spans.needzero[s]) this.heap.touch(addr, elemsize);
    // Go checks the trigger at the end of mallocgc, once the object is published.
    if (refilled) this.hooks?.maybeTriggerGC();
    return addr;
  }

  /** Go: `mcache.refill` — return the old span to its mcentral, get one with free slots. */
  private refill(c: MCache, spc: number): number {
    const spans = this.heap.spans;
    const old = c.alloc[spc];
    if (old >= 0) this.central[spc].pushSwept(spans, old, this.sweepgen);
    const s = this.cacheSpan(spc);
    c.alloc[spc] = s;
    // facts §3: the whole span minus its allocated bytes (tail waste included).
    this.stats.heapLive += spans.npages[s] * pageBytes - spans.allocCount[s] * spans.elemsize[s];
    return s;
  }

  /**
   * Go: `mcentral.cacheSpan` — swept partial spans first, then sweep unswept
   * ones (at most spanBudget = 100 of them, so one refill never sweeps the
   * whole class), then grow.
   */
  private cacheSpan(spc: number): number {
    const central = this.central[spc];
    const spans = this.heap.spans;
    const sg = this.sweepgen;
    let s = central.partialSwept(sg).pop();
    if (s >= 0) return s;
    s = central.partialUnswept(sg).pop();
    if (s >= 0) {
      this.sweepSpan(s, true);
      return s;
    }
    for (let budget = 100; budget > 0 && (s = central.fullUnswept(sg).pop()) >= 0; budget--) {
      this.sweepSpan(s, true);
      if (spans.allocCount[s] < spans.nelems[s]) return s;
      central.fullSwept(sg).push(s);
    }
    return this.growSpan(spc);
  }

  /** Go: `mcentral.grow` — a fresh span of the class from the mheap. */
  private growSpan(spc: number): number {
    const sizeclass = spc >> 1;
    const npages = this.classes.classToAllocNPages[sizeclass];
    const elemsize = this.classes.classToSize[sizeclass];
    const s = this.heap.allocSpan(npages, false);
    const nelems = Math.floor((npages * pageBytes) / elemsize);
    this.heap.spans.initObjects(s, spc, elemsize, nelems);
    this.heap.spans.sweepgen[s] = this.sweepgen;
    return s;
  }

  /** Go: `mcache.allocLarge` — size class 0, one object, whole pages. */
  private mallocLarge(size: number, noscan: boolean): number {
    const npages = Math.ceil(size / pageBytes);
    const spans = this.heap.spans;
    // Go: mheap.alloc reclaims at least npages by sweeping before it allocates.
    if (!this.sweepDone) this.reclaim(npages);
    const s = this.heap.allocSpan(npages, false);
    const bytes = npages * pageBytes;
    this.lastElemSize = bytes;
    spans.initObjects(s, makeSpanClass(0, noscan), bytes, 1);
    spans.sweepgen[s] = this.sweepgen;
    spans.nextFree(s);
    spans.allocCount[s] = 1;
    if (this.allocBlack) {
      spans.setMarked(s, 0);
      this.blackAllocBytes += bytes;
    }
    this.stats.largeAllocCount++;
    this.stats.largeAllocBytes += bytes;
    this.stats.heapLive += bytes;
    // Go 1.19 puts large spans on their mcentral's full swept set so the sweeper sees them.
    this.central[spans.spanclass[s]].fullSwept(this.sweepgen).push(s);
    const addr = this.heap.spanBase(s);
    if (spans.needzero[s]) this.heap.touch(addr, bytes);
    this.hooks?.maybeTriggerGC();
    return addr;
  }

  /** Marks the (already allocated) object at `base` black, counting its bytes once. */
  private markBlack(base: number): void {
    const s = this.heap.spanOfAddr(base);
    const spans = this.heap.spans;
    const elemsize = spans.elemsize[s];
    if (spans.setMarked(s, (base - this.heap.spanBase(s)) / elemsize)) this.blackAllocBytes += elemsize;
  }

  /**
   * Go: `mheap.reclaim` — before a large allocation while sweeping is
   * unfinished, sweep until npages have been freed: large spans first (each
   * dead one frees its pages), then any unswept span.
   */
  private reclaim(npages: number): void {
    const sg = this.sweepgen;
    const spans = this.heap.spans;
    let freed = 0;
    for (let spc = 0; spc < 2; spc++) {
      const set = this.central[spc].fullUnswept(sg);
      while (freed < npages) {
        const s = set.pop();
        if (s < 0) break;
        const n = spans.npages[s];
        if (this.sweepSpan(s, false)) freed += n;
      }
    }
    while (freed < npages) {
      const s = this.sweepOne();
      if (s < 0) break;
      if (spans.state[s] !== mSpanInUse) freed += this.lastSweptPages;
    }
  }

  /**
   * Object containing `addr` (Go: `findObject`): returns the base address, or
   * 0 when addr is not inside an allocated heap object. Interior pointers map
   * to their object's base, which is why a substring pins its whole string.
   */
  findObject(addr: number): number {
    const s = this.heap.spanOfAddr(addr);
    if (s < 0) return 0;
    const spans = this.heap.spans;
    if (spans.state[s] !== mSpanInUse) return 0;
    const spanBase = this.heap.spanBase(s);
    const slot = Math.floor((addr - spanBase) / spans.elemsize[s]);
    if (slot >= spans.nelems[s] || !spans.isAllocated(s, slot)) return 0;
    return spanBase + slot * spans.elemsize[s];
  }

  /**
   * Go: `mcache.releaseAll` (at GC start): return every cached span and drop
   * the tiny block; unallocated slots stop counting in heapLive.
   */
  releaseAll(): void {
    const spans = this.heap.spans;
    for (const c of this.mcaches) {
      for (let spc = 0; spc < c.alloc.length; spc++) {
        const s = c.alloc[spc];
        if (s < 0) continue;
        this.stats.heapLive -= (spans.nelems[s] - spans.allocCount[s]) * spans.elemsize[s];
        this.central[spc].pushSwept(spans, s, this.sweepgen);
        c.alloc[spc] = -1;
      }
      c.tiny = 0;
      c.tinyoffset = 0;
    }
  }

  /**
   * Sweeps one span (Go: `mspan.sweep`): unmarked objects are freed, the mark
   * bits become the alloc bits. With `preserve` the caller keeps the span;
   * otherwise it goes to its mcentral's swept set or, if empty, back to the
   * heap. Returns true when the span was freed to the heap.
   */
  sweepSpan(s: number, preserve: boolean): boolean {
    const heap = this.heap;
    const spans = heap.spans;
    const sizeclass = spans.spanclass[s] >> 1;
    const elemsize = spans.elemsize[s];
    const nalloc = spans.countMarked(s);
    const nfreed = spans.allocCount[s] - nalloc;
    spans.sweepgen[s] = this.sweepgen;
    this.lastSweptPages = spans.npages[s];
    this.pagesSwept += spans.npages[s];
    this.sweptSpans++;
    this.sweptSlots += spans.nelems[s];
    if (nfreed > 0) {
      this.clearFreedObjects(s);
      spans.needzero[s] = 1;
      if (sizeclass === 0) {
        this.stats.largeFreeCount++;
        this.stats.largeFreeBytes += elemsize;
      } else {
        this.stats.smallFreeCount[sizeclass] += nfreed;
        this.stats.smallFreeBytes += nfreed * elemsize;
      }
    }
    spans.allocCount[s] = nalloc;
    spans.promoteMarks(s);
    if (preserve) return false;
    if (nalloc === 0) {
      this.data.dropSpan(s);
      heap.freeSpan(s);
      return true;
    }
    this.central[spans.spanclass[s]].pushSwept(spans, s, this.sweepgen);
    return false;
  }

  /** Pages of the span swept last. */
  lastSweptPages = 0;

  private clearFreedObjects(s: number): void {
    const data = this.data;
    const hasPtrs = s < data.ptrWords.length && data.ptrWords[s] !== null;
    const hasBytes = s < data.bytesInSpan.length && data.bytesInSpan[s] > 0;
    if (!hasPtrs && !hasBytes) return;
    const spans = this.heap.spans;
    const off = spans.bitsOff[s];
    const words = spans.bitWords[s];
    const elemsize = spans.elemsize[s];
    const spanBase = this.heap.spanBase(s);
    const wordsPerElem = elemsize / 8;
    for (let w = 0; w < words; w++) {
      let freed = spans.bits[off + w] & ~spans.bits[off + words + w];
      while (freed !== 0) {
        const bit = 31 - Math.clz32(freed & -freed);
        freed &= freed - 1;
        const slot = w * 32 + bit;
        data.clearObject(s, spanBase + slot * elemsize, slot * wordsPerElem, wordsPerElem);
      }
    }
  }

  /**
   * Starts a new sweep generation (Go: `gcStart` → mcache flush, then
   * `sweepgen += 2` in mark termination). All in-use spans become unswept.
   */
  advanceSweepgen(): void {
    // Go's gcStart finishes the previous sweep first (finishsweep_m).
    this.finishSweep();
    this.releaseAll();
    this.sweepgen += 2;
    this.resetSweepCursors();
    this.sweepDone = false;
    this.pagesSwept = 0;
  }

  /**
   * Sweeps one unswept span from any mcentral (Go: `sweepone`); returns the
   * span swept (its id may be free afterwards), or -1 when none is left.
   */
  sweepOne(): number {
    const sg = this.sweepgen;
    for (; this.sweepCursor < this.central.length; this.sweepCursor++) {
      const c = this.central[this.sweepCursor];
      let s = c.fullUnswept(sg).pop();
      if (s < 0) s = c.partialUnswept(sg).pop();
      if (s >= 0) {
        this.sweepSpan(s, false);
        return s;
      }
    }
    this.sweepDone = true;
    return -1;
  }
  private sweepCursor = 0;

  /** Resets the sweep cursors; called when a new sweep generation begins. */
  resetSweepCursors(): void {
    this.sweepCursor = 0;
  }

  /** Sweeps everything left (Go: `finishsweep_m`). */
  finishSweep(): void {
    while (this.sweepOne() >= 0) {}
  }

  /** Span id and slot base for an address inside an allocated object; throws on a wild address. */
  private objectAt(addr: number, what: string): number {
    const s = this.heap.spanOfAddr(addr);
    if (s < 0 || this.heap.spans.state[s] !== mSpanInUse) {
      throw new Error(`${what}: address 0x${addr.toString(16)} is not in a heap object`);
    }
    return s;
  }

  /**
   * Stores a pointer (object address, or 0 for nil) into the 8-byte word at
   * `addr` of a scan object, and writes (faults in) that word. Only words
   * stored here are pointers to the collector.
   */
  writePointer(addr: number, target: number): void {
    // Hot path (every pointer store of a program): span lookup inlined.
    const heap = this.heap;
    const off = addr - heapBaseAddr;
    const page = Math.floor(off / pageBytes);
    const s = page >= 0 && page < heap.pages.endPage ? heap.spanOf[page] : -1;
    const spans = heap.spans;
    if (s < 0 || spans.state[s] !== mSpanInUse) {
      throw new Error(`writePointer: address 0x${addr.toString(16)} is not in a heap object`);
    }
    if (spans.spanclass[s] & 1) throw new Error('writePointer: object has no pointers (noscan)');
    // While marking every pointer store goes through the write barrier; the runtime charges its time.
    if (this.allocBlack) this.writeBarriers++;
    const word = Math.floor((off - spans.startPage[s] * pageBytes) / 8);
    const data = this.data;
    const w = s < data.ptrWords.length ? data.ptrWords[s] : null;
    (w ?? data.ptrStore(s, (spans.nelems[s] * spans.elemsize[s]) / 8))[word] = target;
    heap.touch(addr, 8);
  }

  /** Reads the pointer word at `addr` (0 = nil). */
  readPointer(addr: number): number {
    const s = this.objectAt(addr, 'readPointer');
    const w = s < this.data.ptrWords.length ? this.data.ptrWords[s] : null;
    if (!w) return 0;
    const spanBase = this.heap.spanBase(s);
    return w[Math.floor((addr - spanBase) / 8)];
  }

  /**
   * Calls `visit` with every non-nil pointer stored in the object at `base`
   * (the collector's scan of one object).
   */
  forEachPointer(base: number, visit: (target: number) => void): void {
    const s = this.heap.spanOfAddr(base);
    if (s < 0) return;
    const w = s < this.data.ptrWords.length ? this.data.ptrWords[s] : null;
    if (!w) return;
    const spans = this.heap.spans;
    const spanBase = this.heap.spanBase(s);
    const first = (base - spanBase) / 8;
    const last = first + spans.elemsize[s] / 8;
    for (let i = first; i < last; i++) if (w[i] !== 0) visit(w[i]);
  }

  /** Writes one byte of an object's contents (stored sparsely) and faults in its page. */
  writeByte(addr: number, value: number): void {
    const s = this.objectAt(addr, 'writeByte');
    const base = this.findObject(addr);
    const elemsize = this.heap.spans.elemsize[s];
    this.data.bytesOf(s, base, elemsize, true)!.set(addr - base, value & 0xff);
    this.heap.touch(addr, 1);
  }

  /** Reads one byte of an object's contents (0 where never written). */
  readByte(addr: number): number {
    const s = this.objectAt(addr, 'readByte');
    const base = this.findObject(addr);
    return this.data.bytesOf(s, base, this.heap.spans.elemsize[s], false)?.get(addr - base) ?? 0;
  }
}
