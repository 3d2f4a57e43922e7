// Arrays are values: assignment and passing copy, == compares elementwise,
// [...] length inference, keyed elements with indices, multi-dimensional
// arrays, arrays of structs, and pointers to arrays.
package main

import "fmt"

type Point struct{ X, Y int }

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func zero(a *[4]int) {
	for i := range a {
		a[i] = 0
	}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b)
	b[0] = 1
	fmt.Println(a == b, a != b)
	d := double(a)
	fmt.Println(a, d)
	zero(&d)
	fmt.Println(d, len(d), cap(d))
	keyed := [...]string{2: "two", 5: "five", 0: "zero"}
	fmt.Println(len(keyed), keyed)
	fmt.Printf("%q\n", keyed)
	mixed := [10]int{1, 2, 5: 50, 51, 9: 90}
	fmt.Println(mixed)
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid, len(grid), len(grid[0]))
	row := grid[1]
	row[0] = -1
	fmt.Println(grid[1], row)
	pts := [2]Point{{1, 2}, {3, 4}}
	pts2 := pts
	pts2[1].X = 30
	fmt.Println(pts, pts2, pts == pts2)
	p := &pts
	p[0].Y = 20
	fmt.Println(pts, len(p))
	for i, v := range p {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	arr := [3]int{7, 8, 9}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(arr)
	s := arr[:]
	s[0] = 70
	fmt.Println(arr, s)
	m := map[[2]int]string{{1, 2}: "a", {2, 1}: "b"}
	fmt.Println(m[[2]int{1, 2}], m[[2]int{2, 1}], len(m))
	var empty [0]int
	fmt.Println(empty, len(empty))
	bs := [5]byte{'h', 'e', 'l', 'l', 'o'}
	fmt.Println(string(bs[:]), bs)
	var bools [3]bool
	bools[1] = true
	fmt.Println(bools, [2]float64{1.5}, [2]string{"x"})
	fmt.Printf("%v %d %T\n", [3]uint8{1, 2, 3}, [2]int{4, 5}, grid)
}
