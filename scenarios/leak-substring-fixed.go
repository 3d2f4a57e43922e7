// Title: leak-substring-fixed — strings.Clone keeps only the 10 bytes it needs
//
// Demonstrates: the fix for leak (a), the twin of leak-substring.go. Each iteration "loads" -per
// documents of -size bytes and keeps the first 10 bytes of each, but as strings.Clone(s[:10]): a
// fresh 10-byte string (a 16 B object) that shares nothing with the document, so every document
// becomes garbage as soon as the loop moves on.
//
// Flags (defaults are the reference run's scale):
//   -iters 10      iterations after the baseline
//   -per   100     documents per iteration
//   -size  262144  document size in bytes
//
// Runtime knobs that matter: none (before each checkpoint the program runs runtime.GC() twice, so
// HeapAlloc is the live heap whatever GOGC is).
//
// Observe: HeapAlloc stays flat at ~50-85 KB (it grows by ~3.7 KB per iteration: 100 16-byte
// copies plus the kept slice); HeapObjects grows by ~100 per iteration; kept=1000 at the end.
// Compare with leak-substring.go, where the same loop keeps ~262 MB alive.
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

// kept is the long-lived index: the first 10 bytes of every document ever loaded.
var kept []string

// loadDocument stands for reading a big document: one string of size bytes.
func loadDocument(i, size int) string {
	return strings.Repeat(string(rune('a'+i%26)), size)
}

// loadBatch loads n documents and keeps a 10-byte key of each.
func loadBatch(n, size int) {
	for i := 0; i < n; i++ {
		s := loadDocument(i, size)
		kept = append(kept, strings.Clone(s[:10])) // FIX: a fresh 10-byte copy; s can be freed
	}
}

func main() {
	iters := flag.Int("iters", 10, "iterations after the baseline")
	per := flag.Int("per", 100, "documents per iteration")
	size := flag.Int("size", 256<<10, "document size in bytes")
	flag.Parse()

	for it := 0; it <= *iters; it++ {
		if it > 0 {
			loadBatch(*per, *size)
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
