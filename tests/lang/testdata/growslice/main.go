//go:build ignore

// Generates append capacity sequences from the real Go toolchain: for each
// element size, the caps seen while appending one element at a time, and the
// caps after appending k elements at once to slices of various lengths.
// Regenerate with `npm run update:goldens` (never by hand).
package main

import "fmt"

func seq[T any](name string, size int) {
	var s []T
	last := -1
	var v T
	for i := 0; i < 20000; i++ {
		s = append(s, v)
		if cap(s) != last {
			fmt.Printf("S|%d|%d|%d\n", size, len(s), cap(s))
			last = cap(s)
		}
	}
	for _, start := range []int{0, 1, 5, 100, 255, 256, 257, 1000, 5000} {
		for _, k := range []int{1, 2, 7, 100, 300, 1000, 10000} {
			base := make([]T, start)
			t := append(base, make([]T, k)...)
			fmt.Printf("K|%d|%d|%d|%d\n", size, start, k, cap(t))
		}
	}
}

func main() {
	seq[byte]("byte", 1)
	seq[int16]("int16", 2)
	seq[[3]byte]("[3]byte", 3)
	seq[int32]("int32", 4)
	seq[[5]byte]("[5]byte", 5)
	seq[int64]("int64", 8)
	seq[[3]int32]("[3]int32", 12)
	seq[string]("string", 16)
	seq[[]int]("[]int", 24)
	seq[[5]int64]("[5]int64", 40)
	seq[[6]int64]("[6]int64", 48)
	seq[[100]byte]("[100]byte", 100)
	seq[[1024]byte]("[1024]byte", 1024)
	seq[[5000]byte]("[5000]byte", 5000)
}
