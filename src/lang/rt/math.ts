// Go 1.19's math package as it behaves on linux/amd64, bit for bit.
//
// JS's Math.exp/log/sin/… are not Go's: they differ in the last bit for a
// large share of inputs. Every function here follows the algorithm Go runs on
// amd64, step by step, in the same operation order, so each IEEE-754 double
// rounding happens where Go's happens:
//
// - Exp, Log, Hypot, Max and Min are amd64 assembly in Go (exp_amd64.s,
//   log_amd64.s, hypot_amd64.s, dim_amd64.s); their instruction sequences are
//   reproduced here. Exp picks its fused-multiply-add variant at run time when
//   the CPU has AVX and FMA (every x86-64 CPU since 2013); `Exp` models that
//   path and `ExpNoFMA` the SSE2 fallback. Pow, Sinh, Cosh, Tanh and Gamma
//   call Exp, so they inherit the choice.
// - Sqrt, Floor, Ceil and Trunc are single correctly rounded instructions on
//   amd64, identical to Math.sqrt/floor/ceil/trunc.
// - Everything else is Go's portable code (FreeBSD msun and Cephes
//   descendants); Sin/Cos/Tan reduce huge arguments with Payne–Hanek using a
//   192-bit window of 4/π (done in BigInt).
//
// Known limit: a JS number cannot reliably carry a NaN payload or a NaN's
// sign, so results that are NaN in Go are NaN here but their bits may differ
// (Go's NaN() is 0x7FF8000000000001; x86 arithmetic makes 0xFFF8000000000000).
//
// Integers follow the project convention: a Go int64/uint64 is a JS number
// when |v| ≤ 2^53−1 and a BigInt otherwise. Float32 values are JS numbers
// holding a float32 (Math.fround) value.
//
// Pure: module-level data is frozen lookup tables only. The hot paths take
// doubles apart with exact arithmetic (powers of two from a table) rather than
// through typed-array views; the rare ones make a fresh DataView per call.

/** A Go int argument: a number, or a BigInt beyond the safe range. */
export type GoInt = number | bigint;

// ---------------------------------------------------------------- constants

export const E = Math.E;
export const Pi = Math.PI;
export const Phi = 1.618033988749895;
export const Sqrt2 = Math.SQRT2;
export const SqrtE = 1.6487212707001282;
export const SqrtPi = 1.772453850905516;
export const SqrtPhi = 1.272019649514069;
export const Ln2 = Math.LN2;
export const Log2E = Math.LOG2E;
export const Ln10 = Math.LN10;
export const Log10E = Math.LOG10E;

export const MaxFloat32 = 3.4028234663852886e38;
export const SmallestNonzeroFloat32 = 1.401298464324817e-45;
export const MaxFloat64 = 1.7976931348623157e308;
export const SmallestNonzeroFloat64 = 5e-324;

export const MaxInt = 9223372036854775807n;
export const MinInt = -9223372036854775808n;
export const MaxInt8 = 127;
export const MinInt8 = -128;
export const MaxInt16 = 32767;
export const MinInt16 = -32768;
export const MaxInt32 = 2147483647;
export const MinInt32 = -2147483648;
export const MaxInt64 = 9223372036854775807n;
export const MinInt64 = -9223372036854775808n;
export const MaxUint = 18446744073709551615n;
export const MaxUint8 = 255;
export const MaxUint16 = 65535;
export const MaxUint32 = 4294967295;
export const MaxUint64 = 18446744073709551615n;

// ---------------------------------------------------------------- bit access

const two32 = 4294967296;

/** The high and low 32-bit words of x's IEEE-754 encoding. */
function words(x: number): [number, number] {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  return [v.getUint32(0), v.getUint32(4)];
}

/** The double whose encoding has the given high and low words. */
function fromWords(hi: number, lo: number): number {
  const v = new DataView(new ArrayBuffer(8));
  v.setUint32(0, hi >>> 0);
  v.setUint32(4, lo >>> 0);
  return v.getFloat64(0);
}

/** math.Float64bits: a number when the bits fit 2^53−1, else a BigInt. */
export function Float64bits(f: number): number | bigint {
  const [hi, lo] = words(f);
  if (hi < 0x200000) return hi * two32 + lo;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

/** math.Float64frombits (the argument is taken modulo 2^64). */
export function Float64frombits(b: number | bigint): number {
  if (typeof b === 'number' && Number.isSafeInteger(b) && b >= 0) {
    const hi = Math.floor(b / two32);
    return fromWords(hi, b - hi * two32);
  }
  const u = BigInt.asUintN(64, typeof b === 'bigint' ? b : BigInt(Math.trunc(b)));
  return fromWords(Number(u >> 32n), Number(u & 0xffffffffn));
}

/** math.Float32bits of a float32 value. */
export function Float32bits(f: number): number {
  const v = new DataView(new ArrayBuffer(4));
  v.setFloat32(0, f);
  return v.getUint32(0);
}

/** math.Float32frombits: the float32 (as a number) with those 32 bits. */
export function Float32frombits(b: number): number {
  const v = new DataView(new ArrayBuffer(4));
  v.setUint32(0, b >>> 0);
  return v.getFloat32(0);
}

// ---------------------------------------------------------------- exact powers of two

/** pow2Table[k + 1074] = 2^k exactly, for k in [−1074, 1023]. */
const pow2Table: readonly number[] = (() => {
  const t = new Array<number>(2098);
  let v = 1;
  for (let k = 0; k <= 1023; k++, v *= 2) t[k + 1074] = v;
  v = 1;
  for (let k = 0; k >= -1074; k--, v /= 2) t[k + 1074] = v;
  return Object.freeze(t);
})();

/** 2^k for an integer k in [−1074, 1023]. */
function pow2(k: number): number {
  return pow2Table[k + 1074];
}

/** The exponent of the leading bit of a finite a > 0 (subnormals included). */
function ilogb(a: number): number {
  let e = Math.floor(Math.log2(a));
  if (e < -1074) e = -1074;
  else if (e > 1023) e = 1023;
  while (pow2(e) > a) e--;
  while (e < 1023 && pow2(e + 1) <= a) e++;
  return e;
}

/**
 * 2^⌊log2 a⌋ for 2^-969 ≤ a ≤ 2^969, in four operations (Rump's ufp: the
 * product by 2^52+1 and its (1−2^-53) scaling differ by exactly that power).
 */
function ufp(a: number): number {
  const q = a * 4503599627370497;
  return Math.abs(q - q * 0.9999999999999999);
}

/** x·2^k for k in [−1074, 2097] when the product is representable (exact). */
function mulPow2(x: number, k: number): number {
  if (k > 1023) return x * pow2(1023) * pow2(k - 1023);
  return x * pow2(k);
}

/** x·2^n rounded once to nearest-even (overflow to ±Inf, underflow to ±0), for finite x ≠ 0. */
function scale(x: number, n: number): number {
  const e = ilogb(Math.abs(x));
  const t = e + n;
  if (t > 1023) return x > 0 ? Infinity : -Infinity;
  if (t < -1075) return x > 0 ? 0 : -0;
  const m = mulPow2(x, -e); // 1 ≤ |m| < 2
  if (t >= -1022) return m * pow2(t);
  // subnormal result: one rounding, in the final multiply
  return m * pow2(-52) * pow2(t + 52);
}

/** Whether an integer-valued double is odd (no fmod: floor is one instruction). */
function isOdd(n: number): boolean {
  return Math.floor(n * 0.5) * 2 !== n;
}

function clampInt(v: GoInt, lim: number): number {
  const n = typeof v === 'bigint' ? Number(v) : v;
  return n > lim ? lim : Math.max(n, -lim);
}

// ---------------------------------------------------------------- classification and sign

/** math.Inf: +Inf when sign ≥ 0, −Inf otherwise. */
export function Inf(sign: GoInt): number {
  return (typeof sign === 'bigint' ? sign >= 0n : sign >= 0) ? Infinity : -Infinity;
}

/** math.NaN (Go's value has bits 0x7FF8000000000001; see the header on payloads). */
function goNaN(): number {
  return Number.NaN;
}

export { goNaN as NaN };

export function IsNaN(f: number): boolean {
  return Number.isNaN(f);
}

export function IsInf(f: number, sign: GoInt): boolean {
  const s = typeof sign === 'bigint' ? Number(sign) : sign;
  return (s >= 0 && f === Infinity) || (s <= 0 && f === -Infinity);
}

export function Signbit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

export function Abs(x: number): number {
  return Math.abs(x);
}

export function Copysign(f: number, sign: number): number {
  const a = Math.abs(f);
  return Signbit(sign) ? -a : a;
}

// ---------------------------------------------------------------- rounding

// SQRTSD and ROUNDSD (or floor_amd64.s) are exact IEEE operations, as are these.
export const Sqrt: (x: number) => number = Math.sqrt;
export const Floor: (x: number) => number = Math.floor;
export const Ceil: (x: number) => number = Math.ceil;
export const Trunc: (x: number) => number = Math.trunc;

/** Nearest integer, halves away from zero; keeps the sign of zero. */
export function Round(x: number): number {
  const t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) return t + (x < 0 ? -1 : 1);
  return t;
}

/** Nearest integer, halves to even; keeps the sign of zero. */
export function RoundToEven(x: number): number {
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  if (d > 0.5 || (d === 0.5 && isOdd(t))) return t + (x < 0 ? -1 : 1);
  return t;
}

/** math.Modf: [integer part, fractional part], both with f's sign. */
export function Modf(f: number): [number, number] {
  if (f < 1) {
    if (f < 0) {
      const [i, fr] = Modf(-f);
      return [-i, -fr];
    }
    if (f === 0) return [f, f];
    return [0, f];
  }
  const i = Math.trunc(f); // Inf stays Inf, NaN stays NaN
  return [i, f - i];
}

/** math.Frexp: [frac, exp] with |frac| in [½, 1) and f = frac·2^exp. */
export function Frexp(f: number): [number, number] {
  if (f === 0 || Number.isNaN(f) || f === Infinity || f === -Infinity) return [f, 0];
  const e = ilogb(Math.abs(f));
  return [mulPow2(f, -e) * 0.5, e + 1];
}

/** math.Ldexp: frac·2^exp, rounded once (Go builds the exponent field directly). */
export function Ldexp(frac: number, exp: GoInt): number {
  if (frac === 0 || Number.isNaN(frac) || frac === Infinity || frac === -Infinity) return frac;
  if (typeof exp === 'bigint') {
    // Go adds frac's exponent to exp in int64 arithmetic, which can wrap
    const lead = ilogb(Math.abs(frac));
    const t = BigInt.asIntN(64, exp + BigInt(lead));
    if (t < -1075n) return frac > 0 ? 0 : -0;
    if (t > 1023n) return frac > 0 ? Infinity : -Infinity;
    return scale(frac, Number(t) - lead);
  }
  return scale(frac, clampInt(exp, 5000));
}

// ---------------------------------------------------------------- min, max, dim

/** math.Max as dim_amd64.s: +Inf wins over NaN, then NaN, then +0 over −0, then MAXSD. */
export function Max(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === 0 && y === 0) return Object.is(x, -0) ? y : x;
  return Math.max(x, y);
}

/** math.Min as dim_amd64.s: −Inf wins over NaN, then NaN, then −0 over +0, then MINSD. */
export function Min(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === 0 && y === 0) return Object.is(x, -0) ? x : y;
  return Math.min(x, y);
}

export function Dim(x: number, y: number): number {
  const v = x - y;
  if (v <= 0) return 0;
  return v;
}

// ---------------------------------------------------------------- fused multiply-add

const splitter = 134217729; // 2^27 + 1, Veltkamp's constant
const tiny900 = 2 ** -900;
const huge900 = 2 ** 900;
const huge995 = 2 ** 995;

/** An exact decomposition x = m·2^e of a finite non-zero double. */
function decompose(x: number): [bigint, number] {
  const [hi, lo] = words(x);
  const ef = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e = -1074;
  if (ef !== 0) {
    m |= 1n << 52n;
    e = ef - 1075;
  }
  return [hi >>> 31 ? -m : m, e];
}

/** v·2^e rounded to nearest-even, for v ≠ 0. */
function roundScaled(v: bigint, e: number): number {
  const neg = v < 0n;
  let m = neg ? -v : v;
  const len = m.toString(2).length;
  const drop = Math.max(len - 53, -1074 - e);
  if (drop > 0) {
    const d = BigInt(drop);
    const q = m >> d;
    const rem = m - (q << d);
    const half = 1n << (d - 1n);
    m = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
    e += drop;
  }
  const r = e > 1023 ? Number(m) * pow2(1023) * pow2(Math.min(e - 1023, 1023)) : Number(m) * pow2(e);
  return neg ? -r : r;
}

/** x·y + z with one rounding, in exact integer arithmetic (the rare slow path). */
function fmaExact(x: number, y: number, z: number): number {
  const [mx, ex] = decompose(x);
  const [my, ey] = decompose(y);
  const [mz, ez] = decompose(z);
  const mp = mx * my;
  const ep = ex + ey;
  const e = Math.min(ep, ez);
  const sum = (mp << BigInt(ep - e)) + (mz << BigInt(ez - e));
  if (sum === 0n) return 0;
  return roundScaled(sum, e);
}

/**
 * x + y rounded to odd: an inexact sum becomes whichever of its two
 * neighbouring doubles has an odd last bit. For |x + y| in [2^-1005, 2^902].
 */
function addRoundOdd(x: number, y: number): number {
  const s = x + y;
  const bb = s - x;
  const err = x - (s - bb) + (y - bb);
  if (err === 0) return s;
  const a = Math.abs(s);
  const top = ufp(a);
  const ulp = top * 2.220446049250313e-16; // 2^-52
  if (isOdd(a / ulp)) return s;
  // even: step one unit toward the exact value
  let b: number;
  if (err > 0 === s > 0) b = a + ulp;
  else b = a === top ? a - ulp / 2 : a - ulp;
  return s > 0 ? b : -b;
}

/**
 * math.FMA: x·y + z rounded once (VFMADD231SD on amd64). The common case uses an
 * exact product and sum and Boldo–Melquiond's round-to-odd step; operands near
 * the ends of the exponent range go through exact BigInt arithmetic.
 */
export function FMA(x: number, y: number, z: number): number {
  if (Number.isNaN(x) || Number.isNaN(y) || Number.isNaN(z)) return Number.NaN;
  if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return x * y + z;
  if (z === Infinity || z === -Infinity) return z;
  if (x === 0 || y === 0) return x * y + z;
  if (z === 0) return x * y;
  return fmaFinite(x, y, z);
}

/** FMA for finite x, y and z (a zero operand takes the exact path; an exact zero result is +0). */
function fmaFinite(x: number, y: number, z: number): number {
  const p = x * y;
  const ap = Math.abs(p);
  const az = Math.abs(z);
  if (
    ap > tiny900 &&
    ap < huge900 &&
    az > tiny900 &&
    az < huge900 &&
    Math.abs(x) < huge995 &&
    Math.abs(y) < huge995
  ) {
    // exact product p + pl (Dekker)
    let t = splitter * x;
    const xh = t - (t - x);
    const xl = x - xh;
    t = splitter * y;
    const yh = t - (t - y);
    const yl = y - yh;
    const pl = xh * yh - p + xh * yl + xl * yh + xl * yl;
    if (pl === 0) return p + z; // exact product: a single rounding of the sum
    // exact sum z + p = sh + sl (Knuth)
    const sh = z + p;
    const bb = sh - z;
    const sl = z - (sh - bb) + (p - bb);
    const r = sh + addRoundOdd(pl, sl);
    const ar = Math.abs(r);
    if (ar > tiny900 && ar < huge900) return r;
  }
  return fmaExact(x, y, z);
}

// ---------------------------------------------------------------- exp

// exp_amd64.s (Shibata's method): x = k·ln2 + r, exp(r/16) by a Taylor
// polynomial, squared four times via e ↦ e·(e+2) on e = exp(·)−1.
const expLog2e = Math.LOG2E;
const expLn2U = 0.693147180559663;
const expLn2L = 2.8235290563031577e-13;
const expOverflow = 7.09782712893384e2;
const expT2 = 0.5;
const expT3 = 0.16666666666666666;
const expT4 = 0.041666666666666664;
const expT5 = 0.008333333333333333;
const expT6 = 0.001388888888888889;
const expT7 = 0.0001984126984126984;
const expT8 = 0.0000248015873015873;

/** CVTSD2SL: round to nearest-even into int32; out of range gives −2^31. */
function cvtsd2sl(v: number): number {
  let r = Math.round(v);
  if (r - v === 0.5 && isOdd(r)) r -= 1;
  if (!(r >= -2147483648 && r <= 2147483647)) return -2147483648;
  return r | 0;
}

/** The assembly's closing step: y·2^k, with its two-multiply subnormal path. */
function expScale(y: number, k: number): number {
  let bx = k + 0x3ff;
  if (bx <= 0) {
    if (bx < -52) return 0;
    bx += 0x3fe;
    return y * pow2(bx - 0x3ff) * pow2(-1022);
  }
  if (bx >= 0x7ff) return Infinity;
  return y * pow2(bx - 0x3ff);
}

/** math.Exp on amd64 with AVX+FMA (the path Go takes on any current x86-64 CPU). */
export function Exp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > expOverflow) return Infinity;
  if (x === 0) return 1; // what the steps below give for ±0
  const k = cvtsd2sl(expLog2e * x);
  if (k < -1075) return 0; // the scaling step underflows whatever the polynomial gives
  // k = 0 leaves x as it is; otherwise every operand below is finite and non-zero
  let r = k === 0 ? x : fmaFinite(-expLn2L, k, fmaFinite(-expLn2U, k, x));
  r *= 0.0625;
  let p = fmaFinite(expT8, r, expT7);
  p = fmaFinite(p, r, expT6);
  p = fmaFinite(p, r, expT5);
  p = fmaFinite(p, r, expT4);
  p = fmaFinite(p, r, expT3);
  p = fmaFinite(p, r, expT2);
  p = fmaFinite(p, r, 1);
  let y = r * p;
  y *= y + 2;
  y *= y + 2;
  y *= y + 2;
  y = fmaFinite(y, y + 2, 1);
  return expScale(y, k);
}

/** math.Exp on amd64 without FMA (pre-Haswell CPUs, or GODEBUG=cpu.fma=off). */
export function ExpNoFMA(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > expOverflow) return Infinity;
  const k = cvtsd2sl(expLog2e * x);
  if (k < -1075) return 0;
  let r = x - expLn2U * k;
  r -= expLn2L * k;
  r *= 0.0625;
  let p = expT8 * r + expT7;
  p = p * r + expT6;
  p = p * r + expT5;
  p = p * r + expT4;
  p = p * r + expT3;
  p = p * r + expT2;
  p = p * r + 1;
  let y = r * p;
  y *= y + 2;
  y *= y + 2;
  y *= y + 2;
  y *= y + 2;
  return expScale(y + 1, k);
}

// exp2 and expm1 are Go's portable code (FreeBSD e_exp.c / s_expm1.c lineage).
const ln2Hi = 0.6931471803691238; // 0x3fe62e42fee00000
const ln2Lo = 1.9082149292705877e-10; // 0x3dea39ef35793c76

/** e^r·2^k for r = hi − lo, |r| ≤ ln2/2 (Go's expmulti). */
function expmulti(hi: number, lo: number, k: number): number {
  const P1 = 0.16666666666666666;
  const P2 = -0.0027777777777015593;
  const P3 = 0.00006613756321437934;
  const P4 = -0.0000016533902205465252;
  const P5 = 4.1381367970572385e-8;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return Ldexp(y, k);
}

export function Exp2(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > 1.0239999999999999e3) return Infinity;
  if (x < -1.074e3) return 0;
  let k = 0;
  if (x > 0) k = Math.trunc(x + 0.5);
  else if (x < 0) k = Math.trunc(x - 0.5);
  const t = x - k;
  return expmulti(t * ln2Hi, -t * ln2Lo, k);
}

/**
 * y (positive, normal) with k added to its exponent field, as Go's integer add
 * on the bits: exact scaling, except that a field reaching 0x7FF reads back as
 * Inf or NaN.
 */
function addExponent(y: number, k: number): number {
  const e = ilogb(y);
  if (e + k > 1023) return y === pow2(e) ? Infinity : Number.NaN;
  return mulPow2(y, k);
}

export function Expm1(x: number): number {
  const othreshold = 709.782712893384;
  const ln2X56 = 38.816242111356935;
  const ln2HalfX3 = 1.0397207708399179;
  const ln2Half = 0.34657359027997264;
  const invLn2 = Math.LOG2E;
  const tiny = 2 ** -54;
  const Q1 = -0.03333333333333313;
  const Q2 = 0.0015873015872548146;
  const Q3 = -0.0000793650757867488;
  const Q4 = 0.000004008217827329362;
  const Q5 = -2.0109921818362437e-7;

  if (x === Infinity || Number.isNaN(x)) return x;
  if (x === -Infinity) return -1;
  const neg = x < 0;
  const absx = neg ? -x : x;
  if (absx >= ln2X56) {
    if (neg) return -1;
    if (absx >= othreshold) return Infinity;
  }
  let c = 0;
  let k = 0;
  if (absx > ln2Half) {
    let hi: number;
    let lo: number;
    if (absx < ln2HalfX3) {
      if (!neg) {
        hi = x - ln2Hi;
        lo = ln2Lo;
        k = 1;
      } else {
        hi = x + ln2Hi;
        lo = -ln2Lo;
        k = -1;
      }
    } else {
      k = Math.trunc(neg ? invLn2 * x - 0.5 : invLn2 * x + 0.5);
      hi = x - k * ln2Hi;
      lo = k * ln2Lo;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (absx < tiny) {
    return x;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    const y = addExponent(1 - (e - x), k);
    return y - 1;
  }
  if (k < 20) {
    t = 1 - pow2(-k);
    return addExponent(t - (e - x), k);
  }
  t = pow2(-k);
  let y = x - (e + t);
  y += 1;
  return addExponent(y, k);
}

// ---------------------------------------------------------------- logarithms

// log_amd64.s: frexp by bit surgery (no renormalising of subnormals), then the
// FreeBSD e_log.c polynomial in s = f/(2+f).
const logHalfSqrt2 = Math.SQRT1_2;
const L1 = 0.6666666666666735;
const L2 = 0.3999999999940942;
const L3 = 0.2857142874366239;
const L4 = 0.22222198432149784;
const L5 = 0.1818357216161805;
const L6 = 0.15313837699209373;
const L7 = 0.14798198605116586;

export function Log(x: number): number {
  if (x === 0) return -Infinity;
  if (x < 0 || Number.isNaN(x)) return Number.NaN;
  if (x === Infinity) return x;
  // the fraction field under 0.5's exponent, and the exponent field − 0x3FE;
  // a subnormal keeps its zero field and gains a phantom leading bit
  let f1: number;
  let k: number;
  if (x >= 2.2250738585072014e-308) {
    const e = ilogb(x);
    f1 = mulPow2(x, -e - 1);
    k = e + 1;
  } else {
    f1 = (x * pow2(1023) * pow2(51) + 4503599627370496) * pow2(-53);
    k = -1022;
  }
  if (f1 <= logHalfSqrt2) {
    k -= 1;
    f1 *= 2;
  }
  const f = f1 - 1;
  const s = f / (2 + f);
  const s2 = s * s;
  const s4 = s2 * s2;
  const t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
  const t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
  const R = t1 + t2;
  const hfsq = 0.5 * f * f;
  return k * ln2Hi - (hfsq - (s * (R + hfsq) + ln2Lo * k) - f);
}

export function Log10(x: number): number {
  return Log(x) * Math.LOG10E; // float64(1/Ln10)
}

export function Log2(x: number): number {
  const [frac, exp] = Frexp(x);
  if (frac === 0.5) return exp - 1;
  return Log(frac) * Math.LOG2E + exp; // float64(1/Ln2)
}

export function Log1p(x: number): number {
  const sqrt2M1 = 0.41421356237309503;
  const sqrt2HalfM1 = -0.2928932188134525;
  const small = 2 ** -29;
  const tiny = 2 ** -54;
  const two53 = 2 ** 53;
  const Lp1 = 0.6666666666666735;
  const Lp2 = 0.3999999999940942;
  const Lp3 = 0.2857142874366239;
  const Lp4 = 0.22222198432149784;
  const Lp5 = 0.1818357216161805;
  const Lp6 = 0.15313837699209373;
  const Lp7 = 0.14798198605116586;

  if (x < -1 || Number.isNaN(x)) return Number.NaN;
  if (x === -1) return -Infinity;
  if (x === Infinity) return Infinity;
  const absx = Math.abs(x);
  let f = 0;
  let iu = 0; // the 52-bit fraction field, as an exact number
  let k = 1;
  if (absx < sqrt2M1) {
    if (absx < small) {
      if (absx < tiny) return x;
      return x - x * x * 0.5;
    }
    if (x > sqrt2HalfM1) {
      k = 0;
      f = x;
      iu = 1;
    }
  }
  let c = 0;
  if (k !== 0) {
    const u = absx < two53 ? 1.0 + x : x;
    k = ilogb(u);
    if (absx < two53) {
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    }
    const m = mulPow2(u, -k); // u's significand, in [1, 2)
    iu = (m - 1) * 4503599627370496;
    let un = m;
    if (iu >= 0x0006a09e667f3bcd) {
      k++;
      un = m * 0.5;
      iu = Math.floor((0x0010000000000000 - iu) / 4);
    }
    f = un - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (iu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * ln2Lo;
      return k * ln2Hi + c;
    }
    const R = hfsq * (1.0 - 0.6666666666666666 * f);
    if (k === 0) return f - R;
    return k * ln2Hi - (R - (k * ln2Lo + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * ln2Hi - (hfsq - (s * (hfsq + R) + (k * ln2Lo + c)) - f);
}

// ---------------------------------------------------------------- powers and roots

function isOddInt(x: number): boolean {
  const [xi, xf] = Modf(x);
  // int64(xi)&1: integers past 2^53 are even, and out-of-range conversions give MinInt64
  return xf === 0 && Math.abs(xi) < 2 ** 53 && isOdd(xi);
}

export function Pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === 0) {
    if (y < 0) return isOddInt(y) ? Copysign(Infinity, x) : Infinity;
    if (y > 0) return isOddInt(y) ? x : 0;
  }
  if (y === Infinity || y === -Infinity) {
    if (x === -1) return 1;
    if (Math.abs(x) < 1 === (y === Infinity)) return 0;
    return Infinity;
  }
  if (x === Infinity || x === -Infinity) {
    if (x === -Infinity) return Pow(1 / x, -y);
    if (y < 0) return 0;
    if (y > 0) return Infinity;
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);

  let [yi, yf] = Modf(Math.abs(y));
  if (yf !== 0 && x < 0) return Number.NaN;
  if (yi >= 2 ** 63) {
    if (x === -1) return 1;
    if (Math.abs(x) < 1 === y > 0) return 0;
    return Infinity;
  }
  let a1 = 1.0;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = Exp(yf * Log(x));
  }
  let [x1, xe] = Frexp(x);
  // i walks the bits of int64(yi); yi is a non-negative integer below 2^63
  for (let i = yi; i !== 0; i = Math.floor(i / 2)) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      ae += xe;
      break;
    }
    if (isOdd(i)) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe *= 2;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return Ldexp(a1, ae);
}

const pow10tab: readonly number[] = Object.freeze([
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
]);
const pow10postab32: readonly number[] = Object.freeze([
  1, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
]);
const pow10negtab32: readonly number[] = Object.freeze([
  1, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
]);

export function Pow10(n: GoInt): number {
  const v = clampInt(n, 100000);
  if (v >= 0 && v <= 308) return pow10postab32[Math.floor(v / 32)] * pow10tab[v % 32];
  if (v >= -323 && v <= 0) return pow10negtab32[Math.floor(-v / 32)] / pow10tab[-v % 32];
  return v > 0 ? Infinity : 0;
}

/**
 * Cbrt's first guess for a positive normal x: its 64 bits divided by 3, plus
 * a bias in the high word (high and low words kept as exact numbers).
 */
function cbrtSeed(x: number, bias: number): number {
  const e = ilogb(x);
  const frac = (mulPow2(x, -e) - 1) * 4503599627370496; // the 52-bit fraction field
  const fhi = Math.floor(frac / two32);
  const hi = (e + 1023) * 0x100000 + fhi;
  const lo = frac - fhi * two32;
  const q = Math.floor(hi / 3);
  const h = q + bias; // below 2^31: a positive normal number
  const l = Math.floor(((hi - 3 * q) * two32 + lo) / 3);
  const field = Math.floor(h / 0x100000);
  return ((h - field * 0x100000) * two32 + l + 4503599627370496) * pow2(field - 1075);
}

export function Cbrt(x: number): number {
  const B1 = 715094163;
  const B2 = 696219795;
  const C = 0.5428571428571428;
  const D = -0.7053061224489796;
  const E_ = 1.4142857142857144;
  const F = 1.6071428571428572;
  const G = 0.35714285714285715;
  const smallestNormal = 2.2250738585072014e-308;

  if (x === 0 || Number.isNaN(x) || x === Infinity || x === -Infinity) return x;
  const neg = x < 0;
  if (neg) x = -x;
  let t = x < smallestNormal ? cbrtSeed(2 ** 54 * x, B2) : cbrtSeed(x, B1);
  let r = (t * t) / x;
  let s = C + r * t;
  t *= G + F / (s + E_ + D / s);
  // chop to 22 significant bits, rounding up (bits & 0xFFFFFFFFC0000000, + 1<<30)
  const et = ilogb(t);
  const sig = mulPow2(t, 52 - et); // the 53-bit significand as an integer
  t = (Math.floor(sig / 0x40000000) * 0x40000000 + 0x40000000) * pow2(et - 52);
  s = t * t;
  r = x / s;
  const w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return neg ? -t : t;
}

/** math.Hypot as hypot_amd64.s: max·√(1 + (min/max)²). */
export function Hypot(p: number, q: number): number {
  p = Math.abs(p);
  q = Math.abs(q);
  if (!(p < Infinity) || !(q < Infinity)) {
    if (p === Infinity || q === Infinity) return Infinity;
    return Number.NaN;
  }
  if (p === 0 && q === 0) return 0;
  const big = Math.max(p, q);
  const small = Math.min(p, q);
  let t = small / big;
  t *= t;
  t += 1;
  return big * Math.sqrt(t);
}

// ---------------------------------------------------------------- trigonometry

const sinC: readonly number[] = Object.freeze([
  1.5896230157654656e-10, -2.5050747762857807e-8, 0.0000027557313621385722, -0.0001984126982958954,
  0.008333333333322118, -0.1666666666666663,
]);
const cosC: readonly number[] = Object.freeze([
  -1.1358536521387682e-11, 2.087570084197473e-9, -2.755731417929674e-7, 0.000024801587288851704,
  -0.0013888888888873056, 0.041666666666666595,
]);
// π/4 in three pieces, the first two with trailing zero bits so y·piece is exact
const PI4A = 0.7853981256484985;
const PI4B = 3.774894707930798e-8;
const PI4C = 2.6951514290790595e-15;
const fourOverPi = 1.2732395447351628; // float64(4/Pi)
const reduceThreshold = 2 ** 29;

// 4/π in binary, 64 bits per word, for Payne–Hanek reduction.
const mPi4: readonly bigint[] = Object.freeze([
  0x0000000000000001n,
  0x45f306dc9c882a53n,
  0xf84eafa3ea69bb81n,
  0xb6c52b3278872083n,
  0xfca2c757bd778ac3n,
  0x6e48dc74849ba5c0n,
  0x0c925dd413a32439n,
  0xfc3bd63962534e7dn,
  0xd1046bea5d768909n,
  0xd338e04d68befc82n,
  0x7323ac7306a673e9n,
  0x3908bf177bf25076n,
  0x3ff12fffbc0b301fn,
  0xde5e2316b414da3en,
  0xda6cfd9e4f96136en,
  0x9e8c7ecd3cbfd45an,
  0xea4f758fd7cbe2f6n,
  0x7a0e73ef14a525d4n,
  0xd7f6bf623f1aba10n,
  0xac06608df8f6d757n,
]);

const mask64 = 0xffffffffffffffffn;

/** Go's 64-bit shifts: a count of 64 or more gives 0. */
function shl64(v: bigint, n: number): bigint {
  return n >= 64 || n < 0 ? 0n : (v << BigInt(n)) & mask64;
}
function shr64(v: bigint, n: number): bigint {
  return n >= 64 || n < 0 ? 0n : v >> BigInt(n);
}

/**
 * Payne–Hanek for x ≥ 2^29: the octant j and the reduced argument z, taking
 * the 192 bits of 4/π that matter for x's exponent (Go's trigReduce).
 */
function trigReduce(x: number): [number, number] {
  const pi4 = Pi / 4;
  if (x < pi4) return [0, x];
  const [whi, wlo] = words(x);
  const exp = ((whi >>> 20) & 0x7ff) - 1023 - 52;
  const ix = (BigInt((whi & 0xfffff) | 0x100000) << 32n) | BigInt(wlo);
  const digit = Math.floor((exp + 61) / 64);
  const bitshift = (exp + 61) % 64;
  const z0 = shl64(mPi4[digit], bitshift) | shr64(mPi4[digit + 1], 64 - bitshift);
  const z1 = shl64(mPi4[digit + 1], bitshift) | shr64(mPi4[digit + 2], 64 - bitshift);
  const z2 = shl64(mPi4[digit + 2], bitshift) | shr64(mPi4[digit + 3], 64 - bitshift);
  const z2hi = (z2 * ix) >> 64n;
  const p1 = z1 * ix;
  const z1hi = p1 >> 64n;
  const z1lo = p1 & mask64;
  const z0lo = (z0 * ix) & mask64;
  const losum = z1lo + z2hi;
  const lo = losum & mask64;
  let hi = (z0lo + z1hi + (losum >> 64n)) & mask64;
  let j = Number(hi >> 61n);
  hi = shl64(hi, 3) | (lo >> 61n);
  const lz = 64 - (hi === 0n ? 0 : hi.toString(2).length);
  const e = BigInt.asUintN(64, BigInt(1023 - (lz + 1)));
  hi = shl64(hi, lz + 1) | shr64(lo, 64 - (lz + 1));
  hi >>= 12n;
  hi = (hi | (e << 52n)) & mask64;
  let z = fromWords(Number(hi >> 32n), Number(hi & 0xffffffffn));
  if (j & 1) {
    j = (j + 1) & 7;
    z--;
  }
  return [j, z * pi4];
}

/** The octant and reduced argument shared by Sin, Cos and Sincos (x ≥ 0, finite). */
function octant(x: number): [number, number] {
  if (x >= reduceThreshold) return trigReduce(x);
  let j = Math.trunc(x * fourOverPi);
  let y = j;
  if (j & 1) {
    j++;
    y++;
  }
  j &= 7;
  return [j, x - y * PI4A - y * PI4B - y * PI4C];
}

function sinPoly(z: number, zz: number): number {
  return (
    z + z * zz * (((((sinC[0] * zz + sinC[1]) * zz + sinC[2]) * zz + sinC[3]) * zz + sinC[4]) * zz + sinC[5])
  );
}

function cosPoly(zz: number): number {
  return (
    1.0 -
    0.5 * zz +
    zz * zz * (((((cosC[0] * zz + cosC[1]) * zz + cosC[2]) * zz + cosC[3]) * zz + cosC[4]) * zz + cosC[5])
  );
}

export function Sin(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  if (x === Infinity || x === -Infinity) return Number.NaN;
  let neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  let [j, z] = octant(x);
  if (j > 3) {
    neg = !neg;
    j -= 4;
  }
  const zz = z * z;
  const y = j === 1 || j === 2 ? cosPoly(zz) : sinPoly(z, zz);
  return neg ? -y : y;
}

export function Cos(x: number): number {
  if (Number.isNaN(x) || x === Infinity || x === -Infinity) return Number.NaN;
  let neg = false;
  let [j, z] = octant(Math.abs(x));
  if (j > 3) {
    j -= 4;
    neg = !neg;
  }
  if (j > 1) neg = !neg;
  const zz = z * z;
  const y = j === 1 || j === 2 ? sinPoly(z, zz) : cosPoly(zz);
  return neg ? -y : y;
}

/** math.Sincos: [Sin(x), Cos(x)] computed together (its own code path in Go). */
export function Sincos(x: number): [number, number] {
  if (x === 0) return [x, 1];
  if (Number.isNaN(x) || x === Infinity || x === -Infinity) return [Number.NaN, Number.NaN];
  let sinNeg = false;
  let cosNeg = false;
  if (x < 0) {
    x = -x;
    sinNeg = true;
  }
  let [j, z] = octant(x);
  if (j > 3) {
    j -= 4;
    sinNeg = !sinNeg;
    cosNeg = !cosNeg;
  }
  if (j > 1) cosNeg = !cosNeg;
  const zz = z * z;
  let c = cosPoly(zz);
  let s = sinPoly(z, zz);
  if (j === 1 || j === 2) [s, c] = [c, s];
  return [sinNeg ? -s : s, cosNeg ? -c : c];
}

const tanP: readonly number[] = Object.freeze([-13093.693918138379, 1153516.6483858742, -17956525.197648488]);
const tanQ: readonly number[] = Object.freeze([
  1.0, 13681.296347069296, -1320892.3444021097, 25008380.18233579, -53869575.592945464,
]);

export function Tan(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  if (x === Infinity || x === -Infinity) return Number.NaN;
  let neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  let j: number;
  let z: number;
  if (x >= reduceThreshold) {
    [j, z] = trigReduce(x);
  } else {
    j = Math.trunc(x * fourOverPi);
    let y = j;
    if (j & 1) {
      j++;
      y++;
    }
    z = x - y * PI4A - y * PI4B - y * PI4C;
  }
  const zz = z * z;
  let y: number;
  if (zz > 1e-14) {
    y =
      z +
      z *
        ((zz * ((tanP[0] * zz + tanP[1]) * zz + tanP[2])) /
          ((((zz + tanQ[1]) * zz + tanQ[2]) * zz + tanQ[3]) * zz + tanQ[4]));
  } else {
    y = z;
  }
  if (j & 2) y = -1 / y;
  return neg ? -y : y;
}

// Cephes atan: a rational approximation on [0, 0.66], plus range reduction.
function xatan(x: number): number {
  const P0 = -0.8750608600031904;
  const P1 = -16.157537187333652;
  const P2 = -75.00855792314705;
  const P3 = -122.88666844901361;
  const P4 = -64.85021904942025;
  const Q0 = 24.858464901423062;
  const Q1 = 165.02700983169885;
  const Q2 = 432.88106049129027;
  const Q3 = 485.3903996359137;
  const Q4 = 194.5506571482614;
  let z = x * x;
  z =
    (z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4)) /
    (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

function satan(x: number): number {
  const morebits = 6.123233995736766e-17; // π/2 − float64(π/2)
  const tan3pio8 = 2.414213562373095;
  if (x <= 0.66) return xatan(x);
  if (x > tan3pio8) return Pi / 2 - xatan(1 / x) + morebits;
  return Pi / 4 + xatan((x - 1) / (x + 1)) + 0.5 * morebits;
}

export function Atan(x: number): number {
  if (x === 0) return x;
  if (x > 0) return satan(x);
  return -satan(-x);
}

export function Asin(x: number): number {
  if (x === 0) return x;
  let neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  if (x > 1) return Number.NaN;
  let t = Math.sqrt(1 - x * x);
  if (x > 0.7) t = Pi / 2 - satan(t / x);
  else t = satan(x / t);
  return neg ? -t : t;
}

export function Acos(x: number): number {
  return Pi / 2 - Asin(x);
}

export function Atan2(y: number, x: number): number {
  if (Number.isNaN(y) || Number.isNaN(x)) return Number.NaN;
  if (y === 0) {
    if (x >= 0 && !Signbit(x)) return Copysign(0, y);
    return Copysign(Pi, y);
  }
  if (x === 0) return Copysign(Pi / 2, y);
  const yInf = y === Infinity || y === -Infinity;
  if (x === Infinity) return Copysign(yInf ? Pi / 4 : 0, y);
  if (x === -Infinity) return Copysign(yInf ? 2.356194490192345 : Pi, y); // float64(3*Pi/4)
  if (yInf) return Copysign(Pi / 2, y);
  const q = Atan(y / x);
  if (x < 0) return q <= 0 ? q + Pi : q - Pi;
  return q;
}

// ---------------------------------------------------------------- hyperbolic

export function Sinh(x: number): number {
  const P0 = -630767.3640497717;
  const P1 = -89912.72022039509;
  const P2 = -2894.211355989564;
  const P3 = -26.30563213397497;
  const Q0 = -630767.3640497717;
  const Q1 = 15215.17378790019;
  const Q2 = -173.6789535582337;
  let neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  let t: number;
  if (x > 21) {
    t = Exp(x) * 0.5;
  } else if (x > 0.5) {
    const ex = Exp(x);
    t = (ex - 1 / ex) * 0.5;
  } else {
    const sq = x * x;
    t = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    t = t / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return neg ? -t : t;
}

export function Cosh(x: number): number {
  x = Math.abs(x);
  if (x > 21) return Exp(x) * 0.5;
  const ex = Exp(x);
  return (ex + 1 / ex) * 0.5;
}

export function Tanh(x: number): number {
  const halfMaxLog = 44.014845965556525; // 0.5·log(2^127)
  let z = Math.abs(x);
  if (z > halfMaxLog) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    const s = Exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x === 0) return x;
  const s = x * x;
  return (
    x +
    (x * s * ((-0.9643991794250523 * s + -99.28772310019185) * s + -1614.6876844170845)) /
      (((s + 112.81167849163293) * s + 2235.4883906010045) * s + 4844.063053251255)
  );
}

// ---------------------------------------------------------------- remainders and neighbours

export function Mod(x: number, y: number): number {
  if (y === 0 || x === Infinity || x === -Infinity || Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  y = Math.abs(y);
  const [yfr, yexp] = Frexp(y);
  let r = x < 0 ? -x : x;
  while (r >= y) {
    let [rfr, rexp] = Frexp(r);
    if (rfr < yfr) rexp--;
    r = r - Ldexp(y, rexp - yexp);
  }
  return x < 0 ? -r : r;
}

export function Remainder(x: number, y: number): number {
  const tiny = 4.450147717014403e-308; // 2^-1021
  const halfMax = MaxFloat64 / 2;
  if (Number.isNaN(x) || Number.isNaN(y) || x === Infinity || x === -Infinity || y === 0) return Number.NaN;
  if (y === Infinity || y === -Infinity) return x;
  let neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  if (y < 0) y = -y;
  if (x === y) return neg ? -0 : 0;
  if (y <= halfMax) x = Mod(x, y + y);
  if (y < tiny) {
    if (x + x > y) {
      x -= y;
      if (x + x >= y) x -= y;
    }
  } else {
    const yHalf = 0.5 * y;
    if (x > yHalf) {
      x -= y;
      if (x >= yHalf) x -= y;
    }
  }
  return neg ? -x : x;
}

/** The double whose encoding is x's plus delta (±1), carrying between the words. */
function bitsStep(x: number, delta: number): number {
  const [hi, lo] = words(x);
  let l = lo + delta;
  let h = hi;
  if (l < 0) {
    l += two32;
    h--;
  } else if (l >= two32) {
    l -= two32;
    h++;
  }
  return fromWords(h, l);
}

export function Nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === y) return x;
  if (x === 0) return Copysign(5e-324, y);
  return bitsStep(x, y > x === x > 0 ? 1 : -1);
}

/** math.Nextafter32 on float32 values (held as numbers). */
export function Nextafter32(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === y) return x;
  if (x === 0) return Copysign(SmallestNonzeroFloat32, y);
  return Float32frombits(Float32bits(x) + (y > x === x > 0 ? 1 : -1));
}

// ---------------------------------------------------------------- gamma

const gamP: readonly number[] = Object.freeze([
  0.00016011952247675185, 0.0011913514700658638, 0.010421379756176158, 0.04763678004571372,
  0.20744822764843598, 0.4942148268014971, 1,
]);
const gamQ: readonly number[] = Object.freeze([
  -0.000023158187332412014, 0.0005396055804933034, -0.004456419138517973, 0.011813978522206043,
  0.035823639860549865, -0.23459179571824335, 0.0714304917030273, 1,
]);
const gamS: readonly number[] = Object.freeze([
  0.0007873113957930937, -0.00022954996161337813, -0.0026813261780578124, 0.0034722222160545866,
  0.08333333333334822,
]);

/** Stirling's formula as two factors, so the caller can avoid overflow. */
function stirling(x: number): [number, number] {
  if (x > 200) return [Infinity, 1];
  const sqrtTwoPi = 2.5066282746310007;
  const maxStirling = 143.01608;
  let w = 1 / x;
  w = 1 + w * ((((gamS[0] * w + gamS[1]) * w + gamS[2]) * w + gamS[3]) * w + gamS[4]);
  let y1 = Exp(x);
  let y2 = 1.0;
  if (x > maxStirling) {
    const v = Pow(x, 0.5 * x - 0.25);
    y2 = v / y1;
    y1 = v;
  } else {
    y1 = Pow(x, x - 0.5) / y1;
  }
  return [y1, sqrtTwoPi * w * y2];
}

function isNegInt(x: number): boolean {
  return x < 0 && Modf(x)[1] === 0;
}

export function Gamma(x: number): number {
  const euler = 0.5772156649015329;
  if (isNegInt(x) || x === -Infinity || Number.isNaN(x)) return Number.NaN;
  if (x === Infinity) return Infinity;
  if (x === 0) return Signbit(x) ? -Infinity : Infinity;
  let q = Math.abs(x);
  let p = Math.floor(q);
  if (q > 33) {
    if (x >= 0) {
      const [y1, y2] = stirling(x);
      return y1 * y2;
    }
    // int64(p)&1 == 0, with p ≥ 2^53 always even
    const signgam = p < 2 ** 53 && isOdd(p) ? 1 : -1;
    let z = q - p;
    if (z > 0.5) {
      p = p + 1;
      z = q - p;
    }
    z = q * Sin(Pi * z);
    if (z === 0) return signgam > 0 ? Infinity : -Infinity;
    const [sq1, sq2] = stirling(q);
    const absz = Math.abs(z);
    const d = absz * sq1 * sq2;
    if (d === Infinity || d === -Infinity) z = Pi / absz / sq1 / sq2;
    else z = Pi / d;
    return signgam * z;
  }
  const small = (xs: number, zs: number): number => {
    if (xs === 0) return Infinity;
    return zs / ((1 + euler * xs) * xs);
  };
  let z = 1.0;
  while (x >= 3) {
    x = x - 1;
    z = z * x;
  }
  while (x < 0) {
    if (x > -1e-9) return small(x, z);
    z = z / x;
    x = x + 1;
  }
  while (x < 2) {
    if (x < 1e-9) return small(x, z);
    z = z / x;
    x = x + 1;
  }
  if (x === 2) return z;
  x = x - 2;
  p = (((((x * gamP[0] + gamP[1]) * x + gamP[2]) * x + gamP[3]) * x + gamP[4]) * x + gamP[5]) * x + gamP[6];
  q =
    ((((((x * gamQ[0] + gamQ[1]) * x + gamQ[2]) * x + gamQ[3]) * x + gamQ[4]) * x + gamQ[5]) * x + gamQ[6]) *
      x +
    gamQ[7];
  return (z * p) / q;
}
