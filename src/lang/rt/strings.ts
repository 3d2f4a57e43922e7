// Go's strings package (the subset the dialect supports) on UTF-8 byte
// strings, following Go 1.19's code paths so a program allocates what it
// allocates in Go: every heap allocation is reported through `alloc(bytes,
// noscan)` in Go's order (a Builder's make and append growth, make([]string,
// n) in Split and Fields), and the caller turns them into mallocgc calls.

import type { SizeClassTable } from '../../sim/sizeclasses.ts';
import { growsliceCap } from './slice.ts';
import { decodeRune, encodeRune, formatInt, runeError } from './strconv.ts';

/** Reports one heap allocation of `bytes` (the caller charges the simulated heap). */
export type Alloc = (bytes: number, noscan: boolean) => void;

/** Size of a string header (pointer + length): a []string element. */
const stringHeaderBytes = 16;

/** strings.Builder: a []byte grown by Grow (2·cap + n) or by append (growslice). */
export class Builder {
  private buf = '';
  private capacity = 0;

  constructor(
    private readonly alloc: Alloc,
    private readonly classes: SizeClassTable,
  ) {}

  get len(): number {
    return this.buf.length;
  }
  get cap(): number {
    return this.capacity;
  }

  /** Builder.Grow: make([]byte, len, 2*cap+n) when fewer than n bytes are free. */
  grow(n: number): void {
    if (n < 0) throw new Error('strings.Builder.Grow: negative count');
    if (this.capacity - this.buf.length < n) {
      this.capacity = 2 * this.capacity + n;
      this.alloc(this.capacity, true);
    }
  }

  private ensure(extra: number): void {
    const need = this.buf.length + extra;
    if (need <= this.capacity) return;
    const g = growsliceCap(this.classes, 1, this.capacity, need);
    this.capacity = g.newCap;
    this.alloc(g.capBytes, true);
  }

  writeString(s: string): void {
    this.ensure(s.length);
    this.buf += s;
  }

  writeByte(c: number): void {
    this.ensure(1);
    this.buf += String.fromCharCode(c & 0xff);
  }

  writeRune(r: number): void {
    const e = r < 0x80 ? String.fromCharCode(r) : encodeRune(r);
    this.ensure(e.length);
    this.buf += e;
  }

  string(): string {
    return this.buf;
  }
}

export function index(s: string, sub: string): number {
  return s.indexOf(sub);
}

export function contains(s: string, sub: string): boolean {
  return s.includes(sub);
}

export function hasPrefix(s: string, p: string): boolean {
  return s.startsWith(p);
}

export function hasSuffix(s: string, p: string): boolean {
  return s.endsWith(p);
}

/** strings.Count (an empty sep counts runes + 1). */
export function count(s: string, sep: string): number {
  if (sep.length === 0) return runeCount(s) + 1;
  let n = 0;
  for (let i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, i + sep.length)) n++;
  return n;
}

function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) i += s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i)[1];
  return n;
}

/** strings.Repeat: one Grow(len·count), then doubling copies. */
export function repeat(s: string, n: number, alloc: Alloc, classes: SizeClassTable): string {
  if (n === 0) return '';
  if (n < 0) throw new Error('strings: negative Repeat count');
  const b = new Builder(alloc, classes);
  b.grow(s.length * n);
  return s.repeat(n);
}

/** strings.Join: one Grow of the exact length (none for 0 or 1 elements). */
export function join(elems: readonly string[], sep: string, alloc: Alloc, classes: SizeClassTable): string {
  if (elems.length === 0) return '';
  if (elems.length === 1) return elems[0];
  let n = sep.length * (elems.length - 1);
  for (const e of elems) n += e.length;
  const b = new Builder(alloc, classes);
  b.grow(n);
  return elems.join(sep);
}

/** strings.Split (genSplit with n = -1): make([]string, Count+1); the parts share s's bytes. */
export function split(s: string, sep: string, alloc: Alloc): string[] {
  if (sep === '') {
    const parts: string[] = [];
    for (let i = 0; i < s.length; ) {
      const w = s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i)[1];
      parts.push(s.slice(i, i + w));
      i += w;
    }
    alloc(parts.length * stringHeaderBytes, false);
    return parts;
  }
  const n = Math.min(count(s, sep) + 1, s.length + 1);
  alloc(n * stringHeaderBytes, false);
  return s.split(sep);
}

const asciiSpace = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);

/** unicode.IsSpace */
export function isSpace(r: number): boolean {
  if (r <= 0xff) return asciiSpace.has(r) || r === 0x85 || r === 0xa0;
  return (
    r === 0x1680 ||
    (r >= 0x2000 && r <= 0x200a) ||
    r === 0x2028 ||
    r === 0x2029 ||
    r === 0x202f ||
    r === 0x205f ||
    r === 0x3000
  );
}

/** strings.Fields: make([]string, n) for the n fields. */
export function fields(s: string, alloc: Alloc): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; ) {
    const [r, w] = s.charCodeAt(i) < 0x80 ? [s.charCodeAt(i), 1] : decodeRune(s, i);
    if (isSpace(r)) {
      if (start >= 0) out.push(s.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
    i += w;
  }
  if (start >= 0) out.push(s.slice(start));
  if (out.length > 0) alloc(out.length * stringHeaderBytes, false);
  return out;
}

/** Go's simple case mapping for one rune (a multi-rune JS mapping leaves the rune alone). */
function mapRune(r: number, upper: boolean): number {
  if (r < 0x80) {
    if (upper && r >= 0x61 && r <= 0x7a) return r - 32;
    if (!upper && r >= 0x41 && r <= 0x5a) return r + 32;
    return r;
  }
  const c = String.fromCodePoint(r);
  const m = upper ? c.toUpperCase() : c.toLowerCase();
  const cp = m.codePointAt(0)!;
  return m.length === (cp > 0xffff ? 2 : 1) ? cp : r;
}

/** strings.Map with Go 1.19's allocation pattern. */
export function map(
  mapping: (r: number) => number,
  s: string,
  alloc: Alloc,
  classes: SizeClassTable,
): string {
  const b = new Builder(alloc, classes);
  let rest = '';
  let changed = false;
  for (let i = 0; i < s.length; ) {
    const [c, w] = decodeRune(s, i);
    const r = mapping(c);
    if (r === c && !(c === runeError && w === 1)) {
      i += w;
      continue;
    }
    if (c === runeError && w !== 1 && r === c) {
      i += w;
      continue;
    }
    b.grow(s.length + 4);
    b.writeString(s.slice(0, i));
    if (r >= 0) b.writeRune(r);
    rest = s.slice(i + w);
    changed = true;
    break;
  }
  if (!changed) return s;
  for (let i = 0; i < rest.length; ) {
    const [c, w] = decodeRune(rest, i);
    const r = mapping(c);
    if (r >= 0) {
      if (r < 0x80) b.writeByte(r);
      else b.writeRune(r);
    }
    i += w;
  }
  return b.string();
}

function changeCase(s: string, upper: boolean, alloc: Alloc, classes: SizeClassTable): string {
  let isASCII = true;
  let has = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      isASCII = false;
      break;
    }
    has ||= upper ? c >= 0x61 && c <= 0x7a : c >= 0x41 && c <= 0x5a;
  }
  if (isASCII) {
    if (!has) return s;
    const b = new Builder(alloc, classes);
    b.grow(s.length);
    let out = '';
    for (let i = 0; i < s.length; i++) out += String.fromCharCode(mapRune(s.charCodeAt(i), upper));
    return out;
  }
  return map((r) => mapRune(r, upper), s, alloc, classes);
}

export function toUpper(s: string, alloc: Alloc, classes: SizeClassTable): string {
  return changeCase(s, true, alloc, classes);
}

export function toLower(s: string, alloc: Alloc, classes: SizeClassTable): string {
  return changeCase(s, false, alloc, classes);
}

/** strings.Replace(s, old, new, n); n < 0 replaces all. One Grow when anything is replaced. */
export function replace(
  s: string,
  old: string,
  nu: string,
  n: number,
  alloc: Alloc,
  classes: SizeClassTable,
): string {
  if (old === nu || n === 0) return s;
  const m = count(s, old);
  if (m === 0) return s;
  if (n < 0 || m < n) n = m;
  const b = new Builder(alloc, classes);
  b.grow(s.length + n * (nu.length - old.length));
  let out = '';
  let start = 0;
  for (let i = 0; i < n; i++) {
    let j = start;
    if (old.length === 0) {
      if (i > 0) j += s.charCodeAt(start) < 0x80 ? 1 : decodeRune(s, start)[1];
    } else j += s.slice(start).indexOf(old);
    out += s.slice(start, j) + nu;
    start = j + old.length;
  }
  return out + s.slice(start);
}

/** strings.TrimSpace (no allocation). */
export function trimSpace(s: string): string {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const [r, w] = decodeRune(s, lo);
    if (!isSpace(r)) break;
    lo += w;
  }
  while (hi > lo) {
    // Step back one rune.
    let k = hi - 1;
    while (k > lo && (s.charCodeAt(k) & 0xc0) === 0x80) k--;
    const [r] = decodeRune(s, k);
    if (!isSpace(r)) break;
    hi = k;
  }
  return s.slice(lo, hi);
}

/** strings.Trim with a cutset of runes. */
export function trim(s: string, cutset: string): string {
  const set = new Set<number>();
  for (let i = 0; i < cutset.length; ) {
    const [r, w] = decodeRune(cutset, i);
    set.add(r);
    i += w;
  }
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const [r, w] = decodeRune(s, lo);
    if (!set.has(r)) break;
    lo += w;
  }
  while (hi > lo) {
    let k = hi - 1;
    while (k > lo && (s.charCodeAt(k) & 0xc0) === 0x80) k--;
    const [r] = decodeRune(s, k);
    if (!set.has(r)) break;
    hi = k;
  }
  return s.slice(lo, hi);
}

export function trimPrefix(s: string, p: string): string {
  return s.startsWith(p) ? s.slice(p.length) : s;
}

export function trimSuffix(s: string, p: string): string {
  return p.length > 0 && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
}

/** strings.Clone: a fresh copy (Go 1.18), so a small substring stops pinning its big backing array. */
export function clone(s: string, alloc: Alloc): string {
  if (s.length === 0) return '';
  alloc(s.length, true);
  return s;
}

/** strconv.Itoa: 0–99 come from a static table; anything else allocates its digits. */
export function itoa(n: number | bigint, alloc: Alloc): string {
  const s = formatInt(n, 10);
  if (!(BigInt(n) >= 0n && BigInt(n) < 100n)) alloc(s.length, true);
  return s;
}
