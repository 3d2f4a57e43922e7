// `npm test`: runs the Node suite (node:test through tsx, pure layers) and the
// browser suite (@web/test-runner in Chromium, worker and UI), then prints one
// plain total line, "N passed, N failed[, N skipped]", summed over both.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from './find-chrome.mjs';

const browserDirs = new Set(['ui', 'worker', 'client', 'e2e']);
const only = process.argv[2]; // optional: "node" or "browser"

function listTests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) listTests(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const nodeFiles = listTests('tests').filter((p) => !browserDirs.has(p.split(/[\\/]/)[1]));
let passed = 0;
let failed = 0;
let skipped = 0;

/**
 * Runs node:test files through tsx with the spec reporter on stdout and adds the TAP summary's
 * counts to the totals; a run that fails without failing tests (or reports nothing) counts one.
 */
function runNodeTests(files) {
  const dir = mkdtempSync(join(tmpdir(), 'heaplab-test-'));
  const tap = join(dir, 'run.tap');
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { stdio: 'inherit' },
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (k) => Number(new RegExp(`^# ${k} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + count('cancelled');
  skipped += count('skipped') + count('todo');
  if (!text || (r.status !== 0 && count('fail') + count('cancelled') === 0)) failed++;
  rmSync(dir, { recursive: true, force: true });
}

if (only !== 'browser') runNodeTests(nodeFiles);

const chrome = only === 'node' ? null : findChrome();
if (only !== 'node') {
  if (!chrome) {
    console.error(
      "No Chromium/Chrome found: set CHROME_PATH, or install Debian's chromium (apt-get install -y chromium).",
    );
    failed++;
  } else {
    const r = spawnSync(
      process.execPath,
      ['node_modules/@web/test-runner/dist/bin.js', '--config', 'wtr.config.mjs', '--static-logging'],
      {
        stdio: ['inherit', 'pipe', 'inherit'],
        env: { ...process.env, CHROME_PATH: chrome },
        encoding: 'utf8',
      },
    );
    const out = r.stdout ?? '';
    const m = /WTR-TOTAL (\d+) passed, (\d+) failed, (\d+) skipped/.exec(out);
    process.stdout.write(out.replace(/WTR-TOTAL [^\n]*\n?/, ''));
    if (m) {
      passed += Number(m[1]);
      failed += Number(m[2]);
      skipped += Number(m[3]);
    }
    if (r.status !== 0 && (!m || Number(m[2]) === 0)) failed++;
  }
}

// End to end: the built app in real Chromium (vite build, then vite preview inside the test).
if (only !== 'node' && only !== 'browser' && chrome) {
  const b = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (b.status !== 0) failed++;
  else
    runNodeTests(
      readdirSync('tests/e2e')
        .filter((f) => f.endsWith('.e2e.ts'))
        .map((f) => join('tests/e2e', f)),
    );
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
