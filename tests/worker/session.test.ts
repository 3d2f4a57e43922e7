// The worker session, called directly in the page (no worker): loading, running to the end at full
// speed with coalesced snapshots, steps, live controls with Go's effects, the timeline and the
// heap map. The real worker is exercised by tests/client/client.test.ts.
import { expect } from '@open-wc/testing';
import {
  heapPageIdle,
  heapPageInUseBase,
  heapPageLazyFree,
  heapPageReleased,
  type Snapshot,
  type SpanInfo,
} from '../../src/protocol/api.ts';
import { outputCapChars, Session } from '../../src/worker/session.ts';

const idleProgram = `package main

import (
	"fmt"
	"time"
)

var keep [][]byte

func main() {
	for i := 0; i < 64; i++ {
		b := make([]byte, 1<<20)
		for j := 0; j < len(b); j += 4096 {
			b[j] = 1
		}
		keep = append(keep, b)
	}
	fmt.Println("filled")
	keep = nil
	for {
		time.Sleep(time.Second)
	}
}
`;

function session() {
  const snaps: Snapshot[] = [];
  const s = new Session({
    now: () => performance.now(),
    schedule: (fn, ms) => {
      setTimeout(fn, ms);
    },
  });
  void s.subscribe((snap) => snaps.push(snap));
  return { s, snaps };
}

const load = (s: Session, src: string, env: Record<string, string> = {}) =>
  s.load({ filename: 'main.go', src, args: [], env, goVersion: '1.19', seed: 1 });

async function until(cond: () => boolean, ms = 15000): Promise<void> {
  const t0 = performance.now();
  while (!cond()) {
    if (performance.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('worker session', () => {
  it('reports compile errors as diagnostics and does not run', async () => {
    const { s } = session();
    const r = await load(s, 'package main\n\nfunc main() {\n\tx := 1\n}\n');
    expect(r.diagnostics).to.deep.equal([{ line: 4, col: 2, msg: 'x declared but not used' }]);
  });

  it('runs a program to its end at full speed, snapshots coalesced to at most 30 per second', async () => {
    const { s, snaps } = session();
    const src = await (await fetch('/scenarios/lru-shrink.go')).text();
    const r = await s.load({
      filename: 'lru-shrink.go',
      src,
      args: ['-entries', '20000', '-max', '2000000', '-late', '10'],
      env: {},
      goVersion: '1.19',
      seed: 1,
    });
    expect(r.diagnostics).to.deep.equal([]);
    const t0 = performance.now();
    await s.play();
    await until(() => snaps.some((x) => x.state === 'exited'));
    const wallS = (performance.now() - t0) / 1000;
    const last = snaps[snaps.length - 1];
    expect(last.exitCode).to.equal(0);
    const out = snaps.map((x) => x.stdout).join('');
    expect(out).to.match(/^after gc: inuse/m);
    expect(snaps.every((x) => x.runId === r.runId)).to.equal(true);
    // forced snapshots (load, exit) aside, at most 30 per second
    expect(snaps.length - 2).to.be.at.most(Math.ceil(wallS * 30) + 2);
    expect(snaps.flatMap((x) => x.traces).some((t) => t.text.startsWith('gc 1 @'))).to.equal(true);
    expect(snaps.flatMap((x) => x.events).filter((e) => e.kind === 'gc').length).to.equal(
      last.memstats.NumGC,
    );
    const tl = await s.timeline(0, Number.POSITIVE_INFINITY, 50);
    expect(tl.simNs.length).to.be.within(2, 51);
    expect(tl.columns.HeapAlloc.length).to.equal(tl.simNs.length);
  });

  it('compiles with escape analysis (as the CLI does), and a new load clears the last exit code', async () => {
    const { s, snaps } = session();
    // &P{} in sum does not escape (Go 1.19 keeps it on the stack): no allocation per iteration
    const src = `package main

import (
	"fmt"
	"os"
	"runtime"
)

type P struct{ x, y int }

func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := &P{i, i}
		s += p.x + p.y
	}
	return s
}

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.Mallocs
	s := sum(1000)
	runtime.ReadMemStats(&m)
	fmt.Println(s, m.Mallocs-before)
	os.Exit(3)
}
`;
    const r = await load(s, src);
    expect(r.diagnostics).to.deep.equal([]);
    await s.play();
    await until(() => snaps.some((x) => x.state === 'exited'));
    expect(snaps.map((x) => x.stdout).join('')).to.equal('999000 0\n');
    expect(snaps[snaps.length - 1].exitCode).to.equal(3);
    const r2 = await load(s, src);
    const first = snaps.find((x) => x.runId === r2.runId);
    expect(first?.state).to.not.equal('exited');
    expect(first?.exitCode).to.equal(null);
  });

  it('groups goroutines by state and start function, and names the span under a heap address', async () => {
    const { s, snaps } = session();
    const src = `package main

import (
	"fmt"
	"time"
)

func worker(ch chan int) { <-ch }

var keep []*[100]byte

func main() {
	ch := make(chan int)
	for i := 0; i < 5; i++ {
		go worker(ch)
	}
	for i := 0; i < 3; i++ {
		go func() { time.Sleep(1 << 62) }()
	}
	for i := 0; i < 10; i++ {
		keep = append(keep, new([100]byte))
	}
	fmt.Println("started")
	for {
		time.Sleep(time.Second)
	}
}
`;
    await load(s, src);
    await s.play();
    await until(() => snaps.some((x) => x.stdout.includes('started')));
    await s.pause();
    const last = snaps[snaps.length - 1];
    expect(last.numGoroutine).to.equal(9);
    expect(last.goroutines).to.deep.include({ state: 'chan receive', entry: 'main.worker', count: 5 });
    // a function literal has cmd/compile's name
    expect(last.goroutines).to.deep.include({ state: 'sleep', entry: 'main.main.func1', count: 3 });
    // a heap page in use by 112-byte objects ([100]byte rounds up to size class 9, 112 B)
    const map = last.heapMap!;
    let found: SpanInfo | null = null;
    for (let i = 0; i < map.pages.length; i++) {
      if (map.pages[i] !== heapPageInUseBase + 9) continue;
      const sp = await s.span(map.baseAddr + i * 8192);
      if (sp && (!found || sp.allocCount > found.allocCount)) found = sp;
    }
    expect(found).to.include({ kind: 'heap', sizeClass: 9, elemBytes: 112, nelems: 73, npages: 1 });
    expect(found!.allocCount).to.be.at.least(10);
    expect(await s.span(map.baseAddr + map.pages.length * 8192 + 8192)).to.equal(null);
  });

  it('a flood of output reaches the page capped, newest part kept, with what was skipped said', async () => {
    const { s, snaps } = session();
    const src = `package main

import "fmt"

func main() {
	for i := 0; i < 200000; i++ {
		fmt.Println("line", i)
	}
	for i := 0; i < 1000; i++ {
		println("err", i)
	}
}
`;
    await load(s, src);
    await s.play();
    await until(() => snaps.some((x) => x.state === 'exited'));
    for (const x of snaps) expect(x.stdout.length).to.be.at.most(outputCapChars + 100);
    const all = snaps.map((x) => x.stdout).join('');
    expect(all).to.match(/\[heaplab: \d+ characters of output not shown\]\nline \d+\n/);
    expect(all.endsWith('line 199999\n')).to.equal(true);
    // stderr is its own stream: nothing of it was dropped, so no notice there
    const err = snaps.map((x) => x.stderr).join('');
    expect(err).to.not.contain('not shown');
    expect(err).to.contain('err 999\n');
  });

  it('steps one GC cycle and one millisecond', async () => {
    const { s, snaps } = session();
    await load(s, idleProgram);
    await s.step('gc');
    await until(() => snaps.length > 1 && snaps[snaps.length - 1].state === 'paused');
    expect(snaps[snaps.length - 1].memstats.NumGC).to.be.at.least(1);
    const t = snaps[snaps.length - 1].simNs;
    await s.step('ms');
    await until(() => snaps[snaps.length - 1].simNs >= t + 1e6 && snaps[snaps.length - 1].state === 'paused');
  });

  it('FreeOSMemory releases the idle heap and RSS falls; MADV_FREE keeps RSS until memory pressure', async () => {
    for (const mode of ['dontneed', 'free'] as const) {
      const { s, snaps } = session();
      await load(s, idleProgram);
      if (mode === 'free') await s.setMadvise('free');
      // at ×1 the program sleeps in real time, so no periodic GC or scavenger frees memory first
      await s.setSpeed(1);
      await s.play();
      await until(() =>
        snaps
          .map((x) => x.stdout)
          .join('')
          .includes('filled'),
      );
      await s.pause();
      const before = snaps[snaps.length - 1];
      await s.freeOSMemory();
      const after = snaps[snaps.length - 1];
      expect(after.events.some((e) => e.kind === 'control' && e.text === 'debug.FreeOSMemory()')).to.equal(
        true,
      );
      expect(after.memstats.HeapReleased - before.memstats.HeapReleased).to.be.above(48 * 2 ** 20);
      if (mode === 'dontneed') {
        expect(after.rssBytes).to.be.below(before.rssBytes - 48 * 2 ** 20);
      } else {
        expect(after.rssBytes).to.be.above(before.rssBytes - 8 * 2 ** 20);
        expect(after.lazyFreeBytes).to.be.above(48 * 2 ** 20);
        await s.setMemoryPressure(1);
        const pressed = snaps[snaps.length - 1];
        expect(pressed.rssBytes).to.be.below(after.rssBytes - 48 * 2 ** 20);
        expect(pressed.lazyFreeBytes).to.equal(0);
      }
      const map = after.heapMap!;
      expect(map.pages.length).to.be.above(0);
      // 64 MiB of freed pages: released (DONTNEED) or lazily freed but still resident (FREE)
      const freed = mode === 'free' ? heapPageLazyFree : heapPageReleased;
      expect([...map.pages].filter((p) => p === freed).length).to.be.above(6000);
      expect([...map.pages].some((p) => p >= heapPageInUseBase || p === heapPageIdle)).to.equal(true);
    }
  });

  it('GOGC and the memory limit apply mid-run as debug.SetGCPercent and debug.SetMemoryLimit', async () => {
    const { s, snaps } = session();
    await load(s, idleProgram, { GOGC: 'off' });
    await s.setGOGC(50);
    await s.setMemoryLimit(32 << 20);
    const ev = snaps.flatMap((x) => x.events).map((e) => e.text);
    expect(ev).to.include('debug.SetGCPercent(50)');
    expect(ev).to.include(`debug.SetMemoryLimit(${32 << 20})`);
    await s.play();
    await until(() =>
      snaps
        .map((x) => x.stdout)
        .join('')
        .includes('filled'),
    );
    await s.stop();
    expect(snaps[snaps.length - 1].memstats.NumGC).to.be.above(3);
  });

  it('a container limit below the live heap OOM-kills the run', async () => {
    const { s, snaps } = session();
    await load(s, idleProgram);
    await s.setContainerLimit(16 << 20);
    // the snapshot reports the live limit (the gauges draw it), not the one the run was loaded with
    expect(snaps[snaps.length - 1].containerLimitBytes).to.equal(16 << 20);
    await s.play();
    await until(() => snaps.some((x) => x.state === 'exited'));
    expect(snaps[snaps.length - 1].exitCode).to.equal(137);
    expect(snaps.flatMap((x) => x.events).some((e) => e.kind === 'oom')).to.equal(true);
  });
});
