// String allocations: concatenation, []byte/string conversions and fmt.Sprintf, counted with
// runtime.MemStats. Results that escape are heap strings sized to their size class.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

var sinkS string
var sinkB []byte

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%-16s mallocs=%d bytes=%d\n", name, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}

func main() {
	base := strings.Repeat("x", 40)
	measure("warmup", func() {})
	measure("concat x10", func() {
		for i := 0; i < 10; i++ {
			sinkS = base + "-tail"
		}
	})
	measure("tobytes x10", func() {
		for i := 0; i < 10; i++ {
			sinkB = []byte(base)
		}
	})
	measure("tostring x10", func() {
		b := []byte(base)
		for i := 0; i < 10; i++ {
			sinkS = string(b)
		}
	})
	measure("itoa x10", func() {
		for i := 0; i < 10; i++ {
			sinkS = strconv.Itoa(100000 + i)
		}
	})
	measure("sprintf x10", func() {
		for i := 0; i < 10; i++ {
			sinkS = fmt.Sprintf("key-%d", 1000+i)
		}
	})
	measure("repeat 1000", func() {
		sinkS = strings.Repeat("ab", 500)
	})
	measure("builder", func() {
		var sb strings.Builder
		for i := 0; i < 20; i++ {
			sb.WriteString("0123456789")
		}
		sinkS = sb.String()
	})
}
