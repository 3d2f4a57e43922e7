import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createLinuxMemory, type LinuxMemory, OomKilled } from '../../src/sim/linux.ts';

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
const PAGE = 4096;
const HEAP_HINT = 0xc000000000;

function machine(containerLimitBytes = 0, physicalMemoryBytes = 24 * GiB): LinuxMemory {
  return createLinuxMemory({ physicalMemoryBytes, containerLimitBytes });
}

/** Value of a `Key:\t   123 kB` line of /proc/self/status, in kB. */
function statusKB(text: string, key: string): number {
  const m = new RegExp(`^${key}:\\t *(\\d+) kB$`, 'm').exec(text);
  assert.ok(m, `no ${key} line in:\n${text}`);
  return Number(m[1]);
}

/** Value of a `Key:     123 kB` line of smaps_rollup, in kB. */
function rollupKB(text: string, key: string): number {
  const m = new RegExp(`^${key}: +(\\d+) kB$`, 'm').exec(text);
  assert.ok(m, `no ${key} line in:\n${text}`);
  return Number(m[1]);
}

describe('MADV_DONTNEED vs MADV_FREE (facts §6, run-verified 256 MiB case)', () => {
  // Shape of the run: ~10 MiB of runtime memory plus a 256 MiB heap that is touched, then returned with
  // madvise. DONTNEED: RSS 273200 kB -> 11024 kB. FREE: RSS stays ~273 MB, LazyFree ~262 MB until pressure.
  const cases: { advice: 'dontneed' | 'free'; rssAfterMadvise: number; lazyAfterMadvise: number }[] = [
    { advice: 'dontneed', rssAfterMadvise: 10 * MiB, lazyAfterMadvise: 0 },
    { advice: 'free', rssAfterMadvise: 266 * MiB, lazyAfterMadvise: 256 * MiB },
  ];
  for (const c of cases) {
    it(`${c.advice}: RSS ${c.rssAfterMadvise / MiB} MiB, LazyFree ${c.lazyAfterMadvise / MiB} MiB`, () => {
      const mem = machine();
      const runtime = mem.mmap(10 * MiB, 'runtime');
      mem.touch(runtime, 10 * MiB);
      const heap = mem.mmap(256 * MiB, 'heap', HEAP_HINT);
      assert.equal(heap, HEAP_HINT);
      mem.touch(heap, 256 * MiB);
      assert.equal(mem.rssBytes, 266 * MiB);
      assert.equal(mem.vmSizeBytes, 266 * MiB);

      mem.madvise(heap, 256 * MiB, c.advice);
      assert.equal(mem.rssBytes, c.rssAfterMadvise);
      assert.equal(mem.lazyFreeBytes, c.lazyAfterMadvise);
      assert.equal(mem.rssAnonBytes, c.rssAfterMadvise, 'lazily-freed pages still count in RssAnon');
      assert.equal(mem.vmSizeBytes, 266 * MiB, 'the mapping is kept');
      assert.equal(rollupKB(mem.smapsRollup(), 'LazyFree'), c.lazyAfterMadvise / KiB);

      // Memory pressure reclaims lazily-freed pages; DONTNEED has nothing left to reclaim.
      assert.equal(mem.applyMemoryPressure(1), c.lazyAfterMadvise);
      assert.equal(mem.rssBytes, 10 * MiB);
      assert.equal(mem.lazyFreeBytes, 0);
      assert.equal(mem.rssPeakBytes, 266 * MiB);

      // Touching again faults in zero pages: RSS back up.
      mem.touch(heap, 256 * MiB);
      assert.equal(mem.rssBytes, 266 * MiB);
    });
  }

  it('partial pressure reclaims that fraction, oldest MADV_FREE first', () => {
    const mem = machine();
    const a = mem.mmap(64 * PAGE, 'a');
    const b = mem.mmap(64 * PAGE, 'b');
    mem.touch(a, 64 * PAGE);
    mem.touch(b, 64 * PAGE);
    mem.madvise(b, 64 * PAGE, 'free'); // older
    mem.madvise(a, 64 * PAGE, 'free'); // newer
    assert.equal(mem.applyMemoryPressure(0.25), 32 * PAGE);
    assert.deepEqual(mem.pageStateCounts(b, 64 * PAGE), {
      untouched: 32,
      resident: 0,
      lazyFree: 32,
      unmapped: 0,
    });
    assert.deepEqual(mem.pageStateCounts(a, 64 * PAGE), {
      untouched: 0,
      resident: 0,
      lazyFree: 64,
      unmapped: 0,
    });
    assert.equal(mem.applyMemoryPressure(0), 0);
    assert.throws(() => mem.applyMemoryPressure(1.5), RangeError);
  });
});

describe('re-touching lazily-freed pages', () => {
  it('keeps them without a fault; only the rest is reclaimed', () => {
    const mem = machine();
    const heap = mem.mmap(100 * PAGE, 'heap', HEAP_HINT);
    mem.touch(heap, 100 * PAGE);
    mem.madvise(heap, 100 * PAGE, 'free');
    const peak = mem.rssPeakBytes;

    mem.touch(heap + 10, 40 * PAGE - 20); // pages 0..39, unaligned write
    assert.equal(mem.rssBytes, 100 * PAGE, 'no fault: RSS unchanged');
    assert.equal(mem.lazyFreeBytes, 60 * PAGE);
    assert.equal(mem.rssPeakBytes, peak);
    assert.deepEqual(mem.pageStateCounts(heap, 100 * PAGE), {
      untouched: 0,
      resident: 40,
      lazyFree: 60,
      unmapped: 0,
    });

    assert.equal(mem.applyMemoryPressure(1), 60 * PAGE);
    assert.equal(mem.rssBytes, 40 * PAGE);
    mem.touch(heap, 100 * PAGE); // the reclaimed pages fault in again
    assert.equal(mem.rssBytes, 100 * PAGE);
    assert.equal(mem.lazyFreeBytes, 0);
  });

  it('MADV_DONTNEED drops lazily-freed pages at once', () => {
    const mem = machine();
    const heap = mem.mmap(8 * PAGE, 'heap');
    mem.touch(heap, 8 * PAGE);
    mem.madvise(heap, 4 * PAGE, 'free');
    mem.madvise(heap, 8 * PAGE, 'dontneed');
    assert.equal(mem.rssBytes, 0);
    assert.equal(mem.lazyFreeBytes, 0);
    assert.equal(mem.applyMemoryPressure(1), 0);
  });
});

describe('madvise argument checks', () => {
  const cases: [string, number, number, RegExp][] = [
    ['unaligned address', HEAP_HINT + 1, PAGE, /unaligned sysUnused/],
    ['unaligned length', HEAP_HINT, PAGE + 512, /unaligned sysUnused/],
    ['half-page offset', HEAP_HINT + PAGE / 2, 2 * PAGE, /unaligned sysUnused/],
    ['unmapped tail', HEAP_HINT, 32 * PAGE, /ENOMEM/],
    ['unmapped address', 0x1000000, PAGE, /ENOMEM/],
  ];
  for (const advice of ['dontneed', 'free'] as const) {
    for (const [what, addr, len, re] of cases) {
      it(`${advice}: ${what} throws ${re} and changes nothing`, () => {
        const mem = machine();
        mem.mmap(16 * PAGE, 'heap', HEAP_HINT);
        mem.touch(HEAP_HINT, 16 * PAGE);
        assert.throws(() => mem.madvise(addr, len, advice), re);
        assert.equal(mem.rssBytes, 16 * PAGE);
        assert.equal(mem.lazyFreeBytes, 0);
      });
    }
  }

  it('touching an unmapped address throws SIGSEGV and changes nothing', () => {
    const mem = machine();
    const a = mem.mmap(4 * PAGE, 'a', HEAP_HINT);
    assert.throws(() => mem.touch(a, 5 * PAGE), /SIGSEGV/);
    assert.equal(mem.rssBytes, 0);
  });
});

describe('OOM at the container limit', () => {
  it('reclaims lazily-freed pages first, then kills the process', () => {
    const mem = machine(100 * MiB);
    const heap = mem.mmap(80 * MiB, 'heap', HEAP_HINT);
    mem.touch(heap, 80 * MiB);
    mem.madvise(heap, 60 * MiB, 'free');
    assert.equal(mem.rssBytes, 80 * MiB);

    // 80 + 70 > 100: 50 MiB of the lazily-freed pages are reclaimed, no kill.
    const more = mem.mmap(70 * MiB, 'more');
    mem.touch(more, 70 * MiB);
    assert.equal(mem.oomKilled, false);
    assert.equal(mem.rssBytes, 100 * MiB);
    assert.equal(mem.lazyFreeBytes, 10 * MiB);
    // Reclaim went in address order within the one MADV_FREE call: the first 50 MiB are gone.
    assert.deepEqual(mem.pageStateCounts(heap, 50 * MiB), {
      untouched: (50 * MiB) / PAGE,
      resident: 0,
      lazyFree: 0,
      unmapped: 0,
    });

    // 20 MiB more: 10 MiB from the last lazy pages, then over the limit: killed at the limit.
    const last = mem.mmap(20 * MiB, 'last');
    assert.throws(() => mem.touch(last, 20 * MiB), OomKilled);
    assert.equal(mem.oomKilled, true);
    assert.equal(mem.lazyFreeBytes, 0);
    assert.equal(mem.rssBytes, 100 * MiB);
    assert.equal(mem.rssPeakBytes, 100 * MiB);
    assert.match(
      mem.oomMessage,
      /^Memory cgroup out of memory: Killed process \d+ \(main\) total-vm:174080kB, anon-rss:102400kB, file-rss:0kB, shmem-rss:0kB, UID:0 pgtables:\d+kB oom_score_adj:0$/,
    );

    // A dead process does nothing more.
    assert.throws(() => mem.touch(heap, 1), OomKilled);
    assert.throws(() => mem.madvise(heap, PAGE, 'dontneed'), OomKilled);
    assert.throws(() => mem.mmap(PAGE, 'x'), OomKilled);
    assert.equal(mem.rssBytes, 100 * MiB, 'page states stay frozen at the kill');
  });

  it('the machine running out of RAM kills with the global OOM message', () => {
    const mem = machine(0, 64 * MiB);
    const heap = mem.mmap(128 * MiB, 'heap', HEAP_HINT);
    assert.throws(() => mem.touch(heap, 128 * MiB), OomKilled);
    assert.equal(mem.rssBytes, 64 * MiB);
    assert.match(
      mem.oomMessage,
      /^Out of memory: Killed process 4242 \(main\) total-vm:131072kB, anon-rss:65536kB/,
    );
  });

  it('lowering the limit reclaims at once, or kills', () => {
    const mem = machine();
    const heap = mem.mmap(100 * PAGE, 'heap');
    mem.touch(heap, 100 * PAGE);
    mem.madvise(heap, 50 * PAGE, 'free');
    mem.setContainerLimit(60 * PAGE);
    assert.equal(mem.rssBytes, 60 * PAGE);
    assert.equal(mem.lazyFreeBytes, 10 * PAGE);
    assert.equal(mem.oomKilled, false);
    assert.throws(() => mem.setContainerLimit(40 * PAGE), OomKilled);
    assert.equal(mem.oomKilled, true);
  });
});

describe('/proc/self/status and smaps_rollup', () => {
  it('formats VmRSS exactly like Linux', () => {
    const mem = machine();
    const heap = mem.mmap(234512 * KiB, 'heap', HEAP_HINT);
    mem.touch(heap, 234512 * KiB);
    const status = mem.procSelfStatus('lru');
    assert.match(status, /^Name:\tlru\n/);
    assert.ok(status.includes('\nVmRSS:\t  234512 kB\n'));
    assert.ok(status.includes('\nVmLck:\t       0 kB\n'));
    assert.equal(statusKB(status, 'VmHWM'), 234512);
    assert.equal(statusKB(status, 'RssAnon'), 234512);
    assert.equal(statusKB(status, 'RssFile'), 0);
    assert.equal(statusKB(status, 'VmSize'), 234512);
    assert.ok(status.endsWith('\n'));
    // Every line is `Key:\tvalue`, as Go programs split it.
    for (const line of status.trimEnd().split('\n')) assert.match(line, /^[A-Za-z_]+:\t/);
  });

  it('counts the executable and stack mappings', () => {
    const mem = createLinuxMemory({
      physicalMemoryBytes: GiB,
      containerLimitBytes: 0,
      executableBytes: 576 * KiB,
      mainStackBytes: 132 * KiB,
      processName: 'a-very-long-program-name',
    });
    const status = mem.procSelfStatus();
    assert.match(status, /^Name:\ta-very-long-pro\n/);
    assert.equal(statusKB(status, 'VmExe'), 576);
    assert.equal(statusKB(status, 'VmStk'), 132);
    assert.equal(statusKB(status, 'RssFile'), 576);
    assert.equal(statusKB(status, 'RssAnon'), 132);
    assert.equal(statusKB(status, 'VmRSS'), 708);
    assert.ok(statusKB(status, 'VmPTE') > 0);
    assert.match(mem.smapsRollup(), /^00400000-7ffffffff000 ---p 00000000 00:00 0 {30}\[rollup\]\n/);
  });

  it('smaps_rollup has the Linux layout and LazyFree', () => {
    const mem = machine();
    const heap = mem.mmap(256 * MiB, 'heap', HEAP_HINT);
    mem.touch(heap, 256 * MiB);
    mem.madvise(heap, 200 * MiB, 'free');
    const text = mem.smapsRollup();
    const lines = text.trimEnd().split('\n');
    assert.equal(lines[0], `c000000000-c010000000 ---p 00000000 00:00 0${' '.repeat(30)}[rollup]`);
    assert.deepEqual(
      lines.slice(1).map((l) => l.split(':')[0]),
      [
        'Rss',
        'Pss',
        'Pss_Dirty',
        'Pss_Anon',
        'Pss_File',
        'Pss_Shmem',
        'Shared_Clean',
        'Shared_Dirty',
        'Private_Clean',
        'Private_Dirty',
        'Referenced',
        'Anonymous',
        'KSM',
        'LazyFree',
        'AnonHugePages',
        'ShmemPmdMapped',
        'FilePmdMapped',
        'Shared_Hugetlb',
        'Private_Hugetlb',
        'Swap',
        'SwapPss',
        'Locked',
      ],
    );
    assert.ok(lines.includes('Rss:              262144 kB'));
    assert.ok(lines.includes('LazyFree:         204800 kB'));
    assert.ok(lines.includes('Private_Dirty:     57344 kB'));
    assert.ok(lines.includes('AnonHugePages:         0 kB'));
    assert.equal(rollupKB(text, 'Anonymous'), 262144);
  });
});

describe('mappings', () => {
  it('honours a free hint, falls back top-down, and splits on munmap', () => {
    const mem = machine();
    const a = mem.mmap(10 * PAGE, 'arena', HEAP_HINT);
    assert.equal(a, HEAP_HINT);
    const b = mem.mmap(PAGE + 1, 'clash', HEAP_HINT + PAGE); // taken: placed elsewhere
    assert.notEqual(b, HEAP_HINT + PAGE);
    assert.equal(b % PAGE, 0);
    const c = mem.mmap(PAGE, 'below');
    assert.equal(c, b - PAGE, 'top-down: the next mapping goes right below');
    assert.equal(mem.vmSizeBytes, 13 * PAGE);

    mem.touch(a, 10 * PAGE);
    mem.madvise(a + 6 * PAGE, 4 * PAGE, 'free');
    mem.munmap(a + 2 * PAGE, 6 * PAGE);
    assert.equal(mem.vmSizeBytes, 7 * PAGE);
    assert.equal(mem.rssBytes, 4 * PAGE);
    assert.equal(mem.lazyFreeBytes, 2 * PAGE);
    assert.equal(mem.vmPeakBytes, 13 * PAGE);
    assert.deepEqual(
      mem.mappings().map((m) => [m.tag, m.addr - HEAP_HINT, m.bytes / PAGE]),
      [
        ['arena', 0, 2],
        ['arena', 8 * PAGE, 2],
        ['below', c - HEAP_HINT, 1],
        ['clash', b - HEAP_HINT, 2],
      ],
    );
    assert.throws(() => mem.touch(a + 2 * PAGE, 1), /SIGSEGV/);
    assert.equal(mem.applyMemoryPressure(1), 2 * PAGE);
  });

  it('reports page states per granule for the heap map', () => {
    const mem = machine();
    const heap = mem.mmap(8 * PAGE, 'heap', HEAP_HINT);
    mem.touch(heap, 6 * PAGE);
    mem.madvise(heap + 4 * PAGE, 2 * PAGE, 'free');
    const g = mem.pageStateGranules(heap, 10 * PAGE, 4 * PAGE);
    // [untouched, resident, lazyFree, unmapped] x 3 granules (the last one is half a granule).
    assert.deepEqual([...g], [0, 4, 0, 0, 2, 0, 2, 0, 0, 0, 0, 2]);
  });

  it('handles a 2.7 GiB heap with whole-range fast paths (LRU madvfree shape)', () => {
    const mem = machine();
    const heapBytes = 2700 * MiB;
    const heap = mem.mmap(heapBytes, 'heap', HEAP_HINT);
    for (let off = 0; off < heapBytes; off += 64 * KiB) mem.touch(heap + off, 64 * KiB);
    assert.equal(mem.rssBytes, heapBytes);
    mem.madvise(heap + 80 * MiB, 2600 * MiB, 'free');
    assert.equal(mem.rssBytes, heapBytes);
    assert.equal(mem.lazyFreeBytes, 2600 * MiB);
    // Page tables: one 4 KiB PTE page per 2 MiB touched, plus 3 PMD pages (1 GiB each) and 1 PUD page.
    assert.equal(mem.pageTableBytes, (1350 + 3 + 1) * PAGE);
    mem.madvise(heap, heapBytes, 'dontneed');
    assert.equal(mem.rssBytes, 0);
    assert.equal(mem.pageTableBytes, (1350 + 3 + 1) * PAGE, 'MADV_DONTNEED keeps the page tables');
    mem.munmap(heap, heapBytes);
    assert.equal(mem.pageTableBytes, 0);
    assert.equal(mem.vmSizeBytes, 0);
  });
});

// ---- property test against a trivially correct reference model ----

/** Positions are fractions of a live mapping (`m` picks it), so most operations hit mapped memory. */
type Op =
  | { op: 'mmap'; pages: number; hint: number | null }
  | { op: 'munmap'; m: number; at: number; span: number }
  | { op: 'touch'; m: number; at: number; span: number; aligned: boolean }
  | { op: 'madvise'; m: number; at: number; span: number; advice: 'dontneed' | 'free'; skew: number }
  | { op: 'pressure'; level: number }
  | { op: 'limit'; pages: number };

/** One entry per mapped page; reclaim takes the lazily-freed page with the smallest (seq, page). */
class RefModel {
  pages = new Map<number, { state: 0 | 1 | 2; seq: number }>();
  killed = false;
  peak = 0;
  vmPeak = 0;
  seq = 0;
  constructor(
    public limit: number,
    public phys: number,
  ) {}
  rss(): number {
    let n = 0;
    for (const p of this.pages.values()) if (p.state !== 0) n++;
    return n;
  }
  lazy(): number {
    let n = 0;
    for (const p of this.pages.values()) if (p.state === 2) n++;
    return n;
  }
  cap(): number {
    return this.limit === 0 ? this.phys : Math.min(this.limit, this.phys);
  }
  reclaimOne(): boolean {
    let best: [number, number] | null = null;
    for (const [k, p] of this.pages) {
      if (p.state === 2 && (best === null || p.seq < best[0] || (p.seq === best[0] && k < best[1]))) {
        best = [p.seq, k];
      }
    }
    if (best === null) return false;
    this.pages.set(best[1], { state: 0, seq: 0 });
    return true;
  }
  mapped(p0: number, p1: number): boolean {
    for (let p = p0; p < p1; p++) if (!this.pages.has(p)) return false;
    return true;
  }
  mmap(p0: number, n: number): void {
    for (let p = p0; p < p0 + n; p++) {
      assert.ok(!this.pages.has(p), 'mmap returned a range that overlaps a mapping');
      this.pages.set(p, { state: 0, seq: 0 });
    }
    this.vmPeak = Math.max(this.vmPeak, this.pages.size);
  }
  touch(p0: number, p1: number): void {
    for (let p = p0; p < p1; p++) {
      const e = this.pages.get(p)!;
      if (e.state === 2) this.pages.set(p, { state: 1, seq: 0 });
    }
    for (let p = p0; p < p1; p++) {
      if (this.pages.get(p)!.state !== 0) continue;
      while (this.rss() + 1 > this.cap()) {
        if (!this.reclaimOne()) {
          this.killed = true;
          return;
        }
      }
      this.pages.set(p, { state: 1, seq: 0 });
      this.peak = Math.max(this.peak, this.rss());
    }
  }
  madvise(p0: number, p1: number, advice: 'dontneed' | 'free'): void {
    this.seq++;
    for (let p = p0; p < p1; p++) {
      const e = this.pages.get(p)!;
      if (advice === 'dontneed') this.pages.set(p, { state: 0, seq: 0 });
      else if (e.state === 1) this.pages.set(p, { state: 2, seq: this.seq });
    }
  }
  pressure(level: number): number {
    if (this.killed) return 0;
    const lazy = this.lazy();
    const n = level === 1 ? lazy : Math.floor(level * lazy);
    for (let i = 0; i < n; i++) this.reclaimOne();
    return n;
  }
  enforce(): void {
    while (this.rss() > this.cap()) {
      if (!this.reclaimOne()) {
        this.killed = true;
        return;
      }
    }
  }
}

// Unbiased integers scaled down: fast-check's doubles (and biased integers) cluster near 0, which would
// make almost every range one page.
const frac = fc.noBias(fc.integer({ min: 0, max: 1000 })).map((n) => n / 1000);
/** Up to 1.3: a span past the end of the mapping reaches the next mapping or a hole. */
const span = fc.oneof(
  frac,
  fc.noBias(fc.integer({ min: 0, max: 1300 })).map((n) => n / 1000),
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('mmap' as const),
      pages: fc.integer({ min: 1, max: 24 }),
      hint: fc.option(fc.integer({ min: 0, max: 7 }), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('munmap' as const), m: fc.nat(), at: frac, span }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('touch' as const),
      m: fc.nat(),
      at: frac,
      span,
      aligned: fc.boolean(),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('madvise' as const),
      m: fc.nat(),
      at: frac,
      span,
      advice: fc.constantFrom('dontneed' as const, 'free' as const, 'free' as const),
      skew: fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 0, 512),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('pressure' as const),
      level: fc.oneof(fc.constantFrom(0, 0.5, 1), frac),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('limit' as const),
      pages: fc.oneof(fc.constant(0), fc.integer({ min: 8, max: 96 })),
    }),
  },
);

function runOps(ops: Op[], phys: number): void {
  const mem = createLinuxMemory({ physicalMemoryBytes: phys * PAGE, containerLimitBytes: 0 });
  const ref = new RefModel(0, phys);
  const bases: number[] = [];
  for (const o of ops) {
    const live = mem.mappings();
    const target =
      live.length > 0 ? live[('m' in o ? o.m : 0) % live.length] : { addr: HEAP_HINT, bytes: 8 * PAGE };
    const base = target.addr;
    const mPages = target.bytes / PAGE;
    // Page range [p0, p0 + n) of a fraction-based op.
    const pageRange = (at: number, sp: number): [number, number] => {
      const off = Math.min(mPages - 1, Math.floor(at * mPages));
      return [base / PAGE + off, Math.max(1, Math.round(sp * (mPages - off)))];
    };
    let threw: unknown = null;
    const expectDead = ref.killed;
    try {
      switch (o.op) {
        case 'mmap': {
          const addr = mem.mmap(
            o.pages * PAGE,
            't',
            o.hint === null ? undefined : HEAP_HINT + o.hint * 8 * PAGE,
          );
          assert.equal(addr % PAGE, 0);
          if (o.hint !== null) {
            const h = HEAP_HINT / PAGE + o.hint * 8;
            let free = true;
            for (let p = h; p < h + o.pages; p++) if (ref.pages.has(p)) free = false;
            if (free) assert.equal(addr, HEAP_HINT + o.hint * 8 * PAGE, 'free hint is honoured');
          }
          ref.mmap(addr / PAGE, o.pages);
          bases.push(addr);
          break;
        }
        case 'munmap': {
          const [p0, n] = pageRange(o.at, o.span);
          mem.munmap(p0 * PAGE, n * PAGE);
          for (let p = p0; p < p0 + n; p++) ref.pages.delete(p);
          break;
        }
        case 'touch': {
          let addr: number;
          let len: number;
          if (o.aligned) {
            const [p0, n] = pageRange(o.at, o.span);
            addr = p0 * PAGE;
            len = n * PAGE;
          } else {
            const off = Math.floor(o.at * (target.bytes - 1));
            addr = base + off;
            len = Math.max(1, Math.round(o.span * (target.bytes - off)));
          }
          const p0 = Math.floor(addr / PAGE);
          const p1 = Math.ceil((addr + len) / PAGE);
          const ok = ref.mapped(p0, p1);
          try {
            mem.touch(addr, len);
          } finally {
            if (ok && !expectDead) ref.touch(p0, p1);
          }
          assert.ok(ok, 'touch of unmapped memory must throw');
          break;
        }
        case 'madvise': {
          const [p0, n] = pageRange(o.at, o.span);
          const ok = ref.mapped(p0, p0 + n) && o.skew === 0;
          mem.madvise(p0 * PAGE + o.skew, n * PAGE, o.advice);
          assert.ok(ok, 'bad madvise must throw');
          ref.madvise(p0, p0 + n, o.advice);
          break;
        }
        case 'pressure':
          assert.equal(mem.applyMemoryPressure(o.level), ref.pressure(o.level) * PAGE);
          break;
        case 'limit':
          ref.limit = o.pages;
          try {
            mem.setContainerLimit(o.pages * PAGE);
          } finally {
            if (!expectDead) ref.enforce();
          }
          break;
      }
    } catch (e) {
      if (e instanceof assert.AssertionError) throw e;
      threw = e;
    }
    // A dead process refuses mutations; a kill throws OomKilled; other errors are argument errors.
    if (expectDead && o.op !== 'pressure' && o.op !== 'limit') assert.ok(threw instanceof OomKilled);
    if (threw instanceof OomKilled) assert.ok(ref.killed, `unexpected kill: ${threw.message}`);
    if (ref.killed && !expectDead) assert.ok(threw instanceof OomKilled, 'kill must throw OomKilled');
    compare(mem, ref, bases);
  }
}

function compare(mem: LinuxMemory, ref: RefModel, bases: number[]): void {
  assert.equal(mem.oomKilled, ref.killed);
  assert.equal(mem.rssBytes, ref.rss() * PAGE);
  assert.equal(mem.lazyFreeBytes, ref.lazy() * PAGE);
  assert.equal(mem.rssAnonBytes, ref.rss() * PAGE);
  assert.equal(mem.vmSizeBytes, ref.pages.size * PAGE);
  assert.equal(mem.rssPeakBytes, ref.peak * PAGE);
  assert.equal(mem.vmPeakBytes, ref.vmPeak * PAGE);
  for (const m of mem.mappings()) {
    const p0 = m.addr / PAGE;
    const g = mem.pageStateGranules(m.addr, m.bytes, PAGE);
    for (let i = 0; i < m.bytes / PAGE; i++) {
      const e = ref.pages.get(p0 + i);
      assert.ok(e, 'mapping pages must be mapped in the reference');
      const want = [0, 0, 0, 0];
      want[e.state] = 1;
      assert.deepEqual([...g.subarray(i * 4, i * 4 + 4)], want, `page ${p0 + i}`);
    }
  }
  // Ranges spanning mappings and holes agree too.
  if (bases.length > 0) {
    const lo = Math.min(...bases) - 4 * PAGE;
    const c = mem.pageStateCounts(lo, 64 * PAGE);
    const want = { untouched: 0, resident: 0, lazyFree: 0, unmapped: 0 };
    for (let p = lo / PAGE; p < lo / PAGE + 64; p++) {
      const e = ref.pages.get(p);
      if (!e) want.unmapped++;
      else if (e.state === 0) want.untouched++;
      else if (e.state === 1) want.resident++;
      else want.lazyFree++;
    }
    assert.deepEqual(c, want);
  }
}

describe('property: matches a Map-based reference model', () => {
  it('random mmap/munmap/touch/madvise/pressure/limit sequences', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.array(opArb, { minLength: 1, maxLength: 80, size: 'large' }),
        fc.integer({ min: 24, max: 128 }),
        (firstPages, ops, phys) => runOps([{ op: 'mmap', pages: firstPages, hint: 0 }, ...ops], phys),
      ),
      { numRuns: 300 },
    );
  });
});
