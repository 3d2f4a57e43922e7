// Runtime panic messages against real Go 1.19 (testdata/panics/expected.txt,
// printed by testdata/panics/main.go under the real toolchain).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  boundsError,
  divideByZero,
  makechanSize,
  makesliceCap,
  makesliceLen,
  nilDereference,
  nilMapWrite,
  typeAssertionError,
} from '../../src/lang/rt/panic.ts';

const want = new Map(
  readFileSync(join(import.meta.dirname, 'testdata', 'panics', 'expected.txt'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split('|') as [string, string]),
);

const cases: [string, () => { value: string }][] = [
  ['index', () => boundsError('index', 5, 3)],
  ['index-neg', () => boundsError('index', -1, 3)],
  ['index-array', () => boundsError('index', 5, 4)],
  ['index-string', () => boundsError('index', 10, 6)],
  ['slice-alen', () => boundsError('sliceAlen', 10, 6)],
  ['slice-acap', () => boundsError('sliceAcap', 10, 3)],
  ['slice-b', () => boundsError('sliceB', 5, 2)],
  ['slice-b-neg', () => boundsError('sliceB', -1, 0)],
  ['slice3-acap', () => boundsError('slice3Acap', 10, 3)],
  ['slice3-b', () => boundsError('slice3B', 5, 2)],
  ['slice3-c', () => boundsError('slice3C', 5, 2)],
  ['nil-map', nilMapWrite],
  ['nil-deref', nilDereference],
  ['div-zero', divideByZero],
  ['mod-zero', divideByZero],
  ['assert', () => typeAssertionError('interface {}', 'string', 'int')],
  ['assert-nil', () => typeAssertionError('interface {}', null, 'string')],
  ['assert-iface', () => typeAssertionError('interface {}', 'string', 'error', 'Error')],
  ['assert-named', () => typeAssertionError('interface {}', 'main.T', 'fmt.Stringer', 'String')],
  ['nil-error-method', nilDereference],
  ['makeslice-len', makesliceLen],
  ['makeslice-cap', makesliceCap],
  ['makechan-neg', makechanSize],
];

describe('runtime panic messages vs real Go 1.19', () => {
  for (const [name, make] of cases) {
    it(name, () => {
      assert.ok(want.has(name), `golden has ${name}`);
      assert.equal(make().value, want.get(name));
    });
  }
});
