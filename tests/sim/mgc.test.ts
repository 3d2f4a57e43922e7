// The collector, pacer and scavenger (src/sim/mgc.ts, mgcpacer.ts,
// mgcscavenge.ts) against the rules in go-runtime-facts.md §4, §5, §7, §10
// and real Go 1.19.8 trace lines.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatGCTrace, type GCCycleRecord, gcTraceSegments, scvgTraceLines } from '../../src/sim/gctrace.ts';
import { maxInt64, parseGOGC, parseGOMEMLIMIT } from '../../src/sim/mgcpacer.ts';
import { PIController } from '../../src/sim/mgcscavenge.ts';
import { createRuntime, parseGODEBUG, type Runtime } from '../../src/sim/runtime.ts';

const MiB = 2 ** 20;

/** Allocates n objects of `size`, each rooted in main's frame; returns their slot range. */
function allocRooted(rt: Runtime, n: number, size: number, noscan = true): [number, number] {
  const slots = rt.mainG.slots;
  const from = slots.len;
  for (let i = 0; i < n; i++) slots.push(rt.mallocgc(size, noscan));
  return [from, slots.len];
}

function lastCycle(rt: Runtime): GCCycleRecord {
  const c = rt.gc.cycles.at(-1);
  assert.ok(c, 'a GC cycle ran');
  return c;
}

describe('reachability (facts §10)', () => {
  it('objects reachable from roots survive, the rest are freed', () => {
    const rt = createRuntime({ gogc: -1, debugInvariants: false });
    const base = rt.readMemStats().HeapObjects;
    const g = rt.roots.globals;
    const list = rt.mallocgc(64, false); // a scan object holding pointers
    g.push(list);
    const kept = rt.mallocgc(1000, true);
    rt.alloc.writePointer(list + 8, kept);
    for (let i = 0; i < 1000; i++) rt.mallocgc(1000, true); // garbage
    rt.GC();
    const ms = rt.readMemStats();
    assert.equal(ms.HeapObjects, base + 2);
    assert.equal(lastCycle(rt).heap2Bytes >= 64 + 1024, true);
    rt.checkInvariants();
  });

  it('an interior pointer keeps the whole object (a substring pins its string)', () => {
    const rt = createRuntime({ gogc: -1 });
    const big = rt.mallocgc(256 << 10, true);
    rt.mainG.slots.push(big + 100_000);
    rt.GC();
    assert.notEqual(rt.alloc.findObject(big), 0);
    rt.mainG.slots.truncate(0);
    rt.GC();
    assert.equal(rt.alloc.findObject(big), 0);
  });

  it('dropping a goroutine frees what only its frames referenced, and its stack', () => {
    const rt = createRuntime({ gogc: -1 });
    const g = rt.newGoroutine();
    const obj = rt.mallocgc(4096, true);
    g.slots.push(obj);
    const stack0 = rt.readMemStats().StackInuse;
    rt.GC();
    assert.notEqual(rt.alloc.findObject(obj), 0);
    rt.exitGoroutine(g);
    rt.GC();
    assert.equal(rt.alloc.findObject(obj), 0);
    assert.ok(rt.readMemStats().StackInuse <= stack0);
  });
});

describe('heap-triggered cycles and the pacer (facts §4)', () => {
  for (const [gogc, goalMiB] of [
    [50, 2],
    [100, 4],
    [200, 8],
  ] as const) {
    it(`GOGC=${gogc}: first goal ${goalMiB} MiB, and a live heap sets the next goal to live × (1 + GOGC/100)`, () => {
      const rt = createRuntime({ gogc, godebug: 'gctrace=1' });
      assert.equal(rt.readMemStats().NextGC, goalMiB * MiB);
      allocRooted(rt, 6000, 4096);
      assert.ok(rt.gc.numGC >= 1, 'heap growth triggered a cycle');
      rt.GC();
      const c = lastCycle(rt);
      const next = rt.readMemStats().NextGC;
      const expect = c.heap2Bytes + Math.floor(((c.heap2Bytes + rt.pacer.lastStackScan) * gogc) / 100);
      assert.ok(Math.abs(next - Math.max(expect, rt.pacer.sweepDistMinTrigger)) <= 1, `${next} vs ${expect}`);
      assert.match(rt.traceLog[0].text, new RegExp(`^gc 1 @0\\.\\d{3}s \\d+%: .* MB, ${goalMiB} MB goal, `));
    });
  }

  it('the trigger lies between 0.7 and 0.95 of the runway (or goal − 4 MiB)', () => {
    const rt = createRuntime();
    allocRooted(rt, 20000, 1024);
    rt.GC();
    const p = rt.pacer;
    const goal = p.heapGoal();
    const t = p.trigger();
    const m = p.heapMarked;
    assert.ok(t >= m + ((goal - m) / 64) * 45 - 1, `trigger ${t} below 0.7`);
    assert.ok(t <= Math.max(m + ((goal - m) / 64) * 61, goal - 4 * MiB) + 1, `trigger ${t} above 0.95`);
  });

  it('GOGC=off: no heap-triggered cycle, the goal comes from the maximal memory limit', () => {
    const rt = createRuntime({ gogc: -1, godebug: 'gctrace=1' });
    allocRooted(rt, 5000, 4096);
    assert.equal(rt.gc.numGC, 0);
    rt.GC();
    // Real Go 1.19: "10->10->1 MB, 8796093022198 MB goal" (facts §7).
    const goalMB = Number(/, (\d+) MB goal/.exec(rt.traceLog[0].text)?.[1]);
    assert.ok(Math.abs(goalMB - 8796093022198) <= 30, `goal ${goalMB} MB`);
    assert.ok(rt.readMemStats().NextGC > 9.2e18);
  });

  it('debug.SetGCPercent and SetMemoryLimit take effect at once', () => {
    const rt = createRuntime();
    allocRooted(rt, 10000, 1024);
    rt.GC();
    const goal100 = rt.readMemStats().NextGC;
    assert.equal(rt.setGCPercent(200), 100);
    assert.ok(rt.readMemStats().NextGC > goal100 * 1.4);
    rt.setMemoryLimit(rt.mappedReadyBytes() + 2 * MiB);
    assert.ok(rt.readMemStats().NextGC < goal100, 'the limit pulls the goal down');
    assert.equal(rt.setMemoryLimit(-1), rt.pacer.memoryLimit, 'negative only reads');
  });

  it('GC CPU limiter: a bucket of GOMAXPROCS CPU-seconds fills with GC time beyond mutator time, then limits', () => {
    const rt = createRuntime();
    const p = rt.pacer;
    // 2 Ps: windows of 1 s wall (2e9 CPU ns) with 1.5e9 of GC CPU fill the bucket by 1e9 each.
    p.limiterUpdate(1.5e9, 2e9);
    assert.equal(p.limiting, false);
    p.limiterUpdate(1.5e9, 2e9);
    assert.equal(p.limiting, true, 'full at 2 CPU-seconds');
    assert.equal(p.limiterEvents, 1);
    p.limiterUpdate(0.2e9, 2e9);
    assert.equal(p.limiting, false, 'mutator time drains it');
    // While limiting, allocation-path limit scavenging stops.
    rt.setMemoryLimit(1 << 20);
    p.limiting = true;
    const rel = rt.readMemStats().HeapReleased;
    allocRooted(rt, 200, 32 << 10);
    assert.equal(rt.heap.scavengedEagerBytes > 0 && rt.readMemStats().HeapReleased > rel, false);
  });

  it('limit scavenging counts reused released pages once (no release while under the limit)', () => {
    const rt = createRuntime({ gogc: -1 });
    const slots = rt.mainG.slots;
    allocRooted(rt, 56, 1 << 20); // A: 56 MiB, low addresses
    const [bFrom] = allocRooted(rt, 8, 1 << 20); // B: 8 MiB above it
    for (let i = 0; i < 56; i++) slots.set(i, 0); // drop A
    rt.GC();
    rt.heap.scavenge(56 << 20); // A's pages are the only free ones: released, low
    for (let i = bFrom; i < bFrom + 8; i++) slots.set(i, 0); // drop B: 8 MiB free, not released, high
    rt.GC();
    rt.setMemoryLimit(rt.mappedReadyBytes() + (4 << 20));
    const eager = rt.heap.scavengedEagerBytes;
    slots.push(rt.mallocgc(3 << 20, true)); // reuses 3 MiB of A's released pages: 1 MiB under the limit
    assert.equal(rt.heap.scavengedEagerBytes, eager);
  });

  it('GOGC and GOMEMLIMIT parse as Go parses them', () => {
    assert.equal(parseGOGC(undefined), 100);
    assert.equal(parseGOGC('off'), -1);
    assert.equal(parseGOGC('50'), 50);
    assert.equal(parseGOGC('abc'), 100);
    assert.equal(parseGOMEMLIMIT(undefined), maxInt64);
    assert.equal(parseGOMEMLIMIT('off'), maxInt64);
    assert.equal(parseGOMEMLIMIT('100MiB'), 100 * MiB);
    assert.equal(parseGOMEMLIMIT('1GiB'), 2 ** 30);
    assert.equal(parseGOMEMLIMIT('12345'), 12345);
    assert.throws(() => parseGOMEMLIMIT('100MB'), /malformed GOMEMLIMIT/);
    assert.throws(() => parseGOMEMLIMIT('-5'), /malformed GOMEMLIMIT/);
  });

  it('go1.12 has no memory limit and uses the pre-1.18 goal (marked × 2 at GOGC=100)', () => {
    const rt = createRuntime({ goVersion: 'go1.12' });
    assert.throws(() => rt.setMemoryLimit(100 * MiB), /no memory limit/);
    allocRooted(rt, 10000, 1024);
    rt.GC();
    const c = lastCycle(rt);
    assert.equal(rt.pacer.gcPercentHeapGoal, c.heap2Bytes * 2);
  });
});

describe('marking in simulated time', () => {
  it('objects allocated during mark are black: heap1 > heap0 and they count as live', () => {
    const rt = createRuntime({ godebug: 'gctrace=1' });
    const slots = rt.mainG.slots;
    // Keep a window of recent objects alive so marking has work to do.
    for (let i = 0; i < 200_000; i++) {
      const a = rt.mallocgc(512, true);
      if (slots.len < 20_000) slots.push(a);
      else slots.set(i % 20_000, a);
    }
    const grown = rt.gc.cycles.filter((c) => c.heap1Bytes > c.heap0Bytes && c.trigger === 'heap');
    assert.ok(grown.length > 0, 'some cycle saw allocation during marking');
    const c = grown[grown.length - 1];
    assert.ok(c.markNs > 0 && c.bgCpuNs > 0);
  });

  it('runtime.GC during a mark runs two cycles; only the second is forced', () => {
    const rt = createRuntime({ godebug: 'gctrace=1' });
    const slots = rt.mainG.slots;
    while (rt.gc.phase !== 'mark') slots.push(rt.mallocgc(4096, true));
    const n = rt.gc.numGC;
    rt.GC();
    assert.equal(rt.gc.numGC, n + 2);
    assert.equal(rt.gc.numForcedGC, 1);
    const lines = rt.traceLog.map((l) => l.text);
    assert.ok(!lines.at(-2)?.endsWith('(forced)'));
    assert.ok(lines.at(-1)?.endsWith(' 2 P (forced)'));
    assert.equal(rt.readMemStats().NumForcedGC, 1);
  });

  it('the periodic GC runs 2 minutes after the last one, printing "GC forced" first; not with GOGC=off', () => {
    const rt = createRuntime({ godebug: 'gctrace=1' });
    rt.GC();
    rt.sleep(121e9);
    const texts = rt.traceLog.map((l) => l.text);
    assert.equal(texts[1], 'GC forced');
    assert.match(texts[2], /^gc 2 @12\d\.\d{3}s .* 2 P$/);
    const off = createRuntime({ gogc: -1, godebug: 'gctrace=1' });
    off.GC();
    off.sleep(300e9);
    assert.equal(off.gc.numGC, 1);
  });

  it('no periodic GC before the first GC (Go needs lastgc != 0)', () => {
    const rt = createRuntime({ godebug: 'gctrace=1' });
    rt.sleep(300e9);
    assert.equal(rt.gc.numGC, 0);
  });

  it('the same seed gives the same trace', () => {
    const run = () => {
      const rt = createRuntime({ seed: 7, godebug: 'gctrace=1,scavtrace=1' });
      for (let i = 0; i < 50_000; i++) {
        const a = rt.mallocgc(100 + (i % 900), i % 3 === 0);
        if (i % 5 === 0) rt.mainG.slots.push(a);
      }
      rt.freeOSMemory();
      return rt.traceLog.map((l) => `${l.tNs} ${l.text}`).join('\n');
    };
    assert.equal(run(), run());
  });

  it('invariants hold across automatic and forced cycles', () => {
    const rt = createRuntime({ debugInvariants: false });
    const slots = rt.mainG.slots;
    for (let i = 0; i < 30_000; i++) {
      const a = rt.mallocgc(i % 7 === 0 ? 40_000 : 24 + (i % 500), i % 2 === 0);
      if (i % 3 === 0) slots.push(a);
      if (i % 5000 === 4999) rt.checkInvariants();
    }
    rt.GC();
    rt.checkInvariants();
    rt.freeOSMemory();
    rt.checkInvariants();
  });
});

describe('finalizers (facts §10)', () => {
  it('runs once; the object is freed a cycle later', () => {
    const rt = createRuntime({ gogc: -1 });
    const obj = rt.mallocgc(64, false);
    rt.setFinalizer(obj, 7);
    rt.GC();
    const ready = rt.takeFinalizers();
    assert.deepEqual(ready, [[obj, 7]]);
    assert.notEqual(rt.alloc.findObject(obj), 0, 'resurrected for its finalizer');
    rt.GC();
    assert.equal(rt.alloc.findObject(obj), 0, 'freed by the next cycle');
    assert.deepEqual(rt.takeFinalizers(), [], 'only once');
  });

  it('what a finalized object references stays alive until it is freed', () => {
    const rt = createRuntime({ gogc: -1 });
    const a = rt.mallocgc(64, false);
    const b = rt.mallocgc(64, true);
    rt.alloc.writePointer(a, b);
    rt.setFinalizer(a, 1);
    rt.GC();
    assert.notEqual(rt.alloc.findObject(b), 0);
    rt.takeFinalizers();
    rt.GC();
    assert.equal(rt.alloc.findObject(b), 0);
  });

  it('a reference cycle through an object with a finalizer is never collected', () => {
    const rt = createRuntime({ gogc: -1 });
    const a = rt.mallocgc(64, false);
    const b = rt.mallocgc(64, false);
    rt.alloc.writePointer(a, b);
    rt.alloc.writePointer(b, a);
    rt.setFinalizer(a, 1);
    for (let i = 0; i < 3; i++) rt.GC();
    assert.deepEqual(rt.takeFinalizers(), []);
    assert.notEqual(rt.alloc.findObject(a), 0);
    assert.notEqual(rt.alloc.findObject(b), 0);
  });

  it('a finalizer may sit inside a tiny block (pointer-free pointee under 16 B); zerobase is ignored', () => {
    const rt = createRuntime({ gogc: -1 });
    const a = rt.mallocgc(4, true);
    const b = rt.mallocgc(4, true); // same 16-byte tiny block
    rt.setFinalizer(a, 1, true);
    rt.setFinalizer(b, 2, true);
    rt.setFinalizer(rt.mallocgc(0, true), 3);
    rt.GC();
    assert.deepEqual(
      rt.takeFinalizers().map(([, fn]) => fn),
      [1, 2],
      'both finalizers of the dead block are queued',
    );
  });

  it('SetFinalizer errors use Go words', () => {
    const rt = createRuntime({ gogc: -1 });
    const a = rt.mallocgc(64, false);
    assert.throws(() => rt.setFinalizer(a + 8, 1), /pointer not at beginning of allocated block/);
    rt.setFinalizer(a, 1);
    assert.throws(() => rt.setFinalizer(a, 2), /finalizer already set/);
  });
});

describe('stacks, timers and pools', () => {
  it('GC shrinks a stack using under a quarter of it; gcshrinkstackoff=1 keeps it', () => {
    for (const [godebug, expect] of [
      ['', 16384],
      ['gcshrinkstackoff=1', 32768],
    ] as const) {
      const rt = createRuntime({ gogc: -1, godebug });
      const g = rt.newGoroutine();
      rt.setStackUsed(g, 20_000); // grows to 32 KiB
      assert.equal(g.stackBytes, 32768);
      rt.setStackUsed(g, 1000);
      rt.GC();
      assert.equal(g.stackBytes, expect, godebug || 'default');
    }
  });

  it('shrinking a stack writes only inside the new stack, and not when used + 800 B reaches a quarter', () => {
    const rt = createRuntime({ gogc: -1 });
    const g = rt.newGoroutine();
    rt.setStackUsed(g, 15_000); // 16 KiB
    const rss = rt.linux.rssBytes;
    rt.setStackUsed(g, 100);
    rt.GC();
    assert.equal(g.stackBytes, 8192);
    assert.ok(rt.linux.rssBytes <= rss + 8192, 'no pages touched below the new stack');
    rt.setStackUsed(g, 1300); // 1300 + 800 >= 8192 / 4: Go keeps it
    rt.GC();
    assert.equal(g.stackBytes, 8192);
  });

  it('new goroutines start at the average scanned stack size (Go 1.19 adaptive start)', () => {
    const rt = createRuntime({ gogc: -1, godebug: 'gcshrinkstackoff=1' });
    for (let i = 0; i < 20; i++) rt.setStackUsed(rt.newGoroutine(), 6000);
    rt.GC();
    assert.equal(rt.gc.startingStackBytes, 8192);
    assert.equal(rt.newGoroutine().stackBytes, 8192);
  });

  it('an unstopped Ticker stays reachable before go1.23 and is collectable in go1.23', () => {
    for (const [goVersion, kept] of [
      ['go1.19', true],
      ['go1.23', false],
    ] as const) {
      const rt = createRuntime({ gogc: -1, goVersion });
      const ticker = rt.mallocgc(64, false);
      rt.roots.addTimer({ addr: ticker, chanTimer: true });
      rt.GC();
      rt.GC();
      assert.equal(rt.alloc.findObject(ticker) !== 0, kept, goVersion);
      assert.equal(rt.roots.timers.size, kept ? 1 : 0);
    }
  });

  it('sync.Pool-style hooks are cleared at every GC start', () => {
    const rt = createRuntime({ gogc: -1 });
    let cleared = 0;
    rt.gcStartHooks.push(() => cleared++);
    rt.GC();
    rt.GC();
    assert.equal(cleared, 2);
  });
});

describe('scavenger (facts §5)', () => {
  function shrunk(config: Parameters<typeof createRuntime>[0]) {
    const rt = createRuntime({ godebug: 'scavtrace=1', ...config });
    const [from, to] = allocRooted(rt, 60_000, 1024);
    for (let i = from; i < to; i++) rt.heap.touch(rt.mainG.slots.words[i], 1024);
    rt.mainG.slots.truncate(from);
    return rt;
  }

  it('after a shrink and one GC, the background scavenger returns the idle heap over a few seconds', () => {
    const rt = shrunk({});
    rt.GC();
    const idle = rt.readMemStats().HeapIdle;
    const rel0 = rt.readMemStats().HeapReleased;
    rt.sleep(30e9);
    const ms = rt.readMemStats();
    assert.ok(ms.HeapReleased - rel0 > 0.8 * (idle - rel0), `released ${ms.HeapReleased} of idle ${idle}`);
    assert.ok(rt.scavenger.state === 'parked', 'parks when done');
    assert.ok(rt.traceLog.some((l) => /^scav \d+ KiB work, \d+ KiB total, \d+% util$/.test(l.text)));
  });

  it('with no GC after the shrink nothing is returned (goals are set at mark termination)', () => {
    const rt = shrunk({});
    const rel0 = rt.readMemStats().HeapReleased;
    rt.sleep(15e9);
    assert.ok(rt.readMemStats().HeapReleased - rel0 < MiB);
  });

  it('FreeOSMemory releases every free page and prints a forced scav line; RSS depends on madvise only', () => {
    const out: Record<string, Runtime> = {};
    for (const m of ['dontneed', 'free'] as const) {
      const rt = shrunk({ madvdontneed: m === 'dontneed' });
      rt.freeOSMemory();
      const ms = rt.readMemStats();
      assert.equal(ms.HeapReleased, ms.HeapIdle);
      assert.match(rt.traceLog.at(-1)!.text, /^scav \d+ KiB work, \d+ KiB total, \d+% util \(forced\)$/);
      out[m] = rt;
    }
    assert.equal(out.dontneed.readMemStats().HeapReleased, out.free.readMemStats().HeapReleased);
    assert.ok(out.free.linux.rssBytes > out.dontneed.linux.rssBytes + 40 * MiB);
    assert.ok(out.free.linux.lazyFreeBytes > 40 * MiB);
  });

  it('go1.12: the sysmon scavenger releases pages idle for 5 minutes and prints scvg lines', () => {
    const rt = createRuntime({ goVersion: 'go1.12', godebug: 'gctrace=1' });
    const [from] = allocRooted(rt, 20_000, 1024);
    rt.mainG.slots.truncate(from);
    rt.GC();
    const rel0 = rt.readMemStats().HeapReleased;
    rt.sleep(200e9);
    assert.equal(rt.readMemStats().HeapReleased, rel0, 'nothing before 5 minutes');
    rt.sleep(400e9);
    assert.ok(rt.readMemStats().HeapReleased > rel0 + 10 * MiB);
    const texts = rt.traceLog.map((l) => l.text);
    assert.ok(texts.some((t) => /^scvg\d+: \d+ MB released$/.test(t)));
    assert.ok(
      texts.some((t) =>
        /^scvg\d+: inuse: \d+, idle: \d+, sys: \d+, released: \d+, consumed: \d+ \(MB\)$/.test(t),
      ),
    );
    rt.freeOSMemory();
    assert.match(rt.traceLog.at(-1)!.text, /^scvg-1: inuse: /);
  });

  it('PI controller: clamps its output and accumulates the integral as Go does', () => {
    const c = new PIController(0.3375, 3.2e6, 1e9, 0.001, 1000);
    const out = c.next(0.0005, 0.01, 1.001e9);
    assert.ok(out >= 0.001 && out <= 1000);
    assert.ok(c.errIntegral > 0.9 && c.errIntegral < 1.1, `${c.errIntegral}`);
  });
});

describe('trace lines (facts §7)', () => {
  const rec: GCCycleRecord = {
    n: 6,
    startNs: 5_400_000,
    endNs: 6_000_000,
    cpuPercent: 3,
    stwSweepTermNs: 11_500,
    markNs: 520_000,
    stwMarkTermNs: 1_000,
    stwSweepTermCpuNs: 23_000,
    assistCpuNs: 13_000,
    bgCpuNs: 19_000,
    idleCpuNs: 67_000,
    stwMarkTermCpuNs: 2_000,
    heap0Bytes: 122 * MiB + 5,
    heap1Bytes: 145 * MiB,
    heap2Bytes: 145 * MiB + 9,
    goalBytes: 124 * MiB,
    stacksBytes: 14336,
    globalsBytes: 0,
    procs: 2,
    trigger: 'heap',
    markedObjects: 0,
    heapScanBytes: 0,
  };

  it('prints the Go 1.19 line exactly (a real run: gc 6 @0.005s 3% ...)', () => {
    assert.equal(
      formatGCTrace(rec),
      'gc 6 @0.005s 3%: 0.011+0.52+0.001 ms clock, 0.023+0.013/0.019/0.067+0.002 ms cpu, 122->145->145 MB, 124 MB goal, 0 MB stacks, 0 MB globals, 2 P',
    );
    assert.equal(
      formatGCTrace({ ...rec, trigger: 'user' }, false),
      'gc 6 @0.005s 3%: 0.011+0.52+0.001 ms clock, 0.023+0.013/0.019/0.067+0.002 ms cpu, 122->145->145 MB, 124 MB goal, 2 P (forced)',
    );
  });

  it('every number has a field name and a plain-words explanation', () => {
    const seg = gcTraceSegments(rec);
    const numbers = seg.filter((s) => /\d/.test(s.text));
    assert.ok(numbers.length >= 17);
    for (const s of numbers) {
      assert.ok(s.field && s.explain && s.explain.length > 10, JSON.stringify(s));
    }
    assert.ok(seg.find((s) => s.field === 'heap0')?.explain?.includes('when this GC started'));
  });

  it('every line the runtime prints carries its segments, and every number in them is explained', () => {
    const rt = createRuntime({ godebug: 'gctrace=1,scavtrace=1' });
    allocRooted(rt, 5000, 4096);
    rt.mainG.slots.truncate(0);
    rt.freeOSMemory();
    rt.sleep(130e9);
    const old = createRuntime({ goVersion: 'go1.12', godebug: 'gctrace=1' });
    old.freeOSMemory();
    const lines = [...rt.traceLog, ...old.traceLog];
    assert.ok(lines.some((l) => l.text === 'GC forced'));
    assert.ok(lines.some((l) => l.kind === 'scavtrace'));
    assert.ok(lines.some((l) => l.text.startsWith('scvg-1: ')));
    for (const l of lines) {
      assert.equal(l.segments.map((x) => x.text).join(''), l.text);
      for (const x of l.segments) {
        if (/\d/.test(x.text) || x.field)
          assert.ok(x.explain && x.explain.length > 10, `${l.text}: ${x.text}`);
      }
    }
  });

  it('scvg lines: the released line only when something was released', () => {
    const base = {
      k: 3,
      heapInUseBytes: 5 * MiB,
      heapIdleBytes: 0,
      heapSysBytes: 5 * MiB,
      heapReleasedBytes: 0,
    };
    assert.deepEqual(scvgTraceLines({ ...base, releasedBytes: 0 }), [
      'scvg3: inuse: 5, idle: 0, sys: 5, released: 0, consumed: 5 (MB)',
    ]);
    assert.equal(scvgTraceLines({ ...base, releasedBytes: 3 * MiB })[0], 'scvg3: 3 MB released');
  });

  it('GODEBUG parsing keeps the knobs this model honours', () => {
    const d = parseGODEBUG('gctrace=1,madvdontneed=0,bogus,scavtrace=2,gcshrinkstackoff=1');
    assert.equal(d.gctrace, 1);
    assert.equal(d.madvdontneed, 0);
    assert.equal(d.scavtrace, 2);
    assert.equal(d.gcshrinkstackoff, 1);
    assert.equal(createRuntime({ godebug: 'madvdontneed=0' }).madviseMode, 'free');
  });
});
