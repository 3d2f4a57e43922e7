// growslice against real Go 1.19: testdata/growslice/expected.txt holds the
// cap() sequences and bulk-append capacities the real toolchain produced.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { growsliceCap } from '../../src/lang/rt/slice.ts';
import { sizeClassesGo119 } from '../../src/sim/sizeclasses.ts';

const lines = readFileSync(join(import.meta.dirname, 'testdata', 'growslice', 'expected.txt'), 'utf8')
  .trim()
  .split('\n');
const sizes = [...new Set(lines.map((l) => Number(l.split('|')[1])))];

describe('growslice vs real Go 1.19 (golden)', () => {
  it('covers 14 element sizes', () => assert.equal(sizes.length, 14));
  for (const size of sizes) {
    it(`elements of ${size} B: one-at-a-time cap sequence and bulk appends`, () => {
      const bad: string[] = [];
      // Replay appending one element at a time and compare every cap change.
      const seq = lines
        .filter((l) => l.startsWith(`S|${size}|`))
        .map((l) => l.split('|').slice(2).map(Number));
      let cap = 0;
      let len = 0;
      const seen: [number, number][] = [];
      while (len < 20000) {
        len++;
        if (len > cap) {
          cap = growsliceCap(sizeClassesGo119, size, cap, len).newCap;
          seen.push([len, cap]);
        }
      }
      assert.deepEqual(seen, seq);
      for (const l of lines.filter((x) => x.startsWith(`K|${size}|`))) {
        const [start, k, want] = l.split('|').slice(2).map(Number);
        const got = growsliceCap(sizeClassesGo119, size, start, start + k).newCap;
        if (got !== want) bad.push(`${l}: got ${got}`);
      }
      assert.deepEqual(bad, []);
    });
  }
});
