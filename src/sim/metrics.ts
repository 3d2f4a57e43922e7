// The metric descriptor table: the one place that says what every figure heaplab shows means, in which unit, and
// how it relates to Go's runtime.MemStats fields and Go 1.19's runtime/metrics names. The UI draws every gauge,
// legend and tooltip from it. Field list and derivations: go-runtime-facts.md §8 (MemStats, runtime/metrics names),
// §4 (pacer: goal, trigger, heap live/marked, memory limit), §5 (scavenger goal, retained heap) and §6 (RSS, LazyFree).
//
// Conventions, checked by tests/sim/metrics.test.ts:
// - `metric` without `metricRelation` means the runtime/metrics value is exactly the same number (Go 1.19
//   runtime/metrics.go computes it from the same counters that readmemstats_m uses).
// - `metricRelation` is an expression for this descriptor's value written with runtime/metrics names, or a short
//   note when the correspondence is only approximate.
// - Each entry of `relations` starts with the descriptor's own key and compares it (=, <=, >=) with an expression of
//   other keys and integers, so the UI ladder and tests can evaluate it against a snapshot.

export type MetricUnit =
  | 'bytes'
  | 'objects'
  | 'gc-cycles'
  | 'seconds'
  | 'ns'
  | 'fraction'
  | 'percent'
  | 'goroutines'
  | 'count'
  | 'bool'
  | 'unix-ns'
  | 'threads';

export type MetricKind = 'gauge' | 'counter' | 'ring' | 'histogram' | 'flag';

export interface MetricDescriptor {
  /**
   * Stable key used across heaplab: the MemStats field name (e.g. 'HeapReleased') or, for non-MemStats figures, a
   * CamelCase name (e.g. 'VmRSS', 'LazyFree', 'NumGoroutine', 'HeapGoal', 'HeapLive', 'HeapMarked').
   */
  key: string;
  /** Go 1.19 runtime/metrics name when one corresponds exactly or approximately, else undefined. */
  metric?: string;
  /** How the value relates to runtime/metrics when the correspondence is not a single exact name. */
  metricRelation?: string;
  source: 'MemStats' | 'runtime/metrics' | 'linux' | 'heaplab';
  unit: MetricUnit;
  kind: MetricKind;
  cumulative: boolean;
  /** One sentence in plain words for a Go developer. */
  description: string;
  /** Short label for gauges and legends. */
  label: string;
  /** Relations the value obeys, as text, e.g. 'HeapSys = HeapInuse + HeapIdle'. */
  relations?: readonly string[];
}

/** Every runtime.MemStats field in Go's declaration order (facts §8; Go 1.19 runtime/mstats.go). */
export const memStatsFieldOrder: readonly string[] = [
  'Alloc',
  'TotalAlloc',
  'Sys',
  'Lookups',
  'Mallocs',
  'Frees',
  'HeapAlloc',
  'HeapSys',
  'HeapIdle',
  'HeapInuse',
  'HeapReleased',
  'HeapObjects',
  'StackInuse',
  'StackSys',
  'MSpanInuse',
  'MSpanSys',
  'MCacheInuse',
  'MCacheSys',
  'BuckHashSys',
  'GCSys',
  'OtherSys',
  'NextGC',
  'LastGC',
  'PauseTotalNs',
  'PauseNs',
  'PauseEnd',
  'NumGC',
  'NumForcedGC',
  'GCCPUFraction',
  'EnableGC',
  'DebugGC',
  'BySize',
];

const HEAP_OBJECTS = '/memory/classes/heap/objects:bytes';
const HEAP_UNUSED = '/memory/classes/heap/unused:bytes';
const HEAP_FREE = '/memory/classes/heap/free:bytes';
const HEAP_RELEASED = '/memory/classes/heap/released:bytes';
const TINY_ALLOCS = '/gc/heap/tiny/allocs:objects';

export const metricDescriptors: readonly MetricDescriptor[] = [
  // ---- runtime.MemStats, in declaration order (facts §8) ----
  {
    key: 'Alloc',
    metric: HEAP_OBJECTS,
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Bytes of heap objects currently allocated, unswept dead ones included; always the same number as HeapAlloc.',
    label: 'alloc',
    relations: ['Alloc = HeapAlloc'],
  },
  {
    key: 'TotalAlloc',
    metric: '/gc/heap/allocs:bytes',
    source: 'MemStats',
    unit: 'bytes',
    kind: 'counter',
    cumulative: true,
    description:
      'Bytes allocated for heap objects since the program started, counted by size-class slot rather than requested size.',
    label: 'total alloc',
    relations: ['TotalAlloc = HeapAlloc + TotalFree'],
  },
  {
    key: 'Sys',
    metric: '/memory/classes/total:bytes',
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'All address space the runtime has mapped from the OS for heap, stacks and metadata, released heap pages included, so it never shrinks.',
    label: 'sys',
    relations: ['Sys = HeapSys + StackSys + MSpanSys + MCacheSys + BuckHashSys + GCSys + OtherSys'],
  },
  {
    key: 'Lookups',
    source: 'MemStats',
    unit: 'count',
    kind: 'counter',
    cumulative: true,
    description: 'Count of pointer lookups done by the runtime, a leftover field that Go never updates.',
    label: 'lookups',
    relations: ['Lookups = 0'],
  },
  {
    key: 'Mallocs',
    metric: '/gc/heap/allocs:objects',
    metricRelation: `/gc/heap/allocs:objects + ${TINY_ALLOCS}`,
    source: 'MemStats',
    unit: 'objects',
    kind: 'counter',
    cumulative: true,
    description:
      'Heap objects allocated since the program started, counting every tiny allocation packed into a shared 16-byte block.',
    label: 'mallocs',
    relations: ['Mallocs >= Frees', 'Mallocs >= TinyAllocs'],
  },
  {
    key: 'Frees',
    metric: '/gc/heap/frees:objects',
    metricRelation: `/gc/heap/frees:objects + ${TINY_ALLOCS}`,
    source: 'MemStats',
    unit: 'objects',
    kind: 'counter',
    cumulative: true,
    description:
      'Heap objects freed since the program started; tiny allocations count as freed right away because only their block is tracked.',
    label: 'frees',
  },
  {
    key: 'HeapAlloc',
    metric: HEAP_OBJECTS,
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Bytes in allocated heap objects, reachable or merely not swept yet; it falls as the sweeper frees dead objects after a GC.',
    label: 'heap alloc',
    relations: ['HeapAlloc = TotalAlloc - TotalFree', 'HeapAlloc <= HeapInuse'],
  },
  {
    key: 'HeapSys',
    metricRelation: `${HEAP_OBJECTS} + ${HEAP_UNUSED} + ${HEAP_FREE} + ${HEAP_RELEASED}`,
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Heap address space obtained from the OS, minus pages now serving stacks or GC metadata; idle and released pages are included.',
    label: 'heap sys',
    relations: ['HeapSys = HeapInuse + HeapIdle'],
  },
  {
    key: 'HeapIdle',
    metricRelation: `${HEAP_RELEASED} + ${HEAP_FREE}`,
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Bytes in heap pages that hold no objects, whether still backed by RAM or already released to the OS.',
    label: 'heap idle',
    relations: ['HeapIdle = HeapFree + HeapReleased'],
  },
  {
    key: 'HeapInuse',
    metricRelation: `${HEAP_OBJECTS} + ${HEAP_UNUSED}`,
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Bytes in heap spans holding at least one object, counted by whole span, so the free slots inside them are included.',
    label: 'heap in use',
    relations: ['HeapInuse = HeapAlloc + HeapUnused'],
  },
  {
    key: 'HeapReleased',
    metric: HEAP_RELEASED,
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Idle heap pages given back to the OS with madvise and not reused since; they stay mapped, so they still count in HeapSys and Sys.',
    label: 'heap released',
    relations: ['HeapReleased <= HeapIdle'],
  },
  {
    key: 'HeapObjects',
    metric: '/gc/heap/objects:objects',
    source: 'MemStats',
    unit: 'objects',
    kind: 'gauge',
    cumulative: false,
    description:
      'Number of heap objects currently allocated, live or waiting for the sweeper, where a tiny block counts as one object.',
    label: 'heap objects',
    relations: ['HeapObjects = Mallocs - Frees'],
  },
  {
    key: 'StackInuse',
    metric: '/memory/classes/heap/stacks:bytes',
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Bytes in spans taken from the heap to hold goroutine stacks; while they serve stacks these pages are not part of HeapSys.',
    label: 'stack in use',
    relations: ['StackInuse <= StackSys'],
  },
  {
    key: 'StackSys',
    metricRelation: '/memory/classes/heap/stacks:bytes + /memory/classes/os-stacks:bytes',
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Stack memory from the OS: the heap spans holding goroutine stacks plus a small amount mapped directly for OS thread stacks.',
    label: 'stack sys',
  },
  {
    key: 'MSpanInuse',
    metric: '/memory/classes/metadata/mspan/inuse:bytes',
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description: 'Bytes of mspan structures currently describing a span of heap or stack pages.',
    label: 'mspan in use',
    relations: ['MSpanInuse <= MSpanSys'],
  },
  {
    key: 'MSpanSys',
    metricRelation: '/memory/classes/metadata/mspan/inuse:bytes + /memory/classes/metadata/mspan/free:bytes',
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description: 'Bytes mapped from the OS to hold mspan structures, whether in use or kept free for reuse.',
    label: 'mspan sys',
  },
  {
    key: 'MCacheInuse',
    metric: '/memory/classes/metadata/mcache/inuse:bytes',
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description: 'Bytes of the per-P mcache structures that are currently in use.',
    label: 'mcache in use',
    relations: ['MCacheInuse <= MCacheSys'],
  },
  {
    key: 'MCacheSys',
    metricRelation:
      '/memory/classes/metadata/mcache/inuse:bytes + /memory/classes/metadata/mcache/free:bytes',
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description: 'Bytes mapped from the OS to hold mcache structures, whether in use or kept free for reuse.',
    label: 'mcache sys',
  },
  {
    key: 'BuckHashSys',
    metric: '/memory/classes/profiling/buckets:bytes',
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Bytes of the stack-trace bucket hash table used by the memory, block and mutex profilers, about 1.4 MB once heap profiling is on.',
    label: 'profile buckets',
  },
  {
    key: 'GCSys',
    metric: '/memory/classes/metadata/other:bytes',
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Bytes of garbage-collector metadata such as heap bitmaps, mark bits, work buffers and page-allocator summaries.',
    label: 'GC metadata',
  },
  {
    key: 'OtherSys',
    metric: '/memory/classes/other:bytes',
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Bytes of miscellaneous off-heap runtime allocations, such as finalizer and profiling records and trace buffers.',
    label: 'other runtime',
  },
  {
    key: 'NextGC',
    metric: '/gc/heap/goal:bytes',
    source: 'MemStats',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Heap size the collector aims to end its next cycle at; with GOGC=off and no memory limit it is close to MaxInt64.',
    label: 'next GC',
    relations: ['NextGC = HeapGoal'],
  },
  {
    key: 'LastGC',
    source: 'MemStats',
    unit: 'unix-ns',
    kind: 'gauge',
    cumulative: false,
    description:
      'Wall-clock time the most recent GC cycle finished, in Unix nanoseconds, or 0 before the first cycle.',
    label: 'last GC',
  },
  {
    key: 'PauseTotalNs',
    metric: '/gc/pauses:seconds',
    metricRelation:
      'roughly the sum of all samples in /gc/pauses:seconds times 1e9 (the histogram keeps only bucket counts)',
    source: 'MemStats',
    unit: 'ns',
    kind: 'counter',
    cumulative: true,
    description:
      'Total stop-the-world pause time of every GC cycle since the program started, in nanoseconds.',
    label: 'total GC pause',
  },
  {
    key: 'PauseNs',
    metric: '/gc/pauses:seconds',
    metricRelation:
      'each PauseNs entry sums one cycle, while /gc/pauses:seconds buckets every single pause since the start',
    source: 'MemStats',
    unit: 'ns',
    kind: 'ring',
    cumulative: false,
    description:
      "Ring of the last 256 cycles' stop-the-world time in nanoseconds, where cycle k is stored at index (k-1) mod 256.",
    label: 'GC pauses',
  },
  {
    key: 'PauseEnd',
    source: 'MemStats',
    unit: 'unix-ns',
    kind: 'ring',
    cumulative: false,
    description:
      "Ring of the last 256 cycles' pause end times in Unix nanoseconds, indexed the same way as PauseNs.",
    label: 'GC pause ends',
  },
  {
    key: 'NumGC',
    metric: '/gc/cycles/total:gc-cycles',
    source: 'MemStats',
    unit: 'gc-cycles',
    kind: 'counter',
    cumulative: true,
    description: 'Number of GC cycles completed since the program started, whatever started them.',
    label: 'GC cycles',
    relations: ['NumGC = GCCyclesAutomatic + NumForcedGC'],
  },
  {
    key: 'NumForcedGC',
    metric: '/gc/cycles/forced:gc-cycles',
    source: 'MemStats',
    unit: 'gc-cycles',
    kind: 'counter',
    cumulative: true,
    description:
      'Number of completed GC cycles that the program asked for by calling runtime.GC or debug.FreeOSMemory.',
    label: 'forced GCs',
    relations: ['NumForcedGC <= NumGC'],
  },
  {
    key: 'GCCPUFraction',
    source: 'MemStats',
    unit: 'fraction',
    kind: 'gauge',
    cumulative: false,
    description:
      'Share of the CPU time available since the program started (GOMAXPROCS times wall time) that the GC used, idle-time marking excluded.',
    label: 'GC CPU',
    relations: ['GCCPUFraction >= 0', 'GCCPUFraction <= 1'],
  },
  {
    key: 'EnableGC',
    source: 'MemStats',
    unit: 'bool',
    kind: 'flag',
    cumulative: false,
    description:
      'Whether garbage collection is enabled, which Go always reports as true, even with GOGC=off.',
    label: 'GC enabled',
  },
  {
    key: 'DebugGC',
    source: 'MemStats',
    unit: 'bool',
    kind: 'flag',
    cumulative: false,
    description: 'A debugging switch that Go no longer uses, so it is always false.',
    label: 'debug GC',
  },
  {
    key: 'BySize',
    metric: '/gc/heap/allocs-by-size:bytes',
    metricRelation:
      '/gc/heap/allocs-by-size:bytes and /gc/heap/frees-by-size:bytes count the same objects per class, but also cover classes 61 to 67 and large objects',
    source: 'MemStats',
    unit: 'objects',
    kind: 'histogram',
    cumulative: true,
    description:
      'Allocations and frees per size class for the first 61 classes (up to 18432 bytes); larger classes and large objects are left out.',
    label: 'by size class',
  },

  // ---- runtime/metrics figures with no MemStats field of their own (facts §8) ----
  {
    key: 'HeapGoal',
    metric: '/gc/heap/goal:bytes',
    source: 'runtime/metrics',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Heap size the pacer wants the current or next GC cycle to finish at, from GOGC and the memory limit; the same number as NextGC.',
    label: 'heap goal',
    relations: ['HeapGoal = NextGC', 'HeapGoal >= HeapMarked'],
  },
  {
    key: 'GCCyclesAutomatic',
    metric: '/gc/cycles/automatic:gc-cycles',
    source: 'runtime/metrics',
    unit: 'gc-cycles',
    kind: 'counter',
    cumulative: true,
    description:
      'Number of completed GC cycles the runtime started by itself, because the heap reached its trigger or two minutes passed.',
    label: 'automatic GCs',
    relations: ['GCCyclesAutomatic = NumGC - NumForcedGC'],
  },
  {
    key: 'TotalFree',
    metric: '/gc/heap/frees:bytes',
    source: 'runtime/metrics',
    unit: 'bytes',
    kind: 'counter',
    cumulative: true,
    description:
      'Bytes of heap objects the collector has freed since the program started, counted by slot size.',
    label: 'total freed',
    relations: ['TotalFree = TotalAlloc - HeapAlloc'],
  },
  {
    key: 'TinyAllocs',
    metric: TINY_ALLOCS,
    source: 'runtime/metrics',
    unit: 'objects',
    kind: 'counter',
    cumulative: true,
    description:
      'Small pointer-free allocations that the tiny allocator packed into a shared 16-byte block instead of giving them their own slot.',
    label: 'tiny allocs',
  },
  {
    key: 'StackStartingSize',
    metric: '/gc/stack/starting-size:bytes',
    source: 'runtime/metrics',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Stack size a new goroutine starts with, recomputed at every GC from the average scanned stack and never below 2 KiB.',
    label: 'starting stack',
    relations: ['StackStartingSize >= 2048'],
  },
  {
    key: 'GCLimiterLastEnabled',
    metric: '/gc/limiter/last-enabled:gc-cycle',
    source: 'runtime/metrics',
    unit: 'gc-cycles',
    kind: 'gauge',
    cumulative: false,
    description:
      'Number of the GC cycle during which the GC CPU limiter last switched on to cap GC work, or 0 if it never has.',
    label: 'limiter last on',
    relations: ['GCLimiterLastEnabled <= NumGC + 1'],
  },
  {
    key: 'HeapFree',
    metric: HEAP_FREE,
    source: 'runtime/metrics',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description: 'Idle heap pages still backed by RAM, which the scavenger could return to the OS.',
    label: 'heap free',
    relations: ['HeapFree = HeapIdle - HeapReleased'],
  },
  {
    key: 'HeapUnused',
    metric: HEAP_UNUSED,
    source: 'runtime/metrics',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description: 'Empty slots inside in-use heap spans: set aside for objects but holding none right now.',
    label: 'heap unused',
    relations: ['HeapUnused = HeapInuse - HeapAlloc'],
  },
  {
    key: 'GOMAXPROCS',
    metric: '/sched/gomaxprocs:threads',
    source: 'runtime/metrics',
    unit: 'threads',
    kind: 'gauge',
    cumulative: false,
    description: 'How many OS threads may run Go code at the same moment, which is also the number of Ps.',
    label: 'GOMAXPROCS',
    relations: ['GOMAXPROCS >= 1'],
  },
  {
    key: 'NumGoroutine',
    metric: '/sched/goroutines:goroutines',
    source: 'runtime/metrics',
    unit: 'goroutines',
    kind: 'gauge',
    cumulative: false,
    description:
      "Number of goroutines that exist right now, as runtime.NumGoroutine reports it, leaving out the runtime's system goroutines.",
    label: 'goroutines',
    relations: ['NumGoroutine >= 1'],
  },

  // ---- heaplab figures: pacer and scavenger internals and settings (facts §4, §5) ----
  {
    key: 'HeapLive',
    source: 'heaplab',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Heap bytes the pacer counts as live: what the last GC marked plus all allocated since, taking whole spans handed to mcaches.',
    label: 'heap live',
    relations: ['HeapLive >= HeapMarked'],
  },
  {
    key: 'HeapMarked',
    source: 'heaplab',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Heap bytes the last GC cycle found reachable, the base from which the pacer sets the next heap goal.',
    label: 'heap marked',
  },
  {
    key: 'HeapTrigger',
    source: 'heaplab',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Value of HeapLive at which the next GC cycle starts, placed by the pacer between the marked heap and the heap goal.',
    label: 'GC trigger',
    relations: ['HeapTrigger >= HeapMarked', 'HeapTrigger <= HeapGoal'],
  },
  {
    key: 'HeapRetained',
    metricRelation: `${HEAP_OBJECTS} + ${HEAP_UNUSED} + ${HEAP_FREE}`,
    source: 'heaplab',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Heap memory the runtime keeps backed by RAM, in use or idle, which the background scavenger compares with its goal.',
    label: 'heap retained',
    relations: ['HeapRetained = HeapSys - HeapReleased', 'HeapRetained = HeapInuse + HeapFree'],
  },
  {
    key: 'MappedReady',
    metricRelation: `/memory/classes/total:bytes - ${HEAP_RELEASED}`,
    source: 'heaplab',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Mapped runtime memory that has not been released to the OS, which is the amount the memory limit is compared against.',
    label: 'limit-counted',
    relations: ['MappedReady = Sys - HeapReleased'],
  },
  {
    key: 'ScavengeGoal',
    source: 'heaplab',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      "Retained heap the background scavenger works down to: last cycle's HeapInuse scaled by the change in heap goal, plus 10%.",
    label: 'scavenge goal',
  },
  {
    key: 'MemoryLimit',
    source: 'heaplab',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Soft limit on MappedReady set by GOMEMLIMIT or debug.SetMemoryLimit; when unset it is MaxInt64, meaning no limit.',
    label: 'memory limit',
  },
  {
    key: 'GOGC',
    source: 'heaplab',
    unit: 'percent',
    kind: 'gauge',
    cumulative: false,
    description:
      'Growth allowed before the next heap goal, in percent of the live heap plus GC roots, set by GOGC or debug.SetGCPercent; -1 means off.',
    label: 'GOGC',
    relations: ['GOGC >= -1'],
  },

  // ---- Linux figures of the simulated process and machine (facts §6) ----
  {
    key: 'VmRSS',
    source: 'linux',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Process memory resident in RAM right now, as VmRSS in /proc/self/status shows it: anonymous, file-backed and shared pages.',
    label: 'RSS',
    relations: ['VmRSS >= RssAnon', 'VmRSS <= VmSize'],
  },
  {
    key: 'RssAnon',
    source: 'linux',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Resident anonymous memory such as the Go heap and stacks, including pages freed with MADV_FREE that the kernel has not taken back.',
    label: 'anon RSS',
    relations: ['RssAnon >= LazyFree'],
  },
  {
    key: 'LazyFree',
    source: 'linux',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Pages the runtime released with MADV_FREE that are still resident until memory pressure makes the kernel reclaim them.',
    label: 'lazy free',
  },
  {
    key: 'VmSize',
    source: 'linux',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      'Total virtual address space the process has mapped, including reserved heap arenas that have never touched RAM.',
    label: 'virtual size',
  },
  {
    key: 'ContainerMemoryLimit',
    source: 'linux',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description:
      "The simulated container's cgroup memory limit (memory.max); when the kernel cannot keep usage under it, it OOM-kills the process.",
    label: 'container limit',
  },
  {
    key: 'PhysicalMemory',
    source: 'linux',
    unit: 'bytes',
    kind: 'gauge',
    cumulative: false,
    description: 'RAM installed in the simulated machine, as MemTotal in /proc/meminfo shows it.',
    label: 'physical RAM',
  },
];

const byKey: ReadonlyMap<string, MetricDescriptor> = new Map(metricDescriptors.map((d) => [d.key, d]));

/** The descriptor with this key, or undefined when heaplab has no such figure. */
export function metricByKey(key: string): MetricDescriptor | undefined {
  return byKey.get(key);
}
