// heaplab command line: the same engine the workbench's worker uses, headless.
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeEscapes } from '../lang/escape.ts';
import { parseDuration } from '../lang/rt/natives.ts';
import { compileProgram, Run } from '../lang/run.ts';
import { memStatsFieldOrder } from '../sim/metrics.ts';

export const usage = `heaplab: how Go programs use memory, on a simulated Go 1.19 runtime

usage:
  heaplab <command> [arguments]

commands:
  run [flags] FILE.go [program args...]
              compile and run a Go program on the simulated runtime, like \`go run\`
  vet [-m] FILE.go
              report compile errors as FILE:LINE:COL: message (exit 1 when there are any);
              -m also prints escape-analysis decisions as \`go build -gcflags=-m\` does
  help        print this help
  version     print heaplab's version and the Go runtime it models

run flags:
  --go 1.19|1.12|1.23   runtime version profile (default 1.19)
  --seed N              seed of the runtime's randomness (default 1)
  --mem BYTES           the machine's physical memory (default 24 GiB)
  --limit BYTES         container memory limit, memory.max (default none)
  --metrics FILE.csv    write MemStats, NumGoroutine, VmRSS and LazyFree samples
  --every DURATION      sampling period of --metrics in simulated time (default 100ms)

The program's environment configures the runtime as in Go: GOGC, GOMEMLIMIT, GOMAXPROCS and GODEBUG
(gctrace, scavtrace, madvdontneed, memprofilerate). Exit status is the built binary's: 2 for an
uncaught panic or a fatal error, n for os.Exit(n), 137 when the Linux model OOM-kills the process.

Run the workbench in a browser with \`npm start\`.
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return `heaplab ${pkg.version} (models go1.19 linux/amd64)`;
}

type Out = { write(s: string | Uint8Array): unknown };

/** Bytes of a Go byte string (one char code per byte) for a Node stream. */
function bytes(s: string): Uint8Array {
  return Buffer.from(s, 'latin1');
}

/** Parses "512MiB", "1GiB", "1000000" (bytes). */
export function parseBytes(v: string): number | null {
  const m = /^(\d+)(B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)?$/.exec(v);
  if (!m) return null;
  const mult: Record<string, number> = {
    B: 1,
    KiB: 2 ** 10,
    MiB: 2 ** 20,
    GiB: 2 ** 30,
    TiB: 2 ** 40,
    KB: 1e3,
    MB: 1e6,
    GB: 1e9,
    TB: 1e12,
  };
  return Number(m[1]) * mult[m[2] ?? 'B'];
}

/** Parses a Go duration ("100ms", "1s", "1m30s") into nanoseconds, as time.ParseDuration does. */
export function parseDurationNs(v: string): number | null {
  return parseDuration(v) ?? null;
}

function readSource(file: string, err: Out): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    err.write(
      `heaplab: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? `${file}: no such file` : (e as Error).message}\n`,
    );
    return null;
  }
}

/** `heaplab vet [-m] FILE.go` */
function vet(args: readonly string[], out: Out, err: Out): number {
  let escapes = false;
  const files: string[] = [];
  for (const a of args) {
    if (a === '-m' || a === '--m') escapes = true;
    else if (a.startsWith('-')) {
      err.write(`heaplab vet: unknown flag ${a}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length !== 1) {
    err.write('usage: heaplab vet [-m] FILE.go\n');
    return 2;
  }
  const file = files[0];
  const src = readSource(file, err);
  if (src === null) return 1;
  const { diagnostics, program } = compileProgram(file, src, analyzeEscapes);
  for (const d of diagnostics) err.write(`${file}:${d.line}:${d.col}: ${d.msg}\n`);
  if (diagnostics.length > 0 || !program) return 1;
  if (escapes) {
    for (const m of program.escapeMessages)
      out.write(`./${file.split('/').pop()}:${m.line}:${m.col}: ${m.text}\n`);
  }
  return 0;
}

/** `heaplab run [flags] FILE.go [args…]` */
function run(
  args: readonly string[],
  out: Out,
  err: Out,
  environ: Record<string, string | undefined>,
): number {
  let goVersion = '1.19';
  let seed = 1;
  let mem: number | undefined;
  let limit: number | undefined;
  let metrics: string | undefined;
  let everyNs = 100e6;
  let i = 0;
  const need = (name: string): string | null => {
    const v = args[++i];
    if (v === undefined) {
      err.write(`heaplab run: flag ${name} needs a value\n`);
      return null;
    }
    return v;
  };
  for (; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-')) break;
    const [name, inline] = a.includes('=')
      ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
      : [a, null];
    const value =
      inline ??
      (['--go', '--seed', '--mem', '--limit', '--metrics', '--every'].includes(name) ? need(name) : '');
    if (value === null) return 2;
    switch (name) {
      case '--go':
        if (!['1.19', '1.12', '1.23'].includes(value)) {
          err.write(`heaplab run: --go must be 1.19, 1.12 or 1.23, not ${value}\n`);
          return 2;
        }
        goVersion = value;
        break;
      case '--seed':
        seed = Number(value);
        if (!Number.isInteger(seed)) {
          err.write(`heaplab run: --seed must be an integer, not ${value}\n`);
          return 2;
        }
        break;
      case '--mem':
      case '--limit': {
        const b = parseBytes(value);
        if (b === null) {
          err.write(`heaplab run: ${name} takes a byte count like 512MiB, not ${value}\n`);
          return 2;
        }
        if (name === '--mem') mem = b;
        else limit = b;
        break;
      }
      case '--metrics':
        metrics = value;
        break;
      case '--every': {
        const d = parseDurationNs(value);
        if (d === null || d <= 0) {
          err.write(`heaplab run: --every takes a duration like 100ms, not ${value}\n`);
          return 2;
        }
        everyNs = d;
        break;
      }
      default:
        err.write(`heaplab run: unknown flag ${a}\n`);
        return 2;
    }
  }
  const file = args[i];
  if (file === undefined || !file.endsWith('.go')) {
    err.write('usage: heaplab run [flags] FILE.go [program args...]\n');
    return 2;
  }
  const src = readSource(file, err);
  if (src === null) return 1;
  const { diagnostics, program } = compileProgram(file, src, analyzeEscapes);
  if (!program) {
    // as `go run` prints them: the package line, then FILE:LINE:COL: message
    err.write('# command-line-arguments\n');
    for (const d of diagnostics) err.write(`./${file.split('/').pop()}:${d.line}:${d.col}: ${d.msg}\n`);
    return 1;
  }
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(environ)) if (v !== undefined) env[k] = v;
  const rows: string[] = [];
  const fields = memStatsFieldOrder.filter((f) => !['PauseNs', 'PauseEnd', 'BySize'].includes(f));
  if (metrics) rows.push(['t_s', ...fields, 'NumGoroutine', 'VmRSS', 'LazyFree'].join(','));
  const sample = (r: Run) => {
    const m = r.rt.readMemStats() as unknown as Record<string, number | boolean>;
    const vals = fields.map((f) => String(typeof m[f] === 'boolean' ? Number(m[f]) : m[f]));
    rows.push(
      [
        (r.rt.nowNs / 1e9).toFixed(3),
        ...vals,
        r.sched.numGoroutine,
        r.rt.linux.rssBytes,
        r.rt.linux.lazyFreeBytes,
      ].join(','),
    );
  };
  let r: Run;
  try {
    r = new Run(program, {
      args: args.slice(i + 1),
      env,
      stdout: (s) => out.write(bytes(s)),
      stderr: (s) => err.write(bytes(s)),
      runtime: {
        goVersion: `go${goVersion}`,
        seed,
        physicalMemoryBytes: mem,
        containerLimitBytes: limit,
      },
      onSample: metrics ? sample : undefined,
      sampleEveryNs: metrics ? everyNs : undefined,
    });
  } catch (e) {
    err.write(`heaplab run: ${(e as Error).message}\n`);
    return 2;
  }
  if (metrics) sample(r);
  const code = r.runToEnd();
  if (metrics) {
    sample(r);
    try {
      writeFileSync(metrics, `${rows.join('\n')}\n`);
    } catch (e) {
      err.write(`heaplab run: cannot write ${metrics}: ${(e as Error).message}\n`);
    }
  }
  return code;
}

/** Runs the CLI and resolves to the process exit code. */
export async function main(
  argv: readonly string[],
  out: Out = process.stdout,
  err: Out = process.stderr,
  environ: Record<string, string | undefined> = process.env,
): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case undefined:
    case 'help':
    case '-h':
    case '--help':
      out.write(usage);
      return cmd === undefined ? 2 : 0;
    case 'version':
    case '--version':
      out.write(`${version()}\n`);
      return 0;
    case 'run':
      return run(rest, out, err, environ);
    case 'vet':
      return vet(rest, out, err);
    default:
      err.write(`heaplab: unknown command "${cmd}"\nRun 'heaplab help' for usage.\n`);
      return 2;
  }
}
