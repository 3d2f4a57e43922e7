// Composite literals: keyed and positional struct literals, arrays with
// index keys and [...] lengths, slices with gaps, maps of structs, elided
// element types in nested literals (including &T elision for pointers),
// and literals taken by address.
package main

import "fmt"

type Point struct{ X, Y int }
type Line struct {
	From, To Point
	Label    string
}

const (
	Red = iota
	Green
	Blue
)

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	r := &Point{X: 7}
	fmt.Println(p, q, *r)
	l := Line{From: Point{0, 0}, To: Point{3, 4}, Label: "diag"}
	fmt.Printf("%+v\n", l)
	names := [...]string{Red: "red", Blue: "blue", Green: "green"}
	fmt.Println(len(names), names)
	sparse := []int{3: 30, 1: 10, 7: 70}
	fmt.Println(len(sparse), cap(sparse), sparse)
	pts := []Point{{1, 1}, {X: 2}, {Y: 3}}
	fmt.Println(pts)
	pptrs := []*Point{{4, 4}, {X: 5}}
	fmt.Println(*pptrs[0], *pptrs[1], len(pptrs))
	grid := [][]int{{1, 2}, {3}, {}, nil}
	fmt.Println(grid, len(grid[2]), grid[3] == nil)
	matrix := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(matrix)
	byName := map[string]Point{"a": {1, 2}, "b": {Y: 9}}
	fmt.Println(byName)
	byPoint := map[Point]string{{0, 0}: "origin", {1, 0}: "east"}
	fmt.Println(byPoint)
	lines := map[string][]Line{
		"one": {{From: Point{1, 1}, Label: "x"}},
		"two": {{}, {To: Point{2, 2}}},
	}
	fmt.Println(len(lines["one"]), len(lines["two"]), lines["two"][1].To)
	ptrMap := map[string]*Point{"p": {8, 9}}
	fmt.Println(*ptrMap["p"])
	nested := map[string]map[string][]int{"x": {"y": {1, 2, 3}}}
	fmt.Println(nested)
	arrOfMaps := [2]map[int]string{{1: "one"}, {2: "two"}}
	fmt.Println(arrOfMaps)
	anon := []struct {
		K string
		V []int
	}{{"a", []int{1}}, {K: "b"}}
	fmt.Printf("%+v\n", anon)
	ip := &[]int{1, 2, 3}
	(*ip)[0] = 100
	fmt.Println(*ip)
	ap := &[3]string{"x", "y"}
	ap[2] = "z"
	fmt.Println(*ap, len(ap))
	funcs := map[string]func(int) int{"sq": func(x int) int { return x * x }}
	fmt.Println(funcs["sq"](9))
	bytes := []byte{'a', 98, 0x63}
	fmt.Println(string(bytes), bytes)
	type Tree struct {
		V    int
		Kids []*Tree
	}
	t := &Tree{1, []*Tree{{2, nil}, {3, []*Tree{{4, nil}}}}}
	fmt.Println(t.V, t.Kids[0].V, t.Kids[1].V, t.Kids[1].Kids[0].V)
	empty := Point{}
	fmt.Println(empty == Point{}, []int{} != nil, map[int]int{} != nil)
	idx := [5]float64{4: 1.5, 2: -0.5}
	fmt.Println(idx)
}
