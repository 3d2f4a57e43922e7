// Models Go 1.19 runtime/mcentral.go (go-runtime-facts.md §3 "Roles"): one
// mcentral per span class with partial and full span sets, each split into
// swept and unswept halves. The swept half is index sweepgen/2%2, so
// advancing sweepgen by 2 at the start of a GC turns every swept set into the
// unswept one without moving a span.

import type { SpanTable } from './mspan.ts';

/** A LIFO set of span ids (Go's lock-free spanSet is also popped from one end). */
export class SpanSet {
  ids: number[] = [];
  push(id: number): void {
    this.ids.push(id);
  }
  pop(): number {
    return this.ids.length ? this.ids.pop()! : -1;
  }
  get length(): number {
    return this.ids.length;
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
