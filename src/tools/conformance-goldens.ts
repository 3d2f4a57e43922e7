// Goldens of the conformance suite (tests/conformance/NN-name/main.go), produced by
// the real Go 1.19 toolchain: each program is built with `go build` and the binary
// (not `go run`, whose exit status is its own) is run with the arguments listed in
// the program's `args` file and the fixed environment below. Three files are
// written next to main.go:
//
//   expected.txt     stdout, byte for byte
//   expected.exit    the binary's exit status, e.g. "0\n" or "2\n"
//   expected.stderr  stderrPrefix(stderr): stderr up to, not including, the first
//                    line starting with "goroutine " (panic and deadlock traces hold
//                    addresses), without trailing blank lines, and with the pc= of a
//                    "[signal SIGSEGV: ...]" line masked as "pc=?"
//
// `npm run update:goldens conformance` rewrites them; `npm run update:goldens --
// --check conformance` regenerates into memory and reports differences (also run by
// tests/conformance/conformance.test.ts when `go` is on PATH).

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The complete environment of every golden run (GOGC, GODEBUG, GOMEMLIMIT and the
 * rest are unset). The conformance test hands the same map to runProgram.
 */
export const conformanceEnv: Readonly<Record<string, string>> = { GOMAXPROCS: '2' };

/** The conformance folder under the repository root. */
export function conformanceDir(root: string): string {
  return join(root, 'tests', 'conformance');
}

/** Program folder names (those holding a main.go), in order. */
export function conformancePrograms(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'main.go')))
    .map((e) => e.name)
    .sort();
}

/** The program arguments from the folder's `args` file (one per line; blank lines are arguments too). */
export function programArgs(programDir: string): string[] {
  const file = join(programDir, 'args');
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The comparable part of a program's stderr, as a byte string (one char per byte):
 * everything before the first line starting with "goroutine ", with trailing blank
 * lines dropped, the pc of a "[signal ...]" line masked, and a final "\n" when not empty.
 */
export function stderrPrefix(stderr: string): string {
  const lines = stderr.split('\n');
  const cut = lines.findIndex((l) => l.startsWith('goroutine '));
  const kept = (cut < 0 ? lines : lines.slice(0, cut)).map((l) =>
    l.startsWith('[signal ') ? l.replace(/ pc=0x[0-9a-f]+\]/, ' pc=?]') : l,
  );
  while (kept.length > 0 && kept[kept.length - 1].trim() === '') kept.pop();
  return kept.length > 0 ? kept.join('\n') + '\n' : '';
}

/** The three golden files of one program, as written to disk. */
export interface ConformanceGoldens {
  'expected.txt': Buffer;
  'expected.exit': Buffer;
  'expected.stderr': Buffer;
}

export interface ConformanceReport {
  /** Number of programs built and run. */
  programs: number;
  /** "NN-name/expected.xxx" for every golden file that differs from (or is missing for) real Go. */
  mismatches: string[];
}

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: Buffer;
}

const runTimeoutMs = 60_000;

function run(file: string, args: readonly string[], cwd: string, env: Record<string, string>): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), runTimeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err) });
    });
  });
}

/** Builds and runs one program with the real toolchain and returns its goldens. */
export async function goldensFromGo(programDir: string, binary: string): Promise<ConformanceGoldens> {
  execFileSync('go', ['build', '-o', binary, 'main.go'], {
    cwd: programDir,
    env: { ...process.env, GO111MODULE: 'off', GOFLAGS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const r = await run(binary, programArgs(programDir), programDir, { ...conformanceEnv });
  if (r.code === null) throw new Error(`${programDir}: killed by ${r.signal} (timeout ${runTimeoutMs} ms?)`);
  return {
    'expected.txt': r.stdout,
    'expected.exit': Buffer.from(`${r.code}\n`),
    'expected.stderr': Buffer.from(stderrPrefix(r.stderr.toString('latin1')), 'latin1'),
  };
}

function firstDifference(want: Buffer, got: Buffer): string {
  const a = want.toString('latin1').split('\n');
  const b = got.toString('latin1').split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i])
      return `line ${i + 1}: file has ${JSON.stringify(a[i])}, Go prints ${JSON.stringify(b[i])}`;
  return 'same lines, different bytes';
}

/**
 * Regenerates the goldens of every program under tests/conformance of `root` (the
 * repository root). With check=true nothing is written: differences are reported.
 * Needs `go` (Go 1.19) on PATH. Programs run one at a time so timer-ordered output
 * keeps its margins on a loaded machine.
 */
export async function updateConformanceGoldens(root: string, check: boolean): Promise<ConformanceReport> {
  const version = execFileSync('go', ['version'], { encoding: 'utf8' }).trim();
  if (!version.includes('go1.19')) console.warn(`conformance-goldens: expected Go 1.19, found "${version}"`);
  const dir = conformanceDir(root);
  const programs = conformancePrograms(dir);
  const tmp = mkdtempSync(join(tmpdir(), 'heaplab-conformance-'));
  const mismatches: string[] = [];
  try {
    for (const name of programs) {
      const programDir = join(dir, name);
      const goldens = await goldensFromGo(programDir, join(tmp, 'prog'));
      for (const [file, data] of Object.entries(goldens) as [keyof ConformanceGoldens, Buffer][]) {
        const path = join(programDir, file);
        const old = existsSync(path) ? readFileSync(path) : undefined;
        if (old?.equals(data)) continue;
        if (check) {
          mismatches.push(`${name}/${file}`);
          console.error(
            `conformance-goldens: ${name}/${file} ${old ? `differs: ${firstDifference(old, data)}` : 'is missing'}`,
          );
        } else {
          writeFileSync(path, data);
          console.log(`conformance-goldens: wrote ${name}/${file} (${data.length} bytes)`);
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(
    `conformance-goldens: ${check ? 'checked' : 'generated'} ${programs.length} programs with ${version}` +
      (check ? `: ${mismatches.length} mismatching files` : ''),
  );
  return { programs: programs.length, mismatches };
}
