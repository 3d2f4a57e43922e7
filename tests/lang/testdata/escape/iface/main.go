package main

import "fmt"

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

var sink any

//go:noinline
func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

//go:noinline
func describe(v any) string {
	return fmt.Sprint(v)
}

func main() {
	var s Shape = Rect{W: 2, H: 3}
	a := s.Area()
	shapes := []Shape{Rect{W: 1, H: 1}, &Circle{R: 2}}
	n := 5
	sink = n
	sink = any(n + 1)
	var e interface{} = Rect{}
	fmt.Println(a, total(shapes), describe(3.5), e != nil)
}
