// Browser figures (bench figures 5 and 6): the built app (vite build, then vite preview) in
// headless Chromium. It measures the first paint and the initial JS without monaco, then runs
// lru-shrink at 1M entries inside the worker as fast as possible, timing it against the same run
// in Node (figure 4's child process) and recording the page's long tasks while it runs.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../find-chrome.mjs';
import { buildCatalog } from '../gen-catalog.ts';
import { buildRunner, lru1MArgs } from './e2e.ts';
import { type BenchFigure, type BenchSection, summarize } from './harness.ts';

const port = 4174;

/** The JS the built index.html loads before anything lazy: its module script and modulepreloads. */
/**
 * The values the page's flag inputs get for the run, as the Node run has them: lru-shrink's own
 * defaults (the picker prefills its test scale instead), then lru1MArgs. Check boxes keep theirs.
 */
function lruFlags(): Record<string, string> {
  const entry = buildCatalog('.').find((c) => c.name === 'lru-shrink');
  if (!entry) throw new Error('bench: lru-shrink is not in the catalogue');
  const flags: Record<string, string> = {};
  for (const f of entry.flags) if (f.kind !== 'bool') flags[f.name] = f.default;
  for (let i = 0; i + 1 < lru1MArgs.length; i += 2) flags[lru1MArgs[i].replace(/^-+/, '')] = lru1MArgs[i + 1];
  return flags;
}

export function initialScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g),
  ];
  return [...new Set(srcs.map((m) => join(dist, m[1].replace(/^\//, ''))))];
}

async function startPreview(): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => {
      server.kill();
      reject(new Error('vite preview did not start'));
    }, 30000);
    server.on('exit', (code) => {
      clearTimeout(t);
      reject(new Error(`vite preview exited (${code}); is port ${port} in use?`));
    });
    server.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes(String(port))) {
        clearTimeout(t);
        resolve();
      }
    });
  });
  return server;
}

export const browserSection: BenchSection = {
  name: 'browser',
  async run(ctx): Promise<BenchFigure[]> {
    const chrome = findChrome();
    if (!chrome) {
      console.warn('bench: browser figures skipped: no Chromium found');
      return [];
    }
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
    });
    const figures: BenchFigure[] = [];
    const scripts = initialScripts('dist');
    const raw = scripts.reduce((n, f) => n + readFileSync(f).length, 0);
    const gz = scripts.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
    figures.push(summarize('browser', 'initial JS without monaco (raw)', 'kB', [raw / 1000]));
    figures.push(
      summarize('browser', 'initial JS without monaco (gzipped)', 'kB', [gz / 1000], {
        text: '< 150',
        ok: (m) => m < 150,
      }),
    );

    const server = await startPreview();
    let browser: Browser | null = null;
    try {
      browser = await chromium.launch({ executablePath: chrome, args: chromeArgs, headless: true });
      const paints: number[] = [];
      const wall: number[] = [];
      const worst: number[] = [];
      const over: number[] = [];
      const runs = ctx.quick ? 1 : 3;
      for (let r = 0; r < runs; r++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        // (page scripts as text: this project's tsconfig has no DOM types)
        await page.addInitScript({
          content: `window.longTasks = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, ms: e.duration });
            }).observe({ type: 'longtask', buffered: true });`,
        });
        await page.goto(`http://localhost:${port}/`);
        await page.locator('wb-app h1').waitFor();
        // the paint entry can land after the heading is visible: wait for it (buffered)
        paints.push(
          (await page.evaluate(`new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const e = list.getEntries().find((x) => x.name === 'first-contentful-paint');
              if (e) resolve(e.startTime);
            }).observe({ type: 'paint', buffered: true });
          })`)) as number,
        );
        // lru-shrink at 1M entries with its other defaults, as the Node figure runs it
        await page.locator('wb-controls select').first().selectOption('lru-shrink');
        // the 1M flags (lru1MArgs) over the scenario's own defaults (the picker prefills its test scale)
        for (const [k, v] of Object.entries(lruFlags())) await page.locator(`wb-controls #flag-${k}`).fill(v);
        await page.locator('wb-controls select', { hasText: 'as fast as possible' }).selectOption('max');
        await page.waitForTimeout(1500); // monaco's start is not part of the run
        const t0 = (await page.evaluate('performance.now()')) as number;
        await page.locator('wb-controls button', { hasText: 'Ctrl+Enter' }).click();
        await page.locator('wb-controls [role=status]', { hasText: 'exited' }).waitFor({ timeout: 600000 });
        const t1 = (await page.evaluate('performance.now()')) as number;
        wall.push((t1 - t0) / 1000);
        const tasks = (await page.evaluate('window.longTasks')) as { start: number; ms: number }[];
        const during = tasks.filter((x) => x.start >= t0 && x.start <= t1).map((x) => x.ms);
        worst.push(Math.max(0, ...during));
        over.push(during.filter((d) => d > 50).length);
        await page.close();
      }
      figures.push(summarize('browser', 'first contentful paint, built app from vite preview', 'ms', paints));
      figures.push(summarize('browser', 'lru-shrink 1M entries in the worker, Run to exit', 's', wall));
      // the same run in Node (the ratio's denominator), measured in this section
      await buildRunner();
      const node: number[] = [];
      for (let r = 0; r < runs; r++) {
        const out = execFileSync(
          process.execPath,
          ['--max-old-space-size=8192', '.bench/run-program.mjs', 'scenarios/lru-shrink.go', ...lru1MArgs],
          { encoding: 'utf8', maxBuffer: 1 << 26 },
        );
        node.push((JSON.parse(out.trim().split('\n').pop()!) as { wallMs: number }).wallMs / 1000);
      }
      const nodeMedian = [...node].sort((a, b) => a - b)[Math.floor(node.length / 2)];
      figures.push(
        summarize(
          'browser',
          'lru-shrink 1M: worker / Node',
          'ratio',
          wall.map((w) => w / nodeMedian),
        ),
      );
      figures.push(
        summarize('browser', 'longest main-thread task during the full-speed run', 'ms', worst, {
          text: '<= 50',
          ok: (m) => m <= 50,
        }),
      );
      figures.push(
        summarize('browser', 'main-thread tasks over 50 ms during the run', 'count', over, {
          text: '0',
          ok: (m) => m === 0,
        }),
      );
    } finally {
      await browser?.close();
      server.kill();
    }
    return figures;
  },
};
