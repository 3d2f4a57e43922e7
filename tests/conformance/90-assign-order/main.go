// Assignments evaluate the left side's operands, then the right side, then check and store:
// a nil pointer or a bad index on the left panics after the right side ran. Map keys that hold
// floats are replaced on assignment (needkeyupdate), so -0 replaces 0.
package main

import (
	"fmt"
	"math"
)

type P struct {
	X int
	Q *P
	S []int
}

func f(s string) int { fmt.Println("call", s); return 1 }

func try(name string, fn func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	fn()
}

type K struct{ f float64 }

func main() {
	try("nil field, parallel", func() {
		var p *P
		x := 0
		x, p.X = f("r1"), f("r2")
		_ = x
	})
	try("array field, parallel", func() {
		var a [2]P
		i, x := 3, 0
		a[i%4].X, x = f("r1"), f("r2")
		_ = x
	})
	try("nil field, comma-ok", func() {
		var p *P
		var ok bool
		p.X, ok = map[int]int{}[f("k")]
		_ = ok
	})
	try("nil field, single", func() {
		var p *P
		p.X = f("single")
	})
	try("nil field, op-assign", func() {
		var p *P
		p.X += f("op-assign")
	})
	p := &P{S: []int{1, 2, 3}}
	q := &P{X: 100}
	p.Q = q
	p.Q, p.Q.X = nil, 5
	fmt.Println(p.Q == nil, q.X)
	i := 0
	i, p.S[i] = 2, 99
	fmt.Println(i, p.S)
	p.S[0], p.S[2] = p.S[2], p.S[0]
	fmt.Println(p.S)

	m := map[K]int{}
	m[K{0}] = 1
	m[K{math.Copysign(0, -1)}] = 2
	for k, v := range m {
		fmt.Println(k, v)
	}
	a := map[[1]float64]int{}
	a[[1]float64{0}] = 1
	a[[1]float64{math.Copysign(0, -1)}] = 2
	fmt.Println(a)
}
