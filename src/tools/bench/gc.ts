// Collector figures (bench figure 2): marked objects per second of real time
// at 1M and 5M live objects, and pages swept per second.

import { createRuntime, type Runtime } from '../../sim/runtime.ts';
import { type BenchContext, type BenchFigure, type BenchSection, summarize } from './harness.ts';

/**
 * A heap of `n` live objects: 48-byte scan nodes, each pointing to a 64-byte
 * noscan payload, all reachable from one large pointer array (2n objects).
 */
function liveHeap(n: number): Runtime {
  const rt = createRuntime({ seed: 7, gogc: -1, memProfileRate: 0 });
  const nodes = n / 2;
  const arr = rt.mallocgc(nodes * 8, false);
  rt.roots.globals.push(arr);
  for (let i = 0; i < nodes; i++) {
    const node = rt.mallocgc(48, false);
    rt.alloc.writePointer(arr + i * 8, node);
    rt.alloc.writePointer(node, rt.mallocgc(64, true));
  }
  return rt;
}

function markRate(ctx: BenchContext, n: number): number {
  const rt = liveHeap(n);
  rt.GC(); // sweep the construction garbage first
  const t0 = ctx.now();
  rt.GC();
  const ms = ctx.now() - t0;
  const marked = rt.gc.cycles.at(-1)?.markedObjects ?? 0;
  if (marked < n) throw new Error(`bench: marked ${marked} < ${n}`);
  return (marked / ms) * 1000;
}

function sweepRate(ctx: BenchContext, n: number): number {
  const rt = liveHeap(n);
  rt.GC();
  const pages = rt.readMemStats().HeapInuse / 8192;
  rt.roots.globals.truncate(0);
  const t0 = ctx.now();
  rt.GC(); // marks almost nothing, sweeps every span
  const ms = ctx.now() - t0;
  return (pages / ms) * 1000;
}

export const gcSection: BenchSection = {
  name: 'collector',
  async run(ctx): Promise<BenchFigure[]> {
    const figs: BenchFigure[] = [];
    const reps = ctx.quick ? 1 : 3;
    for (const n of ctx.quick ? [1_000_000] : [1_000_000, 5_000_000]) {
      const vals: number[] = [];
      for (let i = 0; i < reps; i++) vals.push(markRate(ctx, n));
      figs.push(summarize('collector', `mark, ${n / 1e6}M live objects`, 'objects/s', vals));
    }
    const sw: number[] = [];
    for (let i = 0; i < reps; i++) sw.push(sweepRate(ctx, 1_000_000));
    figs.push(summarize('collector', 'sweep, 1M dead objects', 'pages/s', sw));
    return figs;
  },
};
