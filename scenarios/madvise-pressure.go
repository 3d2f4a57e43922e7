// Title: madvise-pressure — released memory and RSS: MADV_DONTNEED against MADV_FREE
//
// Demonstrates: how the runtime gives freed heap memory back to the OS. The program allocates
// -mb MiB in -chunk byte buffers and writes one byte in every 4 KiB page (so the pages are really
// resident), drops them all, runs runtime.GC() (the memory is now free heap, HeapIdle, but still
// resident), then calls debug.FreeOSMemory(), which returns every free page with madvise.
// Go 1.19 on Linux uses MADV_DONTNEED by default (GODEBUG=madvdontneed=1): the kernel takes the
// pages at once and VmRSS falls. With GODEBUG=madvdontneed=0 it uses MADV_FREE: the pages stay
// mapped and counted in VmRSS, marked LazyFree in /proc/self/smaps_rollup, and the kernel takes them
// back only when it runs short of memory. The runtime's HeapReleased is the same in both modes;
// only RSS tells them apart. heaplab's workbench can apply memory pressure to watch LazyFree go.
//
// Run it twice and compare the "released" lines:
//   GODEBUG=madvdontneed=1 go run madvise-pressure.go   (RSS falls at once)
//   GODEBUG=madvdontneed=0 go run madvise-pressure.go   (RSS stays; LazyFree ≈ HeapReleased)
//
// Flags (defaults are a classroom scale):
//   -mb    512    MiB to allocate
//   -chunk 65536  buffer size in bytes
//   -wait  0s     time to wait after the release, sampled every -every (watch RSS under pressure)
//   -every 1s     sampling period while waiting
//
// Runtime knobs that matter: GODEBUG=madvdontneed (the scenario's point), GODEBUG=scavtrace=1.
//
// Observe: at "allocated" HeapInuse and VmRSS are both ~-mb MiB. At "freed" HeapIdle is ~-mb MiB
// but VmRSS has not moved (nothing is released yet). At "released" HeapReleased ≈ HeapIdle ≈ -mb
// MiB; VmRSS is back to a few MiB with madvdontneed=1 but still ~-mb MiB with madvdontneed=0,
// where LazyFree ≈ HeapReleased.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
)

// allocate returns mb MiB of chunk-byte buffers with every 4 KiB page written.
func allocate(mb, chunk int) [][]byte {
	bufs := make([][]byte, 0, mb<<20/chunk)
	for i := 0; i < cap(bufs); i++ {
		b := make([]byte, chunk)
		for j := 0; j < len(b); j += 4096 {
			b[j] = 1 // touch the page so it becomes resident
		}
		bufs = append(bufs, b)
	}
	return bufs
}

func main() {
	mb := flag.Int("mb", 512, "MiB to allocate")
	chunk := flag.Int("chunk", 64<<10, "buffer size in bytes")
	wait := flag.Duration("wait", 0, "time to wait after the release")
	every := flag.Duration("every", time.Second, "sampling period while waiting")
	flag.Parse()

	fmt.Printf("GODEBUG=%q\n", os.Getenv("GODEBUG"))
	checkpoint("before")
	bufs := allocate(*mb, *chunk)
	checkpoint("allocated", fmt.Sprintf("bufs=%d", len(bufs)))
	bufs = nil // drop every buffer
	runtime.GC()
	checkpoint("freed", fmt.Sprintf("bufs=%d", len(bufs)))
	debug.FreeOSMemory() // return all free pages to the OS now
	checkpoint("released")
	for t := time.Duration(0); t < *wait; t += *every {
		time.Sleep(*every)
		checkpoint(fmt.Sprintf("wait-%v", t+*every))
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
