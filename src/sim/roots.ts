// GC roots (Go: markroot's jobs in mgcmark.go): globals (data+bss), every
// goroutine's stack, finalizer specials and the finalizer queue, active
// timers, and runtime-internal roots. The program layer keeps its live
// pointers in these slot arrays — a goroutine's frames push and pop slots like
// a shadow stack — so the collector sees exactly what Go's precise stack maps
// would show. runtime.KeepAlive(x) is the program keeping x's slot until that
// call.

/** A growable array of pointer words (addresses; 0 = nil). */
export class RootSlots {
  words = new Float64Array(16);
  len = 0;

  push(addr: number): number {
    if (this.len === this.words.length) {
      const w = new Float64Array(this.words.length * 2);
      w.set(this.words);
      this.words = w;
    }
    this.words[this.len] = addr;
    return this.len++;
  }

  /** Drops slots from `n` on (a frame returning). */
  truncate(n: number): void {
    if (n < this.len) {
      this.words.fill(0, n, this.len);
      this.len = n;
    }
  }

  set(i: number, addr: number): void {
    if (i < 0 || i >= this.len) throw new Error(`root slot ${i} out of range (len ${this.len})`);
    this.words[i] = addr;
  }

  get(i: number): number {
    return i >= 0 && i < this.len ? this.words[i] : 0;
  }
}

/** One goroutine as the collector sees it. */
export interface GRoots {
  readonly goid: number;
  /** Low address and size of its stack (heap pages in a manual span). */
  stackAddr: number;
  stackBytes: number;
  /** Bytes of its stack actually in use (frames); drives stack scanning cost and shrinking. */
  stackUsedBytes: number;
  /** Pointer slots of its frames. */
  readonly slots: RootSlots;
}

/** A runtime timer (time.Timer / time.Ticker): its heap object and kind. */
export interface TimerRoot {
  /** Address of the timer's heap object (holds its channel or func). */
  addr: number;
  /** A channel timer made by NewTimer/NewTicker/After/Tick (collectable in go1.23 when unreferenced). */
  chanTimer: boolean;
}

export class RootSet {
  /** Pointer words of package-level variables. */
  readonly globals = new RootSlots();
  /** Scannable bytes of data+bss (gctrace "globals", the pacer's globalsScan). */
  globalsScanBytes = 0;
  /** Runtime-internal roots (e.g. sync.Pool's per-P caches before they are cleared). */
  readonly internal = new RootSlots();
  readonly goroutines = new Map<number, GRoots>();
  /** Objects with a finalizer: address → finalizer id (Go: specials of kind _KindSpecialFinalizer). */
  readonly finalizers = new Map<number, number>();
  /** Finalizers found ready, waiting for the finalizer goroutine: [object, finalizer id]. */
  readonly finq: [number, number][] = [];
  readonly timers = new Map<number, TimerRoot>();
  private nextTimerId = 1;

  addTimer(t: TimerRoot): number {
    const id = this.nextTimerId++;
    this.timers.set(id, t);
    return id;
  }
}
