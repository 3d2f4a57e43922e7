// Slice growth, counted with runtime.MemStats: append doubles then grows by ~1.25x with
// size-class rounding, and a preallocated backing array needs one allocation. (Map growth is not
// measured here: Go's random hash seed makes its overflow-bucket count vary run to run.)
package main

import (
	"fmt"
	"runtime"
)

var sinkSl []int

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%-18s mallocs=%d bytes=%d\n", name, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}

func main() {
	measure("warmup", func() {})
	measure("append 1000", func() {
		var s []int
		for i := 0; i < 1000; i++ {
			s = append(s, i)
		}
		sinkSl = s
	})
	measure("make cap 1000", func() {
		s := make([]int, 0, 1000)
		for i := 0; i < 1000; i++ {
			s = append(s, i)
		}
		sinkSl = s
	})
	measure("append 3 x100", func() {
		for i := 0; i < 100; i++ {
			sinkSl = append([]int{1, 2}, i)
		}
	})
}
