// Models Go 1.19 runtime/mpagealloc.go, mpallocbits.go and the scavenged bits
// of mgcscavenge.go (go-runtime-facts.md §3 "Free pages: page allocator",
// "Scavenged bits"): one in-use bit and one scavenged bit per 8 KiB page,
// grouped in 4 MiB chunks of 512 pages, address-ordered first fit.
//
// Simplifications: Go's radix tree of (start, max, end) summaries is replaced
// by a per-chunk free-page count plus a `searchPage` lower bound, which gives
// the same first-fit answers; the per-P 64-page pageCache is not modelled
// (every span comes from the page allocator), see ARCHITECTURE.md.

import { growInt32, growUint8 } from './growable.ts';
import { pageSize } from './sizeclasses.ts';

/** _PageSize (facts §1), named with its unit. */
export const pageBytes = pageSize;
export const logPallocChunkPages = 9;
export const pallocChunkPages = 512;
export const pallocChunkBytes = pallocChunkPages * pageBytes;

export class PageAlloc {
  /** 1 = page in use (by a span), 0 = free. Index = page number from the heap base. */
  inUse = new Uint8Array(0);
  /** 1 = free page returned to the OS (scavenged). Always 0 for in-use pages. */
  scavenged = new Uint8Array(0);
  /** Free pages per chunk. */
  chunkFree = new Int32Array(0);
  /** Scavenged pages per chunk. */
  chunkScav = new Int32Array(0);
  /** Pages managed so far: [0, endPage). Grows in whole chunks. */
  endPage = 0;
  /** No free page exists below this page (Go's `searchAddr`). */
  searchPage = 0;
  freePages = 0;
  scavPages = 0;

  /** Adds `npages` (a multiple of 512) at the end as free and scavenged, as new heap memory enters in Go. */
  grow(npages: number): void {
    const start = this.endPage;
    const end = start + npages;
    this.inUse = growUint8(this.inUse, end);
    this.scavenged = growUint8(this.scavenged, end);
    this.scavenged.fill(1, start, end);
    const c0 = start >> logPallocChunkPages;
    const c1 = end >> logPallocChunkPages;
    this.chunkFree = growInt32(this.chunkFree, c1);
    this.chunkScav = growInt32(this.chunkScav, c1);
    for (let c = c0; c < c1; c++) {
      this.chunkFree[c] = pallocChunkPages;
      this.chunkScav[c] = pallocChunkPages;
    }
    this.endPage = end;
    this.freePages += npages;
    this.scavPages += npages;
    if (this.searchPage > start) this.searchPage = start;
  }

  /**
   * First fit: the lowest run of `npages` free pages, or -1. Does not allocate.
   */
  find(npages: number): number {
    const inUse = this.inUse;
    const chunkFree = this.chunkFree;
    const end = this.endPage;
    let p = this.searchPage;
    let run = 0;
    let runStart = 0;
    while (p < end) {
      if ((p & (pallocChunkPages - 1)) === 0) {
        const cf = chunkFree[p >> logPallocChunkPages];
        if (cf === 0) {
          run = 0;
          p += pallocChunkPages;
          continue;
        }
        if (cf === pallocChunkPages) {
          if (run === 0) runStart = p;
          run += pallocChunkPages;
          if (run >= npages) return runStart;
          p += pallocChunkPages;
          continue;
        }
      }
      if (inUse[p] === 0) {
        if (run === 0) runStart = p;
        if (++run >= npages) return runStart;
      } else run = 0;
      p++;
    }
    return -1;
  }

  /** Marks [base, base+npages) in use; returns how many of those pages were scavenged. */
  allocRange(base: number, npages: number): number {
    let scav = 0;
    const end = base + npages;
    for (let p = base; p < end; p++) {
      this.inUse[p] = 1;
      if (this.scavenged[p]) {
        this.scavenged[p] = 0;
        this.chunkScav[p >> logPallocChunkPages]--;
        scav++;
      }
      this.chunkFree[p >> logPallocChunkPages]--;
    }
    this.freePages -= npages;
    this.scavPages -= scav;
    if (base === this.searchPage) {
      let s = end;
      while (s < this.endPage && this.inUse[s]) {
        if ((s & (pallocChunkPages - 1)) === 0 && this.chunkFree[s >> logPallocChunkPages] === 0) {
          s += pallocChunkPages;
        } else s++;
      }
      this.searchPage = Math.min(s, this.endPage);
    }
    return scav;
  }

  /** Frees [base, base+npages). Freed pages are not scavenged (facts §3). */
  freeRange(base: number, npages: number): void {
    const end = base + npages;
    for (let p = base; p < end; p++) {
      this.inUse[p] = 0;
      this.chunkFree[p >> logPallocChunkPages]++;
    }
    this.freePages += npages;
    if (base < this.searchPage) this.searchPage = base;
  }

  /** Marks free, unscavenged pages [base, base+npages) scavenged. */
  markScavenged(base: number, npages: number): void {
    for (let p = base; p < base + npages; p++) {
      if (this.inUse[p] || this.scavenged[p])
        throw new Error(`markScavenged: page ${p} is not free and unscavenged`);
      this.scavenged[p] = 1;
      this.chunkScav[p >> logPallocChunkPages]++;
    }
    this.scavPages += npages;
  }

  /**
   * Marks up to `maxPages` free, unscavenged pages as scavenged, highest
   * addresses first (facts §5 "Pacing": order), calling `release(base, n)`
   * for each maximal run so the caller can madvise it. Returns pages scavenged.
   */
  scavengeHighest(maxPages: number, release: (base: number, npages: number) => void): number {
    let done = 0;
    const inUse = this.inUse;
    const scavenged = this.scavenged;
    for (let c = (this.endPage >> logPallocChunkPages) - 1; c >= 0 && done < maxPages; c--) {
      if (this.chunkFree[c] - this.chunkScav[c] === 0) continue;
      const lo = c << logPallocChunkPages;
      let p = lo + pallocChunkPages - 1;
      while (p >= lo && done < maxPages) {
        if (inUse[p] || scavenged[p]) {
          p--;
          continue;
        }
        const runEnd = p + 1;
        while (p >= lo && !inUse[p] && !scavenged[p] && done < maxPages) {
          scavenged[p] = 1;
          done++;
          p--;
        }
        const runStart = p + 1;
        this.chunkScav[c] += runEnd - runStart;
        release(runStart, runEnd - runStart);
      }
    }
    this.scavPages += done;
    return done;
  }
}
