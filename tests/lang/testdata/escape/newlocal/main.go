package main

import "fmt"

type Point struct{ X, Y int }

func newPoint(x, y int) *Point {
	return &Point{X: x, Y: y}
}

//go:noinline
func newPointNoInline(x, y int) *Point {
	p := new(Point)
	p.X, p.Y = x, y
	return p
}

//go:noinline
func sumLocal() int {
	p := &Point{X: 1, Y: 2}
	q := new(Point)
	q.X = p.X + p.Y
	return q.X
}

//go:noinline
func addr() *int {
	v := 42
	return &v
}

func main() {
	a := newPoint(1, 2)
	b := newPointNoInline(3, 4)
	c := sumLocal()
	d := addr()
	fmt.Println(a.X+b.Y, c, *d)
}
