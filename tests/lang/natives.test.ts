// The native half of the std library: every bodyless declaration in src/lang/std has a native
// (or is in the list of members that report "heaplab does not support"), and exactly the natives
// that may block are generator functions (rt/blocking.ts, which the code generator reads).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stdlibSources } from '../../src/lang/check/stdlib.ts';
import { Parser } from '../../src/lang/parser.ts';
import { blockingNatives } from '../../src/lang/rt/blocking.ts';
import { Env } from '../../src/lang/rt/env.ts';
import { makeNatives } from '../../src/lang/rt/natives.ts';
import { Scheduler } from '../../src/lang/rt/sched.ts';
import { createRuntime } from '../../src/sim/runtime.ts';

/** Declared for the checker but not run: calling them panics with "heaplab does not support …". */
const unsupported = new Set([
  'runtime.Frames.Next',
  'runtime.Callers',
  'runtime.CallersFrames',
  'runtime.Caller',
  'runtime.Stack',
  'runtime.MemProfileRecord.Stack',
  'runtime.MemProfile',
  'strconv.Unquote',
]);

function natives(): Record<string, unknown> {
  const rt = createRuntime();
  const sched = new Scheduler(rt);
  let table: Record<string, unknown> = {};
  new Env(rt, sched, (env) => {
    table = makeNatives(env, { args: ['prog'], environ: {} });
    return table;
  });
  return table;
}

function bodylessDeclarations(): string[] {
  const keys: string[] = [];
  for (const src of Object.values(stdlibSources)) {
    const f = new Parser('std.go', src, () => {}).parseFile()!;
    for (const d of f.decls) {
      if (d.kind !== 'FuncDecl' || d.body) continue;
      let recv = '';
      if (d.recv) {
        let t = d.recv.list[0].type;
        if (t.kind === 'StarExpr') t = t.x;
        if (t.kind === 'Ident') recv = `${t.name}.`;
      }
      keys.push(`${f.name.name}.${recv}${d.name.name}`);
    }
  }
  return keys;
}

test('every bodyless std function has a native, or says it is unsupported', () => {
  const table = natives();
  const missing = bodylessDeclarations().filter((k) => !(k in table) && !unsupported.has(k));
  assert.deepEqual(missing, []);
  for (const k of unsupported) assert.ok(!(k in table), `${k} is implemented: drop it from the list`);
});

test('the natives that may block are exactly the generator functions', () => {
  const table = natives();
  const generators = Object.entries(table)
    .filter(([, f]) => typeof f === 'function' && f.constructor.name === 'GeneratorFunction')
    .map(([k]) => k)
    .sort();
  assert.deepEqual(generators, [...blockingNatives].sort());
});
