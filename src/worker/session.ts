// One simulation session (the worker's whole state): a compiled program running on its own
// simulated runtime, paced against wall time, steered by controls, streaming coalesced snapshots
// and keeping the full-resolution timeline. The host (sim.worker.ts, or a test in the page) gives
// it a clock, a way to schedule the next slice of work, and a way to post snapshots.

import { analyzeEscapes } from '../lang/escape.ts';
import { compileProgram, Run } from '../lang/run.ts';
import type {
  GoroutineGroup,
  HeapMap,
  LoadRequest,
  LoadResult,
  RunState,
  SessionApi,
  Snapshot,
  SpanInfo,
  Speed,
  TimelineEvent,
  TimelineRange,
  TraceText,
} from '../protocol/api.ts';
import {
  heapPageIdle,
  heapPageInUseBase,
  heapPageLazyFree,
  heapPageReleased,
  heapPageStack,
  timelineFields,
} from '../protocol/api.ts';
import { defaultPhysicalMemoryBytes } from '../sim/machine.ts';
import { heapBaseAddr } from '../sim/mheap.ts';
import { pageBytes } from '../sim/mpagealloc.ts';

export interface SessionHost {
  /** Wall clock in milliseconds. */
  now(): number;
  /** Runs `fn` soon, after pending messages (setTimeout in the worker). */
  schedule(fn: () => void, delayMs: number): void;
  /**
   * Delivers a snapshot to the subscriber; `transfer` lists its transferable buffers (the worker
   * wraps them with comlink's transfer). Default: a plain call.
   */
  deliver?(listener: (s: Snapshot) => void, s: Snapshot, transfer: ArrayBuffer[]): void;
}

/** Wall time one slice of work may take before the worker yields to messages. */
const sliceMs = 8;
/** Snapshots are coalesced to at most one per this many ms (30 per second). */
const snapshotEveryMs = 33;

/** Growable columns of the timeline. */
class Timeline {
  len = 0;
  simNs = new Float64Array(1024);
  cols: Float64Array[] = timelineFields.map(() => new Float64Array(1024));

  push(t: number, values: number[]): void {
    if (this.len > 0 && this.simNs[this.len - 1] === t) this.len--;
    if (this.len === this.simNs.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.simNs = grow(this.simNs);
      this.cols = this.cols.map(grow);
    }
    this.simNs[this.len] = t;
    for (let i = 0; i < values.length; i++) this.cols[i][this.len] = values[i];
    this.len++;
  }

  /** Points in [from, to], evenly decimated to at most maxPoints (the last point always kept). */
  range(from: number, to: number, maxPoints: number): TimelineRange {
    let lo = 0;
    while (lo < this.len && this.simNs[lo] < from) lo++;
    let hi = lo;
    while (hi < this.len && this.simNs[hi] <= to) hi++;
    const n = hi - lo;
    const stride = Math.max(1, Math.ceil(n / Math.max(1, maxPoints)));
    const idx: number[] = [];
    for (let i = lo; i < hi; i += stride) idx.push(i);
    if (n > 0 && idx[idx.length - 1] !== hi - 1) idx.push(hi - 1);
    const simNs = Float64Array.from(idx, (i) => this.simNs[i]);
    const columns: Record<string, Float64Array> = {};
    timelineFields.forEach((f, c) => {
      columns[f] = Float64Array.from(idx, (i) => this.cols[c][i]);
    });
    return { simNs, columns };
  }
}

export class Session implements SessionApi {
  private run: Run | null = null;
  private request: LoadRequest | null = null;
  private runId = 0;
  private seq = 0;
  private state: RunState = 'idle';
  private speed: Speed = 'max';
  private listener: ((s: Snapshot) => void) | null = null;
  private stdout = '';
  private stderr = '';
  private traces: TraceText[] = [];
  private events: TimelineEvent[] = [];
  private series = new Timeline();
  private lastPostMs = Number.NEGATIVE_INFINITY;
  private scheduled = false;
  /** Pacing anchor: wall and simulated time when the current speed took effect. */
  private anchorWall = 0;
  private anchorSim = 0;
  private lastNumGC = 0;
  /** A pending step: stop when the predicate holds. */
  private stepUntil: (() => boolean) | null = null;

  constructor(private readonly host: SessionHost) {}

  async subscribe(onSnapshot: (s: Snapshot) => void): Promise<void> {
    this.listener = onSnapshot;
  }

  async load(req: LoadRequest): Promise<LoadResult> {
    this.request = req;
    this.runId++;
    this.seq = 0;
    this.run = null;
    this.stdout = '';
    this.stderr = '';
    this.traces = [];
    this.events = [];
    this.series = new Timeline();
    this.stepUntil = null;
    this.exitCode = null;
    // the same escape analysis as the CLI: values go to the heap where Go 1.19 puts them
    const { diagnostics, program } = compileProgram(req.filename, req.src, analyzeEscapes);
    if (!program) {
      this.state = 'idle';
      return { runId: this.runId, diagnostics };
    }
    // the workbench always shows the collector's and scavenger's trace lines
    const godebug = ['gctrace=1', 'scavtrace=1', req.env.GODEBUG ?? ''].filter(Boolean).join(',');
    const runId = this.runId;
    this.run = new Run(program, {
      args: req.args,
      env: { GOMAXPROCS: '2', ...req.env, GODEBUG: godebug },
      stdout: (s) => {
        if (this.runId !== runId) return;
        this.stdout += s;
        if (this.stdout.length > 2 * outputCapChars) this.stdout = this.trimOutput(this.stdout, 0);
      },
      stderr: (s) => {
        if (this.runId !== runId) return;
        this.stderr += s;
        if (this.stderr.length > 2 * outputCapChars) this.stderr = this.trimOutput(this.stderr, 1);
      },
      runtime: {
        goVersion: `go${req.goVersion}`,
        seed: req.seed,
        physicalMemoryBytes: req.physicalMemoryBytes,
        containerLimitBytes: req.containerLimitBytes,
      },
    });
    this.run.rt.onTrace = (line) => {
      if (this.runId !== runId) return;
      this.traces.push({ simNs: line.tNs, text: line.text, segments: line.segments });
      if (line.kind === 'scavtrace') this.event('scavenge', line.text);
    };
    this.lastNumGC = 0;
    this.state = 'paused';
    this.record();
    this.post(true);
    return { runId: this.runId, diagnostics: [] };
  }

  async reset(): Promise<LoadResult> {
    if (!this.request) return { runId: this.runId, diagnostics: [] };
    return this.load(this.request);
  }

  async play(): Promise<void> {
    if (!this.run || this.state === 'exited') return;
    this.state = 'running';
    this.reanchor();
    this.kick();
  }

  async pause(): Promise<void> {
    if (this.state === 'running') this.state = 'paused';
    this.stepUntil = null;
    this.post(true);
  }

  async step(unit: 'gc' | 'ms'): Promise<void> {
    const run = this.run;
    if (!run || this.state === 'exited') return;
    if (unit === 'gc') {
      const n = run.rt.gc.numGC;
      this.stepUntil = () => run.rt.gc.numGC > n;
    } else {
      const t = run.rt.nowNs + 1e6;
      this.stepUntil = () => run.rt.nowNs >= t;
    }
    this.state = 'running';
    this.reanchor();
    this.kick();
  }

  async setSpeed(speed: Speed): Promise<void> {
    this.speed = speed;
    this.reanchor();
    this.event('control', `speed ${speed === 'max' ? 'as fast as possible' : `×${speed}`}`);
  }

  async stop(): Promise<void> {
    if (!this.run || this.state === 'exited') return;
    this.state = 'exited';
    this.event('exit', 'stopped');
    this.post(true);
  }

  // ------------------------------------------------------------ live controls

  async setGOGC(percent: number): Promise<void> {
    this.control((rt) => rt.setGCPercent(percent), `debug.SetGCPercent(${percent})`);
  }

  async setMemoryLimit(bytes: number | null): Promise<void> {
    this.control(
      (rt) => rt.setMemoryLimit(bytes ?? Number.MAX_SAFE_INTEGER),
      bytes === null ? 'debug.SetMemoryLimit(off)' : `debug.SetMemoryLimit(${bytes})`,
    );
  }

  async setMadvise(mode: 'dontneed' | 'free'): Promise<void> {
    this.control(
      (rt) => {
        rt.madviseMode = mode;
      },
      `madvise mode ${mode === 'free' ? 'MADV_FREE' : 'MADV_DONTNEED'}`,
    );
  }

  async setMemoryPressure(level: number): Promise<void> {
    const l = Math.min(1, Math.max(0, level));
    this.control(
      (rt) => {
        rt.linux.applyMemoryPressure(l);
      },
      `memory pressure ${Math.round(l * 100)}%`,
    );
  }

  async setContainerLimit(bytes: number): Promise<void> {
    this.control(
      (rt) => rt.linux.setContainerLimit(bytes),
      bytes ? `container limit ${bytes}` : 'container limit off',
    );
  }

  async gc(): Promise<void> {
    this.control((rt) => rt.GC(), 'runtime.GC()');
  }

  async freeOSMemory(): Promise<void> {
    this.control((rt) => rt.freeOSMemory(), 'debug.FreeOSMemory()');
  }

  async timeline(fromNs: number, toNs: number, maxPoints: number): Promise<TimelineRange> {
    return this.series.range(fromNs, toNs, maxPoints);
  }

  async span(addr: number): Promise<SpanInfo | null> {
    const run = this.run;
    if (!run) return null;
    const heap = run.rt.heap;
    const s = heap.spanOfAddr(addr);
    if (s < 0) return null;
    const t = heap.spans;
    return {
      baseAddr: heapBaseAddr + t.startPage[s] * pageBytes,
      npages: t.npages[s],
      kind: t.state[s] === 1 ? 'heap' : 'stack',
      sizeClass: t.spanclass[s] >> 1,
      elemBytes: t.elemsize[s],
      nelems: t.nelems[s],
      allocCount: t.allocCount[s],
    };
  }

  // ------------------------------------------------------------ the run loop

  private control(apply: (rt: Run['rt']) => unknown, text: string): void {
    const run = this.run;
    if (!run || this.state === 'exited') return;
    try {
      apply(run.rt);
    } catch (e) {
      if ((e as Error).name !== 'OomKilled') throw e;
      this.finish(137, (e as Error).message);
      return;
    }
    this.event('control', text);
    this.noteGC();
    this.record();
    this.post(true);
  }

  private reanchor(): void {
    this.anchorWall = this.host.now();
    this.anchorSim = this.run?.rt.nowNs ?? 0;
  }

  private kick(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.host.schedule(() => {
      this.scheduled = false;
      this.tick();
    }, 0);
  }

  /** One slice of work: run until the slice's wall budget, the pacing target or the step's end. */
  private tick(): void {
    const run = this.run;
    if (!run || this.state !== 'running') return;
    const start = this.host.now();
    let code: number | null = null;
    let behind = false;
    for (;;) {
      if (this.speed !== 'max') {
        const target = this.anchorSim + (this.host.now() - this.anchorWall) * 1e6 * this.speed;
        if (run.rt.nowNs >= target) break;
      }
      try {
        code = run.step(16, 4);
      } catch (e) {
        this.finish(2, `heaplab: internal error: ${(e as Error).message}`);
        return;
      }
      this.noteGC();
      this.record();
      if (code !== null) break;
      if (this.stepUntil?.()) {
        this.stepUntil = null;
        this.state = 'paused';
        break;
      }
      if (this.host.now() - start >= sliceMs) {
        behind = true;
        break;
      }
    }
    if (code !== null) {
      this.finish(code, '');
      return;
    }
    // a step that ended must reach the page even inside the coalescing window
    this.post(this.state !== 'running');
    if (this.state === 'running' && !this.scheduled) {
      // one pending tick at a time (kick() from a control must not start a second chain)
      this.scheduled = true;
      this.host.schedule(
        () => {
          this.scheduled = false;
          this.tick();
        },
        behind || this.speed === 'max' ? 0 : 4,
      );
    }
  }

  private finish(code: number, why: string): void {
    this.state = 'exited';
    if (why) this.stderr += `${why}\n`;
    this.event(code === 137 ? 'oom' : 'exit', `exit status ${code}`);
    this.exitCode = code;
    this.record();
    this.post(true);
  }
  private exitCode: number | null = null;

  /** Output beyond the cap between two snapshots is dropped from the front (a page holds only so much). */
  /** Characters dropped from stdout [0] and stderr [1] since the last snapshot. */
  private readonly dropped = [0, 0];
  private trimOutput(out: string, stream: 0 | 1): string {
    // cut at a line start when there is one near, so the kept output begins with a whole line
    let from = out.length - outputCapChars;
    const nl = out.indexOf('\n', from);
    if (nl >= 0 && nl - from < 4096) from = nl + 1;
    this.dropped[stream] += from;
    return out.slice(from);
  }
  private withDropped(out: string, stream: 0 | 1): string {
    const n = this.dropped[stream];
    this.dropped[stream] = 0;
    return n > 0 ? `[heaplab: ${n} characters of output not shown]\n${out}` : out;
  }

  private noteGC(): void {
    const n = this.run!.rt.gc.numGC;
    if (n > this.lastNumGC) {
      for (let i = this.lastNumGC + 1; i <= n; i++) this.event('gc', `GC ${i}`);
      this.lastNumGC = n;
    }
  }

  private event(kind: TimelineEvent['kind'], text: string): void {
    this.events.push({ simNs: this.run?.rt.nowNs ?? 0, kind, text });
  }

  private record(): void {
    const run = this.run;
    if (!run) return;
    const m = run.rt.readMemStats() as unknown as Record<string, number>;
    const linux = run.rt.linux;
    const extra: Record<string, number> = {
      RSS: linux.rssBytes,
      LazyFree: linux.lazyFreeBytes,
      NumGoroutine: run.sched.numGoroutine,
    };
    this.series.push(
      run.rt.nowNs,
      timelineFields.map((f) => extra[f] ?? m[f] ?? 0),
    );
  }

  /** The heap map: one byte per heap page (see HeapMap in protocol/api.ts). */
  heapMap(): HeapMap | null {
    const run = this.run;
    if (!run) return null;
    const heap = run.rt.heap;
    const n = heap.pages.endPage;
    const pages = new Uint8Array(n);
    const resident =
      n > 0 ? run.rt.linux.pageStateGranules(heapBaseAddr, n * pageBytes, pageBytes) : new Uint32Array(0);
    for (let p = 0; p < n; p++) {
      if (heap.pages.inUse[p]) {
        const s = heap.spanOf[p];
        if (s < 0 || heap.spans.state[s] !== 1) pages[p] = heapPageStack;
        else pages[p] = heapPageInUseBase + (heap.spans.spanclass[s] >> 1);
      } else if (!heap.pages.scavenged[p]) pages[p] = heapPageIdle;
      else pages[p] = resident[p * 4 + 2] > 0 ? heapPageLazyFree : heapPageReleased;
    }
    return { baseAddr: heapBaseAddr, pages };
  }

  private post(force: boolean): void {
    const now = this.host.now();
    if (!force && now - this.lastPostMs < snapshotEveryMs) return;
    this.lastPostMs = now;
    const run = this.run;
    const m = run ? (run.rt.readMemStats() as unknown as Record<string, unknown>) : {};
    const memstats: Record<string, number> = {};
    for (const [k, v] of Object.entries(m)) if (typeof v === 'number') memstats[k] = v;
    const heapMap = this.heapMap();
    if (this.stdout.length > outputCapChars) this.stdout = this.trimOutput(this.stdout, 0);
    if (this.stderr.length > outputCapChars) this.stderr = this.trimOutput(this.stderr, 1);
    const snap: Snapshot = {
      runId: this.runId,
      seq: ++this.seq,
      state: this.state,
      simNs: run?.rt.nowNs ?? 0,
      exitCode: this.state === 'exited' ? this.exitCode : null,
      memstats,
      rssBytes: run?.rt.linux.rssBytes ?? 0,
      lazyFreeBytes: run?.rt.linux.lazyFreeBytes ?? 0,
      // the live model's: the container-limit control changes it during a run
      physicalMemoryBytes: run?.rt.linux.physicalMemoryBytes ?? defaultPhysicalMemoryBytes,
      containerLimitBytes: run?.rt.linux.containerLimitBytes ?? 0,
      numGoroutine: run?.sched.numGoroutine ?? 0,
      goroutines: run ? goroutineGroups(run) : [],
      stdout: this.withDropped(this.stdout, 0),
      stderr: this.withDropped(this.stderr, 1),
      traces: this.traces,
      events: this.events,
      heapMap,
    };
    this.stdout = '';
    this.stderr = '';
    this.traces = [];
    this.events = [];
    const transfer = heapMap ? [heapMap.pages.buffer as ArrayBuffer] : [];
    const l = this.listener;
    if (!l) return;
    if (this.host.deliver) this.host.deliver(l, snap, transfer);
    else l(snap);
  }
}

/** Program output a snapshot carries at most (each stream); a flood of output keeps its newest part. */
export const outputCapChars = 256 * 1024;

/** The program's goroutines grouped by state and start function (runtime goroutines left out). */
export function goroutineGroups(run: Run, max = 12): GoroutineGroup[] {
  const groups = new Map<string, GoroutineGroup>();
  for (const g of run.sched.all.values()) {
    if (g.system || g.status === 'dead') continue;
    const state = g.stateText;
    const key = `${state}\u0000${g.entry}`;
    const x = groups.get(key);
    if (x) x.count++;
    else groups.set(key, { state, entry: g.entry, count: 1 });
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.entry.localeCompare(b.entry) || a.state.localeCompare(b.state))
    .slice(0, max);
}
