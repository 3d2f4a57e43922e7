// sort.Slice and sort.SliceStable against real Go 1.19: the same inputs (a
// 64-bit LCG both sides run) sorted by key with many ties; the FNV-64a hash of
// the resulting id order must match Go's, so ties land exactly where Go puts them.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sortFunc, stableFunc } from '../../src/lang/rt/sort.ts';

const golden = readFileSync(join(import.meta.dirname, 'testdata', 'sort', 'expected.txt'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => l.split('|'));

const M64 = (1n << 64n) - 1n;

function gen(n: number, pattern: number, seed: bigint): { key: number; id: number }[] {
  let x = seed;
  const next = () => {
    x = (x * 6364136223846793005n + 1442695040888963407n) & M64;
    return x >> 33n;
  };
  const s = [];
  for (let i = 0; i < n; i++) {
    let k: number;
    switch (pattern) {
      case 0:
        k = Number(next() % BigInt(Math.floor(n / 4) + 1));
        break;
      case 1:
        k = i;
        break;
      case 2:
        k = n - i;
        break;
      case 3:
        k = 7;
        break;
      case 4:
        k = Number(next() % 3n);
        break;
      case 5:
        k = i % 17;
        break;
      case 6:
        k = i;
        if (next() % 50n === 0n) k = Number(next() % BigInt(n + 1));
        break;
      default:
        k = Number(next() % 1000000n);
    }
    s.push({ key: k, id: i });
  }
  return s;
}

function fnv64a(text: string): bigint {
  let h = 14695981039346656037n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 1099511628211n) & M64;
  }
  return h;
}

describe('sort vs real Go 1.19 (tie order)', () => {
  it('golden has 224 cases', () => assert.equal(golden.length, 224));
  for (const [kind, n, p, want] of golden) {
    it(`${kind} n=${n} pattern=${p}`, () => {
      const s = gen(Number(n), Number(p), BigInt(Number(n) * 31 + Number(p)));
      const d = {
        less: (i: number, j: number) => s[i].key < s[j].key,
        swap: (i: number, j: number) => {
          const t = s[i];
          s[i] = s[j];
          s[j] = t;
        },
      };
      (kind === 'slice' ? sortFunc : stableFunc)(s.length, d);
      for (let i = 1; i < s.length; i++) assert.ok(s[i - 1].key <= s[i].key, 'sorted');
      assert.equal(fnv64a(s.map((e) => `${e.id},`).join('')).toString(), want);
    });
  }
});
