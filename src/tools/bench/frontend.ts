// Front-end figure (part of bench figure 3, the compiler): lines per second
// the Go scanner and parser handle, over Go 1.19's own sources from the
// installed toolchain (the scenario catalogue does not exist yet).

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../../lang/index.ts';
import { type BenchFigure, type BenchSection, summarize } from './harness.ts';

function goFiles(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) goFiles(p, out);
    else if (name.endsWith('.go') && !name.endsWith('_test.go')) out.push(p);
  }
  return out;
}

export const frontendSection: BenchSection = {
  name: 'frontend',
  async run(ctx): Promise<BenchFigure[]> {
    let goroot: string;
    try {
      goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
    } catch {
      console.warn(
        'bench: frontend figure skipped: it parses the installed Go 1.19 sources, and `go` is not on PATH',
      );
      return [];
    }
    const pkgs = [
      'sort',
      'strings',
      'strconv',
      'fmt',
      'bufio',
      'bytes',
      'container',
      'sync',
      'context',
      'errors',
    ];
    const srcs = pkgs.flatMap((p) => goFiles(join(goroot, 'src', p), [])).map((f) => readFileSync(f, 'utf8'));
    const lines = srcs.reduce((n, s) => n + s.split('\n').length, 0);
    for (const s of srcs) parseFile('f.go', s);
    const vals: number[] = [];
    for (let r = 0; r < (ctx.quick ? 2 : 5); r++) {
      const t0 = ctx.now();
      for (const s of srcs) parseFile('f.go', s);
      vals.push((lines / (ctx.now() - t0)) * 1000);
    }
    return [summarize('frontend', `parse, ${srcs.length} GOROOT files (${lines} lines)`, 'lines/s', vals)];
  },
};
