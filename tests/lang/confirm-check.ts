// Re-confirms tests/lang/check-cases.ts against an installed Go 1.19 (not part of `npm test`):
//
//   node --import tsx tests/lang/confirm-check.ts
//
// For each case it writes ./f.go into a fresh module, runs `go build`, and compares what go prints (file
// name removed, continuation lines joined) with the recorded `want` lines and with heaplab's checkFile.
// The clean programs must build without output. Cases marked heaplab (the dialect's own diagnostics for
// unsupported Go) are compared with heaplab only. Exits non-zero on a mismatch.

import { execFileSync } from 'node:child_process';
import { checkFile } from '../../src/lang/check.ts';
import { formatDiagnostic } from '../../src/lang/index.ts';
import { checkCases, checkOkPrograms } from './check-cases.ts';
import { goBuildStderr } from './go-build.ts';

function goBuild(src: string): string[] {
  const out = goBuildStderr(src);
  const lines: string[] = [];
  for (const l of out.split('\n')) {
    if (l.startsWith('./f.go:')) lines.push(l.slice('./f.go:'.length));
    else if (l.startsWith('\t') && lines.length > 0) lines[lines.length - 1] += `\n${l}`;
  }
  return lines;
}

const ours = (src: string) =>
  checkFile('./f.go', src).diagnostics.map((d) => formatDiagnostic('', d).slice(1));
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const version = execFileSync('go', ['version'], { encoding: 'utf8' }).trim();
console.log(version);
let bad = 0;
let confirmed = 0;
for (const p of checkOkPrograms) {
  const go = goBuild(p.src);
  const us = ours(p.src);
  if (go.length > 0 || us.length > 0) {
    bad++;
    console.log(
      `MISMATCH ${p.name} (clean program)\n  go: ${JSON.stringify(go)}\n  ours: ${JSON.stringify(us)}`,
    );
  } else confirmed++;
}
for (const c of checkCases) {
  const us = ours(c.src);
  if (c.heaplab) {
    if (!same(us, c.want)) {
      bad++;
      console.log(
        `MISMATCH ${c.name} (heaplab)\n  want: ${JSON.stringify(c.want)}\n  ours: ${JSON.stringify(us)}`,
      );
    }
    continue;
  }
  const go = goBuild(c.src);
  if (!same(go, c.want) || !same(us, c.want)) {
    bad++;
    console.log(
      `MISMATCH ${c.name}\n  go: ${JSON.stringify(go)}\n  want: ${JSON.stringify(c.want)}\n  ours: ${JSON.stringify(us)}`,
    );
  } else confirmed++;
}
const total = checkOkPrograms.length + checkCases.filter((c) => !c.heaplab).length;
console.log(
  `${confirmed} of ${total} programs and cases agree with ${version} (${checkCases.filter((c) => c.heaplab).length} heaplab-only cases checked against heaplab)`,
);
process.exit(bad ? 1 : 0);
