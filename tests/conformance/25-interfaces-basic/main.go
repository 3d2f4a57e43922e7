// Interfaces: implicit satisfaction, method sets (pointer receivers only
// via pointers), any holding every kind, type assertions with and without
// ok, interface values holding pointers that share state, and nil values.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ side float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c Circle) Area() float64       { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64  { return 2 * math.Pi * c.R }
func (s *Square) Area() float64      { return s.side * s.side }
func (s *Square) Perimeter() float64 { return 4 * s.side }
func (s *Square) Grow()              { s.side++ }

type Grower interface{ Grow() }

func total(shapes ...Shape) (a float64) {
	for _, s := range shapes {
		a += s.Area()
	}
	return
}

func main() {
	sq := &Square{2}
	shapes := []Shape{Rect{3, 4}, Circle{1}, sq}
	for _, s := range shapes {
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("%.4f\n", total(shapes...))
	var g Grower = sq
	g.Grow()
	fmt.Println(sq.side, shapes[2].Area())
	r, ok := shapes[0].(Rect)
	fmt.Println(r, ok, r.W)
	c, ok := shapes[0].(Circle)
	fmt.Println(c, ok)
	_, ok = shapes[2].(Grower)
	fmt.Println("square grows:", ok)
	_, ok = shapes[0].(Grower)
	fmt.Println("rect grows:", ok)
	p := shapes[2].(*Square)
	p.side = 10
	fmt.Println(shapes[2].Area())
	values := []any{42, "str", 3.5, true, nil, []int{1}, map[string]int{"a": 1}, Rect{1, 2}, &Rect{5, 6}, 'x', byte(7), struct{}{}}
	for _, v := range values {
		fmt.Printf("%v|%T  ", v, v)
	}
	fmt.Println()
	var x any = 10
	n, ok := x.(int)
	fmt.Println(n+1, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	x = "now a string"
	fmt.Println(x.(string) + "!")
	var e any
	fmt.Println(e == nil, e)
	var sh Shape
	fmt.Println(sh == nil)
	_, ok = e.(int)
	fmt.Println(ok)
	var rp *Rect
	sh = rp
	fmt.Println(sh == nil, sh != nil, rp == nil)
	var st fmt.Stringer
	_, ok = x.(fmt.Stringer)
	fmt.Println(st == nil, ok)
	var anyShape any = Circle{2}
	if sh2, ok := anyShape.(Shape); ok {
		fmt.Printf("%.2f\n", sh2.Area())
	}
}
