// Title: leak-slice-tail — a one-element window on a []*Item keeps the whole page alive
//
// Demonstrates: leak (c) of the article. Each iteration fetches -batches pages of -per items (each
// item carries a -payload byte buffer) into a []*Item and keeps only the selected item, as the
// window items[k:k+1]. The window shares the page's backing array, and that array still holds all
// -per pointers: the collector follows them, so every item of every page stays alive.
// leak-slice-tail-fixed.go sets the dropped slots to nil before reslicing.
//
// Flags (defaults are the reference run's scale):
//   -iters   10    iterations after the baseline
//   -batches 10    pages per iteration
//   -per     500   items per page
//   -payload 2048  payload bytes per item
//
// Runtime knobs that matter: none (before each checkpoint the program runs runtime.GC() twice, so
// HeapAlloc is the live heap whatever GOGC is).
//
// Observe: HeapAlloc rises by ~10.4 MB per iteration (5000 items × (2048 + 32) B plus ten 4 KiB
// pointer arrays) to ~104 MB, and HeapObjects by ~10,000 per iteration (item + payload), although
// only kept=10 items per iteration are wanted. The fixed twin grows by ~62 KB per iteration: the
// ten pinned 4 KiB arrays and the ten kept items.
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

type Item struct {
	ID      int
	Payload []byte
}

// kept holds the selected item of every page, each as a one-element window on its page.
var kept [][]*Item

// fetchPage stands for a query that returns a page of n items.
func fetchPage(first, n, payload int) []*Item {
	items := make([]*Item, n)
	for i := range items {
		items[i] = &Item{ID: first + i, Payload: make([]byte, payload)}
	}
	return items
}

// keepBest fetches a page and keeps only its selected item.
func keepBest(first, n, payload int) {
	items := fetchPage(first, n, payload)
	k := n / 2                        // the item we want (say, the best match)
	kept = append(kept, items[k:k+1]) // LEAK: the window shares items' array and its n pointers
}

func main() {
	iters := flag.Int("iters", 10, "iterations after the baseline")
	batches := flag.Int("batches", 10, "pages per iteration")
	per := flag.Int("per", 500, "items per page")
	payload := flag.Int("payload", 2048, "payload bytes per item")
	flag.Parse()

	for it := 0; it <= *iters; it++ {
		for b := 0; it > 0 && b < *batches; b++ {
			keepBest(((it-1)**batches+b)**per, *per, *payload)
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
