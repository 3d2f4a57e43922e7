// 64-bit integer arithmetic for compiled programs (int, int64, uint, uint64, uintptr).
//
// A 64-bit value is a JS number while it is a safe integer (|v| ≤ 2^53 − 1) and a bigint
// otherwise; the form is canonical, so `===`, `<` and Map keys work on either. Every operation
// takes the fast number path when both operands are numbers and the exact result is safe, and
// falls back to bigint arithmetic wrapped to 64 bits (Go's two's-complement wraparound).

export type I64 = number | bigint;

const maxSafe = Number.MAX_SAFE_INTEGER;

/** The canonical form of a 64-bit value given as a bigint already wrapped to 64 bits. */
function canon(b: bigint): I64 {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

const big = (x: I64): bigint => (typeof x === 'bigint' ? x : BigInt(x));
/** Wraps to int64 / uint64 and canonicalises. */
export const wrapS = (b: bigint): I64 => canon(BigInt.asIntN(64, b));
export const wrapU = (b: bigint): I64 => canon(BigInt.asUintN(64, b));

export function addS(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= maxSafe && r >= -maxSafe) return r;
  }
  return wrapS(big(a) + big(b));
}
export function addU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= maxSafe) return r;
  }
  return wrapU(big(a) + big(b));
}
export function subS(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= maxSafe && r >= -maxSafe) return r;
  }
  return wrapS(big(a) - big(b));
}
export function subU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= 0 && r <= maxSafe) return r;
  }
  return wrapU(big(a) - big(b));
}
export function mulS(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= maxSafe && r >= -maxSafe) return r === 0 ? 0 : r;
  }
  return wrapS(big(a) * big(b));
}
export function mulU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= maxSafe) return r;
  }
  return wrapU(big(a) * big(b));
}
/** Truncated division; the caller has checked b != 0. MinInt64 / -1 wraps to MinInt64, as in Go. */
export function divS(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.trunc(a / b);
    return r === 0 ? 0 : r;
  }
  return wrapS(big(a) / big(b));
}
export function divU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') return Math.trunc(a / b);
  return wrapU(big(a) / big(b));
}
export function remS(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r === 0 ? 0 : r;
  }
  return wrapS(big(a) % big(b));
}
export function remU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') return a % b;
  return wrapU(big(a) % big(b));
}
export function negS(a: I64): I64 {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return wrapS(-a);
}
export function negU(a: I64): I64 {
  return wrapU(-big(a));
}

const int32ish = (x: I64): x is number => typeof x === 'number' && x >= -2147483648 && x <= 2147483647;

export function andS(a: I64, b: I64): I64 {
  if (int32ish(a) && int32ish(b)) return a & b;
  return wrapS(big(a) & big(b));
}
export function orS(a: I64, b: I64): I64 {
  if (int32ish(a) && int32ish(b)) return a | b;
  return wrapS(big(a) | big(b));
}
export function xorS(a: I64, b: I64): I64 {
  if (int32ish(a) && int32ish(b)) return a ^ b;
  return wrapS(big(a) ^ big(b));
}
export function andNotS(a: I64, b: I64): I64 {
  if (int32ish(a) && int32ish(b)) return a & ~b;
  return wrapS(big(a) & ~big(b));
}
/** Unsigned bitwise ops work on the 64-bit patterns. */
export function andU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && a <= 0x7fffffff && b <= 0x7fffffff) return a & b;
  return wrapU(big(a) & big(b));
}
export function orU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && a <= 0x7fffffff && b <= 0x7fffffff) return a | b;
  return wrapU(big(a) | big(b));
}
export function xorU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && a <= 0x7fffffff && b <= 0x7fffffff) return a ^ b;
  return wrapU(big(a) ^ big(b));
}
export function andNotU(a: I64, b: I64): I64 {
  return wrapU(big(a) & ~big(b));
}
/** ^x */
export function notS(a: I64): I64 {
  // ^(2^53 − 1) is −2^53, past the safe range: it takes the bigint form
  if (typeof a === 'number' && a !== maxSafe) return -a - 1;
  return wrapS(~big(a));
}
export function notU(a: I64): I64 {
  return wrapU(~big(a));
}

/** x << s for a shift count already checked non-negative (counts ≥ 64 give 0). */
export function shlS(a: I64, s: I64): I64 {
  if (s >= 64) return 0;
  const n = Number(s);
  if (typeof a === 'number' && n < 31) {
    const r = a * 2 ** n;
    if (r <= maxSafe && r >= -maxSafe) return r;
  }
  return wrapS(big(a) << BigInt(n));
}
export function shlU(a: I64, s: I64): I64 {
  if (s >= 64) return 0;
  const n = Number(s);
  if (typeof a === 'number' && n < 31) {
    const r = a * 2 ** n;
    if (r <= maxSafe) return r;
  }
  return wrapU(big(a) << BigInt(n));
}
/** Arithmetic shift right (signed): counts ≥ 64 give 0 or -1. */
export function shrS(a: I64, s: I64): I64 {
  const n = s >= 64 ? 63 : Number(s);
  if (typeof a === 'number') return Math.floor(a / 2 ** n);
  return canon(a >> BigInt(n));
}
export function shrU(a: I64, s: I64): I64 {
  if (s >= 64) return 0;
  const n = Number(s);
  if (typeof a === 'number') return Math.floor(a / 2 ** n);
  return canon(a >> BigInt(n));
}

/** Converts a 64-bit value (either signedness) to another integer type of `bits` bits. */
export function toIntN(a: I64, bits: number, signed: boolean): I64 {
  if (bits === 64) {
    if (typeof a === 'number') return signed || a >= 0 ? a : wrapU(BigInt(a));
    return signed ? wrapS(a) : wrapU(a);
  }
  if (typeof a === 'bigint') a = Number(BigInt.asIntN(32, a));
  switch (bits) {
    case 32:
      return signed ? a | 0 : a >>> 0;
    case 16:
      return signed ? (a << 16) >> 16 : a & 0xffff;
    default:
      return signed ? (a << 24) >> 24 : a & 0xff;
  }
}

/** float → integer conversion (Go truncates; out-of-range results are amd64's 0x8000000000000000). */
export function floatToInt(f: number, bits: number, signed: boolean): I64 {
  if (!Number.isFinite(f)) return bits === 64 ? (signed ? -(2n ** 63n) : 2n ** 63n) : 0;
  const t = Math.trunc(f);
  if (bits === 64) {
    if (Math.abs(t) <= maxSafe) return t === 0 ? 0 : signed || t >= 0 ? t : wrapU(BigInt(t));
    const b = BigInt(t);
    if (signed) return b >= -(2n ** 63n) && b < 2n ** 63n ? b : -(2n ** 63n);
    return b >= 0n && b < 2n ** 64n ? b : 2n ** 63n;
  }
  return toIntN(Math.abs(t) <= maxSafe ? t : BigInt(t), bits, signed);
}

/** integer → float64 */
export function toFloat(a: I64): number {
  return typeof a === 'number' ? a : Number(a);
}

/**
 * float32(x) of a 64-bit integer, rounded once to nearest-even (a bigint through float64 first
 * would round twice).
 */
export function toFloat32(x: I64): number {
  if (typeof x === 'number') return Math.fround(x);
  const neg = x < 0n;
  let m = neg ? -x : x;
  let shift = 0;
  const bits = m.toString(2).length;
  if (bits > 24) {
    shift = bits - 24;
    const rem = m & ((1n << BigInt(shift)) - 1n);
    m >>= BigInt(shift);
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (m & 1n) === 1n)) m += 1n;
  }
  const r = Math.fround(Number(m) * 2 ** shift);
  return neg ? -r : r;
}
