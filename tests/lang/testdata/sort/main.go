//go:build ignore

// Generates sort.Slice / sort.Ints outputs from the real Go toolchain. Inputs
// come from a 64-bit LCG the TypeScript test reproduces; elements are (key,
// id) pairs with many equal keys, so the printed id order shows exactly how
// Go's pdqsort arranges ties. Lines: "case|n|pattern|fnv64a(ids)".
// Regenerate with `npm run update:goldens`.
package main

import (
	"fmt"
	"hash/fnv"
	"sort"
)

type el struct{ key, id int }

func gen(n, pattern int, seed uint64) []el {
	x := seed
	next := func() uint64 { x = x*6364136223846793005 + 1442695040888963407; return x >> 33 }
	s := make([]el, n)
	for i := range s {
		var k int
		switch pattern {
		case 0: // random, many ties
			k = int(next() % uint64(n/4+1))
		case 1: // ascending
			k = i
		case 2: // descending
			k = n - i
		case 3: // all equal
			k = 7
		case 4: // few distinct
			k = int(next() % 3)
		case 5: // sawtooth
			k = i % 17
		case 6: // ascending with a few swaps
			k = i
			if next()%50 == 0 {
				k = int(next() % uint64(n+1))
			}
		default: // random wide
			k = int(next() % 1000000)
		}
		s[i] = el{k, i}
	}
	return s
}

func hash(s []el) uint64 {
	h := fnv.New64a()
	for _, e := range s {
		fmt.Fprintf(h, "%d,", e.id)
	}
	return h.Sum64()
}

func main() {
	for _, n := range []int{0, 1, 2, 5, 12, 13, 20, 49, 50, 51, 100, 257, 1000, 3000} {
		for p := 0; p < 8; p++ {
			s := gen(n, p, uint64(n*31+p))
			sort.Slice(s, func(i, j int) bool { return s[i].key < s[j].key })
			fmt.Printf("slice|%d|%d|%d\n", n, p, hash(s))
			t := gen(n, p, uint64(n*31+p))
			sort.SliceStable(t, func(i, j int) bool { return t[i].key < t[j].key })
			fmt.Printf("stable|%d|%d|%d\n", n, p, hash(t))
		}
	}
}
