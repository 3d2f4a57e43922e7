// Title: leak-defer-loop — defer inside a loop closes nothing until the function returns
//
// Demonstrates: leak (g) of the article. One long function, processAll, handles every batch: for
// each of -per resources per iteration it "opens" a resource (a struct with a -buf byte buffer,
// registered in a global set of open resources, as a file would be in the fd table) and writes
// `defer r.Close()` inside the loop. Deferred calls run when the *function* returns, not at the end
// of the loop body, so every resource (and its defer record) stays open and alive while processAll
// runs: the heap and the open count grow with every iteration, and all the Closes run at once at
// the very end. leak-defer-loop-fixed.go moves the loop body into a closure, so each defer runs as
// soon as its resource is done.
//
// Flags (defaults are the reference run's scale):
//   -iters 10     iterations (batches) inside the one long call
//   -per   500    resources opened per iteration
//   -buf   16384  buffer bytes per resource
//
// Runtime knobs that matter: none (before each checkpoint the program runs runtime.GC() twice, so
// HeapAlloc is the live heap whatever GOGC is).
//
// Observe: the iter-N checkpoints are printed from inside processAll, while the leak is visible:
// open=500 more per iteration (5000 at iter-10) and HeapAlloc ~8.3 MB more per iteration (16 KiB
// buffer, resource, defer record and closure, map entry) to ~83 MB. The "after" checkpoint, once
// processAll has returned, shows open=0 and the heap back near the baseline (plus the open set's
// map buckets, which a Go map keeps after deletes). The fixed twin stays at open=0 and a flat heap.
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

// Resource stands for an open file: it holds a buffer and is registered in openSet until closed.
type Resource struct {
	id  int
	buf []byte
}

var openSet = map[*Resource]bool{}

func open(id, size int) *Resource {
	r := &Resource{id: id, buf: make([]byte, size)}
	openSet[r] = true
	return r
}

func (r *Resource) Close() error {
	delete(openSet, r)
	return nil
}

// use stands for the work done with an open resource.
func use(r *Resource) int {
	r.buf[0] = byte(r.id)
	return int(r.buf[0])
}

// report runs two GCs and prints a checkpoint with the number of open resources.
func report(label string) {
	runtime.GC()
	runtime.GC()
	checkpoint(label, fmt.Sprintf("open=%d", len(openSet)))
}

// processAll is the long-running function: every batch is handled inside this one call.
func processAll(iters, per, size int) int {
	sum := 0
	for it := 1; it <= iters; it++ {
		for i := 0; i < per; i++ {
			r := open(it*per+i, size)
			defer r.Close() // LEAK: runs when processAll returns, not at the end of this iteration
			sum += use(r)
		}
		report(fmt.Sprintf("iter-%d", it))
	}
	return sum
}

func main() {
	iters := flag.Int("iters", 10, "iterations (batches) inside the one long call")
	per := flag.Int("per", 500, "resources opened per iteration")
	size := flag.Int("buf", 16<<10, "buffer bytes per resource")
	flag.Parse()

	report("iter-0")
	sum := processAll(*iters, *per, *size)
	report("after")
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
