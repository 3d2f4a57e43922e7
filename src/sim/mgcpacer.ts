// The GC pacer (Go: runtime/mgcpacer.go `gcControllerState`): heap goal,
// trigger, cons/mark estimate, memory-limit goal and the GC CPU limiter.
// Formulas from go-runtime-facts.md §4; the pre-1.18 rule for the go1.12
// profile from §4 "Heap goal" (goal = marked × (1 + GOGC/100), adaptive
// trigger ratio starting at 7/8).

import { PIController } from './mgcscavenge.ts';

/** defaultHeapMinimum (facts §4): the goal never drops below 4 MiB × GOGC/100. */
export const heapMinimumBytes = 4 << 20;
/** gcBackgroundUtilization (facts §4 "CPU split"). */
export const gcBackgroundUtilization = 0.25;
/** memoryLimitHeapGoalHeadroom in Go 1.19 (facts §4 "Final goal"). */
export const memoryLimitHeadroomBytes = 1 << 20;
/**
 * math.MaxInt64 as the "no limit" memory limit (facts §4 "GOGC / GOMEMLIMIT
 * parsing"), as the nearest double (2^63); byte counts here are doubles.
 */
export const maxInt64 = 2 ** 63;
/** GC CPU limiter bucket capacity per P: 1 CPU-second (facts §4, mgclimit.go). */
export const limiterCapacityPerProcNs = 1e9;

export type PacerRule = 'go1.18+' | 'pre-go1.18';

/** What the pacer reads from the heap when it computes the memory-limit goal. */
export interface PacerHeapView {
  /** Sys − HeapReleased: memory the runtime has mapped and ready (gcController.mappedReady). */
  mappedReadyBytes(): number;
  /** Free, unscavenged heap bytes (gcController.heapFree). */
  heapFreeBytes(): number;
  /** Bytes in allocated heap objects (HeapAlloc). */
  heapAllocBytes(): number;
}

export class GCController {
  /** GOGC; −1 = off. */
  gcPercent: number;
  /** Memory limit in bytes; maxInt64 = none. */
  memoryLimit = maxInt64;
  heapMinimum: number;
  /** Bytes marked by the last cycle (live heap). */
  heapMarked = 0;
  /** Stack bytes scanned last cycle; globals scanned (scannable data+bss). */
  lastStackScan = 0;
  globalsScan = 0;
  /** Heap bytes scanned last cycle. */
  lastHeapScan = 0;
  /** Goal computed from GOGC at the last commit. */
  gcPercentHeapGoal = 0;
  /**
   * Estimated allocation per unit of scan work (cons/mark), smoothed by Go
   * 1.19's PI controller (mgcpacer.go: kp 0.9, ti 4, tt 1000, output ±1000).
   */
  consMark = 0;
  readonly consMarkController = new PIController(0.9, 4.0, 1000, -1000, 1000);
  runway = 0;
  /** heapLive when the current cycle was triggered. */
  triggered = Number.POSITIVE_INFINITY;
  /** heapLive + 1 MiB at the last commit made while sweeping was unfinished, else 0. */
  sweepDistMinTrigger = 0;
  /** Goal of the previous cycle, for the scavenger (gcController.lastHeapGoal). */
  lastHeapGoal = 0;
  /** Pre-1.18 adaptive trigger ratio (Go 1.5–1.17 gcController.triggerRatio). */
  triggerRatio = 7 / 8;
  /** GC CPU limiter bucket (ns) and whether it is limiting. */
  limiterFill = 0;
  limiting = false;
  limiterEvents = 0;

  constructor(
    readonly rule: PacerRule,
    gcPercent: number,
    private readonly heap: PacerHeapView,
    private gomaxprocs: number,
  ) {
    this.gcPercent = gcPercent;
    this.heapMinimum = gcPercent < 0 ? 0 : Math.floor((heapMinimumBytes * gcPercent) / 100);
    this.commit();
  }

  /** debug.SetGCPercent / GOGC (facts §4 `setGCPercent`); returns the previous value. */
  setGCPercent(v: number): number {
    const old = this.gcPercent;
    this.gcPercent = v < 0 ? -1 : Math.floor(v);
    this.heapMinimum = this.gcPercent < 0 ? 0 : Math.floor((heapMinimumBytes * this.gcPercent) / 100);
    this.commit();
    return old;
  }

  /** debug.SetMemoryLimit; a negative value only reads (facts §4). Returns the previous value. */
  setMemoryLimit(v: number): number {
    const old = this.memoryLimit;
    if (v >= 0) this.memoryLimit = Math.min(v, maxInt64);
    this.cachedTrigger = -1;
    return old;
  }

  /** Recomputes the GOGC goal and runway (Go: `gcControllerState.commit`). */
  commit(): void {
    this.cachedTrigger = -1;
    if (this.gcPercent < 0) {
      this.gcPercentHeapGoal = Number.POSITIVE_INFINITY;
    } else if (this.rule === 'go1.18+') {
      this.gcPercentHeapGoal =
        this.heapMarked +
        Math.floor(((this.heapMarked + this.lastStackScan + this.globalsScan) * this.gcPercent) / 100);
    } else {
      this.gcPercentHeapGoal = this.heapMarked + Math.floor((this.heapMarked * this.gcPercent) / 100);
    }
    if (this.gcPercentHeapGoal < this.heapMinimum) this.gcPercentHeapGoal = this.heapMinimum;
    const u = gcBackgroundUtilization;
    this.runway = this.consMark * ((1 - u) / u) * (this.lastHeapScan + this.lastStackScan + this.globalsScan);
  }

  /** Go: `memoryLimitHeapGoal` (facts §4 "Final goal and the memory limit", 1.19 headroom rule). */
  memoryLimitHeapGoal(): number {
    const limit = this.memoryLimit;
    const mappedReady = this.heap.mappedReadyBytes();
    const nonHeap = Math.max(0, mappedReady - this.heap.heapFreeBytes() - this.heap.heapAllocBytes());
    const overage = mappedReady > limit ? mappedReady - limit : 0;
    if (nonHeap + overage >= limit) return this.heapMarked;
    let goal = limit - (nonHeap + overage);
    const headroom = memoryLimitHeadroomBytes;
    goal = goal < headroom || goal - headroom < headroom ? headroom : goal - headroom;
    return Math.max(goal, this.heapMarked);
  }

  /** The heap goal in force (Go: `heapGoalInternal`). */
  heapGoal(inCycle = false): number {
    return this.heapGoalInternal(inCycle)[0];
  }

  /**
   * Goal and the minimum trigger (Go: `heapGoalInternal`): in the
   * memory-limited regime neither the sweep distance nor the minimum runway
   * pushes the goal out.
   */
  private heapGoalInternal(inCycle: boolean): [number, number] {
    let goal = this.gcPercentHeapGoal;
    if (this.rule === 'go1.18+') {
      const ml = this.memoryLimitHeapGoal();
      if (ml < goal) return [ml, 0];
    }
    const sweepDistMinTrigger = this.sweepDistMinTrigger;
    goal = Math.max(goal, sweepDistMinTrigger);
    if (inCycle && goal < this.triggered + (64 << 10)) goal = this.triggered + (64 << 10);
    return [goal, sweepDistMinTrigger];
  }

  /** heapLive at which the next cycle starts (Go: `trigger`; facts §4 "Trigger"). */
  trigger(): number {
    // Without a memory limit the trigger only changes at commits (it is checked on every span refill).
    if (this.memoryLimit >= maxInt64 && this.cachedTrigger >= 0) return this.cachedTrigger;
    const t = this.computeTrigger();
    this.cachedTrigger = this.memoryLimit >= maxInt64 ? t : -1;
    return t;
  }

  /** Set by commits and limit changes: the next trigger() recomputes. */
  private cachedTrigger = -1;
  invalidateTrigger(): void {
    this.cachedTrigger = -1;
  }

  private computeTrigger(): number {
    const [goal, sweepDistMinTrigger] = this.heapGoalInternal(false);
    const marked = this.heapMarked;
    if (goal === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
    if (marked >= goal) return goal;
    if (this.rule === 'pre-go1.18') {
      return Math.max(marked + (goal - marked) * this.triggerRatio, sweepDistMinTrigger);
    }
    const minTrigger = Math.max(sweepDistMinTrigger, marked, marked + Math.floor((goal - marked) / 64) * 45);
    let maxTrigger = marked + Math.floor((goal - marked) / 64) * 61;
    if (goal > 4 << 20 && goal - (4 << 20) > maxTrigger) maxTrigger = goal - (4 << 20);
    maxTrigger = Math.max(maxTrigger, minTrigger);
    let trigger = goal - this.runway;
    if (this.runway > goal) trigger = minTrigger;
    if (trigger < minTrigger) trigger = minTrigger;
    if (trigger > maxTrigger) trigger = maxTrigger;
    return trigger;
  }

  /**
   * End of a cycle's mark phase (Go: `endCycle`): updates cons/mark from the
   * measured allocation during marking (1.18+), or the adaptive trigger ratio
   * (pre-1.18). User-forced cycles do not feed the estimate.
   */
  endCycle(c: {
    heapLive: number;
    markDurationNs: number;
    assistTimeNs: number;
    idleMarkTimeNs: number;
    scanWork: number;
    userForced: boolean;
  }): void {
    if (c.userForced || c.markDurationNs <= 0 || c.heapLive <= this.triggered) return;
    const procs = this.gomaxprocs;
    let utilization = gcBackgroundUtilization;
    utilization += c.assistTimeNs / (c.markDurationNs * procs);
    const idleUtilization = c.idleMarkTimeNs / (c.markDurationNs * procs);
    if (this.rule === 'pre-go1.18') {
      // Go 1.5–1.17: triggerError = goalGrowth − triggerRatio − u/0.30·(actualGrowth − triggerRatio), where
      // goalGrowth is the effective (goal − marked)/marked, heap minimum included, and 0.30 is gcGoalUtilization.
      const marked = this.heapMarked;
      const goalGrowth = marked > 0 ? (this.gcPercentHeapGoal - marked) / marked : this.gcPercent / 100;
      const actualGrowth = marked > 0 ? c.heapLive / marked - 1 : goalGrowth;
      const err = goalGrowth - this.triggerRatio - (utilization / 0.3) * (actualGrowth - this.triggerRatio);
      this.triggerRatio = Math.min(
        0.95 * goalGrowth,
        Math.max(0.6 * goalGrowth, this.triggerRatio + 0.5 * err),
      );
      return;
    }
    if (c.scanWork <= 0) return;
    const current =
      ((c.heapLive - this.triggered) * (utilization + idleUtilization)) / (c.scanWork * (1 - utilization));
    const next = this.consMarkController.next(this.consMark, current, 1.0);
    this.consMark = Number.isNaN(next) ? 0 : next;
  }

  /** GOMAXPROCS changed (procresize). */
  setGomaxprocs(n: number): void {
    this.gomaxprocs = n;
  }

  /**
   * GC CPU limiter (facts §4, mgclimit.go): a leaky bucket filled by GC CPU
   * time and drained by mutator time, capacity GOMAXPROCS CPU-seconds. While
   * full, assists stop and allocation-path limit scavenging is skipped.
   */
  limiterUpdate(gcCpuNs: number, totalCpuNs: number): void {
    const mutator = totalCpuNs - gcCpuNs;
    const cap = this.gomaxprocs * limiterCapacityPerProcNs;
    this.limiterFill = Math.min(cap, Math.max(0, this.limiterFill + gcCpuNs - mutator));
    const was = this.limiting;
    this.limiting = this.limiterFill >= cap;
    if (this.limiting && !was) this.limiterEvents++;
  }
}

/** Parses GOGC as Go does (facts §4): "off" → −1, an integer → itself, anything else → 100. */
export function parseGOGC(v: string | undefined): number {
  if (v === undefined || v === '') return 100;
  if (v === 'off') return -1;
  if (!/^[+-]?\d+$/.test(v)) return 100;
  const n = Number.parseInt(v, 10);
  return n < 0 ? -1 : n;
}

const limitSuffixes: Record<string, number> = {
  B: 1,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40,
};

/**
 * Parses GOMEMLIMIT (facts §4): unset or "off" → no limit; a byte count with
 * an optional B/KiB/MiB/GiB/TiB suffix. Go exits with "malformed GOMEMLIMIT"
 * otherwise; here that is an Error with the same words.
 */
export function parseGOMEMLIMIT(v: string | undefined): number {
  if (v === undefined || v === '' || v === 'off') return maxInt64;
  const m = /^(\d+)(B|KiB|MiB|GiB|TiB)?$/.exec(v);
  if (!m) throw new Error(`malformed GOMEMLIMIT; see \`go doc runtime/debug.SetMemoryLimit\`: "${v}"`);
  const n = Number(m[1]) * limitSuffixes[m[2] ?? 'B'];
  return Math.min(n, maxInt64);
}
