package main

import "fmt"

type Item struct{ id int }

var registry []*Item

//go:noinline
func collect(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i*i)
	}
	return out
}

//go:noinline
func register(id int) {
	it := &Item{id: id}
	registry = append(registry, it)
}

//go:noinline
func local(n int) int {
	buf := make([]*Item, 0, 4)
	for i := 0; i < n; i++ {
		buf = append(buf, &Item{id: i})
	}
	return len(buf)
}

//go:noinline
func concat(a, b []int) []int {
	return append(a, b...)
}

func main() {
	register(1)
	fmt.Println(len(collect(4)), local(3), len(concat([]int{1}, []int{2, 3})))
}
