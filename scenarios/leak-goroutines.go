// Title: leak-goroutines — senders blocked forever on an unbuffered channel
//
// Demonstrates: leak (d) of the article. Each iteration runs -queries queries; each query asks
// -replicas replicas at once, each in its own goroutine, and takes the first answer (a 1 KiB result
// page). The answers travel on an unbuffered channel, which only the first sender gets through:
// nobody ever receives from the other replicas, so they stay blocked on the send forever. A blocked
// goroutine is a GC root: its stack, its closure, the page it is trying to send and the channel all
// stay alive, and nothing can ever free them.
// leak-goroutines-fixed.go gives the channel room for every answer (a buffer of -replicas).
//
// Flags (defaults are the reference run's scale):
//   -iters    10   iterations after the baseline
//   -queries  100  queries per iteration
//   -replicas 10   replicas asked per query
//
// Runtime knobs that matter: none (before each checkpoint the program runs runtime.GC() twice, so
// HeapAlloc is the live heap whatever GOGC is).
//
// Observe: NumGoroutine rises by 900 per iteration (100 × 9 losers), from 1 to 9001; StackInuse
// by ~1.8 MB per iteration (a 2 KiB stack each) to ~19 MB; HeapAlloc by ~1.4 MB per iteration
// (per blocked sender its 1 KiB page, its g descriptor and closures; the channels) to ~14 MB. The
// fixed twin stays at 1 goroutine and a flat heap.
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
	answers := make(chan []byte) // LEAK: unbuffered, so only one sender can ever deliver
	for r := 0; r < replicas; r++ {
		go func(r int) {
			answers <- search(q, r) // the losers block here forever
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
