// runtime.ReadMemStats: only relations that real Go guarantees are printed
// (as booleans or bounded deltas), never raw byte counts: HeapAlloc <=
// HeapInuse, HeapObjects == Mallocs-Frees, NumGC increasing after GC, and
// Mallocs growing by at least the number of objects allocated.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  [8]int
}

var sink []*node

func main() {
	var m1, m2, m3 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m1)
	fmt.Println("HeapAlloc <= HeapInuse:", m1.HeapAlloc <= m1.HeapInuse)
	fmt.Println("HeapInuse <= HeapSys:", m1.HeapInuse <= m1.HeapSys)
	fmt.Println("HeapSys <= Sys:", m1.HeapSys <= m1.Sys)
	fmt.Println("HeapIdle+HeapInuse == HeapSys:", m1.HeapIdle+m1.HeapInuse == m1.HeapSys)
	fmt.Println("HeapReleased <= HeapIdle:", m1.HeapReleased <= m1.HeapIdle)
	fmt.Println("Alloc == HeapAlloc:", m1.Alloc == m1.HeapAlloc)
	fmt.Println("HeapObjects == Mallocs-Frees:", m1.HeapObjects == m1.Mallocs-m1.Frees)
	fmt.Println("NumGC >= 1:", m1.NumGC >= 1)
	fmt.Println("TotalAlloc >= Alloc:", m1.TotalAlloc >= m1.Alloc)
	for i := 0; i < 1000; i++ {
		sink = append(sink, &node{val: [8]int{i}})
	}
	runtime.ReadMemStats(&m2)
	fmt.Println("mallocs grew by >= 1000:", m2.Mallocs-m1.Mallocs >= 1000)
	fmt.Println("live objects grew by >= 1000:", (m2.Mallocs-m2.Frees)-(m1.Mallocs-m1.Frees) >= 1000)
	fmt.Println("HeapAlloc grew by >= 72000:", m2.HeapAlloc-m1.HeapAlloc >= 72000)
	fmt.Println("TotalAlloc monotonic:", m2.TotalAlloc >= m1.TotalAlloc)
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&m3)
	fmt.Println("NumGC advanced:", m3.NumGC > m2.NumGC)
	fmt.Println("frees grew by >= 1000:", m3.Frees-m2.Frees >= 1000)
	fmt.Println("HeapAlloc shrank:", m3.HeapAlloc < m2.HeapAlloc)
	fmt.Println("TotalAlloc still monotonic:", m3.TotalAlloc >= m2.TotalAlloc)
	fmt.Println("NextGC > 0:", m3.NextGC > 0)
	fmt.Println("StackInuse <= StackSys:", m3.StackInuse <= m3.StackSys)
	fmt.Println("PauseTotalNs >= 0:", m3.PauseTotalNs >= 0)
	runtime.GC()
	runtime.GC()
	var m4 runtime.MemStats
	runtime.ReadMemStats(&m4)
	fmt.Println("two more GCs:", m4.NumGC-m3.NumGC >= 2)
}
