// The simulated runtime: one explicit handle that owns a heap, its Ps'
// mcaches, the stack allocator, off-heap metadata and the Linux memory of the
// process. No module state: every test, lesson and worker session creates its
// own with `createRuntime(config)`, and the same config and seed give the
// same run.

import { createLinuxMemory, type LinuxMemory } from './linux.ts';
import { Allocator, zerobaseAddr } from './malloc.ts';
import { heapArenaBytes, type MadviseMode, MHeap } from './mheap.ts';
import { logPallocChunkPages, pageBytes, pallocChunkPages } from './mpagealloc.ts';
import { mSpanInUse, mSpanManual } from './mspan.ts';
import { type MemStats, memStatsBySizeEntries, memStatsRelationErrors } from './mstats.ts';
import { OffHeap } from './offheap.ts';
import { createRand, type Rand } from './rand.ts';
import { StackAllocator } from './stack.ts';
import { resolveVersionProfile, type VersionProfile } from './version.ts';

export interface RuntimeConfig {
  /** Version profile: "go1.19" (default), "go1.12" or "go1.23". */
  goVersion?: string;
  /** GOMAXPROCS: number of Ps, each with its own mcache. Default 2. */
  gomaxprocs?: number;
  /** Machine RAM. Default 24 GiB. */
  physicalMemoryBytes?: number;
  /** Container (cgroup) memory limit; 0 = none. */
  containerLimitBytes?: number;
  /** Seed for the runtime's randomness (heap-profile sampling). */
  seed?: number;
  /** Wall-clock time at runtime start, in Unix ns (for LastGC, PauseEnd). Default 2026-01-01T00:00:00Z. */
  startUnixNs?: number;
  /** GODEBUG madvdontneed: true = MADV_DONTNEED, false = MADV_FREE. Default from the version profile. */
  madvdontneed?: boolean;
  /** runtime.MemProfileRate in bytes; 0 disables heap profiling. Default 512 KiB. */
  memProfileRate?: number;
  /** GOGC as a number, or -1 for off. Default 100. */
  gogc?: number;
  /** Check every invariant after every operation (slow; for tests). */
  debugInvariants?: boolean;
  /** Skip the calibrated allocations the real runtime makes before main (tests of the bare allocator). */
  bareHeap?: boolean;
}

/** Size of the Go 1.19 binary's resident text (RssFile of a real run: 1,286,144 B). */
export const executableBytes = 1_286_144;
/** Main thread's stack mapping (VmStk) resident in a fresh Go 1.19 process. */
export const mainThreadStackBytes = 132 << 10;
/** defaultHeapMinimum (facts §4). */
export const heapMinimumBytes = 4 << 20;

/**
 * Allocations the Go 1.19.8 runtime has made when main starts (read from
 * MemStats.BySize of a real run: HeapAlloc 45,320 B in 130 objects, Mallocs
 * 132, Frees 2), as [size, count, noscan]; the scan/noscan split is chosen so
 * the spans add up to the real start-up HeapInuse (34 pages).
 */
export const runtimeInitAllocs: readonly (readonly [number, number, boolean])[] = [
  [8, 7, false],
  [8, 4, true],
  [16, 22, true],
  [16, 23, false],
  [24, 4, false],
  [24, 4, true],
  [32, 5, false],
  [32, 5, true],
  [48, 6, false],
  [48, 6, true],
  [64, 4, false],
  [64, 3, true],
  [80, 3, false],
  [96, 3, false],
  [96, 2, true],
  [112, 1, false],
  [128, 1, false],
  [160, 1, false],
  [192, 1, false],
  [208, 3, false],
  [320, 1, false],
  [416, 6, false],
  [416, 6, true],
  [640, 3, false],
  [1024, 3, true],
  [1792, 2, false],
  [8192, 1, true],
  [9472, 2, false],
];

/**
 * Stacks in use when main starts (StackInuse 229,376 B in a real run): a
 * 32 KiB signal stack per M (five Ms), the main goroutine's grown 8 KiB stack
 * and 2 KiB stacks of the runtime's helper goroutines.
 */
export const runtimeInitStacks: readonly number[] = [
  32768, 32768, 32768, 32768, 32768, 8192, 2048, 2048, 2048,
];

export interface GCStats {
  numGC: number;
  numForcedGC: number;
  lastGCUnixNs: number;
  pauseTotalNs: number;
  pauseNs: Float64Array;
  pauseEnd: Float64Array;
  gcCPUFraction: number;
  /** Current heap goal (NextGC). */
  heapGoalBytes: number;
}

export class Runtime {
  readonly version: VersionProfile;
  readonly gomaxprocs: number;
  readonly linux: LinuxMemory;
  readonly heap: MHeap;
  readonly alloc: Allocator;
  readonly stacks: StackAllocator;
  readonly offheap: OffHeap;
  readonly rand: Rand;
  readonly startUnixNs: number;
  readonly memProfileRate: number;
  readonly debugInvariants: boolean;
  /** Simulated nanoseconds since the runtime started. */
  nowNs = 0;
  readonly gc: GCStats;
  /** Bytes left until the next heap-profile sample (Go: mcache.nextSample). */
  private nextSample: number;
  /** Heap-profile samples taken; the profile layer records their stacks. */
  sampledAllocs = 0;
  /** Called for each sampled allocation (Go: `profilealloc`); the program layer attaches the call stack. */
  onProfileSample: ((addr: number, size: number) => void) | null = null;

  constructor(config: RuntimeConfig = {}) {
    this.version = resolveVersionProfile(config.goVersion);
    this.gomaxprocs = config.gomaxprocs ?? 2;
    if (!Number.isInteger(this.gomaxprocs) || this.gomaxprocs < 1 || this.gomaxprocs > 256) {
      throw new Error(`GOMAXPROCS must be an integer from 1 to 256, got ${config.gomaxprocs}`);
    }
    this.rand = createRand(config.seed ?? 1);
    this.startUnixNs = config.startUnixNs ?? 1_767_225_600_000_000_000;
    this.memProfileRate = config.memProfileRate ?? 512 * 1024;
    this.debugInvariants = config.debugInvariants ?? false;
    this.linux = createLinuxMemory({
      physicalMemoryBytes: config.physicalMemoryBytes ?? 24 * 2 ** 30,
      containerLimitBytes: config.containerLimitBytes ?? 0,
      executableBytes: config.bareHeap ? 0 : executableBytes,
      mainStackBytes: config.bareHeap ? 0 : mainThreadStackBytes,
    });
    this.heap = new MHeap(this.linux);
    const dontneed = config.madvdontneed ?? this.version.defaultMadvise === 'dontneed';
    this.heap.madviseMode = dontneed ? 'dontneed' : 'free';
    this.alloc = new Allocator(this.heap, this.version.sizeClasses, this.gomaxprocs);
    this.stacks = new StackAllocator(this.heap);
    this.offheap = new OffHeap(this.linux, this.gomaxprocs);
    this.heap.onMetadataChange = () => this.offheap.update(this.heap);
    const gogc = config.gogc ?? 100;
    this.gc = {
      numGC: 0,
      numForcedGC: 0,
      lastGCUnixNs: 0,
      pauseTotalNs: 0,
      pauseNs: new Float64Array(256),
      pauseEnd: new Float64Array(256),
      gcCPUFraction: 0,
      // Before the first cycle the goal is the heap minimum (facts §4); GOGC=off has no goal.
      heapGoalBytes: gogc < 0 ? Number.MAX_SAFE_INTEGER : Math.floor((heapMinimumBytes * gogc) / 100),
    };
    this.nextSample = this.drawSample();
    if (!config.bareHeap) {
      for (const n of runtimeInitStacks) this.stacks.stackalloc(n);
      for (const [size, count, noscan] of runtimeInitAllocs) {
        for (let i = 0; i < count; i++) this.heap.touch(this.mallocgc(size, noscan), Math.min(size, 64));
      }
    }
    this.offheap.update(this.heap);
    if (this.debugInvariants) this.checkInvariants();
  }

  get madviseMode(): MadviseMode {
    return this.heap.madviseMode;
  }
  set madviseMode(m: MadviseMode) {
    this.heap.madviseMode = m;
  }

  /** Exponentially distributed distance to the next sample, mean MemProfileRate (Go: `nextSample`). */
  private drawSample(): number {
    const rate = this.memProfileRate;
    if (rate <= 0) return Number.POSITIVE_INFINITY;
    if (rate === 1) return 0;
    return Math.floor(-Math.log(1 - this.rand.float64()) * rate);
  }

  /**
   * Allocates a heap object (Go: `mallocgc`) and returns its address; `noscan`
   * when the type holds no pointers. Heap-profile sampling counts the slot
   * size (16 for a new tiny block, the request for a combined tiny
   * allocation), as Go 1.19 does.
   */
  mallocgc(size: number, noscan: boolean): number {
    const addr = this.alloc.mallocgc(size, noscan);
    if (addr !== zerobaseAddr) {
      const sampleSize = this.alloc.lastElemSize;
      if (sampleSize < this.nextSample) this.nextSample -= sampleSize;
      else {
        this.nextSample = this.drawSample();
        this.sampledAllocs++;
        this.offheap.activateProfiling(this.heap);
        this.onProfileSample?.(addr, sampleSize);
      }
    }
    if (this.debugInvariants) this.checkInvariants();
    return addr;
  }

  /** Slot size of the object at addr (whole pages for large objects). */
  objectSize(addr: number): number {
    const s = this.heap.spanOfAddr(addr);
    return s < 0 ? 0 : this.heap.spans.elemsize[s];
  }

  /** Allocates a goroutine stack of n bytes (power of two ≥ 2 KiB). */
  stackalloc(n: number): number {
    const addr = this.stacks.stackalloc(n);
    if (this.debugInvariants) this.checkInvariants();
    return addr;
  }

  stackfree(addr: number, n: number): void {
    this.stacks.stackfree(addr, n);
    if (this.debugInvariants) this.checkInvariants();
  }

  /** Grows a stack by doubling and copying; returns the new address. */
  growStack(addr: number, size: number): number {
    const a = this.stacks.copystack(addr, size, size * 2);
    if (this.debugInvariants) this.checkInvariants();
    return a;
  }

  /** Returns up to nbytes of free heap memory to the OS; see MHeap.scavenge. */
  scavenge(nbytes: number): number {
    const n = this.heap.scavenge(nbytes);
    if (this.debugInvariants) this.checkInvariants();
    return n;
  }

  /** runtime.ReadMemStats: a consistent snapshot (facts §8). */
  readMemStats(): MemStats {
    const heap = this.heap;
    const st = this.alloc.stats;
    const off = this.offheap;
    const classes = this.version.sizeClasses;
    const bySize = [];
    for (let i = 0; i < memStatsBySizeEntries; i++) {
      const inTable = i < classes.numSizeClasses;
      bySize.push({
        Size: inTable ? classes.classToSize[i] : 0,
        Mallocs: inTable ? st.smallAllocCount[i] : 0,
        Frees: inTable ? st.smallFreeCount[i] : 0,
      });
    }
    const heapInuse = heap.heapInUseBytes;
    const heapIdle = heap.heapFreeBytes + heap.heapReleasedBytes;
    const heapSys = heapInuse + heapIdle;
    const stackInuse = heap.inStacksBytes;
    const mspanSys = off.mspanSysBytes;
    const mcacheSys = off.mcacheSysBytes;
    const mallocs = st.mallocs;
    const frees = st.frees;
    const heapAlloc = st.heapAllocBytes;
    const gc = this.gc;
    return {
      Alloc: heapAlloc,
      TotalAlloc: st.totalAllocBytes,
      Sys:
        heapSys +
        stackInuse +
        mspanSys +
        mcacheSys +
        off.buckHashSysBytes +
        off.gcSysBytes +
        off.otherSysBytes,
      Lookups: 0,
      Mallocs: mallocs,
      Frees: frees,
      HeapAlloc: heapAlloc,
      HeapSys: heapSys,
      HeapIdle: heapIdle,
      HeapInuse: heapInuse,
      HeapReleased: heap.heapReleasedBytes,
      HeapObjects: mallocs - frees,
      StackInuse: stackInuse,
      StackSys: stackInuse,
      MSpanInuse: off.mspanInuseBytes(heap),
      MSpanSys: mspanSys,
      MCacheInuse: off.mcacheInuseBytes(),
      MCacheSys: mcacheSys,
      BuckHashSys: off.buckHashSysBytes,
      GCSys: off.gcSysBytes,
      OtherSys: off.otherSysBytes,
      NextGC: gc.heapGoalBytes,
      LastGC: gc.lastGCUnixNs,
      PauseTotalNs: gc.pauseTotalNs,
      PauseNs: Array.from(gc.pauseNs),
      PauseEnd: Array.from(gc.pauseEnd),
      NumGC: gc.numGC,
      NumForcedGC: gc.numForcedGC,
      GCCPUFraction: gc.gcCPUFraction,
      EnableGC: true,
      DebugGC: false,
      BySize: bySize,
    };
  }

  /**
   * Verifies the allocator's invariants against a full recount; throws on
   * the first broken one. O(heap size): for tests and the debug mode.
   */
  checkInvariants(): void {
    const heap = this.heap;
    const spans = heap.spans;
    const pages = heap.pages;
    const fail = (msg: string) => {
      throw new Error(`heaplab invariant broken: ${msg}`);
    };
    let inUsePages = 0;
    let manualPages = 0;
    let heapAllocBytes = 0;
    let live = 0;
    for (let s = 0; s < spans.count; s++) {
      const st = spans.state[s];
      if (st !== mSpanInUse && st !== mSpanManual) continue;
      live++;
      const base = spans.startPage[s];
      const n = spans.npages[s];
      for (let p = base; p < base + n; p++) {
        if (heap.spanOf[p] !== s) fail(`page ${p} of span ${s} maps to span ${heap.spanOf[p]}`);
        if (!pages.inUse[p]) fail(`page ${p} of span ${s} is free in the page allocator`);
        if (pages.scavenged[p]) fail(`page ${p} of span ${s} is marked scavenged`);
      }
      let bits = 0;
      for (let i = 0; i < spans.nelems[s]; i++) if (spans.isAllocated(s, i)) bits++;
      if (st === mSpanInUse) {
        inUsePages += n;
        if (bits !== spans.allocCount[s])
          fail(`span ${s}: allocCount ${spans.allocCount[s]} but ${bits} alloc bits`);
        heapAllocBytes += spans.allocCount[s] * spans.elemsize[s];
        if (spans.elemsize[s] * spans.nelems[s] > n * pageBytes) fail(`span ${s} objects overflow its pages`);
      } else manualPages += n;
    }
    if (live !== spans.live) fail(`live spans ${spans.live}, counted ${live}`);
    if (inUsePages * pageBytes !== heap.heapInUseBytes)
      fail(`heapInUse ${heap.heapInUseBytes} != ${inUsePages} pages`);
    if (manualPages * pageBytes !== heap.inStacksBytes)
      fail(`inStacks ${heap.inStacksBytes} != ${manualPages} pages`);
    let free = 0;
    let scav = 0;
    let chunkFree = 0;
    let chunkScav = 0;
    for (let p = 0; p < pages.endPage; p++) {
      if (!pages.inUse[p]) {
        chunkFree++;
        if (heap.spanOf[p] !== -1) fail(`free page ${p} maps to span ${heap.spanOf[p]}`);
        if (pages.scavenged[p]) chunkScav++;
        if (p < pages.searchPage) fail(`free page ${p} below searchPage ${pages.searchPage}`);
      }
      if ((p & (pallocChunkPages - 1)) === pallocChunkPages - 1) {
        const c = p >> logPallocChunkPages;
        if (chunkFree !== pages.chunkFree[c] || chunkScav !== pages.chunkScav[c]) {
          fail(`chunk ${c} summary out of date`);
        }
        free += chunkFree;
        scav += chunkScav;
        chunkFree = chunkScav = 0;
      }
    }
    if (free !== pages.freePages) fail(`freePages ${pages.freePages}, counted ${free}`);
    if (scav !== pages.scavPages) fail(`scavPages ${pages.scavPages}, counted ${scav}`);
    if (heapAllocBytes !== this.alloc.stats.heapAllocBytes) {
      fail(`HeapAlloc ${this.alloc.stats.heapAllocBytes} but spans hold ${heapAllocBytes}`);
    }
    const errs = memStatsRelationErrors(this.readMemStats());
    if (errs.length) fail(errs.join('; '));
    if (pages.endPage * pageBytes > heap.arenas * heapArenaBytes) {
      fail('heap pages beyond the reserved arenas');
    }
  }
}

/** Creates a simulated runtime. */
export function createRuntime(config: RuntimeConfig = {}): Runtime {
  return new Runtime(config);
}
