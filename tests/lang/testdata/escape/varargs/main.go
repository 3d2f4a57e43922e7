package main

import "fmt"

//go:noinline
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var kept []*int

//go:noinline
func keepAll(ps ...*int) {
	kept = append(kept, ps...)
}

var keptInts []int

//go:noinline
func stash(xs ...int) { keptInts = xs }

func log(format string, args ...any) {
	fmt.Printf(format, args...)
}

func main() {
	a, b := 1, 2
	keepAll(&a, &b)
	stash(7, 8)
	nums := []int{4, 5}
	fmt.Println(sum(1, 2, 3), sum(nums...), sum())
	log("%d %d\n", a, b)
}
