// Fuzzing the whole compiler (parse, check, escape analysis, code generation) with token-level
// mutations of the conformance programs: it never throws, a program that type-checks never gets an
// internal compiler error, and the JS it generates always parses.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { scanTokens } from '../../src/lang/index.ts';
import { compileProgram } from '../../src/lang/run.ts';

const root = 'tests/conformance';
const programs = readdirSync(root)
  .filter((d) => /^\d\d-/.test(d))
  .map((d) => readFileSync(join(root, d, 'main.go'), 'utf8'));

function compiles(src: string): void {
  const { diagnostics, program } = compileProgram('main.go', src);
  for (const d of diagnostics)
    assert.doesNotMatch(d.msg, /internal compiler error/, `${d.msg}\n--- program ---\n${src}`);
  if (program) {
    // the generated module must be valid JS (it is only instantiated by a run)
    assert.doesNotThrow(() => new Function('$', '$v', program.js), `generated JS does not parse\n${src}`);
  }
}

test('every conformance program compiles to valid JS', () => {
  for (const src of programs) compiles(src);
});

test('fuzz: token deletions, duplications and swaps never break the compiler', () => {
  const tokenized = programs.map((src) => ({
    src,
    toks: scanTokens(src).tokens.filter((t) => t.end > t.pos),
  }));
  const mutation = fc
    .record({
      p: fc.nat(tokenized.length - 1),
      at: fc.nat(100_000),
      other: fc.nat(100_000),
      op: fc.constantFrom('delete', 'duplicate', 'swap'),
    })
    .map(({ p, at, other, op }) => {
      const { src, toks } = tokenized[p];
      const a = toks[at % toks.length];
      const b = toks[other % toks.length];
      const ta = src.slice(a.pos, a.end);
      const tb = src.slice(b.pos, b.end);
      if (op === 'delete') return src.slice(0, a.pos) + src.slice(a.end);
      if (op === 'duplicate') return src.slice(0, a.end) + ` ${ta}` + src.slice(a.end);
      return src.slice(0, a.pos) + tb + src.slice(a.end);
    });
  fc.assert(fc.property(mutation, compiles), { seed: 5, numRuns: 400 });
});
