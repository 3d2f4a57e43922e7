// Heap allocations the escape analysis decides, counted with runtime.MemStats: values that
// escape (returned pointers, stored in globals, sent to goroutines) allocate; values that stay
// in their function do not. Mallocs and TotalAlloc deltas are deterministic in Go.
package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y int }

type Big struct{ data [100]int }

var sink *Point
var bigSink *Big

//go:noinline
func newPoint(x, y int) *Point { return &Point{x, y} }

//go:noinline
func sumLocal(n int) int {
	p := Point{n, n}
	q := &p
	return q.X + q.Y
}

//go:noinline
func keepGlobal(x int) {
	sink = &Point{x, x}
}

//go:noinline
func makeLocal() int {
	s := make([]int, 8)
	for i := range s {
		s[i] = i
	}
	return s[7]
}

//go:noinline
func makeEscaping(n int) []int { return make([]int, n) }

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%-14s mallocs=%d bytes=%d\n", name, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}

func main() {
	measure("warmup", func() {})
	measure("newPoint x100", func() {
		for i := 0; i < 100; i++ {
			sink = newPoint(i, i)
		}
	})
	measure("sumLocal x100", func() {
		t := 0
		for i := 0; i < 100; i++ {
			t += sumLocal(i)
		}
		if t < 0 {
			fmt.Println(t)
		}
	})
	measure("keepGlobal x50", func() {
		for i := 0; i < 50; i++ {
			keepGlobal(i)
		}
	})
	measure("makeLocal x10", func() {
		for i := 0; i < 10; i++ {
			makeLocal()
		}
	})
	measure("make 1000 x10", func() {
		for i := 0; i < 10; i++ {
			_ = makeEscaping(1000)
		}
	})
	measure("new Big x3", func() {
		for i := 0; i < 3; i++ {
			bigSink = new(Big)
		}
	})
}
