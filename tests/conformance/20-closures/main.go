// Function types and closures: counter generators with independent state,
// closures sharing one captured variable, closures capturing parameters,
// recursive closures, functions returning functions, and func-typed fields.
package main

import (
	"fmt"
	"strings"
)

type Op func(int, int) int

type Calc struct {
	ops map[string]Op
}

func counter(start int) (func() int, func()) {
	n := start
	return func() int { n++; return n }, func() { n = start }
}

func adder(k int) func(int) int { return func(x int) int { return x + k } }

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	next1, reset1 := counter(0)
	next2, _ := counter(100)
	fmt.Println(next1(), next1(), next1(), next2(), next2())
	reset1()
	fmt.Println(next1(), next2())
	shared := 0
	incr := func() { shared++ }
	get := func() int { return shared }
	incr()
	incr()
	shared += 10
	fmt.Println(get(), shared)
	add5 := adder(5)
	fmt.Println(add5(1), adder(-1)(1), compose(add5, adder(10), func(x int) int { return x * 2 })(0))
	var fib func(int) int
	calls := 0
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)
	c := Calc{ops: map[string]Op{
		"+": func(a, b int) int { return a + b },
		"*": func(a, b int) int { return a * b },
		"-": func(a, b int) int { return a - b },
	}}
	for _, k := range []string{"+", "*", "-"} {
		fmt.Print(c.ops[k](7, 3), " ")
	}
	fmt.Println()
	var nilFn func()
	fmt.Println(nilFn == nil, add5 != nil)
	var sb strings.Builder
	emit := func(format string, args ...any) { sb.WriteString(fmt.Sprintf(format, args...)) }
	for i := 0; i < 3; i++ {
		emit("[%d]", i)
	}
	fmt.Println(sb.String())
	gen := func() func() string {
		words := []string{"a", "b", "c"}
		i := -1
		return func() string {
			i = (i + 1) % len(words)
			return words[i]
		}
	}()
	fmt.Println(gen(), gen(), gen(), gen(), gen())
	func(msg string) { fmt.Println("iife", msg) }("now")
	x := 1
	setX := func(v int) { x = v }
	setX(42)
	fmt.Println(x)
}
