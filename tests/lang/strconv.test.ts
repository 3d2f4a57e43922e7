// strconv against real Go 1.19: every line of testdata/strconv/expected.txt
// was printed by testdata/strconv/main.go under the real toolchain
// (`npm run update:goldens`), and must be reproduced exactly.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  decodeRune,
  encodeRune,
  formatFloat,
  formatInt,
  fromByteString,
  parseInt10,
  quote,
  quoteRune,
  quoteToASCII,
  toByteString,
} from '../../src/lang/rt/strconv.ts';

const golden = join(import.meta.dirname, 'testdata', 'strconv', 'expected.txt');
const lines = readFileSync(golden, 'latin1').trim().split('\n');

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
function fromBits(hex: string): number {
  u64[0] = BigInt(`0x${hex}`);
  return f64[0];
}
/** Hex of bytes → byte string. */
function bytes(hex: string): string {
  let s = '';
  for (let i = 0; i < hex.length; i += 2) s += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16));
  return s;
}

describe('strconv vs real Go 1.19 (golden)', () => {
  it('the golden file is present and large', () => {
    assert.ok(lines.length > 5000, `${lines.length} lines`);
  });

  for (const kind of ['F', 'I', 'Q', 'A', 'R', 'T']) {
    it(`kind ${kind}: every vector matches`, () => {
      const bad: string[] = [];
      let n = 0;
      for (const line of lines) {
        if (!line.startsWith(`${kind}|`)) continue;
        n++;
        const p = line.split('|');
        let got: string;
        let want: string;
        if (kind === 'F') {
          got = formatFloat(fromBits(p[4]), p[1] as 'e', Number(p[2]), Number(p[3]) as 64);
          want = p.slice(5).join('|');
        } else if (kind === 'I') {
          got = formatInt(BigInt(p[2]), Number(p[1]));
          want = p[3];
        } else if (kind === 'Q' || kind === 'A') {
          got = (kind === 'Q' ? quote : quoteToASCII)(bytes(p[1]));
          want = bytes(p[2]);
        } else if (kind === 'R') {
          got = quoteRune(Number(p[1]));
          want = bytes(p[2]);
        } else {
          const [v, err] = parseInt10(bytes(p[1]), 'Atoi');
          got = `${v}|${err ?? '<nil>'}`;
          want = `${p[2]}|${p.slice(3).join('|')}`;
        }
        if (got !== want && bad.length < 10) bad.push(`${line}\n   got: ${got}`);
      }
      assert.ok(n > 0);
      assert.deepEqual(bad, []);
    });
  }
});

describe('UTF-8 byte strings', () => {
  const cases: [string, number[]][] = [
    ['a', [0x61]],
    ['é', [0xc3, 0xa9]],
    ['日', [0xe6, 0x97, 0xa5]],
    ['😀', [0xf0, 0x9f, 0x98, 0x80]],
  ];
  for (const [js, b] of cases) {
    it(`${js} encodes to ${b.length} bytes and decodes back`, () => {
      const s = toByteString(js);
      assert.deepEqual(
        [...s].map((c) => c.charCodeAt(0)),
        b,
      );
      assert.deepEqual(decodeRune(s, 0), [js.codePointAt(0), b.length]);
      assert.equal(fromByteString(s), js);
    });
  }
  it('invalid sequences decode as RuneError of width 1 (surrogates, overlong, truncated)', () => {
    for (const bad of ['\xed\xa0\x80', '\xc0\x80', '\xe2\x82', '\xff', '\xf4\x90\x80\x80']) {
      assert.deepEqual(decodeRune(bad, 0), [0xfffd, 1], JSON.stringify(bad));
    }
    assert.equal(encodeRune(0xd800), '\xef\xbf\xbd');
  });
});
