import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OomKilled } from '../../src/sim/linux.ts';
import { memStatsRelationErrors } from '../../src/sim/mstats.ts';
import { createRuntime, type Runtime, type RuntimeConfig } from '../../src/sim/runtime.ts';
import { resolveVersionProfile } from '../../src/sim/version.ts';

const MiB = 1 << 20;

function within(actual: number, expected: number, frac: number, what: string): void {
  const diff = Math.abs(actual - expected);
  assert.ok(diff <= expected * frac, `${what}: ${actual} is not within ${frac * 100}% of ${expected}`);
}

describe('start-up state against a real Go 1.19.8 process (facts §3, §8)', () => {
  const rt = createRuntime({ gogc: -1 });
  const m = rt.readMemStats();
  const cases: [string, () => void][] = [
    [
      'HeapSys 3964928 exactly (one 4 MiB chunk minus the stack spans)',
      () => assert.equal(m.HeapSys, 3_964_928),
    ],
    ['StackInuse 229376', () => assert.equal(m.StackInuse, 229_376)],
    ['HeapInuse in 278528..393216', () => assert.ok(m.HeapInuse >= 278_528 && m.HeapInuse <= 393_216)],
    ['Sys within 1% of 12434448', () => within(m.Sys, 12_434_448, 0.01, 'Sys')],
    ['HeapReleased within 10% of 3506176', () => within(m.HeapReleased, 3_506_176, 0.1, 'HeapReleased')],
    ['RSS within 15% of 2068480', () => within(rt.linux.rssBytes, 2_068_480, 0.15, 'RSS')],
    [
      'Mallocs 132, Frees 2, HeapObjects 130; HeapAlloc within one tiny block of 45320',
      () => {
        assert.equal(m.Mallocs, 132);
        assert.equal(m.Frees, 2);
        assert.equal(m.HeapObjects, 130);
        // runtimeInitAllocs rounds to 45,304 B, 16 B (one tiny block) short of the real run's 45,320 B.
        assert.ok(Math.abs(m.HeapAlloc - 45_320) <= 16, `HeapAlloc ${m.HeapAlloc}`);
      },
    ],
    ['every MemStats relation holds', () => assert.deepEqual(memStatsRelationErrors(m), [])],
    ['the invariants hold', () => rt.checkInvariants()],
  ];
  for (const [name, check] of cases) it(name, check);
});

/**
 * The facts §6 experiment through the runtime: 256 MiB of 1 MiB objects, written, dropped, collected and
 * scavenged, under each madvise mode. Returns the measurements along the way.
 */
function scavengeExperiment(config: RuntimeConfig) {
  const rt = createRuntime(config);
  const startHeapAlloc = rt.readMemStats().HeapAlloc;
  const slots = rt.mainG.slots;
  for (let i = 0; i < 256; i++) {
    const a = rt.mallocgc(MiB, true);
    slots.push(a); // held by main's frame, like a slice of buffers
    rt.heap.touch(a, MiB);
  }
  const rssTouched = rt.linux.rssBytes;
  slots.truncate(0); // dropped
  rt.GC();
  const collected = rt.readMemStats();
  const rssCollected = rt.linux.rssBytes;
  const scavenged = rt.scavenge(2 ** 50);
  const released = rt.readMemStats();
  return {
    rt,
    startHeapAlloc,
    rssTouched,
    collected,
    rssCollected,
    scavenged,
    released,
    rssReleased: rt.linux.rssBytes,
  };
}

describe('MADV_DONTNEED vs MADV_FREE through the runtime (facts §5, §6)', () => {
  const dontneed = scavengeExperiment({ madvdontneed: true });
  const free = scavengeExperiment({ madvdontneed: false });

  for (const [name, r] of [
    ['dontneed', dontneed],
    ['free', free],
  ] as const) {
    it(`${name}: collecting frees 256 MiB of heap but returns nothing to the OS by itself`, () => {
      assert.ok(r.rssTouched > 256 * MiB);
      assert.equal(r.collected.HeapAlloc, r.startHeapAlloc, 'only the start-up objects are left');
      assert.ok(r.collected.HeapIdle >= 256 * MiB);
      within(r.rssCollected, r.rssTouched, 0.01, 'RSS after collection');
      assert.deepEqual(memStatsRelationErrors(r.released), []);
      r.rt.checkInvariants();
    });
  }

  it('scavenging releases the same 256 MiB in both modes (HeapReleased identical)', () => {
    // The 256 MiB plus the few free pages the heap already had.
    assert.ok(dontneed.scavenged >= 256 * MiB && dontneed.scavenged < 257 * MiB, `${dontneed.scavenged}`);
    assert.equal(free.scavenged, dontneed.scavenged);
    assert.equal(dontneed.released.HeapReleased, free.released.HeapReleased);
    assert.equal(dontneed.released.HeapReleased - dontneed.collected.HeapReleased, dontneed.scavenged);
    assert.equal(dontneed.released.HeapReleased, dontneed.released.HeapIdle, 'every idle page is released');
  });

  it('MADV_DONTNEED: RSS falls by ~256 MiB at once', () => {
    within(dontneed.rssCollected - dontneed.rssReleased, 256 * MiB, 0.01, 'RSS drop');
    assert.equal(dontneed.rt.linux.lazyFreeBytes, 0);
  });

  it('MADV_FREE: RSS stays, LazyFree ≈ 256 MiB, until memory pressure reclaims it', () => {
    assert.equal(free.rssReleased, free.rssCollected);
    within(free.rt.linux.lazyFreeBytes, 256 * MiB, 0.01, 'LazyFree');
    const reclaimed = free.rt.linux.applyMemoryPressure(1);
    within(reclaimed, 256 * MiB, 0.01, 'reclaimed');
    assert.equal(free.rt.linux.lazyFreeBytes, 0);
    assert.equal(free.rt.linux.rssBytes, dontneed.rssReleased, 'ends where DONTNEED ended');
    assert.ok(free.rt.linux.rssBytes >= 0);
  });

  it('the default comes from the version profile: go1.19 DONTNEED, go1.12 FREE', () => {
    assert.equal(createRuntime({ gogc: -1 }).madviseMode, 'dontneed');
    assert.equal(createRuntime({ gogc: -1, goVersion: 'go1.12' }).madviseMode, 'free');
    assert.equal(
      createRuntime({ gogc: -1, goVersion: 'go1.12', madvdontneed: true }).madviseMode,
      'dontneed',
    );
  });
});

describe('container memory limit', () => {
  it('allocating and writing past a 64 MiB cgroup limit OOM-kills the process', () => {
    const rt = createRuntime({ gogc: -1, containerLimitBytes: 64 * MiB });
    let written = 0;
    assert.throws(() => {
      for (let i = 0; i < 128; i++) {
        const a = rt.mallocgc(MiB, true);
        rt.heap.touch(a, MiB);
        written += MiB;
      }
    }, OomKilled);
    assert.ok(written < 64 * MiB && written > 48 * MiB, `killed after ${written / MiB} MiB`);
    assert.equal(rt.linux.oomKilled, true);
    assert.match(rt.linux.oomMessage, /^Memory cgroup out of memory: Killed process \d+ \(main\)/);
    assert.ok(rt.linux.rssBytes <= 64 * MiB);
    // A dead process refuses further writes.
    assert.throws(() => rt.heap.touch(rt.mallocgc(MiB, true), 8), OomKilled);
  });

  it('stays alive below the limit', () => {
    const rt: Runtime = createRuntime({ gogc: -1, containerLimitBytes: 64 * MiB });
    for (let i = 0; i < 32; i++) rt.heap.touch(rt.mallocgc(MiB, true), MiB);
    assert.equal(rt.linux.oomKilled, false);
    assert.equal(rt.linux.oomMessage, '');
  });
});

describe('resolveVersionProfile (facts §2 "Version differences")', () => {
  const ok: [string, string][] = [
    ['go1.19', 'go1.19'],
    ['1.19', 'go1.19'],
    ['go1.12', 'go1.12'],
    ['1.12', 'go1.12'],
    ['go1.23', 'go1.23'],
    [' go1.23 ', 'go1.23'],
  ];
  for (const [input, name] of ok) {
    it(`"${input}" → ${name}`, () => assert.equal(resolveVersionProfile(input).name, name));
  }
  it('defaults to go1.19', () => assert.equal(resolveVersionProfile(undefined).name, 'go1.19'));
  for (const bad of ['go1.20', '1.18', 'go2', '']) {
    it(`"${bad}" is rejected with the supported list`, () => {
      assert.throws(
        () => resolveVersionProfile(bad),
        /unsupported Go version profile.*go1\.19, go1\.12, go1\.23/,
      );
      assert.throws(() => createRuntime({ gogc: -1, goVersion: bad }), /supports go1\.19, go1\.12, go1\.23/);
    });
  }

  it('go1.12 has 67 size classes (no 24-byte class): mallocgc(24, scan) takes 32 bytes', () => {
    const rt = createRuntime({ gogc: -1, goVersion: 'go1.12' });
    assert.equal(rt.version.sizeClasses.numSizeClasses, 67);
    assert.equal(createRuntime({ gogc: -1 }).version.sizeClasses.numSizeClasses, 68);
    const before = rt.readMemStats();
    const a = rt.mallocgc(24, false);
    const after = rt.readMemStats();
    assert.equal(rt.objectSize(a), 32);
    assert.equal(after.HeapAlloc - before.HeapAlloc, 32);
    assert.equal(after.BySize[3].Size, 32, 'BySize[3] is the 32-byte class in go1.12');
    assert.equal(after.BySize[3].Mallocs - before.BySize[3].Mallocs, 1);
  });

  it('go1.19: mallocgc(24, scan) takes 24 bytes', () => {
    const rt = createRuntime({ gogc: -1, goVersion: 'go1.19' });
    assert.equal(rt.objectSize(rt.mallocgc(24, false)), 24);
  });
});
