// Models Go 1.19 runtime/stack.go (go-runtime-facts.md §1 stack constants,
// §3 "Stacks come from heap pages", §10 "Goroutine stacks"): goroutine stacks
// are carved from heap pages held as manual spans. Stacks under 32 KiB come
// from per-order pools (2, 4, 8, 16 KiB) refilled with 32 KiB spans; bigger
// stacks get spans of their own. A stack grows by doubling and copying.
//
// Simplification: Go also keeps a per-P stack cache in front of the global
// pools; here every P shares the pools, which changes only which free stack
// is reused, not StackInuse (ARCHITECTURE.md).

import type { MHeap } from './mheap.ts';
import { pageBytes } from './mpagealloc.ts';

export const stackMinBytes = 2048;
export const stackCacheSpanBytes = 32 << 10;
export const numStackOrders = 4;

export class StackAllocator {
  /** Per order: manual span ids that have a free stack slot. */
  private readonly pools: Set<number>[] = Array.from({ length: numStackOrders }, () => new Set<number>());
  /** Bytes of stacks handed out (the rest of StackInuse is free pool space). */
  stacksInUseBytes = 0;

  constructor(private readonly heap: MHeap) {}

  /** Allocates a stack of `n` bytes (a power of two, at least 2 KiB); returns its low address. */
  stackalloc(n: number): number {
    if (n < stackMinBytes || (n & (n - 1)) !== 0) throw new Error(`stackalloc: bad size ${n}`);
    const spans = this.heap.spans;
    this.stacksInUseBytes += n;
    let addr: number;
    if (n < stackCacheSpanBytes) {
      const pool = this.pools[Math.log2(n / stackMinBytes)];
      let s: number | undefined = pool.values().next().value;
      if (s === undefined) {
        s = this.heap.allocSpan(stackCacheSpanBytes / pageBytes, true);
        spans.initObjects(s, 0, n, stackCacheSpanBytes / n);
        pool.add(s);
      }
      const slot = spans.nextFree(s);
      if (++spans.allocCount[s] === spans.nelems[s]) pool.delete(s);
      addr = this.heap.spanBase(s) + slot * n;
    } else {
      const s = this.heap.allocSpan(n / pageBytes, true);
      spans.initObjects(s, 0, n, 1);
      spans.nextFree(s);
      spans.allocCount[s] = 1;
      addr = this.heap.spanBase(s);
    }
    // A new goroutine writes the top of its stack (frames grow downwards).
    const used = Math.min(n, 1024);
    this.heap.touch(addr + n - used, used);
    return addr;
  }

  /** Frees a stack (Go: `stackfree`); an emptied 32 KiB pool span returns to the heap. */
  stackfree(addr: number, n: number): void {
    const spans = this.heap.spans;
    const s = this.heap.spanOfAddr(addr);
    if (s < 0) throw new Error('stackfree: not a stack');
    this.stacksInUseBytes -= n;
    if (n >= stackCacheSpanBytes) {
      this.heap.freeSpan(s);
      return;
    }
    const pool = this.pools[Math.log2(n / stackMinBytes)];
    spans.freeSlot(s, (addr - this.heap.spanBase(s)) / n);
    if (spans.allocCount[s] === 0) {
      pool.delete(s);
      this.heap.freeSpan(s);
    } else pool.add(s);
  }

  /**
   * Grows a stack to twice its size by copying (Go: `newstack` → `copystack`);
   * returns the new low address. The old stack is freed.
   */
  copystack(oldAddr: number, oldSize: number, newSize: number): number {
    const addr = this.stackalloc(newSize);
    // The frames move to the top of the new stack (on a shrink only the used top part, which fits).
    const moved = Math.min(oldSize, newSize);
    this.heap.touch(addr + newSize - moved, moved);
    this.stackfree(oldAddr, oldSize);
    return addr;
  }
}
