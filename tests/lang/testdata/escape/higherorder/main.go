package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r *Rect) Area() float64 { return r.W * r.H }

// Small helpers are inlined, so the closure and the interface value they
// receive are known at the call: the closure is inlined too and the
// interface call is devirtualized (nothing escapes).
func apply(f func(int) int, v int) int { return f(v) }

func area(s Shape) float64 { return s.Area() }

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	k := 3
	n := apply(func(v int) int { return v * k }, 4)
	r := &Rect{W: 2, H: 3}
	a := area(r)
	sum := 0
	each([]int{1, 2, 3}, func(x int) { sum += x })
	fmt.Println(n, a, sum)
}
