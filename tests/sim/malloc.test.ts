import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { zerobaseAddr } from '../../src/sim/malloc.ts';
import { heapBaseAddr } from '../../src/sim/mheap.ts';
import { pageBytes } from '../../src/sim/mpagealloc.ts';
import { makeSpanClass } from '../../src/sim/mspan.ts';
import type { MemStats } from '../../src/sim/mstats.ts';
import { createRuntime, type Runtime } from '../../src/sim/runtime.ts';
import { gc, markLive } from './fixtures/gc.ts';

// The project root's parent holds shared/ (same layout in CI).
const observedCsv = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'real-go',
  'size-classes',
  'observed.csv',
);

/** Differences of the counters a probe looks at, after − before. */
function delta(a: MemStats, b: MemStats) {
  return {
    HeapAlloc: b.HeapAlloc - a.HeapAlloc,
    TotalAlloc: b.TotalAlloc - a.TotalAlloc,
    Mallocs: b.Mallocs - a.Mallocs,
    Frees: b.Frees - a.Frees,
    HeapObjects: b.HeapObjects - a.HeapObjects,
    HeapInuse: b.HeapInuse - a.HeapInuse,
    HeapIdle: b.HeapIdle - a.HeapIdle,
    HeapSys: b.HeapSys - a.HeapSys,
    HeapReleased: b.HeapReleased - a.HeapReleased,
    bySizeMallocs: b.BySize.map((e, i) => e.Mallocs - a.BySize[i].Mallocs),
    bySizeFrees: b.BySize.map((e, i) => e.Frees - a.BySize[i].Frees),
  };
}

function spanOf(rt: Runtime, addr: number): number {
  const s = rt.heap.spanOfAddr(addr);
  assert.ok(s >= 0, `0x${addr.toString(16)} is in no span`);
  return s;
}

function spanBaseAddr(rt: Runtime, s: number): number {
  return rt.heap.spanBase(s);
}

/** Resident bytes of heap memory [addr, addr+len) in the Linux model. */
function residentBytes(rt: Runtime, addr: number, len: number): number {
  return rt.linux.pageStateCounts(addr, len).resident * rt.linux.osPageSize;
}

describe('tiny allocator (facts §1 "Tiny allocator rules", run-verified example)', () => {
  it('1000 × mallocgc(8, noscan) kept alive: ΔMallocs 1000, ΔFrees 500, ΔHeapObjects 500, ΔHeapAlloc 8000', () => {
    const rt = createRuntime({ gogc: -1 });
    const before = rt.readMemStats();
    for (let i = 0; i < 1000; i++) rt.mallocgc(8, true);
    const d = delta(before, rt.readMemStats());
    assert.equal(d.Mallocs, 1000);
    assert.equal(d.Frees, 500);
    assert.equal(d.HeapObjects, 500);
    assert.equal(d.HeapAlloc, 8000);
    assert.equal(d.bySizeMallocs[2], 500);
  });

  it('packs by alignment: 1, 2, 4 and 8 byte objects share one block at aligned offsets', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    const a = rt.mallocgc(1, true);
    const b = rt.mallocgc(2, true);
    const c = rt.mallocgc(4, true);
    const d = rt.mallocgc(8, true);
    assert.equal(a % 16, 0);
    assert.deepEqual([b - a, c - a, d - a], [2, 4, 8]);
    // No room left: the next object opens a fresh block.
    const e = rt.mallocgc(1, true);
    assert.equal(e, a + 16);
  });

  it('a 16-byte noscan object and any scan object skip the tiny allocator', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    const t = rt.mallocgc(4, true);
    const sixteen = rt.mallocgc(16, true);
    const scan = rt.mallocgc(4, false);
    assert.equal(rt.heap.spans.spanclass[spanOf(rt, sixteen)], makeSpanClass(2, true));
    assert.notEqual(sixteen, t + 4);
    assert.equal(rt.heap.spans.spanclass[spanOf(rt, scan)], makeSpanClass(1, false));
  });
});

interface Probe {
  kind: 'scan' | 'noscan';
  size: number;
  n: number;
  heapalloc: number;
  mallocs: number;
  frees: number;
  heapobjects: number;
  /** BySize Mallocs deltas by class index; absent classes must not move. */
  bySize: Map<number, number>;
  runtimeClass: number;
  runtimeClassSize: number;
  match: string;
}

/** `class:count` pairs separated by spaces or semicolons; empty when nothing lands in BySize. */
function parseBySize(text: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const part of text.split(/[\s;]+/).filter(Boolean)) {
    const m = /^(\d+):(\d+)$/.exec(part);
    assert.ok(m, `bad bysize_classes entry "${part}"`);
    out.set(Number(m[1]), Number(m[2]));
  }
  return out;
}

function readProbes(): Probe[] {
  const [header, ...lines] = readFileSync(observedCsv, 'utf8').trim().split('\n');
  const cols = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    assert.equal(cells.length, cols.length, `observed.csv: bad row ${line}`);
    const r = Object.fromEntries(cols.map((c, i) => [c, cells[i]]));
    assert.ok(r.kind === 'scan' || r.kind === 'noscan', `observed.csv: kind ${r.kind}`);
    return {
      kind: r.kind,
      size: Number(r.size),
      n: Number(r.n),
      heapalloc: Number(r.heapalloc_delta),
      mallocs: Number(r.mallocs_delta),
      frees: Number(r.frees_delta),
      heapobjects: Number(r.heapobjects_delta),
      bySize: parseBySize(r.bysize_classes),
      runtimeClass: Number(r.runtime_class),
      runtimeClassSize: Number(r.runtime_class_size),
      match: r.match,
    };
  });
}

describe('every size-class probe of a real Go 1.19.8 run (real-go/size-classes/observed.csv)', () => {
  // The probe program turned the GC off, allocated n objects of one size and read MemStats before and after
  // (ReadMemStats flushes every mcache, so the deltas are exact). Each probe here runs in a fresh runtime.
  // Every row matches the simulator exactly; no row needed a tolerance for runtime noise.
  const probes = readProbes();
  it('parses all 3809 probes: 2391 noscan and 1418 scan, 15 of them tiny', () => {
    assert.equal(probes.length, 3809);
    assert.equal(probes.filter((p) => p.kind === 'noscan').length, 2391);
    assert.equal(probes.filter((p) => p.kind === 'scan').length, 1418);
    assert.equal(probes.filter((p) => p.match === 'tiny').length, 15);
    assert.ok(probes.every((p) => p.match === 'tiny' || p.match === 'yes'));
  });

  // One test per (kind, size class) so a failure names the class; each probe still gets its own runtime.
  const groups = new Map<string, Probe[]>();
  for (const p of probes) {
    const key = `${p.kind} ${p.match === 'tiny' ? 'tiny' : `class ${p.runtimeClass}`}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const [key, group] of groups) {
    const sizes = `${group[0].size}..${group[group.length - 1].size} B`;
    it(`${key}: ${group.length} probe(s), sizes ${sizes}`, () => {
      for (const p of group) {
        const label = `${p.kind} size ${p.size} × ${p.n}`;
        const rt = createRuntime({ gogc: -1 });
        const before = rt.readMemStats();
        const addrs: number[] = [];
        for (let i = 0; i < p.n; i++) addrs.push(rt.mallocgc(p.size, p.kind === 'noscan'));
        const d = delta(before, rt.readMemStats());
        assert.equal(d.HeapAlloc, p.heapalloc, `${label}: ΔHeapAlloc`);
        assert.equal(d.Mallocs, p.mallocs, `${label}: ΔMallocs`);
        assert.equal(d.Frees, p.frees, `${label}: ΔFrees`);
        assert.equal(d.HeapObjects, p.heapobjects, `${label}: ΔHeapObjects`);
        const want = Array.from({ length: d.bySizeMallocs.length }, (_, i) => p.bySize.get(i) ?? 0);
        assert.deepEqual(d.bySizeMallocs, want, `${label}: ΔBySize[].Mallocs`);
        assert.ok(
          d.bySizeFrees.every((f) => f === 0),
          `${label}: BySize frees moved`,
        );
        if (p.match !== 'tiny') {
          const s = spanOf(rt, addrs[0]);
          assert.equal(rt.heap.spans.spanclass[s] >> 1, p.runtimeClass, `${label}: size class`);
          assert.equal(rt.objectSize(addrs[0]), p.runtimeClassSize, `${label}: object size`);
        }
      }
    });
  }
});

describe('large objects (facts §1 "Small / large threshold")', () => {
  const cases: [request: number, bytes: number][] = [
    [32769, 40960],
    [40961, 49152],
    [65537, 73728],
    [100000, 106496],
    [(1 << 20) + 1, 1_056_768],
  ];
  for (const [request, bytes] of cases) {
    it(`${request} B → ${bytes} B, size class 0, a span of its own`, () => {
      const rt = createRuntime({ gogc: -1 });
      const before = rt.readMemStats();
      const a = rt.mallocgc(request, true);
      const b = rt.mallocgc(request, false);
      const d = delta(before, rt.readMemStats());
      const spans = rt.heap.spans;
      for (const [addr, noscan] of [
        [a, true],
        [b, false],
      ] as const) {
        const s = spanOf(rt, addr);
        assert.equal(spans.spanclass[s], makeSpanClass(0, noscan));
        assert.equal(spans.npages[s], bytes / pageBytes);
        assert.equal(spans.nelems[s], 1);
        assert.equal(spans.elemsize[s], bytes);
        assert.equal(spanBaseAddr(rt, s), addr, 'the object starts its span');
        assert.equal(rt.objectSize(addr), bytes);
      }
      assert.notEqual(spanOf(rt, a), spanOf(rt, b));
      assert.equal(d.HeapAlloc, 2 * bytes);
      assert.equal(d.TotalAlloc, 2 * bytes);
      assert.equal(d.HeapInuse, 2 * bytes);
      assert.equal(d.Mallocs, 2);
      assert.equal(d.HeapObjects, 2);
      assert.ok(
        d.bySizeMallocs.every((m) => m === 0),
        'large objects are not in BySize',
      );
    });
  }

  it('32768 B is still small: class 67, 4-page span, not in BySize', () => {
    const rt = createRuntime({ gogc: -1 });
    const before = rt.readMemStats();
    const a = rt.mallocgc(32768, true);
    const s = spanOf(rt, a);
    assert.equal(rt.heap.spans.spanclass[s] >> 1, 67);
    assert.equal(rt.heap.spans.npages[s], 4);
    const d = delta(before, rt.readMemStats());
    assert.equal(d.HeapAlloc, 32768);
    assert.ok(d.bySizeMallocs.every((m) => m === 0));
  });

  it('zero-size allocations return zerobase and count nothing', () => {
    const rt = createRuntime({ gogc: -1 });
    const before = rt.readMemStats();
    const a = rt.mallocgc(0, true);
    const b = rt.mallocgc(0, false);
    assert.equal(a, zerobaseAddr);
    assert.equal(b, zerobaseAddr);
    const d = delta(before, rt.readMemStats());
    assert.deepEqual(
      [d.HeapAlloc, d.TotalAlloc, d.Mallocs, d.Frees, d.HeapObjects, d.HeapInuse],
      [0, 0, 0, 0, 0, 0],
    );
    assert.equal(rt.alloc.findObject(a), 0, 'zerobase is not a heap object');
  });
});

describe('findObject (interior pointers)', () => {
  it('maps every interior pointer of small and large objects to the base', () => {
    const rt = createRuntime({ gogc: -1 });
    const str = rt.mallocgc(1000, true); // a 1000-byte string: 1024-byte slot
    const big = rt.mallocgc(100_000, true); // 106496 bytes
    const cases: [addr: number, want: number][] = [
      [str, str],
      [str + 1, str],
      [str + 500, str],
      [str + 999, str],
      [str + 1023, str],
      [big, big],
      [big + 4096, big],
      [big + 99_999, big],
      [big + 106_495, big],
    ];
    for (const [addr, want] of cases) assert.equal(rt.alloc.findObject(addr), want, `+${addr - want}`);
  });

  it('returns 0 outside the heap, in free pages, in span tail waste and in stacks', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    const obj = rt.mallocgc(48, false); // class 5: 170 × 48 = 8160 of 8192 bytes
    const spanBase = spanBaseAddr(rt, spanOf(rt, obj));
    const stack = rt.stackalloc(8192);
    const endOfHeap = heapBaseAddr + rt.heap.pages.endPage * pageBytes;
    const cases: [string, number][] = [
      ['null', 0],
      ['below the heap', heapBaseAddr - 8],
      ['past the heap', endOfHeap],
      ['far past the heap', endOfHeap + (1 << 30)],
      ['free page', endOfHeap - pageBytes],
      ['tail waste', spanBase + 8170],
      ['stack', stack + 100],
    ];
    for (const [name, addr] of cases) assert.equal(rt.alloc.findObject(addr), 0, name);
    assert.equal(rt.alloc.findObject(spanBase + 8159), 0, 'last slot, not yet allocated');
    for (let i = 1; i < 170; i++) rt.mallocgc(48, false);
    assert.equal(rt.alloc.findObject(spanBase + 8159), spanBase + 169 * 48, 'last slot, allocated');
  });

  it('a substring (interior pointer) pins the whole string through a collection', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    const str = rt.mallocgc(1000, true);
    const other = rt.mallocgc(1000, true);
    const big = rt.mallocgc(200_000, false);
    const before = rt.readMemStats();
    gc(rt, [str + 600, big + 150_000]); // only interior pointers survive
    const d = delta(before, rt.readMemStats());
    assert.equal(d.Frees, 1, 'only the unreferenced string is freed');
    assert.equal(rt.readMemStats().HeapAlloc, 1024 + 204_800);
    assert.equal(rt.alloc.findObject(str + 600), str);
    assert.equal(rt.alloc.findObject(big + 150_000), big);
    // The freed slot comes back first.
    assert.equal(rt.mallocgc(1000, true), other);
  });
});

describe('sweeping (the future GC frees unmarked objects)', () => {
  it('frees unmarked objects, returns empty spans to the heap and reuses freed slots', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    const addrs: number[] = [];
    for (let i = 0; i < 1024; i++) addrs.push(rt.mallocgc(64, false)); // class 6: 128 per 1-page span
    const spanIds = [...new Set(addrs.map((a) => spanOf(rt, a)))];
    assert.equal(spanIds.length, 8);
    // Keep spans 0 and 1 whole and every other object of span 2; spans 3..7 become empty.
    const keep = [...addrs.slice(0, 256), ...addrs.slice(256, 384).filter((_, i) => i % 2 === 0)];
    const before = rt.readMemStats();
    gc(rt, keep);
    const after = rt.readMemStats();
    const d = delta(before, after);
    assert.equal(d.Frees, 1024 - 320);
    assert.equal(d.bySizeFrees[6], 1024 - 320);
    assert.equal(d.Mallocs, 0);
    assert.equal(after.HeapAlloc, 320 * 64);
    assert.equal(after.HeapObjects, 320);
    assert.equal(d.HeapInuse, -5 * pageBytes, 'five empty spans leave HeapInuse');
    assert.equal(d.HeapIdle, 5 * pageBytes, 'and become idle pages');
    assert.equal(d.HeapSys, 0);
    assert.equal(d.HeapReleased, 0, 'freeing pages does not release them');
    for (const a of addrs.slice(384)) assert.equal(rt.heap.spanOfAddr(a), -1, 'empty span freed');
    rt.checkInvariants();

    // The next 64 allocations fill exactly the freed slots of span 2, lowest first, zeroing them.
    const freedSlots = addrs.slice(256, 384).filter((_, i) => i % 2 === 1);
    const span2 = spanOf(rt, addrs[256]);
    assert.equal(rt.heap.spans.needzero[span2], 1);
    assert.equal(residentBytes(rt, addrs[256], pageBytes), 0, 'span 2 was never written');
    const reused: number[] = [];
    for (let i = 0; i < 64; i++) reused.push(rt.mallocgc(64, false));
    assert.deepEqual(reused, freedSlots);
    assert.equal(residentBytes(rt, addrs[256], pageBytes), pageBytes, 'zeroing touched the page');
    assert.equal(rt.readMemStats().HeapInuse, after.HeapInuse, 'no new span needed');
    // The 65th needs a span: first fit puts it on the lowest freed page.
    const next = rt.mallocgc(64, false);
    assert.equal(next, addrs[384]);
    assert.equal(rt.readMemStats().HeapInuse, after.HeapInuse + pageBytes);
    rt.checkInvariants();
  });

  it('frees large objects with their spans', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    const a = rt.mallocgc(40_000, true); // 5 pages
    const b = rt.mallocgc(40_000, true);
    const before = rt.readMemStats();
    gc(rt, [b]);
    const d = delta(before, rt.readMemStats());
    assert.equal(d.Frees, 1);
    assert.equal(d.HeapAlloc, -40960);
    assert.equal(d.HeapInuse, -40960);
    assert.equal(d.HeapIdle, 40960);
    assert.equal(rt.heap.spanOfAddr(a), -1);
    assert.equal(rt.alloc.findObject(b), b);
    assert.equal(rt.mallocgc(33_000, false), a, 'the freed pages are the first fit');
    rt.checkInvariants();
  });

  it('frees a tiny block only when none of its sub-objects is live', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    const block1 = [rt.mallocgc(4, true), rt.mallocgc(4, true), rt.mallocgc(8, true)];
    const block2 = [rt.mallocgc(8, true), rt.mallocgc(8, true)];
    assert.equal(block1[1], block1[0] + 4);
    assert.equal(block2[0], block1[0] + 16);
    const before = rt.readMemStats();
    assert.equal(before.HeapAlloc, 32);
    assert.equal(before.HeapObjects, 2);
    gc(rt, [block1[1]]); // one live 4-byte object keeps its whole block
    const after = rt.readMemStats();
    assert.equal(after.HeapAlloc, 16);
    assert.equal(after.HeapObjects, 1);
    assert.equal(after.Frees - before.Frees, 1);
    assert.equal(after.BySize[2].Frees, 1);
    // The tiny block was dropped by the collection: the next tiny object starts a new block in the freed slot.
    assert.equal(rt.mallocgc(2, true), block2[0]);
  });

  it('marks from markLive are idempotent and keep the runtime start-up objects when asked', () => {
    const rt = createRuntime({ gogc: -1 });
    const start = rt.readMemStats();
    const x = rt.mallocgc(24, false);
    rt.alloc.advanceSweepgen();
    rt.alloc.resetSweepCursors();
    markLive(rt, x);
    markLive(rt, x + 8);
    rt.alloc.finishSweep();
    const m = rt.readMemStats();
    assert.equal(m.HeapAlloc, 24, 'unmarked start-up objects are swept too');
    assert.equal(m.Frees - start.Frees, start.HeapObjects);
  });
});

describe('mcache per P', () => {
  it('with GOMAXPROCS 4 each P allocates from its own span of each class', () => {
    const rt = createRuntime({ gogc: -1, gomaxprocs: 4, bareHeap: true });
    const spc = makeSpanClass(6, false);
    const firsts: number[] = [];
    for (let p = 0; p < 4; p++) {
      rt.alloc.curP = p;
      const a = rt.mallocgc(64, false);
      const b = rt.mallocgc(64, false);
      assert.equal(b, a + 64, `P${p}: consecutive slots`);
      assert.equal(spanOf(rt, a), spanOf(rt, b));
      assert.equal(rt.alloc.mcaches[p].alloc[spc], spanOf(rt, a), `P${p} caches the span`);
      firsts.push(a);
    }
    assert.equal(new Set(firsts.map((a) => spanOf(rt, a))).size, 4, 'four spans for four Ps');
    // Back on P0, allocation continues in P0's span.
    rt.alloc.curP = 0;
    assert.equal(rt.mallocgc(64, false), firsts[0] + 128);
    const m = rt.readMemStats();
    assert.equal(m.HeapInuse, 4 * pageBytes);
    assert.equal(m.HeapAlloc, 9 * 64);
  });

  it('each P has its own tiny block', () => {
    const rt = createRuntime({ gogc: -1, gomaxprocs: 2, bareHeap: true });
    rt.alloc.curP = 0;
    const a = rt.mallocgc(4, true);
    rt.alloc.curP = 1;
    const b = rt.mallocgc(4, true);
    rt.alloc.curP = 0;
    const c = rt.mallocgc(4, true);
    rt.alloc.curP = 1;
    const d = rt.mallocgc(4, true);
    assert.equal(c, a + 4);
    assert.equal(d, b + 4);
    assert.notEqual(spanOf(rt, a), spanOf(rt, b));
  });
});

describe('needzero: reused memory is zeroed (written), fresh memory is not', () => {
  it('a large object on fresh pages stays unresident; on reused pages it is written', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    const a = rt.mallocgc(1 << 20, true);
    assert.equal(rt.heap.spans.needzero[spanOf(rt, a)], 0);
    assert.equal(residentBytes(rt, a, 1 << 20), 0, 'fresh mmap memory is already zero');
    gc(rt, []);
    rt.scavenge(1 << 30);
    const b = rt.mallocgc(1 << 20, true);
    assert.equal(b, a);
    assert.equal(rt.heap.spans.needzero[spanOf(rt, b)], 1);
    assert.equal(residentBytes(rt, b, 1 << 20), 1 << 20, 'mallocgc zeroed the reused pages');
  });
});
