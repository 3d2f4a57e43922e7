// fmt against real Go 1.19: testdata/fmt/main.go applies every format to
// every value under the real toolchain (`npm run update:goldens`); the
// tables below are the same, in the same order, as FmtArgs.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type FmtArg, sprint, sprintf, sprintln } from '../../src/lang/rt/fmt.ts';
import { toByteString } from '../../src/lang/rt/strconv.ts';

const int = (v: number | bigint, type = 'int'): FmtArg => ({ kind: 'int', type, value: v });
const uint = (v: number | bigint, type: string): FmtArg => ({ kind: 'uint', type, value: v });
const f64 = (v: number): FmtArg => ({ kind: 'float64', type: 'float64', value: v });
const f32 = (v: number): FmtArg => ({ kind: 'float32', type: 'float32', value: Math.fround(v) });
const str = (js: string): FmtArg => ({ kind: 'string', type: 'string', value: toByteString(js) });
const raw = (b: string): FmtArg => ({ kind: 'string', type: 'string', value: b });
const bool = (v: boolean): FmtArg => ({ kind: 'bool', type: 'bool', value: v });
const bytes = (b: number[]): FmtArg => ({ kind: 'bytes', type: '[]uint8', value: Uint8Array.from(b) });

const values: FmtArg[] = [
  int(0),
  int(42),
  int(-42),
  int(7),
  int((1n << 63n) - 1n),
  int(-(1n << 63n)),
  int(-128, 'int8'),
  int(127, 'int8'),
  int(-300, 'int16'),
  int(1 << 30, 'int32'),
  uint(200, 'uint8'),
  uint(65535, 'uint16'),
  uint(4000000000, 'uint32'),
  uint((1n << 64n) - 1n, 'uint64'),
  uint(12345, 'uint'),
  uint(0xc000012345, 'uintptr'),
  f64(3.0),
  f64(-2.5),
  f64(0.1),
  f64(1e21),
  f64(1e-7),
  f64(123456.789),
  f64(Number.POSITIVE_INFINITY),
  f64(Number.NEGATIVE_INFINITY),
  f64(Number.NaN),
  f64(-0),
  f32(0.1),
  f32(16777216),
  f32(-1.5e-10),
  str(''),
  str('hello'),
  str('héllo, 世界'),
  str('tab\tnl\n'),
  raw('\xff\xfe'),
  str('quote"s'),
  bool(true),
  bool(false),
  int(0x78, 'int32'),
  int(0xe9, 'int32'),
  int(0x1f600, 'int32'),
  bytes([...'bytes'].map((c) => c.charCodeAt(0))),
  bytes([]),
  bytes([0, 1, 255]),
];

const formats = [
  '%v',
  '%+v',
  '%#v',
  '%T',
  '%d',
  '%5d',
  '%-5d|',
  '%05d',
  '%+d',
  '% d',
  '%x',
  '%X',
  '%#x',
  '%#X',
  '%o',
  '%O',
  '%#o',
  '%b',
  '%c',
  '%q',
  '%#q',
  '%U',
  '%#U',
  '%e',
  '%E',
  '%f',
  '%.2f',
  '%8.3f',
  '%-8.3f|',
  '%08.3f',
  '%+.1e',
  '%g',
  '%G',
  '%.3g',
  '%#g',
  '%10.4g|',
  '%s',
  '%10s|',
  '%-10s|',
  '%.2s',
  '% x',
  '% X',
  '%#x',
  '%t',
  '%6t|',
  '%p',
  '%8.3x',
  '%010d',
  '%-010d|',
  '%+q',
  '%x %X',
  '%!',
  '%z',
  '%',
  '%[2]v %[1]v',
  '%*d',
  '%.*f',
  '%[3]v',
  '%d %d',
  '%v%%',
];

const golden = readFileSync(join(import.meta.dirname, 'testdata', 'fmt', 'expected.txt'), 'latin1')
  .trim()
  .split('\n');

function hexToBytes(h: string): string {
  let s = '';
  for (let i = 0; i < h.length; i += 2) s += String.fromCharCode(Number.parseInt(h.slice(i, i + 2), 16));
  return s;
}

describe('fmt.Sprintf vs real Go 1.19 (golden)', () => {
  it('the tables match the generator', () => {
    assert.equal(golden.length, formats.length * values.length);
  });
  for (const [fi, f] of formats.entries()) {
    it(`format ${JSON.stringify(f)} on ${values.length} values`, () => {
      const bad: string[] = [];
      for (const [vi, v] of values.entries()) {
        // %p of a []byte prints a real address; nothing to compare.
        if (f === '%p' && v.kind === 'bytes') continue;
        const [gf, gv, hex] = golden[fi * values.length + vi].split('|');
        assert.equal(`${gf}|${gv}`, `${fi}|${vi}`);
        let got: string;
        if (f === '%[2]v %[1]v') got = sprintf(f, v, int(7));
        else if (f === '%*d' || f === '%.*f') got = sprintf(f, int(6), v);
        else got = sprintf(f, v);
        const want = hexToBytes(hex);
        if (got !== want)
          bad.push(
            `${v.type} ${JSON.stringify(v.value, (_, x) => (typeof x === 'bigint' ? `${x}` : x))}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`,
          );
      }
      assert.deepEqual(bad, []);
    });
  }
});

describe('Print and Println spacing', () => {
  it('Print puts a space between operands only when neither is a string', () => {
    assert.equal(sprint(int(1), int(2), str('a'), int(3), str('b'), str('c')), '1 2a3bc');
    assert.equal(sprintln(int(1), str('a'), bool(true)), '1 a true\n');
  });
  it('missing, extra and bad-index operands', () => {
    assert.equal(sprintf('%d %d', int(1)), '1 %!d(MISSING)');
    assert.equal(sprintf('%d', int(1), str('x'), int(2)), '1%!(EXTRA string=x, int=2)');
    assert.equal(sprintf('%[5]d', int(1)), '%!d(BADINDEX)');
    assert.equal(sprintf('%.*d', str('x'), int(1)), '%!(BADPREC)1');
  });
  it('Stringer and error values print through their method for %v %s %q', () => {
    const t: FmtArg = { kind: 'other', type: 'main.T', value: null, stringMethod: () => 'T!' };
    assert.equal(sprintf('%v|%s|%q|%x', t, t, t, t), 'T!|T!|"T!"|5421');
  });
});
