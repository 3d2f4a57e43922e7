// The page's end of the simulation worker: spawns it, wraps it with comlink, drops snapshots of
// runs that were replaced, and hands the page at most one coalesced update per animation frame.
import * as Comlink from 'comlink';
import type { HeapMap, LoadRequest, LoadResult, SessionApi, Snapshot } from '../protocol/api.ts';

export interface Update {
  /** The newest snapshot of the current run. */
  latest: Snapshot;
  /** Output, traces and events of every snapshot since the previous update, in order. */
  stdout: string;
  stderr: string;
  traces: Snapshot['traces'];
  events: Snapshot['events'];
}

/** Adds one snapshot to the update being gathered for the next frame (null: none yet). */
export function fold(u: Update | null, s: Snapshot): Update {
  if (u === null)
    return { latest: s, stdout: s.stdout, stderr: s.stderr, traces: [...s.traces], events: [...s.events] };
  u.latest = s;
  u.stdout += s.stdout;
  u.stderr += s.stderr;
  u.traces.push(...s.traces);
  u.events.push(...s.events);
  return u;
}

/** Folds the snapshots that arrived between two frames into one update (exported for tests). */
export function coalesce(snaps: readonly Snapshot[]): Update | null {
  let u: Update | null = null;
  for (const s of snaps) u = fold(u, s);
  return u;
}

/** Whether two heap maps show the same pages. */
function sameHeapMap(a: HeapMap | null, b: HeapMap | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.baseAddr !== b.baseAddr || a.pages.length !== b.pages.length) return false;
  for (let i = 0; i < a.pages.length; i++) if (a.pages[i] !== b.pages[i]) return false;
  return true;
}

export interface ClientOptions {
  /** Called with each coalesced update (at most once per frame). */
  onUpdate(u: Update): void;
  /** Called when the worker died; the client has already started a fresh one. */
  onCrash?(message: string): void;
  /** requestAnimationFrame, or a stand-in (tests). */
  frame?: (cb: () => void) => void;
  /** Creates the worker (tests may pass their own). */
  createWorker?: () => Worker;
}

export class WorkbenchClient {
  private worker!: Worker;
  api!: Comlink.Remote<SessionApi>;
  /** Run id of the current program: snapshots of other runs are dropped. */
  private runId = -1;
  /** What arrived since the last frame, folded as it arrives (a hidden tab gets no frames). */
  private pending: Update | null = null;
  private framed = false;
  /** The heap map the page has: an unchanged one is passed on as the same object, so it is not redrawn. */
  private heapMap: HeapMap | null = null;

  constructor(private readonly opts: ClientOptions) {
    this.start();
  }

  private start(): void {
    this.worker = this.opts.createWorker
      ? this.opts.createWorker()
      : new Worker(new URL('../worker/sim.worker.ts', import.meta.url), { type: 'module' });
    this.worker.addEventListener('error', (e) => {
      const msg = e.message || 'the simulation worker stopped';
      this.worker.terminate();
      this.start();
      this.opts.onCrash?.(msg);
    });
    this.api = Comlink.wrap<SessionApi>(this.worker);
    void this.api.subscribe(Comlink.proxy((s: Snapshot) => this.receive(s)));
  }

  private receive(s: Snapshot): void {
    if (this.loading > 0) {
      // the new run's first snapshots can arrive before load() resolves: keep any newer run's
      if (s.runId > this.lastRunId) this.early.push(s);
      return;
    }
    if (s.runId !== this.runId) return; // a late message of a replaced run
    if (sameHeapMap(s.heapMap, this.heapMap)) s.heapMap = this.heapMap;
    else this.heapMap = s.heapMap;
    this.pending = fold(this.pending, s);
    if (this.framed) return;
    this.framed = true;
    const frame = this.opts.frame ?? ((cb: () => void) => requestAnimationFrame(() => cb()));
    frame(() => {
      this.framed = false;
      const u = this.pending;
      this.pending = null;
      if (u) this.opts.onUpdate(u);
    });
  }

  /** Loads a program; from now on only its snapshots reach the page. */
  load(req: LoadRequest): Promise<LoadResult> {
    return this.replaceRun(() => this.api.load(req));
  }

  reset(): Promise<LoadResult> {
    return this.replaceRun(() => this.api.reset());
  }

  /** Loads (pending counts overlapping loads); the last run id seen orders runs. */
  private loading = 0;
  private lastRunId = -1;
  private early: Snapshot[] = [];

  private async replaceRun(start: () => Promise<LoadResult>): Promise<LoadResult> {
    this.lastRunId = Math.max(this.lastRunId, this.runId);
    this.runId = -1;
    this.pending = null;
    this.heapMap = null;
    this.loading++;
    let r: LoadResult;
    try {
      r = await start();
    } finally {
      this.loading--;
    }
    this.lastRunId = Math.max(this.lastRunId, r.runId);
    this.runId = r.runId;
    const early = this.early.splice(0);
    if (this.loading === 0) for (const s of early) if (s.runId === r.runId) this.receive(s);
    return r;
  }

  dispose(): void {
    this.worker.terminate();
  }
}
