// `npm run bench [-- --quick] [-- --only SECTION]`: runs every registered
// benchmark section, prints one table and writes .bench/latest.json (untracked)
// with the machine's CPU model, core count and Node/Chromium versions.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { type BenchFigure, type BenchSection, formatTable } from './bench/harness.ts';
import { sections as registered } from './bench/sections.ts';
import { findChrome } from './find-chrome.mjs';

function chromiumVersion(): string {
  const bin = findChrome();
  if (!bin) return 'not found';
  try {
    return execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

async function runAll(sections: readonly BenchSection[], quick: boolean): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const s of sections) {
    process.stderr.write(`bench: ${s.name}...\n`);
    figures.push(...(await s.run({ quick, now: () => performance.now() })));
  }
  return figures;
}

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyIdx = args.indexOf('--only');
const only = onlyIdx >= 0 ? args[onlyIdx + 1] : undefined;
const chosen = only ? registered.filter((s) => s.name === only) : registered;
const figures = await runAll(chosen, quick);
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryBytes: totalmem(),
  node: process.version,
  chromium: chromiumVersion(),
};
console.log(
  `heaplab bench (${quick ? 'quick' : 'full'}) on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`,
);
console.log(figures.length ? formatTable(figures) : formatTable([]));
if (!figures.length) console.log('(no benchmark sections registered)');
mkdirSync('.bench', { recursive: true });
writeFileSync(
  '.bench/latest.json',
  `${JSON.stringify({ date: new Date().toISOString(), mode: quick ? 'quick' : 'full', machine, figures }, null, 2)}\n`,
);
