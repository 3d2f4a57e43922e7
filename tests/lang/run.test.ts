// Compiled programs on the simulated runtime: reachability as the collector sees it (finalizers,
// pinned backing arrays, leaked goroutines), exit paths, the environment variables, host stepping
// and Go call stacks. Expected values come from Go's semantics (and real runs where noted).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileProgram, Run, type RunOptions, runProgram } from '../../src/lang/run.ts';

function run(src: string, opts: Partial<RunOptions> & { args?: string[] } = {}) {
  let stdout = '';
  let stderr = '';
  const r = runProgram({
    filename: 'main.go',
    src,
    args: opts.args,
    env: opts.env as Record<string, string> | undefined,
    runtime: opts.runtime,
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  return { ...r, stdout, stderr };
}

/** Lines "name=value" of a program's output as numbers. */
function values(stdout: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of stdout.matchAll(/(\w+)=(-?\d+)/g)) out[m[1]] = Number(m[2]);
  return out;
}

const memstats = `
func stats(prefix string) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("%sHeapAlloc=%d %sHeapObjects=%d %sNumGC=%d %sStackInuse=%d\\n", prefix, m.HeapAlloc, prefix, m.HeapObjects, prefix, m.NumGC, prefix, m.StackInuse)
}
`;

describe('reachability: what the program holds is kept, what it drops is collected', () => {
  test('a finalizer runs once its object is unreachable, not while KeepAlive holds it', () => {
    const r = run(`package main

import (
	"fmt"
	"runtime"
	"time"
)

type Res struct{ id int; buf [64]byte }

func main() {
	a := &Res{id: 1}
	runtime.SetFinalizer(a, func(r *Res) { fmt.Println("finalized", r.id) })
	b := &Res{id: 2}
	runtime.SetFinalizer(b, func(r *Res) { fmt.Println("finalized", r.id) })
	a = nil
	runtime.GC()
	time.Sleep(time.Millisecond)
	fmt.Println("after first GC")
	runtime.KeepAlive(b)
	b = nil
	runtime.GC()
	time.Sleep(time.Millisecond)
	fmt.Println("done")
}
`);
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.stdout, 'finalized 1\nafter first GC\nfinalized 2\ndone\n');
  });

  test('a substring keeps its whole backing string alive; strings.Clone lets it go', () => {
    const prog = (keep: string) => `package main

import (
	"fmt"
	"runtime"
	"strings"
)

var kept string

${memstats}

func main() {
	big := strings.Repeat("x", 1<<20)
	kept = ${keep}
	big = ""
	runtime.GC()
	stats("")
	fmt.Println(len(kept))
}
`;
    const pinned = values(run(prog('big[:10]')).stdout);
    const cloned = values(run(prog('strings.Clone(big[:10])')).stdout);
    assert.ok(pinned.HeapAlloc >= 1 << 20, `substring pins 1 MiB: HeapAlloc ${pinned.HeapAlloc}`);
    assert.ok(cloned.HeapAlloc < 1 << 19, `clone frees it: HeapAlloc ${cloned.HeapAlloc}`);
  });

  test('a small subslice keeps its big backing array; copying it out does not', () => {
    const prog = (keep: string) => `package main

import (
	"fmt"
	"runtime"
)

var kept []byte

${memstats}

func main() {
	big := make([]byte, 4<<20)
	kept = ${keep}
	big = nil
	runtime.GC()
	stats("")
	fmt.Println(len(kept))
}
`;
    const pinned = values(run(prog('big[:16]')).stdout);
    const copied = values(run(prog('append([]byte(nil), big[:16]...)')).stdout);
    assert.ok(pinned.HeapAlloc >= 4 << 20, `HeapAlloc ${pinned.HeapAlloc}`);
    assert.ok(copied.HeapAlloc < 1 << 20, `HeapAlloc ${copied.HeapAlloc}`);
  });

  test('a linked list keeps every node; dropping its head frees them all', () => {
    const r = run(`package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  [40]byte
}

${memstats}

func main() {
	var head *node
	for i := 0; i < 10000; i++ {
		head = &node{next: head}
	}
	runtime.GC()
	stats("held")
	head = nil
	runtime.GC()
	stats("dropped")
	fmt.Println(head == nil)
}
`);
    const v = values(r.stdout);
    assert.ok(v.heldHeapObjects >= 10000, `held ${v.heldHeapObjects}`);
    assert.ok(v.droppedHeapObjects < v.heldHeapObjects - 9900, `dropped ${v.droppedHeapObjects}`);
    assert.ok(v.heldHeapAlloc - v.droppedHeapAlloc >= 10000 * 48, 'each node is a 48-byte object');
  });

  test('goroutines blocked forever keep their stacks and everything they reference', () => {
    const r = run(`package main

import (
	"fmt"
	"runtime"
)

${memstats}

func worker(ch chan int, buf []byte) {
	<-ch
	fmt.Println(len(buf))
}

func main() {
	stats("before")
	for i := 0; i < 1000; i++ {
		go worker(make(chan int), make([]byte, 4096))
	}
	runtime.GC()
	stats("after")
	fmt.Println(runtime.NumGoroutine())
}
`);
    assert.equal(r.exitCode, 0, r.stderr);
    const v = values(r.stdout);
    assert.match(r.stdout, /\n1001\n$/);
    // real Go 1.19.8 prints afterStackInuse=2260992 afterHeapObjects=4126 afterHeapAlloc=4759712:
    // per goroutine a 2 KiB stack, its g, the go statement's closure, the channel and the buffer
    assert.equal(v.afterStackInuse, 2260992);
    assert.ok(Math.abs(v.afterHeapObjects - 4126) / 4126 < 0.02, `HeapObjects ${v.afterHeapObjects}`);
    assert.ok(Math.abs(v.afterHeapAlloc - 4759712) / 4759712 < 0.02, `HeapAlloc ${v.afterHeapAlloc}`);
  });
});

describe('sync.Pool keeps a victim cache across one collection (Go 1.13+)', () => {
  test('an item put back survives one GC, is gone after two, and stays allocated meanwhile', () => {
    const r = run(`package main

import (
	"fmt"
	"runtime"
)

import "sync"

var made int
var pool = sync.Pool{New: func() interface{} { made++; return new([4096]byte) }}

func main() {
	x := pool.Get().(*[4096]byte)
	x[0] = 7
	pool.Put(x)
	x = nil
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("live after one GC:", m.HeapAlloc >= 4096)
	y := pool.Get().(*[4096]byte)
	fmt.Println("one GC:", y[0], made)
	pool.Put(y)
	y = nil
	runtime.GC()
	runtime.GC()
	z := pool.Get().(*[4096]byte)
	fmt.Println("two GCs:", z[0], made)
}
`);
    assert.equal(r.exitCode, 0, r.stderr);
    // real Go 1.19.8 (GOMAXPROCS=1 and 2) prints the same
    assert.equal(r.stdout, 'live after one GC: true\none GC: 7 1\ntwo GCs: 0 2\n');
  });
});

describe('exits as the built Go binary exits', () => {
  const cases: [string, string, number, RegExp][] = [
    ['os.Exit', 'import "os"\n\nfunc main() { defer println("not run"); os.Exit(3) }', 3, /^$/],
    [
      'uncaught panic',
      'func main() { var m map[string]int; m["a"] = 1 }',
      2,
      /^panic: assignment to entry in nil map\n\ngoroutine 1 \[running\]:\nmain\.main\(\.\.\.\)\n\tmain\.go:3/,
    ],
    [
      'deadlock',
      'func main() { ch := make(chan int); ch <- 1 }',
      2,
      /^fatal error: all goroutines are asleep - deadlock!/,
    ],
    [
      'nil dereference',
      'type T struct{ a, b int }\n\nfunc main() { var p *T; println(p.b) }',
      2,
      /addr=0x8 pc=/,
    ],
  ];
  for (const [name, body, code, stderr] of cases) {
    test(name, () => {
      const r = run(`package main\n\n${body}\n`);
      assert.equal(r.exitCode, code);
      assert.match(r.stderr, stderr);
    });
  }

  test('a deadlock lists every goroutine with its wait reason, start function and creator', () => {
    const r = run(`package main

import "fmt"

func worker(ch chan int) {
	<-ch
}

func main() {
	ch := make(chan int)
	for i := 0; i < 2; i++ {
		go worker(ch)
	}
	go func() { select {} }()
	fmt.Println("waiting")
	<-make(chan int)
}
`);
    assert.equal(r.exitCode, 2);
    // real Go 1.19 prints these lines too (with the current frame's file:line, which heaplab
    // does not know for a parked goroutine, and goroutine ids from its own allocator)
    assert.match(
      r.stderr,
      /^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[chan receive\]:\nmain\.main\(\.\.\.\)\n/,
    );
    const workers = r.stderr.match(
      /goroutine \d+ \[chan receive\]:\nmain\.worker\(\.\.\.\)\ncreated by main\.main\n\tmain\.go:12 \+0x0/g,
    );
    assert.equal(workers?.length, 2, r.stderr);
    assert.match(
      r.stderr,
      /goroutine \d+ \[select \(no cases\)\]:\nmain\.main\.func1\(\.\.\.\)\ncreated by main\.main\n\tmain\.go:14 \+0x0/,
    );
  });

  test('tracebacks name function literals as cmd/compile does (main.main.func1, main.main.func1.1; a build without -l may inline and rename them)', () => {
    const r = run(`package main

func main() {
	f := func() {
		g := func() {
			var m map[string]int
			m["x"] = 1
		}
		g()
	}
	f()
}
`);
    assert.equal(r.exitCode, 2);
    assert.match(
      r.stderr,
      /^panic: assignment to entry in nil map\n\ngoroutine 1 \[running\]:\nmain\.main\.func1\.1\(\.\.\.\)\n\tmain\.go:7 \+0x0\nmain\.main\.func1\(\.\.\.\)\n\tmain\.go:9 \+0x0\nmain\.main\(\.\.\.\)\n\tmain\.go:11 \+0x0/,
    );
  });

  test('compile errors come back as diagnostics with Go wording', () => {
    const { diagnostics, program } = compileProgram(
      'main.go',
      'package main\n\nfunc main() {\n\tx := 1\n}\n',
    );
    assert.equal(program, null);
    assert.deepEqual(diagnostics, [{ line: 4, col: 2, msg: 'x declared but not used' }]);
  });

  const unsupported: [string, string, string][] = [
    [
      'generics',
      'func F[T any](x T) T { return x }\n\nfunc main() { println(F(1)) }',
      'heaplab does not support generics',
    ],
    [
      'unsafe',
      'import "unsafe"\n\nfunc main() { println(unsafe.Sizeof(1)) }',
      'heaplab does not support package unsafe',
    ],
    [
      'complex numbers',
      'func main() { c := complex(1, 2); println(real(c)) }',
      'heaplab does not support complex numbers',
    ],
    ['goto', 'func main() {\nL:\n\tgoto L\n}', 'heaplab does not support goto'],
    [
      'runtime.Goexit',
      'import "runtime"\n\nfunc main() { defer println("x"); runtime.Goexit() }',
      'heaplab does not support runtime.Goexit',
    ],
    [
      'runtime.Stack',
      'import "runtime"\n\nfunc main() { b := make([]byte, 64); println(runtime.Stack(b, false)) }',
      'heaplab does not support runtime.Stack',
    ],
  ];
  for (const [name, body, msg] of unsupported) {
    test(`unsupported Go says so by name: ${name}`, () => {
      const { diagnostics } = compileProgram('main.go', `package main\n\n${body}\n`);
      assert.ok(
        diagnostics.some((d) => d.msg === msg),
        JSON.stringify(diagnostics),
      );
    });
  }

  test('a container limit below the heap OOM-kills the process (exit 137)', () => {
    const r = run(
      `package main

var keep [][]byte

func main() {
	for i := 0; i < 1000; i++ {
		b := make([]byte, 1<<20)
		for j := 0; j < len(b); j += 4096 {
			b[j] = 1
		}
		keep = append(keep, b)
	}
}
`,
      { runtime: { containerLimitBytes: 64 << 20 } },
    );
    assert.equal(r.exitCode, 137);
    assert.match(r.stderr, /killed/);
  });
});

describe('the environment configures the runtime as in Go', () => {
  const alloc = `package main

import (
	"fmt"
	"runtime"
)

var sink []byte

func main() {
	for i := 0; i < 2000; i++ {
		sink = make([]byte, 64<<10)
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("NumGC=%d\\n", m.NumGC)
}
`;
  test('GOGC=off runs no collection; the default does', () => {
    assert.equal(values(run(alloc, { env: { GOGC: 'off' } }).stdout).NumGC, 0);
    assert.ok(values(run(alloc).stdout).NumGC > 5);
  });

  test('GODEBUG=gctrace=1 prints gc lines on stderr', () => {
    const r = run(alloc, { env: { GODEBUG: 'gctrace=1' } });
    assert.match(r.stderr, /^gc 1 @\d+\.\d{3}s \d+%: /m);
  });

  test('os.Args and flag see the program arguments', () => {
    const r = run(
      `package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	n := flag.Int("n", 1, "count")
	flag.Parse()
	fmt.Println(len(os.Args), *n, flag.Args())
}
`,
      { args: ['-n', '7', 'rest'] },
    );
    assert.equal(r.stdout, '4 7 [rest]\n');
  });
});

test('a host can step a program that spins forever', () => {
  const { program } = compileProgram('main.go', 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n');
  const r = new Run(program!, { stdout: () => {}, stderr: () => {} });
  const t0 = r.rt.nowNs;
  for (let i = 0; i < 5; i++) assert.equal(r.step(10, 4), null);
  assert.ok(r.rt.nowNs > t0, 'simulated time advances while it spins');
});

test('a stepped run simulates exactly what an unstepped one does, and a loop calling natives still hands control back', () => {
  // goroutines, a mutex (whose native charges the loop's ticks), maps, timers and the collector
  const src = `package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

var mu sync.Mutex
var m = map[int][]byte{}

func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 20000; i++ {
		mu.Lock()
		m[(id*20000+i)%5000] = make([]byte, 64)
		mu.Unlock()
	}
}

func main() {
	var wg sync.WaitGroup
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go worker(g, &wg)
	}
	time.Sleep(time.Millisecond)
	wg.Wait()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(len(m), ms.NumGC, ms.Mallocs, ms.HeapAlloc)
}
`;
  const { program } = compileProgram('main.go', src);
  const outputs: string[] = [];
  const ends: number[] = [];
  for (const stepped of [false, true]) {
    let out = '';
    const r = new Run(program!, { stdout: (x) => (out += x), stderr: () => {} });
    let steps = 0;
    let code: number | null = null;
    while (code === null) {
      code = stepped ? r.step(1, 1) : r.step(Number.POSITIVE_INFINITY);
      steps++;
    }
    assert.equal(code, 0);
    if (stepped) assert.ok(steps >= 10, `the host got control back ${steps} times`);
    outputs.push(out);
    ends.push(r.rt.nowNs);
  }
  assert.equal(outputs[1], outputs[0]);
  assert.equal(ends[1], ends[0]);
});

test('heap-profile samples carry the allocating Go call stack', () => {
  const { program } = compileProgram(
    'main.go',
    `package main

var sink [][]byte

func fill() {
	for i := 0; i < 100; i++ {
		sink = append(sink, make([]byte, 64<<10))
	}
}

func main() {
	fill()
}
`,
  );
  const r = new Run(program!, { stdout: () => {}, stderr: () => {} });
  assert.equal(r.runToEnd(), 0);
  assert.ok(r.profileSamples.length > 5, `${r.profileSamples.length} samples`);
  const top = r.profileSamples.map((s) => s.stack.map((f) => `${f.func}:${f.line}`).join(' < '));
  assert.ok(
    top.some((t) => t.startsWith('main.fill:7 < main.main:12')),
    top.slice(0, 3).join('\n'),
  );
});

test('runtime.MemProfileRate set by the program changes heap-profile sampling', () => {
  const src = (rate: string) => `package main

import "runtime"

var sink []*[64]byte

func main() {
	${rate}
	for i := 0; i < 100; i++ {
		sink = append(sink, new([64]byte))
	}
}
`;
  const samples = (rate: string, env: Record<string, string> = {}) => {
    const { program } = compileProgram('main.go', src(rate));
    const r = new Run(program!, { env, stdout: () => {}, stderr: () => {} });
    r.runToEnd();
    return r.profileSamples.length;
  };
  assert.ok(samples('runtime.MemProfileRate = 1') >= 100, 'every allocation sampled');
  assert.ok(samples('runtime.MemProfileRate = 0') === 0, 'profiling off');
  // profiling off from the start (GODEBUG), then turned on by the program: sampling resumes
  assert.ok(
    samples('runtime.MemProfileRate = 4096', { GODEBUG: 'memprofilerate=0' }) >= 1,
    'sampling resumes after GODEBUG=memprofilerate=0',
  );
});

test('the range-delete idiom clears a map (mapclear) without shrinking it', () => {
  const r = run(`package main

import (
	"fmt"
	"runtime"
)

func main() {
	m := map[string]int{}
	for i := 0; i < 50000; i++ {
		m[fmt.Sprint(i)] = i
	}
	for k := range m {
		delete(m, k)
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("len=%d HeapAlloc=%d\\n", len(m), ms.HeapAlloc)
	m["x"] = 1
	fmt.Println(m)
}
`);
  const v = values(r.stdout);
  assert.equal(v.len, 0);
  // the bucket array stays allocated (real Go 1.19.8 prints HeapAlloc=1856544 here)
  assert.ok(v.HeapAlloc > 1 << 20, `HeapAlloc ${v.HeapAlloc}`);
  assert.match(r.stdout, /map\[x:1\]\n$/);
});

describe('frames: a plain function that cannot reach a safe point pushes no frame', () => {
  // A collection starts only at a safe point (an allocation, a native, charged loop work, a
  // yield), so only functions that may reach one need their locals visible as roots.
  const src = `package main

type E struct {
	next *E
	n    int
}

func get(e *E) *E { return e.next }

func set(e, n *E) { e.next = n; e.n++ }

func last(e *E) *E {
	if e.next == nil {
		return e
	}
	return last(e.next)
}

func viaFree(e *E) *E { return get(last(e)) }

func wrap(e *E) *E { x := &E{next: e}; return x }

func viaAlloc(e *E) *E { return get(wrap(e)) }

func concat(e *E, s string) string { return s + "!" }

func boxed(e *E) interface{} { return e }

func lookup(m map[string]*E, e *E) *E { return m["a"] }

func box(v int) *int { return &v }

func viaBox(e *E) *E { e.n = *box(e.n); return e }

func named(v int) (x int) { gp = &x; x = v; return }

func viaNamed(e *E) *E { e.n = named(e.n); return e }

var gp *int

func main() {
	e := &E{}
	set(e, &E{})
	_ = viaFree(e)
	_ = viaAlloc(e)
	_ = concat(e, "x")
	_ = boxed(e)
	_ = lookup(map[string]*E{"a": e}, e)
	_ = viaBox(e)
	_ = viaNamed(e)
}
`;
  const cases: [fn: string, framed: boolean][] = [
    ['get', false],
    ['set', false],
    ['last', false],
    ['viaFree', false],
    ['wrap', true],
    ['viaAlloc', true],
    ['concat', true],
    ['boxed', true],
    ['lookup', true],
    // a parameter or named result moved to the heap is allocated on entry (the prologue)
    ['viaBox', true],
    ['viaNamed', true],
  ];
  const { program } = compileProgram('main.go', src);
  assert.ok(program);
  const bodies = new Map<string, string>();
  for (const m of program.js.matchAll(/^function\*? main\$(\w+)\([^)]*\) \{\n([\s\S]*?)\n\}$/gm))
    bodies.set(m[1], m[2]);
  for (const [fn, framed] of cases) {
    test(`${fn}: ${framed ? 'framed' : 'no frame'}`, () => {
      const body = bodies.get(fn);
      assert.ok(body !== undefined, `main.${fn} not found`);
      assert.equal(body.includes('$g.fs.push('), framed);
    });
  }
  test('the program runs', () => {
    assert.equal(run(src).exitCode, 0);
  });
  test("Lock's first attempt adds no local to Go's frame size", () => {
    // the same body with a blocking Lock (which gets a temporary for its argument) and with a
    // plain TryLock: Go's frames are the same size
    const { program: p } = compileProgram(
      'main.go',
      `package main

import "sync"

type C struct {
	mu sync.Mutex
	p  *C
}

func (c *C) a() *C { c.mu.Lock(); q := c.p; c.mu.Unlock(); return q }

func (c *C) b() *C { _ = c.mu.TryLock(); q := c.p; c.mu.Unlock(); return q }

func main() {
	c := &C{}
	_ = c.a()
	_ = c.b()
}
`,
    );
    assert.ok(p);
    const size = (fn: string) => {
      const m = new RegExp(
        `function\\*? main\\$C\\$${fn}\\([^)]*\\) \\{[\\s\\S]*?\\$g\\.sp \\+= (\\d+);`,
      ).exec(p.js);
      assert.ok(m, `main.(*C).${fn} has no frame`);
      return Number(m[1]);
    };
    assert.equal(size('a'), size('b'));
  });
});
