// Functions: multiple results, named results with bare return, results
// ignored with _, recursion, functions as values, and := redeclaration
// where at least one new variable appears on the left.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func minmax(xs ...int) (lo, hi int) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func parse(s string) (n int, err error) {
	for _, r := range s {
		if r < '0' || r > '9' {
			err = errors.New("bad digit " + string(r))
			return 0, err
		}
		n = n*10 + int(r-'0')
	}
	return
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func swap(a, b string) (string, string) { return b, a }

func pair() (int, string, bool) { return 1, "one", true }

func apply(fs []func(int) int, v int) int {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	q, r2 := divmod(-17, 5)
	fmt.Println(q, r2)
	fmt.Println(minmax(3, 9, -2, 7))
	fmt.Println(minmax())
	n, err := parse("1234")
	fmt.Println(n, err)
	n, err = parse("12x4")
	fmt.Println(n, err)
	m, err := parse("99")
	fmt.Println(m, err == nil)
	for i := 0; i <= 10; i++ {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	a, b := swap("x", "y")
	fmt.Println(a, b)
	a, b = b, a
	fmt.Println(a, b)
	_, word, _ := pair()
	fmt.Println(word)
	i, w, ok := pair()
	fmt.Println(i, w, ok)
	fmt.Println(apply([]func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 10 },
		fib,
	}, 0))
	var f func(int, int) (int, int) = divmod
	fmt.Println(f(100, 7))
	fmt.Println(f == nil)
	x := 1
	{
		x, y := 2, 3
		fmt.Println(x, y)
	}
	fmt.Println(x)
}
