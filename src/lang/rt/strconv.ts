// Go's strconv (the subset heaplab's programs and fmt need), matching Go 1.19
// output byte for byte. Go strings are byte sequences; the dialect represents
// them as JS "byte strings" whose char codes are bytes 0–255 (UTF-8 encoded),
// so len(s) is s.length and s[i] is s.charCodeAt(i). Every function here takes
// and returns byte strings.
//
// FormatFloat works on the exact decimal value of the double (BigInt), rounds
// half to even on exact ties, and uses the shortest round-tripping digits for
// precision −1, as strconv/ftoa.go does.

// ---------------------------------------------------------------- UTF-8

/** utf8.RuneError */
export const runeError = 0xfffd;
export const maxRune = 0x10ffff;

/** Go's utf8.DecodeRuneInString on a byte string: [rune, width]; invalid → [RuneError, 1]. */
export function decodeRune(s: string, i: number): [number, number] {
  const n = s.length - i;
  if (n <= 0) return [runeError, 0];
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  const cont = (k: number) => {
    const b = s.charCodeAt(i + k);
    return b >= 0x80 && b <= 0xbf ? b & 0x3f : -1;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf && n >= 2) {
    const c1 = cont(1);
    if (c1 >= 0) return [((b0 & 0x1f) << 6) | c1, 2];
  } else if (b0 >= 0xe0 && b0 <= 0xef && n >= 3) {
    const b1 = s.charCodeAt(i + 1);
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    const c2 = cont(2);
    if (b1 >= lo && b1 <= hi && c2 >= 0) return [((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | c2, 3];
  } else if (b0 >= 0xf0 && b0 <= 0xf4 && n >= 4) {
    const b1 = s.charCodeAt(i + 1);
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    const c2 = cont(2);
    const c3 = cont(3);
    if (b1 >= lo && b1 <= hi && c2 >= 0 && c3 >= 0) {
      return [((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | (c2 << 6) | c3, 4];
    }
  }
  return [runeError, 1];
}

/** utf8.ValidRune */
export function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= maxRune);
}

/** utf8.AppendRune as a byte string (invalid runes encode as RuneError). */
export function encodeRune(r: number): string {
  if (!validRune(r)) r = runeError;
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(
    0xf0 | (r >> 18),
    0x80 | ((r >> 12) & 0x3f),
    0x80 | ((r >> 6) & 0x3f),
    0x80 | (r & 0x3f),
  );
}

/** Encodes a JS (UTF-16) string as a Go byte string (UTF-8). */
export function toByteString(js: string): string {
  let out = '';
  for (const ch of js) out += encodeRune(ch.codePointAt(0)!);
  return out;
}

/** Decodes a Go byte string for display: invalid bytes become U+FFFD, as a terminal would show them. */
export function fromByteString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    out += String.fromCodePoint(r);
    i += w;
  }
  return out;
}

const printRe = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/**
 * unicode.IsPrint / strconv.IsPrint: letters, marks, numbers, punctuation,
 * symbols and the ASCII space. (Node's Unicode tables are newer than Go
 * 1.19's Unicode 13; they differ only for characters added since.)
 */
export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  if (!validRune(r)) return false;
  return printRe.test(String.fromCodePoint(r));
}

// ---------------------------------------------------------------- quoting

const lowerhex = '0123456789abcdef';

function hexDigits(v: number, n: number): string {
  let s = '';
  for (let k = n - 1; k >= 0; k--) s += lowerhex[Math.floor(v / 16 ** k) % 16];
  return s;
}

function escapedRune(r: number, quote: number, asciiOnly: boolean): string {
  if (r === quote || r === 0x5c) return `\\${encodeRune(r)}`;
  if (asciiOnly) {
    if (r < 0x80 && isPrint(r)) return String.fromCharCode(r);
  } else if (isPrint(r)) return encodeRune(r);
  switch (r) {
    case 0x07:
      return '\\a';
    case 0x08:
      return '\\b';
    case 0x0c:
      return '\\f';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    case 0x09:
      return '\\t';
    case 0x0b:
      return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return `\\x${hexDigits(r, 2)}`;
  if (!validRune(r)) r = runeError;
  if (r < 0x10000) return `\\u${hexDigits(r, 4)}`;
  return `\\U${hexDigits(r, 8)}`;
}

function quoteWith(s: string, quote: number, asciiOnly: boolean): string {
  let out = String.fromCharCode(quote);
  for (let i = 0; i < s.length; ) {
    let r = s.charCodeAt(i);
    let w = 1;
    if (r >= 0x80) [r, w] = decodeRune(s, i);
    if (w === 1 && r === runeError) {
      out += `\\x${hexDigits(s.charCodeAt(i), 2)}`;
      i++;
      continue;
    }
    out += escapedRune(r, quote, asciiOnly);
    i += w;
  }
  return out + String.fromCharCode(quote);
}

/** strconv.Quote */
export function quote(s: string): string {
  return quoteWith(s, 0x22, false);
}

/** strconv.QuoteToASCII */
export function quoteToASCII(s: string): string {
  return quoteWith(s, 0x22, true);
}

/** strconv.QuoteRuneToASCII */
export function quoteRuneToASCII(r: number): string {
  if (!validRune(r)) r = runeError;
  return `'${escapedRune(r, 0x27, true)}'`;
}

/** strconv.QuoteRune (invalid runes quote as U+FFFD) */
export function quoteRune(r: number): string {
  if (!validRune(r)) r = runeError;
  return `'${escapedRune(r, 0x27, false)}'`;
}

// ---------------------------------------------------------------- integers

/** strconv.FormatInt / Itoa, base 2–36, lowercase digits. */
export function formatInt(n: bigint | number, base = 10): string {
  if (base < 2 || base > 36) throw new Error('strconv: illegal AppendInt/FormatInt base');
  return (typeof n === 'bigint' ? n : BigInt(n)).toString(base);
}

export const maxInt64 = (1n << 63n) - 1n;
export const minInt64 = -(1n << 63n);

/** A strconv.NumError's message: strconv.Func: parsing "num": err. */
export function numError(fn: string, num: string, err: 'invalid syntax' | 'value out of range'): string {
  return `strconv.${fn}: parsing ${quote(num)}: ${err}`;
}

/**
 * strconv.ParseInt(s, 10, 64) semantics (also Atoi): optional sign, decimal
 * digits only. Returns [value, error message or null]; out of range clamps.
 */
export function parseInt10(s: string, fn = 'ParseInt'): [bigint, string | null] {
  let i = 0;
  let neg = false;
  if (s.length > 0 && (s[0] === '+' || s[0] === '-')) {
    neg = s[0] === '-';
    i = 1;
  }
  if (i >= s.length) return [0n, numError(fn, s, 'invalid syntax')];
  let v = 0n;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return [0n, numError(fn, s, 'invalid syntax')];
    v = v * 10n + BigInt(c - 0x30);
  }
  if (neg) v = -v;
  if (v > maxInt64) return [maxInt64, numError(fn, s, 'value out of range')];
  if (v < minInt64) return [minInt64, numError(fn, s, 'value out of range')];
  return [v, null];
}

// ---------------------------------------------------------------- floats

/** An exact or rounded decimal: value = 0.d1d2…dn × 10^dp (Go: strconv's `decimal`/`decimalSlice`). */
interface Digits {
  d: string;
  dp: number;
}

/** The IEEE-754 bits of a float64 (a fresh view per call: no shared module state). */
export function float64bits(x: number): bigint {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  return v.getBigUint64(0);
}

/** The exact decimal expansion of a finite, non-zero |x|. */
function exactDigits(x: number): Digits {
  const bits = float64bits(x);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  let digits: string;
  let dp: number;
  if (e >= 0) {
    digits = (mant << BigInt(e)).toString();
    dp = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-e)).toString();
    dp = digits.length + e;
  }
  return trimZeros({ d: digits, dp });
}

function trimZeros(x: Digits): Digits {
  let n = x.d.length;
  while (n > 0 && x.d.charCodeAt(n - 1) === 0x30) n--;
  return n === x.d.length ? x : { d: x.d.slice(0, n), dp: n === 0 ? 0 : x.dp };
}

/** Go's decimal.Round(nd): half to even on exact ties; nd < 0 leaves the digits alone. */
function roundDigits(x: Digits, nd: number): Digits {
  if (nd < 0 || nd >= x.d.length) return x;
  const c = x.d.charCodeAt(nd);
  let up: boolean;
  if (c === 0x35 && nd + 1 === x.d.length) up = nd > 0 && (x.d.charCodeAt(nd - 1) - 0x30) % 2 === 1;
  else up = c >= 0x35;
  if (!up) return trimZeros({ d: x.d.slice(0, nd), dp: x.dp });
  let i = nd - 1;
  while (i >= 0 && x.d[i] === '9') i--;
  if (i < 0) return { d: '1', dp: x.dp + 1 };
  return { d: x.d.slice(0, i) + String.fromCharCode(x.d.charCodeAt(i) + 1), dp: x.dp };
}

/** Shortest digits that read back as x (as float32 when bits is 32). */
function shortestDigits(x: number, bits: 32 | 64): Digits {
  if (bits === 64) return fromExponential(x.toExponential());
  for (let p = 1; p <= 9; p++) {
    const s = x.toExponential(p - 1);
    if (Math.fround(Number(s)) === x) {
      // toExponential rounds the double half-up on exact ties; take the exact digits rounded half-even instead.
      return roundDigits(exactDigits(x), p);
    }
  }
  return exactDigits(x);
}

function fromExponential(s: string): Digits {
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) throw new Error(`strconv: unexpected exponential form ${s}`);
  return trimZeros({ d: m[1] + (m[2] ?? ''), dp: Number(m[3]) + 1 });
}

function fmtE(neg: boolean, x: Digits, prec: number, e: string): string {
  let out = neg ? '-' : '';
  out += x.d.length === 0 ? '0' : x.d[0];
  if (prec > 0) {
    out += '.';
    let i = 1;
    const m = Math.min(x.d.length, prec + 1);
    if (i < m) {
      out += x.d.slice(i, m);
      i = m;
    }
    for (; i <= prec; i++) out += '0';
  }
  out += e;
  let exp = x.dp - 1;
  if (x.d.length === 0) exp = 0;
  out += exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  return out + (exp < 10 ? `0${exp}` : String(exp));
}

function fmtF(neg: boolean, x: Digits, prec: number): string {
  let out = neg ? '-' : '';
  if (x.dp > 0) {
    const m = Math.min(x.d.length, x.dp);
    out += x.d.slice(0, m);
    for (let i = m; i < x.dp; i++) out += '0';
  } else out += '0';
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) {
      const j = x.dp + i - 1;
      out += j >= 0 && j < x.d.length ? x.d[j] : '0';
    }
  }
  return out;
}

/**
 * strconv.FormatFloat(f, fmt, prec, bitSize) for fmt 'e', 'E', 'f', 'g',
 * 'G'. prec −1 means the fewest digits that read back exactly.
 */
export function formatFloat(
  f: number,
  fmt: 'e' | 'E' | 'f' | 'g' | 'G',
  prec: number,
  bitSize: 32 | 64 = 64,
): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Number.POSITIVE_INFINITY) return '+Inf';
  if (f === Number.NEGATIVE_INFINITY) return '-Inf';
  if (bitSize === 32) f = Math.fround(f);
  const neg = f < 0 || Object.is(f, -0);
  const a = Math.abs(f);
  const shortest = prec < 0;
  let x: Digits;
  if (a === 0) x = { d: '', dp: 0 };
  else if (shortest) x = shortestDigits(a, bitSize);
  else {
    const exact = exactDigits(a);
    if (fmt === 'e' || fmt === 'E') x = roundDigits(exact, prec + 1);
    else if (fmt === 'f') x = roundDigits(exact, exact.dp + prec);
    else x = roundDigits(exact, prec === 0 ? 1 : prec);
  }
  if (shortest) {
    if (fmt === 'e' || fmt === 'E') prec = Math.max(x.d.length - 1, 0);
    else if (fmt === 'f') prec = Math.max(x.d.length - x.dp, 0);
    else prec = x.d.length;
  } else if ((fmt === 'g' || fmt === 'G') && prec === 0) prec = 1;
  switch (fmt) {
    case 'e':
    case 'E':
      return fmtE(neg, x, prec, fmt);
    case 'f':
      return fmtF(neg, x, prec);
    default: {
      let eprec = prec;
      if (eprec > x.d.length && x.d.length >= x.dp) eprec = x.d.length;
      if (shortest) eprec = 6;
      const exp = x.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > x.d.length) prec = x.d.length;
        return fmtE(neg, x, prec - 1, fmt === 'g' ? 'e' : 'E');
      }
      if (prec > x.dp) prec = x.d.length;
      return fmtF(neg, x, Math.max(prec - x.dp, 0));
    }
  }
}
