// runtime/debug: SetGCPercent returns the previous setting (100 when GOGC
// is unset; -1 disables GC), SetMemoryLimit returns the previous limit
// (math.MaxInt64 by default; a negative value only queries), FreeOSMemory.
package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
)

var sink [][]byte

func main() {
	prev := debug.SetGCPercent(50)
	fmt.Println("initial GC percent:", prev)
	fmt.Println("after setting 50:", debug.SetGCPercent(200))
	fmt.Println("after setting 200:", debug.SetGCPercent(-1))
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	for i := 0; i < 200; i++ {
		sink = append(sink, make([]byte, 64<<10))
	}
	runtime.ReadMemStats(&m2)
	fmt.Println("no GC while disabled:", m2.NumGC == m1.NumGC)
	fmt.Println("restoring from:", debug.SetGCPercent(100))
	limit := debug.SetMemoryLimit(-1)
	fmt.Println("default limit is MaxInt64:", limit == math.MaxInt64, limit)
	fmt.Println("previous limit:", debug.SetMemoryLimit(256<<20))
	fmt.Println("query limit:", debug.SetMemoryLimit(-1))
	fmt.Println("previous limit:", debug.SetMemoryLimit(math.MaxInt64))
	sink = nil
	runtime.GC()
	debug.FreeOSMemory()
	var m3 runtime.MemStats
	runtime.ReadMemStats(&m3)
	fmt.Println("GC ran:", m3.NumGC > m2.NumGC)
	fmt.Println("heap released after FreeOSMemory:", m3.HeapReleased > 0)
	fmt.Println("released <= idle:", m3.HeapReleased <= m3.HeapIdle)
	fmt.Println("final GC percent:", debug.SetGCPercent(100))
}
