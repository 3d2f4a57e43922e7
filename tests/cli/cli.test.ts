// The heaplab command: run and vet as a user calls them (in-process, through main()).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main, parseBytes, parseDurationNs } from '../../src/cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'heaplab-cli-'));

function file(name: string, src: string): string {
  const p = join(dir, name);
  writeFileSync(p, src);
  return p;
}

async function cli(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await main(
    args,
    {
      write: (s: string | Uint8Array) =>
        (out += typeof s === 'string' ? s : Buffer.from(s).toString('latin1')),
    },
    {
      write: (s: string | Uint8Array) =>
        (err += typeof s === 'string' ? s : Buffer.from(s).toString('latin1')),
    },
    env,
  );
  return { code, out, err };
}

const hello = file('hello.go', 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("héllo", 42) }\n');

describe('heaplab run', () => {
  test('prints the program output and exits 0', async () => {
    const r = await cli(['run', hello]);
    assert.equal(r.code, 0);
    assert.equal(Buffer.from(r.out, 'latin1').toString('utf8'), 'héllo 42\n');
  });

  test('exit codes are the binary’s: os.Exit(n), 2 for a panic', async () => {
    const exit = file('exit.go', 'package main\n\nimport "os"\n\nfunc main() { os.Exit(5) }\n');
    assert.equal((await cli(['run', exit])).code, 5);
    const boom = file('boom.go', 'package main\n\nfunc main() { panic("boom") }\n');
    const r = await cli(['run', boom]);
    assert.equal(r.code, 2);
    assert.match(r.err, /^panic: boom\n\ngoroutine 1 \[running\]:/);
  });

  test('compile errors are printed as go run prints them, exit 1', async () => {
    const bad = file('bad.go', 'package main\n\nfunc main() {\n\ty := 2\n}\n');
    const r = await cli(['run', bad]);
    assert.equal(r.code, 1);
    assert.equal(r.err, '# command-line-arguments\n./bad.go:4:2: y declared but not used\n');
  });

  test('program arguments follow the file', async () => {
    const args = file(
      'args.go',
      'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() { fmt.Println(os.Args[1:]) }\n',
    );
    assert.equal((await cli(['run', args, 'a', '-b', 'c'])).out, '[a -b c]\n');
  });

  test('--metrics writes one CSV row per sample with MemStats, goroutines, VmRSS and LazyFree', async () => {
    const alloc = file(
      'alloc.go',
      'package main\n\nimport "time"\n\nvar sink []byte\n\nfunc main() {\n\tfor i := 0; i < 20; i++ {\n\t\tsink = make([]byte, 1<<20)\n\t\ttime.Sleep(10 * time.Millisecond)\n\t}\n}\n',
    );
    const csv = join(dir, 'm.csv');
    const r = await cli(['run', '--metrics', csv, '--every', '50ms', alloc]);
    assert.equal(r.code, 0, r.err);
    const rows = readFileSync(csv, 'utf8').trim().split('\n');
    const header = rows[0].split(',');
    assert.equal(header[0], 't_s');
    for (const f of [
      'HeapAlloc',
      'HeapInuse',
      'HeapIdle',
      'HeapReleased',
      'NumGC',
      'NumGoroutine',
      'VmRSS',
      'LazyFree',
    ]) {
      assert.ok(header.includes(f), f);
    }
    assert.ok(rows.length >= 5, `${rows.length} rows`);
    for (const row of rows.slice(1)) assert.equal(row.split(',').length, header.length);
    const t = rows.slice(1).map((row) => Number(row.split(',')[0]));
    assert.ok(
      t.every((x, i) => i === 0 || x >= t[i - 1]),
      'time does not go back',
    );
  });

  test('GODEBUG from the environment reaches the runtime', async () => {
    const alloc = file('gc.go', 'package main\n\nimport "runtime"\n\nfunc main() { runtime.GC() }\n');
    const r = await cli(['run', alloc], { GODEBUG: 'gctrace=1' });
    assert.match(r.err, /^gc 1 @.* \(forced\)$/m);
  });

  const badFlags: [string[], RegExp][] = [
    [['run', '--go', '1.5', hello], /--go must be/],
    [['run', '--mem', 'lots', hello], /byte count/],
    [['run', '--every', 'soon', '--metrics', 'x.csv', hello], /duration/],
    [['run', '--wat', hello], /unknown flag/],
    [['run'], /usage: heaplab run/],
  ];
  for (const [args, msg] of badFlags) {
    test(`bad invocation ${args.join(' ')} exits 2 with a message`, async () => {
      const r = await cli(args);
      assert.equal(r.code, 2);
      assert.match(r.err, msg);
    });
  }
});

describe('heaplab vet', () => {
  test('reports FILE:LINE:COL: message and exits 1', async () => {
    const bad = file(
      'vet.go',
      'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(undefinedName)\n}\n',
    );
    const r = await cli(['vet', bad]);
    assert.equal(r.code, 1);
    assert.equal(r.err, `${bad}:6:14: undefined: undefinedName\n`);
  });

  test('a clean file exits 0; -m prints escape decisions in -gcflags=-m style', async () => {
    const esc = file(
      'esc.go',
      'package main\n\nimport "fmt"\n\ntype P struct{ x int }\n\nfunc newP() *P { return &P{1} }\n\nfunc main() { fmt.Println(newP().x) }\n',
    );
    assert.equal((await cli(['vet', esc])).code, 0);
    const r = await cli(['vet', '-m', esc]);
    assert.equal(r.code, 0);
    assert.match(r.out, /^\.\/esc\.go:7:25: &P\{\.\.\.\} escapes to heap$/m);
  });
});

test('byte and duration flag values', () => {
  assert.equal(parseBytes('512MiB'), 512 * 2 ** 20);
  assert.equal(parseBytes('1000'), 1000);
  assert.equal(parseBytes('1.5GiB'), null);
  assert.equal(parseDurationNs('1m30s'), 90e9);
  assert.equal(parseDurationNs('250ms'), 250e6);
  assert.equal(parseDurationNs('10'), null);
});
