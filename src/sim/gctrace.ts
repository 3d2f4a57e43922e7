// Runtime trace lines: GODEBUG=gctrace=1 (facts §7) and scavtrace=1 / the
// old `scvg` lines (facts §5 "Scavenger trace lines"), as text exactly as Go
// prints it and as structured segments, each number with a plain-words
// explanation for the UI's hover.

import { fmtNSAsMS, itoaDiv } from './fmt.ts';

/** Everything gctrace prints about one cycle, in bytes and nanoseconds. */
export interface GCCycleRecord {
  /** Cycle number (memstats.numgc after the increment). */
  n: number;
  /** Sweep-termination start, ns since runtime init. */
  startNs: number;
  /** Mark-termination end, ns since runtime init. */
  endNs: number;
  /** Cumulative GC CPU percentage, truncated (gc_cpu_fraction × 100). */
  cpuPercent: number;
  stwSweepTermNs: number;
  markNs: number;
  stwMarkTermNs: number;
  stwSweepTermCpuNs: number;
  assistCpuNs: number;
  bgCpuNs: number;
  idleCpuNs: number;
  stwMarkTermCpuNs: number;
  heap0Bytes: number;
  heap1Bytes: number;
  heap2Bytes: number;
  goalBytes: number;
  stacksBytes: number;
  globalsBytes: number;
  procs: number;
  /** Why it started: heap trigger, the 2-minute periodic GC, or runtime.GC()/FreeOSMemory. */
  trigger: 'heap' | 'time' | 'user';
  /** Objects marked, heap bytes scanned: not printed, kept for the UI and tests. */
  markedObjects: number;
  heapScanBytes: number;
}

/** A piece of a trace line: plain text, or a number with the field it shows. */
export interface TraceSegment {
  text: string;
  field?: string;
  explain?: string;
}

const mb = (b: number) => String(Math.floor(b / 2 ** 20));

/** gctrace segments for one cycle; `withStacks` false gives the pre-1.18 format. */
export function gcTraceSegments(r: GCCycleRecord, withStacks = true): TraceSegment[] {
  const seg: TraceSegment[] = [];
  const t = (text: string) => seg.push({ text });
  const f = (text: string, field: string, explain: string) => seg.push({ text, field, explain });
  t('gc ');
  f(String(r.n), 'gc', 'the number of this GC cycle, counting from 1');
  t(' @');
  f(itoaDiv(Math.floor(r.startNs / 1e6), 3), 'time', 'seconds since the program started, when this GC began');
  t('s ');
  f(
    String(r.cpuPercent),
    'cpu%',
    'percentage of all CPU time since the program started spent in GC (idle-time marking excluded)',
  );
  t('%: ');
  f(fmtNSAsMS(r.stwSweepTermNs), 'clock.stw1', 'ms of wall time the world was stopped for sweep termination');
  t('+');
  f(
    fmtNSAsMS(r.markNs),
    'clock.mark',
    'ms of wall time of concurrent marking, while the program kept running',
  );
  t('+');
  f(fmtNSAsMS(r.stwMarkTermNs), 'clock.stw2', 'ms of wall time the world was stopped for mark termination');
  t(' ms clock, ');
  f(fmtNSAsMS(r.stwSweepTermCpuNs), 'cpu.stw1', 'CPU ms of the sweep-termination pause, over all Ps');
  t('+');
  f(
    fmtNSAsMS(r.assistCpuNs),
    'cpu.assist',
    'CPU ms allocating goroutines spent helping the GC mark (assists)',
  );
  t('/');
  f(
    fmtNSAsMS(r.bgCpuNs),
    'cpu.background',
    'CPU ms of the dedicated and fractional background mark workers (the 25%)',
  );
  t('/');
  f(
    fmtNSAsMS(r.idleCpuNs),
    'cpu.idle',
    'CPU ms of marking on otherwise idle Ps (free, not counted in GC CPU%)',
  );
  t('+');
  f(fmtNSAsMS(r.stwMarkTermCpuNs), 'cpu.stw2', 'CPU ms of the mark-termination pause, over all Ps');
  t(' ms cpu, ');
  f(mb(r.heap0Bytes), 'heap0', 'MB: heap size (heapLive) when this GC started');
  t('->');
  f(
    mb(r.heap1Bytes),
    'heap1',
    'MB: heap size when marking ended; above the first number when the program allocated during marking',
  );
  t('->');
  f(mb(r.heap2Bytes), 'heap2', 'MB: live heap marked by this GC, including objects allocated during marking');
  t(' MB, ');
  f(mb(r.goalBytes), 'goal', 'MB: the heap goal this cycle ran against (NextGC while it ran)');
  t(' MB goal, ');
  if (withStacks) {
    f(
      mb(r.stacksBytes),
      'stacks',
      'MB: goroutine stack memory the GC must scan (feeds the goal since Go 1.18)',
    );
    t(' MB stacks, ');
    f(mb(r.globalsBytes), 'globals', 'MB: pointer-bearing global variables the GC scans');
    t(' MB globals, ');
  }
  f(String(r.procs), 'P', 'number of Ps (GOMAXPROCS)');
  t(' P');
  if (r.trigger === 'user') f(' (forced)', 'forced', 'started by runtime.GC() or debug.FreeOSMemory()');
  return seg;
}

export function segmentsText(seg: readonly TraceSegment[]): string {
  let s = '';
  for (const x of seg) s += x.text;
  return s;
}

/** The gctrace line for a cycle, as Go prints it (without the newline). */
export function formatGCTrace(r: GCCycleRecord, withStacks = true): string {
  return segmentsText(gcTraceSegments(r, withStacks));
}

/** Line printed before a periodic cycle's gc line (facts §4 "Periodic GC"). */
export const gcForcedLine = 'GC forced';
export const gcForcedExplain =
  'sysmon started this cycle because no GC had run for 2 minutes (the periodic GC); the next gc line is that cycle';

/** One Go 1.19 scavtrace line (facts §5). */
export interface ScavTraceRecord {
  releasedBytes: number;
  heapReleasedBytes: number;
  heapInUseBytes: number;
  heapRetainedBytes: number;
  forced: boolean;
  controllerReset: boolean;
}

export function scavTraceSegments(r: ScavTraceRecord): TraceSegment[] {
  const util = r.heapRetainedBytes > 0 ? Math.floor((r.heapInUseBytes * 100) / r.heapRetainedBytes) : 0;
  const seg: TraceSegment[] = [
    { text: 'scav ' },
    {
      text: String(Math.floor(r.releasedBytes / 1024)),
      field: 'work',
      explain: 'KiB returned to the OS since the last scav line',
    },
    { text: ' KiB work, ' },
    {
      text: String(Math.floor(r.heapReleasedBytes / 1024)),
      field: 'total',
      explain: 'KiB of heap currently released to the OS (HeapReleased)',
    },
    { text: ' KiB total, ' },
    {
      text: String(util),
      field: 'util',
      explain: '% of retained heap memory holding spans in use: HeapInuse / (HeapSys − HeapReleased)',
    },
    { text: '% util' },
  ];
  if (r.forced) seg.push({ text: ' (forced)', field: 'forced', explain: 'released by debug.FreeOSMemory()' });
  else if (r.controllerReset)
    seg.push({
      text: ' [controller reset]',
      field: 'reset',
      explain: "the scavenger's pacing controller was reset",
    });
  return seg;
}

/** The old sysmon scavenger's pair of lines (Go ≤ 1.12, printed under gctrace=1). */
export interface ScvgRecord {
  /** Sysmon scavenge counter; −1 for debug.FreeOSMemory. */
  k: number;
  releasedBytes: number;
  heapInUseBytes: number;
  heapIdleBytes: number;
  heapSysBytes: number;
  heapReleasedBytes: number;
}

/** The scvg lines as segments, each number explained. */
export function scvgTraceSegments(r: ScvgRecord): TraceSegment[][] {
  const m = (b: number) => String(Math.floor(b / 2 ** 20));
  const head = (): TraceSegment[] => [
    { text: 'scvg' },
    {
      text: String(r.k),
      field: 'k',
      explain: "the sysmon scavenger's run counter; -1 means debug.FreeOSMemory asked for it",
    },
  ];
  const out: TraceSegment[][] = [];
  if (Math.floor(r.releasedBytes / 2 ** 20) > 0) {
    out.push([
      ...head(),
      { text: ': ' },
      { text: m(r.releasedBytes), field: 'released', explain: 'MB returned to the OS by this scavenge' },
      { text: ' MB released' },
    ]);
  }
  out.push([
    ...head(),
    { text: ': inuse: ' },
    { text: m(r.heapInUseBytes), field: 'inuse', explain: 'MB of heap in spans in use (HeapInuse)' },
    { text: ', idle: ' },
    { text: m(r.heapIdleBytes), field: 'idle', explain: 'MB of heap in free spans (HeapIdle)' },
    { text: ', sys: ' },
    {
      text: m(r.heapSysBytes),
      field: 'sys',
      explain: 'MB of heap address space obtained from the OS (HeapSys)',
    },
    { text: ', released: ' },
    {
      text: m(r.heapReleasedBytes),
      field: 'released',
      explain: 'MB of heap returned to the OS (HeapReleased)',
    },
    { text: ', consumed: ' },
    {
      text: m(r.heapSysBytes - r.heapReleasedBytes),
      field: 'consumed',
      explain: 'MB of heap the process still holds: sys − released',
    },
    { text: ' (MB)' },
  ]);
  return out;
}

export function scvgTraceLines(r: ScvgRecord): string[] {
  return scvgTraceSegments(r).map(segmentsText);
}
