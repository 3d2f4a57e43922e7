// Compile and run a Go program on the simulated runtime: the engine behind `heaplab run`, the
// conformance tests and the workbench's worker.
//
//   compileProgram(filename, src) → { diagnostics } | { program }
//   startProgram(program, options) → a Run: step it in slices (run()) or to the end (runToEnd())

import { OomKilled } from '../sim/linux.ts';
import { parseGOGC, parseGOMEMLIMIT } from '../sim/mgcpacer.ts';
import { createRuntime, type Runtime, type RuntimeConfig } from '../sim/runtime.ts';
import { type Node, positionFor } from './ast.ts';
import { Checker, Context, newInfo } from './check/checker.ts';
import { makeUniverse, type Obj, Scope } from './check/objects.ts';
import { Compiler, type EscapeResult, type PackageInput } from './compile/compiler.ts';
import { Errors } from './errors.ts';
import { analyzeEscapes } from './escape.ts';
import { goListHeaderError } from './golist.ts';
import { Parser } from './parser.ts';
import { Env } from './rt/env.ts';
import { makeNatives } from './rt/natives.ts';
import { ProgramExit, Scheduler } from './rt/sched.ts';
import { formatTraceback, type GoFrame, StackMapper } from './rt/stack.ts';
import * as value from './rt/value.ts';

export interface Diagnostic {
  line: number;
  col: number;
  msg: string;
}

export interface CompiledProgram {
  filename: string;
  js: string;
  globalsScanBytes: number;
  /** Escape-analysis decisions in `-gcflags=-m` wording (byte offsets into the source). */
  /** cmd/compile -m lines, with their positions in the program. */
  escapeMessages: readonly { pos: number; line: number; col: number; text: string }[];
  /** Go names of the generated functions (call stacks). */
  funcNames: Readonly<Record<string, string>>;
}

/** Escape analysis hook (src/lang/escape.ts provides it; absent, every site is treated as escaping). */
export type EscapeAnalyzer = (
  file: import('./ast.ts').File,
  info: import('./check/checker.ts').Info,
) => EscapeResult & { messages?: readonly { pos: number; text: string }[] };

export function compileProgram(
  filename: string,
  src: string,
  analyze: EscapeAnalyzer | null = null,
): { diagnostics: Diagnostic[]; program: CompiledProgram | null } {
  const errors = new Errors();
  let file = null;
  try {
    file = new Parser(filename, src, (offset, line, col, msg) =>
      errors.errorAt(offset, line, col, msg),
    ).parseFile();
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    errors.errorAt(0, 1, 1, 'syntax error: nesting too deep');
  }
  const header = goListHeaderError(src);
  if (header !== null) return { diagnostics: [toDiag(header)], program: null };
  if (file === null || errors.syntaxErrors > 0 || errors.stopped) {
    return { diagnostics: errors.flush().map(toDiag), program: null };
  }
  const ctx = new Context(makeUniverse());
  const info = newInfo();
  const pkg = { path: 'main', name: file.name.name, scope: new Scope(ctx.universe.scope, 'package') };
  if (file.name.name !== 'main') {
    const p = positionFor(file, file.name.pos);
    errors.errorAt(
      file.name.pos,
      p.line,
      p.col,
      `heaplab does not support package ${file.name.name} (only package main)`,
    );
  }
  new Checker(ctx, pkg, file, errors, info).checkPackage();
  const diags = errors.flush();
  if (diags.length > 0) return { diagnostics: diags.map(toDiag), program: null };
  const unsupported = unsupportedFeature(file, info);
  if (unsupported) return { diagnostics: [unsupported], program: null };
  const packages: PackageInput[] = [];
  // the std packages written in Go get the same escape analysis as the program (their builders,
  // readers and buffers stay on the stack where Go's do)
  for (const [path, s] of ctx.sources) {
    packages.push({
      path,
      file: s.file,
      info: s.info,
      escapes: analyze ? analyzeStd(analyze, s.file, s.info) : null,
    });
  }
  const escapes = analyze ? analyze(file, info) : null;
  packages.push({ path: 'main', file, info, escapes });
  try {
    const compiler = new Compiler(packages);
    const { js, globalsScanBytes } = compiler.compile();
    return {
      diagnostics: [],
      program: {
        filename,
        js,
        globalsScanBytes,
        escapeMessages: (escapes?.messages ?? []).map((m) => ({ ...m, ...positionFor(file, m.pos) })),
        funcNames: compiler.goFuncNames,
      },
    };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return {
      diagnostics: [
        {
          line: 1,
          col: 1,
          msg: msg.startsWith('heaplab') ? msg : `heaplab: internal compiler error: ${msg}`,
        },
      ],
      program: null,
    };
  }
}

/** Go that type-checks but that heaplab does not run: reported by name at its first use. */
function unsupportedFeature(
  file: import('./ast.ts').File,
  info: import('./check/checker.ts').Info,
): Diagnostic | null {
  let first = -1;
  for (const [e, tv] of info.types) {
    const u = tv.type.kind === 'named' ? tv.type.underlying : tv.type;
    if (
      u &&
      u.kind === 'basic' &&
      (u.name === 'complex64' || u.name === 'complex128' || u.name === 'untyped complex')
    ) {
      if (first < 0 || e.pos < first) first = e.pos;
    }
  }
  // std functions declared so programs type-check as with Go, but not run by heaplab
  let fn: { pos: number; name: string } | null = null;
  for (const [id, o] of info.uses) {
    if (o.kind !== 'Func' || !o.pkg) continue;
    const name = `${o.pkg}.${o.name}`;
    if (unsupportedStd.has(name) && (fn === null || id.pos < fn.pos)) fn = { pos: id.pos, name };
  }
  const at = (pos: number, msg: string): Diagnostic => {
    const p = positionFor(file, pos);
    return { line: p.line, col: p.col, msg };
  };
  if (first >= 0 && (fn === null || first < fn.pos))
    return at(first, 'heaplab does not support complex numbers');
  return fn === null ? null : at(fn.pos, `heaplab does not support ${fn.name}`);
}

/** Std functions heaplab declares (so programs type-check as with Go) but does not run. */
export const unsupportedStd: ReadonlySet<string> = new Set([
  'runtime.Goexit',
  'runtime.Callers',
  'runtime.CallersFrames',
  'runtime.Stack',
  'runtime.MemProfile',
]);

/** Escape analysis of a std package; a package the analysis cannot handle falls back to all-heap. */
function analyzeStd(
  analyze: EscapeAnalyzer,
  file: import('./ast.ts').File,
  info: import('./check/checker.ts').Info,
): EscapeResult | null {
  try {
    return analyze(file, info);
  } catch {
    return null;
  }
}

function toDiag(d: { line: number; col: number; message: string }): Diagnostic {
  return { line: d.line, col: d.col, msg: d.message };
}

export interface RunOptions {
  args?: readonly string[];
  /** The program's environment: GOGC, GOMEMLIMIT, GOMAXPROCS and GODEBUG configure the runtime. */
  env?: Readonly<Record<string, string>>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Runtime settings beyond the environment (version profile, seed, machine and container memory). */
  runtime?: RuntimeConfig;
  /** Called every `sampleEveryNs` of simulated time (the metrics CSV, the workbench's timeline). */
  onSample?: (run: Run) => void;
  sampleEveryNs?: number;
}

/** The runtime configuration a program's environment variables ask for (as the Go runtime reads them). */
export function runtimeConfigFromEnv(
  env: Readonly<Record<string, string>>,
  base: RuntimeConfig = {},
): RuntimeConfig {
  const cfg: RuntimeConfig = { ...base };
  if (cfg.gogc === undefined && env.GOGC !== undefined) cfg.gogc = parseGOGC(env.GOGC);
  if (cfg.memoryLimitBytes === undefined && env.GOMEMLIMIT !== undefined && env.GOMEMLIMIT !== '') {
    const limit = parseGOMEMLIMIT(env.GOMEMLIMIT);
    if (limit < Number.MAX_SAFE_INTEGER) cfg.memoryLimitBytes = limit;
  }
  if (cfg.gomaxprocs === undefined && env.GOMAXPROCS) {
    const n = Number(env.GOMAXPROCS);
    if (Number.isInteger(n) && n >= 1 && n <= 256) cfg.gomaxprocs = n;
  }
  if (cfg.godebug === undefined && env.GODEBUG) cfg.godebug = env.GODEBUG;
  const rate = /(?:^|,)memprofilerate=(\d+)/.exec(env.GODEBUG ?? '');
  if (cfg.memProfileRate === undefined && rate) cfg.memProfileRate = Number(rate[1]);
  return cfg;
}

/** A started program: its runtime, scheduler and environment. */
/**
 * An allocation sampled for the heap profile. The JS stack is captured when it is sampled (the
 * Error's frames) and formatted and mapped to Go frames only when asked: formatting is most of
 * a capture's cost, and most samples are never looked at.
 */
export class ProfileSample {
  #stack: GoFrame[] | null = null;
  #trace: Error | null;

  constructor(
    readonly addr: number,
    readonly size: number,
    trace: Error,
    private readonly mapper: StackMapper,
  ) {
    this.#trace = trace;
  }

  /** Go call stack of the allocation, innermost first. */
  get stack(): GoFrame[] {
    if (this.#stack === null) {
      this.#stack = this.mapper.frames(this.#trace?.stack);
      this.#trace = null;
    }
    return this.#stack;
  }
}

export class Run {
  readonly rt: Runtime;
  readonly sched: Scheduler;
  readonly env: Env;
  exit: ProgramExit | null = null;
  /** Exit status once finished (2 for panics and fatal errors, 137 when OOM-killed). */
  exitCode: number | null = null;
  private nextSampleNs: number;

  constructor(
    program: CompiledProgram,
    private readonly opts: RunOptions,
  ) {
    const envVars = opts.env ?? {};
    let cfg: RuntimeConfig;
    try {
      cfg = runtimeConfigFromEnv(envVars, opts.runtime);
    } catch (e) {
      // Go: readGOMEMLIMIT throws before main runs
      cfg = { ...opts.runtime };
      this.startupFatal = `GOMEMLIMIT=${envVars.GOMEMLIMIT}\nfatal error: ${(e as Error).message}`;
    }
    this.rt = createRuntime(cfg);
    this.sched = new Scheduler(this.rt);
    this.env = new Env(this.rt, this.sched, (env) =>
      makeNatives(env, {
        args: [program.filename.replace(/\.go$/, ''), ...(opts.args ?? [])],
        environ: envVars,
      }),
    );
    this.env.stdout = opts.stdout;
    this.env.stderr = opts.stderr;
    this.rt.onTrace = (line) => opts.stderr(`${line.text}\n`);
    this.sched.onSwitch = () => this.env.onSwitch();
    this.nextSampleNs = opts.sampleEveryNs ?? Number.POSITIVE_INFINITY;
    if (opts.onSample) {
      this.sched.onSlice = () => {
        while (this.rt.nowNs >= this.nextSampleNs) {
          opts.onSample!(this);
          this.nextSampleNs += opts.sampleEveryNs!;
        }
      };
    }
    this.rt.roots.globalsScanBytes = program.globalsScanBytes;
    const factory = new Function('$', '$v', program.js) as (
      env: Env,
      v: typeof value,
    ) => { main: (() => Generator) | null; init: () => Generator; probe: () => string };
    const mod = factory(this.env, value);
    this.stacks = new StackMapper(program.js, program.funcNames, program.filename.split('/').pop()!);
    this.stacks.calibrate(mod.probe());
    this.env.stacks = this.stacks;
    this.sched.traceback = (e) => formatTraceback(this.stacks.frames(e.stack));
    // Heap-profile samples record the allocating Go call stack (runtime.MemProfileRate, Go's mprof)
    this.rt.onProfileSample = (addr, size) => {
      this.profileSamples.push(new ProfileSample(addr, size, new Error(), this.stacks));
    };
    const env = this.env;
    const main = function* () {
      yield* mod.init();
      if (mod.main) yield* mod.main();
      env.accountTicks();
    };
    this.sched.go(main() as never);
    // only a program that imports runtime can change it
    if (this.env.hasGlobal('runtime.MemProfileRate')) {
      const rate = this.env.globalReader('runtime.MemProfileRate');
      this.rt.memProfileRateFn = () => Number(rate());
    }
  }

  private startupFatal = '';
  /** Maps generated-code stack traces to Go frames. */
  readonly stacks: StackMapper;
  /** Allocations sampled for the heap profile, with their Go call stacks (for the profile views). */
  readonly profileSamples: ProfileSample[] = [];

  /**
   * Runs up to `maxSlices` goroutine slices; returns the exit code when the program ended, or null
   * when it is still running (call again to continue).
   */
  step(maxSlices: number, maxLoopBatches = Number.POSITIVE_INFINITY): number | null {
    if (this.exitCode !== null) return this.exitCode;
    // a goroutine spinning in a loop yields after maxLoopBatches × 4096 iterations, so even
    // `for {}` hands control back to the host
    this.env.preemptBudget = maxLoopBatches;
    if (this.startupFatal) return this.finish(new ProgramExit(2, this.startupFatal));
    let exit: ProgramExit | null;
    try {
      exit = this.sched.runSlice(maxSlices);
    } catch (e) {
      if (!(e instanceof OomKilled)) throw e;
      // the Linux model killed the process (memory.max or the machine's memory exhausted)
      this.opts.stderr(`heaplab: ${e.message}\nsignal: killed\n`);
      this.exitCode = 137;
      return 137;
    }
    if (exit === null) return null;
    return this.finish(exit);
  }

  private finish(exit: ProgramExit): number {
    this.env.accountTicks();
    this.exit = exit;
    if (exit.fatal) this.opts.stderr(`${exit.fatal}\n`);
    this.exitCode = exit.code;
    return exit.code;
  }

  /** Runs to the end; returns the exit code. */
  runToEnd(): number {
    for (;;) {
      const code = this.step(Number.POSITIVE_INFINITY);
      if (code !== null) return code;
    }
  }
}

/** Compiles and runs a program to the end (the conformance tests' and CLI's entry point). */
export function runProgram(opts: {
  filename: string;
  src: string;
  args?: string[];
  env?: Record<string, string>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  runtime?: RuntimeConfig;
  escapes?: EscapeAnalyzer | null;
}): { exitCode: number; diagnostics: Diagnostic[] } {
  const { diagnostics, program } = compileProgram(
    opts.filename,
    opts.src,
    opts.escapes === undefined ? analyzeEscapes : opts.escapes,
  );
  if (!program) return { exitCode: 1, diagnostics };
  const run = new Run(program, opts);
  return { exitCode: run.runToEnd(), diagnostics: [] };
}

export type { Node, Obj };
