package main

import "fmt"

var hook func() int

//go:noinline
func byValue() int {
	x := 10
	f := func() int { return x * 2 }
	return f()
}

//go:noinline
func byReference() int {
	x := 10
	inc := func() { x++ }
	inc()
	inc()
	return x
}

//go:noinline
func escapingByValue() {
	y := 7
	hook = func() int { return y }
}

//go:noinline
func escapingByReference() {
	z := 7
	hook = func() int {
		z++
		return z
	}
}

//go:noinline
func bigCapture() {
	var table [64]int
	table[3] = 9
	hook = func() int { return table[3] }
}

//go:noinline
func apply(f func(int) int, v int) int {
	return f(v)
}

func main() {
	fmt.Println(byValue(), byReference())
	escapingByValue()
	escapingByReference()
	bigCapture()
	k := 3
	fmt.Println(apply(func(v int) int { return v + k }, 4), hook())
}
