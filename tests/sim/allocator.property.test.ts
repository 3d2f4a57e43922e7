// Property test of the whole allocator (mallocgc, sweeping, stacks, scavenging) against a slow model
// that only keeps plain lists: the objects the program allocated with their rounded sizes, which of them
// it still references, and its live stacks.
//
// Tiny objects: the model follows the block rule instead of re-implementing the tiny allocator. A tiny
// object lives in the 16-byte block that contains its address (blocks are 16-byte slots of page-aligned
// spans, so the block is `addr - addr % 16`), and a block is freed only when no object in it is
// referenced. So the model counts HeapAlloc as 16 B per distinct block and HeapObjects as one per
// block, and the equality checks cover tiny allocations too; which block the allocator picks is the
// allocator's business, the model only reads the returned address.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { memStatsRelationErrors } from '../../src/sim/mstats.ts';
import { createRuntime, runtimeInitStacks } from '../../src/sim/runtime.ts';
import { sizeClassesGo119 } from '../../src/sim/sizeclasses.ts';
import { stackCacheSpanBytes } from '../../src/sim/stack.ts';
import { allocatedObjects, gc } from './fixtures/gc.ts';

const pageBytes = 8192;

/** Rounded size of a request, straight from the class list: the smallest class that fits, else whole pages. */
function roundedSize(size: number, noscan: boolean): { bytes: number; tiny: boolean } {
  if (noscan && size > 0 && size < 16) return { bytes: 16, tiny: true };
  if (size > 32768) return { bytes: Math.ceil(size / pageBytes) * pageBytes, tiny: false };
  const sizes = Array.from(sizeClassesGo119.classToSize).slice(1);
  return { bytes: sizes.find((c) => c >= size)!, tiny: false };
}

type Op =
  | { op: 'malloc'; size: number; noscan: boolean; keep: boolean }
  | { op: 'drop'; pick: number }
  | { op: 'gc' }
  | { op: 'setP'; p: number }
  | { op: 'stackalloc'; order: number }
  | { op: 'stackfree'; pick: number }
  | { op: 'growStack'; pick: number }
  | { op: 'scavenge'; bytes: number };

const sizeArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 15 }) },
  { weight: 5, arbitrary: fc.integer({ min: 16, max: 1024 }) },
  { weight: 3, arbitrary: fc.integer({ min: 1025, max: 32768 }) },
  { weight: 1, arbitrary: fc.integer({ min: 32769, max: 300_000 }) },
);

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      op: fc.constant('malloc' as const),
      size: sizeArb,
      noscan: fc.boolean(),
      keep: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('drop' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('gc' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('setP' as const), p: fc.integer({ min: 0, max: 1 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('stackalloc' as const), order: fc.integer({ min: 0, max: 6 }) }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('stackfree' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('growStack' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('scavenge' as const),
      bytes: fc.integer({ min: 0, max: 64 << 20 }),
    }),
  },
);

interface ModelObject {
  addr: number;
  /** What the heap frees as a unit: the object's base, or its tiny block. */
  key: number;
  bytes: number;
  kept: boolean;
}

interface ModelStack {
  addr: number;
  size: number;
}

describe('allocator against a reference model (fast-check)', () => {
  it('keeps every invariant, MemStats relation and the model HeapAlloc after every step', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 50, maxLength: 200 }), (ops) => {
        const rt = createRuntime({ gogc: -1, debugInvariants: false });
        // The runtime's start-up objects are referenced for the whole run; start-up stacks stay too.
        const objects: ModelObject[] = allocatedObjects(rt).map((addr) => ({
          addr,
          key: addr,
          bytes: rt.objectSize(addr),
          kept: true,
        }));
        const stacks: ModelStack[] = [];
        const initStackBytes = runtimeInitStacks.reduce((a, b) => a + b, 0);
        const initStackInuse = rt.readMemStats().StackInuse;
        let mallocs = rt.readMemStats().Mallocs;
        let lastTotalAlloc = 0;

        for (const [i, op] of ops.entries()) {
          const label = `step ${i} ${JSON.stringify(op)}: `;
          let scavenged = -1;
          const releasedBefore = rt.readMemStats().HeapReleased;
          switch (op.op) {
            case 'malloc': {
              const addr = rt.mallocgc(op.size, op.noscan);
              if (op.size === 0) break;
              mallocs++;
              const { bytes, tiny } = roundedSize(op.size, op.noscan);
              const key = tiny ? addr - (addr % 16) : addr;
              if (!tiny) assert.equal(rt.objectSize(addr), bytes, `${label}slot size`);
              assert.ok(
                objects.every((o) => o.key !== key || (tiny && o.bytes === 16)),
                `${label}address 0x${addr.toString(16)} handed out twice`,
              );
              objects.push({ addr, key, bytes, kept: op.keep });
              break;
            }
            case 'drop': {
              const kept = objects.filter((o) => o.kept);
              if (kept.length) kept[op.pick % kept.length].kept = false;
              break;
            }
            case 'gc': {
              gc(
                rt,
                objects.filter((o) => o.kept).map((o) => o.addr),
              );
              const survivors = objects.filter((o) => o.kept);
              objects.length = 0;
              objects.push(...survivors);
              break;
            }
            case 'setP':
              rt.alloc.curP = op.p;
              break;
            case 'stackalloc': {
              const size = 2048 << op.order;
              stacks.push({ addr: rt.stackalloc(size), size });
              break;
            }
            case 'stackfree': {
              if (!stacks.length) break;
              const [s] = stacks.splice(op.pick % stacks.length, 1);
              rt.stackfree(s.addr, s.size);
              break;
            }
            case 'growStack': {
              if (!stacks.length) break;
              const s = stacks[op.pick % stacks.length];
              if (s.size >= 256 << 10) break;
              s.addr = rt.growStack(s.addr, s.size);
              s.size *= 2;
              break;
            }
            case 'scavenge':
              scavenged = rt.scavenge(op.bytes);
              break;
          }

          rt.checkInvariants();
          const m = rt.readMemStats();
          assert.deepEqual(memStatsRelationErrors(m), [], `${label}MemStats relations`);

          const blocks = new Map<number, number>();
          for (const o of objects) blocks.set(o.key, o.bytes);
          let heapAlloc = 0;
          for (const b of blocks.values()) heapAlloc += b;
          assert.equal(m.HeapAlloc, heapAlloc, `${label}HeapAlloc`);
          assert.equal(m.HeapObjects, blocks.size, `${label}HeapObjects`);
          assert.equal(m.Mallocs, mallocs, `${label}Mallocs`);
          assert.ok(m.TotalAlloc >= lastTotalAlloc, `${label}TotalAlloc went down`);
          lastTotalAlloc = m.TotalAlloc;
          for (const o of objects) assert.equal(rt.alloc.findObject(o.addr), o.key, `${label}findObject`);

          let stackBytes = 0;
          let stackSpanBound = 0;
          for (const s of stacks) {
            stackBytes += s.size;
            stackSpanBound += Math.max(s.size, stackCacheSpanBytes);
            assert.equal(rt.alloc.findObject(s.addr), 0, `${label}a stack is not a heap object`);
          }
          assert.equal(rt.stacks.stacksInUseBytes, initStackBytes + stackBytes, `${label}stack bytes`);
          assert.ok(m.StackInuse >= initStackBytes + stackBytes, `${label}StackInuse below live stacks`);
          assert.ok(m.StackInuse <= initStackInuse + stackSpanBound, `${label}StackInuse holds empty spans`);

          assert.ok(m.HeapReleased <= m.HeapIdle, `${label}HeapReleased > HeapIdle`);
          if (scavenged >= 0) {
            assert.ok(scavenged <= Math.ceil(op.op === 'scavenge' ? op.bytes / pageBytes : 0) * pageBytes);
            assert.equal(
              m.HeapReleased - releasedBefore,
              scavenged,
              `${label}HeapReleased grew by the scavenged bytes`,
            );
          }
          assert.ok(rt.linux.rssBytes >= 0, `${label}RSS negative`);
          assert.ok(rt.linux.lazyFreeBytes >= 0 && rt.linux.lazyFreeBytes <= rt.linux.rssBytes);
        }
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
