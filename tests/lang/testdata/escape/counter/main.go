package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

//go:noinline
func makeAdder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func main() {
	next := counter()
	next()
	add := makeAdder(10)
	res := func(v int) int {
		return v * 2
	}(add(1))
	fmt.Println(next(), res)
}
