// The page's end of the simulation worker: spawns it, wraps it with comlink, drops snapshots of
// runs that were replaced, and hands the page at most one coalesced update per animation frame.
import * as Comlink from 'comlink';
import type { LoadRequest, LoadResult, SessionApi, Snapshot } from '../protocol/api.ts';

export interface Update {
  /** The newest snapshot of the current run. */
  latest: Snapshot;
  /** Output, traces and events of every snapshot since the previous update, in order. */
  stdout: string;
  stderr: string;
  traces: Snapshot['traces'];
  events: Snapshot['events'];
}

/** Folds the snapshots that arrived between two frames into one update (exported for tests). */
export function coalesce(snaps: readonly Snapshot[]): Update | null {
  if (snaps.length === 0) return null;
  return {
    latest: snaps[snaps.length - 1],
    stdout: snaps.map((s) => s.stdout).join(''),
    stderr: snaps.map((s) => s.stderr).join(''),
    traces: snaps.flatMap((s) => s.traces),
    events: snaps.flatMap((s) => s.events),
  };
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
  private pending: Snapshot[] = [];
  private framed = false;

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
    this.pending.push(s);
    if (this.framed) return;
    this.framed = true;
    const frame = this.opts.frame ?? ((cb: () => void) => requestAnimationFrame(() => cb()));
    frame(() => {
      this.framed = false;
      const u = coalesce(this.pending.splice(0));
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
    this.pending = [];
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
