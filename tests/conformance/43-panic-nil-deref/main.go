// Dereferencing a nil pointer (here through a field access in a method
// with a pointer receiver) panics with the runtime's SIGSEGV message.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Next.Sum()
}

func (n *Node) Third() int {
	return n.Next.Next.Val
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println("sum", list.Sum())
	fmt.Println("third", list.Third())
	short := &Node{1, nil}
	fmt.Println("sum", short.Sum())
	var nilNode *Node
	fmt.Println("nil sum", nilNode.Sum())
	fmt.Println("third of short list:")
	fmt.Println(short.Third())
}
