// Re-confirms tests/lang/diagnostic-cases.ts against an installed Go 1.19 (not part of `npm test`):
//
//   node --import tsx tests/lang/confirm-diagnostics.ts
//
// For each case it writes ./f.go into a fresh module, runs `go build`, and compares what go prints (file
// name removed) with the recorded `want` lines and with heaplab's parseFile. Exits non-zero on a mismatch.

import { execFileSync } from 'node:child_process';
import { formatDiagnostic, parseFile } from '../../src/lang/index.ts';
import { diagnosticCases } from './diagnostic-cases.ts';
import { goBuildStderr } from './go-build.ts';

function goBuild(src: string): { lines: string[]; stage: 'list' | 'compile' | 'none' } {
  const out = goBuildStderr(src);
  const lines: string[] = [];
  let stage: 'list' | 'compile' | 'none' = 'none';
  for (const l of out.split('\n')) {
    if (l.startsWith('./f.go:')) {
      stage = 'compile';
      lines.push(l.slice('./f.go:'.length));
    } else if (l.startsWith('f.go:')) {
      stage = 'list';
      lines.push(l.slice('f.go:'.length));
    }
  }
  return { lines, stage };
}

const version = execFileSync('go', ['version'], { encoding: 'utf8' }).trim();
console.log(version);
let bad = 0;
for (const c of diagnosticCases) {
  const go = goBuild(c.src);
  const ours = parseFile('./f.go', c.src).diagnostics.map((d) => formatDiagnostic('', d).slice(1));
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const ok = same(go.lines, c.want) && go.stage === c.stage && same(ours, c.want);
  if (!ok) {
    bad++;
    console.log(
      `MISMATCH ${c.name}\n  go (${go.stage}): ${JSON.stringify(go.lines)}\n  want (${c.stage}): ${JSON.stringify(c.want)}\n  ours: ${JSON.stringify(ours)}`,
    );
  }
}
console.log(`${diagnosticCases.length - bad} of ${diagnosticCases.length} cases agree with ${version}`);
process.exit(bad ? 1 : 0);
