// Title: alloc-churn — a hot loop that allocates at every turn
//
// Demonstrates: allocation churn, the cost the article's advice removes. Each round processes
// -events events for -users users, written the easy way: the user key is built with fmt.Sprintf
// (a new string per event), counted in a map[string]int made fresh each round; each event is a
// pointer-rich struct (*Event with a *int score and a []*Tag of three *Tag whose name and weight are
// pointers too), grown with append from nothing; each event is encoded as a string and converted to
// []byte. About 20 small allocations per event (~320 bytes), nearly all garbage at once, so the collector runs
// often and has many pointers to trace. alloc-churn-optimized.go does the same work (same printed
// checksum) with few allocations.
//
// Flags (defaults are a classroom scale):
//   -rounds 10      rounds
//   -events 100000  events per round
//   -users  1000    distinct users
//
// Runtime knobs that matter: GOGC (how often the churn triggers a GC); GODEBUG=gctrace=1.
//
// Observe: between "start" and "end" Mallocs grows by ~20 per event (~20 million by default),
// TotalAlloc by ~320 bytes per event (~320 MB) and NumGC by ~18; compare with the optimized twin,
// whose Mallocs (~1,200), TotalAlloc (~1.3 MB) and NumGC (0) barely move. The checksum line
// is the same in both.
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

type Tag struct {
	Name   *string
	Weight *int
}

type Event struct {
	User  string
	Score *int
	Tags  []*Tag
}

// process runs one round and returns its checksum.
func process(round, n, users int) uint64 {
	counts := map[string]int{} // no size hint: grows (and rehashes) as users appear
	var events []*Event        // no capacity: append reallocates as it grows
	var sum uint64
	for i := 0; i < n; i++ {
		user := fmt.Sprintf("user-%d", (i*7919+round)%users) // a new string every time
		counts[user]++
		score := i % 1000
		ev := &Event{User: user, Score: &score}
		for t := 0; t < 3; t++ {
			name := "tag-" + strconv.Itoa(t)
			weight := (i + t) % 5
			ev.Tags = append(ev.Tags, &Tag{Name: &name, Weight: &weight})
		}
		line := []byte(ev.User + ":" + strconv.Itoa(*ev.Score)) // encode: string, then []byte
		for _, c := range line {
			sum += uint64(c)
		}
		events = append(events, ev)
	}
	for _, ev := range events {
		s := *ev.Score
		for _, t := range ev.Tags {
			s += *t.Weight * len(*t.Name)
		}
		sum += uint64(s * counts[ev.User])
	}
	return sum
}

func main() {
	rounds := flag.Int("rounds", 10, "rounds")
	events := flag.Int("events", 100000, "events per round")
	users := flag.Int("users", 1000, "distinct users")
	flag.Parse()

	runtime.GC()
	checkpoint("start")
	var sum uint64
	for r := 1; r <= *rounds; r++ {
		sum += process(r, *events, *users)
		if r == *rounds/2 {
			checkpoint("half", fmt.Sprintf("checksum=%d", sum))
		}
	}
	checkpoint("end", fmt.Sprintf("checksum=%d", sum))
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
