// Goroutines, channels, select and sleep (src/lang/rt/sched.ts) as compiled
// code will drive them: goroutine bodies are generators that `yield*` the
// blocking operations. Expected behaviour and messages are Go 1.19's.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Chan, GoPanic, Scheduler } from '../../src/lang/rt/sched.ts';
import { createRuntime } from '../../src/sim/runtime.ts';

function setup() {
  const rt = createRuntime({ seed: 3 });
  return { rt, s: new Scheduler(rt) };
}

describe('channels', () => {
  it('unbuffered: a send waits for the receiver; values arrive in order', () => {
    const { s } = setup();
    const out: string[] = [];
    const ch = new Chan<number>(0);
    s.go(
      (function* () {
        s.go(
          (function* () {
            for (let i = 0; i < 3; i++) {
              yield* s.send(ch, i);
              out.push(`sent ${i}`);
            }
            s.close(ch);
          })(),
        );
        for (;;) {
          const [v, ok] = yield* s.recv(ch, 0);
          if (!ok) break;
          out.push(`got ${v}`);
        }
      })(),
    );
    const exit = s.run();
    assert.equal(exit.code, 0);
    assert.deepEqual(
      out.filter((x) => x.startsWith('got')),
      ['got 0', 'got 1', 'got 2'],
    );
    assert.equal(out.length, 6);
  });

  it('buffered: sends do not block until the buffer is full', () => {
    const { s } = setup();
    const ch = new Chan<string>(2);
    const log: string[] = [];
    s.go(
      (function* () {
        yield* s.send(ch, 'a');
        yield* s.send(ch, 'b');
        log.push(`len ${ch.len} cap ${ch.cap}`);
        s.go(
          (function* () {
            log.push(`recv ${(yield* s.recv(ch, ''))[0]}`);
          })(),
        );
        yield* s.send(ch, 'c'); // blocks until the goroutine receives
        log.push(`len ${ch.len}`);
      })(),
    );
    assert.equal(s.run().code, 0);
    assert.deepEqual(log, ['len 2 cap 2', 'recv a', 'len 2']);
  });

  it('close: receivers get the zero value and false; send and double close panic with Go messages', () => {
    for (const [name, body, msg] of [
      ['send', (s: Scheduler, ch: Chan<number>) => s.send(ch, 1), 'panic: send on closed channel'],
      [
        'close',
        function* (s: Scheduler, ch: Chan<number>) {
          s.close(ch);
          yield* [];
        },
        'panic: close of closed channel',
      ],
    ] as const) {
      const { s } = setup();
      const ch = new Chan<number>(1);
      s.go(
        (function* () {
          s.close(ch);
          const r = yield* s.recv(ch, 0);
          assert.deepEqual(r, [0, false]);
          yield* body(s, ch);
        })(),
      );
      const exit = s.run();
      assert.equal(exit.code, 2, name);
      assert.ok(exit.fatal.startsWith(`${msg}\n\ngoroutine 1 [running]:`), exit.fatal);
    }
    assert.throws(
      () => setup().s.close(null),
      (e: unknown) => e instanceof GoPanic && e.value === 'close of nil channel',
    );
  });

  it('a blocked main with nothing to wake it is a deadlock (exit 2)', () => {
    const { s } = setup();
    const ch = new Chan<number>(0);
    s.go(
      (function* () {
        yield* s.recv(ch, 0);
      })(),
    );
    const exit = s.run();
    assert.equal(exit.code, 2);
    assert.equal(
      exit.fatal,
      'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main(...)',
    );
  });
});

describe('select', () => {
  it('default runs when nothing is ready; otherwise a ready case is taken', () => {
    const { s } = setup();
    const a = new Chan<number>(1);
    const picks: number[] = [];
    s.go(
      (function* () {
        picks.push((yield* s.select([{ dir: 'recv', ch: a }], true))[0]);
        yield* s.send(a, 5);
        const [i, got] = yield* s.select([{ dir: 'recv', ch: a }], true);
        picks.push(i, got![0] as number);
      })(),
    );
    assert.equal(s.run().code, 0);
    assert.deepEqual(picks, [-1, 0, 5]);
  });

  it('blocks on several channels and wakes on the first to become ready; the other case stays unconsumed', () => {
    const { s } = setup();
    const a = new Chan<number>(0);
    const b = new Chan<number>(0);
    const log: string[] = [];
    s.go(
      (function* () {
        s.go(
          (function* () {
            yield* s.send(b, 42);
            log.push('sent b');
          })(),
        );
        const [i, got] = yield* s.select(
          [
            { dir: 'recv', ch: a },
            { dir: 'recv', ch: b },
          ],
          false,
        );
        log.push(`case ${i} ${got![0]}`);
        assert.equal(a.recvq.length, 0, 'the losing case left its queue');
      })(),
    );
    assert.equal(s.run().code, 0);
    // The sender keeps running after it readies the selecting goroutine (Go's runnext), as on one P.
    assert.deepEqual(log, ['sent b', 'case 1 42']);
  });

  it('select {} with no cases blocks forever', () => {
    const { s } = setup();
    s.go(
      (function* () {
        yield* s.select([], false);
      })(),
    );
    assert.equal(
      s.run().fatal,
      'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select (no cases)]:\nmain.main(...)',
    );
  });

  it('ready cases are chosen pseudo-randomly (both taken over many rounds), deterministically per seed', () => {
    const run = () => {
      const { s } = setup();
      const a = new Chan<number>(100);
      const b = new Chan<number>(100);
      const counts = [0, 0];
      s.go(
        (function* () {
          for (let i = 0; i < 100; i++) {
            yield* s.send(a, i);
            yield* s.send(b, i);
          }
          for (let i = 0; i < 100; i++) {
            const [k] = yield* s.select(
              [
                { dir: 'recv', ch: a },
                { dir: 'recv', ch: b },
              ],
              false,
            );
            counts[k]++;
          }
        })(),
      );
      s.run();
      return counts;
    };
    const c = run();
    assert.ok(c[0] > 25 && c[1] > 25, `${c}`);
    assert.deepEqual(run(), c);
  });
});

describe('goroutines on the simulated runtime', () => {
  it('time.Sleep orders wake-ups on the simulated clock', () => {
    const { rt, s } = setup();
    const log: string[] = [];
    const done = new Chan<number>(3);
    s.go(
      (function* () {
        for (const ms of [30, 10, 20]) {
          s.go(
            (function* () {
              yield* s.sleep(ms * 1e6);
              log.push(`${ms}`);
              yield* s.send(done, ms);
            })(),
          );
        }
        for (let i = 0; i < 3; i++) yield* s.recv(done, 0);
      })(),
    );
    const t0 = rt.nowNs;
    assert.equal(s.run().code, 0);
    assert.deepEqual(log, ['10', '20', '30']);
    assert.ok(rt.nowNs - t0 >= 30e6 && rt.nowNs - t0 < 31e6);
  });

  it('each blocked goroutine holds a 2 KiB stack: 1000 of them add ~2 MB of StackInuse (real: ~2 KiB each)', () => {
    const { rt, s } = setup();
    const ch = new Chan<number>(0);
    let stackDuring = 0;
    const stack0 = rt.readMemStats().StackInuse;
    s.go(
      (function* () {
        for (let i = 0; i < 1000; i++) {
          s.go(
            (function* () {
              yield* s.recv(ch, 0);
            })(),
          );
        }
        yield* s.sleep(1e6);
        stackDuring = rt.readMemStats().StackInuse;
        assert.equal(s.numGoroutine, 1001);
        s.close(ch);
        yield* s.sleep(1e6);
        assert.equal(s.numGoroutine, 1);
      })(),
    );
    assert.equal(s.run().code, 0);
    const grown = stackDuring - stack0;
    // A few of the stacks fit in the start-up pool span's free slots.
    assert.ok(grown >= 2048 * 1000 * 0.98 && grown < 2048 * 1000 * 1.1, `${grown}`);
    assert.ok(rt.readMemStats().StackInuse < stack0 + 64 * 1024, 'stacks freed when the goroutines exit');
  });
});

describe('timers (time.NewTimer, NewTicker, After, AfterFunc)', () => {
  it('a timer fires once after d; Stop reports whether it stopped it', () => {
    const { rt, s } = setup();
    const log: string[] = [];
    s.go(
      (function* () {
        const t0 = rt.nowNs;
        const t = s.newTimer(5e6);
        const [at] = yield* s.recv(t.ch, 0);
        log.push(`fired after ${Math.round((at - rt.startUnixNs - t0) / 1e6)} ms`);
        log.push(`stop after fire: ${s.stopTimer(t)}`);
        const u = s.newTimer(5e6);
        log.push(`stop before fire: ${s.stopTimer(u)}`);
        yield* s.sleep(10e6);
        log.push(`buffered: ${u.ch!.len}`);
      })(),
    );
    assert.equal(s.run().code, 0);
    assert.deepEqual(log, [
      'fired after 5 ms',
      'stop after fire: false',
      'stop before fire: true',
      'buffered: 0',
    ]);
  });

  it('a ticker ticks every period and drops ticks for a slow reader; NewTicker(0) panics', () => {
    const { rt, s } = setup();
    const ticks: number[] = [];
    s.go(
      (function* () {
        const t0 = rt.startUnixNs + rt.nowNs;
        const tk = s.newTicker(10e6);
        for (let i = 0; i < 3; i++) ticks.push(Math.round(((yield* s.recv(tk.ch, 0))[0] - t0) / 1e6));
        yield* s.sleep(55e6); // 5 ticks pass; only one waits in the buffer
        ticks.push(tk.ch!.len);
        s.stopTimer(tk);
        s.newTicker(0);
      })(),
    );
    const exit = s.run();
    assert.deepEqual(ticks, [10, 20, 30, 1]);
    assert.match(exit.fatal, /^panic: non-positive interval for NewTicker/);
  });

  it('AfterFunc runs its function in a new goroutine', () => {
    const { s } = setup();
    const done = new Chan<number>(0);
    s.go(
      (function* () {
        s.afterFunc(1e6, function* () {
          yield* s.send(done, 7);
        });
        assert.deepEqual(yield* s.recv(done, 0), [7, true]);
      })(),
    );
    assert.equal(s.run().code, 0);
  });

  it('an unstopped ticker keeps its object alive before go1.23 and is collected (and stops) in go1.23', () => {
    for (const [goVersion, kept] of [
      ['go1.19', true],
      ['go1.23', false],
    ] as const) {
      const rt = createRuntime({ goVersion, gogc: -1 });
      const s = new Scheduler(rt);
      s.go(
        (function* () {
          const addr = rt.mallocgc(80, false); // the *time.Ticker, dropped at once
          const tk = s.newTicker(1e6, addr);
          rt.GC();
          rt.GC();
          assert.equal(rt.alloc.findObject(addr) !== 0, kept, goVersion);
          yield* s.sleep(5e6);
          assert.equal(tk.ch!.len > 0, kept, `${goVersion}: still ticking`);
        })(),
      );
      assert.equal(s.run().code, 0);
    }
  });
});
