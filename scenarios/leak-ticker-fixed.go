// Title: leak-ticker-fixed — stop every ticker you start
//
// Demonstrates: the fix for leak (e), the twin of leak-ticker.go. Each request creates a
// time.NewTicker(-period) heartbeat as before, but defers heartbeat.Stop(), which takes the ticker
// out of the runtime's timer heap when the request returns; the ticker and its channel are then
// ordinary garbage.
//
// Flags (defaults are the reference run's scale):
//   -iters  10     iterations after the baseline
//   -per    10000  requests (tickers) per iteration
//   -period 1h     ticker period (long, so no ticker ever fires during the run)
//
// Runtime knobs that matter: none (before each checkpoint the program runs runtime.GC() twice, so
// HeapAlloc is the live heap whatever GOGC is). Under `heaplab run --go 1.23` the leaky twin
// behaves like this one.
//
// Observe: HeapAlloc and HeapObjects stay flat (~47 KB, ~150 objects) while tickers=10000 per
// iteration are created and stopped, against ~21 MB and ~300,000 objects for leak-ticker.go.
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
	heartbeat := time.NewTicker(period)
	defer heartbeat.Stop() // FIX: the runtime drops the ticker when the request returns
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
