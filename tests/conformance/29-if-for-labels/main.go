// Control flow: if/else chains with init statements and scoping, every for
// form (3-clause, condition-only, infinite with break, range over int
// slices, arrays, strings, maps in sorted order and channels), labelled
// break and continue across nested loops, and goto-free early exits.
package main

import (
	"fmt"
	"sort"
)

func sign(x int) string {
	if x < 0 {
		return "neg"
	} else if x == 0 {
		return "zero"
	} else {
		return "pos"
	}
}

func main() {
	for _, v := range []int{-5, 0, 5} {
		fmt.Print(sign(v), " ")
	}
	fmt.Println()
	if n := len("hello"); n > 3 {
		fmt.Println("long", n)
	} else {
		fmt.Println("short", n)
	}
	if x, y := 3, 4; x*y > 20 {
		fmt.Println("big")
	} else if z := x + y; z > 5 {
		fmt.Println("sum", z, x, y)
	}
	for i := 0; i < 10; i += 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k%2 == 0 {
			continue
		}
		if k > 7 {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	for i := range [3]int{} {
		fmt.Print(i)
	}
	fmt.Println()
	for i, c := range "aé😀" {
		fmt.Print(i, "=", string(c), " ")
	}
	fmt.Println()
	ages := map[string]int{"zed": 40, "amy": 30, "bob": 35}
	names := make([]string, 0, len(ages))
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Print(name, ages[name], " ")
	}
	fmt.Println()
	ch := make(chan int, 4)
	for i := 0; i < 4; i++ {
		ch <- i * 11
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	for i := range s {
		s = append(s, i)
	}
	fmt.Println(s)
}
