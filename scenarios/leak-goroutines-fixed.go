// Title: leak-goroutines-fixed — a buffered channel lets every sender finish
//
// Demonstrates: the fix for leak (d), the twin of leak-goroutines.go. Each query still asks
// -replicas replicas at once and takes the first answer (a 1 KiB result page), but the answers
// channel has a buffer of -replicas, so every sender can deliver and exit even though only one
// answer is ever received. The channel and the unread pages become garbage when the query returns.
//
// Flags (defaults are the reference run's scale):
//   -iters    10   iterations after the baseline
//   -queries  100  queries per iteration
//   -replicas 10   replicas asked per query
//
// Runtime knobs that matter: none (before each checkpoint the program runs runtime.GC() twice, so
// HeapAlloc is the live heap whatever GOGC is).
//
// Observe: NumGoroutine stays at 1 at every checkpoint and HeapAlloc stays flat (~50 KB plus a
// few hundred KB of cached g descriptors of the dead goroutines, which the runtime reuses);
// StackInuse may rise a little (the runtime's stack cache), against 9001 goroutines and ~19 MB of
// stacks for leak-goroutines.go.
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

// search stands for asking replica r about query q: it returns a 1 KiB result page.
func search(q, r int) []byte {
	page := make([]byte, 1024)
	page[0], page[1] = byte(q), byte(r)
	return page
}

// query asks every replica and returns the size of the first answer.
func query(q, replicas int) int {
	answers := make(chan []byte, replicas) // FIX: room for every answer, so every sender finishes
	for r := 0; r < replicas; r++ {
		go func(r int) {
			answers <- search(q, r) // never blocks: the buffer has a slot for each replica
		}(r)
	}
	return len(<-answers)
}

func main() {
	iters := flag.Int("iters", 10, "iterations after the baseline")
	queries := flag.Int("queries", 100, "queries per iteration")
	replicas := flag.Int("replicas", 10, "replicas asked per query")
	flag.Parse()

	answered := 0
	for it := 0; it <= *iters; it++ {
		for q := 0; it > 0 && q < *queries; q++ {
			query(q, *replicas)
			answered++
		}
		runtime.GC()
		runtime.GC()
		checkpoint(fmt.Sprintf("iter-%d", it), fmt.Sprintf("answered=%d", answered))
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
