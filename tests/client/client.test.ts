// The client against the real module worker: load, run, coalesced updates, and stale runs dropped.
import { expect } from '@open-wc/testing';
import { coalesce, type Update, WorkbenchClient } from '../../src/client/client.ts';
import type { Snapshot } from '../../src/protocol/api.ts';

const prog = (n: number) => `package main

import "fmt"

func main() {
	s := []int{}
	for i := 0; i < ${n}; i++ {
		s = append(s, i)
	}
	fmt.Println("done", len(s))
}
`;

describe('client and real worker', () => {
  it('coalesces snapshots into one update', () => {
    const base = {
      seq: 0,
      state: 'running',
      simNs: 0,
      exitCode: null,
      memstats: {},
      rssBytes: 0,
      lazyFreeBytes: 0,
      physicalMemoryBytes: 0,
      containerLimitBytes: 0,
      numGoroutine: 1,
      traces: [],
      events: [],
      heapMap: null,
      runId: 1,
      stderr: '',
    } as unknown as Snapshot;
    const u = coalesce([
      { ...base, seq: 1, stdout: 'a' },
      { ...base, seq: 2, stdout: 'b' },
    ])!;
    expect(u.latest.seq).to.equal(2);
    expect(u.stdout).to.equal('ab');
    expect(coalesce([])).to.equal(null);
  });

  it('runs a program in the worker; a new load drops the old run’s late messages', async () => {
    const updates: Update[] = [];
    const client = new WorkbenchClient({ onUpdate: (u) => updates.push(u) });
    try {
      const first = await client.load({
        filename: 'a.go',
        src: prog(2_000_000),
        args: [],
        env: {},
        goVersion: '1.19',
        seed: 1,
      });
      // the snapshot the load posts (it can arrive before load() resolves) reaches the page
      const tl = performance.now();
      while (!updates.some((u) => u.latest.runId === first.runId)) {
        if (performance.now() - tl > 5000) throw new Error('the loaded run never reached the page');
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(updates[0].latest.state).to.equal('paused');
      await client.api.play();
      const mark = updates.length;
      const second = await client.load({
        filename: 'b.go',
        src: prog(10),
        args: [],
        env: {},
        goVersion: '1.19',
        seed: 1,
      });
      expect(second.runId).to.be.above(first.runId);
      const t0 = performance.now();
      await client.api.play();
      while (!updates.some((u) => u.latest.state === 'exited')) {
        if (performance.now() - t0 > 15000) throw new Error('timed out');
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(updates.slice(mark).every((u) => u.latest.runId === second.runId)).to.equal(true);
      expect(updates.map((u) => u.stdout).join('')).to.equal('done 10\n');
    } finally {
      client.dispose();
    }
  });

  it('passes an unchanged heap map on as the same object (the page does not redraw it)', async () => {
    const updates: Update[] = [];
    // a frame per snapshot, so every snapshot is an update of its own
    const client = new WorkbenchClient({ onUpdate: (u) => updates.push(u), frame: (cb) => cb() });
    try {
      await client.load({
        filename: 'idle.go',
        src: 'package main\n\nimport "time"\n\nvar keep []byte\n\nfunc main() {\n\tkeep = make([]byte, 1<<20)\n\tfor i := 0; i < 40; i++ {\n\t\ttime.Sleep(50 * time.Millisecond)\n\t}\n}\n',
        args: [],
        env: {},
        goVersion: '1.19',
        seed: 1,
      });
      // every pause posts a snapshot; nothing runs in between, so the heap map is unchanged
      await client.api.pause();
      await client.api.pause();
      await client.api.play();
      const t0 = performance.now();
      while (!updates.some((u) => u.latest.state === 'exited')) {
        if (performance.now() - t0 > 15000) throw new Error('timed out');
        await new Promise((r) => setTimeout(r, 20));
      }
      const maps = updates.map((u) => u.latest.heapMap).filter((m) => m !== null);
      let reused = 0;
      for (let i = 1; i < maps.length; i++) {
        const a = maps[i - 1]!.pages;
        const b = maps[i]!.pages;
        const same = a.length === b.length && b.every((p, j) => p === a[j]);
        // equal pages always come as the same object; a new object always differs
        expect(maps[i] === maps[i - 1]).to.equal(same);
        if (same) reused++;
      }
      expect(reused).to.be.above(0);
    } finally {
      client.dispose();
    }
  });
});
