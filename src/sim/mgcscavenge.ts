// The background scavenger (Go 1.19 runtime/mgcscavenge.go; facts §5): its
// goals, recomputed at every mark termination, and its pacing: work at least
// 1 ms, then sleep worked/sleepRatio, with a PI controller steering the CPU
// fraction to 1% of GOMAXPROCS × wall time. The runtime drives it from its
// event loop (Runtime.runScavenger); this file holds the state and the math.

/** scavengePercent: 1% of total CPU capacity (facts §5 "Pacing"). */
export const scavengePercent = 1;
/** retainExtraPercent: keep 10% over what the next goal needs. */
export const retainExtraPercent = 10;
/** reduceExtraPercent: aim 5% under the memory limit. */
export const reduceExtraPercent = 5;
/** scavengeQuantum: bytes asked per scavenge call. */
export const scavengeQuantumBytes = 64 << 10;
/** minScavWorkTime: each batch works at least 1 ms. */
export const minScavWorkTimeNs = 1e6;
/** startingScavSleepRatio (also the fallback after a controller failure). */
export const startingScavSleepRatio = 0.001;
/** Linux/amd64 physical page. */
export const physPageBytes = 4096;

/** Go: `piController` (mgcpacer.go), used with kp 0.3375, ti 3.2e6, tt 1e9, output 0.001…1000. */
export class PIController {
  errIntegral = 0;
  constructor(
    readonly kp: number,
    readonly ti: number,
    readonly tt: number,
    readonly min: number,
    readonly max: number,
  ) {}

  /** Returns the new output, or NaN when the controller's state overflowed and was reset. */
  next(input: number, setpoint: number, period: number): number {
    const prop = this.kp * (setpoint - input);
    const raw = prop + this.errIntegral;
    if (!Number.isFinite(raw)) {
      this.errIntegral = 0;
      return Number.NaN;
    }
    const out = Math.min(this.max, Math.max(this.min, raw));
    if (this.ti !== 0 && this.tt !== 0) {
      this.errIntegral +=
        ((this.kp * period) / this.ti) * (setpoint - input) + (period / this.tt) * (out - raw);
      if (!Number.isFinite(this.errIntegral)) {
        this.errIntegral = 0;
        return Number.NaN;
      }
    }
    return out;
  }
}

export type ScavengerState = 'parked' | 'sleeping';

export class Scavenger {
  /** Retained-heap goal from GOGC; Infinity = nothing to do (Go stores ^0). */
  gcPercentGoal = Number.POSITIVE_INFINITY;
  /** mappedReady goal from the memory limit; Infinity = disabled. */
  memoryLimitGoal = Number.POSITIVE_INFINITY;
  state: ScavengerState = 'parked';
  /** When a sleeping scavenger's timer fires, or a woken one runs (ns since start). */
  wakeAtNs = Number.POSITIVE_INFINITY;
  sleepRatio = startingScavSleepRatio;
  readonly controller = new PIController(0.3375, 3.2e6, 1e9, 0.001, 1000);
  controllerCooldownNs = 0;
  printControllerReset = false;
  /** Bytes released by the background scavenger since the last scav trace line. */
  releasedSinceTrace = 0;
  /** Background totals: bytes released and CPU ns worked. */
  releasedTotalBytes = 0;
  workedTotalNs = 0;
  /** Last batch's work, and when its sleep began (for the controller). */
  private lastWorkedNs = 0;
  private sleepStartNs = 0;

  /**
   * Go: `gcPaceScavenger`, called at mark termination. Go 1.19.8 computes the
   * limit goal as limit × (100 − 5) — 95 × the limit, so the background
   * scavenger never works toward the limit (fixed later, golang/go#62449).
   * heaplab models the intended limit × 0.95; lessons point out the bug.
   */
  pace(p: {
    memoryLimit: number;
    heapGoal: number;
    lastHeapGoal: number;
    lastHeapInUse: number;
    heapRetained: number;
    mappedReady: number;
  }): void {
    const limitGoal = Math.floor(p.memoryLimit * (1 - reduceExtraPercent / 100));
    this.memoryLimitGoal = p.mappedReady <= limitGoal ? Number.POSITIVE_INFINITY : limitGoal;
    if (p.lastHeapGoal === 0 || !Number.isFinite(p.heapGoal)) {
      this.gcPercentGoal = Number.POSITIVE_INFINITY;
      return;
    }
    let goal = Math.floor(p.lastHeapInUse * (p.heapGoal / p.lastHeapGoal));
    goal += Math.floor(goal / (100 / retainExtraPercent));
    goal = Math.ceil(goal / physPageBytes) * physPageBytes;
    this.gcPercentGoal =
      p.heapRetained <= goal || p.heapRetained - goal < physPageBytes ? Number.POSITIVE_INFINITY : goal;
  }

  /** Go: the scavenger's `shouldStop`: both goals met. */
  shouldStop(heapRetained: number, mappedReady: number): boolean {
    return heapRetained <= this.gcPercentGoal && mappedReady <= this.memoryLimitGoal;
  }

  /** Go: `scavengerState.wake` via sysmon — a parked or sleeping scavenger runs at `atNs`. */
  wake(atNs: number): void {
    if (this.state === 'sleeping' && atNs < this.wakeAtNs) {
      this.wakeAtNs = atNs;
    } else if (this.state === 'parked') {
      this.state = 'sleeping';
      this.lastWorkedNs = 0;
      this.wakeAtNs = atNs;
    }
  }

  /** Called when the scavenger wakes: feeds the last sleep to the controller (Go: end of `sleep`). */
  noteWoken(nowNs: number, gomaxprocs: number): void {
    if (this.lastWorkedNs <= 0) return;
    const slept = nowNs - this.sleepStartNs;
    const worked = this.lastWorkedNs;
    this.lastWorkedNs = 0;
    if (this.controllerCooldownNs > 0) {
      const t = slept + worked;
      this.controllerCooldownNs = t > this.controllerCooldownNs ? 0 : this.controllerCooldownNs - t;
      return;
    }
    const cpuFraction = worked / ((slept + worked) * gomaxprocs);
    const r = this.controller.next(cpuFraction, scavengePercent / 100, slept + worked);
    if (Number.isNaN(r)) {
      this.sleepRatio = startingScavSleepRatio;
      this.controllerCooldownNs = 5e9;
      this.printControllerReset = true;
    } else {
      this.sleepRatio = r;
    }
  }

  /** After a batch: park when it released nothing, else sleep worked/sleepRatio (Go: `bgscavenge`, `sleep`). */
  afterBatch(nowNs: number, released: number, workedNs: number): void {
    if (released === 0) {
      this.state = 'parked';
      this.wakeAtNs = Number.POSITIVE_INFINITY;
      return;
    }
    this.releasedSinceTrace += released;
    this.releasedTotalBytes += released;
    this.workedTotalNs += workedNs;
    const worked = Math.max(workedNs, minScavWorkTimeNs);
    this.lastWorkedNs = worked;
    this.sleepStartNs = nowNs;
    this.state = 'sleeping';
    this.wakeAtNs = nowNs + Math.floor(worked / this.sleepRatio);
  }
}
