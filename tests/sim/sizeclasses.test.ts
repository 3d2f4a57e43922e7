import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { roundupsize, sizeToClass } from '../../src/sim/msize.ts';
import {
  maxSmallSize,
  pageSize,
  type SizeClassTable,
  sizeClassesGo112,
  sizeClassesGo119,
  tinySize,
} from '../../src/sim/sizeclasses.ts';
import {
  formatMaxWaste,
  makeSizeClasses,
  renderSizeClassesModule,
  type SizeClasses,
  sizeClassesModulePath,
} from '../../src/tools/mksizeclasses.ts';

// The project root's parent holds shared/ (same layout in CI).
const reference = join(import.meta.dirname, '..', '..', '..', 'shared', 'reference');
const factsPath = join(reference, 'go-runtime-facts.md');
const realGoDir = join(reference, 'real-go', 'size-classes');

const go119 = makeSizeClasses('go1.19');
const go112 = makeSizeClasses('go1.12');

/** Parses a header-first CSV without quoting into records keyed by column name. */
function readCsv(path: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const cols = header.split(',');
  return rows.map((line) => {
    const cells = line.split(',');
    assert.equal(cells.length, cols.length, `${path}: bad row ${line}`);
    return Object.fromEntries(cols.map((c, i) => [c, cells[i]]));
  });
}

/** Lines of one `## N. ...` section of the facts file. */
function factsSection(heading: string): string[] {
  const lines = readFileSync(factsPath, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## ${heading}`));
  assert.ok(start >= 0, `facts section "${heading}" not found`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

function sameArray(actual: ArrayLike<number>, expected: readonly number[], what: string): void {
  assert.deepEqual(Array.from(actual), [...expected], what);
}

describe('generated src/sim/sizeclasses.ts', () => {
  it('matches a fresh run of src/tools/mksizeclasses.ts exactly (run `npm run gen:sizeclasses`)', () => {
    assert.equal(readFileSync(sizeClassesModulePath, 'utf8'), renderSizeClassesModule());
  });

  const pairs: [SizeClassTable, SizeClasses][] = [
    [sizeClassesGo119, go119],
    [sizeClassesGo112, go112],
  ];
  for (const [table, gen] of pairs) {
    it(`${table.variant} constants hold the generator's arrays`, () => {
      assert.equal(table.variant, gen.variant);
      assert.equal(table.numSizeClasses, gen.rows.length);
      sameArray(table.classToSize, gen.classToSize, 'classToSize');
      sameArray(table.classToAllocNPages, gen.classToAllocNPages, 'classToAllocNPages');
      sameArray(table.classToNObjects, gen.classToNObjects, 'classToNObjects');
      sameArray(table.sizeToClass8, gen.sizeToClass8, 'sizeToClass8');
      sameArray(table.sizeToClass128, gen.sizeToClass128, 'sizeToClass128');
      // Go's array lengths: smallSizeMax/smallSizeDiv+1 and (maxSmallSize-smallSizeMax)/largeSizeDiv+1.
      assert.equal(table.sizeToClass8.length, 129);
      assert.equal(table.sizeToClass128.length, 249);
    });
  }
});

describe('go1.19 table equals facts §2 "Full size-class table", every column', () => {
  const factsRows = factsSection('2. Full size-class table')
    .filter((l) => /^\|\s*\d+\s*\|/.test(l))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );

  it('has 67 rows, one per class 1..67, and the generator has 68 classes with the dummy', () => {
    assert.deepEqual(
      factsRows.map((r) => Number(r[0])),
      Array.from({ length: 67 }, (_, i) => i + 1),
    );
    assert.equal(go119.rows.length, 68);
    assert.equal(sizeClassesGo119.numSizeClasses, 68);
  });

  for (const [cls, bytesObj, bytesSpan, pages, objects, tail, maxWaste, minAlign] of factsRows) {
    it(`class ${cls}: ${bytesObj} B`, () => {
      const c = Number(cls);
      const r = go119.rows[c];
      assert.deepEqual(
        {
          bytesObj: r.size,
          bytesSpan: r.spanBytes,
          pages: r.npages,
          objects: r.objects,
          tail: r.tailWaste,
          maxWaste: formatMaxWaste(r),
          minAlign: r.minAlign,
        },
        {
          bytesObj: Number(bytesObj),
          bytesSpan: Number(bytesSpan),
          pages: Number(pages),
          objects: Number(objects),
          tail: Number(tail),
          maxWaste,
          minAlign: Number(minAlign),
        },
      );
      assert.equal(sizeClassesGo119.classToSize[c], Number(bytesObj));
      assert.equal(sizeClassesGo119.classToAllocNPages[c], Number(pages));
      assert.equal(sizeClassesGo119.classToNObjects[c], Number(objects));
    });
  }

  it('alignment summary equals the one printed with the table', () => {
    const line = factsSection('2. Full size-class table').find((l) => l.startsWith('Alignment summary'));
    assert.ok(line, 'alignment summary line not found');
    // "objects ≥ 8 B are 8-aligned; ≥ 32 B → 16; ...; 32768 → 8192"
    const want = [...line.matchAll(/(\d+)(?: B)? (?:→|are) (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    assert.ok(want.length >= 5, `could not parse: ${line}`);
    assert.deepEqual(
      go119.alignments.map((a) => [a.minObjSize, a.align]),
      want,
    );
  });
});

describe('go1.19 table equals the real runtime arrays (real-go/size-classes/runtime-table.csv)', () => {
  const rows = readCsv(join(realGoDir, 'runtime-table.csv'));
  it('has the same classes', () => {
    assert.deepEqual(
      rows.map((r) => Number(r.class)),
      go119.rows.slice(1).map((r) => r.sizeClass),
    );
  });
  for (const row of rows) {
    it(`class ${row.class}`, () => {
      const r = go119.rows[Number(row.class)];
      assert.deepEqual(
        [r.size, r.npages, r.spanBytes, r.objects, r.tailWaste],
        [row.size, row.npages, row.span_bytes, row.objects_per_span, row.tail_waste_bytes].map(Number),
      );
    });
  }
});

describe('sizeToClass / roundupsize against real Go 1.19 probes (real-go/size-classes/observed.csv)', () => {
  // Columns: kind (noscan = make([]byte, n), scan = make([]*byte, n/8)), size, n (objects allocated),
  // heapalloc_delta, bytes_per_obj, mallocs/frees/heapobjects deltas, bysize_classes ("class:count" of the
  // BySize Mallocs delta), runtime_class / runtime_class_size (the runtime's own lookup), match (yes/tiny).
  const probes = readCsv(join(realGoDir, 'observed.csv')).map((r) => ({
    kind: r.kind,
    size: Number(r.size),
    n: Number(r.n),
    heapAllocDelta: Number(r.heapalloc_delta),
    bySize: r.bysize_classes,
    runtimeClass: Number(r.runtime_class),
    runtimeClassSize: Number(r.runtime_class_size),
    match: r.match,
  }));
  const t = sizeClassesGo119;

  it('probes are labelled "tiny" exactly when noscan and size < tinySize (facts §1 tiny rule 1)', () => {
    assert.ok(probes.length > 3000);
    for (const p of probes) {
      const tiny = p.kind === 'noscan' && p.size < tinySize;
      assert.equal(p.match, tiny ? 'tiny' : 'yes', `${p.kind} ${p.size}`);
    }
  });

  it("sizeToClass and roundupsize equal the runtime's own lookup for every probe", () => {
    // runtime_class is size_to_class8/128 as the runtime holds it (0 for large objects), so this
    // holds for tiny probes too: the tiny allocator bypasses the lookup, the table does not change.
    const bad = probes
      .filter(
        (p) => sizeToClass(t, p.size) !== p.runtimeClass || roundupsize(t, p.size) !== p.runtimeClassSize,
      )
      .map((p) => `${p.kind} ${p.size}: class ${sizeToClass(t, p.size)} size ${roundupsize(t, p.size)}`);
    assert.deepEqual(bad, []);
  });

  it('observed bytes per object (HeapAlloc delta / n) equal roundupsize for every non-tiny probe', () => {
    // Tiny probes (noscan, size < 16; 15 rows) are skipped here: several of them share one 16-byte
    // block, so HeapAlloc grows by the requested bytes, not by a class size. The allocator's tests
    // cover them.
    const bad = probes
      .filter((p) => p.match !== 'tiny' && p.heapAllocDelta !== p.n * roundupsize(t, p.size))
      .map((p) => `${p.kind} ${p.size}: observed ${p.heapAllocDelta / p.n}, want ${roundupsize(t, p.size)}`);
    assert.deepEqual(bad, []);
  });

  it('MemStats.BySize counts every non-tiny small probe in class sizeToClass (BySize stops at class 60)', () => {
    // MemStats.BySize has 61 entries, so classes 61..67 and large objects leave no BySize record
    // (real-go README §5).
    const bad = probes
      .filter((p) => p.match !== 'tiny')
      .filter((p) => {
        const c = sizeToClass(t, p.size);
        return p.bySize !== (c >= 1 && c <= 60 ? `${c}:${p.n}` : '');
      })
      .map((p) => `${p.kind} ${p.size}: BySize ${p.bySize}, class ${sizeToClass(t, p.size)}`);
    assert.deepEqual(bad, []);
  });
});

describe('sizeToClass / roundupsize over every small size', () => {
  for (const table of [sizeClassesGo119, sizeClassesGo112]) {
    it(`${table.variant}: each size 1..32768 gets the smallest class that holds it`, () => {
      let want = 1;
      for (let size = 1; size <= maxSmallSize; size++) {
        while (table.classToSize[want] < size) want++;
        const got = sizeToClass(table, size);
        if (got !== want) assert.fail(`size ${size}: class ${got}, want ${want}`);
        if (roundupsize(table, size) !== table.classToSize[want]) {
          assert.fail(
            `size ${size}: roundupsize ${roundupsize(table, size)}, want ${table.classToSize[want]}`,
          );
        }
      }
    });
  }

  const large: [number, number][] = [
    [32769, 40960],
    [40960, 40960],
    [40961, 49152],
    [65537, 73728],
    [100000, 106496],
    [1048577, 1056768],
    [2 ** 32 + 1, 2 ** 32 + pageSize],
  ];
  for (const [size, want] of large) {
    it(`large ${size} B -> class 0, ${want} B (whole pages, facts §1)`, () => {
      assert.equal(sizeToClass(sizeClassesGo119, size), 0);
      assert.equal(roundupsize(sizeClassesGo119, size), want);
    });
  }
});

describe('go1.12 variant (facts §2 "Version differences")', () => {
  it('has 67 classes, no 24-byte class, starting 8, 16, 32, 48', () => {
    assert.equal(go112.rows.length, 67);
    assert.equal(sizeClassesGo112.numSizeClasses, 67);
    assert.ok(!go112.classToSize.includes(24));
    assert.deepEqual(go112.classToSize.slice(1, 5), [8, 16, 32, 48]);
  });

  it('is the go1.19 table without class 3: every class >= 3 is one lower', () => {
    const drop3 = (xs: readonly number[]) => xs.filter((_, i) => i !== 3);
    assert.deepEqual(go112.classToSize, drop3(go119.classToSize));
    assert.deepEqual(go112.classToAllocNPages, drop3(go119.classToAllocNPages));
    assert.deepEqual(go112.classToNObjects, drop3(go119.classToNObjects));
  });

  it("the 32-byte class's max waste is 46.88%", () => {
    assert.equal(formatMaxWaste(go112.rows[3]), '46.88%');
  });

  const cases: [number, number, number][] = [
    [16, 2, 16],
    [17, 3, 32],
    [24, 3, 32],
    [33, 4, 48],
  ];
  for (const [size, cls, bytes] of cases) {
    it(`${size} B -> class ${cls}, ${bytes} B`, () => {
      assert.equal(sizeToClass(sizeClassesGo112, size), cls);
      assert.equal(roundupsize(sizeClassesGo112, size), bytes);
    });
  }
});
