// Exact constant arithmetic (src/lang/constant.ts), with expectations from
// the Go specification and real Go 1.19 behaviour.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  binaryOp,
  compare,
  float64Of,
  makeInt,
  makeString,
  parseNumber,
  representable,
  shift,
  unaryOp,
  unquote,
  type Value,
} from '../../src/lang/constant.ts';

const show = (v: Value) =>
  v.kind === 'int'
    ? `int ${v.v}`
    : v.kind === 'float'
      ? `float ${v.v.num}/${v.v.den}`
      : v.kind === 'complex'
        ? `complex ${v.re.num}/${v.re.den} ${v.im.num}/${v.im.den}`
        : v.kind === 'string'
          ? `string ${[...v.v].map((c) => c.charCodeAt(0).toString(16)).join(' ')}`
          : `${v.kind}${'v' in v ? ` ${v.v}` : ''}`;

describe('literals', () => {
  const cases: [string, string][] = [
    ['42', 'int 42'],
    ['0b1010', 'int 10'],
    ['0o17', 'int 15'],
    ['017', 'int 15'],
    ['0x_FF', 'int 255'],
    ['1_000_000', 'int 1000000'],
    ['1e3', 'float 1000/1'],
    ['.5', 'float 1/2'],
    ['1.', 'float 1/1'],
    ['0.1', 'float 1/10'],
    ['0x1p-2', 'float 1/4'],
    ['0x1.8p1', 'float 3/1'],
    ['2.5e-3', 'float 1/400'],
    ['3i', 'complex 0/1 3/1'],
    ['18446744073709551616', 'int 18446744073709551616'],
  ];
  for (const [src, want] of cases) it(src, () => assert.equal(show(parseNumber(src)), want));

  const strs: [string, string][] = [
    ['"abc"', 'string 61 62 63'],
    ['"é"', 'string c3 a9'],
    ['"\\u00e9"', 'string c3 a9'],
    ['"\\xff\\000"', 'string ff 0'],
    ['"\\t\\n\\\\\\""', 'string 9 a 5c 22'],
    ['`a\\n\r`', 'string 61 5c 6e'],
    ["'a'", 'int 97'],
    ["'\\n'", 'int 10'],
    ["'世'", 'int 19990'],
    ["'\\U0001F600'", 'int 128512'],
    ["'\\377'", 'int 255'],
  ];
  for (const [src, want] of strs) it(src, () => assert.equal(show(unquote(src)), want));
});

describe('arithmetic is exact until conversion', () => {
  it('big shifts and division', () => {
    assert.equal(show(shift(shift(makeInt(1), '<<', 100), '>>', 98)), 'int 4');
    assert.equal(show(binaryOp(makeInt(7), '/', makeInt(2), true)), 'int 3');
    assert.equal(show(binaryOp(makeInt(-7), '/', makeInt(2), true)), 'int -3', 'truncated toward zero');
    assert.equal(show(binaryOp(makeInt(-7), '%', makeInt(2))), 'int -1');
    assert.equal(show(binaryOp(makeInt(7), '/', parseNumber('2.0'))), 'float 7/2');
    assert.equal(binaryOp(makeInt(1), '/', makeInt(0), true).kind, 'unknown');
  });
  it('0.1 + 0.2 == 0.3 exactly for constants (unlike float64 at run time)', () => {
    const s = binaryOp(parseNumber('0.1'), '+', parseNumber('0.2'));
    assert.equal(compare(s, '==', parseNumber('0.3')), true);
    assert.equal(float64Of(s), 0.3);
  });
  it('^ complements within a typed unsigned width, otherwise as -x-1', () => {
    assert.equal(show(unaryOp('^', makeInt(0), 8)), 'int 255');
    assert.equal(show(unaryOp('^', makeInt(5))), 'int -6');
  });
  it('strings concatenate and compare by bytes', () => {
    assert.equal(show(binaryOp(makeString('a'), '+', makeString('b'))), 'string 61 62');
    assert.equal(compare(makeString('Z'), '<', makeString('a')), true);
  });
  it('complex arithmetic', () => {
    const i = parseNumber('1i');
    assert.equal(show(binaryOp(i, '*', i)), 'complex -1/1 0/1');
    assert.equal(compare(binaryOp(i, '*', i), '==', makeInt(-1)), true);
  });
});

describe('representability (Go: representableConst)', () => {
  const cases: [string, string, boolean][] = [
    ['255', 'uint8', true],
    ['256', 'uint8', false],
    ['-1', 'uint', false],
    ['-128', 'int8', true],
    ['9223372036854775807', 'int', true],
    ['9223372036854775808', 'int', false],
    ['18446744073709551615', 'uint64', true],
    ['1.0', 'int', true],
    ['1.5', 'int', false],
    ['1e308', 'float64', true],
    ['1e309', 'float64', false],
    ['3.4028234e38', 'float32', true],
    ['3.5e38', 'float32', false],
    ['1e-400', 'float64', true],
  ];
  for (const [src, t, ok] of cases) {
    it(`${src} as ${t}: ${ok}`, () => {
      const v = src.startsWith('-') ? unaryOp('-', parseNumber(src.slice(1))) : parseNumber(src);
      assert.equal(representable(v, t).ok, ok);
    });
  }
  it('float64 rounding of rationals is correct to the last bit', () => {
    for (const s of [
      '0.1',
      '1e23',
      '9007199254740993',
      '2.2250738585072014e-308',
      '1.7976931348623157e308',
      '4.9e-324',
    ]) {
      assert.equal(float64Of(parseNumber(s)), Number(s), s);
    }
  });
});
