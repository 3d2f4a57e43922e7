//go:build ignore

// Generates bytes.Buffer growth and time.Duration strings from the real Go
// toolchain. Buffer lines: "B|case|step|len|cap|mallocs|bytes" after each
// write; Duration lines: "D|nanoseconds|String()". Regenerate with
// `npm run update:goldens`.
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"time"
)

var ms runtime.MemStats

func stats() (uint64, uint64) {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs, ms.TotalAlloc
}

func main() {
	debug.SetGCPercent(-1)
	cases := []struct {
		name   string
		grow   int
		writes []string
	}{
		{"small", 0, []string{"hello", " ", "world"}},
		{"growing", 0, []string{strings.Repeat("a", 10), strings.Repeat("b", 60), strings.Repeat("c", 100), strings.Repeat("d", 500), strings.Repeat("e", 3000)}},
		{"big-first", 0, []string{strings.Repeat("x", 100), "y"}},
		{"grow-first", 1000, []string{strings.Repeat("z", 900), strings.Repeat("z", 200)}},
		{"bytes", 0, []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q"}},
	}
	type rec struct {
		len, cap       int
		mallocs, bytes uint64
	}
	for _, c := range cases {
		recs := make([]rec, len(c.writes)+1) // allocated before measuring; no allocation between samples
		var b bytes.Buffer
		m0, t0 := stats()
		if c.grow > 0 {
			b.Grow(c.grow)
		}
		for i, w := range c.writes {
			if len(w) == 1 {
				b.WriteByte(w[0])
			} else {
				b.WriteString(w)
			}
			m, t := stats()
			recs[i] = rec{b.Len(), b.Cap(), m - m0, t - t0}
		}
		m1, t1 := stats()
		s := b.String()
		m2, t2 := stats()
		recs[len(c.writes)] = rec{len(s), 0, m2 - m1, t2 - t1}
		for i, r := range recs[:len(c.writes)] {
			fmt.Printf("B|%s|%d|%d|%d|%d|%d\n", c.name, i, r.len, r.cap, r.mallocs, r.bytes)
		}
		r := recs[len(c.writes)]
		fmt.Printf("S|%s|%d|%d|%d\n", c.name, r.len, r.mallocs, r.bytes)
	}
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500, time.Microsecond * 999, time.Millisecond, 1500 * time.Millisecond,
		time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond, -time.Second,
		-1, 1<<63 - 1, -1 << 63, 100 * time.Hour, 2*time.Minute + 500*time.Microsecond} {
		fmt.Printf("D|%d|%s\n", int64(d), d.String())
	}
}
