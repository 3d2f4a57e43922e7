// Exact constant arithmetic (Go's go/constant) for the checker: untyped and
// typed constants are exact — integers as BigInt, floats as reduced
// rationals of BigInts, complex as a pair of rationals — and are rounded only
// when converted to a concrete type, with Go's representability rules.
// Strings are UTF-8 byte strings (see rt/strconv.ts).

import { encodeRune, toByteString } from './rt/strconv.ts';

export type Rat = { num: bigint; den: bigint };

export type Value =
  | { kind: 'bool'; v: boolean }
  | { kind: 'string'; v: string }
  | { kind: 'int'; v: bigint }
  | { kind: 'float'; v: Rat }
  | { kind: 'complex'; re: Rat; im: Rat }
  | { kind: 'unknown' };

export const unknown: Value = { kind: 'unknown' };

const abs = (x: bigint) => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rat(num: bigint, den = 1n): Rat {
  if (den === 0n) throw new Error('constant: zero denominator');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

const rAdd = (a: Rat, b: Rat) => rat(a.num * b.den + b.num * a.den, a.den * b.den);
const rSub = (a: Rat, b: Rat) => rat(a.num * b.den - b.num * a.den, a.den * b.den);
const rMul = (a: Rat, b: Rat) => rat(a.num * b.num, a.den * b.den);
const rDiv = (a: Rat, b: Rat) => rat(a.num * b.den, a.den * b.num);
const rCmp = (a: Rat, b: Rat) => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
const rZero: Rat = { num: 0n, den: 1n };

export const makeBool = (v: boolean): Value => ({ kind: 'bool', v });
export const makeString = (v: string): Value => ({ kind: 'string', v });
export const makeInt = (v: bigint | number): Value => ({ kind: 'int', v: BigInt(v) });
export const makeFloat = (v: Rat): Value => ({ kind: 'float', v });

/** The rational value of an int or float constant. */
function toRat(x: Value): Rat | null {
  if (x.kind === 'int') return { num: x.v, den: 1n };
  if (x.kind === 'float') return x.v;
  if (x.kind === 'complex' && x.im.num === 0n) return x.re;
  return null;
}

// ---------------------------------------------------------------- literals

/** Parses an integer, float or imaginary literal's source text (underscores allowed). */
export function parseNumber(text: string): Value {
  let s = text.replace(/_/g, '');
  if (s.endsWith('i')) {
    const im = parseNumber(s.slice(0, -1));
    const r = toRat(im);
    return r ? { kind: 'complex', re: rZero, im: r } : unknown;
  }
  const lower = s.toLowerCase();
  if (/^0[xob]/.test(lower) && !(lower.startsWith('0x') && /[.p]/.test(lower))) {
    return makeInt(BigInt(lower));
  }
  if (/^0[0-7]+$/.test(s)) return makeInt(BigInt(`0o${s.slice(1)}`));
  if (/^\d+$/.test(s)) return makeInt(BigInt(s));
  if (lower.startsWith('0x')) {
    // Hex float: 0x mantissa [. fraction] p exponent.
    const m = /^0x([0-9a-f]*)(?:\.([0-9a-f]*))?p([+-]?\d+)$/.exec(lower);
    if (!m) return unknown;
    const digits = (m[1] || '') + (m[2] || '');
    let num = BigInt(`0x${digits || '0'}`);
    const exp = Number(m[3]) - 4 * (m[2]?.length ?? 0);
    let den = 1n;
    if (exp >= 0) num <<= BigInt(exp);
    else den = 1n << BigInt(-exp);
    return { kind: 'float', v: rat(num, den) };
  }
  const m = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(lower);
  if (!m) return unknown;
  s = (m[1] || '') + (m[2] || '');
  const exp = Number(m[3] ?? 0) - (m[2]?.length ?? 0);
  let num = BigInt(s || '0');
  let den = 1n;
  if (exp >= 0) num *= 10n ** BigInt(exp);
  else den = 10n ** BigInt(-exp);
  return { kind: 'float', v: rat(num, den) };
}

const simpleEscapes: Record<string, number> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  '\\': 92,
  "'": 39,
  '"': 34,
};

/**
 * Unquotes a string literal's source text (interpreted or raw) to a byte
 * string, or a rune literal to its code point. The scanner has already
 * reported malformed escapes; here they decode best-effort.
 */
export function unquote(lit: string): Value {
  const q = lit[0];
  if (q === '`') return makeString(toByteString(lit.slice(1, -1).replace(/\r/g, '')));
  const body = lit.slice(1, -1);
  let out = '';
  let rune = -1;
  for (let i = 0; i < body.length; ) {
    const c = body[i];
    if (c !== '\\') {
      const cp = body.codePointAt(i)!;
      if (q === "'") rune = cp;
      out += toByteString(String.fromCodePoint(cp));
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1];
    if (e in simpleEscapes) {
      rune = simpleEscapes[e];
      out += String.fromCharCode(rune);
      i += 2;
    } else if (e === 'x') {
      rune = Number.parseInt(body.slice(i + 2, i + 4), 16);
      out += String.fromCharCode(rune);
      i += 4;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      rune = Number.parseInt(body.slice(i + 2, i + 2 + n), 16);
      out += encodeRune(rune);
      i += 2 + n;
    } else {
      rune = Number.parseInt(body.slice(i + 1, i + 4), 8);
      out += String.fromCharCode(rune & 0xff);
      i += 4;
    }
  }
  return q === "'" ? makeInt(rune) : makeString(out);
}

// ---------------------------------------------------------------- operations

function match(x: Value, y: Value): [Value, Value] {
  const rank = (v: Value) => (v.kind === 'int' ? 1 : v.kind === 'float' ? 2 : v.kind === 'complex' ? 3 : 0);
  const r = Math.max(rank(x), rank(y));
  const up = (v: Value): Value => {
    if (rank(v) === 0 || rank(v) === r) return v;
    const q = toRat(v)!;
    return r === 2 ? { kind: 'float', v: q } : { kind: 'complex', re: q, im: rZero };
  };
  return [up(x), up(y)];
}

export type ConstOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '&^' | '&&' | '||';

/**
 * x op y. `intDiv` makes '/' truncate (both operands are integers in Go's
 * sense: an integer constant divided by an integer constant). Returns
 * unknown for invalid operations; division by zero is the checker's error.
 */
export function binaryOp(x: Value, op: ConstOp, y: Value, intDiv = false): Value {
  if (x.kind === 'unknown' || y.kind === 'unknown') return unknown;
  if (x.kind === 'bool' && y.kind === 'bool') {
    if (op === '&&') return makeBool(x.v && y.v);
    if (op === '||') return makeBool(x.v || y.v);
    return unknown;
  }
  if (x.kind === 'string' && y.kind === 'string') return op === '+' ? makeString(x.v + y.v) : unknown;
  [x, y] = match(x, y);
  if (x.kind === 'int' && y.kind === 'int') {
    const a = x.v;
    const b = y.v;
    switch (op) {
      case '+':
        return makeInt(a + b);
      case '-':
        return makeInt(a - b);
      case '*':
        return makeInt(a * b);
      case '/':
        if (b === 0n) return unknown;
        return intDiv ? makeInt(a / b) : { kind: 'float', v: rat(a, b) };
      case '%':
        return b === 0n ? unknown : makeInt(a % b);
      case '&':
        return makeInt(a & b);
      case '|':
        return makeInt(a | b);
      case '^':
        return makeInt(a ^ b);
      case '&^':
        return makeInt(a & ~b);
      default:
        return unknown;
    }
  }
  if (x.kind === 'float' && y.kind === 'float') {
    switch (op) {
      case '+':
        return { kind: 'float', v: rAdd(x.v, y.v) };
      case '-':
        return { kind: 'float', v: rSub(x.v, y.v) };
      case '*':
        return { kind: 'float', v: rMul(x.v, y.v) };
      case '/':
        return y.v.num === 0n ? unknown : { kind: 'float', v: rDiv(x.v, y.v) };
      default:
        return unknown;
    }
  }
  if (x.kind === 'complex' && y.kind === 'complex') {
    const { re: a, im: b } = x;
    const { re: c, im: d } = y;
    switch (op) {
      case '+':
        return { kind: 'complex', re: rAdd(a, c), im: rAdd(b, d) };
      case '-':
        return { kind: 'complex', re: rSub(a, c), im: rSub(b, d) };
      case '*':
        return { kind: 'complex', re: rSub(rMul(a, c), rMul(b, d)), im: rAdd(rMul(b, c), rMul(a, d)) };
      case '/': {
        const s = rAdd(rMul(c, c), rMul(d, d));
        if (s.num === 0n) return unknown;
        return {
          kind: 'complex',
          re: rDiv(rAdd(rMul(a, c), rMul(b, d)), s),
          im: rDiv(rSub(rMul(b, c), rMul(a, d)), s),
        };
      }
      default:
        return unknown;
    }
  }
  return unknown;
}

/** -x, +x, ^x (with `unsignedBits` set for typed unsigned operands, Go complements within the width), !x. */
export function unaryOp(op: '+' | '-' | '^' | '!', x: Value, unsignedBits = 0): Value {
  switch (x.kind) {
    case 'bool':
      return op === '!' ? makeBool(!x.v) : unknown;
    case 'int':
      if (op === '+') return x;
      if (op === '-') return makeInt(-x.v);
      if (op === '^') return makeInt(unsignedBits ? x.v ^ ((1n << BigInt(unsignedBits)) - 1n) : ~x.v);
      return unknown;
    case 'float':
      if (op === '+') return x;
      if (op === '-') return { kind: 'float', v: rat(-x.v.num, x.v.den) };
      return unknown;
    case 'complex':
      if (op === '+') return x;
      if (op === '-') return { kind: 'complex', re: rat(-x.re.num, x.re.den), im: rat(-x.im.num, x.im.den) };
      return unknown;
    default:
      return unknown;
  }
}

/** x << s or x >> s for an integer constant (an integral float counts as one). */
export function shift(x: Value, op: '<<' | '>>', s: number): Value {
  const i = toInt(x);
  if (i.kind !== 'int' || s < 0) return unknown;
  return makeInt(op === '<<' ? i.v << BigInt(s) : i.v >> BigInt(s));
}

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

export function compare(x: Value, op: CompareOp, y: Value): boolean | null {
  let c: number;
  if (x.kind === 'bool' && y.kind === 'bool') {
    if (op === '==') return x.v === y.v;
    if (op === '!=') return x.v !== y.v;
    return null;
  }
  if (x.kind === 'string' && y.kind === 'string') c = x.v < y.v ? -1 : x.v > y.v ? 1 : 0;
  else {
    [x, y] = match(x, y);
    if (x.kind === 'complex' && y.kind === 'complex') {
      const eq = rCmp(x.re, y.re) === 0 && rCmp(x.im, y.im) === 0;
      if (op === '==') return eq;
      if (op === '!=') return !eq;
      return null;
    }
    const a = toRat(x);
    const b = toRat(y);
    if (!a || !b) return null;
    c = rCmp(a, b);
  }
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

/** The constant as an integer when it is one exactly (Go: constant.ToInt). */
export function toInt(x: Value): Value {
  if (x.kind === 'int') return x;
  const r = toRat(x);
  if (r && r.den === 1n) return makeInt(r.num);
  return unknown;
}

// ---------------------------------------------------------------- representability

const intRanges: Record<string, [bigint, bigint]> = {
  int8: [-(1n << 7n), (1n << 7n) - 1n],
  int16: [-(1n << 15n), (1n << 15n) - 1n],
  int32: [-(1n << 31n), (1n << 31n) - 1n],
  int64: [-(1n << 63n), (1n << 63n) - 1n],
  int: [-(1n << 63n), (1n << 63n) - 1n],
  uint8: [0n, (1n << 8n) - 1n],
  uint16: [0n, (1n << 16n) - 1n],
  uint32: [0n, (1n << 32n) - 1n],
  uint64: [0n, (1n << 64n) - 1n],
  uint: [0n, (1n << 64n) - 1n],
  uintptr: [0n, (1n << 64n) - 1n],
};
intRanges.byte = intRanges.uint8;
intRanges.rune = intRanges.int32;

/** The nearest double to a rational (round half to even), or ±Infinity. */
export function ratToFloat64(r: Rat): number {
  if (r.num === 0n) return 0;
  const neg = r.num < 0n;
  const n = abs(r.num);
  // Scale so the quotient has 64+ significant bits, then let BigInt→Number round once.
  const shiftBits = Math.max(0, 70 - (n.toString(2).length - r.den.toString(2).length));
  const scaled = (n << BigInt(shiftBits)) / r.den;
  const rem = (n << BigInt(shiftBits)) % r.den;
  // A sticky bit keeps exact-halfway detection correct after truncation.
  const q = rem === 0n ? scaled : scaled | 1n;
  // Scale back by powers of two (exact while the result is a normal double; a subnormal result can round twice).
  let v = Number(q);
  let k = shiftBits;
  while (k > 1000) {
    v /= 2 ** 1000;
    k -= 1000;
  }
  v /= 2 ** k;
  const out = Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  return neg ? -out : out;
}

/**
 * Whether constant x is representable by a value of basic type `t`, and the
 * value after rounding (floats round to float32/float64; complex parts too).
 * Go: representableConst.
 */
export function representable(x: Value, t: string): { ok: boolean; value: Value } {
  if (x.kind === 'unknown') return { ok: true, value: x };
  if (t === 'bool') return { ok: x.kind === 'bool', value: x };
  if (t === 'string') return { ok: x.kind === 'string', value: x };
  const range = intRanges[t];
  if (range) {
    const i = toInt(x);
    if (i.kind !== 'int') return { ok: false, value: x };
    return { ok: i.v >= range[0] && i.v <= range[1], value: i };
  }
  if (t === 'float32' || t === 'float64') {
    const r = toRat(x);
    if (!r) return { ok: false, value: x };
    let f = ratToFloat64(r);
    if (t === 'float32') f = Math.fround(f);
    if (!Number.isFinite(f)) return { ok: false, value: x };
    // go/types rounds a typed float constant to its type (roundFloat32/roundFloat64); integer
    // values stay as they are (the checker keeps untyped-int kinds for them)
    if (t === 'float32' && x.kind === 'float') return { ok: true, value: makeFloat(ratOfFloat64(f)) };
    return { ok: true, value: x };
  }
  if (t === 'complex64' || t === 'complex128') {
    if (x.kind === 'string' || x.kind === 'bool') return { ok: false, value: x };
    const c = x.kind === 'complex' ? x : { kind: 'complex' as const, re: toRat(x)!, im: rZero };
    const lim = t === 'complex64' ? 'float32' : 'float64';
    const ok =
      representable({ kind: 'float', v: c.re }, lim).ok && representable({ kind: 'float', v: c.im }, lim).ok;
    return { ok, value: c };
  }
  return { ok: false, value: x };
}

/** The exact rational value of a finite double. */
export function ratOfFloat64(f: number): Rat {
  if (f === 0) return rZero;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, f);
  const bits = buf.getBigUint64(0);
  const neg = bits >> 63n === 1n;
  const e = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  let exp: number;
  if (e === 0) exp = -1074;
  else {
    m |= 1n << 52n;
    exp = e - 1075;
  }
  const num = neg ? -m : m;
  return exp >= 0 ? rat(num << BigInt(exp)) : rat(num, 1n << BigInt(-exp));
}

/** The float64 a float constant becomes at run time. */
export function float64Of(x: Value): number {
  const r = toRat(x);
  return r ? ratToFloat64(r) : Number.NaN;
}
