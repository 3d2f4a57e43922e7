// Title: leak-ticker — tickers that are never stopped stay in the runtime's timer heap
//
// Demonstrates: leak (e) of the article. Each iteration handles -per requests; each request
// creates a time.NewTicker(-period) heartbeat and returns without calling Stop. Until Go 1.23 an
// active ticker is referenced from the runtime's timer heap, so it (and its channel) stays alive
// until it is stopped, although the program has no reference to it any more: ~209 B in 3 objects
// per ticker, forever. leak-ticker-fixed.go stops the ticker when the request returns.
//
// Note: under `heaplab run --go 1.23` (the Go 1.23 runtime profile) unreferenced tickers and timers
// are collectable even when not stopped (the Go 1.23 timer change), so this leaky program does not
// leak there: HeapAlloc stays flat as in the fixed twin.
//
// Flags (defaults are the reference run's scale):
//   -iters  10     iterations after the baseline
//   -per    10000  requests (tickers) per iteration
//   -period 1h     ticker period (long, so no ticker ever fires during the run)
//
// Runtime knobs that matter: the runtime version (see the note); otherwise none (before each
// checkpoint the program runs runtime.GC() twice, so HeapAlloc is the live heap whatever GOGC is).
//
// Observe: HeapAlloc rises by ~2.09 MB per iteration (10,000 × ~209 B) to ~21 MB and HeapObjects by
// 30,000 per iteration (ticker, channel, channel buffer) to ~300,000, with 1 goroutine: nothing on
// a goroutine stack holds them, only the timer heap. The fixed twin stays flat at ~47 KB.
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

// handle stands for a request handler that sets up a heartbeat it may wait on.
func handle(i int, period time.Duration) int {
	heartbeat := time.NewTicker(period) // LEAK: never stopped, so the runtime keeps it
	select {
	case <-heartbeat.C:
		return -1
	default:
		return i
	}
}

func main() {
	iters := flag.Int("iters", 10, "iterations after the baseline")
	per := flag.Int("per", 10000, "requests (tickers) per iteration")
	period := flag.Duration("period", time.Hour, "ticker period")
	flag.Parse()

	handled := 0
	for it := 0; it <= *iters; it++ {
		for i := 0; it > 0 && i < *per; i++ {
			if handle(i, *period) >= 0 {
				handled++
			}
		}
		runtime.GC()
		runtime.GC()
		checkpoint(fmt.Sprintf("iter-%d", it), fmt.Sprintf("tickers=%d", handled))
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
