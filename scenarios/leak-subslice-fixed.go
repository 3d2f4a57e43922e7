// Title: leak-subslice-fixed — copy the 16 bytes you keep
//
// Demonstrates: the fix for leak (b), the twin of leak-subslice.go. Each iteration reads -per
// messages into fresh -size byte buffers and keeps the 16-byte header of each, but copied into its
// own 16-byte slice, so nothing points into the big buffers and they become garbage at once.
//
// Flags (defaults are the reference run's scale):
//   -iters 10      iterations after the baseline
//   -per   100     buffers per iteration
//   -size  262144  buffer size in bytes
//
// Runtime knobs that matter: none (before each checkpoint the program runs runtime.GC() twice, so
// HeapAlloc is the live heap whatever GOGC is).
//
// Observe: HeapAlloc stays flat at ~50-100 KB (~5 KB per iteration: 100 16-byte copies plus the
// kept slice); HeapObjects grows by ~100 per iteration; kept=1000 at the end. Compare with
// leak-subslice.go, where the same loop keeps ~262 MB alive.
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
		h := make([]byte, 16) // FIX: a 16-byte slice of its own; b can be freed
		copy(h, b)
		kept = append(kept, h)
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
