// Models Go 1.19 runtime/mheap.go (go-runtime-facts.md §1, §3, §5): the heap's
// pages and spans, growth in whole 4 MiB chunks out of 64 MiB arenas reserved
// in the simulated address space, span allocation and freeing, and the
// scavenging primitive that returns free pages to the OS with madvise.
//
// Accounting follows mstats.go (facts §8):
//   HeapSys      = heapInUse + heapFree + heapReleased
//   mapped heap  = HeapSys + inStacks  (stack spans are heap pages serving stacks)

import { growInt32 } from './growable.ts';
import type { LinuxMemory } from './linux.ts';
import { PageAlloc, pageBytes, pallocChunkPages } from './mpagealloc.ts';
import { mSpanDead, mSpanInUse, mSpanManual, SpanTable } from './mspan.ts';

/** Go's first heap arena hint on linux/amd64 (malloc.go `mallocinit`): 0x00c000000000. */
export const heapBaseAddr = 0xc000000000;
/** heapArenaBytes on 64-bit Linux (facts §1). */
export const heapArenaBytes = 64 << 20;
export const pagesPerArena = heapArenaBytes / pageBytes;

export type MadviseMode = 'dontneed' | 'free';

/** Linux/amd64 page size (the Linux model's unit of residency). */
const osPageBytes = 4096;

export class MHeap {
  readonly pages = new PageAlloc();
  readonly spans = new SpanTable();
  /** Span id owning each page, -1 for free pages (Go: heapArena.spans). */
  spanOf = new Int32Array(0);
  /** Per arena: pages below this were used before and need zeroing on reuse (Go: heapArena.zeroedBase). */
  zeroedBase = new Int32Array(0);
  arenas = 0;
  heapInUseBytes = 0;
  inStacksBytes = 0;
  /** Total pages of each arena ever used (sum of zeroedBase), for metadata residency. */
  everUsedPages = 0;
  /**
   * Background-scavenger goal for growth scavenging (facts §5 "Heap-growth
   * scavenging"): retained heap allowed after growth; Infinity = disabled (set by the GC).
   */
  scavengeGoalBytes = Number.POSITIVE_INFINITY;
  madviseMode: MadviseMode = 'dontneed';
  /**
   * Memory-limit scavenging on the allocation path (facts §5): called after
   * the allocation took its pages (so mappedReady includes any released pages
   * it reused), returns the bytes to release over the limit, or 0. Installed
   * by the runtime.
   */
  limitScavengeBytes: (() => number) | null = null;
  /** Bytes released on the allocation path (growth and limit), for statistics. */
  scavengedEagerBytes = 0;
  /** Simulated clock, for page free times (the go1.12 sysmon scavenger releases pages idle > 5 min). */
  now: () => number = () => 0;
  /** Per page: when it was last freed (ns). */
  pageFreedAtNs = new Float64Array(0);
  /**
   * Per 4 KiB OS page of the heap: 1 when known resident and not lazily
   * freed, so repeated writes skip the Linux model (cleared when scavenged).
   */
  residentHint = new Uint8Array(0);
  /**
   * Called when off-heap metadata must follow the heap: after growth, or when
   * live spans or ever-used pages reach the watermarks below, which the
   * callback moves on (so the allocation path pays for it rarely).
   */
  onMetadataChange: (() => void) | null = null;
  metadataWatchMaxLive = 0;
  metadataWatchEverUsedPages = 0;

  constructor(private readonly linux: LinuxMemory) {}

  get heapFreeBytes(): number {
    return (this.pages.freePages - this.pages.scavPages) * pageBytes;
  }
  get heapReleasedBytes(): number {
    return this.pages.scavPages * pageBytes;
  }
  get heapSysBytes(): number {
    return this.pages.endPage * pageBytes - this.inStacksBytes;
  }
  /** heapRetained = HeapSys - HeapReleased (facts §5). */
  get heapRetainedBytes(): number {
    return this.heapInUseBytes + this.heapFreeBytes;
  }

  pageAddr(page: number): number {
    return heapBaseAddr + page * pageBytes;
  }

  /** Address of a span's first byte. */
  spanBase(span: number): number {
    return heapBaseAddr + this.spans.startPage[span] * pageBytes;
  }

  /** Page number of an address, or -1 when outside the heap. */
  pageOf(addr: number): number {
    const p = Math.floor((addr - heapBaseAddr) / pageBytes);
    return p >= 0 && p < this.pages.endPage ? p : -1;
  }

  /** Span containing addr, or -1 (Go: `spanOf`). */
  spanOfAddr(addr: number): number {
    const p = this.pageOf(addr);
    return p < 0 ? -1 : this.spanOf[p];
  }

  /**
   * Grows the heap by at least npages, in whole chunks (facts §3: ask =
   * alignUp(npages, 512) pages). New memory enters free and released.
   * Returns the bytes added.
   */
  private grow(npages: number): number {
    const ask = Math.ceil(npages / pallocChunkPages) * pallocChunkPages;
    const newEnd = this.pages.endPage + ask;
    const needArenas = Math.ceil(newEnd / pagesPerArena);
    while (this.arenas < needArenas) {
      // Reserve (map) the whole arena; only its used pages ever become resident.
      this.linux.mmap(heapArenaBytes, 'heap', heapBaseAddr + this.arenas * heapArenaBytes);
      this.arenas++;
      this.zeroedBase = growInt32(this.zeroedBase, this.arenas);
    }
    this.spanOf = growInt32(this.spanOf, newEnd, -1);
    if (this.residentHint.length < newEnd * (pageBytes / osPageBytes)) {
      const h = new Uint8Array(Math.max(newEnd * (pageBytes / osPageBytes), this.residentHint.length * 2));
      h.set(this.residentHint);
      this.residentHint = h;
    }
    if (this.pageFreedAtNs.length < newEnd) {
      const f = new Float64Array(Math.max(newEnd, this.pageFreedAtNs.length * 2));
      f.set(this.pageFreedAtNs);
      this.pageFreedAtNs = f;
    }
    this.spanOf.fill(-1, this.pages.endPage, newEnd);
    this.pages.grow(ask);
    return ask * pageBytes;
  }

  /**
   * Allocates npages for a span (Go: `mheap.allocSpan`), growing the heap if
   * needed and scavenging on growth. `manual` spans serve stacks.
   * Returns the span id; the caller initialises its object layout.
   */
  allocSpan(npages: number, manual: boolean): number {
    let base = this.pages.find(npages);
    let growth = 0;
    // Go reads heapRetained before the new span is counted (facts §5).
    const retainedBefore = this.heapRetainedBytes;
    if (base < 0) {
      growth = this.grow(npages);
      base = this.pages.find(npages);
      if (base < 0) throw new Error('mheap: page allocator failed after growth');
    }
    // Scavenged pages need no syscall to reuse on Linux (facts §5); they fault in when written.
    this.pages.allocRange(base, npages);
    const bytes = npages * pageBytes;
    const id = this.spans.alloc(base, npages, manual ? mSpanManual : mSpanInUse);
    this.spanOf.fill(id, base, base + npages);
    if (manual) this.inStacksBytes += bytes;
    else this.heapInUseBytes += bytes;
    this.spans.needzero[id] = this.noteUsed(base, npages) ? 1 : 0;
    // facts §5 "Heap-growth and memory-limit scavenging": over the limit, release the overage;
    // if heapRetained + growth > goal, release min(growth, heapRetained + growth - goal).
    let toScavenge = this.limitScavengeBytes && !manual ? this.limitScavengeBytes() : 0;
    if (growth > 0 && this.scavengeGoalBytes !== Number.POSITIVE_INFINITY) {
      const over = retainedBefore + growth - this.scavengeGoalBytes;
      if (over > 0) toScavenge = Math.max(toScavenge, Math.min(growth, over));
    }
    if (toScavenge > 0) this.scavengedEagerBytes += this.scavenge(toScavenge);
    if (
      growth > 0 ||
      this.spans.maxLive >= this.metadataWatchMaxLive ||
      this.everUsedPages >= this.metadataWatchEverUsedPages
    ) {
      this.onMetadataChange?.();
    }
    return id;
  }

  /**
   * Records that [base, base+npages) is being used; returns whether any of it
   * was used before (so objects there need zeroing, Go's `allocNeedsZero`).
   */
  private noteUsed(base: number, npages: number): boolean {
    let needzero = false;
    const end = base + npages;
    for (let a = Math.floor(base / pagesPerArena); a * pagesPerArena < end; a++) {
      const arenaStart = a * pagesPerArena;
      const lo = Math.max(base, arenaStart) - arenaStart;
      const hi = Math.min(end, arenaStart + pagesPerArena) - arenaStart;
      const zb = this.zeroedBase[a];
      if (lo < zb) needzero = true;
      if (hi > zb) {
        this.everUsedPages += hi - zb;
        this.zeroedBase[a] = hi;
      }
    }
    return needzero;
  }

  /** Writes (faults in) [addr, addr+len) of heap memory. */
  touch(addr: number, len: number): void {
    const off = addr - heapBaseAddr;
    const p0 = Math.floor(off / osPageBytes);
    const p1 = Math.floor((off + len - 1) / osPageBytes);
    const r = this.residentHint;
    // Fast path: both OS pages are known resident, so touching them changes nothing in the Linux model.
    if (p0 >= 0 && p1 < r.length && p1 - p0 <= 1 && r[p0] === 1 && r[p1] === 1 && !this.linux.oomKilled)
      return;
    this.linux.touch(addr, len);
    if (p0 >= 0 && len > 0) r.fill(1, p0, Math.min(p1 + 1, r.length));
  }

  /** Heap OS pages [from, to) were madvised: no longer known resident. */
  private forgetResident(addr: number, len: number): void {
    const p0 = Math.floor((addr - heapBaseAddr) / osPageBytes);
    this.residentHint.fill(0, p0, p0 + len / osPageBytes);
  }

  /** Returns a span's pages to the page allocator (Go: `mheap.freeSpan` / `freeManual`). */
  freeSpan(id: number): void {
    const sp = this.spans;
    const base = sp.startPage[id];
    const npages = sp.npages[id];
    const bytes = npages * pageBytes;
    if (sp.state[id] === mSpanManual) this.inStacksBytes -= bytes;
    else if (sp.state[id] === mSpanInUse) this.heapInUseBytes -= bytes;
    else if (sp.state[id] === mSpanDead) throw new Error('mheap: freeing a dead span');
    this.spanOf.fill(-1, base, base + npages);
    this.pageFreedAtNs.fill(this.now(), base, base + npages);
    this.pages.freeRange(base, npages);
    sp.free(id);
  }

  /**
   * Releases up to `nbytes` of free, unscavenged memory to the OS, highest
   * addresses first, with the configured madvise (facts §5, §6). Returns the
   * bytes released (whole pages).
   */
  scavenge(nbytes: number): number {
    const maxPages = Math.ceil(nbytes / pageBytes);
    if (maxPages <= 0) return 0;
    const pages = this.pages.scavengeHighest(maxPages, (base, n) => {
      this.linux.madvise(this.pageAddr(base), n * pageBytes, this.madviseMode);
      this.forgetResident(this.pageAddr(base), n * pageBytes);
    });
    return pages * pageBytes;
  }

  /**
   * The go1.12 sysmon scavenger: releases free pages unused since before
   * `cutoffNs` (Go ≤ 1.12 `mheap.scavenge` with scavengelimit). Returns bytes.
   */
  scavengeIdleSince(cutoffNs: number): number {
    const pages = this.pages;
    let released = 0;
    let p = 0;
    while (p < pages.endPage) {
      if (pages.inUse[p] || pages.scavenged[p] || this.pageFreedAtNs[p] >= cutoffNs) {
        p++;
        continue;
      }
      const start = p;
      while (p < pages.endPage && !pages.inUse[p] && !pages.scavenged[p] && this.pageFreedAtNs[p] < cutoffNs)
        p++;
      pages.markScavenged(start, p - start);
      this.linux.madvise(this.pageAddr(start), (p - start) * pageBytes, this.madviseMode);
      this.forgetResident(this.pageAddr(start), (p - start) * pageBytes);
      released += (p - start) * pageBytes;
    }
    return released;
  }

  /** Scavenges every free page (Go: `mheap.scavengeAll`, used by debug.FreeOSMemory). */
  scavengeAll(): number {
    return this.scavenge(this.pages.freePages * pageBytes);
  }
}
