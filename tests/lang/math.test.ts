// math against real Go 1.19 on linux/amd64: testdata/math/expected.txt was
// printed by testdata/math/main.go under the real toolchain (`npm run
// update:goldens math`). The program's inputs come from a specials list and a
// 64-bit LCG; this file replays both exactly (same literals, same draws in the
// same order), recomputes every result with src/lang/rt/math.ts, and compares
// the IEEE-754 bits line by line. NaN results print as "NaN" on both sides
// (JS numbers cannot carry NaN payloads).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as M from '../../src/lang/rt/math.ts';

// ---------------------------------------------------------------- the golden, by section

const sections = new Map<string, string[]>();
{
  let cur: string[] = [];
  for (const line of readFileSync(join(import.meta.dirname, 'testdata', 'math', 'expected.txt'), 'utf8')
    .trimEnd()
    .split('\n')) {
    if (line.startsWith('# ')) sections.set(line.slice(2), (cur = []));
    else cur.push(line);
  }
}

// ---------------------------------------------------------------- inputs (mirrors main.go)

/** Bits → double, independent of the code under test. */
function fromBits(b: bigint): number {
  const v = new DataView(new ArrayBuffer(8));
  v.setBigUint64(0, BigInt.asUintN(64, b));
  return v.getFloat64(0);
}

function bitsOf(x: number): bigint {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  return v.getBigUint64(0);
}

/** Go's `%x` of Float64bits, or "NaN". */
function h(x: number): string {
  return Number.isNaN(x) ? 'NaN' : bitsOf(x).toString(16);
}

// The same values as main.go's list (biome spells some of them Math.PI, Math.SQRT2, …).
// biome-ignore format: a compact list
const specials = [
  0, 1, -1, 0.5, -0.5, 2, -2, 3, 10, 100, 1e-300, -1e-300, 1e300, -1e300, 1e-20, 1e-10, 1e10, 1e15, 1e16, 1e20,
  1e22, 1e308, 5e-324, -5e-324, 1e-310, 2.2250738585072014e-308, -2.2250738585072014e-308,
  2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, Math.PI, 1.5707963267948966,
  0.7853981633974483, 6.283185307179586, -Math.PI, Math.SQRT1_2, 0.7071067811865475, Math.SQRT2, Math.E,
  Math.LN2, 709.782712893384, 709.7827128933841, 709.78, 710, -745.1332191019411, -745.14, -746, -708.4,
  1023.9999999999999, 1024, -1074, -1075, -1076, 4503599627370496, 4503599627370497, 9007199254740992, 2 ** 63,
  536870912, 536870911.5, 536870913, 0.49999999999999994, 1.5, 2.5, -2.5, 0.66, 2.414213562373095, 0.625, 21,
  22, 44, 45, 1.0000000000000002, 0.9999999999999999, 33, 34, 170, 171, 171.5, -170.5, -33.5, 1e-9, 1e-8,
  -1e-9, 38.816242111356935, 1.0397207708399179, 0.34657359027997264, 3.725290298461914e-9,
  5.551115123125783e-17, 0.41421356237309503, -0.2928932188134524,
];

const mask64 = (1n << 64n) - 1n;
const twoM53 = 1.1102230246251565e-16; // 2^-53

/** The generator's LCG (Knuth's MMIX constants), in the same call order as main.go. */
class Lcg {
  private s = 0x853c49e6748fea9bn;
  next(): bigint {
    this.s = (this.s * 6364136223846793005n + 1442695040888963407n) & mask64;
    return this.s;
  }
  unif(lo: number, hi: number): number {
    return lo + Number(this.next() >> 11n) * twoM53 * (hi - lo);
  }
  intn(n: number): number {
    return Number((this.next() >> 33n) % BigInt(n));
  }
}

const sign63 = 1n << 63n;

function pool(rng: Lcg): number[] {
  const v = [...specials, -0, Infinity, -Infinity, Number.NaN];
  for (let i = 0; i < 200; i++) v.push(fromBits(rng.next()));
  for (let i = 0; i < 400; i++) v.push(rng.unif(-1, 1));
  for (let i = 0; i < 400; i++) v.push(rng.unif(-10, 10));
  for (let i = 0; i < 200; i++) v.push(rng.unif(-800, 800));
  for (let i = 0; i < 150; i++) v.push((rng.intn(8001) - 4000) * (Math.PI / 4));
  for (let i = 0; i < 150; i++) {
    const k = rng.intn(8001) - 4000;
    v.push(k * (Math.PI / 4) + rng.unif(-1e-6, 1e-6));
  }
  for (let i = 0; i < 100; i++) v.push(Number(rng.next() >> 20n) * Math.PI);
  for (let i = 0; i < 300; i++) {
    const e = BigInt(1023 - 40 + rng.intn(81));
    const s = rng.next() & sign63;
    v.push(fromBits(s | (e << 52n) | (rng.next() >> 12n)));
  }
  for (let i = 0; i < 100; i++) v.push(1 + rng.unif(-1e-6, 1e-6));
  for (let i = 0; i < 100; i++) {
    const s = rng.next() & sign63;
    v.push(fromBits(s | (rng.next() >> 12n)));
  }
  for (let i = -60; i <= 60; i++) v.push(i * 0.5);
  for (let i = 0; i < 100; i++) v.push(rng.unif(-746, -705));
  for (let i = 0; i < 50; i++) v.push(rng.unif(705, 710));
  return v;
}

type Pair = [number, number];

function pairs(rng: Lcg, p: number[]): Pair[] {
  const s = [...specials.slice(0, 30), -0, Infinity, -Infinity, Number.NaN];
  const r: Pair[] = [];
  for (const x of s) for (const y of s) r.push([x, y]);
  for (let i = 0; i < 1200; i++) {
    const x = p[rng.intn(p.length)];
    const y = p[rng.intn(p.length)];
    r.push([x, y]);
  }
  return r;
}

// ---------------------------------------------------------------- the same output, computed here

/** Each computed section: result lines and, for failure messages, the inputs. */
const got = new Map<string, { lines: string[]; inputs: string[] }>();

function section(name: string): { lines: string[]; inputs: string[] } {
  const s = { lines: [] as string[], inputs: [] as string[] };
  got.set(name, s);
  return s;
}

function unary(name: string, xs: number[], f: (x: number) => number): void {
  const s = section(name);
  for (const x of xs) {
    s.lines.push(h(f(x)));
    s.inputs.push(String(x));
  }
}

function binary(name: string, ps: Pair[], f: (x: number, y: number) => number): void {
  const s = section(name);
  for (const [x, y] of ps) {
    s.lines.push(h(f(x, y)));
    s.inputs.push(`${x}, ${y}`);
  }
}

const rng = new Lcg();
const p = pool(rng);
const small = p.slice(0, 500);
const ps = pairs(rng, p);

unary('Abs', small, M.Abs);
unary('Ceil', small, M.Ceil);
unary('Floor', small, M.Floor);
unary('Trunc', small, M.Trunc);
unary('Round', p, M.Round);
unary('RoundToEven', p, M.RoundToEven);
unary('Sqrt', small, M.Sqrt);
unary('Cbrt', p, M.Cbrt);
unary('Exp', p, M.Exp);
unary('Exp2', p, M.Exp2);
unary('Expm1', p, M.Expm1);
unary('Log', p, M.Log);
unary('Log2', p, M.Log2);
unary('Log10', p, M.Log10);
unary('Log1p', p, M.Log1p);
unary('Sin', p, M.Sin);
unary('Cos', p, M.Cos);
unary('Tan', p, M.Tan);
unary('Asin', p, M.Asin);
unary('Acos', p, M.Acos);
unary('Atan', p, M.Atan);
unary('Sinh', p, M.Sinh);
unary('Cosh', p, M.Cosh);
unary('Tanh', p, M.Tanh);
unary('Gamma', p, M.Gamma);
{
  const s = section('Sincos');
  for (const x of p) {
    const [sn, cs] = M.Sincos(x);
    s.lines.push(`${h(sn)} ${h(cs)}`);
    s.inputs.push(String(x));
  }
}
{
  const s = section('Frexp');
  for (const x of p) {
    const [f, e] = M.Frexp(x);
    s.lines.push(`${h(f)} ${e}`);
    s.inputs.push(String(x));
  }
}
{
  const s = section('Modf');
  for (const x of p) {
    const [i, f] = M.Modf(x);
    s.lines.push(`${h(i)} ${h(f)}`);
    s.inputs.push(String(x));
  }
}
{
  const s = section('Ldexp');
  for (const x of p) {
    const e = rng.intn(2301) - 1150;
    s.lines.push(h(M.Ldexp(x, e)));
    s.inputs.push(`${x}, ${e}`);
  }
  const exps: M.GoInt[] = [
    2 ** 40,
    -(2 ** 40),
    1n << 62n,
    -(1n << 62n),
    2098,
    -2098,
    1023,
    1024,
    -1022,
    -1074,
    -1075,
  ];
  for (const e of exps)
    for (const x of small.slice(0, 40)) {
      s.lines.push(h(M.Ldexp(x, e)));
      s.inputs.push(`${x}, ${e}`);
    }
}
{
  const s = section('Pow10');
  for (let n = -400; n <= 400; n++) {
    s.lines.push(h(M.Pow10(n)));
    s.inputs.push(String(n));
  }
}
{
  const s = section('Predicates');
  const b = (v: boolean) => (v ? 't' : 'f');
  for (const x of small) {
    s.lines.push([M.Signbit(x), M.IsNaN(x), M.IsInf(x, 0), M.IsInf(x, 1), M.IsInf(x, -1)].map(b).join(' '));
    s.inputs.push(String(x));
  }
}
{
  const s = section('Float64bits');
  for (const x of p) {
    if (Number.isNaN(x)) continue;
    const u = M.Float64bits(x);
    const canonical = typeof u === 'number' ? Number.isSafeInteger(u) : u > BigInt(Number.MAX_SAFE_INTEGER);
    s.lines.push(canonical ? `${u} ${h(M.Float64frombits(u))}` : `non-canonical ${typeof u} ${u}`);
    s.inputs.push(String(x));
  }
}
{
  const s = section('Float32bits');
  for (const x of small) {
    s.lines.push(M.Float32bits(Math.fround(x)).toString(16));
    s.inputs.push(String(x));
  }
}
{
  const s = section('Float32frombits');
  for (let i = 0; i < 500; i++) {
    const u = Number(rng.next() >> 32n);
    s.lines.push(h(M.Float32frombits(u)));
    s.inputs.push(String(u));
  }
}
section('Inf NaN').lines.push([M.Inf(1), M.Inf(-1), M.Inf(0), M.NaN()].map(h).join(' '));

const psSmall = ps.slice(0, 1400);
binary('Max', psSmall, M.Max);
binary('Min', psSmall, M.Min);
binary('Dim', psSmall, M.Dim);
binary('Copysign', psSmall, M.Copysign);
binary('Nextafter', ps, M.Nextafter);
binary('Hypot', ps, M.Hypot);
{
  const hyp: Pair[] = [];
  for (let i = 0; i < 400; i++) {
    const x = p[rng.intn(p.length)];
    hyp.push([x, rng.unif(-1e3, 1e3) * x]);
  }
  binary('Hypot+', hyp, M.Hypot);
}
binary('Atan2', ps, M.Atan2);
{
  const at: Pair[] = [];
  for (let i = 0; i < 400; i++) at.push([rng.unif(-10, 10), rng.unif(-10, 10)]);
  binary('Atan2+', at, M.Atan2);
}
binary('Mod', ps, M.Mod);
binary('Remainder', ps, M.Remainder);
{
  const md: Pair[] = [];
  for (let i = 0; i < 600; i++) md.push([rng.unif(-1e6, 1e6), rng.unif(-10, 10)]);
  for (let i = 0; i < 100; i++) md.push([rng.unif(-1e300, 1e300), rng.unif(-1e-5, 1e-5)]);
  binary('Mod+', md, M.Mod);
  binary('Remainder+', md, M.Remainder);
}
binary('Pow', ps, M.Pow);
{
  const pw: Pair[] = [];
  for (let i = 0; i < 800; i++) pw.push([rng.unif(0, 10), rng.unif(-30, 30)]);
  for (let i = 0; i < 300; i++) {
    const x = rng.unif(-10, 0);
    pw.push([x, rng.intn(81) - 40]);
  }
  for (let i = 0; i < 300; i++) {
    const x = 1 + rng.unif(-1e-3, 1e-3);
    pw.push([x, rng.unif(-1e6, 1e6)]);
  }
  for (let i = 0; i < 200; i++) {
    const x = rng.unif(0, 2);
    pw.push([x, (rng.intn(201) - 100) * 0.5]);
  }
  for (let i = 0; i < 100; i++) {
    const x = -1 + (rng.intn(3) - 1) * 2.220446049250313e-16;
    pw.push([x, Number(rng.next() >> 1n)]);
  }
  binary('Pow+', pw, M.Pow);
}
{
  const s = section('FMA');
  const add = (line: string, input: string) => {
    s.lines.push(line);
    s.inputs.push(input);
  };
  for (let i = 0; i < 1500; i++) {
    const x = p[rng.intn(p.length)];
    const y = p[rng.intn(p.length)];
    const z = p[rng.intn(p.length)];
    add(h(M.FMA(x, y, z)), `${x}, ${y}, ${z}`);
  }
  for (let i = 0; i < 500; i++) {
    const x = rng.unif(-10, 10);
    const y = rng.unif(-10, 10);
    const z2 = -(x * y) * (1 + rng.unif(-1e-15, 1e-15));
    add(`${h(M.FMA(x, y, -(x * y)))} ${h(M.FMA(x, y, z2))}`, `${x}, ${y}, ${z2}`);
  }
  for (let i = 0; i < 300; i++) {
    const x = rng.unif(-1, 1) * 1e-160;
    const y = rng.unif(-1, 1) * 1e-160;
    const z = rng.unif(-1, 1) * 1e-320;
    add(`${h(M.FMA(x, y, z))} ${h(M.FMA(x, y, -(x * y)))}`, `${x}, ${y}, ${z}`);
  }
  for (let i = 0; i < 200; i++) {
    const x = rng.unif(1, 2) * 1e300;
    const y = rng.unif(1, 2) * 100;
    const y2 = rng.unif(-1, 1);
    const z2 = rng.unif(-1, 1) * 1e300;
    add(`${h(M.FMA(x, y, -M.MaxFloat64))} ${h(M.FMA(x, y2, z2))}`, `${x}, ${y} | ${x}, ${y2}, ${z2}`);
  }
}

// main.go's child run under GODEBUG=cpu.fma=off starts a fresh generator
unary('Exp (GODEBUG=cpu.fma=off)', pool(new Lcg()), M.ExpNoFMA);

// ---------------------------------------------------------------- comparison

describe('math vs real Go 1.19 linux/amd64 (golden)', () => {
  it('computes exactly the sections the golden has', () => {
    assert.deepEqual([...got.keys()], [...sections.keys()]);
  });

  for (const [name, mine] of got) {
    it(`${name}: every result is bit-identical`, () => {
      const want = sections.get(name);
      assert.ok(want, `section ${name} missing from the golden`);
      assert.equal(mine.lines.length, want.length, 'line count');
      const bad: string[] = [];
      let mismatches = 0;
      for (let i = 0; i < want.length; i++) {
        if (mine.lines[i] === want[i]) continue;
        mismatches++;
        if (bad.length < 8)
          bad.push(`#${i} ${name}(${mine.inputs[i]}): got ${mine.lines[i]}, want ${want[i]}`);
      }
      assert.equal(mismatches, 0, `${mismatches} of ${want.length} differ:\n${bad.join('\n')}`);
    });
  }
});

describe('math details', () => {
  it('Float64bits follows the int64 convention (number up to 2^53-1, BigInt beyond)', () => {
    assert.equal(M.Float64bits(1), 0x3ff0000000000000n);
    assert.equal(M.Float64bits(5e-324), 1);
    assert.equal(M.Float64bits(0), 0);
    assert.equal(typeof M.Float64bits(-0), 'bigint');
    assert.equal(M.Float64frombits(0x3ff0000000000000n), 1);
    assert.equal(M.Float64frombits(1), 5e-324);
  });

  it('the constants table matches Go', () => {
    assert.equal(M.Pi, Math.PI);
    assert.equal(M.MaxInt64, 9223372036854775807n);
    assert.equal(M.MinInt64, -9223372036854775808n);
    assert.equal(M.MaxUint32, 4294967295);
    assert.equal(M.SmallestNonzeroFloat64, 5e-324);
    assert.equal(M.MaxFloat32, Math.fround(3.4028234663852886e38));
  });
});
