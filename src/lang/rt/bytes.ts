// bytes.Buffer (Go 1.19 bytes/buffer.go) on the dialect's byte strings, with
// its growth policy — a 64-byte first buffer, sliding instead of growing
// when half is free, otherwise growSlice's doubling rounded to a size class —
// reported through `alloc` so the simulated heap sees Go's allocations.

import type { SizeClassTable } from '../../sim/sizeclasses.ts';
import { growsliceCap } from './slice.ts';
import { encodeRune } from './strconv.ts';
import type { Alloc } from './strings.ts';

/** bytes.smallBufferSize */
export const smallBufferSize = 64;

/** A string this short that does not escape is built in a stack buffer (cmd/compile's tmpBuf of 32 bytes). */
export const tmpStringBufBytes = 32;

export class Buffer {
  /** The buffer's contents from b.off on. */
  private data = '';
  private capacity = 0;
  private off = 0;
  private isNil = true;

  constructor(
    private readonly alloc: Alloc,
    private readonly classes: SizeClassTable,
  ) {}

  get len(): number {
    return this.data.length;
  }
  get cap(): number {
    return this.capacity;
  }

  /** Go: growSlice — append([]byte(nil), make([]byte, c)...) with c = max(len+n, 2·cap). */
  private growSlice(n: number): void {
    let c = this.data.length + n;
    if (c < 2 * this.capacity) c = 2 * this.capacity;
    const g = growsliceCap(this.classes, 1, 0, c);
    this.alloc(g.capBytes, true);
    this.capacity = g.newCap;
  }

  /** Go: Buffer.grow — makes room for n more bytes. */
  private grow(n: number): void {
    const m = this.data.length;
    if (m === 0 && this.off !== 0) this.reset();
    if (n <= this.capacity - this.off - m) return; // tryGrowByReslice
    if (this.isNil && n <= smallBufferSize) {
      this.alloc(smallBufferSize, true);
      this.capacity = smallBufferSize;
      this.isNil = false;
      return;
    }
    // With at least half the buffer free, Go slides the contents down instead of allocating.
    if (n > Math.floor(this.capacity / 2) - m) this.growSlice(this.off + n);
    this.off = 0;
    this.isNil = false;
  }

  /** Buffer.Grow(n) */
  growBy(n: number): void {
    if (n < 0) throw new Error('bytes.Buffer.Grow: negative count');
    this.grow(n);
  }

  writeString(s: string): void {
    this.grow(s.length);
    this.data += s;
  }

  writeByte(c: number): void {
    this.grow(1);
    this.data += String.fromCharCode(c & 0xff);
  }

  writeRune(r: number): void {
    const e = r < 0x80 ? String.fromCharCode(r) : encodeRune(r);
    this.grow(e.length);
    this.data += e;
  }

  /** Buffer.String: a copy of the unread bytes; a short result that does not escape lives on the stack. */
  string(escapes = true): string {
    const s = this.data;
    if (s.length > 0 && (escapes || s.length > tmpStringBufBytes)) this.alloc(s.length, true);
    return s;
  }

  reset(): void {
    this.data = '';
    this.off = 0;
  }
}

/**
 * time.Duration.String (Go 1.19 time/time.go): "1h2m3.004s", "1.5µs",
 * "0s". `d` is the int64 nanosecond count. Returns a byte string ("µ" is
 * UTF-8 c2 b5).
 */
export function durationString(d: bigint): string {
  let u = d < 0n ? -d : d;
  const neg = d < 0n;
  const fmtFrac = (v: bigint, prec: number): [string, bigint] => {
    let out = '';
    let print = false;
    for (let i = 0; i < prec; i++) {
      const digit = v % 10n;
      print ||= digit !== 0n;
      if (print) out = String(digit) + out;
      v /= 10n;
    }
    return [print ? `.${out}` : '', v];
  };
  let s: string;
  if (u < 1_000_000_000n) {
    if (u === 0n) return '0s';
    let prec: number;
    let unit: string;
    if (u < 1000n) {
      prec = 0;
      unit = 'ns';
    } else if (u < 1_000_000n) {
      prec = 3;
      unit = '\xc2\xb5s';
    } else {
      prec = 6;
      unit = 'ms';
    }
    const [frac, rest] = fmtFrac(u, prec);
    s = `${rest}${frac}${unit}`;
  } else {
    const [frac, secs] = fmtFrac(u, 9);
    u = secs;
    s = `${u % 60n}${frac}s`;
    u /= 60n;
    if (u > 0n) {
      s = `${u % 60n}m${s}`;
      u /= 60n;
      if (u > 0n) s = `${u}h${s}`;
    }
  }
  return neg ? `-${s}` : s;
}
