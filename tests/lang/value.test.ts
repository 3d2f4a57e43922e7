// Backing arrays of numeric elements start empty, keep a few writes as sparse pairs, switch to a
// Map past 16 and to a dense typed array past n/8: every read sees the last write, whatever the path.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { Arr, arrData, arrGet, arrSet, SparseNum } from '../../src/lang/rt/value.ts';

describe('Arr numeric data', () => {
  test('reads see the last write at every index, through sparse, map and dense storage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 256, max: 2048 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 400 }),
        (n, writes) => {
          const a = new Arr(null, n, 0, 'u8');
          const model = new Uint8Array(n);
          for (const [i0, v] of writes) {
            const i = i0 % n;
            arrSet(a, i, v);
            model[i] = v;
          }
          for (let i = 0; i < n; i++) assert.equal(Number(arrGet(a, i) ?? 0), model[i], `index ${i}`);
          assert.deepEqual([...(arrData(a) as Uint8Array)], [...model]);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  test('storage changes at the documented thresholds', () => {
    const cases: [writes: number, expect: 'sparse' | 'map' | 'dense'][] = [
      [1, 'sparse'],
      [2, 'sparse'],
      [16, 'sparse'],
      [17, 'map'],
      [128, 'map'],
      [129, 'dense'],
    ];
    for (const [writes, expect] of cases) {
      const a = new Arr(null, 1024, 0, 'u8');
      for (let k = 0; k < writes; k++) arrSet(a, k * 7, (k % 255) + 1);
      const d = a.d;
      const got = d instanceof SparseNum ? (d.map === null ? 'sparse' : 'map') : 'dense';
      assert.equal(got, expect, `${writes} writes`);
      for (let k = 0; k < writes; k++) assert.equal(arrGet(a, k * 7), (k % 255) + 1);
    }
  });

  test('short arrays are dense from the first write', () => {
    const a = new Arr(null, 255, 0, 'u8');
    arrSet(a, 3, 9);
    assert.ok(a.d instanceof Uint8Array);
    assert.equal(arrGet(a, 3), 9);
  });
});
