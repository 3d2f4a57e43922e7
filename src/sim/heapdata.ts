// Contents of simulated heap objects, stored compactly and never eagerly
// (ARCHITECTURE.md "Object contents"):
//  - pointer words of pointer-bearing ("scan") objects: one Float64Array per
//    scan span, created at the first pointer store into that span, holding
//    addresses (0 = nil). The collector traces these; nothing else is a pointer.
//  - bytes: nothing is stored until a byte is written. An object with a few
//    writes keeps them as sorted (offset, byte) pairs; once writes cover a
//    quarter of the object it switches to a dense Uint8Array of its size.
// Page residency for RSS is tracked separately by the Linux model.

/** Bytes of one object: sparse pairs, or dense once mostly written. */
export class ObjectBytes {
  /** Sparse: offsets ascending. */
  offs: number[] | null = [];
  vals: number[] | null = [];
  dense: Uint8Array | null = null;

  constructor(readonly size: number) {}

  /** Index of the first sparse offset >= off. */
  private search(off: number): number {
    const offs = this.offs!;
    let lo = 0;
    let hi = offs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offs[mid] < off) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get(off: number): number {
    if (this.dense) return this.dense[off];
    const lo = this.search(off);
    return lo < this.offs!.length && this.offs![lo] === off ? this.vals![lo] : 0;
  }

  set(off: number, v: number): void {
    if (this.dense) {
      this.dense[off] = v;
      return;
    }
    const offs = this.offs!;
    const vals = this.vals!;
    const lo = this.search(off);
    if (lo < offs.length && offs[lo] === off) {
      vals[lo] = v;
      return;
    }
    if (v === 0) return; // memory is zeroed already
    offs.splice(lo, 0, off);
    vals.splice(lo, 0, v);
    if (offs.length > 16 && offs.length * 4 >= this.size) this.densify();
  }

  private densify(): void {
    const d = new Uint8Array(this.size);
    const offs = this.offs!;
    const vals = this.vals!;
    for (let i = 0; i < offs.length; i++) d[offs[i]] = vals[i];
    this.dense = d;
    this.offs = null;
    this.vals = null;
  }

  /** Real bytes this record costs, roughly (for bookkeeping figures). */
  get storedBytes(): number {
    return this.dense ? this.dense.length : this.offs!.length * 16;
  }
}

export class HeapData {
  /** Per span id: pointer words of its objects, or null until the first pointer store. */
  ptrWords: (Float64Array | null)[] = [];
  /** Per span id: number of objects with byte records (for cheap sweeping). */
  bytesInSpan: number[] = [];
  /** Byte records by object base address. */
  readonly bytes = new Map<number, ObjectBytes>();

  ensureSpan(span: number): void {
    while (this.ptrWords.length <= span) {
      this.ptrWords.push(null);
      this.bytesInSpan.push(0);
    }
  }

  ptrStore(span: number, spanWords: number): Float64Array {
    this.ensureSpan(span);
    let w = this.ptrWords[span];
    if (!w) this.ptrWords[span] = w = new Float64Array(spanWords);
    return w;
  }

  bytesOf(span: number, base: number, size: number, create: boolean): ObjectBytes | undefined {
    let b = this.bytes.get(base);
    if (!b && create) {
      b = new ObjectBytes(size);
      this.bytes.set(base, b);
      this.ensureSpan(span);
      this.bytesInSpan[span]++;
    }
    return b;
  }

  /** Drops the contents of a freed object (Go reuses memory zeroed). */
  clearObject(span: number, base: number, wordIndex: number, words: number): void {
    const w = span < this.ptrWords.length ? this.ptrWords[span] : null;
    if (w) w.fill(0, wordIndex, wordIndex + words);
    if (span < this.bytesInSpan.length && this.bytesInSpan[span] > 0 && this.bytes.delete(base)) {
      this.bytesInSpan[span]--;
    }
  }

  /** Forgets everything about a span whose pages return to the heap. */
  dropSpan(span: number): void {
    if (span < this.ptrWords.length) {
      this.ptrWords[span] = null;
      this.bytesInSpan[span] = 0;
    }
  }
}
