import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ObjectBytes } from '../../src/sim/heapdata.ts';
import { createRuntime } from '../../src/sim/runtime.ts';
import { gc } from './fixtures/gc.ts';

describe('object contents', () => {
  it('pointer words round-trip and are the only pointers the collector sees', () => {
    const rt = createRuntime({ gogc: -1, debugInvariants: true });
    const node = rt.mallocgc(48, false); // like a list.Element: next, prev, list, Value
    const target = rt.mallocgc(1024, true);
    rt.alloc.writePointer(node + 8, target + 100); // an interior pointer
    assert.equal(rt.alloc.readPointer(node + 8), target + 100);
    assert.equal(rt.alloc.readPointer(node), 0);
    const seen: number[] = [];
    rt.alloc.forEachPointer(node, (t) => seen.push(t));
    assert.deepEqual(seen, [target + 100]);
    assert.equal(rt.alloc.findObject(target + 100), target, 'interior pointer finds the base');
  });

  it('refuses pointer stores into noscan objects and wild addresses', () => {
    const rt = createRuntime({ gogc: -1 });
    const b = rt.mallocgc(64, true);
    assert.throws(() => rt.alloc.writePointer(b, 0), /noscan/);
    assert.throws(() => rt.alloc.writeByte(0x1000, 1), /not in a heap object/);
  });

  it('bytes are sparse until most of an object is written, then dense', () => {
    const o = new ObjectBytes(1024);
    o.set(0, 7);
    o.set(512, 9);
    assert.equal(o.get(0), 7);
    assert.equal(o.get(512), 9);
    assert.equal(o.get(3), 0);
    assert.equal(o.dense, null);
    assert.ok(o.storedBytes < 64, `two writes cost ${o.storedBytes} B`);
    for (let i = 0; i < 300; i++) o.set(i, (i % 255) + 1);
    assert.ok(o.dense, 'a mostly written object switches to dense storage');
    assert.equal(o.get(299), (299 % 255) + 1);
    assert.equal(o.get(512), 9);
  });

  it('a value written one byte per 512 does not cost its size', () => {
    const rt = createRuntime({ gogc: -1, memProfileRate: 0 });
    const n = 10_000;
    for (let i = 0; i < n; i++) {
      const v = rt.mallocgc(1024, true);
      rt.alloc.writeByte(v, 1);
      rt.alloc.writeByte(v + 512, 1);
    }
    let stored = 0;
    for (const b of rt.alloc.data.bytes.values()) stored += b.storedBytes;
    assert.ok(stored / n <= 64, `stored ${stored / n} B per 1 KiB value`);
    // ...while every page of the values became resident.
    assert.ok(rt.linux.rssBytes >= n * 1024, 'the values are resident');
  });

  it('freed objects lose their contents, so reused memory reads as zero', () => {
    const rt = createRuntime({ gogc: -1, debugInvariants: true });
    const a = rt.mallocgc(48, false);
    const keep = rt.mallocgc(48, false);
    const target = rt.mallocgc(16, true);
    rt.alloc.writePointer(a, target);
    rt.alloc.writeByte(a + 40, 0x7f);
    gc(rt, [keep]);
    assert.equal(rt.alloc.data.bytes.has(a), false);
    // The freed slot is handed out again, zeroed.
    let again = 0;
    for (let i = 0; i < 200 && again !== a; i++) again = rt.mallocgc(48, false);
    assert.equal(again, a, 'the freed slot is reused');
    assert.equal(rt.alloc.readPointer(a), 0);
    assert.equal(rt.alloc.readByte(a + 40), 0);
  });
});

describe('findObject', () => {
  it('returns 0 for a free slot, so nothing can mark it', () => {
    const rt = createRuntime({ gogc: -1, bareHeap: true });
    const a = rt.mallocgc(64, true);
    assert.equal(rt.alloc.findObject(a + 10), a);
    assert.equal(rt.alloc.findObject(a + 64), 0, 'the next slot is not allocated');
  });
});
