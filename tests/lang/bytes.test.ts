// bytes.Buffer growth and time.Duration.String against real Go 1.19
// (testdata/bytesbuf: len, cap, malloc count and bytes after every write).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Buffer, durationString } from '../../src/lang/rt/bytes.ts';
import { createRuntime } from '../../src/sim/runtime.ts';
import { sizeClassesGo119 as classes } from '../../src/sim/sizeclasses.ts';

const lines = readFileSync(join(import.meta.dirname, 'testdata', 'bytesbuf', 'expected.txt'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => l.split('|'));

const cases: Record<string, { grow: number; writes: string[] }> = {
  small: { grow: 0, writes: ['hello', ' ', 'world'] },
  growing: {
    grow: 0,
    writes: ['a'.repeat(10), 'b'.repeat(60), 'c'.repeat(100), 'd'.repeat(500), 'e'.repeat(3000)],
  },
  'big-first': { grow: 0, writes: ['x'.repeat(100), 'y'] },
  'grow-first': { grow: 1000, writes: ['z'.repeat(900), 'z'.repeat(200)] },
  bytes: { grow: 0, writes: [...'abcdefghijklmnopq'] },
};

describe('bytes.Buffer vs real Go 1.19', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(`${name}: len, cap, mallocs and bytes after each write, then String()`, () => {
      const rt = createRuntime({ gogc: -1, memProfileRate: 0 });
      const b = new Buffer((n, noscan) => rt.mallocgc(n, noscan), classes);
      const m0 = rt.readMemStats();
      if (c.grow) b.growBy(c.grow);
      const want = lines.filter((l) => l[0] === 'B' && l[1] === name);
      c.writes.forEach((w, i) => {
        if (w.length === 1) b.writeByte(w.charCodeAt(0));
        else b.writeString(w);
        const m = rt.readMemStats();
        assert.deepEqual(
          [
            String(i),
            String(b.len),
            String(b.cap),
            String(m.Mallocs - m0.Mallocs),
            String(m.TotalAlloc - m0.TotalAlloc),
          ],
          want[i].slice(2),
          `after write ${i}`,
        );
      });
      // The real program's String() result did not escape (short ones stay on the stack).
      const m1 = rt.readMemStats();
      const s = b.string(false);
      const m2 = rt.readMemStats();
      const ws = lines.find((l) => l[0] === 'S' && l[1] === name)!;
      assert.deepEqual(
        [String(s.length), String(m2.Mallocs - m1.Mallocs), String(m2.TotalAlloc - m1.TotalAlloc)],
        ws.slice(2),
      );
    });
  }
});

describe('time.Duration.String vs real Go 1.19', () => {
  for (const [, ns, want] of lines.filter((l) => l[0] === 'D')) {
    it(`${ns} ns`, () => {
      const got = durationString(BigInt(ns));
      assert.equal(got, toBytes(want));
    });
  }
});

/** The golden file is UTF-8 text; durationString returns a byte string. */
function toBytes(s: string): string {
  return String.fromCharCode(...new TextEncoder().encode(s));
}
