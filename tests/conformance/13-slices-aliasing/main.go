// Slices share backing arrays: writes through one slice are visible in
// another until append reallocates; 2-index and 3-index slicing, len/cap
// of each, copy with overlap and from a string, nil vs empty slices.
package main

import "fmt"

func show(name string, s []int) { fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s) }

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	a := base[2:5]
	show("a", a)
	a[0] = 20
	show("base", base)
	b := a[1:6]
	show("b", b)
	c := base[2:4:6]
	show("c", c)
	c = append(c, 40)
	show("c+", c)
	show("base", base)
	c = append(c, 50, 60)
	c[0] = -2
	show("c++", c)
	show("base", base)
	d := base[:0]
	show("d", d)
	e := base[8:]
	show("e", e)
	e = append(e, 10)
	e[0] = 88
	show("e+", e)
	show("base", base)
	f := base[3:3:3]
	show("f", f)
	f = append(f, 333)
	show("f+", f)
	show("base", base)
	n := copy(base, base[2:])
	fmt.Println("copied", n)
	show("base", base)
	n = copy(base[3:], base)
	fmt.Println("copied", n)
	show("base", base)
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs))
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty))
	nilS = append(nilS, 1)
	fmt.Println(nilS, nilS[0:0] == nil)
	fmt.Println(base[len(base):], base[:len(base):len(base)][9])
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i + j
		}
	}
	fmt.Println(grid)
	row := grid[2]
	row[0] = 99
	fmt.Println(grid)
	s := []string{"a", "b", "c", "d"}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl = append(sl, 30)
	fmt.Println(arr, sl)
	pa := &arr
	fmt.Println(pa[1:4], len(pa[:2]), cap(pa[2:]))
	str := "hello world"
	fmt.Println(str[6:], str[:5], str[3:8])
}
