// Title: gogc-tradeoff — GOGC trades GC CPU for peak heap
//
// Demonstrates: the heap goal. A steady allocator keeps a live set of -live MiB in a ring of
// -chunk byte buffers and, each step, replaces -rate MiB of them with new buffers (so -rate MiB of
// garbage per step) for -steps steps. The collector starts a cycle when the heap reaches the goal
// live × (1 + GOGC/100): a larger GOGC means fewer GCs (less GC CPU) but a higher peak heap, a
// smaller one the reverse. The program tracks the peak HeapAlloc (read every step) and prints, at
// the end, the GC count, MemStats.GCCPUFraction and the peak.
//
// Run it at several GOGC values and compare the "end" lines:
//   GOGC=25 go run gogc-tradeoff.go;  GOGC=100 go run gogc-tradeoff.go;  GOGC=400 go run gogc-tradeoff.go
//   (or heaplab run with the same environment)
//
// Flags (defaults are a classroom scale: 2 GiB allocated in total):
//   -live  64    live set in MiB
//   -rate  1     garbage per step in MiB
//   -steps 2048  steps
//   -chunk 4096  buffer size in bytes
//   -every 256   steps between checkpoints
//
// Runtime knobs that matter: GOGC (the point of the scenario), GOMEMLIMIT (caps the goal),
// GODEBUG=gctrace=1 (one line per GC with the heap goal).
//
// Observe: NumGC falls roughly in proportion to 1/GOGC while the peak HeapAlloc rises to about
// live × (1 + GOGC/100): with -live 64 about 95 MiB at GOGC=25, 150 MiB at 100, 380 MiB at 400 (the
// reference run's 139 / 35 / 9 GCs for 2 GiB). GCCPUFraction falls with GOGC as the GC count does.
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

func main() {
	live := flag.Int("live", 64, "live set in MiB")
	rate := flag.Int("rate", 1, "garbage per step in MiB")
	steps := flag.Int("steps", 2048, "steps")
	chunk := flag.Int("chunk", 4096, "buffer size in bytes")
	every := flag.Int("every", 256, "steps between checkpoints")
	flag.Parse()

	// The live set: a ring of buffers that is always full.
	ring := make([][]byte, *live<<20 / *chunk)
	for i := range ring {
		ring[i] = make([]byte, *chunk)
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	gc0, peak := m.NumGC, m.HeapAlloc
	checkpoint("start", fmt.Sprintf("peak=%d", peak))

	pos := 0
	perStep := *rate << 20 / *chunk
	for s := 1; s <= *steps; s++ {
		for j := 0; j < perStep; j++ {
			b := make([]byte, *chunk) // the buffer it replaces becomes garbage
			b[0] = byte(s)
			ring[pos] = b
			pos = (pos + 1) % len(ring)
		}
		runtime.ReadMemStats(&m)
		if m.HeapAlloc > peak {
			peak = m.HeapAlloc
		}
		if s%*every == 0 && s < *steps {
			checkpoint(fmt.Sprintf("step-%d", s), fmt.Sprintf("peak=%d", peak))
		}
	}
	checkpoint("end", fmt.Sprintf("peak=%d", peak))

	runtime.ReadMemStats(&m)
	gogc := os.Getenv("GOGC")
	if gogc == "" {
		gogc = "100 (default)"
	}
	fmt.Printf("GOGC=%s: %d MiB allocated over a %d MiB live set: %d GCs, GC CPU fraction %.4f, peak HeapAlloc %s\n",
		gogc, *steps**rate, *live, m.NumGC-gc0, m.GCCPUFraction, size(peak))
	runtime.KeepAlive(ring)
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
