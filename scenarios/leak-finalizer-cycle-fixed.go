// Title: leak-finalizer-cycle-fixed — no cycle through the finalized object
//
// Demonstrates: the fix for leak (f), the twin of leak-finalizer-cycle.go. Each iteration builds
// -pairs pairs a→b (each node carries a 4 KiB array, so it is one 4864 B object) with a finalizer on
// a, but b no longer points back to a. The first GC after the pair is dropped finds a unreachable
// and queues its finalizer (keeping a and b alive one more cycle); the finalizer runs; the next GC
// frees both.
//
// Flags (defaults are the reference run's scale):
//   -iters 10    iterations after the baseline
//   -pairs 1000  pairs per iteration
//
// Runtime knobs that matter: none. Before each checkpoint the program runs runtime.GC(), sleeps
// 10 ms so that queued finalizers can run on the finalizer goroutine, and runs runtime.GC() again.
//
// Observe: finalized equals created at every checkpoint (10000 at the end) and HeapAlloc stays flat
// at ~49 KB, against finalized=0 and ~97 MB for leak-finalizer-cycle.go.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

type Node struct {
	other   *Node
	payload [4 << 10]byte
}

var created, finalized atomic.Int64

// makePair builds a pair of nodes that point at each other, with a finalizer on a.
func makePair() {
	a := new(Node)
	b := new(Node)
	a.other = b
	// FIX: no back pointer b.other = a, so nothing reachable from a leads back to a
	runtime.SetFinalizer(a, func(*Node) { finalized.Add(1) })
	created.Add(1)
}

func main() {
	iters := flag.Int("iters", 10, "iterations after the baseline")
	pairs := flag.Int("pairs", 1000, "pairs per iteration")
	flag.Parse()

	for it := 0; it <= *iters; it++ {
		for i := 0; it > 0 && i < *pairs; i++ {
			makePair()
		}
		runtime.GC()
		time.Sleep(10 * time.Millisecond) // let the finalizer goroutine run
		runtime.GC()
		checkpoint(fmt.Sprintf("iter-%d", it),
			fmt.Sprintf("created=%d", created.Load()), fmt.Sprintf("finalized=%d", finalized.Load()))
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
