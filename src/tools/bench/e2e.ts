// Compiler and end-to-end figures (bench figures 3 and 4): lines per second the whole compiler
// (parse, check, escape analysis, code generation) handles over the scenario catalogue and the
// conformance programs, and lru-shrink's wall time on heaplab in Node against the same file built
// with the installed Go (compile time excluded on both sides).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { analyzeEscapes } from '../../lang/escape.ts';
import { compileProgram } from '../../lang/run.ts';
import { type BenchFigure, type BenchSection, summarize } from './harness.ts';

function corpus(): { file: string; src: string }[] {
  const out: { file: string; src: string }[] = [];
  for (const f of readdirSync('scenarios').sort()) {
    if (f.endsWith('.go'))
      out.push({ file: join('scenarios', f), src: readFileSync(join('scenarios', f), 'utf8') });
  }
  const conf = 'tests/conformance';
  for (const d of readdirSync(conf).sort()) {
    const p = join(conf, d, 'main.go');
    if (existsSync(p)) out.push({ file: p, src: readFileSync(p, 'utf8') });
  }
  return out;
}

export const compilerSection: BenchSection = {
  name: 'compiler',
  async run(ctx): Promise<BenchFigure[]> {
    const files = corpus();
    const lines = files.reduce((n, f) => n + f.src.split('\n').length, 0);
    // as the CLI and the workbench compile: with Go 1.19's escape analysis
    for (const f of files) compileProgram(f.file, f.src, analyzeEscapes);
    const vals: number[] = [];
    for (let r = 0; r < (ctx.quick ? 2 : 5); r++) {
      const t0 = ctx.now();
      for (const f of files) compileProgram(f.file, f.src, analyzeEscapes);
      vals.push((lines / (ctx.now() - t0)) * 1000);
    }
    return [
      summarize(
        'compiler',
        `compile ${files.length} programs (${lines} lines; the std packages they import are compiled each time)`,
        'lines/s',
        vals,
      ),
    ];
  },
};

/** Wall time of a child process, and what it printed last (the runner's JSON line). */
function wallOf(cmd: string, args: string[]): { ms: number; last: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return { ms: performance.now() - t0, last: r.stdout.trim().split('\n').pop() ?? '' };
}

/** lru-shrink at 1M entries with a 100 MB budget (figures 4 and 5). */
export const lru1MArgs = ['-entries', '1000000', '-max', '100000000'];

/** Bundles the child-process runner (esbuild: no kept names or module getters in the figures). */
export async function buildRunner(): Promise<void> {
  mkdirSync('.bench', { recursive: true });
  await build({
    entryPoints: ['src/tools/bench/run-program.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: '.bench/run-program.mjs',
    logLevel: 'warning',
  });
}

export const e2eSection: BenchSection = {
  name: 'e2e',
  async run(ctx): Promise<BenchFigure[]> {
    await buildRunner();
    let goBin: string | null = null;
    try {
      execFileSync('go', ['build', '-o', '.bench/lru-shrink', 'scenarios/lru-shrink.go'], {
        stdio: 'ignore',
      });
      goBin = '.bench/lru-shrink';
    } catch {
      console.warn('bench: e2e ratios skipped: `go` is not on PATH');
    }
    const scales: [string, string[], number][] = [
      ['1M entries, 100 MB budget', lru1MArgs, ctx.quick ? 1 : 3],
    ];
    if (!ctx.quick)
      scales.push([
        '10M entries, 1 GiB budget (the article)',
        ['-entries', '10000000', '-max', '1073741824'],
        1,
      ]);
    const figures: BenchFigure[] = [];
    for (const [label, args, runs] of scales) {
      const hl: number[] = [];
      const rss: number[] = [];
      const go: number[] = [];
      const ratio: number[] = [];
      for (let r = 0; r < runs; r++) {
        const h = wallOf(process.execPath, [
          '--max-old-space-size=8192',
          '.bench/run-program.mjs',
          'scenarios/lru-shrink.go',
          ...args,
        ]);
        hl.push(h.ms / 1000);
        rss.push((JSON.parse(h.last) as { maxRssBytes: number }).maxRssBytes / 2 ** 20);
        if (goBin) {
          const g = wallOf(goBin, args);
          go.push(g.ms / 1000);
          ratio.push(h.ms / g.ms);
        }
      }
      figures.push(summarize('e2e', `lru-shrink ${label}: heaplab in Node`, 's', hl));
      figures.push(summarize('e2e', `lru-shrink ${label}: heaplab's peak memory (Node max RSS)`, 'MiB', rss));
      if (goBin) {
        figures.push(summarize('e2e', `lru-shrink ${label}: go build binary`, 's', go));
        figures.push(
          summarize('e2e', `lru-shrink ${label}: heaplab / Go`, 'ratio', ratio, {
            text: '<= 0.5',
            ok: (m) => m <= 0.5,
          }),
        );
      }
    }
    return figures;
  },
};
