// The go command's own look at a file before it runs the compiler. `go build` first loads the package:
// go/build reads the file header (package clause and imports) with a small byte reader, then parses that
// header with go/parser in ImportsOnly mode. If that parse fails, the go command prints the first error,
// in go/scanner and go/parser wording ("expected 'STRING', found newline", "string literal not
// terminated"), and never starts the compiler. This module reproduces that step so heaplab shows the same
// message as `go build` for a broken header.
//
// Modelled on go/build/read.go (importReader, readGoInfo) and the package-clause and import parts of
// go/parser (parseFile, parseGenDecl, parseImportSpec, expect, expectSemi, errorExpected).

import { positionAt } from './ast.ts';
import type { Diagnostic } from './errors.ts';
import { stopset } from './parser.ts';
import { Scanner, utf8ByteLength } from './scanner.ts';
import { Token, tokenText } from './token.ts';

/** isIdent of go/build's reader: ASCII letters, digits, '_' and any non-ASCII byte. */
function isIdentByte(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 0x80;
}

/**
 * go/build's importReader: returns the UTF-16 length of the header it hands to go/parser (all of the
 * source if the reader found a syntax error).
 */
function headerLength(src: string): number {
  let i = 0; // next unread index
  let peek = 0; // lookahead character already read, or 0
  let err = false;
  let eof = false;

  const readByte = (): number => {
    if (i >= src.length) {
      eof = true;
      return 0;
    }
    return src.charCodeAt(i++);
  };
  const syntaxError = (): void => {
    err = true;
  };
  const peekByte = (skipSpace: boolean): number => {
    if (err) return 0;
    let c = peek;
    if (c === 0) c = readByte();
    while (!err && !eof) {
      if (skipSpace) {
        // semicolons are treated as spaces
        if (c === 32 || c === 12 || c === 9 || c === 13 || c === 10 || c === 59) {
          c = readByte();
          continue;
        }
        if (c === 47) {
          c = readByte();
          if (c === 47) {
            while (c !== 10 && !err && !eof) c = readByte();
          } else if (c === 42) {
            let c1 = 0;
            while ((c !== 42 || c1 !== 47) && !err) {
              if (eof) syntaxError();
              c = c1;
              c1 = readByte();
            }
          } else {
            syntaxError();
          }
          c = readByte();
          continue;
        }
      }
      break;
    }
    peek = c;
    return peek;
  };
  const nextByte = (skipSpace: boolean): number => {
    const c = peekByte(skipSpace);
    peek = 0;
    return c;
  };
  const readKeyword = (kw: string): void => {
    peekByte(true);
    for (let k = 0; k < kw.length; k++) {
      if (nextByte(false) !== kw.charCodeAt(k)) {
        syntaxError();
        return;
      }
    }
    if (isIdentByte(peekByte(false))) syntaxError();
  };
  const readIdent = (): void => {
    const c = peekByte(true);
    if (!isIdentByte(c)) {
      syntaxError();
      return;
    }
    while (isIdentByte(peekByte(false))) peek = 0;
  };
  const readString = (): void => {
    switch (nextByte(true)) {
      case 96: // `
        while (!err) {
          if (nextByte(false) === 96) break;
          if (eof) syntaxError();
        }
        break;
      case 34: // "
        while (!err) {
          const c = nextByte(false);
          if (c === 34) break;
          if (eof || c === 10) syntaxError();
          if (c === 92) nextByte(false);
        }
        break;
      default:
        syntaxError();
    }
  };
  const readImport = (): void => {
    const c = peekByte(true);
    if (c === 46) peek = 0;
    else if (isIdentByte(c)) readIdent();
    readString();
  };

  readKeyword('package');
  readIdent();
  while (peekByte(true) === 105) {
    readKeyword('import');
    if (peekByte(true) === 40) {
      nextByte(false);
      while (peekByte(true) !== 41 && !err) readImport();
      nextByte(false);
    } else {
      readImport();
    }
  }
  if (err) return src.length;
  // Stopped before EOF: the last byte read told the reader it was done; it is not part of the header.
  return eof ? i : i - 1;
}

const simpleEscapes: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
};

/** strconv.Unquote of a string literal, or null if it is not a valid one. */
function unquote(lit: string): string | null {
  if (lit.length < 2) return null;
  if (lit[0] === '`') return lit.endsWith('`') ? lit.slice(1, -1).replace(/\r/g, '') : null;
  if (lit[0] !== '"' || !lit.endsWith('"')) return null;
  const body = lit.slice(1, -1);
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i++];
    if (c === '"' || c === '\n') return null;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[i++] ?? '';
    const simple = simpleEscapes[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    // \x, \u, \U take 2, 4 or 8 hex digits; an octal escape is 3 octal digits starting at e
    const hexWidth = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    let v: number;
    if (hexWidth > 0) {
      const digits = body.slice(i, i + hexWidth);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hexWidth) return null;
      v = Number.parseInt(digits, 16);
      i += hexWidth;
    } else {
      const digits = body.slice(i - 1, i + 2);
      if (!/^[0-7]{3}$/.test(digits)) return null;
      v = Number.parseInt(digits, 8);
      i += 2;
    }
    if ((e === 'x' || hexWidth === 0) && v > 255) return null;
    if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) return null;
    out += String.fromCodePoint(v);
  }
  return out;
}

const graphic = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u;
const space = /^[\s\u0085]$/u;

/** go/parser's isValidImport: a non-empty path of graphic, non-space characters, none of !"#$%&'()*,:;<=>?[\]^{|}` or U+FFFD. */
function isValidImport(lit: string): boolean {
  const illegal = '!"#$%&\'()*,:;<=>?[\\]^{|}`\uFFFD';
  const s = unquote(lit);
  if (s === null || s === '') return false;
  for (const ch of s) {
    if (!graphic.test(ch) || space.test(ch) || illegal.includes(ch)) return false;
  }
  return true;
}

interface RawError {
  offset: number;
  line: number;
  msg: string;
}

/**
 * The error `go build` reports for the file header, or null when the go command accepts the header and
 * hands the file to the compiler.
 */
export function goListHeaderError(src: string): Diagnostic | null {
  const header = src.slice(0, headerLength(src));
  const errors: RawError[] = [];
  const s = new Scanner(header, (offset, line, _col, msg) => errors.push({ offset, line, msg }), {
    flavor: 'goscanner',
  });

  const tk = (): Token => s.tok;

  // go/parser drops a parser error on the line of the previous error (of any kind).
  const parserError = (offset: number, msg: string): void => {
    const line = positionAt(s.lineStarts, offset).line;
    if (errors.length > 0 && errors[errors.length - 1].line === line) return;
    errors.push({ offset, line, msg });
  };
  const errorExpected = (what: string): void => {
    let msg = `expected ${what}`;
    if (tk() === Token.SEMICOLON && s.lit !== 'semicolon') msg += ', found newline';
    else if (tk() >= Token.IDENT && tk() <= Token.STRING) msg += `, found ${s.lit}`;
    else msg += `, found '${tk() === Token.EOF ? 'EOF' : tokenText[tk()]}'`;
    parserError(s.pos, msg);
  };
  const tokName = (t: Token): string =>
    t === Token.IDENT ? 'IDENT' : t === Token.STRING ? 'STRING' : tokenText[t];
  const expect = (t: Token): void => {
    if (tk() !== t) errorExpected(`'${tokName(t)}'`);
    s.next(); // make progress
  };
  const stmtStart = stopset; // go/parser's stmtStart
  const expectSemi = (): void => {
    if (tk() === Token.RPAREN || tk() === Token.RBRACE) return; // optional before a closing ) or }
    switch (tk()) {
      case Token.COMMA:
        errorExpected("';'");
        s.next();
        return;
      case Token.SEMICOLON:
        s.next();
        return;
      default:
        errorExpected("';'");
        while (tk() !== Token.EOF && !stmtStart.has(tk())) s.next();
    }
  };
  const importSpec = (): void => {
    if (tk() === Token.PERIOD) s.next();
    else if (tk() === Token.IDENT) s.next();
    if (tk() === Token.STRING) {
      if (!isValidImport(s.lit)) parserError(s.pos, `invalid import path: ${s.lit}`);
      s.next();
    } else {
      expect(Token.STRING);
    }
    expectSemi();
  };

  s.next();
  expect(Token.PACKAGE);
  if (tk() === Token.IDENT) s.next();
  else expect(Token.IDENT);
  expectSemi();
  if (errors.length === 0) {
    while (tk() === Token.IMPORT) {
      s.next();
      if (tk() === Token.LPAREN) {
        s.next();
        while (tk() !== Token.RPAREN && tk() !== Token.EOF) importSpec();
        expect(Token.RPAREN);
        expectSemi();
      } else {
        importSpec();
      }
    }
  }
  if (errors.length === 0) return null;

  // go/token drops a line start at the very end of the file: an error at EOF after a final newline is
  // reported at the end of the previous line.
  const size = utf8ByteLength(header);
  const starts = s.lineStarts.filter((o) => o < size || o === 0);
  const first = errors
    .map((e) => ({ e, p: positionAt(starts, e.offset) }))
    .sort(
      (a, b) =>
        a.p.line - b.p.line || a.p.col - b.p.col || (a.e.msg < b.e.msg ? -1 : a.e.msg > b.e.msg ? 1 : 0),
    )[0];
  return {
    line: first.p.line,
    col: first.p.col,
    offset: first.e.offset,
    message: first.e.msg,
    severity: 'error',
  };
}
