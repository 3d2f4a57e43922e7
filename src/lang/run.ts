// Compile and run a Go program on the simulated runtime: the engine behind `heaplab run`, the
// conformance tests and the workbench's worker.
//
//   compileProgram(filename, src) → { diagnostics } | { program }
//   startProgram(program, options) → a Run: step it in slices (run()) or to the end (runToEnd())

import { createRuntime, type Runtime, type RuntimeConfig } from '../sim/runtime.ts';
import { type Node, positionFor } from './ast.ts';
import { Checker, Context, newInfo } from './check/checker.ts';
import { makeUniverse, type Obj, Scope } from './check/objects.ts';
import { Compiler, type EscapeResult, type PackageInput } from './compile/compiler.ts';
import { Errors } from './errors.ts';
import { goListHeaderError } from './golist.ts';
import { Parser } from './parser.ts';
import { Env, initGState } from './rt/env.ts';
import { makeNatives } from './rt/natives.ts';
import { type ProgramExit, Scheduler } from './rt/sched.ts';
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
}

/** Escape analysis hook (src/lang/escape.ts provides it; absent, every site is treated as escaping). */
export type EscapeAnalyzer = (file: import('./ast.ts').File, info: import('./check/checker.ts').Info) => EscapeResult;

export function compileProgram(
  filename: string,
  src: string,
  analyze: EscapeAnalyzer | null = null,
): { diagnostics: Diagnostic[]; program: CompiledProgram | null } {
  const errors = new Errors();
  let file = null;
  try {
    file = new Parser(filename, src, (offset, line, col, msg) => errors.errorAt(offset, line, col, msg)).parseFile();
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
    errors.errorAt(file.name.pos, p.line, p.col, `heaplab does not support package ${file.name.name} (only package main)`);
  }
  new Checker(ctx, pkg, file, errors, info).checkPackage();
  const diags = errors.flush();
  if (diags.length > 0) return { diagnostics: diags.map(toDiag), program: null };
  const packages: PackageInput[] = [];
  for (const [path, s] of ctx.sources) packages.push({ path, file: s.file, info: s.info, escapes: null });
  packages.push({ path: 'main', file, info, escapes: analyze ? analyze(file, info) : null });
  try {
    const { js, globalsScanBytes } = new Compiler(packages).compile();
    return { diagnostics: [], program: { filename, js, globalsScanBytes } };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { diagnostics: [{ line: 1, col: 1, msg: msg.startsWith('heaplab') ? msg : `heaplab: internal compiler error: ${msg}` }], program: null };
  }
}

function toDiag(d: { line: number; col: number; message: string }): Diagnostic {
  return { line: d.line, col: d.col, msg: d.message };
}

export interface RunOptions {
  args?: readonly string[];
  env?: Readonly<Record<string, string>>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  runtime?: RuntimeConfig;
}

/** A started program: its runtime, scheduler and environment. */
export class Run {
  readonly rt: Runtime;
  readonly sched: Scheduler;
  readonly env: Env;
  exit: ProgramExit | null = null;

  constructor(program: CompiledProgram, opts: RunOptions) {
    const envVars = opts.env ?? {};
    const cfg: RuntimeConfig = { ...opts.runtime };
    if (cfg.gogc === undefined && envVars.GOGC !== undefined) cfg.gogc = envVars.GOGC as unknown as number;
    this.rt = createRuntime(cfg);
    this.sched = new Scheduler(this.rt);
    this.env = new Env(this.rt, this.sched, (env) =>
      makeNatives(env, { args: [program.filename.replace(/\.go$/, ''), ...(opts.args ?? [])], environ: envVars }),
    );
    this.env.stdout = opts.stdout;
    this.env.stderr = opts.stderr;
    this.sched.onSwitch = () => this.env.onSwitch();
    this.rt.roots.globalsScanBytes = program.globalsScanBytes;
    const factory = new Function('$', '$v', program.js) as (
      env: Env,
      v: typeof value,
    ) => { main: (() => Generator) | null; init: () => Generator };
    const mod = factory(this.env, value);
    const env = this.env;
    const main = function* () {
      yield* mod.init();
      if (mod.main) yield* mod.main();
      env.accountTicks();
    };
    const g = this.sched.go(main() as never);
    initGState(g);
  }

  /** Runs to the end; returns the exit code. */
  runToEnd(): number {
    const exit = this.sched.run();
    this.env.accountTicks();
    this.exit = exit;
    if (exit.fatal) this.env.stderr(`${exit.fatal}\n`);
    return exit.code;
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
  const { diagnostics, program } = compileProgram(opts.filename, opts.src, opts.escapes ?? null);
  if (!program) return { exitCode: 1, diagnostics };
  const run = new Run(program, opts);
  return { exitCode: run.runToEnd(), diagnostics: [] };
}

export type { Node, Obj };
