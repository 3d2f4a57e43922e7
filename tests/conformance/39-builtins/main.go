// Builtins: len and cap of strings, arrays, pointers to arrays, slices,
// maps and channels; make with length and capacity; new; copy with
// overlapping ranges and from a string (returning the count); delete;
// append to nil; and len of constant expressions.
package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(len(s), cap(s), s)
	s2 := make([]string, 2)
	fmt.Printf("%d %d %q\n", len(s2), cap(s2), s2)
	m := make(map[string]int, 100)
	fmt.Println(len(m))
	m["a"] = 1
	fmt.Println(len(m))
	ch := make(chan float64, 7)
	ch <- 1
	fmt.Println(len(ch), cap(ch))
	arr := [6]int{1, 2, 3, 4, 5, 6}
	pa := &arr
	fmt.Println(len(arr), cap(arr), len(pa), cap(pa))
	fmt.Println(len("héllo"), len(""), len([]rune("héllo")))
	const cl = len("constant")
	var ca [cl]bool
	fmt.Println(cl, len(ca))
	ip := new(int)
	sp := new([]int)
	mp := new(map[string]int)
	stp := new(struct{ A, B int })
	fmt.Println(*ip, *sp == nil, *mp == nil, *stp, len(*sp))
	*sp = append(*sp, 1, 2)
	fmt.Println(*sp)
	buf := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n := copy(buf[2:], buf)
	fmt.Println(n, buf)
	buf = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(buf, buf[3:])
	fmt.Println(n, buf)
	dst := make([]byte, 3)
	n = copy(dst, "abcdef")
	fmt.Println(n, string(dst))
	n = copy(dst, "z")
	fmt.Println(n, string(dst))
	small := make([]int, 2)
	n = copy(small, []int{9, 8, 7})
	fmt.Println(n, small)
	n = copy(small, []int(nil))
	fmt.Println(n, small)
	var nilS []int
	fmt.Println(len(nilS), cap(nilS), copy(nilS, buf))
	nilS = append(nilS, 5)
	fmt.Println(nilS, len(nilS))
	del := map[int]string{1: "a", 2: "b", 3: "c"}
	delete(del, 2)
	delete(del, 99)
	fmt.Println(del, len(del))
	var nm map[int]string
	delete(nm, 1)
	fmt.Println(len(nm))
	z := make([]int, 0)
	fmt.Println(z == nil, len(z), cap(z))
	sizes := []int{0, 1, 5}
	for _, sz := range sizes {
		bs := make([]byte, sz, sz*2+1)
		fmt.Print(len(bs), "/", cap(bs), " ")
	}
	fmt.Println()
	grid := make([][]bool, 3)
	for i := range grid {
		grid[i] = make([]bool, i+2)
	}
	fmt.Println(len(grid), len(grid[2]), grid)
	unbuf := make(chan int)
	fmt.Println(len(unbuf), cap(unbuf))
	type big struct{ data [1024]byte }
	bp := new(big)
	bp.data[1023] = 7
	fmt.Println(len(bp.data), bp.data[1023], bp.data[0])
}
