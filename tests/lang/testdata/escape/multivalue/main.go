package main

import (
	"fmt"
	"strconv"
)

type Pair struct{ a, b int }

func (p *Pair) Sum() int { return p.a + p.b }

//go:noinline
func divmod(a, b int) (int, int) { return a / b, a % b }

//go:noinline
func parse(s string) (int, error) { return strconv.Atoi(s) }

//go:noinline
func newPair(a, b int) *Pair { return &Pair{a, b} }

const debug = false

func main() {
	fmt.Println(divmod(17, 5))
	var x, y any = divmod(9, 2)
	fmt.Println(x, y)
	n, err := parse("42")
	if debug {
		fmt.Println("parsed", n, err)
	}
	switch debug {
	case true:
		fmt.Println("debug on")
	default:
		fmt.Println(n)
	}
	fmt.Println(newPair(1, 2).Sum())
}
