// Simulated Linux memory of one process on one machine: the pages behind RSS.
//
// Models the parts of the Linux kernel (x86-64, 4 KiB pages, kernel 6.x) that decide what a Go program's
// RSS is (facts §5 "What returned to the OS means", §6 "MADV_FREE vs MADV_DONTNEED"):
//   - mmap: private anonymous mappings (virtual address space, VmSize); nothing is resident until touched.
//   - page faults: the first write to a page makes it resident (a zero page, RSS up).
//   - madvise(MADV_DONTNEED): pages are dropped at once (RSS down); the next touch faults in a zero page.
//   - madvise(MADV_FREE): pages stay resident and counted in RSS and in smaps `LazyFree` until the kernel
//     reclaims them under memory pressure; a write before reclaim keeps the page (no fault, contents kept).
//   - reclaim of lazily-freed pages, oldest first (the kernel moves them to the inactive LRU list in
//     madvise order and reclaims from its tail), on background pressure, at the cgroup limit
//     (memory.max) and when the machine runs out of physical memory; if that is not enough, the OOM killer.
//   - munmap, VmPeak/VmHWM, page-table bytes (VmPTE), and the text of /proc/self/status and
//     /proc/self/smaps_rollup in the exact Linux layout (seq_put_decimal_ull_width, width 8, " kB").
//
// Representation: one Uint8Array of page states per mapping (0 untouched/dropped, 1 resident, 2 lazily
// freed) plus per-mapping and global running counters, so every size is O(1) to read and range operations
// are O(pages in range), with fill() fast paths for whole ranges in one state. Lazily-freed pages carry the
// number of the MADV_FREE call that freed them (a Uint32Array per mapping, allocated on first use); a FIFO
// of those calls gives the reclaim order without sorting.
//
// Simplifications (each deliberate):
//   - Huge pages (THP) are not modelled: every page is an OS page of `osPageSize`; AnonHugePages,
//     ShmemPmdMapped, FilePmdMapped and the Hugetlb lines are always 0. (Real Go 1.19 calls MADV_HUGEPAGE /
//     MADV_NOHUGEPAGE, so part of a real heap is backed by 2 MiB pages; see real-go/README.md.)
//   - No protection bits: every mapping is read-write, so a PROT_NONE reservation is not distinguished from
//     a usable mapping (real VmData excludes PROT_NONE reservations; here VmData counts every anonymous
//     mapping except the stack). Touching outside any mapping throws (SIGSEGV).
//   - Adjacent mappings are never merged into one VMA; each mmap stays its own mapping.
//   - Address placement is deterministic (no ASLR): a free, page-aligned hint is honoured, otherwise the
//     highest free gap below a fixed mmap base is used (Linux's top-down allocator). No overcommit
//     accounting: mmap never fails for lack of memory, only for lack of address space.
//   - The process is alone on the machine: all of `physicalMemoryBytes` is available to it (no kernel, page
//     cache or other processes); there is no swap. Page tables are not charged to the cgroup.
//   - Reclaim frees exactly the pages needed (not SWAP_CLUSTER_MAX batches); only lazily-freed pages are
//     reclaimable (clean file pages of the executable are never reclaimed).
//   - A touch first revives the lazily-freed pages in its own range (they are written without a fault),
//     then faults in untouched pages in ascending address order; if the limit is still exceeded after
//     reclaiming every other lazily-freed page, the pages up to the limit are faulted in and the process is
//     OOM-killed. A killed process keeps its page states frozen (so the UI can show the moment of death) and
//     refuses every further mutation by throwing OomKilled.
//   - Referenced = Rss - LazyFree (MADV_FREE clears the young and referenced bits); file pages are clean.
//   - VmPTE counts PTE, PMD and PUD table pages for every page-table range that ever had a fault; tables
//     are freed only by munmap (as in Linux, MADV_DONTNEED does not free them).
//   - /proc/self/status lines other than the memory ones (Uid, SigCgt, Cpus_allowed, ...) are plausible
//     constants copied from a real Go 1.19 process on kernel 6.18 with 2 CPUs.
//   - The optional executable is one file-backed r-xp mapping at 0x400000 (Go's non-PIE text address),
//     fully resident; the optional main-thread stack is one fully resident [stack] mapping.

/** 0: untouched or dropped (not resident); 1: resident; 2: lazily freed (MADV_FREE), still resident. */
export type PageState = 0 | 1 | 2;

export interface MachineConfig {
  /** RAM of the machine; the process may use all of it. */
  physicalMemoryBytes: number;
  /** cgroup v2 memory.max of the container; 0 = no limit. */
  containerLimitBytes: number;
  /** OS page size; a power of two, default 4096. */
  osPageSize?: number;
  /** Pid shown in /proc/self/status and the OOM message; default 4242. */
  pid?: number;
  /** Process name (comm, at most 15 characters); default "main". */
  processName?: string;
  /** Size of the program's file-backed text mapping (VmExe, RssFile), fully resident; default 0 (none). */
  executableBytes?: number;
  /** Size of the main thread's stack mapping (VmStk), fully resident; default 0 (none). */
  mainStackBytes?: number;
}

export type MappingKind = 'anon' | 'stack' | 'file';

export interface MappingInfo {
  addr: number;
  bytes: number;
  tag: string;
  kind: MappingKind;
  residentBytes: number;
  lazyFreeBytes: number;
}

export interface PageStateCounts {
  untouched: number;
  resident: number;
  lazyFree: number;
  /** Pages of the range outside every mapping. */
  unmapped: number;
}

export interface LinuxMemory {
  readonly osPageSize: number;
  /**
   * Maps `bytes` (rounded up to whole OS pages) of private anonymous memory and returns its page-aligned
   * base address. A free hint is used as is; otherwise the highest free gap below the mmap base is taken.
   * Counts in VmSize. Nothing becomes resident until touched.
   */
  mmap(bytes: number, tag: string, hintAddr?: number): number;
  /** Unmaps every page of [addr, addr+len) (addr page-aligned, len rounded up); holes are allowed. */
  munmap(addr: number, len: number): void;
  /**
   * Writes [addr, addr+len): untouched pages fault in (RSS up); lazily-freed pages become plain resident
   * again without a fault (RSS unchanged, LazyFree down). Throws an Error for unmapped addresses and
   * OomKilled when the write kills the process.
   */
  touch(addr: number, len: number): void;
  /**
   * madvise: 'dontneed' drops resident and lazy pages at once (RSS down); 'free' marks resident pages
   * lazily freed (RSS unchanged, LazyFree up). Address and length must be OS-page aligned.
   */
  madvise(addr: number, len: number, advice: 'dontneed' | 'free'): void;
  /**
   * Background memory pressure 0..1: the fraction of lazily-freed pages the kernel reclaims now
   * (1 = all), oldest-freed first. Returns the bytes reclaimed (0 once the process is dead).
   */
  applyMemoryPressure(level: number): number;
  readonly rssBytes: number;
  readonly lazyFreeBytes: number;
  readonly vmSizeBytes: number;
  readonly rssAnonBytes: number;
  readonly rssFileBytes: number;
  /** Peak RSS (VmHWM). */
  readonly rssPeakBytes: number;
  /** Peak VmSize (VmPeak). */
  readonly vmPeakBytes: number;
  /** Page-table bytes (VmPTE). */
  readonly pageTableBytes: number;
  /** Set when a limit was exceeded and the process was OOM-killed. */
  readonly oomKilled: boolean;
  /** The kernel's log line for the kill, or "" while the process lives. */
  readonly oomMessage: string;
  readonly containerLimitBytes: number;
  readonly physicalMemoryBytes: number;
  /** Sets memory.max (0 = none); RSS above it is reclaimed at once, or the process is OOM-killed. */
  setContainerLimit(bytes: number): void;
  /** Sets the machine's RAM; RSS above it is reclaimed at once, or the process is OOM-killed. */
  setPhysicalMemory(bytes: number): void;
  /** Text of /proc/self/status. */
  procSelfStatus(name?: string): string;
  /** Text of /proc/self/smaps_rollup. */
  smapsRollup(): string;
  /** Page states of every page overlapping [addr, addr+len). */
  pageStateCounts(addr: number, len: number): PageStateCounts;
  /**
   * Page states of [addr, addr+len) per granule of `granuleBytes` (a multiple of the OS page size), four
   * counts per granule: untouched, resident, lazily freed, unmapped. For the UI heap map.
   */
  pageStateGranules(addr: number, len: number, granuleBytes: number): Uint32Array;
  /** The mappings in address order. */
  mappings(): MappingInfo[];
}

/** Thrown when the process is OOM-killed, and by every later mutation of its memory. */
export class OomKilled extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OomKilled';
  }
}

export function createLinuxMemory(config: MachineConfig): LinuxMemory {
  return new ProcessMemory(config);
}

const UNTOUCHED = 0;
const RESIDENT = 1;
const LAZY = 2;

/** Lowest address mmap may return (vm.mmap_min_addr). */
const MMAP_MIN_ADDR = 0x10000;
/** Top of the user address space on x86-64 with 4-level page tables (TASK_SIZE). */
const TASK_SIZE = 0x7ffffffff000;
/** Where the top-down mmap search starts (the classic address without ASLR). */
const MMAP_BASE = 0x7ffff7fff000;
/** Go's non-PIE text address on linux/amd64. */
const TEXT_ADDR = 0x400000;

interface Mapping {
  /** Absolute page number of the first page (address / osPageSize). */
  startPage: number;
  endPage: number;
  pages: number;
  tag: string;
  kind: MappingKind;
  state: Uint8Array;
  /** MADV_FREE call number of each lazily-freed page, 0 otherwise; allocated on first MADV_FREE. */
  seq: Uint32Array | null;
  resident: number;
  lazy: number;
}

/** One madvise(MADV_FREE) call: the pages it freed that are still lazily freed are `live`. */
interface LazyBatch {
  seq: number;
  endPage: number;
  /** Next page to look at when reclaiming; pages before it hold no lazy page of this batch. */
  cursor: number;
  live: number;
}

interface Segment {
  m: Mapping;
  i0: number;
  i1: number;
}

function hex(n: number): string {
  return '0x' + n.toString(16);
}

function kB(bytes: number): number {
  return Math.floor(bytes / 1024);
}

function checkBytes(what: string, n: number, allowZero: boolean): void {
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0) || Math.floor(n) !== n) {
    throw new Error(`${what}: invalid byte count ${n}`);
  }
}

class ProcessMemory implements LinuxMemory {
  readonly osPageSize: number;
  private readonly pid: number;
  private readonly comm: string;
  private physBytes: number;
  private limitBytes: number;
  /** Mappings sorted by startPage, never overlapping. */
  private maps: Mapping[] = [];
  private last: Mapping | null = null;

  // Running counters, in pages.
  private residentPages = 0; // state 1, all kinds
  private fileResidentPages = 0; // state 1 in file mappings
  private lazyPages = 0; // state 2
  private vmPages = 0;
  private dataPages = 0;
  private stackPages = 0;
  private exePages = 0;
  private peakRssPages = 0;
  private peakVmPages = 0;

  // Page tables: PTE ranges that ever had a fault, and per PMD/PUD range how many lower tables it holds.
  private readonly ptFanout: number;
  private readonly pteTables = new Set<number>();
  private readonly pmdTables = new Map<number, number>();
  private readonly pudTables = new Map<number, number>();
  private lastPteTable = -1;

  // Reclaim order of lazily-freed pages: MADV_FREE calls, oldest first.
  private queue: LazyBatch[] = [];
  private head = 0;
  private readonly liveBatches = new Map<number, LazyBatch>();
  private lastBatch: LazyBatch | null = null;
  private nextSeq = 1;

  private killed = false;
  private killMessage = '';

  constructor(config: MachineConfig) {
    const ps = config.osPageSize ?? 4096;
    if (!Number.isInteger(ps) || ps < 512 || (ps & (ps - 1)) !== 0) {
      throw new Error(`osPageSize must be a power of two >= 512, got ${ps}`);
    }
    this.osPageSize = ps;
    this.ptFanout = ps / 8;
    checkBytes('physicalMemoryBytes', config.physicalMemoryBytes, false);
    checkBytes('containerLimitBytes', config.containerLimitBytes, true);
    this.physBytes = config.physicalMemoryBytes;
    this.limitBytes = config.containerLimitBytes;
    this.pid = config.pid ?? 4242;
    this.comm = (config.processName ?? 'main').slice(0, 15);
    const exe = config.executableBytes ?? 0;
    const stack = config.mainStackBytes ?? 0;
    checkBytes('executableBytes', exe, true);
    checkBytes('mainStackBytes', stack, true);
    if (exe > 0) {
      const a = this.map(this.pagesFor(exe), 'text', 'file', TEXT_ADDR);
      this.touch(a, exe);
    }
    if (stack > 0) {
      const pages = this.pagesFor(stack);
      const a = this.map(pages, '[stack]', 'stack', TASK_SIZE - pages * ps);
      this.touch(a, stack);
    }
  }

  // ---- readers ----

  get rssBytes(): number {
    return (this.residentPages + this.lazyPages) * this.osPageSize;
  }
  get lazyFreeBytes(): number {
    return this.lazyPages * this.osPageSize;
  }
  get vmSizeBytes(): number {
    return this.vmPages * this.osPageSize;
  }
  get rssAnonBytes(): number {
    return (this.residentPages - this.fileResidentPages + this.lazyPages) * this.osPageSize;
  }
  get rssFileBytes(): number {
    return this.fileResidentPages * this.osPageSize;
  }
  get rssPeakBytes(): number {
    return this.peakRssPages * this.osPageSize;
  }
  get vmPeakBytes(): number {
    return this.peakVmPages * this.osPageSize;
  }
  get pageTableBytes(): number {
    return (this.pteTables.size + this.pmdTables.size + this.pudTables.size) * this.osPageSize;
  }
  get oomKilled(): boolean {
    return this.killed;
  }
  get oomMessage(): string {
    return this.killMessage;
  }
  get containerLimitBytes(): number {
    return this.limitBytes;
  }
  get physicalMemoryBytes(): number {
    return this.physBytes;
  }

  // ---- mappings ----

  mmap(bytes: number, tag: string, hintAddr?: number): number {
    this.checkAlive();
    checkBytes('mmap', bytes, false);
    const pages = this.pagesFor(bytes);
    const ps = this.osPageSize;
    const hint = hintAddr === undefined ? undefined : Math.ceil(hintAddr / ps) * ps;
    return this.map(pages, tag, 'anon', hint);
  }

  munmap(addr: number, len: number): void {
    this.checkAlive();
    const ps = this.osPageSize;
    if (addr % ps !== 0) throw new Error(`munmap(${hex(addr)}, ${len}): EINVAL: address not page aligned`);
    checkBytes('munmap', len, true);
    if (len === 0) return;
    const p0 = addr / ps;
    const p1 = p0 + this.pagesFor(len);
    const out: Mapping[] = [];
    for (const m of this.maps) {
      if (m.endPage <= p0 || m.startPage >= p1) {
        out.push(m);
        continue;
      }
      const lo = Math.max(p0, m.startPage) - m.startPage;
      const hi = Math.min(p1, m.endPage) - m.startPage;
      this.dropRange(m, lo, hi);
      this.countMapping(m, -(hi - lo));
      if (lo > 0) {
        out.push(this.sliceMapping(m, 0, lo));
      }
      if (hi < m.pages) {
        out.push(this.sliceMapping(m, hi, m.pages));
      }
    }
    out.sort((a, b) => a.startPage - b.startPage);
    this.maps = out;
    this.last = null;
    this.freePageTables(p0, p1);
  }

  // ---- page operations ----

  touch(addr: number, len: number): void {
    if (this.killed) throw new OomKilled(this.killMessage);
    if (!(len > 0) || !Number.isFinite(addr + len)) {
      if (len === 0) return;
      throw new Error(`touch(${addr}, ${len}): invalid range`);
    }
    const ps = this.osPageSize;
    const p0 = Math.floor(addr / ps);
    const p1 = Math.ceil((addr + len) / ps);
    let m = this.last;
    if (m === null || p0 < m.startPage || p1 > m.endPage) {
      m = this.mappingAt(p0);
      if (m === null || p1 > m.endPage) {
        this.touchSegments(this.segments(p0, p1, 'touch', addr, len));
        return;
      }
      this.last = m;
    }
    if (m.resident === m.pages) return; // fast path: everything already resident
    const i0 = p0 - m.startPage;
    const i1 = p1 - m.startPage;
    const zeros = this.revive(m, i0, i1);
    if (zeros === 0) return;
    const allowed = this.admit(zeros);
    this.faultIn(m, i0, i1, zeros, allowed);
    if (allowed < zeros) this.die();
  }

  madvise(addr: number, len: number, advice: 'dontneed' | 'free'): void {
    this.checkAlive();
    if (advice !== 'dontneed' && advice !== 'free') {
      throw new Error(`madvise(${hex(addr)}, ${len}): unknown advice ${String(advice)}`);
    }
    const name = advice === 'free' ? 'MADV_FREE' : 'MADV_DONTNEED';
    const ps = this.osPageSize;
    if (!Number.isFinite(addr + len) || addr % ps !== 0 || len % ps !== 0) {
      throw new Error(
        `madvise(${hex(addr)}, ${len}, ${name}): range is not aligned to the ${ps}-byte OS page ` +
          '(Go throws "unaligned sysUnused")',
      );
    }
    if (len < 0) throw new Error(`madvise(${hex(addr)}, ${len}, ${name}): negative length`);
    if (len === 0) return;
    const p0 = addr / ps;
    const p1 = p0 + len / ps;
    const segs = this.segments(p0, p1, 'madvise', addr, len);
    if (advice === 'dontneed') {
      for (const s of segs) this.dropRange(s.m, s.i0, s.i1);
      return;
    }
    for (const s of segs) {
      if (s.m.kind === 'file') {
        throw new Error(
          `madvise(${hex(addr)}, ${len}, MADV_FREE): EINVAL: ${s.m.tag} is not anonymous memory`,
        );
      }
    }
    const seq = this.nextSeq++;
    let freed = 0;
    for (const s of segs) freed += this.lazyFreeRange(s.m, s.i0, s.i1, seq);
    if (freed > 0) {
      const b: LazyBatch = { seq, endPage: p1, cursor: p0, live: freed };
      this.queue.push(b);
      this.liveBatches.set(seq, b);
      this.compactQueue();
    }
  }

  applyMemoryPressure(level: number): number {
    if (!(level >= 0 && level <= 1)) throw new RangeError(`memory pressure must be in 0..1, got ${level}`);
    if (this.killed) return 0; // a dead process's pages stay as they were at the kill
    const n = level === 1 ? this.lazyPages : Math.floor(level * this.lazyPages);
    return this.reclaim(n) * this.osPageSize;
  }

  setContainerLimit(bytes: number): void {
    checkBytes('setContainerLimit', bytes, true);
    this.limitBytes = bytes;
    this.enforceLimits();
  }

  setPhysicalMemory(bytes: number): void {
    checkBytes('setPhysicalMemory', bytes, false);
    this.physBytes = bytes;
    this.enforceLimits();
  }

  // ---- queries ----

  pageStateCounts(addr: number, len: number): PageStateCounts {
    const ps = this.osPageSize;
    const out: PageStateCounts = { untouched: 0, resident: 0, lazyFree: 0, unmapped: 0 };
    if (!(len > 0)) return out;
    const p0 = Math.floor(addr / ps);
    const p1 = Math.ceil((addr + len) / ps);
    let mapped = 0;
    for (let k = this.indexAtOrAfter(p0); k < this.maps.length; k++) {
      const m = this.maps[k];
      if (m.startPage >= p1) break;
      const i0 = Math.max(p0, m.startPage) - m.startPage;
      const i1 = Math.min(p1, m.endPage) - m.startPage;
      mapped += i1 - i0;
      if (i0 === 0 && i1 === m.pages) {
        out.resident += m.resident;
        out.lazyFree += m.lazy;
        out.untouched += m.pages - m.resident - m.lazy;
        continue;
      }
      let r = 0;
      let z = 0;
      const st = m.state;
      for (let i = i0; i < i1; i++) {
        const s = st[i];
        if (s === RESIDENT) r++;
        else if (s === LAZY) z++;
      }
      out.resident += r;
      out.lazyFree += z;
      out.untouched += i1 - i0 - r - z;
    }
    out.unmapped = p1 - p0 - mapped;
    return out;
  }

  pageStateGranules(addr: number, len: number, granuleBytes: number): Uint32Array {
    const ps = this.osPageSize;
    if (!(granuleBytes > 0) || granuleBytes % ps !== 0) {
      throw new Error(`pageStateGranules: granule ${granuleBytes} is not a multiple of the ${ps}-byte page`);
    }
    if (addr % ps !== 0) throw new Error(`pageStateGranules: address ${hex(addr)} is not page aligned`);
    checkBytes('pageStateGranules', len, true);
    const g = granuleBytes / ps;
    const p0 = addr / ps;
    const p1 = p0 + this.pagesFor(len);
    const n = Math.ceil((p1 - p0) / g);
    const out = new Uint32Array(n * 4);
    // Every page starts as unmapped; mapped pages move to their state's column.
    for (let k = 0; k < n; k++) out[k * 4 + 3] = Math.min(g, p1 - p0 - k * g);
    for (let k = this.indexAtOrAfter(p0); k < this.maps.length; k++) {
      const m = this.maps[k];
      if (m.startPage >= p1) break;
      const a = Math.max(p0, m.startPage);
      const b = Math.min(p1, m.endPage);
      const st = m.state;
      let p = a;
      while (p < b) {
        const gi = Math.floor((p - p0) / g);
        const gEnd = Math.min(b, p0 + (gi + 1) * g);
        const o = gi * 4;
        let r = 0;
        let z = 0;
        for (let i = p - m.startPage, e = gEnd - m.startPage; i < e; i++) {
          const s = st[i];
          if (s === RESIDENT) r++;
          else if (s === LAZY) z++;
        }
        out[o] += gEnd - p - r - z;
        out[o + 1] += r;
        out[o + 2] += z;
        out[o + 3] -= gEnd - p;
        p = gEnd;
      }
    }
    return out;
  }

  mappings(): MappingInfo[] {
    const ps = this.osPageSize;
    return this.maps.map((m) => ({
      addr: m.startPage * ps,
      bytes: m.pages * ps,
      tag: m.tag,
      kind: m.kind,
      residentBytes: m.resident * ps,
      lazyFreeBytes: m.lazy * ps,
    }));
  }

  procSelfStatus(name?: string): string {
    const comm = (name ?? this.comm).slice(0, 15);
    const ps = this.osPageSize;
    const pid = String(this.pid);
    const vm = (label: string, pages: number) => `${label}:\t${String(kB(pages * ps)).padStart(8)} kB`;
    const anonPages = this.residentPages - this.fileResidentPages + this.lazyPages;
    const mems = `${'00000000,'.repeat(31)}00000001`;
    return [
      `Name:\t${comm}`,
      'Umask:\t0022',
      'State:\tR (running)',
      `Tgid:\t${pid}`,
      'Ngid:\t0',
      `Pid:\t${pid}`,
      'PPid:\t1',
      'TracerPid:\t0',
      'Uid:\t0\t0\t0\t0',
      'Gid:\t0\t0\t0\t0',
      'FDSize:\t64',
      'Groups:\t ',
      `NStgid:\t${pid}`,
      `NSpid:\t${pid}`,
      `NSpgid:\t${pid}`,
      `NSsid:\t${pid}`,
      'Kthread:\t0',
      vm('VmPeak', this.peakVmPages),
      vm('VmSize', this.vmPages),
      vm('VmLck', 0),
      vm('VmPin', 0),
      vm('VmHWM', this.peakRssPages),
      vm('VmRSS', this.residentPages + this.lazyPages),
      vm('RssAnon', anonPages),
      vm('RssFile', this.fileResidentPages),
      vm('RssShmem', 0),
      vm('VmData', this.dataPages),
      vm('VmStk', this.stackPages),
      vm('VmExe', this.exePages),
      vm('VmLib', 0),
      `VmPTE:\t${String(kB(this.pageTableBytes)).padStart(8)} kB`,
      vm('VmSwap', 0),
      vm('HugetlbPages', 0),
      'CoreDumping:\t0',
      'THP_enabled:\t1',
      'untag_mask:\t0xffffffffffffffff',
      'Threads:\t5',
      'SigQ:\t0/96365',
      'SigPnd:\t0000000000000000',
      'ShdPnd:\t0000000000000000',
      'SigBlk:\t0000000000000000',
      'SigIgn:\t0000000000000000',
      'SigCgt:\tfffffffd7fc1feff',
      'CapInh:\t0000000000000000',
      'CapPrm:\t000001fffeffffff',
      'CapEff:\t000001fffeffffff',
      'CapBnd:\t000001fffeffffff',
      'CapAmb:\t0000000000000000',
      'NoNewPrivs:\t0',
      'Seccomp:\t0',
      'Seccomp_filters:\t0',
      'Speculation_Store_Bypass:\tvulnerable',
      'SpeculationIndirectBranch:\talways enabled',
      'Cpus_allowed:\t3',
      'Cpus_allowed_list:\t0-1',
      `Mems_allowed:\t${mems}`,
      'Mems_allowed_list:\t0',
      'voluntary_ctxt_switches:\t0',
      'nonvoluntary_ctxt_switches:\t0',
      '',
    ].join('\n');
  }

  smapsRollup(): string {
    const ps = this.osPageSize;
    let start = 0;
    let end = 0;
    if (this.maps.length > 0) {
      start = this.maps[0].startPage * ps;
      end = this.maps[this.maps.length - 1].endPage * ps;
    }
    const hex8 = (n: number) => n.toString(16).padStart(8, '0');
    const head = `${hex8(start)}-${hex8(end)} ---p 00000000 00:00 0`;
    const line = (label: string, pages: number) =>
      `${`${label}:`.padEnd(16)}${String(kB(pages * ps)).padStart(8)} kB`;
    const anonResident = this.residentPages - this.fileResidentPages;
    const rss = this.residentPages + this.lazyPages;
    const file = this.fileResidentPages;
    const lazy = this.lazyPages;
    return [
      `${head.padEnd(72)} [rollup]`,
      line('Rss', rss),
      line('Pss', rss),
      line('Pss_Dirty', anonResident),
      line('Pss_Anon', anonResident + lazy),
      line('Pss_File', file),
      line('Pss_Shmem', 0),
      line('Shared_Clean', 0),
      line('Shared_Dirty', 0),
      line('Private_Clean', lazy + file),
      line('Private_Dirty', anonResident),
      line('Referenced', rss - lazy),
      line('Anonymous', anonResident + lazy),
      line('KSM', 0),
      line('LazyFree', lazy),
      line('AnonHugePages', 0),
      line('ShmemPmdMapped', 0),
      line('FilePmdMapped', 0),
      line('Shared_Hugetlb', 0),
      line('Private_Hugetlb', 0),
      line('Swap', 0),
      line('SwapPss', 0),
      line('Locked', 0),
      '',
    ].join('\n');
  }

  // ---- internals: mappings ----

  private pagesFor(bytes: number): number {
    return Math.ceil(bytes / this.osPageSize);
  }

  private checkAlive(): void {
    if (this.killed) throw new OomKilled(this.killMessage);
  }

  /** Places and records a mapping of `pages` pages; returns its address. */
  private map(pages: number, tag: string, kind: MappingKind, hintAddr: number | undefined): number {
    const ps = this.osPageSize;
    let startPage = -1;
    if (hintAddr !== undefined && hintAddr >= MMAP_MIN_ADDR && hintAddr + pages * ps <= TASK_SIZE) {
      const hp = hintAddr / ps;
      if (this.isFree(hp, hp + pages)) startPage = hp;
    }
    if (startPage < 0) startPage = this.topDown(pages);
    if (startPage < 0) {
      throw new Error(`mmap(${pages * ps} bytes, ${tag}): ENOMEM: no free range of that size`);
    }
    const m: Mapping = {
      startPage,
      endPage: startPage + pages,
      pages,
      tag,
      kind,
      state: new Uint8Array(pages),
      seq: null,
      resident: 0,
      lazy: 0,
    };
    let k = this.maps.length;
    while (k > 0 && this.maps[k - 1].startPage > startPage) k--;
    this.maps.splice(k, 0, m);
    this.countMapping(m, pages);
    return startPage * ps;
  }

  private countMapping(m: Mapping, pages: number): void {
    this.vmPages += pages;
    if (m.kind === 'anon') this.dataPages += pages;
    else if (m.kind === 'stack') this.stackPages += pages;
    else this.exePages += pages;
    if (this.vmPages > this.peakVmPages) this.peakVmPages = this.vmPages;
  }

  private isFree(p0: number, p1: number): boolean {
    const k = this.indexAtOrAfter(p0);
    return k >= this.maps.length || this.maps[k].startPage >= p1;
  }

  /** Highest free range of `pages` pages ending at or below the mmap base; -1 if none. */
  private topDown(pages: number): number {
    const ps = this.osPageSize;
    let top = Math.floor(MMAP_BASE / ps);
    const floor = Math.ceil(MMAP_MIN_ADDR / ps);
    for (let k = this.maps.length - 1; k >= 0; k--) {
      const m = this.maps[k];
      if (m.startPage >= top) continue;
      if (m.endPage <= top && top - m.endPage >= pages) return top - pages;
      top = m.startPage;
    }
    return top - floor >= pages ? top - pages : -1;
  }

  /** Index of the first mapping whose end is above `page`. */
  private indexAtOrAfter(page: number): number {
    const maps = this.maps;
    let lo = 0;
    let hi = maps.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (maps[mid].endPage <= page) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private mappingAt(page: number): Mapping | null {
    const k = this.indexAtOrAfter(page);
    if (k < this.maps.length && this.maps[k].startPage <= page) return this.maps[k];
    return null;
  }

  /** The mapping pieces covering [p0, p1); throws if any page is unmapped. */
  private segments(p0: number, p1: number, op: string, addr: number, len: number): Segment[] {
    const segs: Segment[] = [];
    let p = p0;
    for (let k = this.indexAtOrAfter(p0); k < this.maps.length && p < p1; k++) {
      const m = this.maps[k];
      if (m.startPage > p) break;
      const end = Math.min(p1, m.endPage);
      segs.push({ m, i0: p - m.startPage, i1: end - m.startPage });
      p = end;
    }
    if (p < p1) {
      const what = op === 'touch' ? 'SIGSEGV: unexpected fault address' : 'ENOMEM: unmapped page at';
      throw new Error(`${op}(${hex(addr)}, ${len}): ${what} ${hex(p * this.osPageSize)}`);
    }
    return segs;
  }

  /** A copy of pages [i0, i1) of `m` as a mapping of its own (for munmap splits). */
  private sliceMapping(m: Mapping, i0: number, i1: number): Mapping {
    const state = m.state.slice(i0, i1);
    let resident = 0;
    let lazy = 0;
    for (let i = 0; i < state.length; i++) {
      if (state[i] === RESIDENT) resident++;
      else if (state[i] === LAZY) lazy++;
    }
    return {
      startPage: m.startPage + i0,
      endPage: m.startPage + i1,
      pages: i1 - i0,
      tag: m.tag,
      kind: m.kind,
      state,
      seq: m.seq === null ? null : m.seq.slice(i0, i1),
      resident,
      lazy,
    };
  }

  // ---- internals: page states ----

  /** Lazily-freed pages of [i0, i1) become resident; returns how many pages of the range are untouched. */
  private revive(m: Mapping, i0: number, i1: number): number {
    const st = m.state;
    if (m.lazy === 0) {
      if (m.resident === 0) return i1 - i0;
      let z = 0;
      for (let i = i0; i < i1; i++) if (st[i] === UNTOUCHED) z++;
      return z;
    }
    const sq = m.seq!;
    let z = 0;
    let revived = 0;
    for (let i = i0; i < i1; i++) {
      const s = st[i];
      if (s === UNTOUCHED) z++;
      else if (s === LAZY) {
        st[i] = RESIDENT;
        this.unlazy(sq[i]);
        sq[i] = 0;
        revived++;
      }
    }
    m.lazy -= revived;
    m.resident += revived;
    this.lazyPages -= revived;
    this.residentPages += revived;
    return z;
  }

  /** Faults in up to `allowed` of the `zeros` untouched pages of [i0, i1), in address order. */
  private faultIn(m: Mapping, i0: number, i1: number, zeros: number, allowed: number): number {
    const st = m.state;
    let n = 0;
    let stop = i1;
    if (zeros === i1 - i0 && allowed >= zeros) {
      st.fill(RESIDENT, i0, i1);
      n = zeros;
    } else if (allowed > 0) {
      for (let i = i0; i < i1; i++) {
        if (st[i] === UNTOUCHED) {
          if (n === allowed) {
            stop = i;
            break;
          }
          st[i] = RESIDENT;
          n++;
        }
      }
    } else {
      stop = i0;
    }
    if (n === 0) return 0;
    m.resident += n;
    this.residentPages += n;
    if (m.kind === 'file') this.fileResidentPages += n;
    const rss = this.residentPages + this.lazyPages;
    if (rss > this.peakRssPages) this.peakRssPages = rss;
    this.notePageTables(m.startPage + i0, m.startPage + stop);
    return n;
  }

  private touchSegments(segs: Segment[]): void {
    const zeros: number[] = [];
    let need = 0;
    for (const s of segs) {
      const z = this.revive(s.m, s.i0, s.i1);
      zeros.push(z);
      need += z;
    }
    if (need === 0) return;
    let allowed = this.admit(need);
    const budget = allowed;
    for (let k = 0; k < segs.length && allowed > 0; k++) {
      const s = segs[k];
      if (zeros[k] > 0) allowed -= this.faultIn(s.m, s.i0, s.i1, zeros[k], allowed);
    }
    if (budget < need) this.die();
  }

  /** Drops every page of [i0, i1) (MADV_DONTNEED, munmap). */
  private dropRange(m: Mapping, i0: number, i1: number): void {
    if (m.resident === 0 && m.lazy === 0) return;
    const st = m.state;
    let r = 0;
    let z = 0;
    if (m.lazy === 0) {
      if (i0 === 0 && i1 === m.pages) r = m.resident;
      else for (let i = i0; i < i1; i++) r += st[i];
    } else {
      const sq = m.seq!;
      for (let i = i0; i < i1; i++) {
        const s = st[i];
        if (s === RESIDENT) r++;
        else if (s === LAZY) {
          z++;
          this.unlazy(sq[i]);
          sq[i] = 0;
        }
      }
    }
    st.fill(UNTOUCHED, i0, i1);
    m.resident -= r;
    m.lazy -= z;
    this.residentPages -= r;
    this.lazyPages -= z;
    if (m.kind === 'file') this.fileResidentPages -= r;
  }

  /** Resident pages of [i0, i1) become lazily freed by MADV_FREE call `seq`; returns how many. */
  private lazyFreeRange(m: Mapping, i0: number, i1: number, seq: number): number {
    if (m.resident === 0) return 0;
    if (m.seq === null) m.seq = new Uint32Array(m.pages);
    const st = m.state;
    const sq = m.seq;
    let n = 0;
    if (m.resident === m.pages) {
      st.fill(LAZY, i0, i1);
      sq.fill(seq, i0, i1);
      n = i1 - i0;
    } else {
      for (let i = i0; i < i1; i++) {
        if (st[i] === RESIDENT) {
          st[i] = LAZY;
          sq[i] = seq;
          n++;
        }
      }
    }
    m.resident -= n;
    m.lazy += n;
    this.residentPages -= n;
    this.lazyPages += n;
    return n;
  }

  /** A page of MADV_FREE call `seq` stopped being lazily freed (written, dropped or unmapped). */
  private unlazy(seq: number): void {
    let b = this.lastBatch;
    if (b === null || b.seq !== seq) {
      b = this.liveBatches.get(seq)!;
      this.lastBatch = b;
    }
    if (--b.live === 0) this.liveBatches.delete(seq);
  }

  private compactQueue(): void {
    const pending = this.queue.length - this.head;
    if (pending > 64 && pending > 2 * this.liveBatches.size) {
      this.queue = this.queue.slice(this.head).filter((b) => b.live > 0);
      this.head = 0;
    }
  }

  /** Reclaims up to `n` lazily-freed pages, oldest MADV_FREE call first; returns how many. */
  private reclaim(n: number): number {
    let done = 0;
    const q = this.queue;
    while (done < n && this.head < q.length) {
      const b = q[this.head];
      let p = b.cursor;
      while (b.live > 0 && done < n && p < b.endPage) {
        const k = this.indexAtOrAfter(p);
        if (k >= this.maps.length || this.maps[k].startPage >= b.endPage) {
          p = b.endPage;
          break;
        }
        const m = this.maps[k];
        if (m.startPage > p) p = m.startPage;
        const e = Math.min(m.endPage, b.endPage) - m.startPage;
        let i = p - m.startPage;
        if (m.lazy > 0) {
          const st = m.state;
          const sq = m.seq!;
          const want = Math.min(n - done, b.live);
          let got = 0;
          for (; i < e && got < want; i++) {
            if (st[i] === LAZY && sq[i] === b.seq) {
              st[i] = UNTOUCHED;
              sq[i] = 0;
              got++;
            }
          }
          m.lazy -= got;
          b.live -= got;
          done += got;
        } else {
          i = e;
        }
        p = m.startPage + i;
      }
      b.cursor = p;
      if (b.live > 0) break;
      this.liveBatches.delete(b.seq);
      this.head++;
    }
    this.lazyPages -= done;
    if (this.head > 1024 && this.head * 2 > q.length) {
      this.queue = q.slice(this.head);
      this.head = 0;
    }
    return done;
  }

  // ---- internals: limits and the OOM killer ----

  private limitPages(): number {
    const phys = Math.floor(this.physBytes / this.osPageSize);
    if (this.limitBytes === 0) return phys;
    return Math.min(phys, Math.floor(this.limitBytes / this.osPageSize));
  }

  /** How many of `need` new resident pages fit, after reclaiming lazily-freed pages if over the limit. */
  private admit(need: number): number {
    const limit = this.limitPages();
    const rss = this.residentPages + this.lazyPages;
    if (rss + need <= limit) return need;
    this.reclaim(Math.min(rss + need - limit, this.lazyPages));
    return Math.max(0, Math.min(need, limit - (this.residentPages + this.lazyPages)));
  }

  private enforceLimits(): void {
    if (this.killed) return;
    const limit = this.limitPages();
    const rss = this.residentPages + this.lazyPages;
    if (rss <= limit) return;
    this.reclaim(Math.min(rss - limit, this.lazyPages));
    if (this.residentPages + this.lazyPages > limit) this.die();
  }

  /** Kills the process: records the kernel's message and throws OomKilled. */
  private die(): never {
    const ps = this.osPageSize;
    const phys = Math.floor(this.physBytes / ps);
    const cg = this.limitBytes === 0 ? Number.POSITIVE_INFINITY : Math.floor(this.limitBytes / ps);
    const who = cg <= phys ? 'Memory cgroup out of memory' : 'Out of memory';
    const anon = this.residentPages - this.fileResidentPages + this.lazyPages;
    this.killed = true;
    this.killMessage =
      `${who}: Killed process ${this.pid} (${this.comm}) total-vm:${kB(this.vmPages * ps)}kB, ` +
      `anon-rss:${kB(anon * ps)}kB, file-rss:${kB(this.fileResidentPages * ps)}kB, shmem-rss:0kB, ` +
      `UID:0 pgtables:${kB(this.pageTableBytes)}kB oom_score_adj:0`;
    throw new OomKilled(this.killMessage);
  }

  // ---- internals: page tables ----

  private notePageTables(p0: number, p1: number): void {
    if (p1 <= p0) return;
    const f = this.ptFanout;
    const t0 = Math.floor(p0 / f);
    const t1 = Math.floor((p1 - 1) / f);
    if (t0 === t1 && t0 === this.lastPteTable) return;
    for (let t = t0; t <= t1; t++) {
      if (this.pteTables.has(t)) continue;
      this.pteTables.add(t);
      const pmd = Math.floor(t / f);
      const c = this.pmdTables.get(pmd) ?? 0;
      this.pmdTables.set(pmd, c + 1);
      if (c === 0) {
        const pud = Math.floor(pmd / f);
        this.pudTables.set(pud, (this.pudTables.get(pud) ?? 0) + 1);
      }
    }
    this.lastPteTable = t1;
  }

  /** After munmap of [p0, p1): frees the page tables no remaining mapping overlaps. */
  private freePageTables(p0: number, p1: number): void {
    const f = this.ptFanout;
    this.lastPteTable = -1;
    for (let t = Math.floor(p0 / f), t1 = Math.floor((p1 - 1) / f); t <= t1; t++) {
      if (!this.pteTables.has(t)) continue;
      const k = this.indexAtOrAfter(t * f);
      if (k < this.maps.length && this.maps[k].startPage < (t + 1) * f) continue;
      this.pteTables.delete(t);
      const pmd = Math.floor(t / f);
      const c = this.pmdTables.get(pmd)! - 1;
      if (c > 0) {
        this.pmdTables.set(pmd, c);
        continue;
      }
      this.pmdTables.delete(pmd);
      const pud = Math.floor(pmd / f);
      const d = this.pudTables.get(pud)! - 1;
      if (d > 0) this.pudTables.set(pud, d);
      else this.pudTables.delete(pud);
    }
  }
}
