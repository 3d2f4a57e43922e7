// The one contract between the page and the simulation worker: what the page asks (SessionApi),
// and what the worker streams back (Snapshot). Plain data only; bulk arrays travel as
// transferables. Metric names are MemStats field names (the descriptor table in sim/metrics.ts
// explains each for the gauges).

export { defaultPhysicalMemoryBytes } from '../sim/machine.ts';

export type GoVersionName = '1.19' | '1.12' | '1.23';

export interface LoadRequest {
  filename: string;
  src: string;
  args: readonly string[];
  /** GOGC, GOMEMLIMIT, GOMAXPROCS, GODEBUG as Go reads them. */
  env: Readonly<Record<string, string>>;
  goVersion: GoVersionName;
  seed: number;
  /** Machine memory and container limit (memory.max; 0 = none). */
  physicalMemoryBytes?: number;
  containerLimitBytes?: number;
}

export interface Diagnostic {
  line: number;
  col: number;
  msg: string;
}

export interface LoadResult {
  /** Identifies the run: snapshots of older runs carry older ids and are dropped by the client. */
  runId: number;
  diagnostics: Diagnostic[];
}

/** Simulated-time speed: ×1, ×10, ×100 of wall time, or as fast as possible. */
export type Speed = 1 | 10 | 100 | 'max';

export type RunState = 'idle' | 'paused' | 'running' | 'exited';

/** Something that happened at a simulated time: a GC cycle, a scavenge, a control change, the exit. */
export interface TimelineEvent {
  simNs: number;
  kind: 'gc' | 'scavenge' | 'control' | 'exit' | 'oom';
  text: string;
}

/** One traced line (gctrace, scavtrace), with every number's meaning for hover. */
export interface TraceText {
  simNs: number;
  text: string;
  segments: readonly { text: string; field?: string; explain?: string }[];
}

/**
 * The heap map: one byte per 8 KiB heap page from the first arena: 0 released, 1 idle and
 * retained, 2 lazily freed but resident (MADV_FREE), 3 stack, 4 + size class for pages in use
 * (size class 0 = large objects).
 */
export interface HeapMap {
  baseAddr: number;
  pages: Uint8Array;
}

/** Goroutines in the same state that started in the same function ("1000 × chan receive, main.worker"). */
export interface GoroutineGroup {
  /** running, runnable, or the wait reason in Go's words ("chan receive", "sleep", "select"). */
  state: string;
  /** The Go function the goroutines started in. */
  entry: string;
  count: number;
}

/** The span holding a heap page (Go's mspan fields), for the heap map's hover. */
export interface SpanInfo {
  baseAddr: number;
  npages: number;
  /** A heap span (objects) or a manually managed one (goroutine stacks). */
  kind: 'heap' | 'stack';
  /** Size class; 0 for a large object's span. */
  sizeClass: number;
  /** Object (slot) size in bytes: the class's size, or the large object's span bytes. */
  elemBytes: number;
  /** Slots in the span (nelems). */
  nelems: number;
  /** Objects allocated in it (allocCount): the live ones since its last sweep, plus new ones. */
  allocCount: number;
}

export const heapPageReleased = 0;
export const heapPageIdle = 1;
export const heapPageLazyFree = 2;
export const heapPageStack = 3;
export const heapPageInUseBase = 4;

export interface Snapshot {
  runId: number;
  seq: number;
  state: RunState;
  simNs: number;
  exitCode: number | null;
  /** Every scalar MemStats field. */
  memstats: Readonly<Record<string, number>>;
  rssBytes: number;
  lazyFreeBytes: number;
  physicalMemoryBytes: number;
  containerLimitBytes: number;
  numGoroutine: number;
  /** The program's goroutines grouped by state and start function, largest groups first (at most 12). */
  goroutines: GoroutineGroup[];
  /** Program output and trace lines since the previous snapshot. */
  stdout: string;
  stderr: string;
  traces: TraceText[];
  events: TimelineEvent[];
  heapMap: HeapMap | null;
}

/** Full-resolution timeline columns for a time range (the charts ask for what they show). */
export interface TimelineRange {
  simNs: Float64Array;
  columns: Record<string, Float64Array>;
}

/** The timeline's columns, in MemStats names plus RSS and LazyFree. */
export const timelineFields = [
  'HeapAlloc',
  'HeapInuse',
  'HeapIdle',
  'HeapReleased',
  'HeapSys',
  'NextGC',
  'Sys',
  'StackInuse',
  'NumGC',
  'RSS',
  'LazyFree',
  'NumGoroutine',
] as const;

export interface Controls {
  /** debug.SetGCPercent: a percentage, or -1 for off. */
  setGOGC(percent: number): Promise<void>;
  /** debug.SetMemoryLimit in bytes; null removes it. */
  setMemoryLimit(bytes: number | null): Promise<void>;
  setMadvise(mode: 'dontneed' | 'free'): Promise<void>;
  /** OS memory pressure: reclaims that share of lazily freed pages (0–1). */
  setMemoryPressure(level: number): Promise<void>;
  /** Container memory limit (memory.max) in bytes; 0 removes it. */
  setContainerLimit(bytes: number): Promise<void>;
  gc(): Promise<void>;
  freeOSMemory(): Promise<void>;
}

export interface SessionApi extends Controls {
  load(req: LoadRequest): Promise<LoadResult>;
  play(): Promise<void>;
  pause(): Promise<void>;
  /** Runs one GC cycle's worth (until the next cycle ends) or one simulated millisecond, then pauses. */
  step(unit: 'gc' | 'ms'): Promise<void>;
  setSpeed(speed: Speed): Promise<void>;
  /** Stops the run (it cannot continue); reset reloads the last program from the start. */
  stop(): Promise<void>;
  reset(): Promise<LoadResult>;
  /** Registers the page's snapshot callback (a comlink proxy in the real worker). */
  subscribe(onSnapshot: (s: Snapshot) => void): Promise<void>;
  timeline(fromNs: number, toNs: number, maxPoints: number): Promise<TimelineRange>;
  /** The span holding a heap address, or null for a free page or no run. */
  span(addr: number): Promise<SpanInfo | null>;
}
