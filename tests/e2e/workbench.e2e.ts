// End to end: the built app (vite build + vite preview) in real Chromium, as a learner uses it:
// pick lru-shrink at a small scale and run it; the gauges and the chart move; FreeOSMemory makes
// HeapReleased jump and RSS fall; with MADV_FREE the RSS stays until memory pressure is raised.
// Long main-thread tasks are measured with a PerformanceObserver; a screenshot is saved to
// test-artifacts/ (untracked). Run by src/tools/test-all.mjs after `vite build`.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromeArgs, findChrome } from '../../src/tools/find-chrome.mjs';

let server: ChildProcess;
let browser: Browser;
let page: Page;
const port = 4173;

before(async () => {
  server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('vite preview did not start')), 30000);
    server.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes(String(port))) {
        clearTimeout(t);
        resolve();
      }
    });
  });
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; ms: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** A ladder value in MiB ("123 MiB", "4.5 GiB"). */
async function ladder(id: string, part = false): Promise<number> {
  // innerText keeps the line break between a rung and its part (textContent would not)
  // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, not a DOM node
  const text = await page.locator(`wb-ladder #d-${id}`).innerText();
  const lines = text.split('\n');
  const m = /([\d.]+) (B|KiB|MiB|GiB)/.exec(part ? lines[1] : lines[0]);
  if (!m) throw new Error(`no value in ${text}`);
  const unit: Record<string, number> = { B: 1 / 2 ** 20, KiB: 1 / 1024, MiB: 1, GiB: 1024 };
  return Number(m[1]) * unit[m[2]];
}

async function runUntil(text: string): Promise<void> {
  await page.locator('wb-controls button', { hasText: 'Ctrl+Enter' }).click();
  await page.locator('wb-console pre', { hasText: text }).waitFor({ timeout: 60000 });
  await page.locator('wb-controls button', { hasText: 'Pause' }).click();
}

test('the workbench runs lru-shrink and shows the memory story', async () => {
  await page.goto(`http://localhost:${port}/`);
  await page.locator('wb-app h1').waitFor();
  await page.locator('wb-controls select').first().selectOption('lru-shrink');
  await page.locator('wb-controls #flag-entries').fill('300000');
  await page.locator('wb-controls #flag-max').fill('30000000');
  await page.locator('wb-controls #flag-after-shrink').fill('none');
  await page.locator('wb-controls #flag-wait').fill('600s');
  // ×1: the program sleeps in real time after the shrink, so nothing frees memory before we do
  await page.locator('wb-controls select', { hasText: 'as fast as possible' }).selectOption('1');
  await runUntil('after decreased');
  const rss = await ladder('VmRSS');
  const released = await ladder('HeapIdle', true);
  assert.ok(rss > 5, `RSS ${rss} MiB after filling the cache`);
  assert.ok((await page.locator('wb-chart canvas').count()) > 0, 'the chart draws');
  await page.locator('wb-controls button', { hasText: 'debug.FreeOSMemory()' }).click();
  await page.waitForTimeout(500);
  const rss2 = await ladder('VmRSS');
  const released2 = await ladder('HeapIdle', true);
  assert.ok(released2 > released + 5, `HeapReleased ${released} -> ${released2} MiB`);
  assert.ok(rss2 < rss - 5, `RSS ${rss} -> ${rss2} MiB`);

  // MADV_FREE: released memory stays resident until the OS needs it
  await page.locator('wb-controls select', { hasText: 'MADV_DONTNEED' }).selectOption('free');
  await runUntil('after decreased');
  // the second run's chart is drawn (a new run empties the chart first)
  const box = await page.locator('wb-chart canvas').first().boundingBox();
  assert.ok(box !== null && box.height > 100, `the chart draws on the second run: ${JSON.stringify(box)}`);
  const rss3 = await ladder('VmRSS');
  await page.locator('wb-controls button', { hasText: 'debug.FreeOSMemory()' }).click();
  await page.waitForTimeout(500);
  const rss4 = await ladder('VmRSS');
  assert.ok(rss4 > rss3 - 2, `with MADV_FREE RSS stays: ${rss3} -> ${rss4} MiB`);
  const pressure = page.locator('wb-controls label', { hasText: 'Memory pressure' }).locator('input');
  await pressure.fill('100');
  await pressure.dispatchEvent('change');
  await page.waitForTimeout(500);
  const rss5 = await ladder('VmRSS');
  assert.ok(rss5 < rss4 - 5, `memory pressure reclaims the lazily freed pages: ${rss4} -> ${rss5} MiB`);

  mkdirSync('test-artifacts', { recursive: true });
  await page.screenshot({ path: 'test-artifacts/workbench.png' });
  await page.screenshot({ path: 'test-artifacts/workbench-full.png', fullPage: true });

  // A run as fast as possible: the page keeps up with the worker's snapshots (long tasks are
  // measured in this window; page load and monaco's start are reported apart)
  await page.locator('wb-controls select', { hasText: 'as fast as possible' }).selectOption('max');
  await page.locator('wb-controls #flag-entries').fill('2000000');
  await page.locator('wb-controls #flag-max').fill('300000000');
  await page.locator('wb-controls #flag-wait').fill('1s');
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('wb-controls button', { hasText: 'Ctrl+Enter' }).click();
  await page.locator('wb-console pre', { hasText: 'after decreased' }).waitFor({ timeout: 120000 });
  const t1 = await page.evaluate(() => performance.now());
  const all = await page.evaluate(
    () => (window as unknown as { longTasks: { start: number; ms: number }[] }).longTasks,
  );
  const during = all.filter((x) => x.start >= t0 && x.start < t1).map((x) => x.ms);
  const before = all.filter((x) => x.start < t0).map((x) => x.ms);
  const worst = (xs: number[]) => Math.max(0, ...xs).toFixed(0);
  console.log(
    `e2e: full-speed run (${((t1 - t0) / 1000).toFixed(1)} s): worst main-thread task ${worst(during)} ms, ` +
      `${during.filter((d) => d > 50).length} over 50 ms; ` +
      `page load and the ×1 runs: worst ${worst(before)} ms, ${before.filter((d) => d > 50).length} over 50 ms`,
  );
});
