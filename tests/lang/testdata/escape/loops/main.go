package main

import "fmt"

type Node struct {
	v    int
	next *Node
}

//go:noinline
func build(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{v: i, next: head}
	}
	return head
}

//go:noinline
func last(n int) int {
	var keep *Node
	for i := 0; i < n; i++ {
		tmp := &Node{v: i}
		keep = tmp
	}
	return keep.v
}

//go:noinline
func perIteration(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		tmp := &Node{v: i}
		s += tmp.v
	}
	return s
}

func main() {
	fmt.Println(build(3).v, last(3), perIteration(3))
}
