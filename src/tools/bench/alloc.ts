// Allocator figures (issue: simulated runtime part 1; bench figure 1):
// simulated mallocs per second for small, tiny and large objects, and the
// real bytes of bookkeeping per live simulated object at 10 million objects.

import { createRuntime } from '../../sim/runtime.ts';
import { type BenchContext, type BenchFigure, type BenchSection, summarize } from './harness.ts';

function mallocRate(ctx: BenchContext, size: number, noscan: boolean, n: number): number {
  // GOGC=off: the allocator alone (the collector has its own figures).
  const rt = createRuntime({ seed: 7, gogc: -1 });
  const t0 = ctx.now();
  for (let i = 0; i < n; i++) rt.mallocgc(size, noscan);
  const ms = ctx.now() - t0;
  return (n / ms) * 1000;
}

/** Real memory (JS heap + array buffers) per live object after allocating n objects of `size`. */
function bookkeepingPerObject(size: number, n: number): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  const used = () => {
    for (let i = 0; i < 4; i++) gc?.();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = used();
  const rt = createRuntime({ seed: 7, memProfileRate: 0, gogc: -1 });
  for (let i = 0; i < n; i++) rt.mallocgc(size, true);
  const after = used();
  // Keep rt alive until after the measurement.
  if (rt.readMemStats().HeapObjects < n) throw new Error('bench: objects missing');
  return (after - before) / n;
}

export const allocSection: BenchSection = {
  name: 'allocator',
  async run(ctx): Promise<BenchFigure[]> {
    const figs: BenchFigure[] = [];
    const hasGC = typeof (globalThis as { gc?: unknown }).gc === 'function';
    // Memory first, before the rate runs leave garbage behind.
    const live = 10_000_000;
    for (const size of [16, 1024]) {
      const vals: number[] = [];
      for (let i = 0; i < (ctx.quick ? 1 : 3); i++) vals.push(bookkeepingPerObject(size, live));
      figs.push(
        summarize(
          'allocator',
          `bookkeeping/object, 10M live ${size} B${hasGC ? '' : ' (no --expose-gc)'}`,
          'B',
          vals,
          {
            text: '<= 32',
            ok: (m) => m <= 32,
          },
        ),
      );
    }
    const reps = ctx.quick ? 3 : 5;
    const n = ctx.quick ? 1_000_000 : 5_000_000;
    const rate = (name: string, size: number, noscan: boolean, count: number, target?: number) => {
      const vals: number[] = [];
      for (let i = 0; i < reps; i++) vals.push(mallocRate(ctx, size, noscan, count));
      figs.push(
        summarize(
          'allocator',
          name,
          'mallocs/s',
          vals,
          target ? { text: `>= ${target / 1e6}M`, ok: (m) => m >= target } : undefined,
        ),
      );
    };
    rate('small 48 B scan', 48, false, n, 20e6);
    rate('small 1 KiB noscan', 1024, true, n, 20e6);
    rate('tiny 8 B noscan', 8, true, n);
    rate('large 40 KiB', 40_000, true, Math.floor(n / 20));
    return figs;
  },
};
