// Title: conn-buffers — idle keep-alive connections pin their bufio buffers
//
// Demonstrates: the article's server whose heap profile (pprof top) is led by net/http's
// newBufioReader and newBufioWriterSize. Connections arrive over time (in bursts of 100); each is served by its own
// goroutine, which wraps the connection in a bufio.NewReaderSize(conn, -buf) and a
// bufio.NewWriterSize(conn, -buf), answers a request, and then waits in ReadString for the next
// request on the keep-alive connection. Fast clients hang up, so their handler returns and its
// buffers become garbage; slow clients (a -slow fraction) keep the connection open and silent
// forever, so each keeps a blocked goroutine, its stack and two -buf byte buffers alive. The
// connection is in memory: memConn implements io.Reader and io.Writer over a channel.
//
// Flags (defaults are a classroom scale):
//   -conns   10000  connections accepted
//   -slow    0.1    fraction of clients that never hang up
//   -buf     4096   bufio reader and writer size in bytes
//   -every   2000   connections between checkpoints
//   -pause   1ms    pause after every 100 connections (0: as fast as possible)
//
// Runtime knobs that matter: none for the leak itself (before each checkpoint the program waits
// for the fast handlers to finish and runs runtime.GC() twice); GOGC sets how much garbage from
// the fast connections piles up between GCs.
//
// Observe: NumGoroutine grows by the number of slow clients (open=200 more every 2000 connections
// by default) and HeapInuse by ~8.5 KiB per open connection (the two 4 KiB buffers, the bufio
// structs, the connection and the goroutine's g); StackInuse grows with them. A heap profile of the
// last checkpoint (heaplab's workbench) is led by bufio.NewReaderSize and bufio.NewWriterSize.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// memConn is an in-memory connection: requests arrive on in, responses are counted.
type memConn struct {
	in      chan []byte // closed when the client hangs up
	pending []byte
	written int
}

func (c *memConn) Read(p []byte) (int, error) {
	for len(c.pending) == 0 {
		data, ok := <-c.in // an idle connection waits here
		if !ok {
			return 0, io.EOF
		}
		c.pending = data
	}
	n := copy(p, c.pending)
	c.pending = c.pending[n:]
	return n, nil
}

func (c *memConn) Write(p []byte) (int, error) {
	c.written += len(p)
	return len(p), nil
}

var active, served atomic.Int64

// serve handles one connection: one request per line, until the client hangs up.
func serve(c *memConn, size int) {
	active.Add(1)
	defer active.Add(-1)
	r := bufio.NewReaderSize(c, size)
	w := bufio.NewWriterSize(c, size)
	for {
		line, err := r.ReadString('\n') // slow clients: blocked here forever, r and w stay alive
		if err != nil {
			return
		}
		w.WriteString("200 OK " + line)
		w.Flush()
		served.Add(1)
	}
}

func main() {
	conns := flag.Int("conns", 10000, "connections accepted")
	slowFrac := flag.Float64("slow", 0.1, "fraction of clients that never hang up")
	size := flag.Int("buf", 4096, "bufio reader and writer size in bytes")
	every := flag.Int("every", 2000, "connections between checkpoints")
	pause := flag.Duration("pause", time.Millisecond, "pause after every 100 connections")
	flag.Parse()

	slow := 0
	checkpoint("conns-0", "open=0", "served=0")
	for i := 1; i <= *conns; i++ {
		c := &memConn{in: make(chan []byte, 1)}
		go serve(c, *size)
		c.in <- []byte(fmt.Sprintf("GET /item/%d\n", i))
		if float64(i%100) < *slowFrac*100 {
			slow++ // a slow client: it never sends again and never hangs up
		} else {
			close(c.in) // a fast client hangs up after its request
		}
		if *pause > 0 && i%100 == 0 {
			time.Sleep(*pause) // the next burst of clients arrives a little later
		}
		if i%*every == 0 {
			for active.Load() > int64(slow) || served.Load() < int64(i) {
				time.Sleep(time.Millisecond) // let the fast handlers finish
			}
			runtime.GC()
			runtime.GC()
			checkpoint(fmt.Sprintf("conns-%d", i), fmt.Sprintf("open=%d", active.Load()),
				fmt.Sprintf("served=%d", served.Load()))
		}
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
