// The conformance suite: every tests/conformance/NN-name/main.go must compile
// without diagnostics and, run through src/lang/run.ts, print exactly what real
// Go 1.19 printed (expected.txt byte for byte, expected.exit, and the stderr
// prefix in expected.stderr; see src/tools/conformance-goldens.ts). When `go` is
// on PATH the goldens themselves are re-derived from the real toolchain.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  conformanceDir,
  conformanceEnv,
  conformancePrograms,
  programArgs,
  stderrPrefix,
  updateConformanceGoldens,
} from '../../src/tools/conformance-goldens.ts';

interface Diagnostic {
  line: number;
  col: number;
  msg: string;
}

interface RunOptions {
  filename: string;
  src: string;
  args?: string[];
  env?: Record<string, string>;
  /** Receives Go byte strings: each char code is one byte (0–255). */
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

interface RunResult {
  exitCode: number;
  diagnostics: readonly Diagnostic[];
}

type RunProgram = (opts: RunOptions) => RunResult | Promise<RunResult>;

const root = join(import.meta.dirname, '..', '..');
const dir = conformanceDir(root);
const programs = conformancePrograms(dir);

// Imported lazily (and through a URL, so the type checker does not resolve it) so
// this file loads, and the golden check runs, before the compiler exists.
const runModuleUrl = new URL('../../src/lang/run.ts', import.meta.url).href;
let runProgramPromise: Promise<RunProgram> | undefined;

function loadRunProgram(): Promise<RunProgram> {
  runProgramPromise ??= import(runModuleUrl).then((mod: { runProgram?: unknown }) => {
    if (typeof mod.runProgram !== 'function') throw new Error('src/lang/run.ts does not export runProgram');
    return mod.runProgram as RunProgram;
  });
  return runProgramPromise;
}

function assertSameBytes(got: Buffer, want: Buffer, what: string): void {
  if (got.equals(want)) return;
  // Show a readable diff; fall back to raw bytes when the UTF-8 views agree.
  assert.equal(got.toString('utf8'), want.toString('utf8'), what);
  assert.equal(got.toString('latin1'), want.toString('latin1'), `${what} (bytes)`);
}

const hasGo = (() => {
  const r = spawnSync('go', ['version'], { stdio: 'ignore' });
  return !r.error && r.status === 0;
})();

describe('conformance suite', () => {
  it('has at least 48 programs, each with its three goldens', () => {
    assert.ok(programs.length >= 48, `only ${programs.length} programs`);
    for (const name of programs)
      for (const f of ['expected.txt', 'expected.exit', 'expected.stderr'])
        assert.ok(
          existsSync(join(dir, name, f)),
          `${name}/${f} is missing (npm run update:goldens conformance)`,
        );
  });

  it('goldens are what real Go 1.19 prints', {
    skip: hasGo ? false : 'go is not on PATH',
    timeout: 30 * 60_000,
  }, async () => {
    const report = await updateConformanceGoldens(root, true);
    assert.equal(report.programs, programs.length);
    assert.deepEqual(report.mismatches, [], 'regenerate with `npm run update:goldens conformance`');
  });
});

describe('conformance: compiled programs match real Go', () => {
  for (const name of programs) {
    it(name, { timeout: 5 * 60_000 }, async () => {
      const programDir = join(dir, name);
      const src = readFileSync(join(programDir, 'main.go'), 'utf8');
      const wantStdout = readFileSync(join(programDir, 'expected.txt'));
      const wantExit = Number.parseInt(readFileSync(join(programDir, 'expected.exit'), 'utf8').trim(), 10);
      const wantStderr = readFileSync(join(programDir, 'expected.stderr'));
      const runProgram = await loadRunProgram();
      const out: string[] = [];
      const err: string[] = [];
      const result = await runProgram({
        filename: `tests/conformance/${name}/main.go`,
        src,
        args: programArgs(programDir),
        env: { ...conformanceEnv },
        stdout: (s) => out.push(s),
        stderr: (s) => err.push(s),
      });
      assert.deepEqual(
        result.diagnostics.map((d) => `${d.line}:${d.col}: ${d.msg}`),
        [],
        'the program must compile without diagnostics',
      );
      const gotStdout = Buffer.from(out.join(''), 'latin1');
      const gotStderr = err.join('');
      assertSameBytes(gotStdout, wantStdout, 'stdout');
      assertSameBytes(Buffer.from(stderrPrefix(gotStderr), 'latin1'), wantStderr, 'stderr prefix');
      assert.equal(
        result.exitCode,
        wantExit,
        `exit code (stderr: ${JSON.stringify(gotStderr.slice(0, 500))})`,
      );
    });
  }
});
