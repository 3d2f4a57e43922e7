// Title: memory-limit — a slow leak under GOMEMLIMIT with GOGC=off: the GC death spiral
//
// Demonstrates: the soft memory limit (Go 1.19). With GOGC=off the collector runs only when the
// memory the runtime uses reaches GOMEMLIMIT. Each step the program does some work that allocates
// -garbage KiB of short-lived buffers, and leaks -chunk KiB (kept forever, as a cache that is never
// pruned would be). While the leaked live heap is small, the runway between it and the limit is
// long and GCs are rare; as the live heap approaches the limit, each GC frees less, the runway
// shrinks and GCs come ever faster, until the collector runs almost continuously (the death
// spiral). Go 1.19 caps the GC's CPU at about 50% (the GC CPU limiter): past that point the heap
// grows beyond the limit instead of the program stopping dead.
//
// Run it as:  GOGC=off GOMEMLIMIT=64MiB go run memory-limit.go
//
// Flags (defaults are a classroom scale for a 64 MiB limit):
//   -steps   1200  steps
//   -chunk   64    KiB leaked per step
//   -garbage 1024  KiB of short-lived buffers allocated per step
//   -every   100   steps between checkpoints
//
// Runtime knobs that matter: GOMEMLIMIT and GOGC=off (the scenario's point); with GOGC=100 instead
// the limit only matters once live × 2 exceeds it. GODEBUG=gctrace=1 shows each cycle.
//
// Observe: the gcs= extra (GCs since the previous checkpoint) stays at 2-4 per 100 steps while
// live= (the leaked bytes) is far from the limit, then climbs steeply (6, 12, 23, ... per 100 steps)
// as live passes ~40-50 MiB, where the runway left under the limit is only a few MiB of garbage;
// GCCPUFraction rises with it. Once the live heap itself reaches the limit, a GC starts as soon as
// the previous one ends and the heap simply grows past the limit.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// leaked is the cache that is never pruned.
var leaked [][]byte

// work stands for a request: it fills kib KiB of short-lived 16 KiB buffers and returns a checksum.
func work(step, kib, size int) int {
	sum := 0
	for i := 0; i < kib<<10/size; i++ {
		b := make([]byte, size) // garbage once work returns (a variable size: on the heap)
		for j := 0; j < len(b); j += 64 {
			b[j] = byte(step + i + j)
			sum += int(b[j])
		}
	}
	return sum
}

func main() {
	steps := flag.Int("steps", 1200, "steps")
	chunk := flag.Int("chunk", 64, "KiB leaked per step")
	garbage := flag.Int("garbage", 1024, "KiB of short-lived buffers allocated per step")
	every := flag.Int("every", 100, "steps between checkpoints")
	flag.Parse()

	var m runtime.MemStats
	lastGC := uint32(0)
	sum := 0
	for s := 0; s <= *steps; s++ {
		if s > 0 {
			sum += work(s, *garbage, 16<<10)
			leaked = append(leaked, make([]byte, *chunk<<10)) // LEAK: kept forever
		}
		if s%*every == 0 {
			runtime.ReadMemStats(&m)
			live := len(leaked) * *chunk << 10
			checkpoint(fmt.Sprintf("step-%d", s), fmt.Sprintf("live=%d", live),
				fmt.Sprintf("gcs=%d", m.NumGC-lastGC))
			lastGC = m.NumGC
		}
	}
	fmt.Println("checksum", sum)
}

// ---- checkpoint helpers (the same in every scenario; the fidelity harness parses the STEP lines) ----

// procValue reads a "Name: N kB" field of a /proc file, in bytes (0 when absent).
func procValue(file, name string) uint64 {
	data, err := os.ReadFile(file)
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == name+":" {
			kb, _ := strconv.ParseUint(f[1], 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// size prints a byte count in KiB or MiB for the human lines.
func size(n uint64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

var start = time.Now()

// checkpoint prints a human line and the machine line STEP,<label>,<seconds>,Field=value,...;
// extra holds scenario-specific key=value pairs, appended at the end of both lines.
func checkpoint(label string, extra ...string) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	rss := procValue("/proc/self/status", "VmRSS")
	lazy := procValue("/proc/self/smaps_rollup", "LazyFree")
	tail := ""
	for _, e := range extra {
		tail += "," + e
	}
	fmt.Printf("%-10s heap %10s in %7d objects, stacks %9s, %4d goroutines, %3d GCs, rss %9s%s\n",
		label+":", size(m.HeapAlloc), m.HeapObjects, size(m.StackInuse), runtime.NumGoroutine(), m.NumGC,
		size(rss), strings.ReplaceAll(tail, ",", " "))
	fmt.Printf("STEP,%s,%.3f,HeapAlloc=%d,HeapInuse=%d,HeapIdle=%d,HeapReleased=%d,HeapSys=%d,Sys=%d,"+
		"NextGC=%d,NumGC=%d,HeapObjects=%d,Mallocs=%d,Frees=%d,TotalAlloc=%d,StackInuse=%d,NumGoroutine=%d,"+
		"GCCPUFraction=%.4f,VmRSS=%d,LazyFree=%d%s\n",
		label, time.Since(start).Seconds(), m.HeapAlloc, m.HeapInuse, m.HeapIdle, m.HeapReleased, m.HeapSys,
		m.Sys, m.NextGC, m.NumGC, m.HeapObjects, m.Mallocs, m.Frees, m.TotalAlloc, m.StackInuse,
		runtime.NumGoroutine(), m.GCCPUFraction, rss, lazy, tail)
}
