// Off-heap runtime memory (go-runtime-facts.md §8: MSpanSys, MCacheSys,
// BuckHashSys, GCSys, OtherSys), modelled so that Sys is always the sum of its
// parts. Go maps these with persistentalloc/fixalloc and never unmaps them, so
// every *Sys figure here only grows. Each approximation is calibrated against
// real Go 1.19.8 runs (ARCHITECTURE.md "Off-heap memory"):
//   - mspan structs are 144 B, mcache structs 1200 B (linux/amd64, 1.19.8),
//     carved from 16 KiB fixalloc chunks (facts §1 `_FixAllocChunk`);
//   - GCSys = 7,788,440 B at start (first arena's heap bitmap and metadata,
//     page-allocator summaries) + 2,162,688 B per further 64 MiB arena (2 MiB
//     heap bitmap + 64 KiB span index + per-page bytes) + 1/128 of mapped heap
//     (mark/alloc bit arenas and workbufs, which scale with the heap). At the
//     LRU `added` step this gives 118.4 MB against 117.4 MB measured;
//   - OtherSys = 367,299 B + 117,760 B per further arena;
//   - BuckHashSys = 3,493 B until the first heap-profile sample, then +1,439,992 B
//     (buckHashSize = 179999 pointers).
// Residency: span and mcache structs are resident as soon as they are mapped;
// GC metadata becomes resident as heap pages are first used (the heap bitmap
// is 1/32 of the heap, bit arenas and workbufs about 1/128) on top of a
// 192 KiB base, and OtherSys at 1/580 of used heap on a 64 KiB base. That
// reproduces both the ~0.8 MB anonymous RSS of a fresh process and the
// ~112 MiB of GCSys still resident after the LRU cache is freed.

import type { LinuxMemory } from './linux.ts';
import type { MHeap } from './mheap.ts';
import { pageBytes } from './mpagealloc.ts';

export const mspanStructBytes = 144;
export const mcacheStructBytes = 1200;
export const fixAllocChunkBytes = 16 << 10;
export const gcSysBaseBytes = 7_788_440;
export const gcSysPerArenaBytes = 2_162_688;
export const gcSysHeapDivisor = 128;
export const otherSysBaseBytes = 367_299;
export const otherSysPerArenaBytes = 117_760;
export const buckHashSysBaseBytes = 3_493;
export const buckHashTableBytes = 179_999 * 8;
/** GC metadata written per heap byte ever used: heap bitmap (1/32) plus bit arenas and workbufs (1/128). */
export const gcResidentPerHeapByte = 1 / 32 + 1 / 128;
export const gcResidentBaseBytes = 192 << 10;
export const otherResidentBaseBytes = 64 << 10;
export const otherResidentHeapDivisor = 580;
/** Off-heap regions are mapped in steps of this size. */
export const offHeapMapStepBytes = 4 << 20;
/** Residency of GC metadata and OtherSys is brought up to date every this many newly used heap pages (one chunk). */
export const residencyStepPages = 512;

interface Region {
  tag: string;
  mapped: number;
  touched: number;
  addrs: [number, number][];
}

export class OffHeap {
  mspanSysBytes = 0;
  mcacheSysBytes = 0;
  gcSysBytes = 0;
  otherSysBytes = 0;
  buckHashSysBytes = buckHashSysBaseBytes;
  profilingActive = false;
  private readonly regions = new Map<string, Region>();

  constructor(
    private readonly linux: LinuxMemory,
    private readonly gomaxprocs: number,
  ) {}

  /** Bytes of live mspan structs. */
  mspanInuseBytes(heap: MHeap): number {
    return heap.spans.live * mspanStructBytes;
  }
  mcacheInuseBytes(): number {
    return this.gomaxprocs * mcacheStructBytes;
  }

  /** Turns on the profiling bucket table (first heap-profile sample). */
  activateProfiling(heap: MHeap): void {
    if (this.profilingActive) return;
    this.profilingActive = true;
    this.buckHashSysBytes += buckHashTableBytes;
    this.update(heap);
  }

  /** Recomputes the *Sys figures after heap changes and keeps the Linux mappings in step. */
  update(heap: MHeap): void {
    const perChunk = (size: number) => Math.floor(fixAllocChunkBytes / size) * size;
    const spansPerChunk = Math.floor(fixAllocChunkBytes / mspanStructBytes);
    const spanChunks = Math.ceil(heap.spans.maxLive / spansPerChunk);
    heap.metadataWatchMaxLive = spanChunks * spansPerChunk + 1;
    heap.metadataWatchEverUsedPages = heap.everUsedPages + residencyStepPages;
    this.mspanSysBytes = Math.max(this.mspanSysBytes, spanChunks * perChunk(mspanStructBytes));
    const cacheChunks = Math.ceil(this.gomaxprocs / Math.floor(fixAllocChunkBytes / mcacheStructBytes));
    this.mcacheSysBytes = Math.max(this.mcacheSysBytes, cacheChunks * perChunk(mcacheStructBytes));
    const mappedHeap = heap.pages.endPage * pageBytes;
    const extraArenas = Math.max(0, heap.arenas - 1);
    this.gcSysBytes = Math.max(
      this.gcSysBytes,
      gcSysBaseBytes + extraArenas * gcSysPerArenaBytes + Math.floor(mappedHeap / gcSysHeapDivisor),
    );
    this.otherSysBytes = Math.max(
      this.otherSysBytes,
      otherSysBaseBytes + extraArenas * otherSysPerArenaBytes,
    );
    const everUsedBytes = heap.everUsedPages * pageBytes;
    this.sync('mspan', this.mspanSysBytes, this.mspanSysBytes);
    this.sync('mcache', this.mcacheSysBytes, this.mcacheSysBytes);
    this.sync('gc-metadata', this.gcSysBytes, gcResidentBaseBytes + everUsedBytes * gcResidentPerHeapByte);
    this.sync('other', this.otherSysBytes, otherResidentBaseBytes + everUsedBytes / otherResidentHeapDivisor);
    this.sync('buckhash', this.buckHashSysBytes, this.profilingActive ? this.buckHashSysBytes : 0);
  }

  /** Maps more of a region when its Sys grew and touches it up to `resident` bytes (never less than before). */
  private sync(tag: string, sys: number, resident: number): void {
    const page = this.linux.osPageSize;
    let r = this.regions.get(tag);
    if (!r) this.regions.set(tag, (r = { tag, mapped: 0, touched: 0, addrs: [] }));
    if (sys > r.mapped) {
      // Reserve in 4 MiB steps (Go's persistentalloc also maps ahead), so a growing region
      // stays a few mappings rather than one per fixalloc chunk.
      const add = Math.ceil((sys - r.mapped) / offHeapMapStepBytes) * offHeapMapStepBytes;
      const addr = this.linux.mmap(add, tag);
      r.addrs.push([addr, add]);
      r.mapped += add;
    }
    const want = Math.min(r.mapped, Math.ceil(resident / page) * page);
    if (want <= r.touched) return;
    // Touch [touched, want) across the region's mappings in order.
    let skip = r.touched;
    let left = want - r.touched;
    for (const [addr, len] of r.addrs) {
      if (left <= 0) break;
      if (skip >= len) {
        skip -= len;
        continue;
      }
      const n = Math.min(len - skip, left);
      this.linux.touch(addr + skip, n);
      left -= n;
      skip = 0;
    }
    r.touched = want;
  }
}
