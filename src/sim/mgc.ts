// The garbage collector (Go 1.19 runtime/mgc.go, mgcmark.go, mgcsweep.go;
// facts §4, §7, §10): concurrent, tri-colour, non-moving mark-sweep laid out
// in simulated time.
//
// A cycle:
//   1. gcStart: the triggering goroutine finishes the previous sweep, then
//      sweep termination stops the world (STW 1).
//   2. Mark. The reachable set is computed at the start (roots → drain on a
//      typed-array grey stack). With Go's hybrid write barrier everything
//      reachable at the start survives and new objects are allocated black,
//      so computing the snapshot at once gives the same marked set; what takes
//      time is the work, which is costed (cost.ts) and paid over simulated
//      time by the 25% background workers, idle Ps and mutator assists.
//   3. Mark termination (STW 2): pacer update, gctrace line, sweepgen += 2.
//   4. Sweep: lazily on allocation (mcentral, proportional sweep credit,
//      reclaim before large allocations) and by the background sweeper on
//      idle Ps. When sweeping ends the scavenger is woken.
// Finalizers: objects with a finalizer have their referents marked (not
// themselves); an unreached one is resurrected, its finalizer queued once and
// removed, so the object is freed by a later cycle, and a cycle through an
// object with a finalizer is never collected (facts §10).

import { type GCCycleRecord, gcForcedExplain, gcForcedLine } from './gctrace.ts';
import { gcBackgroundUtilization } from './mgcpacer.ts';
import { pageBytes } from './mpagealloc.ts';
import { mSpanInUse } from './mspan.ts';
import type { RootSlots } from './roots.ts';
import type { Runtime } from './runtime.ts';
import { stackMinBytes } from './stack.ts';

/** _StackGuard on linux/amd64, used by the adaptive starting stack size (Go 1.19). */
export const stackGuardBytes = 928;
/** forcegcperiod: 2 minutes (facts §4 "Periodic GC"). */
export const forceGCPeriodNs = 120e9;
/**
 * Share of an idle P that its idle mark worker gets: real 2-P runs show 0.63–0.68
 * (the worker yields whenever the scheduler finds other work on that P).
 */
export const idleMarkShare = 0.64;
/** maxOvershoot in `revise`: assists aim at 1.1 × the goal once heapLive has passed it. */
export const maxAssistOvershoot = 1.1;
/** _StackLimit on linux/amd64: _StackGuard − _StackSmall. */
export const stackLimitBytes = 800;
/** forcePreemptNS: sysmon preempts a goroutine running this long (proc.go). */
export const forcePreemptNs = 10e6;
/** sweepMinHeapDistance: proportional sweep keeps 1 MiB of slack. */
export const sweepMinHeapDistanceBytes = 1 << 20;

export type GCTrigger = 'heap' | 'time' | 'user';

/** Counts of one mark: what the cost model charges and gctrace prints. */
interface MarkResult {
  markedBytes: number;
  /** Bytes of objects kept only for their finalizers (marked, not counted as live). */
  resurrectedBytes: number;
  markedObjects: number;
  heapScanBytes: number;
  stackScanBytes: number;
  maxStackBytes: number;
  globalsScanBytes: number;
}

export class Collector {
  phase: 'off' | 'mark' = 'off';
  /** Completed cycles (MemStats.NumGC) and user-forced ones. */
  numGC = 0;
  numForcedGC = 0;
  /** Every finished cycle, in order (the full timeline keeps them all). */
  readonly cycles: GCCycleRecord[] = [];
  pauseTotalNs = 0;
  readonly pauseNs = new Float64Array(256);
  readonly pauseEnd = new Float64Array(256);
  lastGCUnixNs = 0;
  /** Simulated time of the last mark termination (Go: memstats.last_gc_nanotime). */
  lastGCNs = 0;
  /** work.totaltime: GC CPU excluding idle marking, summed over cycles. */
  totalGCCpuNs = 0;
  gcCPUFraction = 0;
  /** When the GC CPU limiter's bucket was last updated. */
  private limiterUpdatedNs = 0;
  /** HeapInuse recorded at the last mark termination (Go: memstats.lastHeapInUse), for the scavenger. */
  lastHeapInUse = 0;
  /** Go 1.19 adaptive starting stack size (gcComputeStartingStackSize). */
  startingStackBytes = stackMinBytes;

  // The cycle in progress.
  private trigger: GCTrigger = 'heap';
  private startNs = 0;
  private stw1Ns = 0;
  private markStartNs = 0;
  private heap0 = 0;
  private mark: MarkResult | null = null;
  /** Mark work left, in CPU ns, and when it was last brought up to date. */
  private markRemainingNs = 0;
  private markProgressNs = 0;
  /** Background work not yet claimed by allocations (Go: bgScanCredit), CPU ns. */
  private bgCreditNs = 0;
  private assistNs = 0;
  private bgNs = 0;
  private idleNs = 0;
  /** heapLive already charged for assists. */
  private assistHeapLive = 0;
  /** When marking will finish at the current rates, and the next mark event (that, or a rate change). */
  markDoneNs = Number.POSITIVE_INFINITY;
  markEventNs = Number.POSITIVE_INFINITY;

  /** The mark event at `t`: either the end of marking or a change of the worker split. */
  onMarkEvent(t: number): void {
    if (t >= this.markDoneNs) {
      this.finishMark();
      return;
    }
    this.progress(t);
    this.rescheduleMark();
  }

  // Sweeping.
  private sweepPagesPerByte = 0;
  private sweepHeapLiveBasis = 0;
  /** Background sweeper's next time slice. */
  sweepTickNs = Number.POSITIVE_INFINITY;
  private lastSweepTickNs = 0;

  private grey = new Float64Array(1 << 12);
  private greyLen = 0;

  constructor(private readonly rt: Runtime) {}

  // ---------------------------------------------------------------- helpers

  /**
   * CPUs given to marking and the mutator's speed (Go: `startCycle`, facts
   * §4 "CPU split"): round(0.25 × GOMAXPROCS) dedicated workers, or one fewer
   * plus a fractional worker when that is off by more than 30%. The
   * fractional worker and the idle workers run on Ps with no user goroutine;
   * only when there is none, or once sysmon has preempted the running
   * goroutines (every 10 ms), does it also take its share of the mutator's
   * Ps. Real 2-P runs: a 10 ms mark beside one busy goroutine gets 0.26 CPU
   * of background marking and 0.64 idle; a 350 ms mark gets 0.5 and 0.6.
   */
  private split(): { bg: number; idle: number; mutatorSpeed: number } {
    const procs = this.rt.gomaxprocs;
    const goal = procs * gcBackgroundUtilization;
    let dedicated = Math.floor(goal + 0.5);
    let fractional = 0;
    if (Math.abs(dedicated - goal) / goal > 0.3) {
      if (dedicated > goal) dedicated--;
      fractional = (goal - dedicated) / procs;
    }
    const busy = Math.min(this.rt.busyPs, procs);
    const free = procs - dedicated;
    const idleProcs = Math.max(0, free - busy);
    const preempted = this.markProgressNs - this.markStartNs >= forcePreemptNs;
    const r = this.rates;
    r.idle = idleProcs * idleMarkShare;
    if (idleProcs > 0 && !preempted) {
      r.bg = dedicated + fractional * idleProcs;
      r.mutatorSpeed = 1;
    } else {
      r.bg = dedicated + fractional * free;
      r.mutatorSpeed = (busy <= free ? 1 : free / busy) * (1 - fractional);
    }
    return r;
  }
  /** split()'s result, reused: it runs on every heapLive growth while marking. */
  private readonly rates = { bg: 0, idle: 0, mutatorSpeed: 1 };

  /** Wall-clock factor for mutator work while marking (1 when off). */
  mutatorWallFactor(): number {
    if (this.phase !== 'mark') return 1;
    return 1 / this.split().mutatorSpeed;
  }

  // ---------------------------------------------------------------- start

  /** Go: `gcStart`. Returns false when a cycle is already running. */
  start(trigger: GCTrigger): boolean {
    if (this.phase !== 'off') return false;
    const rt = this.rt;
    const alloc = rt.alloc;
    // The triggering goroutine finishes the last cycle's sweep (Go: sweepone loop before STW).
    this.chargeSweep(() => alloc.finishSweep(), 'mutator');
    this.onSweepDone();
    if (trigger === 'time' && rt.traceEnabled('gctrace')) {
      rt.emitTrace('gctrace', [{ text: gcForcedLine, field: 'forced', explain: gcForcedExplain }], null);
    }
    this.trigger = trigger;
    this.startNs = rt.nowNs;
    this.stw1Ns = rt.cost.stwSweepTermNs;
    this.heap0 = alloc.stats.heapLive;
    rt.pacer.triggered = this.heap0;
    rt.clearPools();
    this.phase = 'mark';
    this.mark = this.markSnapshot();
    alloc.allocBlack = true;
    alloc.blackAllocBytes = 0;
    rt.advanceWall(this.stw1Ns);
    this.markStartNs = rt.nowNs;
    const c = rt.cost;
    const m = this.mark;
    this.markRemainingNs =
      m.markedObjects * c.markPerObjectNs +
      (m.heapScanBytes + m.stackScanBytes + m.globalsScanBytes) * c.scanPerByteNs;
    this.markProgressNs = rt.nowNs;
    this.bgCreditNs = 0;
    this.assistNs = 0;
    this.bgNs = 0;
    this.idleNs = 0;
    this.assistHeapLive = alloc.stats.heapLive;
    this.rescheduleMark();
    return true;
  }

  /** Brings background and idle marking up to `now`. */
  progress(now: number): void {
    if (this.phase !== 'mark' || now <= this.markProgressNs) return;
    const { bg, idle } = this.split();
    const dt = now - this.markProgressNs;
    this.markProgressNs = now;
    const rate = bg + idle;
    if (rate <= 0) return;
    const work = Math.min(this.markRemainingNs, dt * rate);
    const bgWork = (work * bg) / rate;
    // Dedicated/fractional workers run for the whole mark phase; idle workers only while work is left.
    this.bgNs += dt * bg;
    this.idleNs += work - bgWork;
    this.markRemainingNs -= work;
    this.bgCreditNs += work;
  }

  /** Re-derives when marking ends (after rates or remaining work changed). */
  rescheduleMark(): void {
    if (this.phase !== 'mark') {
      this.markDoneNs = Number.POSITIVE_INFINITY;
      this.markEventNs = Number.POSITIVE_INFINITY;
      return;
    }
    const { bg, idle } = this.split();
    const rate = bg + idle;
    this.markDoneNs =
      this.markRemainingNs <= 0
        ? this.markProgressNs
        : rate > 0
          ? this.markProgressNs + this.markRemainingNs / rate
          : Number.POSITIVE_INFINITY;
    // The worker split changes when sysmon first preempts the mutator: re-plan then.
    const preemptAt = this.markStartNs + forcePreemptNs;
    this.markEventNs =
      this.markProgressNs < preemptAt ? Math.min(this.markDoneNs, preemptAt) : this.markDoneNs;
    this.rt.rescheduleEvents();
  }

  /**
   * Allocation while marking: the allocating goroutine owes scan work in
   * proportion to heapLive growth (Go: `gcAssistAlloc`, assistWorkPerByte =
   * remaining work / heap left to the goal); background credit pays first.
   * Returns the assist CPU ns charged to the mutator.
   */
  assist(): number {
    const rt = this.rt;
    const live = rt.alloc.stats.heapLive;
    const grown = live - this.assistHeapLive;
    this.assistHeapLive = live;
    if (grown <= 0 || this.markRemainingNs <= 0 || rt.pacer.limiting) return 0;
    this.progress(rt.nowNs);
    // Go: `revise` — past the soft goal, assists pace against the hard goal (goal × 1.1, maxOvershoot).
    let goal = rt.pacer.heapGoal(true);
    if (live > goal) goal *= maxAssistOvershoot;
    const heapLeft = Math.max(goal - live, 8192);
    const debt = (grown * this.markRemainingNs) / heapLeft;
    if (this.bgCreditNs >= debt) {
      this.bgCreditNs -= debt;
      return 0;
    }
    const need = Math.min(debt - this.bgCreditNs, this.markRemainingNs);
    this.bgCreditNs = 0;
    this.markRemainingNs -= need;
    this.assistNs += need;
    this.rescheduleMark();
    return need;
  }

  // ---------------------------------------------------------------- mark

  private pushGrey(base: number): void {
    if (this.greyLen === this.grey.length) {
      const g = new Float64Array(this.grey.length * 2);
      g.set(this.grey);
      this.grey = g;
    }
    this.grey[this.greyLen++] = base;
  }

  /**
   * Marks the object containing `addr` (Go: `greyobject` after `findObject`).
   * Pointers outside allocated heap objects (stacks, zerobase, freed slots)
   * are ignored. Returns the object's bytes when newly marked, else 0.
   */
  private markAddr(addr: number, m: MarkResult): number {
    const heap = this.rt.heap;
    const s = heap.spanOfAddr(addr);
    if (s < 0) return 0;
    const spans = heap.spans;
    if (spans.state[s] !== mSpanInUse) return 0;
    const elemsize = spans.elemsize[s];
    const spanBase = heap.spanBase(s);
    const slot = Math.floor((addr - spanBase) / elemsize);
    if (slot >= spans.nelems[s] || !spans.isAllocated(s, slot)) return 0;
    if (!spans.setMarked(s, slot)) return 0;
    m.markedBytes += elemsize;
    m.markedObjects++;
    if ((spans.spanclass[s] & 1) === 0) this.pushGrey(spanBase + slot * elemsize);
    return elemsize;
  }

  /** Scans one object's pointer words, marking what they point to (Go: `scanobject`). */
  private scanObject(base: number, m: MarkResult): void {
    const heap = this.rt.heap;
    const s = heap.spanOfAddr(base);
    const elemsize = heap.spans.elemsize[s];
    m.heapScanBytes += elemsize;
    const data = this.rt.alloc.data;
    const w = s < data.ptrWords.length ? data.ptrWords[s] : null;
    if (!w) return;
    const first = (base - heap.spanBase(s)) / 8;
    const last = first + elemsize / 8;
    for (let i = first; i < last; i++) {
      const p = w[i];
      if (p !== 0) this.markAddr(p, m);
    }
  }

  private drain(m: MarkResult): void {
    while (this.greyLen > 0) this.scanObject(this.grey[--this.greyLen], m);
  }

  private markSlots(slots: RootSlots, m: MarkResult): void {
    for (let i = 0; i < slots.len; i++) {
      const p = slots.words[i];
      if (p !== 0) this.markAddr(p, m);
    }
  }

  /** Roots, drain, finalizers (Go: markroot jobs, gcDrain, then the sweeper's finalizer queueing). */
  private markSnapshot(): MarkResult {
    const rt = this.rt;
    const roots = rt.roots;
    const m: MarkResult = {
      markedBytes: 0,
      resurrectedBytes: 0,
      markedObjects: 0,
      heapScanBytes: 0,
      stackScanBytes: 0,
      maxStackBytes: 0,
      globalsScanBytes: roots.globalsScanBytes,
    };
    this.markSlots(roots.globals, m);
    this.markSlots(roots.internal, m);
    let scannedStacks = 0;
    for (const g of roots.goroutines.values()) {
      this.markSlots(g.slots, m);
      m.stackScanBytes += g.stackUsedBytes;
      scannedStacks++;
      // Go 1.19 shrinks a stack using under a quarter of it to half, at scan time (facts §10).
      // Go: shrinkstack — only when used + _StackLimit (800 B of nosplit room) is under a quarter.
      if (
        rt.stackShrinking &&
        g.stackBytes > stackMinBytes &&
        g.stackUsedBytes + stackLimitBytes < g.stackBytes / 4
      ) {
        const half = g.stackBytes / 2;
        g.stackAddr = rt.stacks.copystack(g.stackAddr, g.stackBytes, half);
        g.stackBytes = half;
      }
      m.maxStackBytes += g.stackBytes;
    }
    m.maxStackBytes += rt.systemGoroutineStackBytes;
    for (const [obj] of roots.finq) this.markAddr(obj, m);
    for (const t of roots.timers.values()) {
      if (!(t.chanTimer && rt.version.timersCollectable)) this.markAddr(t.addr, m);
    }
    // Objects with finalizers: mark what they reach, not themselves.
    for (const obj of roots.finalizers.keys()) {
      const base = rt.alloc.findObject(obj);
      if (base !== 0 && (rt.heap.spans.spanclass[rt.heap.spanOfAddr(base)] & 1) === 0)
        this.scanObject(base, m);
    }
    this.drain(m);
    // Unreached objects with a finalizer: queue every such finalizer once (several can share a tiny
    // block), then resurrect the objects (Go: sweep → queuefinalizer, marking them without counting
    // their bytes in bytesMarked).
    const ready: [number, number, number][] = [];
    for (const [obj, fn] of roots.finalizers) {
      const base = rt.alloc.findObject(obj);
      if (base === 0) {
        roots.finalizers.delete(obj);
        continue;
      }
      if (!this.isMarkedAddr(base)) ready.push([obj, fn, base]);
    }
    for (const [obj, fn, base] of ready) {
      roots.finalizers.delete(obj);
      roots.finq.push([obj, fn]);
      const before = m.markedBytes;
      this.markAddr(base, m);
      this.drain(m);
      m.resurrectedBytes += m.markedBytes - before;
    }
    if (rt.version.timersCollectable) {
      for (const [id, t] of roots.timers) {
        if (t.chanTimer && rt.alloc.findObject(t.addr) !== 0 && !this.isMarkedAddr(t.addr))
          roots.timers.delete(id);
      }
    }
    // Go 1.19: next goroutines start at the average scanned stack + guard, rounded to a power of two.
    if (rt.version.adaptiveStackStart && scannedStacks > 0) {
      const avg = m.stackScanBytes / scannedStacks + stackGuardBytes;
      let size = stackMinBytes;
      while (size < avg) size *= 2;
      this.startingStackBytes = size;
    }
    return m;
  }

  private isMarkedAddr(addr: number): boolean {
    const heap = this.rt.heap;
    const s = heap.spanOfAddr(addr);
    const slot = Math.floor((addr - heap.spanBase(s)) / heap.spans.elemsize[s]);
    return heap.spans.isMarked(s, slot);
  }

  // ---------------------------------------------------------------- mark termination

  /** Go: `gcMarkDone` + `gcMarkTermination`, at the time marking finished. */
  finishMark(): void {
    const rt = this.rt;
    const alloc = rt.alloc;
    const pacer = rt.pacer;
    const m = this.mark!;
    this.progress(this.markDoneNs);
    const markEnd = Math.max(rt.nowNs, this.markDoneNs);
    rt.setWall(markEnd);
    const markNs = markEnd - this.markStartNs;
    const heap1 = alloc.stats.heapLive;
    const heapMarked = m.markedBytes - m.resurrectedBytes + alloc.blackAllocBytes;
    alloc.allocBlack = false;
    this.phase = 'off';
    this.markDoneNs = Number.POSITIVE_INFINITY;
    this.markEventNs = Number.POSITIVE_INFINITY;
    const stw2 = rt.cost.stwMarkTermNs;
    rt.advanceWall(stw2);
    const procs = rt.gomaxprocs;
    const scanWork = m.heapScanBytes + m.stackScanBytes + m.globalsScanBytes;
    pacer.endCycle({
      heapLive: heap1,
      markDurationNs: markNs,
      assistTimeNs: this.assistNs,
      idleMarkTimeNs: this.idleNs,
      scanWork,
      userForced: this.trigger === 'user',
    });
    // Go: endCycle records lastHeapGoal = heapGoal(), the goal in force during the cycle.
    const cycleGoal = pacer.heapGoal(true);
    pacer.lastHeapGoal = cycleGoal;
    const lastHeapInUse = rt.heap.heapInUseBytes;
    this.lastHeapInUse = lastHeapInUse;
    // Sweeping starts: every span becomes unswept; mcaches are flushed (Go: prepareForSweep).
    alloc.advanceSweepgen();
    this.noteSweepStarted();
    alloc.stats.heapLive = heapMarked;
    pacer.heapMarked = heapMarked;
    pacer.lastHeapScan = m.heapScanBytes;
    pacer.lastStackScan = m.stackScanBytes;
    pacer.globalsScan = m.globalsScanBytes;
    pacer.sweepDistMinTrigger = heapMarked + sweepMinHeapDistanceBytes;
    pacer.commit();
    const nextGoal = pacer.heapGoal();
    rt.scavenger.pace({
      memoryLimit: pacer.memoryLimit,
      heapGoal: nextGoal,
      lastHeapGoal: cycleGoal,
      lastHeapInUse,
      heapRetained: rt.heap.heapRetainedBytes,
      mappedReady: rt.mappedReadyBytes(),
    });
    rt.heap.scavengeGoalBytes = rt.scavenger.gcPercentGoal;
    // Proportional sweep pacing (Go: gcPaceSweeper).
    const trigger = pacer.trigger();
    let heapDistance = trigger - heapMarked - sweepMinHeapDistanceBytes;
    if (heapDistance < pageBytes) heapDistance = pageBytes;
    this.sweepPagesPerByte = Number.isFinite(heapDistance)
      ? rt.heap.heapInUseBytes / pageBytes / heapDistance
      : 0;
    this.sweepHeapLiveBasis = heapMarked;
    // Statistics and the trace line.
    const now = rt.nowNs;
    this.numGC++;
    if (this.trigger === 'user') this.numForcedGC++;
    const pause = this.stw1Ns + stw2;
    const unixNow = rt.startUnixNs + now;
    this.pauseNs[(this.numGC - 1) % 256] = pause;
    this.pauseEnd[(this.numGC - 1) % 256] = unixNow;
    this.pauseTotalNs += pause;
    this.lastGCUnixNs = unixNow;
    this.lastGCNs = now;
    const cycleCpu = procs * this.stw1Ns + this.assistNs + this.bgNs + procs * stw2;
    this.totalGCCpuNs += cycleCpu;
    this.gcCPUFraction = now > 0 ? this.totalGCCpuNs / (now * procs) : 0;
    // The limiter's window is everything since its last update, so mutator time between cycles drains it.
    pacer.limiterUpdate(cycleCpu, (now - this.limiterUpdatedNs) * procs);
    this.limiterUpdatedNs = now;
    const rec: GCCycleRecord = {
      n: this.numGC,
      startNs: this.startNs,
      endNs: now,
      cpuPercent: Math.floor(this.gcCPUFraction * 100),
      stwSweepTermNs: this.stw1Ns,
      markNs,
      stwMarkTermNs: stw2,
      stwSweepTermCpuNs: procs * this.stw1Ns,
      assistCpuNs: this.assistNs,
      bgCpuNs: this.bgNs,
      idleCpuNs: this.idleNs,
      stwMarkTermCpuNs: procs * stw2,
      heap0Bytes: this.heap0,
      heap1Bytes: heap1,
      heap2Bytes: heapMarked,
      goalBytes: cycleGoal,
      stacksBytes: m.maxStackBytes,
      globalsBytes: m.globalsScanBytes,
      procs,
      trigger: this.trigger,
      markedObjects: m.markedObjects,
      heapScanBytes: m.heapScanBytes,
    };
    this.cycles.push(rec);
    this.mark = null;
    rt.onCycleEnd(rec);
    // The background sweeper starts on idle Ps.
    this.lastSweepTickNs = now;
    this.sweepTickNs = now;
    rt.rescheduleEvents();
  }

  // ---------------------------------------------------------------- sweep

  /** Runs `f` (which sweeps) and charges its cost to the mutator's wall time or returns it. */
  chargeSweep(f: () => void, who: 'mutator' | 'none'): number {
    const alloc = this.rt.alloc;
    const spans0 = alloc.sweptSpans;
    const slots0 = alloc.sweptSlots;
    f();
    const c = this.rt.cost;
    const ns = (alloc.sweptSpans - spans0) * c.sweepSpanNs + (alloc.sweptSlots - slots0) * c.sweepPerSlotNs;
    if (who === 'mutator' && ns > 0) this.rt.advanceWall(ns);
    return ns;
  }

  /**
   * Go: `deductSweepCredit` — before the heap grows by a span, sweep enough
   * pages to stay on the proportional-sweep schedule.
   */
  deductSweepCredit(): void {
    const alloc = this.rt.alloc;
    if (alloc.sweepDone || this.sweepPagesPerByte === 0) return;
    const target = this.sweepPagesPerByte * (alloc.stats.heapLive - this.sweepHeapLiveBasis);
    if (alloc.pagesSwept >= target) return;
    this.chargeSweep(() => {
      while (alloc.pagesSwept < target && alloc.sweepOne() >= 0) {}
    }, 'mutator');
    if (alloc.sweepDone) this.onSweepDone();
  }

  /** Background sweeper's slice: sweeps with the idle CPU since the last tick. */
  sweepTick(now: number): void {
    const rt = this.rt;
    const alloc = rt.alloc;
    if (alloc.sweepDone) {
      this.sweepTickNs = Number.POSITIVE_INFINITY;
      return;
    }
    const idleProcs = Math.max(0, rt.gomaxprocs - Math.min(rt.busyPs, rt.gomaxprocs));
    // Go's bgsweep yields to other work; with no idle P it gets little time.
    const cpus = idleProcs > 0 ? idleProcs : 0.05;
    let budget = (now - this.lastSweepTickNs) * cpus;
    this.lastSweepTickNs = now;
    const c = rt.cost;
    while (budget > 0) {
      const s0 = alloc.sweptSlots;
      if (alloc.sweepOne() < 0) break;
      budget -= c.sweepSpanNs + (alloc.sweptSlots - s0) * c.sweepPerSlotNs;
    }
    if (alloc.sweepDone) this.onSweepDone();
    else this.sweepTickNs = now + 1e6;
  }

  /** Sweeping finished: sweep stats, scavenger wake-up and the scav trace line (Go: mgcsweep.go). */
  private sweepDoneSeen = true;
  onSweepDone(): void {
    this.sweepTickNs = Number.POSITIVE_INFINITY;
    if (this.sweepDoneSeen) return;
    this.sweepDoneSeen = true;
    this.rt.onSweepDone();
  }

  /** Called when a new sweep generation begins. */
  noteSweepStarted(): void {
    this.sweepDoneSeen = false;
  }
}
