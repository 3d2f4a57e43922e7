package main

import (
	"fmt"
	"strconv"
)

var saved string

//go:noinline
func greet(name string) string {
	return "hello, " + name + "!"
}

//go:noinline
func local(a, b string) int {
	s := a + b
	return len(s)
}

//go:noinline
func bytesRoundTrip(s string) int {
	b := []byte(s)
	b[0] = 'X'
	t := string(b)
	return len(t)
}

//go:noinline
func keepBytes(s string) []byte {
	return []byte(s)
}

//go:noinline
func runes(s string) int {
	r := []rune(s)
	return len(r) + len(string(r[0]))
}

//go:noinline
func build(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += strconv.Itoa(i)
	}
	return s
}

func main() {
	saved = greet("gopher")
	fmt.Println(local("a", "b"), bytesRoundTrip("abc"), len(keepBytes("xy")), runes("héllo"), build(3))
	fmt.Println(saved + "?")
}
