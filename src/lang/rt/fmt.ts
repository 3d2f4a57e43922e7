// Go's fmt printer (fmt/print.go and fmt/format.go, Go 1.19) for the
// dialect's runtime: Printf directives with flags, width, precision, `*` and
// argument indexes; every verb on bools, integers, floats, strings and byte
// slices; the %!verb(type=value), %!(MISSING), %!(EXTRA …), %!(BADINDEX) and
// %!(NOVERB) errors; Print/Println spacing. Composite values, Stringers and
// errors come in through FmtArg hooks that the compiled program provides.
// Strings are UTF-8 byte strings (see strconv.ts).

import {
  decodeRune,
  encodeRune,
  float64bits,
  formatFloat,
  isPrint,
  maxRune,
  quote,
  quoteRune,
  quoteRuneToASCII,
  quoteToASCII,
  runeError,
} from './strconv.ts';

export type FmtKind =
  | 'bool'
  | 'int'
  | 'uint'
  | 'float32'
  | 'float64'
  | 'string'
  | 'bytes'
  | 'pointer'
  | 'other';

/** One operand of a print call, as the compiled program hands it to fmt. */
export interface FmtArg {
  kind: FmtKind;
  /** The dynamic type as reflect prints it: "int", "[]uint8", "*main.T". */
  type: string;
  /** bool; number or bigint for integers; number for floats; byte string; Uint8Array for bytes; address for pointers. */
  value: unknown;
  /** error or Stringer: the method's result, used for %v %s %x %X %q (Go: handleMethods). */
  stringMethod?: () => string;
  /** Prints a composite value (struct, slice, map, …) for a verb (Go: printValue). */
  printValue?: (p: Printer, verb: string, depth: number) => void;
}

const ldigits = '0123456789abcdefx';
const udigits = '0123456789ABCDEFX';

function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) i += s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i)[1];
  return n;
}

/** The formatting state of one directive (Go: fmt's `fmt` struct) and the output buffer. */
export class Printer {
  buf = '';
  wid = 0;
  prec = 0;
  widPresent = false;
  precPresent = false;
  minus = false;
  plus = false;
  sharp = false;
  space = false;
  zero = false;
  plusV = false;
  sharpV = false;
  private erroring = false;
  private arg: FmtArg | null = null;
  private reordered = false;
  private goodArgNum = true;

  clearflags(): void {
    this.wid = this.prec = 0;
    this.widPresent = this.precPresent = false;
    this.minus = this.plus = this.sharp = this.space = this.zero = this.plusV = this.sharpV = false;
  }

  writePadding(n: number): void {
    if (n <= 0) return;
    this.buf += (this.zero ? '0' : ' ').repeat(n);
  }

  /** Appends s padded to the width (counted in runes). */
  pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.wid - runeCount(s);
    if (!this.minus) {
      this.writePadding(width);
      this.buf += s;
    } else {
      this.buf += s;
      this.writePadding(width);
    }
  }

  private truncate(s: string): string {
    if (!this.precPresent) return s;
    let n = this.prec;
    for (let i = 0; i < s.length; ) {
      n--;
      if (n < 0) return s.slice(0, i);
      i += s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i)[1];
    }
    return s;
  }

  fmtBoolean(v: boolean): void {
    this.pad(v ? 'true' : 'false');
  }

  /** Go: fmt.fmtInteger — u is the value's bits as an unsigned 64-bit BigInt. */
  fmtInteger(u: bigint, base: number, isSigned: boolean, verb: string, digits: string): void {
    const negative = isSigned && u >= 1n << 63n;
    if (negative) u = (1n << 64n) - u;
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      if (prec === 0 && u === 0n) {
        const oldZero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = oldZero;
        return;
      }
    } else if (this.zero && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--;
    }
    let s = u.toString(base);
    if (digits === udigits) s = s.toUpperCase();
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
    if (this.sharp) {
      if (base === 2) s = `0b${s}`;
      else if (base === 8) {
        if (s[0] !== '0') s = `0${s}`;
      } else if (base === 16) s = `0${digits[16]}${s}`;
    }
    if (verb === 'O') s = `0o${s}`;
    if (negative) s = `-${s}`;
    else if (this.plus) s = `+${s}`;
    else if (this.space) s = ` ${s}`;
    const oldZero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = oldZero;
  }

  fmtUnicode(u: bigint): void {
    let prec = 4;
    if (this.precPresent && this.prec > 4) prec = this.prec;
    let tail = '';
    if (this.sharp && u <= BigInt(maxRune) && isPrint(Number(u))) tail = ` '${encodeRune(Number(u))}'`;
    let hex = u.toString(16).toUpperCase();
    if (hex.length < prec) hex = '0'.repeat(prec - hex.length) + hex;
    const oldZero = this.zero;
    this.zero = false;
    this.pad(`U+${hex}${tail}`);
    this.zero = oldZero;
  }

  fmtC(c: bigint): void {
    this.pad(encodeRune(c > BigInt(maxRune) ? runeError : Number(c)));
  }

  fmtQc(c: bigint): void {
    const r = c > BigInt(maxRune) ? runeError : Number(c);
    this.pad(this.plus ? quoteRuneToASCII(r) : quoteRune(r));
  }

  /** Go: fmt.fmtFloat (format.go). */
  fmtFloat(v: number, size: 32 | 64, verb: string, prec: number): void {
    if (this.precPresent) prec = this.prec;
    const f = verb === 'F' ? 'f' : verb;
    let num =
      f === 'b' || f === 'x' || f === 'X'
        ? formatFloatBits(v, f, prec, size)
        : formatFloat(v, f as 'e' | 'E' | 'f' | 'g' | 'G', prec, size);
    if (num[0] === '-' || num[0] === '+') {
      // keep the sign
    } else num = `+${num}`;
    if (this.space && num[0] === '+' && !this.plus) num = ` ${num.slice(1)}`;
    if (num[1] === 'I' || num[1] === 'N') {
      const oldZero = this.zero;
      this.zero = false;
      if (num[1] === 'N' && !this.space && !this.plus) num = num.slice(1);
      this.pad(num);
      this.zero = oldZero;
      return;
    }
    if (this.sharp && f !== 'b') {
      let digits = 0;
      if (f === 'v' || f === 'g' || f === 'G' || f === 'x') digits = prec === -1 ? 6 : prec;
      let tail = '';
      let hasDecimalPoint = false;
      let sawNonzeroDigit = false;
      for (let i = 1; i < num.length; i++) {
        const c = num[i];
        if (c === '.') hasDecimalPoint = true;
        else if (c === 'p' || c === 'P' || ((c === 'e' || c === 'E') && f !== 'x' && f !== 'X')) {
          tail = num.slice(i);
          num = num.slice(0, i);
          break;
        } else {
          if (c !== '0') sawNonzeroDigit = true;
          if (sawNonzeroDigit) digits--;
        }
      }
      if (!hasDecimalPoint) {
        if (num.length === 2 && num[1] === '0') digits--;
        num += '.';
      }
      while (digits > 0) {
        num += '0';
        digits--;
      }
      num += tail;
    }
    if (this.plus || num[0] !== '+') {
      if (this.zero && this.widPresent && this.wid > num.length) {
        this.buf += num[0];
        this.writePadding(this.wid - num.length);
        this.buf += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }

  fmtS(s: string): void {
    this.pad(this.truncate(s));
  }

  /** Go: fmt.fmtSbx — hex of a string's bytes. */
  fmtSbx(s: string, digits: string): void {
    let length = s.length;
    if (this.precPresent && this.prec < length) length = this.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) width += 2;
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    let out = this.sharp ? `0${digits[16]}` : '';
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out += ' ';
        if (this.sharp) out += `0${digits[16]}`;
      }
      const c = s.charCodeAt(i);
      out += digits[c >> 4] + digits[c & 0xf];
    }
    this.buf += out;
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  fmtQ(s: string): void {
    s = this.truncate(s);
    if (this.sharp && canBackquote(s)) {
      this.pad(`\`${s}\``);
      return;
    }
    this.pad(this.plus ? quoteToASCII(s) : quote(s));
  }

  // ------------------------------------------------------------ print.go

  private fmt0x64(v: bigint, leading0x: boolean): void {
    const sharp = this.sharp;
    this.sharp = leading0x;
    this.fmtInteger(v, 16, false, 'v', ldigits);
    this.sharp = sharp;
  }

  private badVerb(verb: string): void {
    this.erroring = true;
    this.buf += `%!${verb}(`;
    if (this.arg) {
      this.buf += `${this.arg.type}=`;
      this.printArg(this.arg, 'v');
    } else this.buf += '<nil>';
    this.buf += ')';
    this.erroring = false;
  }

  private fmtBool(v: boolean, verb: string): void {
    if (verb === 't' || verb === 'v') this.fmtBoolean(v);
    else this.badVerb(verb);
  }

  /** Go: pp.fmtInteger. */
  fmtIntegerVerb(v: bigint, isSigned: boolean, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.sharpV && !isSigned) this.fmt0x64(v, true);
        else this.fmtInteger(v, 10, isSigned, verb, ldigits);
        return;
      case 'd':
        this.fmtInteger(v, 10, isSigned, verb, ldigits);
        return;
      case 'b':
        this.fmtInteger(v, 2, isSigned, verb, ldigits);
        return;
      case 'o':
      case 'O':
        this.fmtInteger(v, 8, isSigned, verb, ldigits);
        return;
      case 'x':
        this.fmtInteger(v, 16, isSigned, verb, ldigits);
        return;
      case 'X':
        this.fmtInteger(v, 16, isSigned, verb, udigits);
        return;
      case 'c':
        this.fmtC(isSigned && v >= 1n << 63n ? BigInt(maxRune) + 1n : v);
        return;
      case 'q':
        this.fmtQc(isSigned && v >= 1n << 63n ? BigInt(maxRune) + 1n : v);
        return;
      case 'U':
        this.fmtUnicode(v);
        return;
      default:
        this.badVerb(verb);
    }
  }

  private fmtFloatVerb(v: number, size: 32 | 64, verb: string): void {
    switch (verb) {
      case 'v':
        this.fmtFloat(v, size, 'g', -1);
        return;
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
        this.fmtFloat(v, size, verb, -1);
        return;
      case 'f':
      case 'e':
      case 'E':
      case 'F':
        this.fmtFloat(v, size, verb, 6);
        return;
      default:
        this.badVerb(verb);
    }
  }

  fmtString(v: string, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.sharpV) this.fmtQ(v);
        else this.fmtS(v);
        return;
      case 's':
        this.fmtS(v);
        return;
      case 'x':
        this.fmtSbx(v, ldigits);
        return;
      case 'X':
        this.fmtSbx(v, udigits);
        return;
      case 'q':
        this.fmtQ(v);
        return;
      default:
        this.badVerb(verb);
    }
  }

  private fmtBytes(v: Uint8Array, verb: string, typeString: string): void {
    const asString = () => String.fromCharCode(...v);
    switch (verb) {
      case 'v':
      case 'd':
        if (this.sharpV) {
          this.buf += `${typeString}{`;
          v.forEach((c, i) => {
            if (i > 0) this.buf += ', ';
            this.fmt0x64(BigInt(c), true);
          });
          this.buf += '}';
        } else {
          this.buf += '[';
          v.forEach((c, i) => {
            if (i > 0) this.buf += ' ';
            this.fmtInteger(BigInt(c), 10, false, verb, ldigits);
          });
          this.buf += ']';
        }
        return;
      case 's':
        this.fmtS(asString());
        return;
      case 'x':
        this.fmtSbx(asString(), ldigits);
        return;
      case 'X':
        this.fmtSbx(asString(), udigits);
        return;
      case 'q':
        this.fmtQ(asString());
        return;
      default: {
        // Go: printValue of a []uint8 element by element.
        this.buf += '[';
        const outer = this.arg;
        v.forEach((c, i) => {
          if (i > 0) this.buf += ' ';
          this.arg = { kind: 'uint', type: 'uint8', value: c };
          this.fmtIntegerVerb(BigInt(c), false, verb);
        });
        this.arg = outer;
        this.buf += ']';
      }
    }
  }

  /** Go: pp.printArg. */
  printArg(arg: FmtArg | null, verb: string): void {
    this.arg = arg;
    if (arg === null) {
      if (verb === 'T' || verb === 'v') this.pad('<nil>');
      else this.badVerb(verb);
      return;
    }
    if (verb === 'T') {
      this.fmtS(arg.type);
      return;
    }
    if (verb === 'p') {
      if (arg.kind === 'pointer') this.fmt0x64(BigInt(arg.value as number), !this.sharp);
      else this.badVerb(verb);
      return;
    }
    if (arg.stringMethod && !this.erroring && !this.sharpV && 'vsxXq'.includes(verb)) {
      this.fmtString(arg.stringMethod(), verb);
      return;
    }
    switch (arg.kind) {
      case 'bool':
        this.fmtBool(arg.value as boolean, verb);
        return;
      case 'float32':
        this.fmtFloatVerb(arg.value as number, 32, verb);
        return;
      case 'float64':
        this.fmtFloatVerb(arg.value as number, 64, verb);
        return;
      case 'int':
      case 'uint': {
        // %d and %v of a number without flags, width or precision: its decimal digits (the path
        // below gives the same text through a uint64 bigint)
        const n = arg.value;
        if (
          typeof n === 'number' &&
          (verb === 'd' || (verb === 'v' && !this.sharpV)) &&
          !this.widPresent &&
          !this.precPresent &&
          !this.plus &&
          !this.space &&
          (n >= 0 || arg.kind === 'int')
        ) {
          this.buf += String(n);
          return;
        }
        this.fmtIntegerVerb(
          BigInt.asUintN(64, BigInt(arg.value as number | bigint)),
          arg.kind === 'int',
          verb,
        );
        return;
      }
      case 'string':
        this.fmtString(arg.value as string, verb);
        return;
      case 'bytes':
        // Go's printArg fast path for an unnamed []byte says "[]byte"; named byte slices give their type.
        this.fmtBytes(arg.value as Uint8Array, verb, arg.type === '[]uint8' ? '[]byte' : arg.type);
        return;
      default:
        if (arg.printValue) arg.printValue(this, verb, 0);
        else this.badVerb(verb);
    }
  }

  // ------------------------------------------------------------ Printf

  private argNumber(argNum: number, format: string, i: number, numArgs: number): [number, number, boolean] {
    if (format.length <= i || format[i] !== '[') return [argNum, i, false];
    this.reordered = true;
    const [index, wid, ok] = parseArgNumber(format.slice(i));
    if (ok && index >= 0 && index < numArgs) return [index, i + wid, true];
    this.goodArgNum = false;
    return [argNum, i + wid, ok];
  }

  /** Go: pp.doPrintf. */
  doPrintf(format: string, a: readonly (FmtArg | null)[]): void {
    const end = format.length;
    let argNum = 0;
    let afterIndex = false;
    this.reordered = false;
    let i = 0;
    formatLoop: while (i < end) {
      this.goodArgNum = true;
      const lasti = i;
      while (i < end && format[i] !== '%') i++;
      if (i > lasti) this.buf += format.slice(lasti, i);
      if (i >= end) break;
      i++;
      this.clearflags();
      simple: for (; i < end; i++) {
        const c = format[i];
        switch (c) {
          case '#':
            this.sharp = true;
            break;
          case '0':
            this.zero = !this.minus;
            break;
          case '+':
            this.plus = true;
            break;
          case '-':
            this.minus = true;
            this.zero = false;
            break;
          case ' ':
            this.space = true;
            break;
          default:
            if (c >= 'a' && c <= 'z' && argNum < a.length) {
              if (c === 'v') {
                this.sharpV = this.sharp;
                this.sharp = false;
                this.plusV = this.plus;
                this.plus = false;
              }
              this.printArg(a[argNum], c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simple;
        }
      }
      [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
      if (i < end && format[i] === '*') {
        i++;
        [this.wid, this.widPresent, argNum] = intFromArg(a, argNum);
        if (!this.widPresent) this.buf += '%!(BADWIDTH)';
        if (this.wid < 0) {
          this.wid = -this.wid;
          this.minus = true;
          this.zero = false;
        }
        afterIndex = false;
      } else {
        [this.wid, this.widPresent, i] = parsenum(format, i, end);
        if (afterIndex && this.widPresent) this.goodArgNum = false;
      }
      if (i + 1 < end && format[i] === '.') {
        i++;
        if (afterIndex) this.goodArgNum = false;
        [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
        if (i < end && format[i] === '*') {
          i++;
          [this.prec, this.precPresent, argNum] = intFromArg(a, argNum);
          if (this.prec < 0) {
            this.prec = 0;
            this.precPresent = false;
          }
          if (!this.precPresent) this.buf += '%!(BADPREC)';
          afterIndex = false;
        } else {
          [this.prec, this.precPresent, i] = parsenum(format, i, end);
          if (!this.precPresent) {
            this.prec = 0;
            this.precPresent = true;
          }
        }
      }
      if (!afterIndex) [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
      if (i >= end) {
        this.buf += '%!(NOVERB)';
        break;
      }
      let verb = format[i];
      let size = 1;
      if (format.charCodeAt(i) >= 0x80) {
        const [r, w] = decodeRune(format, i);
        verb = encodeRune(r);
        size = w;
      }
      i += size;
      if (verb === '%') this.buf += '%';
      else if (!this.goodArgNum) this.buf += `%!${verb}(BADINDEX)`;
      else if (argNum >= a.length) this.buf += `%!${verb}(MISSING)`;
      else {
        if (verb === 'v') {
          this.sharpV = this.sharp;
          this.sharp = false;
          this.plusV = this.plus;
          this.plus = false;
        }
        this.printArg(a[argNum], verb);
        argNum++;
      }
    }
    if (!this.reordered && argNum < a.length) {
      this.clearflags();
      this.buf += '%!(EXTRA ';
      a.slice(argNum).forEach((arg, k) => {
        if (k > 0) this.buf += ', ';
        if (arg === null) this.buf += '<nil>';
        else {
          this.buf += `${arg.type}=`;
          this.printArg(arg, 'v');
        }
      });
      this.buf += ')';
    }
  }

  /** Go: pp.doPrint — spaces between operands when neither side is a string. */
  doPrint(a: readonly (FmtArg | null)[]): void {
    let prevString = false;
    a.forEach((arg, k) => {
      const isString = arg !== null && arg.kind === 'string';
      if (k > 0 && !isString && !prevString) this.buf += ' ';
      this.clearflags();
      this.printArg(arg, 'v');
      prevString = isString;
    });
  }

  /** Go: pp.doPrintln — always spaces, then a newline. */
  doPrintln(a: readonly (FmtArg | null)[]): void {
    a.forEach((arg, k) => {
      if (k > 0) this.buf += ' ';
      this.clearflags();
      this.printArg(arg, 'v');
    });
    this.buf += '\n';
  }
}

function tooLarge(x: number): boolean {
  return x > 1e6 || x < -1e6;
}

function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isnum = false;
  let i = start;
  for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
    if (tooLarge(num)) return [0, false, end];
    num = num * 10 + (s.charCodeAt(i) - 0x30);
    isnum = true;
  }
  return [num, isnum, i];
}

function parseArgNumber(format: string): [number, number, boolean] {
  if (format.length < 3) return [0, 1, false];
  for (let i = 1; i < format.length; i++) {
    if (format[i] === ']') {
      const [width, ok, newi] = parsenum(format, 1, i);
      if (!ok || newi !== i) return [0, i + 1, false];
      return [width - 1, i + 1, true];
    }
  }
  return [0, 1, false];
}

function intFromArg(a: readonly (FmtArg | null)[], argNum: number): [number, boolean, number] {
  let num = 0;
  let isInt = false;
  let newArgNum = argNum;
  if (argNum < a.length) {
    const arg = a[argNum];
    if (arg && (arg.kind === 'int' || arg.kind === 'uint')) {
      const n = BigInt(arg.value as number | bigint);
      if (n >= -(1n << 63n) && n < 1n << 63n) {
        num = Number(n);
        isInt = true;
      }
    }
    newArgNum = argNum + 1;
    if (tooLarge(num)) {
      num = 0;
      isInt = false;
    }
  }
  return [num, isInt, newArgNum];
}

function canBackquote(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    i += w;
    if (w > 1) {
      if (r === 0xfeff) return false;
      continue;
    }
    if (r === runeError) return false;
    if ((r < 0x20 && r !== 0x09) || r === 0x60 || r === 0x7f) return false;
  }
  return true;
}

/** strconv.FormatFloat for the 'b', 'x' and 'X' formats (Go: fmtB, fmtX). */
export function formatFloatBits(v: number, fmt: 'b' | 'x' | 'X', prec: number, size: 32 | 64): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Number.POSITIVE_INFINITY) return '+Inf';
  if (v === Number.NEGATIVE_INFINITY) return '-Inf';
  let bits: bigint;
  let mantbits: number;
  let expbits: number;
  let bias: number;
  if (size === 32) {
    const dv = new DataView(new ArrayBuffer(4));
    dv.setFloat32(0, v);
    bits = BigInt(dv.getUint32(0));
    mantbits = 23;
    expbits = 8;
    bias = -127;
  } else {
    bits = float64bits(v);
    mantbits = 52;
    expbits = 11;
    bias = -1023;
  }
  const neg = bits >> BigInt(mantbits + expbits) !== 0n;
  let exp = Number((bits >> BigInt(mantbits)) & ((1n << BigInt(expbits)) - 1n));
  let mant = bits & ((1n << BigInt(mantbits)) - 1n);
  if (exp === 0) exp++;
  else mant |= 1n << BigInt(mantbits);
  exp += bias;
  if (fmt === 'b') {
    const e = exp - mantbits;
    return `${neg ? '-' : ''}${mant}p${e >= 0 ? '+' : ''}${e}`;
  }
  // fmtX: leading 1 at bit 60.
  if (mant === 0n) exp = 0;
  const one60 = 1n << 60n;
  const mask64 = (1n << 64n) - 1n;
  mant = (mant << BigInt(60 - mantbits)) & mask64;
  while (mant !== 0n && (mant & one60) === 0n) {
    mant = (mant << 1n) & mask64;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & (one60 - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hex = fmt === 'X' ? '0123456789ABCDEF' : '0123456789abcdef';
  let out = `${neg ? '-' : ''}0${fmt}${(mant >> 60n) & 1n}`;
  mant = (mant << 4n) & mask64;
  if (prec < 0 && mant !== 0n) {
    out += '.';
    while (mant !== 0n) {
      out += hex[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & mask64;
    }
  } else if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) {
      out += hex[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & mask64;
    }
  }
  out += fmt === 'X' ? 'P' : 'p';
  const sign = exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  return `${out}${sign}${exp < 10 ? `0${exp}` : String(exp)}`;
}

/** fmt.Sprintf */
export function sprintf(format: string, ...a: (FmtArg | null)[]): string {
  const p = new Printer();
  p.doPrintf(format, a);
  return p.buf;
}

/** fmt.Sprint */
export function sprint(...a: (FmtArg | null)[]): string {
  const p = new Printer();
  p.doPrint(a);
  return p.buf;
}

/** fmt.Sprintln */
export function sprintln(...a: (FmtArg | null)[]): string {
  const p = new Printer();
  p.doPrintln(a);
  return p.buf;
}
