import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { logPallocChunkPages, type PageAlloc, pallocChunkPages } from '../../src/sim/mpagealloc.ts';
import { describePageAlloc, makePageAlloc, type PageHeapSpec, type PageRange } from './fixtures/pageheap.ts';

/** Recounts every summary of the allocator from its bitmaps (facts §3 "Free pages", "Scavenged bits"). */
function assertConsistent(pa: PageAlloc, label = ''): void {
  let free = 0;
  let scav = 0;
  let firstFree = -1;
  for (let c = 0; c < pa.endPage >> logPallocChunkPages; c++) {
    let cf = 0;
    let cs = 0;
    for (let p = c * pallocChunkPages; p < (c + 1) * pallocChunkPages; p++) {
      if (!pa.inUse[p]) {
        cf++;
        if (firstFree < 0) firstFree = p;
      }
      if (pa.scavenged[p]) {
        cs++;
        assert.equal(pa.inUse[p], 0, `${label}page ${p} is in use and scavenged`);
      }
    }
    assert.equal(pa.chunkFree[c], cf, `${label}chunkFree[${c}]`);
    assert.equal(pa.chunkScav[c], cs, `${label}chunkScav[${c}]`);
    free += cf;
    scav += cs;
  }
  assert.equal(pa.freePages, free, `${label}freePages`);
  assert.equal(pa.scavPages, scav, `${label}scavPages`);
  if (firstFree >= 0)
    assert.ok(pa.searchPage <= firstFree, `${label}searchPage ${pa.searchPage} > ${firstFree}`);
}

describe('makePageAlloc fixture', () => {
  const specs: PageHeapSpec[] = [
    { chunks: 1 },
    {
      chunks: 2,
      alloc: [
        [0, 40],
        [100, 3],
      ],
      scav: [[40, 8]],
    },
    {
      chunks: 3,
      alloc: [[510, 4]],
      scav: [
        [0, 510],
        [514, 1],
      ],
    },
    { chunks: 2, scav: [[0, 1024]] },
  ];
  for (const spec of specs) {
    it(`builds ${JSON.stringify(spec)} exactly`, () => {
      const pa = makePageAlloc(spec);
      assertConsistent(pa);
      assert.equal(pa.endPage, spec.chunks * pallocChunkPages);
      assert.deepEqual(describePageAlloc(pa), { alloc: spec.alloc ?? [], scav: spec.scav ?? [] });
    });
  }
  it('rejects contradictory fixtures', () => {
    assert.throws(
      () => makePageAlloc({ chunks: 1, alloc: [[0, 10]], scav: [[5, 1]] }),
      /both in use and scavenged/,
    );
    assert.throws(
      () =>
        makePageAlloc({
          chunks: 1,
          alloc: [
            [0, 10],
            [9, 2],
          ],
        }),
      /overlap/,
    );
    assert.throws(() => makePageAlloc({ chunks: 1, alloc: [[510, 3]] }), /outside/);
  });
});

type Op =
  | { op: 'grow'; npages: number }
  /** find + allocRange, as mheap.allocSpan does; `want` -1 means no fit (nothing allocated). */
  | { op: 'alloc'; npages: number; want: number; wantScav?: number }
  | { op: 'find'; npages: number; want: number }
  | { op: 'free'; range: PageRange }
  /** scavengeHighest(max): pages scavenged and the runs handed to release (madvise) in order. */
  | { op: 'scavenge'; max: number; want: number; released?: PageRange[] };

interface Case {
  name: string;
  before: PageHeapSpec;
  ops: Op[];
  after: { alloc: PageRange[]; scav: PageRange[] };
}

const cases: Case[] = [
  {
    name: 'FirstFitLowest',
    before: {
      chunks: 1,
      alloc: [
        [0, 10],
        [12, 5],
        [20, 3],
      ],
    },
    ops: [
      { op: 'alloc', npages: 2, want: 10 },
      { op: 'alloc', npages: 3, want: 17 },
      { op: 'alloc', npages: 1, want: 23 },
    ],
    after: { alloc: [[0, 24]], scav: [] },
  },
  {
    name: 'SkipsHolesTooSmall',
    before: {
      chunks: 1,
      alloc: [
        [0, 3],
        [5, 5],
        [12, 1],
        [16, 4],
      ],
    },
    ops: [{ op: 'alloc', npages: 4, want: 20 }],
    after: {
      alloc: [
        [0, 3],
        [5, 5],
        [12, 1],
        [16, 8],
      ],
      scav: [],
    },
  },
  {
    name: 'ExactFitHole',
    before: {
      chunks: 1,
      alloc: [
        [0, 10],
        [14, 498],
      ],
    },
    ops: [{ op: 'alloc', npages: 4, want: 10 }],
    after: { alloc: [[0, 512]], scav: [] },
  },
  {
    name: 'SkipFullChunk',
    before: {
      chunks: 2,
      alloc: [
        [0, 512],
        [512, 10],
      ],
    },
    ops: [{ op: 'alloc', npages: 1, want: 522 }],
    after: { alloc: [[0, 523]], scav: [] },
  },
  {
    name: 'SkipTwoFullChunks',
    before: { chunks: 3, alloc: [[0, 1024]] },
    ops: [{ op: 'alloc', npages: 7, want: 1024 }],
    after: { alloc: [[0, 1031]], scav: [] },
  },
  {
    name: 'RunAcrossChunks',
    before: {
      chunks: 2,
      alloc: [
        [0, 500],
        [520, 100],
      ],
    },
    ops: [{ op: 'alloc', npages: 20, want: 500 }],
    after: { alloc: [[0, 620]], scav: [] },
  },
  {
    name: 'RunAcrossWholeFreeChunk',
    before: {
      chunks: 3,
      alloc: [
        [0, 500],
        [1030, 2],
      ],
    },
    ops: [
      { op: 'find', npages: 531, want: -1 },
      { op: 'alloc', npages: 530, want: 500 },
    ],
    after: { alloc: [[0, 1032]], scav: [] },
  },
  {
    name: 'LargeRunSpansManyChunks',
    before: { chunks: 4 },
    ops: [
      { op: 'alloc', npages: 1500, want: 0 },
      { op: 'alloc', npages: 548, want: 1500 },
      { op: 'find', npages: 1, want: -1 },
    ],
    after: { alloc: [[0, 2048]], scav: [] },
  },
  {
    name: 'NoFitReturnsMinusOneAndAllocatesNothing',
    before: { chunks: 1, alloc: [[100, 1]] },
    ops: [{ op: 'alloc', npages: 412, want: -1 }],
    after: { alloc: [[100, 1]], scav: [] },
  },
  {
    name: 'EmptyAllocatorFindsNothing',
    before: { chunks: 0 },
    ops: [{ op: 'find', npages: 1, want: -1 }],
    after: { alloc: [], scav: [] },
  },
  {
    name: 'AllocClearsScavenged',
    before: {
      chunks: 1,
      alloc: [[0, 10]],
      scav: [
        [10, 5],
        [30, 2],
      ],
    },
    ops: [{ op: 'alloc', npages: 8, want: 10, wantScav: 5 }],
    after: { alloc: [[0, 18]], scav: [[30, 2]] },
  },
  {
    name: 'AllocPartlyScavengedRun',
    before: { chunks: 2, alloc: [[0, 508]], scav: [[510, 4]] },
    ops: [{ op: 'alloc', npages: 8, want: 508, wantScav: 4 }],
    after: { alloc: [[0, 516]], scav: [] },
  },
  {
    name: 'GrowEntersReleased',
    before: { chunks: 1, alloc: [[0, 512]] },
    ops: [
      { op: 'find', npages: 1, want: -1 },
      { op: 'grow', npages: 512 },
      { op: 'alloc', npages: 3, want: 512, wantScav: 3 },
    ],
    after: { alloc: [[0, 515]], scav: [[515, 509]] },
  },
  {
    name: 'GrowFromEmptyIsAllScavenged',
    before: { chunks: 0 },
    ops: [
      { op: 'grow', npages: 1024 },
      { op: 'alloc', npages: 600, want: 0, wantScav: 600 },
    ],
    after: { alloc: [[0, 600]], scav: [[600, 424]] },
  },
  {
    name: 'GrowJoinsRunAtOldEnd',
    before: { chunks: 1, alloc: [[0, 500]] },
    ops: [
      { op: 'grow', npages: 512 },
      { op: 'alloc', npages: 20, want: 500, wantScav: 8 },
    ],
    after: { alloc: [[0, 520]], scav: [[520, 504]] },
  },
  {
    name: 'FreeDoesNotScavenge',
    before: { chunks: 1, alloc: [[0, 20]], scav: [[20, 492]] },
    ops: [
      { op: 'free', range: [5, 5] },
      { op: 'alloc', npages: 5, want: 5, wantScav: 0 },
      { op: 'free', range: [0, 2] },
    ],
    after: { alloc: [[2, 18]], scav: [[20, 492]] },
  },
  {
    name: 'FreeLowersSearchStart',
    before: { chunks: 2, alloc: [[0, 1024]] },
    ops: [
      { op: 'free', range: [700, 3] },
      { op: 'free', range: [40, 1] },
      { op: 'alloc', npages: 1, want: 40 },
      { op: 'alloc', npages: 2, want: 700 },
      { op: 'alloc', npages: 1, want: 702 },
    ],
    after: { alloc: [[0, 1024]], scav: [] },
  },
  {
    name: 'ScavengeHighestFirst',
    before: {
      chunks: 2,
      alloc: [
        [0, 10],
        [600, 10],
      ],
    },
    ops: [{ op: 'scavenge', max: 20, want: 20, released: [[1004, 20]] }],
    after: {
      alloc: [
        [0, 10],
        [600, 10],
      ],
      scav: [[1004, 20]],
    },
  },
  {
    name: 'ScavengeSkipsInUseAndScavenged',
    before: { chunks: 1, alloc: [[500, 12]], scav: [[490, 10]] },
    ops: [{ op: 'scavenge', max: 15, want: 15, released: [[475, 15]] }],
    after: { alloc: [[500, 12]], scav: [[475, 25]] },
  },
  {
    name: 'ScavengeOneReleasePerRun',
    before: {
      chunks: 1,
      alloc: [
        [0, 100],
        [505, 2],
      ],
    },
    ops: [
      {
        op: 'scavenge',
        max: 10,
        want: 10,
        released: [
          [507, 5],
          [500, 5],
        ],
      },
    ],
    after: {
      alloc: [
        [0, 100],
        [505, 2],
      ],
      scav: [
        [500, 5],
        [507, 5],
      ],
    },
  },
  {
    name: 'ScavengeWalksChunksDownward',
    before: { chunks: 2, alloc: [[512, 510]] },
    ops: [
      {
        op: 'scavenge',
        max: 5,
        want: 5,
        released: [
          [1022, 2],
          [509, 3],
        ],
      },
    ],
    after: {
      alloc: [[512, 510]],
      scav: [
        [509, 3],
        [1022, 2],
      ],
    },
  },
  {
    name: 'ScavengeMoreThanAvailable',
    before: { chunks: 2, alloc: [[0, 1000]], scav: [[1020, 4]] },
    ops: [
      { op: 'scavenge', max: 1000, want: 20, released: [[1000, 20]] },
      { op: 'scavenge', max: 1, want: 0, released: [] },
    ],
    after: { alloc: [[0, 1000]], scav: [[1000, 24]] },
  },
  {
    name: 'ScavengeThenReuse',
    before: { chunks: 1, alloc: [[0, 256]] },
    ops: [
      { op: 'scavenge', max: 512, want: 256, released: [[256, 256]] },
      { op: 'alloc', npages: 16, want: 256, wantScav: 16 },
      { op: 'free', range: [256, 16] },
      { op: 'alloc', npages: 17, want: 256, wantScav: 1 },
    ],
    after: { alloc: [[0, 273]], scav: [[273, 239]] },
  },
];

describe('PageAlloc table (facts §3 first fit, scavenged bits; §5 highest addresses first)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const pa = makePageAlloc(c.before);
      assertConsistent(pa, 'before: ');
      c.ops.forEach((op, i) => {
        const label = `op ${i} ${op.op}: `;
        switch (op.op) {
          case 'grow':
            pa.grow(op.npages);
            break;
          case 'find':
            assert.equal(pa.find(op.npages), op.want, `${label}find`);
            break;
          case 'alloc': {
            const base = pa.find(op.npages);
            assert.equal(base, op.want, `${label}base`);
            if (base >= 0) {
              const scav = pa.allocRange(base, op.npages);
              if (op.wantScav !== undefined)
                assert.equal(scav, op.wantScav, `${label}scavenged pages reused`);
            }
            break;
          }
          case 'free':
            pa.freeRange(op.range[0], op.range[1]);
            break;
          case 'scavenge': {
            const released: [number, number][] = [];
            const done = pa.scavengeHighest(op.max, (base, n) => released.push([base, n]));
            assert.equal(done, op.want, `${label}pages scavenged`);
            if (op.released) assert.deepEqual(released, op.released, `${label}release calls`);
            break;
          }
        }
        assertConsistent(pa, label);
      });
      assert.deepEqual(describePageAlloc(pa), c.after);
    });
  }
});

/**
 * The slow, obviously correct page allocator: one boolean per page, linear
 * first fit, and scavenging that walks pages from the top. Releases are cut at
 * chunk boundaries because the scavenger works one chunk at a time (Go's
 * scavengeOne), so the madvise runs are chunk-local.
 */
class RefPageAlloc {
  inUse: boolean[] = [];
  scav: boolean[] = [];

  grow(npages: number): void {
    for (let i = 0; i < npages; i++) {
      this.inUse.push(false);
      this.scav.push(true);
    }
  }
  find(npages: number): number {
    let run = 0;
    for (let p = 0; p < this.inUse.length; p++) {
      run = this.inUse[p] ? 0 : run + 1;
      if (run === npages) return p - npages + 1;
    }
    return -1;
  }
  alloc(base: number, npages: number): number {
    let scav = 0;
    for (let p = base; p < base + npages; p++) {
      assert.ok(!this.inUse[p], `reference: page ${p} allocated twice`);
      this.inUse[p] = true;
      if (this.scav[p]) scav++;
      this.scav[p] = false;
    }
    return scav;
  }
  free(base: number, npages: number): void {
    for (let p = base; p < base + npages; p++) this.inUse[p] = false;
  }
  scavenge(max: number): [number, number][] {
    const runs: [number, number][] = [];
    let done = 0;
    for (let p = this.inUse.length - 1; p >= 0 && done < max; p--) {
      if (this.inUse[p] || this.scav[p]) continue;
      this.scav[p] = true;
      done++;
      const last = runs[runs.length - 1];
      if (last && last[0] === p + 1 && (p + 1) % pallocChunkPages !== 0) {
        last[0] = p;
        last[1]++;
      } else runs.push([p, 1]);
    }
    return runs;
  }
  get freePages(): number {
    return this.inUse.filter((u) => !u).length;
  }
  get scavPages(): number {
    return this.scav.filter((s) => s).length;
  }
}

type FuzzOp =
  | { kind: 'grow'; chunks: number }
  | { kind: 'alloc'; npages: number }
  | { kind: 'find'; npages: number }
  | { kind: 'free'; pick: number }
  | { kind: 'scavenge'; max: number };

const npagesArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 16 }) },
  { weight: 3, arbitrary: fc.integer({ min: 17, max: 200 }) },
  { weight: 1, arbitrary: fc.integer({ min: 201, max: 1300 }) },
);
const fuzzOpArb: fc.Arbitrary<FuzzOp> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('grow' as const), chunks: fc.integer({ min: 1, max: 2 }) }),
  },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('alloc' as const), npages: npagesArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('find' as const), npages: npagesArb }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('free' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('scavenge' as const), max: fc.integer({ min: 1, max: 1500 }) }),
  },
);

describe('PageAlloc against a boolean-array reference (fast-check)', () => {
  it('agrees on every find, allocation, free and scavenge', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fuzzOpArb, { minLength: 1, maxLength: 120 }),
        (chunks, ops) => {
          const pa = makePageAlloc({ chunks: 0 });
          const ref = new RefPageAlloc();
          pa.grow(chunks * pallocChunkPages);
          ref.grow(chunks * pallocChunkPages);
          const live: [number, number][] = [];
          for (const [i, op] of ops.entries()) {
            const label = `step ${i} ${JSON.stringify(op)}: `;
            switch (op.kind) {
              case 'grow':
                // Keep the fuzzed heap small: at most 8 chunks (32 MiB).
                if (pa.endPage >= 8 * pallocChunkPages) break;
                pa.grow(op.chunks * pallocChunkPages);
                ref.grow(op.chunks * pallocChunkPages);
                break;
              case 'find':
                assert.equal(pa.find(op.npages), ref.find(op.npages), `${label}find`);
                break;
              case 'alloc': {
                const base = pa.find(op.npages);
                assert.equal(base, ref.find(op.npages), `${label}find`);
                if (base < 0) break;
                assert.equal(
                  pa.allocRange(base, op.npages),
                  ref.alloc(base, op.npages),
                  `${label}scavenged count`,
                );
                live.push([base, op.npages]);
                break;
              }
              case 'free': {
                if (live.length === 0) break;
                const [base, n] = live.splice(op.pick % live.length, 1)[0];
                pa.freeRange(base, n);
                ref.free(base, n);
                break;
              }
              case 'scavenge': {
                const released: [number, number][] = [];
                const done = pa.scavengeHighest(op.max, (b, n) => released.push([b, n]));
                const want = ref.scavenge(op.max);
                assert.deepEqual(released, want, `${label}release runs`);
                assert.equal(
                  done,
                  want.reduce((a, r) => a + r[1], 0),
                  `${label}pages scavenged`,
                );
                break;
              }
            }
            assert.equal(pa.endPage, ref.inUse.length, `${label}endPage`);
            assert.equal(pa.freePages, ref.freePages, `${label}freePages`);
            assert.equal(pa.scavPages, ref.scavPages, `${label}scavPages`);
            for (let p = 0; p < pa.endPage; p++) {
              if (pa.inUse[p] !== (ref.inUse[p] ? 1 : 0) || pa.scavenged[p] !== (ref.scav[p] ? 1 : 0)) {
                assert.fail(`${label}page ${p}: inUse ${pa.inUse[p]} scavenged ${pa.scavenged[p]}`);
              }
            }
            assertConsistent(pa, label);
          }
        },
      ),
      { seed: 42, numRuns: 150 },
    );
  });
});
