// Type-checker cases (tests/lang/check.test.ts), each with what `go build` (go1.19) prints for it as
// LINE:COL: message (continuation lines joined with \n). Re-confirmed against the installed Go by
// tests/lang/confirm-check.ts. Cases marked heaplab are the dialect's own diagnostics for unsupported Go:
// their want is heaplab's message, and Go (which accepts or rejects them differently) is not compared.

export interface CheckCase {
  name: string;
  src: string;
  want: string[];
  heaplab?: true;
}

/** Realistic programs that must check clean (go build accepts them). */
export const checkOkPrograms: { name: string; src: string }[] = [
  {
    name: 'chans',
    src: `package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * 2
	}
	_ = id
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	done := make(chan struct{})
	go func() {
		time.Sleep(10 * time.Millisecond)
		close(done)
	}()
	timeout := time.After(time.Second)
	select {
	case <-done:
		fmt.Println("done", sum)
	case t := <-timeout:
		fmt.Println("timeout", t)
	}
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	v, ok := <-results
	fmt.Println(v, ok)
}
`,
  },
  {
    name: 'closures',
    src: `package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	c := counter()
	c()
	fmt.Println(c())
	sq := apply([]int{1, 2, 3}, func(x int) int { return x * x })
	fmt.Println(sq, sum(sq...), sum(), sum(1, 2))
	q, r := divmod(7, 2)
	fmt.Println(q, r)
	fmt.Println(divmod(9, 4))
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	panic("boom")
}
`,
  },
  {
    name: 'consts2',
    src: `package main

import (
	"fmt"
	"math"
)

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
	Error
)

var names = map[Level]string{Debug: "debug", Info: "info", Warn: "warn", Error: "error"}

func (l Level) String() string { return names[l] }

const (
	mask   = 0xff
	shift  = 4
	hi     = mask >> shift
	flag   = 1 << shift &^ 1
	huge   = 1e300 * 1e300 / 1e300
	third  = 1.0 / 3
	c128   = 2i * 2i
	maxU32 = math.MaxUint32
)

func main() {
	var u uint32 = maxU32
	var f32 float32 = third
	x := 10
	y := x << shift
	var z int64 = 1 << 62
	r := real(complex(1, 2))
	fmt.Println(Warn, hi, flag, huge > 1, f32, c128, u, y, z, r, math.Sqrt(2), math.Pi, -x, ^x, !true)
	fmt.Println(len([3]int{}), 'x', "s"+"t", 5%3, 7.5/2.5, uint8(255)+0)
}
`,
  },
  {
    name: 'embed',
    src: `package main

import "fmt"

type Animal interface {
	Name() string
	Sound() string
}

type Base struct {
	name string
	legs int
}

func (b Base) Name() string { return b.name }
func (b *Base) SetName(n string) { b.name = n }

type Dog struct {
	Base
	breed string
}

func (d Dog) Sound() string { return "woof" }

type Loud struct {
	*Dog
	volume int
}

func describe(a Animal) string {
	return a.Name() + " says " + a.Sound()
}

func main() {
	d := Dog{Base{"rex", 4}, "lab"}
	d.SetName("max")
	fmt.Println(describe(d), d.legs, d.Base.name)
	l := Loud{&d, 11}
	fmt.Println(l.Name(), l.legs, l.volume)
	var a Animal = &d
	f := d.Name
	g := Dog.Sound
	h := (*Base).SetName
	h(&d.Base, "z")
	fmt.Println(a.Sound(), f(), g(d))
	var s fmt.Stringer
	_ = s
}
`,
  },
  {
    name: 'iota',
    src: `package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
)

type Color uint8

const (
	Red Color = 1 << iota
	Green
	Blue
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

const big = 1 << 100
const ratio = big >> 98
const pi = 3.14159
const greeting = "hello, " + "world"

func main() {
	var x uint64 = TB
	var f float32 = pi
	fmt.Println(Monday, Thursday, KB, MB, GB, x, a, b, c, d, Red|Blue, ratio, f, greeting, len(greeting))
	var arr [KB / 256]int
	fmt.Println(len(arr), cap(arr[:2]))
	const m = 'a' + 1
	var r rune = m
	var by byte = 'z'
	fmt.Println(r, by, string(rune(by)), 7/2, 7.0/2, 1e3)
}
`,
  },
  {
    name: 'labels',
    src: `package main

import "fmt"

type Matrix [3][3]int

func (m *Matrix) Set(i, j, v int) { m[i][j] = v }

func (m Matrix) Find(v int) (int, int, bool) {
outer:
	for i := range m {
		for j, x := range m[i] {
			if x == v {
				return i, j, true
			}
			if x < 0 {
				continue outer
			}
			if x > 100 {
				break outer
			}
		}
	}
	return -1, -1, false
}

func main() {
	var m Matrix
	m.Set(1, 2, 7)
	i, j, ok := m.Find(7)
	fmt.Println(i, j, ok)
	p := &m
	p[0][0] = 1
	arr := m[1]
	sl := arr[:]
	fmt.Println(len(sl), cap(sl), m[0][0])
	var x interface{} = m
	if mm, ok := x.(Matrix); ok {
		fmt.Println(mm[1][2])
	}
}
`,
  },
  {
    name: 'lru',
    src: `package main

import (
	"container/list"
	"fmt"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

func NewLRU(n int) *LRU {
	return &LRU{cap: n, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.ll.MoveToFront(e)
		return
	}
	e := c.ll.PushFront(&entry{k, v})
	c.items[k] = e
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}

func main() {
	c := NewLRU(2)
	for i := 0; i < 10; i++ {
		c.Put(fmt.Sprintf("key-%d", i), i)
	}
	v, ok := c.Get("key-9")
	fmt.Println(v, ok, len(c.items))
}
`,
  },
  {
    name: 'mapsorts',
    src: `package main

import (
	"fmt"
	"sort"
	"strings"
)

type WordCount struct {
	Word  string
	Count int
}

func countWords(text string) map[string]int {
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,!?")
		if w == "" {
			continue
		}
		counts[w]++
	}
	return counts
}

func main() {
	counts := countWords("the cat and the hat. The end!")
	var list []WordCount
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if _, ok := counts["cat"]; ok {
		delete(counts, "cat")
	}
	nested := map[string][]int{"a": {1, 2}}
	nested["b"] = append(nested["b"], 3)
	fmt.Println(list[0], keys, len(counts), nested)
}
`,
  },
  {
    name: 'memstats',
    src: `package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

var sink [][]byte

type node struct {
	left, right *node
	val         [64]byte
}

func build(depth int) *node {
	if depth == 0 {
		return nil
	}
	return &node{left: build(depth - 1), right: build(depth - 1)}
}

func main() {
	var ms runtime.MemStats
	for i := 0; i < 1000; i++ {
		sink = append(sink, make([]byte, 1<<10))
	}
	t := build(10)
	runtime.ReadMemStats(&ms)
	fmt.Printf("HeapAlloc=%d NumGC=%d\\n", ms.HeapAlloc, ms.NumGC)
	sink = nil
	runtime.GC()
	debug.FreeOSMemory()
	runtime.KeepAlive(t)
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString(strings.Repeat("x", i))
	}
	fmt.Println(b.String(), runtime.NumGoroutine())
}
`,
  },
  {
    name: 'mutex',
    src: `package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

type SafeCache struct {
	sync.RWMutex
	data map[int]string
}

func (c *SafeCache) Get(k int) (string, bool) {
	c.RLock()
	defer c.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func main() {
	c := Counter{m: make(map[string]int)}
	var wg sync.WaitGroup
	var ops int64
	var once sync.Once
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc(fmt.Sprint(i % 3))
			atomic.AddInt64(&ops, 1)
			once.Do(func() { fmt.Println("first") })
		}(i)
	}
	wg.Wait()
	sc := &SafeCache{data: map[int]string{1: "one"}}
	v, ok := sc.Get(1)
	fmt.Println(c.m, atomic.LoadInt64(&ops), v, ok)
}
`,
  },
  {
    name: 'pipeline',
    src: `package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	out := make(chan int, 10)
	done := make(chan bool)
	for _, c := range cs {
		go func(c <-chan int) {
			for v := range c {
				out <- v
			}
			done <- true
		}(c)
	}
	go func() {
		for i := 0; i < len(cs); i++ {
			<-done
		}
		close(out)
	}()
	return out
}

func main() {
	in := gen(1, 2, 3, 4)
	total := 0
	for v := range merge(sq(in), sq(gen(5, 6))) {
		total += v
	}
	fmt.Println(total)
}
`,
  },
  {
    name: 'stack',
    src: `package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty stack")

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() (int, error) {
	if len(s.items) == 0 {
		return 0, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack) Len() int { return len(s.items) }

func main() {
	var s Stack
	for i := 0; i < 5; i++ {
		s.Push(i * i)
	}
	for s.Len() > 0 {
		v, err := s.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%d ", v)
	}
	if _, err := s.Pop(); errors.Is(err, ErrEmpty) {
		fmt.Println("\\nempty:", err)
	}
}
`,
  },
  {
    name: 'strconvs',
    src: `package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Token struct {
	Kind  string
	Value float64
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for _, f := range strings.Fields(s) {
		switch f {
		case "+", "-", "*", "/":
			toks = append(toks, Token{Kind: f})
		default:
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("bad token %q: %v", f, err)
			}
			toks = append(toks, Token{"num", float64(n)})
		}
	}
	return toks, nil
}

func eval(toks []Token) float64 {
	var stack []float64
	for _, t := range toks {
		if t.Kind == "num" {
			stack = append(stack, t.Value)
			continue
		}
		a, b := stack[len(stack)-2], stack[len(stack)-1]
		stack = stack[:len(stack)-2]
		var r float64
		switch t.Kind {
		case "+":
			r = a + b
		case "-":
			r = a - b
		case "*":
			r = a * b
		case "/":
			r = a / b
		}
		stack = append(stack, r)
	}
	return stack[0]
}

func main() {
	toks, err := tokenize("3 4 + 2 *")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println(eval(toks), strconv.FormatInt(255, 16), strconv.Quote("hi"))
}
`,
  },
  {
    name: 'structs',
    src: `package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Address *struct{ City string }
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	p := Point{1, 2}
	q := &Point{Y: 5}
	q.X = 3
	pts := []Point{{1, 2}, {X: 3}}
	m := map[Point]string{{1, 2}: "a", p: "b"}
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	arr := [...]string{2: "c", 0: "a"}
	people := []Person{{Name: "a", Age: 30}, {Name: "b", Age: 20, Tags: []string{"x"}}}
	sort.Sort(ByAge(people))
	sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	var sb strings.Builder
	sb.WriteString("x")
	fmt.Println(p, *q, pts, m, grid[1][2], len(arr), people, sb.String(), strings.Repeat("-", 3))
	s := "héllo"
	fmt.Println(s[1], s[1:3], len(s), []byte(s), []rune(s))
	xs := []int{0, 1, 2, 3, 4}
	ys := xs[1:3:4]
	copy(ys, xs)
	var pp *Point = &pts[0]
	pp.Y++
	anon := struct {
		a int
		b string
	}{1, "x"}
	fmt.Println(ys, anon.a, p == *q, m[p])
}
`,
  },
  {
    name: 'timers',
    src: `package main

import (
	"context"
	"fmt"
	"time"
)

func producer(ctx context.Context, out chan<- int) {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	n := 0
	for {
		select {
		case <-ctx.Done():
			close(out)
			return
		case <-ticker.C:
			n++
			select {
			case out <- n:
			default:
			}
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int, 4)
	go producer(ctx, out)
	timer := time.NewTimer(55 * time.Millisecond)
	<-timer.C
	cancel()
	start := time.Now()
	count := 0
	for range out {
		count++
	}
	var d time.Duration = time.Since(start)
	fmt.Println(count > 0, d >= 0, time.Second.Seconds(), time.Duration(1500)*time.Microsecond)
}
`,
  },
  {
    name: 'tswitch',
    src: `package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }
type Rect struct{ w, h float64 }
type Circle struct{ r float64 }

func (r Rect) Area() float64    { return r.w * r.h }
func (c *Circle) Area() float64 { return 3.14159 * c.r * c.r }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int " + strconv.Itoa(x)
	case string, []byte:
		return fmt.Sprint(x)
	case Shape:
		return fmt.Sprintf("shape %.2f", x.Area())
	case error:
		return x.Error()
	default:
		return fmt.Sprintf("%T", x)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for i, s := range shapes {
		if r, ok := s.(Rect); ok {
			fmt.Println(i, r.w)
		}
	}
	fmt.Println(classify(1), classify("a"), classify(shapes[0]), classify(errors.New("e")), classify(nil))
	n, err := strconv.Atoi("42")
	if err != nil {
		return
	}
	switch {
	case n > 40:
		fmt.Println("big")
		fallthrough
	case n > 10:
		fmt.Println("medium")
	default:
	}
	switch n {
	case 1, 2, 3:
	case 42:
		fmt.Println("answer")
	}
}
`,
  },
];

export const checkCases: CheckCase[] = [
  {
    name: 'ambiguous',
    src: `package main

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

func main() {
	var c C
	_ = c.X
	_ = c.A.X
}
`,
    want: ['12:8: ambiguous selector c.X'],
  },
  {
    name: 'assign_mismatch_types',
    src: `package main

func main() {
	x := 1
	var s string = x
	s = x
	var p *int = s
	_ = p
}
`,
    want: [
      '5:17: cannot use x (variable of type int) as type string in variable declaration',
      '6:6: cannot use x (variable of type int) as type string in assignment',
      '7:15: cannot use s (variable of type string) as type *int in variable declaration',
    ],
  },
  {
    name: 'assign_ops',
    src: `package main

func f() (int, int) { return 1, 2 }

func main() {
	var x int
	var s string
	x += "a"
	s -= "b"
	x, s = f()
	a, b := 1
	var c, d int = 1, 2, 3
	_, _, _, _ = a, b, c, d
	m := map[string]struct{ v int }{}
	m["a"].v = 1
	const k = 1
	k = 2
	len("a") = 1
}
`,
    want: [
      '8:2: invalid operation: x += "a" (mismatched types int and untyped string)',
      '9:2: invalid operation: operator - not defined on s (variable of type string)',
      '10:9: cannot use f() (value of type int) as type string in assignment',
      '11:10: assignment mismatch: 2 variables but 1 value',
      '12:23: extra init expr 3',
      '15:2: cannot assign to struct field m["a"].v in map',
      '17:2: cannot assign to k (untyped int constant 1)',
      '18:2: cannot assign to len("a") (constant 1 of type int)',
    ],
  },
  {
    name: 'assigned_only',
    src: `package main

import "fmt"

func main() {
	x := 1
	x = 2
	var y []int
	y = append(y, 1)
	z := 0
	z++
	f := func() {
		w := 3
		w = 4
	}
	fmt.Println(f)
}
`,
    want: ['6:2: x declared but not used', '13:3: w declared but not used'],
  },
  {
    name: 'builtin_counts',
    src: `package main

func main() {
	var s []int
	_ = append()
	_ = append(s, s, s...)
	_ = len(s, s)
	_ = make([]int, 1.5)
	_ = make([]int, -1)
	_ = new(int, 2)
	_ = copy(s, "hi")
	_ = recover(1)
	delete()
}
`,
    want: [
      '5:6: invalid operation: not enough arguments for append() (expected 1, found 0)',
      '6:19: too many arguments in call to append\n\thave ([]int, []int, []int)\n\twant ([]int, ...int)',
      '7:6: invalid operation: too many arguments for len(s, s) (expected 1, found 2)',
      '8:18: 1.5 (untyped float constant) truncated to int',
      '9:18: invalid argument: index -1 (constant of type int) must not be negative',
      '10:6: invalid operation: too many arguments for new(int, 2) (expected 1, found 2)',
      '11:11: invalid argument: arguments to copy s (variable of type []int) and "hi" (untyped string constant) have different element types int and byte',
      '12:6: invalid operation: too many arguments for recover(1) (expected 0, found 1)',
      '13:2: invalid operation: not enough arguments for delete() (expected 2, found 0)',
    ],
  },
  {
    name: 'builtins',
    src: `package main

func main() {
	_ = len(1)
	_ = cap(map[int]int{})
	_ = append(1, 2)
	_ = make(int)
	_ = make([]int)
	var m map[string]int
	delete(m, 1)
	delete(1, 2)
	close(1)
	_ = new(1)
	_ = copy(1, 2)
	var c <-chan int
	close(c)
}
`,
    want: [
      '4:10: invalid argument: 1 (untyped int constant) for len',
      '5:10: invalid argument: map[int]int{} (value of type map[int]int) for cap',
      '6:13: first argument to append must be a slice; have 1 (untyped int constant)',
      '7:11: invalid argument: cannot make int; type must be slice, map, or channel',
      '8:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1',
      '10:12: cannot use 1 (untyped int constant) as string value in argument to delete',
      '11:9: invalid argument: 1 (untyped int constant) is not a map',
      '12:8: invalid operation: cannot close non-channel 1 (untyped int constant)',
      '13:10: 1 is not a type',
      '14:11: invalid argument: copy expects slice arguments; found 1 (untyped int constant) and 2 (untyped int constant)',
      '14:11: too many errors',
    ],
  },
  {
    name: 'call_args',
    src: `package main

func f(a int, b string) (int, error) { return 0, nil }
func g(xs ...int) {}

func main() {
	f(1)
	f(1, "a", 2)
	f("a", 1)
	g(1, "x")
	x := f(1, "b")
	a, b, c := f(1, "b")
	_, _, _, _ = x, a, b, c
}
`,
    want: [
      '7:4: not enough arguments in call to f\n\thave (number)\n\twant (int, string)',
      '8:12: too many arguments in call to f\n\thave (number, string, number)\n\twant (int, string)',
      '9:4: cannot use "a" (untyped string constant) as int value in argument to f',
      '9:9: cannot use 1 (untyped int constant) as string value in argument to f',
      '10:7: cannot use "x" (untyped string constant) as int value in argument to g',
      '11:7: assignment mismatch: 1 variable but f returns 2 values',
      '12:13: assignment mismatch: 3 variables but f returns 2 values',
    ],
  },
  {
    name: 'cgo',
    src: `package main

import "C"

func main() {}
`,
    want: ['3:8: heaplab does not support cgo'],
    heaplab: true,
  },
  {
    name: 'chan_dirs',
    src: `package main

func main() {
	var s chan<- int
	var r <-chan int
	x := <-s
	r <- 1
	close(r)
	var c chan int = r
	_, _ = x, c
	var n int
	<-n
	n <- 1
}
`,
    want: [
      '6:9: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)',
      '7:2: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)',
      '8:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)',
      '9:19: cannot use r (variable of type <-chan int) as type chan int in variable declaration',
      '12:4: invalid operation: cannot receive from non-channel n (variable of type int)',
      '13:2: invalid operation: cannot send to non-channel n (variable of type int)',
    ],
  },
  {
    name: 'closures_errs',
    src: `package main

func main() {
	add := func(a, b int) int {
		return a + b, 0
	}
	add(1)
	var f func() string
	f = func() int { return 1 }
	_ = f
	go add
}
`,
    want: [
      '5:17: too many return values\n\thave (int, number)\n\twant (int)',
      '7:6: not enough arguments in call to add\n\thave (number)\n\twant (int, int)',
      '9:6: cannot use func() int {…} (value of type func() int) as type func() string in assignment',
      '11:5: expression in go must be function call',
      '11:5: not enough arguments in call to add\n\thave ()\n\twant (int, int)',
    ],
  },
  {
    name: 'compare',
    src: `package main

type T struct{ s []int }

func main() {
	var a, b []int
	var m map[int]int
	var f func()
	var t, u T
	_ = a == b
	_ = m == m
	_ = f == f
	_ = t == u
	_ = a == nil
	_ = nil == nil
	var x int
	_ = x == nil
}
`,
    want: [
      '10:6: invalid operation: a == b (slice can only be compared to nil)',
      '11:6: invalid operation: m == m (map can only be compared to nil)',
      '12:6: invalid operation: f == f (func can only be compared to nil)',
      '13:6: invalid operation: t == u (struct containing []int cannot be compared)',
      '15:13: invalid operation: nil == nil (operator == not defined on untyped nil)',
      '17:11: invalid operation: x == nil (mismatched types int and untyped nil)',
    ],
  },
  {
    name: 'composite',
    src: `package main

type P struct{ x, y int }

func main() {
	_ = []int{"a", 2}
	_ = map[string]int{1: 2}
	_ = [2]int{1, 2, 3}
	_ = P{1}
	_ = P{x: 1, 2}
	_ = P{x: 1, x: 2}
	_ = map[string]int{"a"}
	_ = [...]int{1, 1: 2}
	_ = int{}
}
`,
    want: [
      '6:12: cannot use "a" (untyped string constant) as int value in array or slice literal',
      '7:21: cannot use 1 (untyped int constant) as string value in map literal',
      '8:19: index 2 is out of bounds (>= 2)',
      '9:9: too few values in P{…}',
      '10:14: mixture of field:value and value elements in struct literal',
      '11:15: duplicate field name x in struct literal',
      '12:21: missing key in map literal',
      '14:6: invalid composite literal type int',
    ],
  },
  {
    name: 'const_errs',
    src: `package main

var v = 1

const a = v
const b = len([]int{})
const c = 1 / 0.0
const d string = 1
const e = "a" + 1

func main() {}
`,
    want: [
      '5:11: v (variable of type int) is not constant',
      '6:11: len([]int{}) (value of type int) is not constant',
      '7:15: invalid operation: division by zero',
      '8:18: cannot use 1 (untyped int constant) as string value in constant declaration',
      '9:11: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)',
    ],
  },
  {
    name: 'const_overflow',
    src: `package main

const c int8 = 100

var x = c * 2
var y = byte(300)

const z uint8 = 255 + 1

func main() {}
`,
    want: [
      '5:9: c * 2 (constant 200 of type int8) overflows int8',
      '6:14: cannot convert 300 (untyped int constant) to type byte',
      '8:17: cannot use 255 + 1 (untyped int constant 256) as uint8 value in constant declaration (overflows)',
    ],
  },
  {
    name: 'conv',
    src: `package main

func main() {
	s := "a"
	_ = int(s)
	_ = string(1.5)
	var f float64
	_ = []byte(f)
	_ = int8(200)
	_ = uint(-1)
	_ = bool(1)
	_ = int(2.5)
}
`,
    want: [
      '5:10: cannot convert s (variable of type string) to type int',
      '6:13: cannot convert 1.5 (untyped float constant) to type string',
      '8:13: cannot convert f (variable of type float64) to type []byte',
      '9:11: cannot convert 200 (untyped int constant) to type int8',
      '10:11: cannot convert -1 (untyped int constant) to type uint',
      '11:11: cannot convert 1 (untyped int constant) to type bool',
      '12:10: cannot convert 2.5 (untyped float constant) to type int',
    ],
  },
  {
    name: 'divzero',
    src: `package main

func main() {
	x := 10
	_ = x / 0
	_ = 1.0 / 0
	_ = x % 0
	const c = 5 / 0
}
`,
    want: [
      '5:10: invalid operation: division by zero',
      '6:12: invalid operation: division by zero',
      '7:10: invalid operation: division by zero',
      '8:16: invalid operation: division by zero',
    ],
  },
  {
    name: 'dup_cases',
    src: `package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 3, 1:
	default:
	default:
	}
	var i interface{} = x
	switch i.(type) {
	case int, string:
	case fmt.Stringer, int:
	}
	switch s := "a"; s {
	case "a", "b", "a":
	}
	c := make(chan int)
	select {
	case <-c:
	default:
	default:
	}
}
`,
    want: [
      '9:10: duplicate case 1 (constant of type int) in expression switch\n\t./f.go:8:7: previous case',
      '11:2: multiple defaults (first at ./f.go:10:2)',
      '16:21: duplicate case int in type switch\n\t./f.go:15:7: previous case',
      '19:17: duplicate case "a" (constant of type string) in expression switch\n\t./f.go:19:7: previous case',
      '25:2: multiple defaults (first at ./f.go:24:2)',
    ],
  },
  {
    name: 'embedded_iface',
    src: `package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type RW interface {
	Reader
	Writer
}

type File struct{}

func (f File) Read() string { return "" }

func main() {
	var rw RW = File{}
	var s fmt.Stringer = File{}
	_, _ = rw, s
}
`,
    want: [
      '17:14: cannot use File{} (value of type File) as type RW in variable declaration:\n\tFile does not implement RW (missing Write method)',
      '18:23: cannot use File{} (value of type File) as type fmt.Stringer in variable declaration:\n\tFile does not implement fmt.Stringer (missing String method)',
    ],
  },
  {
    name: 'fields',
    src: `package main

type T struct{ a int }

func (t *T) M() {}

type U struct{ T }

func main() {
	var t T
	t.b = 1
	t.M(1)
	_ = T{b: 1}
	_ = T{1, 2}
	U{}.M()
	var p **T
	p.a = 1
}
`,
    want: [
      '11:4: t.b undefined (type T has no field or method b)',
      '12:6: too many arguments in call to t.M\n\thave (number)\n\twant ()',
      "13:8: unknown field 'b' in struct literal of type T",
      '14:11: too many values in T{…}',
      '15:6: cannot call pointer method M on U',
      '17:4: p.a undefined (type **T has no field or method a)',
    ],
  },
  {
    name: 'funclit',
    src: `package main

func main() {
	f := func(x int) string { return x }
	g := func() {
		y := 1
	}
	var h func(int) = func(s string) {}
	_, _, _ = f, g, h
	defer 1
	go func() {}
	defer len("a")
}
`,
    want: [
      '4:35: cannot use x (variable of type int) as type string in return statement',
      '6:3: y declared but not used',
      '8:20: cannot use func(s string) {} (value of type func(s string)) as type func(int) in variable declaration',
      '10:8: expression in defer must be function call',
      '10:8: invalid operation: cannot call non-function 1 (untyped int constant)',
      '11:5: expression in go must be function call',
      '12:8: defer discards result of len("a") (constant 1 of type int)',
    ],
  },
  {
    name: 'generics_use',
    src: `package main

import "fmt"

func main() {
	var x comparable
	fmt.Println(x)
}
`,
    want: ['6:8: heaplab does not support generics'],
    heaplab: true,
  },
  {
    name: 'ifaces2',
    src: `package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func total(shapes ...Shape) float64 { return 0 }

func main() {
	total(Sq{1})
	var sh Shape
	var q Sq = sh
	_ = q
	var e error = "x"
	_ = e
}
`,
    want: [
      '15:8: cannot use Sq{…} (value of type Sq) as type Shape in argument to total:\n\tSq does not implement Shape (missing Perimeter method)',
      '17:13: cannot use sh (variable of type Shape) as type Sq in variable declaration',
      '19:16: cannot use "x" (constant of type string) as type error in variable declaration:\n\tstring does not implement error (missing Error method)',
    ],
  },
  {
    name: 'index',
    src: `package main

func main() {
	a := [3]int{1, 2, 3}
	_ = a[5]
	_ = a[-1]
	s := []int{}
	_ = s["x"]
	x := 1
	_ = x[0]
	_ = "abc"[10]
	_ = s[2:1]
	_ = "abc"[1:2:3]
	_ = a[1.5]
}
`,
    want: [
      '5:8: invalid argument: index 5 out of bounds [0:3]',
      '6:8: invalid argument: index -1 (constant of type int) must not be negative',
      '8:8: cannot convert "x" (untyped string constant) to int',
      '10:7: invalid operation: cannot index x (variable of type int)',
      '11:12: invalid argument: index 10 out of bounds [0:3]',
      '12:10: invalid slice indices: 1 < 2',
      '13:16: invalid operation: 3-index slice of string',
      '14:8: 1.5 (untyped float constant) truncated to int',
    ],
  },
  {
    name: 'init_loops',
    src: `package main

const a = b
const b = a

var (
	x = y + 1
	y = z * 2
	z = x
)

type init struct{}

func main() {}
`,
    want: [
      '3:7: initialization loop for a\n\t./f.go:3:7: a refers to\n\t./f.go:4:7: b refers to\n\t./f.go:3:7: a',
      '7:2: initialization loop for x\n\t./f.go:7:2: x refers to\n\t./f.go:8:2: y refers to\n\t./f.go:9:2: z refers to\n\t./f.go:7:2: x',
      '12:6: cannot declare init - must be func',
    ],
  },
  {
    name: 'interfaces',
    src: `package main

type I interface{ M() }
type J interface {
	M()
	N(int) string
}
type T struct{}

func (t *T) M() {}

type S struct{}

func (S) M()              {}
func (S) N(x int) int     { return x }

func main() {
	var i I = T{}
	var j J = S{}
	var k I = 1
	_, _, _ = i, j, k
	var x int = i
	_ = x
}
`,
    want: [
      '18:12: cannot use T{} (value of type T) as type I in variable declaration:\n\tT does not implement I (M method has pointer receiver)',
      '19:12: cannot use S{} (value of type S) as type J in variable declaration:\n\tS does not implement J (wrong type for N method)\n\t\thave N(x int) int\n\t\twant N(int) string',
      '20:12: cannot use 1 (constant of type int) as type I in variable declaration:\n\tint does not implement I (missing M method)',
      '22:14: cannot use i (variable of type I) as type int in variable declaration',
    ],
  },
  {
    name: 'iota_errs',
    src: `package main

var x = iota

const (
	a = iota
	b, c
)

const d int

func main() {}
`,
    want: [
      '3:9: cannot use iota outside constant declaration',
      '7:5: missing init expr for c',
      '10:7: missing init expr for d',
    ],
  },
  {
    name: 'lookups',
    src: `package main

type Item struct {
	Name  string
	count int
}

func (i Item) Total() int { return i.count }

type Items []Item

func main() {
	it := Item{Name: "a"}
	_ = it.name
	_ = it.total()
	_ = Item.Count
	m := map[string]int{"a": 1, "b": 2, "a": 3}
	_ = [3]int{0: 1, 5: 2}
	_ = []int{-1: 1}
	var v Items
	_ = v.Len()
	_ = m
}
`,
    want: [
      '14:9: it.name undefined (type Item has no field or method name, but does have Name)',
      '15:9: it.total undefined (type Item has no field or method total, but does have Total)',
      '16:11: Item.Count undefined (type Item has no field or method Count, but does have count)',
      '17:38: duplicate key "a" in map literal',
      '18:19: invalid argument: index 5 out of bounds [0:3]',
      '19:12: invalid argument: index -1 (constant of type int) must not be negative',
      '21:8: v.Len undefined (type Items has no field or method Len)',
    ],
  },
  {
    name: 'main_sig',
    src: `package main

func init() int { return 1 }

func main(x int) {}
`,
    want: [
      '3:6: func init must have no arguments and no return values',
      '5:6: func main must have no arguments and no return values',
    ],
  },
  {
    name: 'method_calls',
    src: `package main

type T struct{ n int }

func (t T) Get() int       { return t.n }
func (t *T) Set(n int)     { t.n = n }
func (t T) Pair() (int, int) { return t.n, t.n }

func main() {
	var t T
	t.Set("x")
	s := t.Get(1)
	a := t.Pair()
	var p *T
	p.Get()
	T.Get()
	_, _ = s, a
}
`,
    want: [
      '11:8: cannot use "x" (untyped string constant) as int value in argument to t.Set',
      '12:13: too many arguments in call to t.Get\n\thave (number)\n\twant ()',
      '13:7: assignment mismatch: 1 variable but t.Pair returns 2 values',
      '16:2: not enough arguments in call to T.Get\n\thave ()\n\twant (T)',
    ],
  },
  {
    name: 'method_errs',
    src: `package main

type P *int

func (p P) M() {}

type I interface{ M() }

func (i I) N() {}

func (x int) Q() {}

type T struct{ M int }

func (t T) M() {}

func main() {}
`,
    want: [
      '5:7: invalid receiver type P (pointer or interface type)',
      '9:7: invalid receiver type I (pointer or interface type)',
      '11:7: cannot define new methods on non-local type int',
      '15:12: field and method with the same name M\n\t./f.go:13:16: other declaration of M',
    ],
  },
  {
    name: 'missing_return',
    src: `package main

func a(x int) int {
	if x > 0 {
		return 1
	}
}

func b(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func c() int {
	for {
	}
}

func d(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func e() int {
	panic("x")
}

func main() {}
`,
    want: ['7:1: missing return', '14:1: missing return'],
  },
  {
    name: 'multi_value',
    src: `package main

import "strconv"

func two() (int, int) { return 1, 2 }
func none() {}

func main() {
	x := two() + 1
	y := none()
	var z int = strconv.Atoi("1")
	_ = strconv.Itoa(two())
	println(two())
	_, _, _ = x, y, z
}
`,
    want: [
      '9:7: multiple-value two() (value of type (int, int)) in single-value context',
      '10:7: none() (no value) used as value',
      '11:14: multiple-value strconv.Atoi("1") (value of type (int, error)) in single-value context',
      '12:19: too many arguments in call to strconv.Itoa\n\thave (int, int)\n\twant (int)',
    ],
  },
  {
    name: 'named_types',
    src: `package main

type MyInt int
type Celsius float64
type Names []string

func takes(n MyInt) {}

func main() {
	var i int = 3
	var m MyInt = i
	takes(i)
	var c Celsius = 1.5
	var f float64 = c
	var ns Names = []string{"a"}
	var ss []string = ns
	x, x := 1, 2
	_, _, _, _, _ = m, f, ns, ss, x
}
`,
    want: [
      '11:16: cannot use i (variable of type int) as type MyInt in variable declaration',
      '12:8: cannot use i (variable of type int) as type MyInt in argument to takes',
      '14:18: cannot use c (variable of type Celsius) as type float64 in variable declaration',
      '17:5: x repeated on left side of :=',
    ],
  },
  {
    name: 'notimport',
    src: `package main

import "net/http"

func main() { http.Get("x") }
`,
    want: ['3:8: heaplab does not support package net/http'],
    heaplab: true,
  },
  {
    name: 'notused',
    src: `package main

func f() int { return 1 }

func main() {
	x := 1
	x
	x + 1
	len("a")
	f
	1
	int
	len
	x == 1
}
`,
    want: [
      '7:2: x (variable of type int) is not used',
      '8:2: x + 1 (value of type int) is not used',
      '9:2: len("a") (constant 1 of type int) is not used',
      '10:2: f (value of type func() int) is not used',
      '11:2: 1 (untyped int constant) is not used',
      '12:2: int (type) is not an expression',
      '13:2: len (built-in) must be called',
      '14:2: x == 1 (untyped bool value) is not used',
    ],
  },
  {
    name: 'operators',
    src: `package main

func main() {
	var x int
	var s string
	var f float64
	var b bool
	_ = x + s
	_ = !x
	_ = -s
	_ = f % 2
	_ = b + b
	_ = s < 1
	_ = x && b
	_ = ^f
}
`,
    want: [
      '8:6: invalid operation: x + s (mismatched types int and string)',
      '9:7: invalid operation: operator ! not defined on x (variable of type int)',
      '10:7: invalid operation: operator - not defined on s (variable of type string)',
      '11:6: invalid operation: operator % not defined on f (variable of type float64)',
      '12:6: invalid operation: operator + not defined on b (variable of type bool)',
      '13:10: invalid operation: s < 1 (mismatched types string and untyped int)',
      '14:6: invalid operation: x && b (mismatched types int and bool)',
      '15:7: invalid operation: operator ^ not defined on f (variable of type float64)',
    ],
  },
  {
    name: 'overflow_var',
    src: `package main

func main() {
	var b byte = 256
	var i8 int8 = -129
	var u uint = -1
	var f int = 1.5
	_, _, _, _ = b, i8, u, f
}
`,
    want: [
      '4:15: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)',
      '5:16: cannot use -129 (untyped int constant) as int8 value in variable declaration (overflows)',
      '6:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)',
      '7:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)',
    ],
  },
  {
    name: 'pkgsel',
    src: `package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printn("x")
	_ = strings.builder{}
	_ = fmt
	fmt.Println(strings.Repeat("a", "b"))
	var n int = fmt.Sprintf("%d", 1)
	_ = n
}
`,
    want: [
      '9:6: undefined: fmt.Printn',
      '10:14: undefined: strings.builder',
      '11:6: use of package fmt not in selector',
      '12:34: cannot use "b" (untyped string constant) as int value in argument to strings.Repeat',
      '13:14: cannot use fmt.Sprintf("%d", 1) (value of type string) as type int in variable declaration',
    ],
  },
  {
    name: 'ptr_method',
    src: `package main

type T struct{}

func (t *T) M() {}

func get() T { return T{} }

func main() {
	get().M()
	T{}.M()
	f := T.M
	_ = f
	x := &get()
	_ = x
	_ = &1
	var i int
	_ = *i
}
`,
    want: [
      '10:8: cannot call pointer method M on T',
      '11:6: cannot call pointer method M on T',
      '12:9: cannot call pointer method M on T',
      '14:8: invalid operation: cannot take address of get() (value of type T)',
      '16:7: invalid operation: cannot take address of 1 (untyped int constant)',
      '18:7: invalid operation: cannot indirect i (variable of type int)',
    ],
  },
  {
    name: 'ranges',
    src: `package main

func main() {
	x := 5
	for i := range x {
		_ = i
	}
	var ch chan int
	for a, b := range ch {
		_, _ = a, b
	}
	var f func()
	for range f {
	}
	for i, c := range "héllo" {
		var r byte = c
		_, _ = i, r
	}
}
`,
    want: [
      '5:17: cannot range over x (variable of type int)',
      '9:9: range over ch (variable of type chan int) permits only one iteration variable',
      '13:12: cannot range over f (variable of type func())',
      '16:16: cannot use c (variable of type rune) as type byte in variable declaration',
    ],
  },
  {
    name: 'redecl',
    src: `package main

var x int
var x string

func f() {}
func f() {}

type T struct{}

func (T) M() {}
func (T) M() {}

func main() {
	a := 1
	var a int
	_ = a
}
`,
    want: [
      '4:5: x redeclared in this block\n\t./f.go:3:5: other declaration of x',
      '7:6: f redeclared in this block\n\t./f.go:6:6: other declaration of f',
      '12:10: T.M redeclared in this block\n\t./f.go:11:10: other declaration of M',
      '16:6: a redeclared in this block\n\t./f.go:15:2: other declaration of a',
    ],
  },
  {
    name: 'returns',
    src: `package main

func a() int {
	return
}

func b() (int, string) {
	return 1
}

func c() {
	return 1
}

func d() int {
	return "x"
}

func e() int {
	for {
		break
	}
}

func main() {}
`,
    want: [
      '4:2: not enough return values\n\thave ()\n\twant (int)',
      '8:9: not enough return values\n\thave (number)\n\twant (int, string)',
      '12:9: too many return values\n\thave (number)\n\twant ()',
      '16:9: cannot use "x" (untyped string constant) as int value in return statement',
      '23:1: missing return',
    ],
  },
  {
    name: 'selectstmt',
    src: `package main

func main() {
	ch := make(chan int)
	x := 1
	select {
	case x > 0:
	case v := <-ch:
	case ch <- "a":
	}
}
`,
    want: [
      '5:2: x declared but not used',
      '7:9: select case must be send or receive (possibly with assignment)',
      '8:7: v declared but not used',
      '9:13: cannot use "a" (untyped string constant) as int value in send',
    ],
  },
  {
    name: 'shift_ctx',
    src: `package main

import "fmt"

var s uint = 3

func main() {
	u := 1.0 << s
	var f float32 = 1 << s
	var i int64 = 1 << s
	var j = 1 << s
	fmt.Println(u, f, i, j, 2.0<<s == 8)
}
`,
    want: [
      '8:7: invalid operation: 1.0 << s (shift of type float64)',
      '9:18: invalid operation: 1 << s (shift of type float32)',
      '12:26: invalid operation: 2.0 << s (shift of type float64)',
    ],
  },
  {
    name: 'shifts',
    src: `package main

func main() {
	var s int = 3
	var f float64 = 2
	_ = f << 2
	_ = 1 << -1
	_ = 1.5 << 2
	_ = 1 << s
	var i int8 = 1 << 8
	_ = s << f
	_ = i
}
`,
    want: [
      '6:6: invalid operation: shifted operand f (variable of type float64) must be integer',
      '7:11: invalid operation: negative shift count -1 (untyped int constant)',
      '8:6: invalid operation: shifted operand 1.5 (untyped float constant) must be integer',
      '10:15: cannot use 1 << 8 (untyped int constant 256) as int8 value in variable declaration (overflows)',
      '11:11: invalid operation: shift count f (variable of type float64) must be integer',
    ],
  },
  {
    name: 'stmts',
    src: `package main

func main() {
	x := 1
	if x {
	}
	for x {
	}
	x := 2
	y, x := 3, 4
	_ = y
	x++
	s := "a"
	s++
	1 = 2
	var ch chan<- int
	<-ch
	var r <-chan int
	r <- 1
}
`,
    want: [
      '5:5: non-boolean condition in if statement',
      '7:6: non-boolean condition in for statement',
      '9:4: no new variables on left side of :=',
      '14:2: invalid operation: s++ (non-numeric type string)',
      '15:2: cannot assign to 1 (untyped int constant)',
      '17:4: invalid operation: cannot receive from send-only channel ch (variable of type chan<- int)',
      '19:2: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)',
    ],
  },
  {
    name: 'switch_errs',
    src: `package main

func main() {
	x := 1
	switch x {
	case "a":
	case 1.5:
	}
	switch {
	case 1:
	}
	var s []int
	switch s {
	case nil:
	}
}
`,
    want: [
      '6:7: cannot convert "a" (untyped string constant) to int',
      '7:7: 1.5 (untyped float constant) truncated to int',
      '10:7: cannot convert 1 (untyped int constant) to bool',
    ],
  },
  {
    name: 'tassert',
    src: `package main

type I interface{ M() }
type T struct{}

func main() {
	x := 1
	_ = x.(int)
	var i I
	_ = i.(T)
	_ = i.(string)
	switch v := i.(type) {
	case int:
	}
	var e interface{}
	switch e.(type) {
	case T, I:
	}
}
`,
    want: [
      '8:6: invalid operation: x (variable of type int) is not an interface',
      '10:6: impossible type assertion: i.(T)\n\tT does not implement I (missing M method)',
      '11:6: impossible type assertion: i.(string)\n\tstring does not implement I (missing M method)',
      '12:9: v declared but not used',
      '13:7: impossible type switch case: int\n\ti (variable of type I) cannot have dynamic type int (missing M method)',
    ],
  },
  {
    name: 'types',
    src: `package main

var a [-1]int
var n = 3
var b [n]int
var m map[[]int]string
var c [1.5]int

type R struct {
	r R
}

var x undefinedType
var y = 1.(int)

func main() {}
`,
    want: [
      '3:8: invalid array length -1 (untyped int constant)',
      '5:8: invalid array length n',
      '6:11: invalid map key type []int',
      '7:8: array length 1.5 (untyped float constant) must be integer',
      '9:6: invalid recursive type R\n\t./f.go:9:6: R refers to\n\t./f.go:9:6: R',
      '13:7: undefined: undefinedType',
      '14:9: invalid operation: cannot call non-function 1. (untyped float constant 1)',
    ],
  },
  {
    name: 'undefined',
    src: `package main

func main() {
	x := y + 1
	_ = x
}
`,
    want: ['4:7: undefined: y'],
  },
  {
    name: 'unsupported',
    src: `package main

import "unsafe"

func Map[T any](x T) T { return x }

type List[T any] struct{ v T }

func main() {
	goto end
end:
}
`,
    want: [
      '3:8: heaplab does not support package unsafe',
      '5:9: heaplab does not support generics',
      '7:10: heaplab does not support generics',
      '10:2: heaplab does not support goto',
    ],
    heaplab: true,
  },
  {
    name: 'untyped_consts',
    src: `package main

const big = 1 << 70
const f = 1e20

func main() {
	var i int = big
	var j int = f
	var k int32 = 'a' * 1e10
	var u uint8 = 2.0
	var c complex64 = 1e40
	x := big >> 10
	_, _, _, _, _, _ = i, j, k, u, c, x
}
`,
    want: [
      '7:14: cannot use big (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)',
      '8:14: cannot use f (untyped float constant 1e+20) as int value in variable declaration (truncated)',
      "9:16: cannot use 'a' * 1e10 (untyped float constant 9.7e+11) as int32 value in variable declaration (truncated)",
      '11:20: cannot use 1e40 (untyped float constant 1e+40) as complex64 value in variable declaration (overflows)',
    ],
  },
  {
    name: 'untyped_nil',
    src: `package main

func main() {
	x := nil
	var y = nil
	_ = nil
	var z int = nil
	var s []int = nil
	_, _ = z, s
}
`,
    want: [
      '4:7: use of untyped nil in assignment',
      '5:10: use of untyped nil in variable declaration',
      '6:6: use of untyped nil in assignment to _ identifier',
      '7:14: cannot use nil as int value in variable declaration',
    ],
  },
  {
    name: 'unused_import',
    src: `package main

import (
	"fmt"
	"os"
	str "strings"
)

func main() {
	fmt.Println()
}
`,
    want: ['5:2: imported and not used: "os"', '6:2: imported and not used: "strings" as str'],
  },
  {
    name: 'unused_var',
    src: `package main

func main() {
	x := 1
	var y int
	for i := 0; i < 3; i++ {
		z := i
	}
}
`,
    want: ['4:2: x declared but not used', '5:6: y declared but not used', '7:3: z declared but not used'],
  },
];
