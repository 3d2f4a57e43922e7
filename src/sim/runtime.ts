// The simulated runtime: one explicit handle that owns a heap, its Ps'
// mcaches, the stack allocator, off-heap metadata and the Linux memory of the
// process. No module state: every test, lesson and worker session creates its
// own with `createRuntime(config)`, and the same config and seed give the
// same run.

import { type CostModel, defaultCostModel } from './cost.ts';
import {
  type GCCycleRecord,
  gcTraceSegments,
  type ScavTraceRecord,
  scavTraceSegments,
  scvgTraceSegments,
  segmentsText,
  type TraceSegment,
} from './gctrace.ts';
import { createLinuxMemory, type LinuxMemory } from './linux.ts';
import { defaultPhysicalMemoryBytes } from './machine.ts';
import { Allocator, zerobaseAddr } from './malloc.ts';
import { Collector, forceGCPeriodNs } from './mgc.ts';
import { GCController, maxInt64 } from './mgcpacer.ts';
import { physPageBytes, Scavenger, scavengeQuantumBytes } from './mgcscavenge.ts';
import { heapArenaBytes, type MadviseMode, MHeap } from './mheap.ts';
import { logPallocChunkPages, pageBytes, pallocChunkPages } from './mpagealloc.ts';
import { mSpanInUse, mSpanManual } from './mspan.ts';
import { type MemStats, memStatsBySizeEntries, memStatsRelationErrors } from './mstats.ts';
import { OffHeap } from './offheap.ts';
import { createRand, type Rand } from './rand.ts';
import { type GRoots, RootSet, RootSlots } from './roots.ts';
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
  /** GOMEMLIMIT in bytes; omitted = no limit. */
  memoryLimitBytes?: number;
  /**
   * GODEBUG settings: gctrace, scavtrace, madvdontneed, gcshrinkstackoff,
   * adaptivestackstart (e.g. "gctrace=1,madvdontneed=0"). madvdontneed here
   * overrides `madvdontneed` above.
   */
  godebug?: string;
  /** Overrides of the CPU cost model (cost.ts). */
  cost?: Partial<CostModel>;
  /** Check every invariant after every operation (slow; for tests). */
  debugInvariants?: boolean;
  /** Skip the calibrated allocations the real runtime makes before main (tests of the bare allocator). */
  bareHeap?: boolean;
}

/** Size of the Go 1.19 binary's resident text (RssFile of a real run: 1,286,144 B). */
export const executableBytes = 1_286_144;
/** Main thread's stack mapping (VmStk) resident in a fresh Go 1.19 process. */
export const mainThreadStackBytes = 132 << 10;

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

/** A line of runtime trace output (stderr in Go), with its structured record. */
export interface TraceLine {
  tNs: number;
  kind: 'gctrace' | 'scavtrace';
  text: string;
  cycle: GCCycleRecord | null;
  scav: ScavTraceRecord | null;
  /** The line in pieces: every number with its field name and a plain-words explanation (for hover). */
  segments: TraceSegment[];
}

/** Parsed GODEBUG settings this model honours (facts §10 "GODEBUG knobs"). */
export interface GoDebug {
  gctrace: number;
  scavtrace: number;
  madvdontneed: number | undefined;
  gcshrinkstackoff: number;
  adaptivestackstart: number | undefined;
}

export function parseGODEBUG(v: string | undefined): GoDebug {
  const d: GoDebug = {
    gctrace: 0,
    scavtrace: 0,
    madvdontneed: undefined,
    gcshrinkstackoff: 0,
    adaptivestackstart: undefined,
  };
  for (const kv of (v ?? '').split(',')) {
    const eq = kv.indexOf('=');
    if (eq <= 0) continue;
    const k = kv.slice(0, eq).trim();
    const n = Number.parseInt(kv.slice(eq + 1), 10);
    if (!Number.isFinite(n)) continue;
    if (k === 'gctrace' || k === 'scavtrace' || k === 'gcshrinkstackoff') d[k] = n;
    else if (k === 'madvdontneed' || k === 'adaptivestackstart') d[k] = n;
  }
  return d;
}

/** sysmon's wake-up delay for the scavenger after sweeping ends (it polls every 20 µs–10 ms). */
const sysmonWakeDelayNs = 1e6;
/** Go ≤ 1.12: sysmon scavenges every scavengelimit/2 = 2.5 min, pages idle > 5 min (facts §5). */
const scvgPeriodNs = 150e9;
const scvgIdleLimitNs = 300e9;

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
  /** The program's current runtime.MemProfileRate, read at each sample as Go reads the variable. */
  memProfileRateFn: (() => number) | null = null;
  readonly debugInvariants: boolean;
  /** Simulated nanoseconds since the runtime started. */
  nowNs = 0;
  /** Ps running user goroutines (the scheduler sets it; 0 while every goroutine is blocked). */
  busyPs = 1;
  readonly cost: CostModel;
  readonly godebug: GoDebug;
  readonly roots = new RootSet();
  readonly pacer: GCController;
  readonly gc: Collector;
  readonly scavenger = new Scavenger();
  /** Whether GC shrinks goroutine stacks (GODEBUG=gcshrinkstackoff=1 turns it off). */
  readonly stackShrinking: boolean;
  /** Stacks of the runtime's own goroutines and Ms (not user goroutines). */
  systemStackBytes = 0;
  /** Of those, the runtime goroutines' (gctrace's stacks counts goroutine stacks, not Ms' signal stacks). */
  systemGoroutineStackBytes = 0;
  /** The main goroutine. */
  readonly mainG: GRoots;
  /** Every trace line printed, in order (kept for the timeline). */
  readonly traceLog: TraceLine[] = [];
  /** Called for each trace line as it is printed (GODEBUG=gctrace=1 / scavtrace=1). */
  onTrace: ((line: TraceLine) => void) | null = null;
  /** Called at each GC start (sync.Pool registers its clearing here). */
  readonly gcStartHooks: (() => void)[] = [];
  /** Earliest pending event (mark end, sweep slice, scavenger, periodic GC). */
  nextEventNs = Number.POSITIVE_INFINITY;
  /** A heap-triggered GC waits for the next safe point (the new object is not rooted yet). */
  private pendingGC = false;
  /** Wall-clock factor for mutator CPU, and for allocation, while marking. */
  private wallFactor = 1;
  private allocWallFactor = 1;
  private scvgAtNs = Number.POSITIVE_INFINITY;
  private scvgCount = 0;
  private nextGoid = 2;
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
      physicalMemoryBytes: config.physicalMemoryBytes ?? defaultPhysicalMemoryBytes,
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
    this.heap.now = () => this.nowNs;
    this.cost = { ...defaultCostModel, ...config.cost };
    this.godebug = parseGODEBUG(config.godebug);
    if (this.godebug.madvdontneed !== undefined)
      this.heap.madviseMode = this.godebug.madvdontneed ? 'dontneed' : 'free';
    this.stackShrinking = this.godebug.gcshrinkstackoff === 0;
    this.pacer = new GCController(
      this.version.pacer,
      config.gogc ?? 100,
      {
        mappedReadyBytes: () => this.mappedReadyBytes(),
        heapFreeBytes: () => this.heap.heapFreeBytes,
        heapAllocBytes: () => this.alloc.stats.heapAllocBytes,
      },
      this.gomaxprocs,
    );
    if (config.memoryLimitBytes !== undefined) this.setMemoryLimit(config.memoryLimitBytes);
    this.gc = new Collector(this);
    this.alloc.hooks = { maybeTriggerGC: () => this.heapLiveGrew() };
    this.heap.limitScavengeBytes = () => this.limitScavengeBytes();
    this.nextSample = this.drawSample(this.memProfileRate);
    this.mainG = {
      goid: 1,
      stackAddr: 0,
      stackBytes: 0,
      stackUsedBytes: 0,
      slots: new RootSlots(),
    };
    this.roots.goroutines.set(1, this.mainG);
    if (!config.bareHeap) {
      for (const n of runtimeInitStacks) {
        const addr = this.stacks.stackalloc(n);
        // The 8 KiB stack is main's (grown once before main.main runs); the rest are the runtime's.
        if (n === 8192 && this.mainG.stackBytes === 0) {
          this.mainG.stackAddr = addr;
          this.mainG.stackBytes = n;
          this.mainG.stackUsedBytes = 1024;
        } else {
          this.systemStackBytes += n;
          // The runtime's own goroutines (2 KiB); the 32 KiB ones are the Ms' signal stacks.
          if (n < 32768) this.systemGoroutineStackBytes += n;
        }
      }
      for (const [size, count, noscan] of runtimeInitAllocs) {
        for (let i = 0; i < count; i++) {
          const a = this.mallocgc(size, noscan);
          this.heap.touch(a, Math.min(size, 64));
          // The runtime keeps these (allp, m0, scheduler structures): internal roots.
          this.roots.internal.push(a);
        }
      }
    }
    if (this.version.scavenger === 'sysmon-scvg') this.scvgAtNs = scvgPeriodNs;
    this.rescheduleEvents();
    this.offheap.update(this.heap);
    if (this.debugInvariants) this.checkInvariants();
  }

  get madviseMode(): MadviseMode {
    return this.heap.madviseMode;
  }
  set madviseMode(m: MadviseMode) {
    this.heap.madviseMode = m;
  }

  /**
   * Exponentially distributed distance to the next sample, mean `rate` (Go: `nextSample` and
   * `fastexprand`): 0 for a rate of 1 (every allocation) and for 0 (mallocgc does not look at it
   * while the rate is 0, and samples at once when a program raises it).
   */
  private drawSample(rate: number): number {
    if (rate <= 1) return 0;
    return Math.floor(-Math.log(1 - this.rand.float64()) * rate);
  }

  /**
   * Allocates a heap object (Go: `mallocgc`) and returns its address; `noscan`
   * when the type holds no pointers. Heap-profile sampling counts the slot
   * size (16 for a new tiny block, the request for a combined tiny
   * allocation), as Go 1.19 does.
   */
  mallocgc(size: number, noscan: boolean): number {
    // A safe point: the caller has rooted its earlier objects, so a pending GC can start here.
    if (this.nowNs >= this.nextEventNs) this.runDue();
    const addr = this.alloc.mallocgc(size, noscan);
    const c = this.cost;
    if (this.alloc.writeBarriers > 0) this.chargeWriteBarriers();
    this.nowNs +=
      ((size > 32768 ? c.mallocLargeNs : c.mallocSmallNs) + this.alloc.lastElemSize * c.allocPerByteNs) *
      this.allocWallFactor;
    // Go 1.19 mallocgc: MemProfileRate is read at every allocation; 1 samples each one, 0 none
    const rate = this.memProfileRateFn === null ? this.memProfileRate : this.memProfileRateFn();
    if (addr !== zerobaseAddr && rate > 0) {
      const sampleSize = this.alloc.lastElemSize;
      if (rate !== 1 && sampleSize < this.nextSample) this.nextSample -= sampleSize;
      else {
        this.nextSample = this.drawSample(rate);
        this.sampledAllocs++;
        this.offheap.activateProfiling(this.heap);
        this.onProfileSample?.(addr, sampleSize);
      }
    }
    if (this.debugInvariants) this.checkInvariants();
    return addr;
  }

  // ------------------------------------------------------------ time and events

  private chargeWriteBarriers(): void {
    this.nowNs += this.alloc.writeBarriers * this.cost.writeBarrierNs * this.wallFactor;
    this.alloc.writeBarriers = 0;
  }

  /**
   * The running goroutine does `cpuNs` of CPU work (a safe point). Wall time
   * advances by more while the GC's fractional worker shares its P; events
   * that fall inside (mark end, sweeping, scavenging, periodic GC) run at
   * their times.
   */
  work(cpuNs: number): void {
    if (this.alloc.writeBarriers > 0) this.chargeWriteBarriers();
    let left = cpuNs;
    while (left > 0) {
      const f = this.wallFactor;
      if (this.nowNs + left * f < this.nextEventNs) {
        this.nowNs += left * f;
        return;
      }
      const step = Math.max(0, this.nextEventNs - this.nowNs);
      this.nowNs += step;
      left -= step / f;
      this.runDue();
    }
    if (this.nowNs >= this.nextEventNs) this.runDue();
  }

  /** Every user goroutine is blocked for `ns` (time.Sleep in main, waiting on I/O). */
  sleep(ns: number): void {
    const busy = this.busyPs;
    this.setBusyPs(0);
    const until = this.nowNs + ns;
    while (this.nextEventNs <= until) {
      this.nowNs = Math.max(this.nowNs, this.nextEventNs);
      this.runDue();
    }
    this.nowNs = Math.max(this.nowNs, until);
    this.setBusyPs(busy);
  }

  /** The scheduler reports how many Ps run user goroutines. */
  setBusyPs(n: number): void {
    this.gc.progress(this.nowNs);
    this.busyPs = n;
    this.gc.rescheduleMark();
    this.updateWallFactors();
  }

  private updateWallFactors(): void {
    this.wallFactor = this.gc.mutatorWallFactor();
    this.allocWallFactor = this.wallFactor * (this.gc.phase === 'mark' ? this.cost.markPhaseAllocFactor : 1);
  }

  /** Moves the clock forward without running events (STW pauses, sweeping on the caller). */
  advanceWall(ns: number): void {
    this.nowNs += ns;
  }

  setWall(ns: number): void {
    if (ns > this.nowNs) this.nowNs = ns;
  }

  rescheduleEvents(): void {
    let t = this.pendingGC ? this.nowNs : Number.POSITIVE_INFINITY;
    t = Math.min(t, this.gc.markEventNs, this.gc.sweepTickNs, this.scavenger.wakeAtNs, this.scvgAtNs);
    const force = this.forceGCAtNs();
    if (force < t) t = force;
    this.nextEventNs = t;
  }

  /** sysmon's periodic GC: 2 minutes after the last one, unless GOGC=off (facts §4). */
  private forceGCAtNs(): number {
    // Go: gcTrigger.test needs lastgc != 0, so there is no periodic GC before the first one.
    if (this.pacer.gcPercent < 0 || this.gc.phase !== 'off' || this.gc.numGC === 0)
      return Number.POSITIVE_INFINITY;
    return this.gc.lastGCNs + forceGCPeriodNs;
  }

  /** Runs every event due by now, each at its own time. */
  runDue(): void {
    for (let guard = 0; guard < 1_000_000; guard++) {
      if (this.pendingGC) {
        this.pendingGC = false;
        this.startGC('heap');
        this.rescheduleEvents();
        continue;
      }
      const now = this.nowNs;
      const gc = this.gc;
      if (gc.markEventNs <= now) {
        gc.onMarkEvent(gc.markEventNs);
        this.updateWallFactors();
      } else if (gc.sweepTickNs <= now) {
        gc.sweepTick(gc.sweepTickNs);
      } else if (this.scavenger.wakeAtNs <= now) {
        this.runScavenger(this.scavenger.wakeAtNs);
      } else if (this.forceGCAtNs() <= now) {
        this.startGC('time');
      } else if (this.scvgAtNs <= now) {
        this.sysmonScavenge(this.scvgAtNs);
      } else {
        this.rescheduleEvents();
        if (this.nextEventNs > now) return;
        continue;
      }
      this.rescheduleEvents();
    }
    throw new Error('heaplab: runtime event loop did not settle');
  }

  // ------------------------------------------------------------ GC entry points

  private startGC(trigger: 'heap' | 'time' | 'user'): void {
    if (this.gc.start(trigger)) this.updateWallFactors();
  }

  /** After heapLive grew (span refill or large object): trigger test, assists, sweep credit. */
  private heapLiveGrew(): void {
    const gc = this.gc;
    if (gc.phase === 'off') {
      if (!this.pendingGC && this.alloc.stats.heapLive >= this.pacer.trigger()) {
        this.pendingGC = true;
        this.nextEventNs = this.nowNs;
      }
    } else {
      const a = gc.assist();
      if (a > 0) this.nowNs += a;
    }
    if (!this.alloc.sweepDone) gc.deductSweepCredit();
  }

  /** Blocks the calling goroutine until `done()` (its P goes idle meanwhile). */
  private blockUntil(done: () => boolean): void {
    const busy = this.busyPs;
    this.setBusyPs(Math.max(0, busy - 1));
    while (!done()) {
      if (!Number.isFinite(this.nextEventNs)) throw new Error('heaplab: blocked with nothing left to run');
      this.nowNs = Math.max(this.nowNs, this.nextEventNs);
      this.runDue();
    }
    this.setBusyPs(busy);
  }

  /**
   * runtime.GC(): waits for a mark in progress, runs a full cycle, then
   * sweeps everything (facts §4 "runtime.GC()"); two cycles when one was running.
   */
  GC(): void {
    if (this.nowNs >= this.nextEventNs) this.runDue();
    const gc = this.gc;
    if (gc.phase === 'mark') {
      const n = gc.numGC;
      this.blockUntil(() => gc.numGC > n);
    }
    const n = gc.numGC;
    this.startGC('user');
    this.blockUntil(() => gc.numGC > n);
    gc.chargeSweep(() => this.alloc.finishSweep(), 'mutator');
    gc.onSweepDone();
    this.rescheduleEvents();
    if (this.debugInvariants) this.checkInvariants();
  }

  /** debug.FreeOSMemory(): runtime.GC(), then release every free page (facts §5). */
  freeOSMemory(): void {
    this.GC();
    const released = this.heap.scavengeAll();
    this.advanceWall(this.scavengeCostNs(released));
    if (this.version.scavenger === 'sysmon-scvg') {
      this.printScvg(-1, released);
    } else if (this.godebug.scavtrace > 0) {
      this.printScavTrace(released, true);
    }
    if (this.debugInvariants) this.checkInvariants();
  }

  /** debug.SetGCPercent: takes effect at once (the trigger and goal are recomputed). Returns the old value. */
  setGCPercent(v: number): number {
    this.pacer.sweepDistMinTrigger = this.alloc.sweepDone ? 0 : this.alloc.stats.heapLive + (1 << 20);
    const old = this.pacer.setGCPercent(v);
    this.afterPacingChange();
    if (this.gc.phase === 'mark' && v < 0) {
      // Go: after committing, turning the GC off waits for a mark in progress to finish.
      const n = this.gc.numGC;
      this.blockUntil(() => this.gc.numGC > n);
    }
    return old;
  }

  /** debug.SetMemoryLimit: negative only reads. Returns the old limit. */
  setMemoryLimit(v: number): number {
    if (v >= 0 && v < maxInt64 && !this.version.memoryLimit) {
      throw new Error(
        `${this.version.name} has no memory limit: GOMEMLIMIT and debug.SetMemoryLimit arrived in Go 1.19`,
      );
    }
    const old = this.pacer.setMemoryLimit(v);
    if (v >= 0 && this.gc) this.afterPacingChange();
    return old;
  }

  private afterPacingChange(): void {
    this.scavenger.pace({
      memoryLimit: this.pacer.memoryLimit,
      heapGoal: this.pacer.heapGoal(),
      lastHeapGoal: this.pacer.lastHeapGoal,
      lastHeapInUse: this.gc.lastHeapInUse,
      heapRetained: this.heap.heapRetainedBytes,
      mappedReady: this.mappedReadyBytes(),
    });
    if (this.version.scavenger === 'go1.19') this.heap.scavengeGoalBytes = this.scavenger.gcPercentGoal;
    if (this.gc.phase === 'off' && this.alloc.stats.heapLive >= this.pacer.trigger()) {
      this.pendingGC = true;
    }
    this.rescheduleEvents();
  }

  /** Called by the collector at each GC start. */
  clearPools(): void {
    for (const h of this.gcStartHooks) h();
  }

  /** Called by the collector when a cycle ends: statistics hooks and the gctrace line. */
  onCycleEnd(rec: GCCycleRecord): void {
    if (this.version.scavenger !== 'go1.19') this.heap.scavengeGoalBytes = Number.POSITIVE_INFINITY;
    if (this.godebug.gctrace > 0)
      this.emitTrace('gctrace', gcTraceSegments(rec, this.version.gctraceStacks), rec);
  }

  /** Called when sweeping finishes: the scav trace line and the scavenger's wake-up (Go: sweepone). */
  onSweepDone(): void {
    if (this.version.scavenger !== 'go1.19') return;
    if (this.godebug.scavtrace > 0) {
      const r = this.scavenger.releasedSinceTrace;
      this.scavenger.releasedSinceTrace = 0;
      this.printScavTrace(r, false);
    }
    this.scavenger.wake(this.nowNs + sysmonWakeDelayNs);
    this.rescheduleEvents();
  }

  traceEnabled(kind: 'gctrace' | 'scavtrace'): boolean {
    return this.godebug[kind] > 0;
  }

  emitTrace(
    kind: 'gctrace' | 'scavtrace',
    segments: TraceSegment[],
    cycle: GCCycleRecord | null,
    scav: ScavTraceRecord | null = null,
  ): void {
    const line: TraceLine = { tNs: this.nowNs, kind, text: segmentsText(segments), cycle, scav, segments };
    this.traceLog.push(line);
    this.onTrace?.(line);
  }

  private printScavTrace(released: number, forced: boolean): void {
    const rec: ScavTraceRecord = {
      releasedBytes: released,
      heapReleasedBytes: this.heap.heapReleasedBytes,
      heapInUseBytes: this.heap.heapInUseBytes,
      heapRetainedBytes: this.heap.heapRetainedBytes,
      forced,
      controllerReset: !forced && this.scavenger.printControllerReset,
    };
    if (rec.controllerReset) this.scavenger.printControllerReset = false;
    this.emitTrace('scavtrace', scavTraceSegments(rec), null, rec);
  }

  private printScvg(k: number, released: number): void {
    if (this.godebug.gctrace <= 0) return;
    const h = this.heap;
    for (const seg of scvgTraceSegments({
      k,
      releasedBytes: released,
      heapInUseBytes: h.heapInUseBytes,
      heapIdleBytes: h.heapFreeBytes + h.heapReleasedBytes,
      heapSysBytes: h.heapInUseBytes + h.heapFreeBytes + h.heapReleasedBytes,
      heapReleasedBytes: h.heapReleasedBytes,
    })) {
      this.emitTrace('gctrace', seg, null);
    }
  }

  // ------------------------------------------------------------ scavenging

  private scavengeCostNs(bytes: number): number {
    const c = this.cost;
    return (
      Math.ceil(bytes / scavengeQuantumBytes) * c.scavengeCallNs +
      (bytes / physPageBytes) * c.scavengePerPhysPageNs
    );
  }

  /** One batch of the background scavenger at time t (Go: `scavengerState.run`, then sleep or park). */
  private runScavenger(t: number): void {
    const sc = this.scavenger;
    sc.noteWoken(t, this.gomaxprocs);
    let worked = 0;
    let released = 0;
    while (worked < 1e6) {
      if (sc.shouldStop(this.heap.heapRetainedBytes, this.mappedReadyBytes())) break;
      const r = this.heap.scavenge(scavengeQuantumBytes);
      worked += this.scavengeCostNs(r) || this.cost.scavengeCallNs;
      released += r;
      if (r < scavengeQuantumBytes) break;
    }
    sc.afterBatch(t + worked, released, worked);
  }

  /** Go ≤ 1.12 sysmon: every 2.5 min, release pages free for over 5 min and print scvg lines. */
  private sysmonScavenge(t: number): void {
    const released = this.heap.scavengeIdleSince(t - scvgIdleLimitNs);
    this.printScvg(this.scvgCount++, released);
    this.scvgAtNs = t + scvgPeriodNs;
  }

  /** Allocation-path scavenging toward the memory limit (facts §5), skipped while the GC CPU limiter is on. */
  private limitScavengeBytes(): number {
    const limit = this.pacer.memoryLimit;
    if (limit >= maxInt64 || this.pacer.limiting) return 0;
    // mappedReady already counts the released pages this allocation reused (Go: inUse + scav > limit).
    const over = this.mappedReadyBytes() - limit;
    return Math.max(over, 0);
  }

  /** Sys − HeapReleased: memory the runtime holds ready (gcController.mappedReady; what the limit counts). */
  mappedReadyBytes(): number {
    return this.sysBytes() - this.heap.heapReleasedBytes;
  }

  /** MemStats.Sys without building the whole snapshot. */
  sysBytes(): number {
    const h = this.heap;
    const o = this.offheap;
    return (
      h.heapInUseBytes +
      h.heapFreeBytes +
      h.heapReleasedBytes +
      h.inStacksBytes +
      o.mspanSysBytes +
      o.mcacheSysBytes +
      o.buckHashSysBytes +
      o.gcSysBytes +
      o.otherSysBytes
    );
  }

  // ------------------------------------------------------------ goroutines and finalizers

  /** Creates a goroutine with the current starting stack size (Go: `newproc` → `malg`). */
  newGoroutine(): GRoots {
    const size = this.gc.startingStackBytes;
    const g: GRoots = {
      goid: this.nextGoid++,
      stackAddr: this.stacks.stackalloc(size),
      stackBytes: size,
      stackUsedBytes: Math.min(size, 512),
      slots: new RootSlots(),
    };
    this.roots.goroutines.set(g.goid, g);
    return g;
  }

  /** A goroutine exits: its stack is freed and its frames stop being roots. */
  exitGoroutine(g: GRoots): void {
    if (!this.roots.goroutines.delete(g.goid)) throw new Error(`goroutine ${g.goid} is not running`);
    this.stacks.stackfree(g.stackAddr, g.stackBytes);
  }

  /** The goroutine's frames need `usedBytes` of stack: grows it by doubling (Go: `newstack`). */
  setStackUsed(g: GRoots, usedBytes: number): void {
    g.stackUsedBytes = usedBytes;
    while (usedBytes + 928 > g.stackBytes) {
      g.stackAddr = this.stacks.copystack(g.stackAddr, g.stackBytes, g.stackBytes * 2);
      g.stackBytes *= 2;
    }
  }

  /** runtime.SetFinalizer(obj, f) with f identified by `fnId`; fnId < 0 clears it. */
  /**
   * runtime.SetFinalizer(obj, f) with f identified by `fnId`; fnId < 0 clears
   * it. `tinyElem`: the pointee type has no pointers and is under 16 bytes, so
   * (as Go allows) obj may point inside a tiny block.
   */
  setFinalizer(obj: number, fnId: number, tinyElem = false): void {
    // Go: a pointer to zerobase (a zero-size object) silently gets no finalizer.
    if (obj === zerobaseAddr) return;
    const base = this.alloc.findObject(obj);
    if (base === 0) throw new Error('runtime.SetFinalizer: pointer not in allocated block');
    if (base !== obj && !tinyElem) {
      throw new Error('runtime.SetFinalizer: pointer not at beginning of allocated block');
    }
    if (fnId < 0) {
      this.roots.finalizers.delete(obj);
      return;
    }
    if (this.roots.finalizers.has(obj)) throw new Error('runtime.SetFinalizer: finalizer already set');
    this.roots.finalizers.set(obj, fnId);
  }

  /** Takes the queued finalizers for the finalizer goroutine, which must root the objects while it runs them. */
  takeFinalizers(): [number, number][] {
    return this.roots.finq.splice(0);
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
      NextGC: this.pacer.heapGoal(gc.phase === 'mark'),
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
