// sync.Mutex, sync.RWMutex, sync.WaitGroup and sync.Once for compiled
// programs, on the scheduler (sched.ts). Blocking methods are generators that
// park the calling goroutine; waiters are woken first come, first served
// (Go's mutex hands off to a waiter in starvation mode; heaplab always does,
// which keeps runs deterministic). Misuse ends the program with Go's fatal
// errors and panics.

import { type G, GoPanic, type Park, ProgramExit, park, type Scheduler } from './sched.ts';

type Gen<T = void> = Generator<Park, T, unknown>;

/** sync.Mutex */
export class Mutex {
  locked = false;
  private readonly waiters: G[] = [];

  *lock(s: Scheduler): Gen {
    if (this.tryLock()) return;
    const g = s.current!;
    g.waitReason = 'sync.Mutex.Lock';
    this.waiters.push(g);
    yield park;
    // Ownership was handed over by unlock.
  }

  /** sync.Mutex.TryLock (Go 1.18) */
  tryLock(): boolean {
    if (this.locked) return false;
    this.locked = true;
    return true;
  }

  unlock(s: Scheduler): void {
    if (!this.locked) throw new ProgramExit(2, 'fatal error: sync: unlock of unlocked mutex');
    const next = this.waiters.shift();
    if (next) s.ready(next, undefined);
    else this.locked = false;
  }
}

/** sync.RWMutex: writers wait for active readers; a waiting writer holds off new readers, as in Go. */
export class RWMutex {
  private readers = 0;
  private writer = false;
  private readonly waitingWriters: G[] = [];
  private readonly waitingReaders: G[] = [];

  /** RLock when it needs no wait. */
  tryRLock(): boolean {
    if (this.writer || this.waitingWriters.length > 0) return false;
    this.readers++;
    return true;
  }

  *rLock(s: Scheduler): Gen {
    if (this.tryRLock()) return;
    const g = s.current!;
    g.waitReason = 'sync.RWMutex.RLock';
    this.waitingReaders.push(g);
    yield park;
  }

  rUnlock(s: Scheduler): void {
    if (this.readers <= 0) throw new ProgramExit(2, 'fatal error: sync: RUnlock of unlocked RWMutex');
    this.readers--;
    if (this.readers === 0) this.admitWriter(s);
  }

  /** Lock when it needs no wait. */
  tryLock(): boolean {
    if (this.writer || this.readers > 0) return false;
    this.writer = true;
    return true;
  }

  *lock(s: Scheduler): Gen {
    if (this.tryLock()) return;
    const g = s.current!;
    g.waitReason = 'sync.RWMutex.Lock';
    this.waitingWriters.push(g);
    yield park;
  }

  unlock(s: Scheduler): void {
    if (!this.writer) throw new ProgramExit(2, 'fatal error: sync: Unlock of unlocked RWMutex');
    this.writer = false;
    if (this.waitingReaders.length > 0) {
      for (const g of this.waitingReaders.splice(0)) {
        this.readers++;
        s.ready(g, undefined);
      }
    } else this.admitWriter(s);
  }

  private admitWriter(s: Scheduler): void {
    const w = this.waitingWriters.shift();
    if (w) {
      this.writer = true;
      s.ready(w, undefined);
    }
  }
}

/** sync.WaitGroup */
export class WaitGroup {
  private count = 0;
  private readonly waiters: G[] = [];

  add(s: Scheduler, delta: number): void {
    this.count += delta;
    if (this.count < 0) throw new GoPanic('sync: negative WaitGroup counter');
    if (this.count === 0) for (const g of this.waiters.splice(0)) s.ready(g, undefined);
  }

  done(s: Scheduler): void {
    this.add(s, -1);
  }

  *wait(s: Scheduler): Gen {
    if (this.count === 0) return;
    const g = s.current!;
    g.waitReason = 'sync.WaitGroup.Wait';
    this.waiters.push(g);
    yield park;
  }
}

/** sync.Once: f runs once; concurrent callers wait until it has returned. */
export class Once {
  private state: 'new' | 'running' | 'done' = 'new';
  private readonly mu = new Mutex();

  *do(s: Scheduler, f: () => Gen | undefined): Gen {
    if (this.state === 'done') return;
    yield* this.mu.lock(s);
    try {
      if (this.state === 'new') {
        this.state = 'running';
        try {
          const r = f();
          if (r) yield* r;
        } finally {
          this.state = 'done';
        }
      }
    } finally {
      this.mu.unlock(s);
    }
  }
}
