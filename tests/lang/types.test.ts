// Type layouts and type strings against real Go 1.19 (testdata/layout:
// reflect's Size, Align, field offsets and %T of the same types).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { basic, type Field, layout, type Type, typeString } from '../../src/lang/types.ts';

const b = basic;
const field = (name: string, type: Type, embedded = false, tag = ''): Field => ({
  name,
  type,
  embedded,
  tag,
});
const named = (name: string, underlying: Type, pkg = 'main'): Type => ({
  kind: 'named',
  pkg,
  name,
  underlying,
  methods: [],
});
const ptr = (elem: Type): Type => ({ kind: 'pointer', elem });
const slice = (elem: Type): Type => ({ kind: 'slice', elem });
const array = (len: number, elem: Type): Type => ({ kind: 'array', len, elem });
const struct = (...fields: Field[]): Type => ({ kind: 'struct', fields });
const iface: Type = { kind: 'interface', methods: [], embedded: [] };
const errorT = named('error', { kind: 'interface', methods: [], embedded: [] }, '');

const T = named('T', struct(field('a', b('int8')), field('b', b('int64')), field('c', b('bool'))));
const E = named('E', struct());
const types: Record<string, Type> = {
  bool: b('bool'),
  int8: b('int8'),
  int16: b('int16'),
  int32: b('int32'),
  int: b('int'),
  uint64: b('uint64'),
  float32: b('float32'),
  float64: b('float64'),
  complex64: b('complex64'),
  complex128: b('complex128'),
  string: b('string'),
  uintptr: b('uintptr'),
  ptr: ptr(b('int')),
  slice: slice(b('uint8')),
  array: array(5, b('int32')),
  array0: array(0, b('int64')),
  map: { kind: 'map', key: b('string'), elem: b('int') },
  chan: { kind: 'chan', dir: 'both', elem: b('int') },
  chansend: { kind: 'chan', dir: 'send', elem: b('int') },
  chanrecv: { kind: 'chan', dir: 'recv', elem: b('int') },
  chanchan: { kind: 'chan', dir: 'both', elem: { kind: 'chan', dir: 'recv', elem: b('int') } },
  func: {
    kind: 'func',
    params: [b('int'), slice(b('string'))],
    results: [b('bool'), errorT],
    variadic: true,
  },
  func1: { kind: 'func', params: [], results: [b('int')], variadic: false },
  iface: ptr(iface),
  T,
  E,
  Z: named('Z', struct(field('a', b('int32')), field('z', struct()))),
  P: named(
    'P',
    struct(
      field('next', ptr(b('int'))),
      field('name', b('string')),
      field('vals', slice(b('int'))),
      field('m', { kind: 'map', key: b('string'), elem: b('int') }),
      field('i', iface),
      field('f', { kind: 'func', params: [b('int')], results: [b('string')], variadic: false }),
      field('c', { kind: 'chan', dir: 'send', elem: b('bool') }),
      field('arr', array(3, b('int16'))),
      field('e', E),
    ),
  ),
  Tag: named('Tag', struct(field('A', b('int'), false, 'json:"a"'))),
  Embed: named('Embed', struct(field('T', T, true), field('E', ptr(E), true), field('x', b('uint16')))),
  anon: struct(field('x', b('int')), field('y', slice(b('string')))),
  errorp: ptr(errorT),
  stringer: ptr(named('Stringer', { kind: 'interface', methods: [], embedded: [] }, 'fmt')),
  mapslice: { kind: 'map', key: b('int'), elem: slice(ptr(T)) },
};

const golden = readFileSync(join(import.meta.dirname, 'testdata', 'layout', 'expected.txt'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => l.split('|'));

describe('type layout and strings vs real Go 1.19 (reflect)', () => {
  for (const [name, size, align, offsets, str] of golden) {
    it(`${name}: size ${size}, align ${align}, ${str}`, () => {
      const t = types[name];
      assert.ok(t, `type ${name} defined`);
      const l = layout(t);
      assert.equal(l.size, Number(size));
      assert.equal(l.align, Number(align));
      assert.equal((l.offsets ?? []).join(','), offsets);
      assert.equal(typeString(t), str);
    });
  }
});

describe('pointer words (what the collector scans)', () => {
  const cases: [string, Type, number[], number][] = [
    ['string', b('string'), [0], 8],
    ['[]T', slice(T), [0], 8],
    ['interface{}', iface, [0, 1], 16],
    ['[3]string', array(3, b('string')), [0, 2, 4], 40],
    ['T (no pointers)', T, [], 0],
    ['P', types.P, [0, 1, 3, 6, 7, 8, 9, 10], 88],
    ['map[string]*T bucket-like struct', struct(field('k', b('string')), field('v', ptr(T))), [0, 2], 24],
  ];
  for (const [name, t, ptrWords, ptrdata] of cases) {
    it(name, () => {
      assert.deepEqual(layout(t).ptrWords, ptrWords);
      assert.equal(layout(t).ptrdata, ptrdata);
    });
  }
});
