// strings against real Go 1.19: results, and the heap allocations each call
// makes (Mallocs and TotalAlloc deltas measured in the real program), replayed
// through the simulated runtime's mallocgc.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join as pathJoin } from 'node:path';
import { describe, it } from 'node:test';
import { toByteString } from '../../src/lang/rt/strconv.ts';
import * as S from '../../src/lang/rt/strings.ts';
import { createRuntime, type Runtime } from '../../src/sim/runtime.ts';
import { sizeClassesGo119 as classes } from '../../src/sim/sizeclasses.ts';

const golden = new Map(
  readFileSync(pathJoin(import.meta.dirname, 'testdata', 'strings', 'expected.txt'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const [name, hex, mallocs, bytes] = l.split('|');
      return [name, { hex, mallocs: Number(mallocs), bytes: Number(bytes) }] as const;
    }),
);

const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
const b = toByteString;
const long = 'ab'.repeat(100);
const words = ['alpha', 'beta', 'gamma', 'delta'];
/** `sink = p`: boxing a slice into an interface allocates its 24-byte header (runtime.convTslice). */
const box = (rt: Runtime) => rt.mallocgc(24, false);

const cases: Record<string, (a: S.Alloc, rt: Runtime) => string> = {
  repeat: (a) => S.repeat('xyz', 10, a, classes),
  'repeat-long': (a) => S.repeat('0123456789', 1000, a, classes),
  'repeat-0': (a) => S.repeat('x', 0, a, classes),
  join: (a) => S.join(words, ', ', a, classes),
  'join-1': (a) => S.join(words.slice(0, 1), ', ', a, classes),
  'join-0': (a) => S.join([], ', ', a, classes),
  split: (a, rt) => {
    const p = S.split('a,b,,c', ',', a);
    box(rt);
    return S.join(p, '|', a, classes);
  },
  'split-only': (a, rt) => {
    S.split('a,b,,c', ',', a);
    box(rt);
    return '';
  },
  'fields-only': (a, rt) => {
    const p = S.fields('  foo bar\tbaz \n ', a);
    box(rt);
    return p[1];
  },
  upper: (a) => S.toUpper('hello, World', a, classes),
  'upper-same': (a) => S.toUpper('HELLO', a, classes),
  lower: (a) => S.toLower('Hello, WORLD', a, classes),
  replace: (a) => S.replace(long, 'ab', 'xyz', 3, a, classes),
  'replace-all': (a) => S.replace('a-b-c-d', '-', '', -1, a, classes),
  'replace-none': (a) => S.replace('abc', 'x', 'y', -1, a, classes),
  trimspace: () => S.trimSpace('  \t hi there \n'),
  trim: () => S.trim('xxhixx', 'x'),
  trimprefix: () => S.trimPrefix('prefix-body', 'prefix-'),
  trimsuffix: () => S.trimSuffix('body.go', '.go'),
  clone: (a) => S.clone(long.slice(0, 10), a),
  'clone-empty': (a) => S.clone('', a),
  index: (a) => S.itoa(S.index('chicken', 'ken'), a),
  contains: () => String(S.contains('seafood', 'foo')),
  'itoa-small': (a) => S.itoa(42, a),
  'itoa-big': (a) => S.itoa(123456, a),
  'itoa-neg': (a) => S.itoa(-7, a),
  builder: (a) => {
    const sb = new S.Builder(a, classes);
    for (let i = 0; i < 20; i++) sb.writeString('abc');
    return sb.string();
  },
  'builder-grow': (a) => {
    const sb = new S.Builder(a, classes);
    sb.grow(64);
    for (let i = 0; i < 20; i++) sb.writeByte(0x7a);
    return sb.string();
  },
};

describe('strings vs real Go 1.19: results and allocations', () => {
  it('every golden case has a replay', () =>
    assert.deepEqual([...golden.keys()].sort(), Object.keys(cases).sort()));
  for (const [name, f] of Object.entries(cases)) {
    it(name, () => {
      const want = golden.get(name)!;
      const rt = createRuntime({ gogc: -1, memProfileRate: 0 });
      const before = rt.readMemStats();
      const result = f((bytes, noscan) => rt.mallocgc(bytes, noscan), rt);
      const after = rt.readMemStats();
      assert.equal(hex(result), want.hex, 'result');
      assert.equal(after.Mallocs - before.Mallocs, want.mallocs, 'mallocs');
      assert.equal(after.TotalAlloc - before.TotalAlloc, want.bytes, 'bytes');
    });
  }
  it('case mapping of non-ASCII text goes through Map (and leaves ß alone, as Go does)', () => {
    const none: S.Alloc = () => {};
    assert.equal(S.toUpper(b('héllo ß'), none, classes), b('HÉLLO ß'));
    assert.equal(S.toLower(b('ÀÉÎ'), none, classes), b('àéî'));
    assert.deepEqual(S.fields(b('a\u00a0b\u3000c'), none), ['a', 'b', 'c']);
  });
});
