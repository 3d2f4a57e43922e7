package main

import "fmt"

type Vec struct{ X, Y float64 }

// Small enough to inline: the allocation stays on the caller's stack.
func NewVec(x, y float64) *Vec {
	return &Vec{X: x, Y: y}
}

func (v *Vec) Scale(k float64) *Vec {
	v.X *= k
	v.Y *= k
	return v
}

//go:noinline
func NewVecNoInline(x, y float64) *Vec {
	return &Vec{X: x, Y: y}
}

// Too expensive to inline: it calls a non-inlinable function twice.
func expensive(x float64) *Vec {
	v := &Vec{X: x}
	if x > 1 {
		fmt.Println("big", x)
		fmt.Println("very big", x*2)
	}
	return v
}

func main() {
	a := NewVec(1, 2).Scale(2)
	b := NewVecNoInline(3, 4)
	c := expensive(2)
	fmt.Println(a.X, b.Y, c.X)
}
