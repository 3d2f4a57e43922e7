// Models Go 1.19 runtime/mcentral.go (go-runtime-facts.md §3 "Roles"): one
// mcentral per span class with partial and full span sets, each split into
// swept and unswept halves. The swept half is index sweepgen/2%2, so
// advancing sweepgen by 2 at the start of a GC turns every swept set into the
// unswept one without moving a span.

import type { SpanTable } from './mspan.ts';

/**
 * A FIFO set of span ids, like Go's spanSet (mspanset.go: `push` appends at
 * the tail, `pop` takes from the head), so sweeping and reuse go oldest
 * span first.
 */
export class SpanSet {
  private ids = new Int32Array(16);
  private head = 0;
  private tail = 0;
  push(id: number): void {
    if (this.tail === this.ids.length) {
      const n = this.tail - this.head;
      const next = n * 2 >= this.ids.length ? new Int32Array(this.ids.length * 2) : this.ids;
      next.set(this.ids.subarray(this.head, this.tail), 0);
      this.ids = next;
      this.head = 0;
      this.tail = n;
    }
    this.ids[this.tail++] = id;
  }
  pop(): number {
    if (this.head === this.tail) return -1;
    const id = this.ids[this.head++];
    if (this.head === this.tail) this.head = this.tail = 0;
    return id;
  }
  get length(): number {
    return this.tail - this.head;
  }
  /** The ids in order (for tests and the invariant checker). */
  toArray(): number[] {
    return Array.from(this.ids.subarray(this.head, this.tail));
  }
}

export class MCentral {
  readonly partial: [SpanSet, SpanSet] = [new SpanSet(), new SpanSet()];
  readonly full: [SpanSet, SpanSet] = [new SpanSet(), new SpanSet()];

  constructor(readonly spanclass: number) {}

  partialSwept(sweepgen: number): SpanSet {
    return this.partial[(sweepgen >>> 1) & 1];
  }
  partialUnswept(sweepgen: number): SpanSet {
    return this.partial[1 - ((sweepgen >>> 1) & 1)];
  }
  fullSwept(sweepgen: number): SpanSet {
    return this.full[(sweepgen >>> 1) & 1];
  }
  fullUnswept(sweepgen: number): SpanSet {
    return this.full[1 - ((sweepgen >>> 1) & 1)];
  }

  /** Puts a swept span on the right swept set (Go: `mcentral.uncacheSpan` / sweep's list insert). */
  pushSwept(spans: SpanTable, id: number, sweepgen: number): void {
    if (spans.allocCount[id] === spans.nelems[id]) this.fullSwept(sweepgen).push(id);
    else this.partialSwept(sweepgen).push(id);
  }
}
