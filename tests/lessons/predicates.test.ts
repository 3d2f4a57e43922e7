// Check predicates of expectation files: parsing (errors with columns, never a throw, fuzzed),
// evaluation over checkpoints, and the STEP line format.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  type Checkpoint,
  evaluatePredicate,
  parseCheckpoints,
  parsePredicate,
} from '../../src/lessons/predicates.ts';

const steps: Checkpoint[] = parseCheckpoints(
  [
    'human line, ignored',
    'STEP,before,0.000,HeapAlloc=1000,HeapIdle=4194304,HeapReleased=4194304,NumGoroutine=1',
    'STEP,iter-1,0.500,HeapAlloc=21000000,HeapIdle=0,HeapReleased=0,NumGoroutine=901',
    'STEP,after gc,1.250,HeapAlloc=41000000,HeapIdle=3145728,HeapReleased=3000000,NumGoroutine=1801,kept=100',
  ].join('\n'),
);

describe('checkpoints', () => {
  test('STEP lines become labelled numeric fields', () => {
    assert.equal(steps.length, 3);
    assert.deepEqual(
      steps.map((s) => [s.label, s.seconds]),
      [
        ['before', 0],
        ['iter-1', 0.5],
        ['after gc', 1.25],
      ],
    );
    assert.equal(steps[2].fields.kept, 100);
  });
});

describe('predicates', () => {
  const cases: [string, boolean][] = [
    ['step("after gc").HeapReleased >= 0.9 * step("after gc").HeapIdle', true],
    ['step("after gc").HeapReleased >= 0.99 * step("after gc").HeapIdle', false],
    ['perStep(HeapAlloc) >= 20MB', true],
    ['perStep(HeapAlloc) >= 20MiB', false],
    ['delta(NumGoroutine) == 1800 && last.NumGoroutine > first.NumGoroutine', true],
    ['count == 3 || 1/0 > 1', true],
    ['!(first.HeapIdle == 4MiB)', false],
    ['-first.HeapAlloc + 2 * 500 == 0', true],
    ['last.kept >= 1_00', true],
  ];
  for (const [src, want] of cases) {
    test(src, () => {
      const r = evaluatePredicate(parsePredicate(src), steps);
      assert.deepEqual(r, { ok: true, value: want });
    });
  }

  const errors: [string, RegExp][] = [
    ['step(after).HeapIdle', /column 6: expected a quoted checkpoint label/],
    ['first.HeapIdle >=', /column 18: expected a value, found end of input/],
    ['heap > 1', /column 1: unknown name heap/],
    ['first.HeapIdle # 2', /column 16: unexpected character/],
    ['3MiBs > 1', /malformed number/],
  ];
  for (const [src, msg] of errors) {
    test(`parse error: ${src}`, () => {
      const p = parsePredicate(src);
      assert.equal(p.ok, false);
      assert.match(
        evaluatePredicate(p, steps).ok ? '' : (evaluatePredicate(p, steps) as { error: string }).error,
        msg,
      );
    });
  }

  test('missing checkpoints and fields are errors, not false', () => {
    assert.deepEqual(evaluatePredicate(parsePredicate('step("nope").HeapIdle > 0'), steps), {
      ok: false,
      error: 'no checkpoint step("nope")',
    });
    assert.deepEqual(evaluatePredicate(parsePredicate('last.Missing > 0'), steps), {
      ok: false,
      error: 'checkpoint last has no field Missing',
    });
    assert.equal(evaluatePredicate(parsePredicate('perStep(HeapAlloc) > 0'), steps.slice(0, 1)).ok, false);
  });

  test('fuzz: any text parses or reports an error, never throws', () => {
    const alphabet = fc.constantFrom(
      ...'step("a").HeapIdle first last count delta perStep ( ) + - * / < <= == != && || ! 1 2.5 3MiB "x" _ # .'.split(
        ' ',
      ),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), fc.string({ maxLength: 40 }), (toks, junk) => {
        for (const src of [toks.join(' '), toks.join(''), junk]) {
          const p = parsePredicate(src);
          const e = evaluatePredicate(p, steps);
          assert.equal(typeof e.ok, 'boolean');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
