// Title: lru-shrink — why RSS stays high after a cache shrinks
//
// Demonstrates: the article's experiment. An LRU cache (map + container/list + sync.Mutex) with a
// byte budget takes -entries values of -value bytes under a -max budget. The budget is then cut to
// 1 byte, which evicts everything, and -late more entries are offered (each is larger than the
// budget, so none is kept). Finally the program either calls debug.FreeOSMemory (-after-shrink=free),
// runs one runtime.GC and waits -wait for the background scavenger (-after-shrink=gc), or does
// nothing and waits (-after-shrink=none).
//
// Flags (defaults are the article's scale):
//   -entries 10000000   values added
//   -max     1073741824 cache budget in bytes
//   -value   1024       value size in bytes
//   -late    1000       entries offered after the shrink
//   -touch   true       fill each value so its pages are really written
//   -after-shrink free  free | gc | none
//   -wait    0s         time to wait after the shrink step (sampled every -every)
//   -every   1s         sampling period while waiting
//
// Runtime knobs that matter: GODEBUG=madvdontneed=0 (MADV_FREE keeps RSS until memory pressure),
// GOGC (the heap goal during the fill), GODEBUG=gctrace=1.
//
// Observe: after "after decreased" HeapInuse has not dropped (nothing ran a GC yet); after
// "after gc" HeapIdle ≈ HeapReleased ≈ 2.4 GiB and RSS falls to ~230 MB with MADV_DONTNEED but
// stays at ~2.7 GB with MADV_FREE. About 77 MB stays in use: the emptied map, which never shrinks.
package main

import (
	"container/list"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
)

type entry struct {
	key   string
	value []byte
}

// Cache is an LRU cache with a byte budget: each entry costs len(key)+len(value).
type Cache struct {
	mu      sync.Mutex
	max     int
	current int
	ll      *list.List
	items   map[string]*list.Element
}

func NewCache(max int) *Cache {
	return &Cache{max: max, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *Cache) Add(key string, value []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	size := len(key) + len(value)
	if size > c.max {
		return
	}
	if e, ok := c.items[key]; ok {
		c.ll.MoveToFront(e)
		old := e.Value.(*entry)
		c.current += len(value) - len(old.value)
		old.value = value
	} else {
		c.items[key] = c.ll.PushFront(&entry{key, value})
		c.current += size
	}
	for c.current > c.max {
		c.removeOldest()
	}
}

func (c *Cache) removeOldest() {
	e := c.ll.Back()
	if e == nil {
		return
	}
	c.ll.Remove(e)
	ent := e.Value.(*entry)
	delete(c.items, ent.key)
	c.current -= len(ent.key) + len(ent.value)
}

// SetMaxMemory changes the budget and evicts until the cache fits.
func (c *Cache) SetMaxMemory(max int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.max = max
	for c.current > c.max {
		c.removeOldest()
	}
}

func (c *Cache) Current() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.current
}

// human prints a byte count cut down to whole B/KB/MB/GB (1 KB = 1024 B), as the article does.
func human(n uint64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%d GB", n>>30)
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}

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

var start = time.Now()

func step(name string, c *Cache) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	rss := procValue("/proc/self/status", "VmRSS")
	lazy := procValue("/proc/self/smaps_rollup", "LazyFree")
	fmt.Printf("%s: inuse %s, idle %s, released %s, heapsys %s, sys %s, current %s, rss %s\n",
		name, human(m.HeapInuse), human(m.HeapIdle), human(m.HeapReleased), human(m.HeapSys),
		human(m.Sys), human(uint64(c.Current())), human(rss))
	fmt.Printf("STEP,%s,%.3f,HeapAlloc=%d,HeapInuse=%d,HeapIdle=%d,HeapReleased=%d,HeapSys=%d,Sys=%d,NextGC=%d,NumGC=%d,HeapObjects=%d,GCSys=%d,VmRSS=%d,LazyFree=%d,current=%d\n",
		name, time.Since(start).Seconds(), m.HeapAlloc, m.HeapInuse, m.HeapIdle, m.HeapReleased,
		m.HeapSys, m.Sys, m.NextGC, m.NumGC, m.HeapObjects, m.GCSys, rss, lazy, c.Current())
}

func main() {
	entries := flag.Int("entries", 10000000, "values added")
	max := flag.Int("max", 1<<30, "cache budget in bytes")
	valueSize := flag.Int("value", 1024, "value size in bytes")
	late := flag.Int("late", 1000, "entries offered after the shrink")
	touch := flag.Bool("touch", true, "fill each value so its pages are written")
	afterShrink := flag.String("after-shrink", "free", "free | gc | none")
	wait := flag.Duration("wait", 0, "time to wait after the shrink step")
	every := flag.Duration("every", time.Second, "sampling period while waiting")
	flag.Parse()

	c := NewCache(*max)
	step("before", c)
	for i := 0; i < *entries; i++ {
		v := make([]byte, *valueSize)
		if *touch {
			for j := 0; j < len(v); j += 512 {
				v[j] = byte(i)
			}
		}
		c.Add(fmt.Sprintf("key-%d", i), v)
	}
	step("added", c)
	c.SetMaxMemory(1)
	for i := 0; i < *late; i++ {
		c.Add(fmt.Sprintf("late-%d", i), make([]byte, *valueSize))
	}
	step("after decreased", c)
	switch *afterShrink {
	case "free":
		debug.FreeOSMemory()
		step("after gc", c)
	case "gc":
		runtime.GC()
		step("after gc", c)
	}
	for t := time.Duration(0); t < *wait; t += *every {
		time.Sleep(*every)
		step(fmt.Sprintf("wait %v", t+*every), c)
	}
	runtime.KeepAlive(c)
}
