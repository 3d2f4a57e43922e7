// The cost model: simulated CPU nanoseconds for the runtime's work. Time in
// heaplab is simulated; these constants turn work (objects marked, bytes
// scanned, spans swept, pages released) into CPU time, which the collector,
// the pacer and the scavenger then use exactly as Go uses measured time.
//
// Calibration (ARCHITECTURE.md "Cost model"): against the real Go 1.19.8 runs
// in shared/reference/real-go on a 2-CPU machine.
//  - Marking: the LRU experiment's steady cycles mark ~1.31 GB (about 3.1M
//    objects, ~130 MB of it pointer-bearing) with 240 ms of mark CPU
//    (gctrace `3.4+106/131` ms cpu); gogc-sweep's paced cycles mark 75 MB
//    (~30k objects, ~25 MB scanned) with ~9.5 ms. Per object 55 ns and per
//    scanned byte 0.45 ns fit both within ~15%: a marked object is mostly a
//    cache miss, scanning is streaming.
//  - STW phases: gctrace clock fields 0.02–0.07 ms (sweep termination) and
//    0.03–0.1 ms (mark termination).
//  - Sweeping: per span plus per object slot; chosen so the LRU fill's
//    background sweeper leaves HeapInuse where real runs show it.
//  - Scavenging: the scavenger series released ~2.5 GiB with ~290 ms of
//    system time (stime column): 0.45 µs per 4 KiB page plus a syscall per
//    64 KiB quantum.
//  - Allocation: the fast gogc-sweep workload allocates 2 GiB in 931k
//    objects in 0.75 s wall including faults; the paced one adds its own work.

/** CPU cost constants, in nanoseconds. */
export interface CostModel {
  /** mallocgc fast path for a small object. */
  mallocSmallNs: number;
  /** Extra cost of a large allocation (span setup). */
  mallocLargeNs: number;
  /** Zeroing / first write, per byte allocated. */
  allocPerByteNs: number;
  /**
   * Allocation costs this many times more while marking (allocate-black,
   * write-barrier buffers, assists' cache pollution): real fast gogc-sweep
   * runs allocate ~1.3 GB/s while marking against ~3 GB/s otherwise; 1.6
   * fits their cycle counts and peaks best (1.2 gives too few cycles and too
   * high a peak at GOGC=400, 2.0 too many cycles at GOGC=100).
   */
  markPhaseAllocFactor: number;
  /**
   * A pointer store while marking (the write barrier shades two pointers
   * into its buffer, and their cache lines miss). With it the LRU fill
   * allocates ~0.4 GB/s while marking, as the real gctrace shows (141 MB
   * during a 383 ms mark), against ~0.9 GB/s otherwise.
   */
  writeBarrierNs: number;
  /** Marking one object (find the span, set the bit, enqueue). */
  markPerObjectNs: number;
  /** Scanning pointer-bearing memory, per byte (heap objects, stacks, globals). */
  scanPerByteNs: number;
  /** Sweep termination stop-the-world. */
  stwSweepTermNs: number;
  /** Mark termination stop-the-world. */
  stwMarkTermNs: number;
  /** Sweeping one span, fixed part. */
  sweepSpanNs: number;
  /** Sweeping, per object slot of the span. */
  sweepPerSlotNs: number;
  /** madvise of one 4 KiB physical page. */
  scavengePerPhysPageNs: number;
  /** Fixed cost of one scavenge call (64 KiB quantum). */
  scavengeCallNs: number;
}

export const defaultCostModel: Readonly<CostModel> = {
  mallocSmallNs: 20,
  mallocLargeNs: 400,
  allocPerByteNs: 0.3,
  markPhaseAllocFactor: 1.6,
  writeBarrierNs: 25,
  markPerObjectNs: 50,
  scanPerByteNs: 0.32,
  stwSweepTermNs: 40_000,
  stwMarkTermNs: 60_000,
  sweepSpanNs: 1500,
  sweepPerSlotNs: 20,
  scavengePerPhysPageNs: 330,
  scavengeCallNs: 1_500,
};
