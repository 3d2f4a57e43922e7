// The Go 1.19 lexical grammar (spec "Lexical elements"), modelled on cmd/compile/internal/syntax's scanner:
// the same token boundaries, the same automatic semicolons, and the same error texts and positions.
//
// Positions: the source is a JS string, but every position is counted as the go tool counts it: a byte
// offset into the UTF-8 encoding (0-based), a 1-based line, and a 1-based column in bytes (a column after
// "é" has advanced by 2). `lineStarts` collects the byte offset of each line start as the scanner passes it.
//
// Semicolons (spec "Semicolons"): after a line's final token, a newline (or EOF, or a general comment that
// spans lines) becomes a SEMICOLON token when that token is an identifier, a literal, one of the keywords
// break continue fallthrough return, or one of ++ -- ) ] }. Its `lit` says what it stands for: "semicolon"
// for a written ';', "newline" or "EOF" for an inserted one, which is what syntax errors print.
//
// Two flavours of error text: 'compile' (cmd/compile, what `go build` prints for the file body) and
// 'goscanner' (go/scanner, what `go build` prints when the go command's own header parse fails; see
// golist.ts). Both are confirmed against Go 1.19.8 in tests/lang/diagnostics.test.ts.

import type { LitKind } from './token.ts';
import { lookupKeyword, Token } from './token.ts';

export type ScanFlavor = 'compile' | 'goscanner';

/** Receives lexical errors: byte offset, 1-based line and byte column, message. */
export type ScanErrorHandler = (offset: number, line: number, col: number, msg: string) => void;

export interface Comment {
  /** Byte offset of the opening // or slash-star. */
  pos: number;
  /** Byte offset just after the comment (before the newline of a line comment). */
  end: number;
  /** The comment's text, with its opening and closing marks. */
  text: string;
}

export interface ScannerOptions {
  flavor?: ScanFlavor;
  /** Collect comments in `comments`. */
  comments?: boolean;
  /**
   * Receives //go: directives: the byte offset after the //, whether only white space precedes the
   * comment on its line (cmd/compile's "blank"), and the text after the //.
   */
  directive?: (offset: number, blank: boolean, text: string) => void;
}

const EOF = -1;

/** ASCII letter or underscore. */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isDecimal(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function lower(c: number): number {
  return c | 0x20;
}

const unicodeLetter = /^\p{L}$/u;
const unicodeDigit = /^\p{Nd}$/u;
const unicodePrint = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** unicode.IsLetter (Unicode tables of the JS engine; Go 1.19 uses Unicode 13). */
export function isUnicodeLetter(r: number): boolean {
  return r < 0x80
    ? (r >= 97 && r <= 122) || (r >= 65 && r <= 90)
    : unicodeLetter.test(String.fromCodePoint(r));
}
/** unicode.IsDigit. */
export function isUnicodeDigit(r: number): boolean {
  return r < 0x80 ? isDecimal(r) : unicodeDigit.test(String.fromCodePoint(r));
}
/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  if (r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) return false;
  return unicodePrint.test(String.fromCodePoint(r));
}

function hex(n: number, width: number): string {
  return n.toString(16).toUpperCase().padStart(width, '0');
}

/** Go's %#U: "U+0040 '@'", or just "U+00A0" for a character that does not print. */
export function formatRuneU(r: number): string {
  const u = `U+${hex(r, 4)}`;
  return isPrint(r) ? `${u} '${String.fromCodePoint(r)}'` : u;
}

/** Go's %q of a rune (strconv.QuoteRune): 'a', '\n', '\x00', '\u00a0'. */
export function quoteRune(r: number): string {
  switch (r) {
    case 7:
      return "'\\a'";
    case 8:
      return "'\\b'";
    case 12:
      return "'\\f'";
    case 10:
      return "'\\n'";
    case 13:
      return "'\\r'";
    case 9:
      return "'\\t'";
    case 11:
      return "'\\v'";
    case 92:
      return "'\\\\'";
    case 39:
      return "'\\''";
  }
  if (r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) r = 0xfffd;
  if (isPrint(r)) return `'${String.fromCodePoint(r)}'`;
  if (r < 0x20 || r === 0x7f) return `'\\x${hex(r, 2).toLowerCase()}'`;
  if (r < 0x10000) return `'\\u${hex(r, 4).toLowerCase()}'`;
  return `'\\U${hex(r, 8).toLowerCase()}'`;
}

function baseName(base: number): string {
  switch (base) {
    case 2:
      return 'binary';
    case 8:
      return 'octal';
    case 10:
      return 'decimal';
    default:
      return 'hexadecimal';
  }
}

/** UTF-8 length of a code point (a lone surrogate counts 3, as WTF-8 would encode it). */
export function utf8Len(r: number): number {
  return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
}

/** Byte length of a JS string's UTF-8 encoding. */
export function utf8ByteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * Index of the first misplaced '_' in a number literal, or -1 (syntax.invalidSep): '_' must separate
 * successive digits, where a base prefix counts as a digit.
 */
export function invalidSep(x: string): number {
  let x1 = 32; // prefix char, we only care if it's 'x'
  let d = 46; // '.': previous was neither digit nor '_'
  let i = 0;
  if (x.length >= 2 && x.charCodeAt(0) === 48) {
    x1 = lower(x.charCodeAt(1));
    if (x1 === 120 || x1 === 111 || x1 === 98) {
      d = 48;
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    d = x.charCodeAt(i);
    if (d === 95) {
      if (p !== 48) return i;
    } else if (isDecimal(d) || (x1 === 120 && isHex(d))) {
      d = 48;
    } else {
      if (p === 95) return i - 1;
      d = 46;
    }
  }
  if (d === 95) return x.length - 1;
  return -1;
}

export class Scanner {
  // ---- current token, valid after next() ----
  tok: Token = Token.ILLEGAL;
  /** Byte offset of the token's first byte. */
  pos = 0;
  /** Byte offset just after the token. */
  end = 0;
  /** 1-based line and byte column of the token. */
  line = 1;
  col = 1;
  /** IDENT: the name; literals: the source text; SEMICOLON: "semicolon", "newline" or "EOF". */
  lit = '';
  /** For literals: whether a lexical error was reported inside it. */
  bad = false;
  litKind: LitKind = 'INT';

  /** Byte offsets of line starts seen so far (line n starts at lineStarts[n-1]). */
  readonly lineStarts: number[] = [0];
  readonly comments: Comment[] = [];

  private readonly src: string;
  private readonly errh: ScanErrorHandler;
  private readonly gs: boolean;
  private readonly keepComments: boolean;
  private readonly onDirective: ((offset: number, blank: boolean, text: string) => void) | null;
  /** Whether only white space precedes the current token (or comment) on its line. */
  private blank = false;

  // ---- reader state: ch is the character at UTF-16 index idx / byte offset off ----
  private idx = 0;
  private off = 0;
  private ch = 32;
  private chw = 0; // byte width of ch
  private chu = 0; // UTF-16 width of ch
  private cline = 1; // line of ch
  private lineOff = 0; // byte offset of ch's line
  private nlsemi = false;
  private startIdx = 0; // UTF-16 index of the token start

  constructor(src: string, errh: ScanErrorHandler, options: ScannerOptions = {}) {
    this.src = src;
    this.errh = errh;
    this.gs = options.flavor === 'goscanner';
    this.keepComments = options.comments === true;
    this.onDirective = options.directive ?? null;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading characters

  private error(msg: string): void {
    this.errh(this.off, this.cline, this.off - this.lineOff + 1, msg);
  }

  /** Error at a byte offset relative to the current token's start (on the token's line). */
  private errorAt(delta: number, msg: string): void {
    this.errh(this.pos + delta, this.line, this.col + delta, msg);
  }

  private nextch(): void {
    for (;;) {
      if (this.ch === 10) {
        this.idx += this.chu;
        this.off += this.chw;
        this.cline++;
        this.lineOff = this.off;
        this.lineStarts.push(this.off);
      } else {
        this.idx += this.chu;
        this.off += this.chw;
      }
      const src = this.src;
      if (this.idx >= src.length) {
        this.ch = EOF;
        this.chw = 0;
        this.chu = 0;
        return;
      }
      const c = src.charCodeAt(this.idx);
      if (c < 0x80) {
        this.ch = c;
        this.chw = 1;
        this.chu = 1;
        if (c === 0) {
          this.error(this.gs ? 'illegal character NUL' : 'invalid NUL character');
          continue;
        }
        return;
      }
      if (c >= 0xd800 && c < 0xe000) {
        const d = this.idx + 1 < src.length ? src.charCodeAt(this.idx + 1) : 0;
        if (c < 0xdc00 && d >= 0xdc00 && d < 0xe000) {
          this.ch = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          this.chw = 4;
          this.chu = 2;
          return;
        }
        // A lone surrogate cannot come from valid UTF-8.
        this.ch = 0xfffd;
        this.chw = 3;
        this.chu = 1;
        this.error(this.gs ? 'illegal UTF-8 encoding' : 'invalid UTF-8 encoding');
        continue;
      }
      this.ch = c;
      this.chw = c < 0x800 ? 2 : 3;
      this.chu = 1;
      if (c === 0xfeff) {
        if (this.off > 0)
          this.error(this.gs ? 'illegal byte order mark' : 'invalid BOM in the middle of the file');
        continue;
      }
      return;
    }
  }

  private segment(): string {
    return this.src.slice(this.startIdx, this.idx);
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens

  /** Advances to the next token. Never throws; lexical errors go to the error handler. */
  next(): void {
    const nlsemi = this.nlsemi;
    this.nlsemi = false;

    for (;;) {
      // skip white space
      const startLine = this.cline;
      const startCol = this.off - this.lineOff + 1;
      let ch = this.ch;
      while (ch === 32 || ch === 9 || (ch === 10 && !nlsemi) || ch === 13) {
        this.nextch();
        ch = this.ch;
      }

      // token start
      this.pos = this.off;
      this.line = this.cline;
      this.col = this.off - this.lineOff + 1;
      this.startIdx = this.idx;
      this.bad = false;
      this.blank = this.cline > startLine || startCol === 1;

      if (isLetter(ch) || (ch >= 0x80 && this.atIdentChar(true))) {
        this.nextch();
        this.ident();
        this.end = this.off;
        return;
      }

      switch (ch) {
        case EOF:
          if (nlsemi) {
            this.lit = 'EOF';
            this.tok = Token.SEMICOLON;
          } else {
            this.tok = Token.EOF;
          }
          break;
        case 10:
          this.nextch();
          this.lit = 'newline';
          this.tok = Token.SEMICOLON;
          break;
        case 48:
        case 49:
        case 50:
        case 51:
        case 52:
        case 53:
        case 54:
        case 55:
        case 56:
        case 57:
          this.number(false);
          break;
        case 34: // "
          this.stdString();
          break;
        case 96: // `
          this.rawString();
          break;
        case 39: // '
          this.rune();
          break;
        case 40:
          this.nextch();
          this.tok = Token.LPAREN;
          break;
        case 91:
          this.nextch();
          this.tok = Token.LBRACK;
          break;
        case 123:
          this.nextch();
          this.tok = Token.LBRACE;
          break;
        case 44:
          this.nextch();
          this.tok = Token.COMMA;
          break;
        case 59:
          this.nextch();
          this.lit = 'semicolon';
          this.tok = Token.SEMICOLON;
          break;
        case 41:
          this.nextch();
          this.nlsemi = true;
          this.tok = Token.RPAREN;
          break;
        case 93:
          this.nextch();
          this.nlsemi = true;
          this.tok = Token.RBRACK;
          break;
        case 125:
          this.nextch();
          this.nlsemi = true;
          this.tok = Token.RBRACE;
          break;
        case 58: // :
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.tok = Token.DEFINE;
          } else this.tok = Token.COLON;
          break;
        case 46: // .
          this.nextch();
          if (isDecimal(this.ch)) {
            this.number(true);
            break;
          }
          if (this.ch === 46) {
            if (this.src.charCodeAt(this.idx + 1) === 46) {
              this.nextch();
              this.nextch();
              this.tok = Token.ELLIPSIS;
              break;
            }
            if (!this.gs && this.src.charCodeAt(this.idx + 1) === 10) {
              // cmd/compile rewinds over ".." to return the first '.', and when a newline follows, the
              // rewind counts that newline twice: the rest of the file is one line further down. Go 1.19
              // reports later positions that way, so this scanner does too.
              this.cline++;
              this.lineOff = this.pos;
              this.lineStarts.push(this.pos);
            }
          }
          this.tok = Token.PERIOD;
          break;
        case 43: // +
          this.nextch();
          if (this.ch === 43) {
            this.nextch();
            this.nlsemi = true;
            this.tok = Token.INC;
          } else this.assignOp(Token.ADD, Token.ADD_ASSIGN);
          break;
        case 45: // -
          this.nextch();
          if (this.ch === 45) {
            this.nextch();
            this.nlsemi = true;
            this.tok = Token.DEC;
          } else this.assignOp(Token.SUB, Token.SUB_ASSIGN);
          break;
        case 42: // *
          this.nextch();
          this.assignOp(Token.MUL, Token.MUL_ASSIGN);
          break;
        case 47: // /
          if (this.gs && nlsemi && this.commentEndsLine()) {
            // go/scanner: the semicolon comes before a comment that runs to the end of the line
            this.lit = 'newline';
            this.tok = Token.SEMICOLON;
            break;
          }
          this.nextch();
          if (this.ch === 47) {
            this.nextch();
            this.lineComment();
            continue;
          }
          if (this.ch === 42) {
            this.nextch();
            const startLine = this.line;
            this.fullComment();
            if (this.cline > startLine && nlsemi) {
              // A multi-line comment acts like a newline.
              this.lit = 'newline';
              this.tok = Token.SEMICOLON;
              break;
            }
            continue;
          }
          this.assignOp(Token.QUO, Token.QUO_ASSIGN);
          break;
        case 37: // %
          this.nextch();
          this.assignOp(Token.REM, Token.REM_ASSIGN);
          break;
        case 38: // &
          this.nextch();
          if (this.ch === 38) {
            this.nextch();
            this.tok = Token.LAND;
          } else if (this.ch === 94) {
            this.nextch();
            this.assignOp(Token.AND_NOT, Token.AND_NOT_ASSIGN);
          } else this.assignOp(Token.AND, Token.AND_ASSIGN);
          break;
        case 124: // |
          this.nextch();
          if (this.ch === 124) {
            this.nextch();
            this.tok = Token.LOR;
          } else this.assignOp(Token.OR, Token.OR_ASSIGN);
          break;
        case 94: // ^
          this.nextch();
          this.assignOp(Token.XOR, Token.XOR_ASSIGN);
          break;
        case 60: // <
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.tok = Token.LEQ;
          } else if (this.ch === 60) {
            this.nextch();
            this.assignOp(Token.SHL, Token.SHL_ASSIGN);
          } else if (this.ch === 45) {
            this.nextch();
            this.tok = Token.ARROW;
          } else this.tok = Token.LSS;
          break;
        case 62: // >
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.tok = Token.GEQ;
          } else if (this.ch === 62) {
            this.nextch();
            this.assignOp(Token.SHR, Token.SHR_ASSIGN);
          } else this.tok = Token.GTR;
          break;
        case 61: // =
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.tok = Token.EQL;
          } else this.tok = Token.ASSIGN;
          break;
        case 33: // !
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.tok = Token.NEQ;
          } else this.tok = Token.NOT;
          break;
        case 126: // ~
          this.nextch();
          this.tok = Token.TILDE;
          break;
        default:
          this.error(`${this.gs ? 'illegal' : 'invalid'} character ${formatRuneU(ch)}`);
          this.nextch();
          continue;
      }
      this.end = this.off;
      return;
    }
  }

  /**
   * go/scanner's findLineEnd, at a '/': whether comments starting here reach the end of the line (or EOF)
   * with no other token in between.
   */
  private commentEndsLine(): boolean {
    const src = this.src;
    let j = this.idx + 1;
    for (;;) {
      const c = src.charCodeAt(j);
      if (c === 47) return true; // a line comment always ends the line
      if (c !== 42) return false;
      j++;
      for (;;) {
        if (j >= src.length) return true;
        const d = src.charCodeAt(j);
        if (d === 10) return true;
        j++;
        if (d === 42 && src.charCodeAt(j) === 47) {
          j++;
          break;
        }
      }
      while (src.charCodeAt(j) === 32 || src.charCodeAt(j) === 9 || src.charCodeAt(j) === 13) j++;
      if (j >= src.length || src.charCodeAt(j) === 10) return true;
      if (src.charCodeAt(j) !== 47) return false;
      j++;
    }
  }

  private assignOp(op: Token, assign: Token): void {
    if (this.ch === 61) {
      this.nextch();
      this.tok = assign;
    } else this.tok = op;
  }

  private ident(): void {
    while (isLetter(this.ch) || isDecimal(this.ch)) this.nextch();
    if (this.ch >= 0x80) {
      while (this.atIdentChar(false)) this.nextch();
    }
    const lit = this.segment();
    if (lit.length >= 2) {
      const c0 = lit.charCodeAt(0);
      if (c0 >= 97 && c0 <= 122) {
        const kw = lookupKeyword(lit);
        if (kw !== Token.IDENT) {
          this.nlsemi =
            kw === Token.BREAK || kw === Token.CONTINUE || kw === Token.FALLTHROUGH || kw === Token.RETURN;
          this.tok = kw;
          this.lit = lit;
          return;
        }
      }
    }
    this.nlsemi = true;
    this.lit = lit;
    this.tok = Token.IDENT;
  }

  private atIdentChar(first: boolean): boolean {
    const ch = this.ch;
    if (ch === EOF) return false;
    if (isUnicodeLetter(ch) || ch === 95) return true;
    if (isUnicodeDigit(ch)) {
      if (first) {
        if (this.gs) return false; // go/scanner: an illegal character
        this.error(`identifier cannot begin with digit ${formatRuneU(ch)}`);
      }
      return true;
    }
    if (ch >= 0x80) {
      if (this.gs) return false;
      this.error(`invalid character ${formatRuneU(ch)} in identifier`);
      return true;
    }
    return false;
  }

  /** Accepts { digit | '_' }; returns bit 0 for digits seen, bit 1 for separators. */
  private digits(base: number, invalid: { at: number } | null): number {
    let digsep = 0;
    if (base <= 10) {
      const max = 48 + base;
      while (isDecimal(this.ch) || this.ch === 95) {
        let ds = 1;
        if (this.ch === 95) ds = 2;
        else if (this.ch >= max && invalid !== null && invalid.at < 0) invalid.at = this.off - this.pos;
        digsep |= ds;
        this.nextch();
      }
    } else {
      while (isHex(this.ch) || this.ch === 95) {
        digsep |= this.ch === 95 ? 2 : 1;
        this.nextch();
      }
    }
    return digsep;
  }

  private number(seenPoint: boolean): void {
    let ok = true;
    let kind: LitKind = 'INT';
    let base = 10;
    let prefix = 0; // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
    let digsep = 0;
    const invalid = { at: -1 };

    if (!seenPoint) {
      if (this.ch === 48) {
        this.nextch();
        switch (lower(this.ch)) {
          case 120:
            this.nextch();
            base = 16;
            prefix = 120;
            break;
          case 111:
            this.nextch();
            base = 8;
            prefix = 111;
            break;
          case 98:
            this.nextch();
            base = 2;
            prefix = 98;
            break;
          default:
            base = 8;
            prefix = 48;
            digsep = 1; // leading 0
        }
      }
      digsep |= this.digits(base, invalid);
      if (this.ch === 46) {
        if (prefix === 111 || prefix === 98) {
          this.error(`invalid radix point in ${baseName(base)} literal`);
          ok = false;
        }
        this.nextch();
        seenPoint = true;
      }
    }

    if (seenPoint) {
      kind = 'FLOAT';
      digsep |= this.digits(base, invalid);
    }

    if ((digsep & 1) === 0 && ok) {
      this.error(`${baseName(base)} literal has no digits`);
      ok = false;
    }

    const e = lower(this.ch);
    if (e === 101 || e === 112) {
      if (ok) {
        if (e === 101 && prefix !== 0 && prefix !== 48) {
          this.error(`${quoteRune(this.ch)} exponent requires decimal mantissa`);
          ok = false;
        } else if (e === 112 && prefix !== 120) {
          this.error(`${quoteRune(this.ch)} exponent requires hexadecimal mantissa`);
          ok = false;
        }
      }
      this.nextch();
      kind = 'FLOAT';
      if (this.ch === 43 || this.ch === 45) this.nextch();
      digsep = this.digits(10, null) | (digsep & 2);
      if ((digsep & 1) === 0 && ok) {
        this.error('exponent has no digits');
        ok = false;
      }
    } else if (prefix === 120 && kind === 'FLOAT' && ok) {
      this.error("hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }

    if (this.ch === 105) {
      kind = 'IMAG';
      this.nextch();
    }

    this.setLit(kind, ok);

    if (kind === 'INT' && invalid.at >= 0 && ok) {
      this.errorAt(
        invalid.at,
        `invalid digit ${quoteRune(this.lit.charCodeAt(invalid.at))} in ${baseName(base)} literal`,
      );
      ok = false;
    }
    if ((digsep & 2) !== 0 && ok) {
      const i = invalidSep(this.lit);
      if (i >= 0) {
        this.errorAt(i, "'_' must separate successive digits");
        ok = false;
      }
    }
    this.bad = !ok;
  }

  private setLit(kind: LitKind, ok: boolean): void {
    this.nlsemi = true;
    this.tok =
      kind === 'INT'
        ? Token.INT
        : kind === 'FLOAT'
          ? Token.FLOAT
          : kind === 'IMAG'
            ? Token.IMAG
            : kind === 'CHAR'
              ? Token.CHAR
              : Token.STRING;
    this.lit = this.segment();
    this.bad = !ok;
    this.litKind = kind;
  }

  private rune(): void {
    let ok = true;
    this.nextch();
    if (this.gs) {
      let n = 0;
      for (;;) {
        const ch = this.ch;
        if (ch === 10 || ch === EOF) {
          if (ok) {
            this.errorAt(0, 'rune literal not terminated');
            ok = false;
          }
          break;
        }
        this.nextch();
        if (ch === 39) break;
        n++;
        if (ch === 92 && !this.escape(39)) ok = false;
      }
      if (ok && n !== 1) {
        this.errorAt(0, 'illegal rune literal');
        ok = false;
      }
      this.setLit('CHAR', ok);
      return;
    }
    for (let n = 0; ; n++) {
      if (this.ch === 39) {
        if (ok) {
          if (n === 0) {
            this.error("empty rune literal or unescaped '");
            ok = false;
          } else if (n !== 1) {
            this.errorAt(0, 'more than one character in rune literal');
            ok = false;
          }
        }
        this.nextch();
        break;
      }
      if (this.ch === 92) {
        this.nextch();
        if (!this.escape(39)) ok = false;
        continue;
      }
      if (this.ch === 10) {
        if (ok) {
          this.error('newline in rune literal');
          ok = false;
        }
        break;
      }
      if (this.ch === EOF) {
        if (ok) {
          this.errorAt(0, 'rune literal not terminated');
          ok = false;
        }
        break;
      }
      this.nextch();
    }
    this.setLit('CHAR', ok);
  }

  private stdString(): void {
    let ok = true;
    this.nextch();
    for (;;) {
      if (this.ch === 34) {
        this.nextch();
        break;
      }
      if (this.ch === 92) {
        this.nextch();
        if (!this.escape(34)) ok = false;
        continue;
      }
      if (this.ch === 10) {
        if (this.gs) this.errorAt(0, 'string literal not terminated');
        else this.error('newline in string');
        ok = false;
        break;
      }
      if (this.ch === EOF) {
        this.errorAt(0, this.gs ? 'string literal not terminated' : 'string not terminated');
        ok = false;
        break;
      }
      this.nextch();
    }
    this.setLit('STRING', ok);
  }

  private rawString(): void {
    let ok = true;
    this.nextch();
    for (;;) {
      if (this.ch === 96) {
        this.nextch();
        break;
      }
      if (this.ch === EOF) {
        this.errorAt(0, this.gs ? 'raw string literal not terminated' : 'string not terminated');
        ok = false;
        break;
      }
      this.nextch();
    }
    this.setLit('STRING', ok);
  }

  private lineComment(): void {
    // "//" has been consumed; the newline is left for semicolon insertion.
    while (this.ch !== EOF && this.ch !== 10) this.nextch();
    if (this.keepComments) this.comments.push({ pos: this.pos, end: this.off, text: this.segment() });
    if (this.onDirective !== null && this.src.startsWith('//go:', this.startIdx)) {
      let text = this.src.slice(this.startIdx + 2, this.idx);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      this.onDirective(this.pos + 2, this.blank, text);
    }
  }

  private fullComment(): void {
    // "/*" has been consumed.
    let ch = this.ch;
    while (ch !== EOF) {
      if (ch === 42) {
        this.nextch();
        if (this.ch === 47) {
          this.nextch();
          if (this.keepComments) this.comments.push({ pos: this.pos, end: this.off, text: this.segment() });
          return;
        }
      } else this.nextch();
      ch = this.ch;
    }
    this.errorAt(0, 'comment not terminated');
  }

  /** Scans an escape after '\'; reports an error and returns false if it is invalid. */
  private escape(quote: number): boolean {
    let n: number;
    let base: number;
    let max: number;
    const escOff = this.off;
    const escLine = this.cline;
    const escCol = this.off - this.lineOff + 1;
    const ch = this.ch;
    switch (ch) {
      case quote:
      case 97:
      case 98:
      case 102:
      case 110:
      case 114:
      case 116:
      case 118:
      case 92:
        this.nextch();
        return true;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
        n = 3;
        base = 8;
        max = 255;
        break;
      case 120:
        this.nextch();
        n = 2;
        base = 16;
        max = 255;
        break;
      case 117:
        this.nextch();
        n = 4;
        base = 16;
        max = 0x10ffff;
        break;
      case 85:
        this.nextch();
        n = 8;
        base = 16;
        max = 0x10ffff;
        break;
      default:
        if (this.gs) {
          this.errh(
            escOff,
            escLine,
            escCol,
            ch === EOF ? 'escape sequence not terminated' : 'unknown escape sequence',
          );
          return false;
        }
        if (ch === EOF) return true; // the caller reports the EOF
        this.error('unknown escape');
        return false;
    }

    let x = 0;
    for (let i = n; i > 0; i--) {
      if (this.ch === EOF) {
        if (this.gs) {
          this.error('escape sequence not terminated');
          return false;
        }
        return true; // the caller reports the EOF
      }
      let d = base;
      if (isDecimal(this.ch)) d = this.ch - 48;
      else if (lower(this.ch) >= 97 && lower(this.ch) <= 102) d = lower(this.ch) - 97 + 10;
      if (d >= base) {
        this.error(
          this.gs
            ? `illegal character ${formatRuneU(this.ch)} in escape sequence`
            : `invalid character ${quoteRune(this.ch)} in ${baseName(base)} escape`,
        );
        return false;
      }
      x = x * base + d;
      this.nextch();
    }

    if (this.gs) {
      if (x > max || (x >= 0xd800 && x < 0xe000)) {
        this.errh(escOff, escLine, escCol, 'escape sequence is invalid Unicode code point');
        return false;
      }
      return true;
    }
    if (x > max && base === 8) {
      this.error(`octal escape value ${x} > 255`);
      return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.error(`escape is invalid Unicode code point ${formatRuneU(x)}`);
      return false;
    }
    return true;
  }
}

/** A token as `scanTokens` lists it, for tests and tools. */
export interface ScannedToken {
  tok: Token;
  pos: number;
  end: number;
  line: number;
  col: number;
  lit: string;
}

/** Scans a whole source into a token list (EOF last) and the lexical errors, with the compile flavour. */
export function scanTokens(
  src: string,
  options: ScannerOptions = {},
): { tokens: ScannedToken[]; errors: { offset: number; line: number; col: number; msg: string }[] } {
  const errors: { offset: number; line: number; col: number; msg: string }[] = [];
  const s = new Scanner(src, (offset, line, col, msg) => errors.push({ offset, line, col, msg }), options);
  const tokens: ScannedToken[] = [];
  for (;;) {
    s.next();
    tokens.push({ tok: s.tok, pos: s.pos, end: s.end, line: s.line, col: s.col, lit: tokenLit(s) });
    if (s.tok === Token.EOF) break;
  }
  return { tokens, errors };
}

function tokenLit(s: Scanner): string {
  switch (s.tok) {
    case Token.IDENT:
    case Token.INT:
    case Token.FLOAT:
    case Token.IMAG:
    case Token.CHAR:
    case Token.STRING:
    case Token.SEMICOLON:
      return s.lit;
  }
  return '';
}
