// The scanner against the Go 1.19 lexical grammar: token kinds, literal boundaries, automatic
// semicolons, byte positions, and lexical errors. Error texts and positions are the ones cmd/compile
// prints (confirmed against go1.19.8, see diagnostic-cases.ts for the end-to-end versions).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatRuneU, quoteRune, scanTokens, utf8ByteLength } from '../../src/lang/scanner.ts';
import { Token, tokenString } from '../../src/lang/token.ts';

/** The tokens of src as compact strings: IDENT(x), INT(0x1F), ;(newline), +, ... (EOF omitted). */
function toks(src: string): string[] {
  const { tokens } = scanTokens(src);
  return tokens
    .filter((t) => t.tok !== Token.EOF)
    .map((t) => (t.lit !== '' ? `${tokenString(t.tok)}(${t.lit})` : tokenString(t.tok)));
}

function errs(src: string): string[] {
  return scanTokens(src).errors.map((e) => `${e.line}:${e.col}: ${e.msg}`);
}

describe('scanner: tokens', () => {
  it('scans every operator and delimiter', () => {
    const ops =
      '+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :';
    // a written ';' is SEMICOLON with lit "semicolon"; the last ':' is followed by no automatic one
    const got = toks(ops).map((t) => t.replace(';(semicolon)', ';'));
    assert.deepEqual(got, ops.split(' '));
  });

  it('scans all 25 keywords and tells identifiers apart', () => {
    const kws =
      'break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var';
    assert.deepEqual(toks(kws).slice(0, 25), kws.split(' '));
    assert.deepEqual(toks('breaks _x x1 Ünïcödé αβ'), [
      'IDENT(breaks)',
      'IDENT(_x)',
      'IDENT(x1)',
      'IDENT(Ünïcödé)',
      'IDENT(αβ)',
      ';(EOF)',
    ]);
  });

  const numbers: [string, string][] = [
    ['0', 'INT'],
    ['42', 'INT'],
    ['4_2', 'INT'],
    ['0600', 'INT'],
    ['0_600', 'INT'],
    ['0o600', 'INT'],
    ['0O600', 'INT'],
    ['0xBadFace', 'INT'],
    ['0xBad_Face', 'INT'],
    ['0x_67_7a_2f_cc_40_c6', 'INT'],
    ['0b1011', 'INT'],
    ['170141183460469231731687303715884105727', 'INT'],
    ['0.', 'FLOAT'],
    ['72.40', 'FLOAT'],
    ['072.40', 'FLOAT'],
    ['2.71828', 'FLOAT'],
    ['1.e+0', 'FLOAT'],
    ['6.67428e-11', 'FLOAT'],
    ['1E6', 'FLOAT'],
    ['.25', 'FLOAT'],
    ['.12345E+5', 'FLOAT'],
    ['1_5.', 'FLOAT'],
    ['0.15e+0_2', 'FLOAT'],
    ['0x1p-2', 'FLOAT'],
    ['0x2.p10', 'FLOAT'],
    ['0x1.Fp+0', 'FLOAT'],
    ['0X.8p-0', 'FLOAT'],
    ['0X_1FFFP-16', 'FLOAT'],
    ['089.', 'FLOAT'], // a float, so 8 and 9 are fine
    ['0i', 'IMAG'],
    ['0123i', 'IMAG'],
    ['0o123i', 'IMAG'],
    ['0xabci', 'IMAG'],
    ['2.71828i', 'IMAG'],
    ['1.e+0i', 'IMAG'],
    ['6.67428e-11i', 'IMAG'],
    ['1E6i', 'IMAG'],
    ['.25i', 'IMAG'],
    ['0x1p-2i', 'IMAG'],
  ];
  for (const [lit, kind] of numbers) {
    it(`number ${lit} is one ${kind} token`, () => {
      const { tokens, errors } = scanTokens(lit);
      assert.deepEqual(errors, []);
      assert.equal(tokenString(tokens[0].tok), kind);
      assert.equal(tokens[0].lit, lit);
    });
  }

  it('splits numbers where Go does', () => {
    assert.deepEqual(toks('1..2'), ['FLOAT(1.)', 'FLOAT(.2)', ';(EOF)']);
    assert.deepEqual(toks('x.y.z'), ['IDENT(x)', '.', 'IDENT(y)', '.', 'IDENT(z)', ';(EOF)']);
    assert.deepEqual(toks('a[1:]'), ['IDENT(a)', '[', 'INT(1)', ':', ']', ';(EOF)']);
    assert.deepEqual(toks('0x1e+2'), ['INT(0x1e)', '+', 'INT(2)', ';(EOF)']);
    assert.deepEqual(toks('f(xs...)'), ['IDENT(f)', '(', 'IDENT(xs)', '...', ')', ';(EOF)']);
  });

  const runes = [
    "'a'",
    "'ä'",
    "'本'",
    "'\\t'",
    "'\\000'",
    "'\\007'",
    "'\\377'",
    "'\\x07'",
    "'\\xff'",
    "'\\u12e4'",
    "'\\U00101234'",
    "'\\''",
    "'\"'",
    "'😀'",
  ];
  for (const r of runes) {
    it(`rune literal ${r}`, () => {
      const { tokens, errors } = scanTokens(r);
      assert.deepEqual(errors, []);
      assert.equal(tokens[0].tok, Token.CHAR);
      assert.equal(tokens[0].lit, r);
    });
  }

  const strings = [
    '`abc`',
    '`\\n\n\\n`',
    '"\\n"',
    '"\\""',
    '"Hello, world!\\n"',
    '"日本語"',
    '"\\u65e5本\\U00008a9e"',
    '"\\xff\\u00FF"',
    '""',
    '``',
  ];
  for (const s of strings) {
    it(`string literal ${JSON.stringify(s)}`, () => {
      const { tokens, errors } = scanTokens(s);
      assert.deepEqual(errors, []);
      assert.equal(tokens[0].tok, Token.STRING);
      assert.equal(tokens[0].lit, s);
    });
  }

  it('skips comments; a general comment spanning lines acts as a newline', () => {
    assert.deepEqual(toks('a // c\nb'), ['IDENT(a)', ';(newline)', 'IDENT(b)', ';(EOF)']);
    assert.deepEqual(toks('a /* c */ b'), ['IDENT(a)', 'IDENT(b)', ';(EOF)']);
    assert.deepEqual(toks('a /* c\n */ b'), ['IDENT(a)', ';(newline)', 'IDENT(b)', ';(EOF)']);
    assert.deepEqual(toks('a + /* c\n */ b'), ['IDENT(a)', '+', 'IDENT(b)', ';(EOF)']);
  });

  it('collects comments when asked', () => {
    const src = 'package p // one\n/* two */\n';
    const { tokens } = scanTokens(src);
    assert.ok(tokens.length > 0);
    const s = scanTokens(src, { comments: true });
    assert.ok(s.tokens.length > 0);
  });
});

describe('scanner: automatic semicolons', () => {
  const cases: [string, string[]][] = [
    ['x\ny', ['IDENT(x)', ';(newline)', 'IDENT(y)', ';(EOF)']],
    ['x +\ny', ['IDENT(x)', '+', 'IDENT(y)', ';(EOF)']],
    ['f(\n)\n', ['IDENT(f)', '(', ')', ';(newline)']],
    ['a[i]\n', ['IDENT(a)', '[', 'IDENT(i)', ']', ';(newline)']],
    ['}\n', ['}', ';(newline)']],
    ['{\n', ['{']],
    ['i++\n', ['IDENT(i)', '++', ';(newline)']],
    ['i--\n', ['IDENT(i)', '--', ';(newline)']],
    ['1\n', ['INT(1)', ';(newline)']],
    ['1.5\n', ['FLOAT(1.5)', ';(newline)']],
    ['2i\n', ['IMAG(2i)', ';(newline)']],
    ["'a'\n", ["CHAR('a')", ';(newline)']],
    ['"s"\n', ['STRING("s")', ';(newline)']],
    ['`s`\n', ['STRING(`s`)', ';(newline)']],
    ['return\n', ['return', ';(newline)']],
    ['break\n', ['break', ';(newline)']],
    ['continue\n', ['continue', ';(newline)']],
    ['fallthrough\n', ['fallthrough', ';(newline)']],
    ['goto\n', ['goto']],
    ['if\n', ['if']],
    ['func\n', ['func']],
    ['x // comment\n', ['IDENT(x)', ';(newline)']],
    ['x /* one line */\n', ['IDENT(x)', ';(newline)']],
    ['x;y', ['IDENT(x)', ';(semicolon)', 'IDENT(y)', ';(EOF)']],
    ['x', ['IDENT(x)', ';(EOF)']],
    ['x\n\n\ny', ['IDENT(x)', ';(newline)', 'IDENT(y)', ';(EOF)']],
    ['x\r\ny\r\n', ['IDENT(x)', ';(newline)', 'IDENT(y)', ';(newline)']],
    [')', [')', ';(EOF)']],
    ['(', ['(']],
  ];
  for (const [src, want] of cases) {
    it(JSON.stringify(src), () => assert.deepEqual(toks(src), want));
  }
});

describe('scanner: positions', () => {
  it('counts columns in UTF-8 bytes, as the go tool does', () => {
    const { tokens } = scanTokens('s := "é" + x\n\tπ := 1');
    const at = (lit: string) => tokens.find((t) => t.lit === lit)!;
    assert.deepEqual([at('x').line, at('x').col, at('x').pos], [1, 13, 12]); // "é" is 2 bytes, 1 UTF-16 unit
    assert.deepEqual([at('π').line, at('π').col, at('π').pos], [2, 2, 15]);
    assert.deepEqual([at('1').line, at('1').col], [2, 8]); // π is 2 bytes
    const emoji = scanTokens('"😀" + y').tokens.find((t) => t.lit === 'y')!;
    assert.equal(emoji.col, 10); // 😀 is 4 bytes (2 UTF-16 units)
  });

  it('reports a newline semicolon at the newline and EOF at the end', () => {
    const { tokens } = scanTokens('ab\ncd');
    assert.deepEqual(
      tokens.map((t) => [t.line, t.col, t.pos]),
      [
        [1, 1, 0],
        [1, 3, 2],
        [2, 1, 3],
        [2, 3, 5],
        [2, 3, 5],
      ],
    );
  });

  it('keeps token ends in bytes', () => {
    const t = scanTokens('"日本" x').tokens;
    assert.deepEqual([t[0].pos, t[0].end, t[1].pos], [0, 8, 9]);
  });

  it('measures UTF-8 length', () => {
    assert.equal(utf8ByteLength('aé日😀'), 1 + 2 + 3 + 4);
  });
});

describe('scanner: lexical errors (cmd/compile wording)', () => {
  const cases: [string, string[]][] = [
    ['x := "abc\ny', ['1:10: newline in string']],
    ['"abc', ['1:1: string not terminated']],
    ['`abc', ['1:1: string not terminated']],
    ["'ab'", ['1:1: more than one character in rune literal']],
    ["''", ["1:2: empty rune literal or unescaped '"]],
    ["'a\n", ['1:3: newline in rune literal']],
    ["'a", ['1:1: rune literal not terminated']],
    ['@', ["1:1: invalid character U+0040 '@'"]],
    ['x\u00a0y', ['1:2: invalid character U+00A0 in identifier']],
    ['#', ["1:1: invalid character U+0023 '#'"]],
    ['"\\q"', ['1:3: unknown escape']],
    ["'\\400'", ['1:6: octal escape value 256 > 255']],
    ['"\\xZZ"', ["1:4: invalid character 'Z' in hexadecimal escape"]],
    ['"\\u00"', ["1:6: invalid character '\"' in hexadecimal escape"]],
    ['"\\UFFFFFFFF"', ['1:12: escape is invalid Unicode code point U+FFFFFFFF']],
    ['"\\uDFFF"', ['1:8: escape is invalid Unicode code point U+DFFF']],
    ['08', ["1:2: invalid digit '8' in octal literal"]],
    ['0o8', ["1:3: invalid digit '8' in octal literal"]],
    ['0b2', ["1:3: invalid digit '2' in binary literal"]],
    ['0x', ['1:3: hexadecimal literal has no digits']],
    ['0b', ['1:3: binary literal has no digits']],
    ['0o', ['1:3: octal literal has no digits']],
    ['1_', ["1:2: '_' must separate successive digits"]],
    ['1__2', ["1:3: '_' must separate successive digits"]],
    ['0x_', ['1:4: hexadecimal literal has no digits']],
    ['0_x', ["1:2: '_' must separate successive digits"]], // then the identifier x
    ['0x1.5', ["1:6: hexadecimal mantissa requires a 'p' exponent"]],
    ['1p3', ["1:2: 'p' exponent requires hexadecimal mantissa"]],
    ['0o7e3', ["1:4: 'e' exponent requires decimal mantissa"]],
    ['1e', ['1:3: exponent has no digits']],
    ['0x1p', ['1:5: exponent has no digits']],
    ['0b1.0', ['1:4: invalid radix point in binary literal']],
    ['/* x', ['1:1: comment not terminated']],
    ['x\u0000y', ['1:2: invalid NUL character']],
    ['\uFEFFx', []],
    ['x\uFEFF', ['1:2: invalid BOM in the middle of the file']],
    ['x\uD800y', ['1:2: invalid UTF-8 encoding']],
    ['٣x', ["1:1: identifier cannot begin with digit U+0663 '٣'"]],
  ];
  for (const [src, want] of cases) {
    it(JSON.stringify(src), () => assert.deepEqual(errs(src), want));
  }

  it('marks a literal with an error as bad and still returns it whole', () => {
    const { tokens } = scanTokens('08 + 1');
    assert.equal(tokens[0].lit, '08');
    assert.equal(tokens[1].tok, Token.ADD);
  });

  it('formats runes like Go', () => {
    assert.equal(formatRuneU(0x40), "U+0040 '@'");
    assert.equal(formatRuneU(0xa0), 'U+00A0');
    assert.equal(formatRuneU(0x1f600), "U+1F600 '😀'");
    assert.equal(quoteRune(0x38), "'8'");
    assert.equal(quoteRune(10), "'\\n'");
    assert.equal(quoteRune(0), "'\\x00'");
    assert.equal(quoteRune(0xa0), "'\\u00a0'");
    assert.equal(quoteRune(39), "'\\''");
  });
});
