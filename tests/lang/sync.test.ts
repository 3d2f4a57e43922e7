// sync primitives on the scheduler, with Go 1.19's semantics and messages.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Chan, Scheduler } from '../../src/lang/rt/sched.ts';
import { Mutex, Once, RWMutex, WaitGroup } from '../../src/lang/rt/sync.ts';
import { createRuntime } from '../../src/sim/runtime.ts';

const setup = () => new Scheduler(createRuntime({ seed: 5 }));

describe('sync', () => {
  it('Mutex: critical sections do not interleave; waiters are served in order', () => {
    const s = setup();
    const mu = new Mutex();
    const log: string[] = [];
    const wg = new WaitGroup();
    s.go(
      (function* () {
        for (const name of ['a', 'b', 'c']) {
          wg.add(s, 1);
          s.go(
            (function* () {
              yield* mu.lock(s);
              log.push(`${name} in`);
              yield* s.sleep(1e6); // hold the lock across a block
              log.push(`${name} out`);
              mu.unlock(s);
              wg.done(s);
            })(),
          );
        }
        yield* wg.wait(s);
      })(),
    );
    assert.equal(s.run().code, 0);
    for (let i = 0; i < log.length; i += 2) assert.equal(log[i].split(' ')[0], log[i + 1].split(' ')[0]);
    assert.equal(log.length, 6);
  });

  it('unlock of an unlocked Mutex is a fatal error', () => {
    const s = setup();
    const mu = new Mutex();
    s.go(
      (function* () {
        mu.unlock(s);
        yield* [];
      })(),
    );
    const exit = s.run();
    assert.equal(exit.code, 2);
    assert.equal(exit.fatal, 'fatal error: sync: unlock of unlocked mutex');
  });

  it('WaitGroup: Wait returns when the counter reaches zero; a negative counter panics', () => {
    const s = setup();
    const wg = new WaitGroup();
    let done = 0;
    s.go(
      (function* () {
        wg.add(s, 3);
        for (let i = 0; i < 3; i++) {
          s.go(
            (function* () {
              yield* s.sleep((i + 1) * 1e6);
              done++;
              wg.done(s);
            })(),
          );
        }
        yield* wg.wait(s);
        assert.equal(done, 3);
        wg.done(s);
      })(),
    );
    const exit = s.run();
    assert.equal(exit.code, 2);
    assert.match(exit.fatal, /^panic: sync: negative WaitGroup counter\n/);
  });

  it('RWMutex: readers share, a writer excludes them', () => {
    const s = setup();
    const rw = new RWMutex();
    const log: string[] = [];
    const done = new Chan<number>(3);
    s.go(
      (function* () {
        for (const r of ['r1', 'r2']) {
          s.go(
            (function* () {
              yield* rw.rLock(s);
              log.push(`${r}+`);
              yield* s.sleep(2e6);
              log.push(`${r}-`);
              rw.rUnlock(s);
              yield* s.send(done, 1);
            })(),
          );
        }
        s.go(
          (function* () {
            yield* s.sleep(1e6);
            yield* rw.lock(s);
            log.push('w+');
            rw.unlock(s);
            yield* s.send(done, 1);
          })(),
        );
        for (let i = 0; i < 3; i++) yield* s.recv(done, 0);
      })(),
    );
    assert.equal(s.run().code, 0);
    assert.deepEqual(log.slice(0, 2).sort(), ['r1+', 'r2+']);
    assert.equal(log.at(-1), 'w+', 'the writer waited for both readers');
  });

  it('Once runs its function exactly once', () => {
    const s = setup();
    const once = new Once();
    let n = 0;
    s.go(
      (function* () {
        for (let i = 0; i < 3; i++) yield* once.do(s, () => void n++);
      })(),
    );
    assert.equal(s.run().code, 0);
    assert.equal(n, 1);
  });
});
