import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageBytes } from '../../src/sim/mpagealloc.ts';
import { mSpanManual } from '../../src/sim/mspan.ts';
import { createRuntime, type Runtime } from '../../src/sim/runtime.ts';
import { stackCacheSpanBytes } from '../../src/sim/stack.ts';
import { gc } from './fixtures/gc.ts';

const KiB = 1024;

function spanOf(rt: Runtime, addr: number): number {
  const s = rt.heap.spanOfAddr(addr);
  assert.ok(s >= 0, `0x${addr.toString(16)} is in no span`);
  return s;
}

/** Mapped heap pages: in-use heap spans, idle pages and stack spans together. */
function mappedHeapBytes(rt: Runtime): number {
  return rt.heap.pages.endPage * pageBytes;
}

describe('small stacks come from 32 KiB manual spans (facts §3 "Stacks come from heap pages")', () => {
  const cases: [size: number, perSpan: number][] = [
    [2 * KiB, 16],
    [4 * KiB, 8],
    [8 * KiB, 4],
    [16 * KiB, 2],
  ];
  for (const [size, perSpan] of cases) {
    it(`${size / KiB} KiB stacks: ${perSpan} per span, StackInuse counts whole spans`, () => {
      const rt = createRuntime({ gogc: -1, bareHeap: true });
      const stacks: number[] = [];
      for (let i = 0; i < perSpan; i++) stacks.push(rt.stackalloc(size));
      const s = spanOf(rt, stacks[0]);
      const spans = rt.heap.spans;
      assert.equal(spans.state[s], mSpanManual);
      assert.equal(spans.npages[s] * pageBytes, stackCacheSpanBytes);
      const spanBase = rt.heap.spanBase(s);
      assert.deepEqual(
        stacks,
        Array.from({ length: perSpan }, (_, i) => spanBase + i * size),
        'stacks tile the span',
      );
      assert.equal(rt.readMemStats().StackInuse, 32 * KiB);
      const extra = rt.stackalloc(size);
      assert.notEqual(spanOf(rt, extra), s, 'a full span makes the pool take a new one');
      assert.equal(rt.readMemStats().StackInuse, 64 * KiB);
      assert.equal(rt.stacks.stacksInUseBytes, (perSpan + 1) * size);
      rt.checkInvariants();
    });
  }

  it('StackInuse counts the span, not the stacks in it', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    for (let i = 0; i < 3; i++) rt.stackalloc(2 * KiB);
    assert.equal(rt.stacks.stacksInUseBytes, 6 * KiB);
    const m = rt.readMemStats();
    assert.equal(m.StackInuse, 32 * KiB);
    assert.equal(m.StackSys, m.StackInuse);
  });

  it('rejects sizes that are not powers of two of at least 2 KiB', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    for (const n of [0, 1024, 3000, 6 * KiB]) assert.throws(() => rt.stackalloc(n), /bad size/);
  });
});

describe('stack growth by doubling (copystack)', () => {
  it('2 KiB → 64 KiB: each step frees the old stack; 32 KiB and up get spans of their own', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    let addr = rt.stackalloc(2 * KiB);
    let size = 2 * KiB;
    const steps: [size: number, stackInuse: number][] = [
      [4 * KiB, 32 * KiB],
      [8 * KiB, 32 * KiB],
      [16 * KiB, 32 * KiB],
      [32 * KiB, 32 * KiB],
      [64 * KiB, 64 * KiB],
    ];
    for (const [newSize, stackInuse] of steps) {
      const old = addr;
      addr = rt.growStack(addr, size);
      size = newSize;
      const s = spanOf(rt, addr);
      assert.equal(rt.stacks.stacksInUseBytes, size, `${size}: one stack in use`);
      // The old stack's span was emptied by the free, so its pages went back to the heap.
      assert.equal(rt.heap.spanOfAddr(old), -1, `${size}: old stack's span freed`);
      const m = rt.readMemStats();
      assert.equal(m.StackInuse, stackInuse, `${size}: StackInuse`);
      if (size >= stackCacheSpanBytes) {
        assert.equal(rt.heap.spans.npages[s] * pageBytes, size, `${size}: own span`);
        assert.equal(rt.heap.spans.nelems[s], 1);
      }
      rt.checkInvariants();
    }
    rt.stackfree(addr, size);
    assert.equal(rt.readMemStats().StackInuse, 0);
    rt.checkInvariants();
  });

  it('growth inside a shared pool span keeps the span while other stacks live in it', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    const a = rt.stackalloc(2 * KiB);
    const b = rt.stackalloc(2 * KiB);
    const grown = rt.growStack(a, 2 * KiB);
    assert.equal(spanOf(rt, b), rt.heap.spanOfAddr(a), 'the 2 KiB span survives: b is still in it');
    assert.equal(rt.readMemStats().StackInuse, 64 * KiB, 'one 2 KiB span + one 4 KiB span');
    // The freed slot is handed out again.
    assert.equal(rt.stackalloc(2 * KiB), a);
    rt.stackfree(grown, 4 * KiB);
    assert.equal(rt.readMemStats().StackInuse, 32 * KiB);
  });
});

describe('stacks and the heap', () => {
  it('freeing every small stack returns the span to the heap (HeapIdle up, StackInuse down)', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    const stacks = Array.from({ length: 16 }, () => rt.stackalloc(2 * KiB));
    const before = rt.readMemStats();
    for (const a of stacks.slice(0, 15)) rt.stackfree(a, 2 * KiB);
    assert.equal(rt.readMemStats().StackInuse, 32 * KiB, 'one live stack keeps the span');
    rt.stackfree(stacks[15], 2 * KiB);
    const after = rt.readMemStats();
    assert.equal(after.StackInuse, 0);
    assert.equal(after.HeapIdle - before.HeapIdle, 32 * KiB);
    assert.equal(after.HeapSys - before.HeapSys, 32 * KiB);
    assert.equal(after.HeapInuse, before.HeapInuse);
    assert.equal(rt.heap.spanOfAddr(stacks[0]), -1);
    rt.checkInvariants();
  });

  it('stacks are in neither HeapInuse nor HeapSys', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    rt.mallocgc(64, false); // the heap exists: one chunk
    const before = rt.readMemStats();
    const small = rt.stackalloc(8 * KiB);
    const large = rt.stackalloc(128 * KiB);
    const m = rt.readMemStats();
    assert.equal(m.StackInuse, 32 * KiB + 128 * KiB);
    assert.equal(m.HeapInuse, before.HeapInuse);
    assert.equal(m.HeapSys, before.HeapSys - m.StackInuse, 'stack spans leave HeapSys');
    assert.equal(m.HeapSys + m.StackInuse, mappedHeapBytes(rt));
    assert.equal(m.HeapAlloc, before.HeapAlloc);
    assert.equal(m.Mallocs, before.Mallocs, 'stacks are not heap objects');
    assert.equal(rt.alloc.findObject(small), 0);
    assert.equal(rt.alloc.findObject(large + 1000), 0);
  });

  it('stacks are never swept', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    const small = rt.stackalloc(2 * KiB);
    const large = rt.stackalloc(64 * KiB);
    rt.mallocgc(100, false);
    gc(rt, []);
    const m = rt.readMemStats();
    assert.equal(m.StackInuse, 32 * KiB + 64 * KiB);
    assert.equal(m.HeapAlloc, 0);
    assert.ok(rt.heap.spanOfAddr(small) >= 0 && rt.heap.spanOfAddr(large) >= 0);
    rt.stackfree(small, 2 * KiB);
    rt.stackfree(large, 64 * KiB);
    assert.equal(rt.readMemStats().StackInuse, 0);
    rt.checkInvariants();
  });

  it('a new stack writes only its top 1 KiB (where the goroutine starts)', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    const a = rt.stackalloc(64 * KiB);
    const counts = rt.linux.pageStateCounts(a, 64 * KiB);
    assert.equal(counts.resident * rt.linux.osPageSize, rt.linux.osPageSize);
    assert.equal(rt.linux.pageStateCounts(a + 64 * KiB - 1024, 1024).resident, 1);
  });
});
