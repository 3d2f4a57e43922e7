// Title: leak-subslice — a 16-byte subslice keeps a 256 KiB buffer alive
//
// Demonstrates: leak (b) of the article. Each iteration reads -per messages into fresh -size byte
// buffers and keeps only the 16-byte header of each, as b[:16]. A subslice shares the backing array
// of the slice it was cut from (its cap is still the whole buffer), so every kept header pins its
// whole 256 KiB buffer: the heap grows by -per × -size bytes per iteration.
// leak-subslice-fixed.go copies the 16 bytes into a new slice instead.
//
// Flags (defaults are the reference run's scale):
//   -iters 10      iterations after the baseline
//   -per   100     buffers per iteration
//   -size  262144  buffer size in bytes
//
// Runtime knobs that matter: none (before each checkpoint the program runs runtime.GC() twice, so
// HeapAlloc is the live heap whatever GOGC is).
//
// Observe: HeapAlloc rises by ~26.2 MB per iteration (100 × 256 KiB) to ~262 MB after 10 iterations
// while HeapObjects rises by only ~100 per iteration; kept=1000 headers at the end. The fixed twin
// stays flat at ~50-100 KB.
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

// kept holds the header of every message ever read.
var kept [][]byte

// readMessage stands for reading a big message from the network into a fresh buffer.
func readMessage(i, size int) []byte {
	b := make([]byte, size)
	for j := 0; j < 16; j++ {
		b[j] = byte(i + j)
	}
	return b
}

// readBatch reads n messages and keeps the 16-byte header of each.
func readBatch(n, size int) {
	for i := 0; i < n; i++ {
		b := readMessage(i, size)
		kept = append(kept, b[:16]) // LEAK: b[:16] shares (and pins) b's whole backing array
	}
}

func main() {
	iters := flag.Int("iters", 10, "iterations after the baseline")
	per := flag.Int("per", 100, "buffers per iteration")
	size := flag.Int("size", 256<<10, "buffer size in bytes")
	flag.Parse()

	for it := 0; it <= *iters; it++ {
		if it > 0 {
			readBatch(*per, *size)
		}
		runtime.GC()
		runtime.GC()
		checkpoint(fmt.Sprintf("iter-%d", it), fmt.Sprintf("kept=%d", len(kept)))
	}
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
