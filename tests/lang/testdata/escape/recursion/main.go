package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func sum(t *Tree) int {
	if t == nil {
		return 0
	}
	return t.Val + sum(t.Left) + sum(t.Right)
}

func isEven(n int, path *[]int) bool {
	if n == 0 {
		return true
	}
	*path = append(*path, n)
	return isOdd(n-1, path)
}

func isOdd(n int, path *[]int) bool {
	if n == 0 {
		return false
	}
	return isEven(n-1, path)
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8} {
		root = insert(root, v)
	}
	var path []int
	fmt.Println(sum(root), isEven(4, &path), len(path))
}
