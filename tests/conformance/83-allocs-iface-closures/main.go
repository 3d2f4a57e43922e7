// Interface boxing and closures, counted with runtime.MemStats: small integers and single bytes
// box without allocating (Go's staticuint64s), larger values and structs allocate; escaping
// closures allocate their captured variables.
package main

import (
	"fmt"
	"runtime"
)

type Pair struct{ A, B int64 }

var sinkI any
var sinkF func() int

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%-16s mallocs=%d bytes=%d\n", name, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}

//go:noinline
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	measure("warmup", func() {})
	measure("box small x20", func() {
		for i := 0; i < 20; i++ {
			sinkI = i
		}
	})
	measure("box large x20", func() {
		for i := 0; i < 20; i++ {
			sinkI = i + 1000
		}
	})
	measure("box byte x20", func() {
		for i := 0; i < 20; i++ {
			sinkI = byte(i + 200)
		}
	})
	measure("box struct x10", func() {
		for i := 0; i < 10; i++ {
			sinkI = Pair{int64(i), 2}
		}
	})
	measure("box string x10", func() {
		s := "hello"
		for i := 0; i < 10; i++ {
			sinkI = s
		}
	})
	measure("closure x10", func() {
		for i := 0; i < 10; i++ {
			sinkF = counter()
		}
	})
}
