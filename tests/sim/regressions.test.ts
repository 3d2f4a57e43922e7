// Regressions found in review of the allocator (each case names the rule it guards).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageBytes } from '../../src/sim/mpagealloc.ts';
import { createRuntime } from '../../src/sim/runtime.ts';
import { gc } from './fixtures/gc.ts';

describe('allocator regressions', () => {
  it('objects of 2 GiB and more keep exact sizes, interior pointers and accounting', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true, memProfileRate: 0 });
    const size = 3 * 2 ** 30;
    const a = rt.mallocgc(size, true);
    assert.equal(rt.objectSize(a), size);
    assert.equal(rt.alloc.findObject(a + size - 1), a);
    assert.equal(rt.readMemStats().HeapAlloc, size);
    gc(rt, []);
    const m = rt.readMemStats();
    assert.equal(m.HeapAlloc, 0);
    assert.equal(m.TotalAlloc, size);
  });

  it('growth scavenging uses heapRetained before the span plus the chunk-rounded growth (facts §5)', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true, memProfileRate: 0 });
    rt.mallocgc(300 * pageBytes, true); // pages 0-299
    const b = rt.mallocgc(100 * pageBytes, true); // pages 300-399
    gc(rt, [b]); // pages 0-299 free and unscavenged; 400-511 never used (scavenged)
    const before = rt.readMemStats();
    const retainedBefore = before.HeapSys - before.HeapReleased;
    assert.equal(retainedBefore, 400 * pageBytes);
    rt.heap.scavengeGoalBytes = 10 << 20;
    rt.mallocgc(600 * pageBytes, true); // no fit: the heap grows by 1024 pages, the span starts at page 400
    const after = rt.readMemStats();
    const growth = 1024 * pageBytes;
    const want = Math.min(growth, retainedBefore + growth - (10 << 20));
    // HeapReleased gains the new chunks and loses the scavenged pages the span took (1024 - 600);
    // the rest of the change is what growth scavenging returned.
    const scavenged = after.HeapReleased - before.HeapReleased - (1024 - 600) * pageBytes;
    assert.equal(scavenged, want);
    assert.equal(scavenged, 144 * pageBytes);
  });

  it('a new sweep generation finishes the previous sweep first (no span is left stale)', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true, memProfileRate: 0 });
    for (let i = 0; i < 1000; i++) rt.mallocgc(64, true);
    rt.alloc.advanceSweepgen();
    rt.alloc.advanceSweepgen(); // no sweep in between: the first generation must still be swept
    rt.alloc.finishSweep();
    assert.equal(rt.readMemStats().HeapAlloc, 0);
    rt.checkInvariants();
  });
});
