package main

import "fmt"

var keep []int

//go:noinline
func window(a []int) []int {
	return a[1:3]
}

//go:noinline
func arraySlice() int {
	var arr [8]int
	s := arr[2:5]
	s[0] = 1
	return len(s)
}

//go:noinline
func arrayEscapes() {
	var arr [8]int
	keep = arr[:]
}

//go:noinline
func copyInto(dst, src []int) int {
	return copy(dst, src)
}

//go:noinline
func literal() int {
	xs := []int{1, 2, 3}
	ys := [...]string{"a", "b"}
	return len(xs) + len(ys)
}

func main() {
	data := []int{1, 2, 3, 4}
	arrayEscapes()
	fmt.Println(len(window(data)), arraySlice(), copyInto(make([]int, 2), data), literal())
}
