// Goroutines, channels and the scheduler for compiled programs (Go 1.19
// runtime/proc.go, chan.go, select.go semantics) on the simulated runtime.
//
// A goroutine is a JS generator. Code that may block (channel operations,
// select, time.Sleep, sync waits) is compiled to generator functions and
// blocks by `yield`ing a park request; everything else is plain JS. The
// scheduler runs one goroutine at a time in FIFO order (Go's run queue, with
// runnext for the goroutine just created or readied), charges simulated time to
// the runtime, and knows how many goroutines are runnable so the runtime can
// tell busy Ps from idle ones. Each goroutine gets a real stack from the
// simulated runtime (`newGoroutine`), so StackInuse and the GC's roots follow
// the program.

import type { GRoots } from '../../sim/roots.ts';
import type { Runtime } from '../../sim/runtime.ts';

/** What a blocked goroutine yields to the scheduler. */
export type Park =
  | { readonly kind: 'park' }
  | { readonly kind: 'gosched' }
  | { readonly kind: 'sleep'; readonly ns: number }
  /** Hand control back to the host (a stepped run's budget is spent); the goroutine resumes first, unscheduled. */
  | { readonly kind: 'host' };

export const park: Park = { kind: 'park' };
export const gosched: Park = { kind: 'gosched' };

export type GoBody = Generator<Park, void, unknown>;

export type GStatus = 'runnable' | 'running' | 'waiting' | 'dead';

/** A panic in flight: the Go value, or a runtime error. */
export interface PanicState {
  value: unknown;
  error: unknown;
  recovered: boolean;
}

export class G {
  status: GStatus = 'runnable';
  /** Frame scanners of the goroutine's running Go functions (the collector's view of its stack). */
  readonly fs: (() => unknown[])[] = [];
  /** Expression temporaries that must stay rooted until their statement ends, and their count. */
  readonly tmp: unknown[] = [];
  tn = 0;
  /** The panic in flight while deferred calls run. */
  panic: PanicState | null = null;
  /**
   * The function a panic's deferred-call run is calling now: recover() stops the panic only when
   * this function calls it directly (Go: the caller's argp must match the panic's).
   */
  deferFn: unknown = null;
  /** Whether a frame of deferFn has claimed the right to recover (the first one, not its recursive calls). */
  deferClaimed = false;
  /** The go statement's arguments until its function has taken them (roots meanwhile). */
  initArgs: unknown[] | undefined = undefined;
  /** The go statement's closure (funcval), on the goroutine's stack while it runs. */
  holding: unknown = undefined;
  /** Bytes of its stack the goroutine's Go frames use (the runtime's own frames not included). */
  sp = 0;
  /** A runtime goroutine (the finalizer goroutine): not counted by runtime.NumGoroutine. */
  system = false;
  /** os.Exit or a fatal error is unwinding: no deferred call runs. */
  exiting = false;
  /** The value handed to the goroutine when it is readied (a received element, ok flags). */
  resume: unknown = undefined;
  /** Why it waits, in Go's words ("chan receive", "sleep", "select"), for deadlock and trace output. */
  waitReason = '';
  /** The Go function it started with ("main.worker"), for the goroutine panel. */
  entry = 'main.main';
  /** Its go statement, as a traceback's "created by" lines print it ("main.main\n\tmain.go:12 +0x0"). */
  createdBy = '';
  /** Go state words as a goroutine profile prints them: running, runnable, or the wait reason. */
  get stateText(): string {
    return this.status === 'waiting' ? this.waitReason || 'waiting' : this.status;
  }
  constructor(
    readonly goid: number,
    readonly body: GoBody,
    readonly roots: GRoots,
  ) {}
}

/** The program ended: exit status, and Go's fatal message if any. */
export class ProgramExit extends Error {
  constructor(
    readonly code: number,
    readonly fatal: string,
  ) {
    super(fatal || `exit status ${code}`);
  }
}

interface Sudog {
  g: G;
  elem: unknown;
  /** For select: the case index this waiter stands for, and the select's shared state. */
  caseIndex: number;
  sel: { done: boolean } | null;
}

/** A channel (Go: hchan). `cap` 0 is unbuffered. */
export class Chan<T = unknown> {
  readonly buf: T[] = [];
  closed = false;
  readonly recvq: Sudog[] = [];
  readonly sendq: Sudog[] = [];
  constructor(
    readonly cap: number,
    /** Address of the hchan object on the simulated heap (0 for nil channels handled by the compiler). */
    readonly addr = 0,
  ) {}
  get len(): number {
    return this.buf.length;
  }
  /** Index of the next buffered element to receive (Go's recvx). */
  private recvx = 0;
  /**
   * Writes (v) or clears (undefined) the pointer words of buffer slot `slot` on the simulated heap,
   * so the collector traces what a buffered channel holds (set for pointer-bearing elements).
   */
  storeSlot: ((slot: number, v: unknown) => void) | null = null;
  /** Appends to the buffer (the caller checked there is room). */
  put(v: T): void {
    if (this.storeSlot !== null) this.storeSlot((this.recvx + this.buf.length) % this.cap, v);
    this.buf.push(v);
  }
  /** Takes the oldest buffered element (the caller checked there is one). */
  take(): T {
    const v = this.buf.shift() as T;
    if (this.storeSlot !== null) this.storeSlot(this.recvx, undefined);
    this.recvx = (this.recvx + 1) % this.cap;
    return v;
  }
  /** For timer channels: turns the firing time (Unix ns) into the element sent (a time.Time). */
  wrap: ((unixNs: number) => unknown) | null = null;
}

/** A Go runtime panic or fatal error raised by the runtime library, in Go's words. */
export class GoPanic extends Error {
  constructor(readonly value: string) {
    super(value);
  }
  /** Panics this one replaced while running deferred calls, as Go prints them before it. */
  chain = '';
  /** For a nil dereference: the faulting address Go's SIGSEGV line shows. */
  sigAddr: number | null = null;
  /** What `panic: …` prints (a panic carrying a Go value formats it on demand). */
  panicText(): string {
    return this.value;
  }
}

/** Takes the first waiter that is not a select already woken by another case. */
function dequeue(q: Sudog[]): Sudog | undefined {
  for (;;) {
    const sd = q.shift();
    if (!sd?.sel?.done) return sd;
  }
}

function hasWaiter(q: readonly Sudog[]): boolean {
  return q.some((sd) => !sd.sel?.done);
}

/**
 * A runtime timer (Go: runtime.timer behind time.Timer, time.Ticker,
 * time.After, time.AfterFunc and time.Sleep). A channel timer sends the
 * current time without blocking (the channel has a 1-element buffer, as
 * before Go 1.23); a func timer starts `f` in a new goroutine.
 */
export class Timer {
  when = 0;
  /** Ticker period in ns; 0 for one-shot timers. */
  period = 0;
  active = false;
  seq = 0;
  /** Root id in the runtime's timer roots (keeps the timer object alive while active, except go1.23 channel timers). */
  rootId = 0;
  constructor(
    readonly ch: Chan<number> | null,
    readonly f: (() => GoBody) | null,
    /** Address of the timer's heap object (0 when the runtime owns it, as for time.Sleep). */
    readonly addr = 0,
    readonly wake: G | null = null,
  ) {}
}

/** CPU ns charged for one scheduling decision (a goroutine switch). */
export const schedSwitchNs = 150;

export class Scheduler {
  private readonly runq: G[] = [];
  /** Active timers ordered by (when, seq). */
  private readonly timers: Timer[] = [];
  private timerSeq = 0;
  readonly all = new Map<number, G>();
  current: G | null = null;
  main: G | null = null;
  exited: ProgramExit | null = null;

  /** The Go traceback of a panic's stack (set by the program run). */
  traceback: ((e: Error) => string) | null = null;
  /** Dead goroutines whose g the next `go` statement reuses (Go: the gFree list). */
  freeGs = 0;
  /** Called before each scheduling decision (metrics sampling). */
  onSlice: (() => void) | null = null;
  /** Called when a goroutine is about to run (the program environment restarts its time slice). */
  onSwitch: ((g: G) => void) | null = null;

  constructor(readonly rt: Runtime) {}

  /** Whether a goroutine other than the running one could run now. */
  otherRunnable(): boolean {
    return this.runq.length > 0 || this.runnext !== null;
  }

  /** The `go` statement: a new runnable goroutine (Go: newproc). */
  go(body: GoBody): G {
    const roots = this.main === null ? this.rt.mainG : this.rt.newGoroutine();
    const g = new G(roots.goid, body, roots);
    this.all.set(g.goid, g);
    if (this.main === null) {
      this.main = g;
      this.runq.push(g);
    } else {
      // Go: newproc puts the new goroutine in runnext.
      if (this.runnext) this.runq.push(this.runnext);
      this.runnext = g;
    }
    return g;
  }

  /** runtime.NumGoroutine */
  get numGoroutine(): number {
    let n = 0;
    for (const g of this.all.values()) if (!g.system) n++;
    return n;
  }

  /**
   * Makes a waiting goroutine runnable with `value` as the result of its
   * blocking operation (Go: goready → runqput with next=true: the woken
   * goroutine runs next, after the current one blocks or yields; a goroutine
   * displaced from runnext goes to the tail of the queue).
   */
  ready(g: G, value: unknown): void {
    if (g.status !== 'waiting') throw new Error(`goready: goroutine ${g.goid} is ${g.status}`);
    g.status = 'runnable';
    g.resume = value;
    g.waitReason = '';
    if (this.runnext) this.runq.push(this.runnext);
    this.runnext = g;
  }
  private runnext: G | null = null;

  private updateBusy(): void {
    const runnable = this.runq.length + (this.runnext ? 1 : 0) + (this.current ? 1 : 0);
    this.rt.setBusyPs(Math.min(runnable, this.rt.gomaxprocs));
  }

  /**
   * Runs goroutines until the program exits (main returns, os.Exit, a
   * panic) or every goroutine is blocked with nothing left to wake them
   * (a deadlock). Returns the exit.
   */
  run(): ProgramExit {
    return this.runSlice(Number.POSITIVE_INFINITY)!;
  }

  /**
   * Runs at most `maxSwitches` goroutine slices (a slice ends when the goroutine blocks, yields or
   * is preempted) and returns the exit, or null when the program is still running: the host's
   * way to pause, step and stay responsive.
   */
  runSlice(maxSwitches: number): ProgramExit | null {
    for (let n = 0; !this.exited; n++) {
      if (n >= maxSwitches) return null;
      // a goroutine that handed control to the host continues as if nothing happened: no timers
      // run, no switch is charged, so stepped and unstepped runs simulate the same
      const resumed = this.hostResume;
      this.hostResume = null;
      if (resumed === null) {
        this.onSlice?.();
        this.runTimers();
      }
      const g = resumed ?? this.runnext ?? this.runq.shift();
      if (resumed === null) this.runnext = null;
      if (!g) {
        const next = this.timers[0];
        if (next) {
          if (next.when > this.rt.nowNs) {
            this.rt.setBusyPs(0);
            this.rt.sleep(next.when - this.rt.nowNs);
          }
          continue;
        }
        return this.exit(2, `fatal error: all goroutines are asleep - deadlock!${this.goroutineDump()}`);
      }
      this.current = g;
      g.status = 'running';
      if (resumed === null) {
        this.onSwitch?.(g);
        this.updateBusy();
        this.rt.work(schedSwitchNs);
      }
      let r: IteratorResult<Park, void>;
      try {
        r = g.body.next(g.resume);
      } catch (e) {
        if (e instanceof ProgramExit) {
          this.current = null;
          return this.exit(e.code, e.fatal);
        }
        if (e instanceof GoPanic) {
          let text: string;
          try {
            text = e.panicText();
          } catch (inner) {
            text = inner instanceof GoPanic ? inner.panicText() : String(inner);
          }
          this.current = null;
          const sig =
            e.sigAddr !== null
              ? `\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x${e.sigAddr.toString(16)} pc=0x0]`
              : '';
          const trace = this.traceback?.(e) ?? '';
          return this.exit(
            2,
            `${e.chain}panic: ${text}${sig}\n\ngoroutine ${g.goid} [running]:${trace ? `\n${trace}` : ''}` +
              (g.createdBy ? `\ncreated by ${g.createdBy}` : ''),
          );
        }
        this.current = null;
        if (e instanceof RangeError && /call stack/i.test(e.message)) {
          return this.exit(
            2,
            `runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine ${g.goid} [running]:`,
          );
        }
        throw e;
      }
      g.resume = undefined;
      this.current = null;
      if (r.done) {
        g.status = 'dead';
        this.all.delete(g.goid);
        if (g === this.main) return this.exit(0, '');
        this.rt.exitGoroutine(g.roots);
        this.freeGs++;
        continue;
      }
      const p = r.value;
      if (p.kind === 'host') {
        // no goroutine is current while the host has control (its controls run outside any)
        g.status = 'runnable';
        this.hostResume = g;
        return null;
      }
      if (p.kind === 'gosched') {
        g.status = 'runnable';
        this.runq.push(g);
      } else if (p.kind === 'sleep') {
        g.status = 'waiting';
        g.waitReason = 'sleep';
        this.startTimer(new Timer(null, null, 0, g), p.ns);
      } else g.status = 'waiting';
    }
    return this.exited!;
  }

  /** The goroutine that handed control to the host mid-slice (resumed first by the next runSlice). */
  private hostResume: G | null = null;

  private exit(code: number, fatal: string): ProgramExit {
    this.exited = new ProgramExit(code, fatal);
    return this.exited;
  }

  // ------------------------------------------------------------ channels

  /** ch <- v (Go: chansend). A nil channel blocks forever. */
  *send<T>(ch: Chan<T> | null, v: T): Generator<Park, void, unknown> {
    const g = this.current!;
    if (ch === null) {
      g.waitReason = 'chan send (nil chan)';
      yield park;
      return;
    }
    if (ch.closed) throw new GoPanic('send on closed channel');
    const r = dequeue(ch.recvq);
    if (r) {
      this.wake(r, [v, true]);
      return;
    }
    if (ch.buf.length < ch.cap) {
      ch.put(v);
      return;
    }
    g.waitReason = 'chan send';
    ch.sendq.push({ g, elem: v, caseIndex: 0, sel: null });
    const ok = yield park;
    if (ok === false) throw new GoPanic('send on closed channel');
  }

  /** v, ok := <-ch (Go: chanrecv). Returns [value, ok]; zero is the element's zero value. */
  *recv<T>(ch: Chan<T> | null, zero: T): Generator<Park, [T, boolean], unknown> {
    const g = this.current!;
    if (ch === null) {
      g.waitReason = 'chan receive (nil chan)';
      yield park;
      return [zero, false];
    }
    if (ch.buf.length > 0) {
      const v = ch.take();
      // A blocked sender moves its element into the freed buffer slot.
      const s = dequeue(ch.sendq);
      if (s) {
        ch.put(s.elem as T);
        this.wake(s, true);
      }
      return [v, true];
    }
    const s = dequeue(ch.sendq);
    if (s) {
      this.wake(s, true);
      return [s.elem as T, true];
    }
    if (ch.closed) return [zero, false];
    g.waitReason = 'chan receive';
    ch.recvq.push({ g, elem: undefined, caseIndex: 0, sel: null });
    const got = (yield park) as [T, boolean] | undefined;
    return got?.[1] ? got : [zero, false];
  }

  /** close(ch) (Go: closechan): wakes every receiver (zero, false) and panics every sender. */
  close(ch: Chan | null): void {
    if (ch === null) throw new GoPanic('close of nil channel');
    if (ch.closed) throw new GoPanic('close of closed channel');
    ch.closed = true;
    for (const r of ch.recvq.splice(0)) if (!r.sel?.done) this.wake(r, [undefined, false]);
    for (const s of ch.sendq.splice(0)) if (!s.sel?.done) this.wake(s, false);
  }

  private wake(sd: Sudog, value: unknown): void {
    if (sd.sel) {
      sd.sel.done = true;
      this.ready(sd.g, [sd.caseIndex, value]);
    } else this.ready(sd.g, value);
  }

  /**
   * select (Go: selectgo). Cases are sends or receives on channels (nil
   * channels never proceed); with `hasDefault` it never blocks. Ready cases
   * are chosen uniformly at random from the runtime's seeded generator, as
   * Go picks pseudo-randomly. Returns [case index or -1 for default, for a
   * receive [value, ok]].
   */
  *select(
    cases: readonly ({ dir: 'send'; ch: Chan | null; value: unknown } | { dir: 'recv'; ch: Chan | null })[],
    hasDefault: boolean,
  ): Generator<Park, [number, [unknown, boolean] | undefined], unknown> {
    const g = this.current!;
    const ready: number[] = [];
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i];
      const ch = c.ch;
      if (ch === null) continue;
      if (c.dir === 'send') {
        if (ch.closed || hasWaiter(ch.recvq) || ch.buf.length < ch.cap) ready.push(i);
      } else if (ch.buf.length > 0 || hasWaiter(ch.sendq) || ch.closed) ready.push(i);
    }
    if (ready.length > 0) {
      const i = ready[Math.floor(this.rt.rand.float64() * ready.length)];
      const c = cases[i];
      if (c.dir === 'send') {
        yield* this.send(c.ch, c.value);
        return [i, undefined];
      }
      const got = yield* this.recv(c.ch, undefined);
      return [i, got];
    }
    if (hasDefault) return [-1, undefined];
    const sel = { done: false };
    const waits: [Chan, Sudog, 'send' | 'recv'][] = [];
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i];
      if (c.ch === null) continue;
      const sd: Sudog = { g, elem: c.dir === 'send' ? c.value : undefined, caseIndex: i, sel };
      (c.dir === 'send' ? c.ch.sendq : c.ch.recvq).push(sd);
      waits.push([c.ch, sd, c.dir]);
    }
    g.waitReason = cases.length === 0 || waits.length === 0 ? 'select (no cases)' : 'select';
    const [idx, value] = (yield park) as [number, unknown];
    // Dequeue from every other channel (Go: the sudogs of the losing cases).
    for (const [ch, sd, dir] of waits) {
      const q = dir === 'send' ? ch.sendq : ch.recvq;
      const k = q.indexOf(sd);
      if (k >= 0) q.splice(k, 1);
    }
    const c = cases[idx];
    if (c.dir === 'send') {
      if (value === false) throw new GoPanic('send on closed channel');
      return [idx, undefined];
    }
    const got = value as [unknown, boolean];
    return [idx, got[1] ? got : [undefined, false]];
  }

  // ------------------------------------------------------------ timers

  /** Arms `t` to fire `d` ns from now (Go: addtimer / modtimer). */
  startTimer(t: Timer, d: number): void {
    if (t.active) this.removeTimer(t);
    t.when = this.rt.nowNs + Math.max(0, d);
    t.seq = this.timerSeq++;
    t.active = true;
    if (t.addr !== 0 && t.rootId === 0)
      t.rootId = this.rt.roots.addTimer({ addr: t.addr, chanTimer: t.ch !== null });
    let lo = 0;
    let hi = this.timers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.timers[mid];
      if (m.when < t.when || (m.when === t.when && m.seq < t.seq)) lo = mid + 1;
      else hi = mid;
    }
    this.timers.splice(lo, 0, t);
  }

  /** Timer.Stop / Ticker.Stop: true if this call stopped an active timer. */
  stopTimer(t: Timer): boolean {
    if (!t.active) return false;
    this.removeTimer(t);
    return true;
  }

  /** Timer.Reset(d): true if the timer had been active. */
  resetTimer(t: Timer, d: number): boolean {
    const was = t.active;
    this.startTimer(t, d);
    return was;
  }

  private removeTimer(t: Timer): void {
    const k = this.timers.indexOf(t);
    if (k >= 0) this.timers.splice(k, 1);
    t.active = false;
    if (t.rootId !== 0) {
      this.rt.roots.timers.delete(t.rootId);
      t.rootId = 0;
    }
  }

  /** Fires every timer due by now (Go: runtimer, checked by the scheduler). */
  private runTimers(): void {
    const now = this.rt.nowNs;
    while (this.timers.length > 0 && this.timers[0].when <= now) {
      const t = this.timers.shift()!;
      t.active = false;
      // go1.23: the collector dropped an unreachable channel timer; it never fires.
      const collected = t.rootId !== 0 && !this.rt.roots.timers.has(t.rootId);
      if (t.period > 0 && !collected) {
        t.when += t.period * Math.max(1, Math.ceil((now - t.when + 1) / t.period));
        t.seq = this.timerSeq++;
        t.active = true;
        this.timers.push(t);
        this.timers.sort((a, b) => a.when - b.when || a.seq - b.seq);
      } else if (t.rootId !== 0) {
        this.rt.roots.timers.delete(t.rootId);
        t.rootId = 0;
      }
      if (collected) continue;
      if (t.wake) this.ready(t.wake, undefined);
      else if (t.ch) this.sendTime(t.ch, this.rt.startUnixNs + now);
      else if (t.f) this.go(t.f());
    }
  }

  /** Go's sendTime: a non-blocking send of the current time. */
  private sendTime(ch: Chan<number>, unixNs: number): void {
    const v = (ch.wrap ? ch.wrap(unixNs) : unixNs) as number;
    const r = dequeue(ch.recvq);
    if (r) this.wake(r, [v, true]);
    else if (ch.buf.length < ch.cap) ch.put(v);
  }

  /** time.NewTimer(d) / time.After(d): a one-shot channel timer. */
  newTimer(d: number, addr = 0): Timer {
    const t = new Timer(new Chan<number>(1), null, addr);
    this.startTimer(t, d);
    return t;
  }

  /** time.NewTicker(d) / time.Tick(d). */
  newTicker(d: number, addr = 0): Timer {
    if (d <= 0) throw new GoPanic('non-positive interval for NewTicker');
    const t = new Timer(new Chan<number>(1), null, addr);
    t.period = d;
    this.startTimer(t, d);
    return t;
  }

  /**
   * The goroutines a deadlock report lists (Go's traceback of every user goroutine): id, wait
   * reason, and the function each started in — heaplab does not know a parked goroutine's current
   * frame, so the function it started in stands for its stack — then where it was created.
   */
  goroutineDump(): string {
    let out = '';
    const gs = [...this.all.values()]
      .filter((g) => !g.system && g.status !== 'dead')
      .sort((a, b) => a.goid - b.goid);
    for (const g of gs) {
      out += `\n\ngoroutine ${g.goid} [${g.stateText}]:\n${g.entry}(...)`;
      if (g.createdBy) out += `\ncreated by ${g.createdBy}`;
    }
    return out;
  }

  /** time.AfterFunc(d, f): f runs in its own goroutine. */
  afterFunc(d: number, f: () => GoBody, addr = 0): Timer {
    const t = new Timer(null, f, addr);
    this.startTimer(t, d);
    return t;
  }

  /** time.Sleep(d) on the simulated clock. */
  *sleep(ns: number): Generator<Park, void, unknown> {
    if (ns <= 0) {
      yield gosched;
      return;
    }
    yield { kind: 'sleep', ns };
  }
}
