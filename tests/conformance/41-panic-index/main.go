// An index out of range that is not recovered: output printed before the
// panic stays on stdout, deferred calls run (and print) while the panic
// unwinds, then the runtime prints the message to stderr and exits with 2.
package main

import "fmt"

type Table struct {
	rows [][]int
}

func (t *Table) At(r, c int) int {
	defer fmt.Println("  At deferred:", r, c)
	return t.rows[r][c]
}

func lookup(s []int, i int) int {
	defer fmt.Println("lookup deferred, i =", i)
	return s[i]
}

func main() {
	defer fmt.Println("main deferred")
	s := []int{10, 20, 30}
	for i := 0; i < 3; i++ {
		fmt.Println("s[", i, "] =", lookup(s, i))
	}
	t := &Table{rows: [][]int{{1, 2}, {3, 4, 5}}}
	fmt.Println(t.At(0, 1), t.At(1, 2))
	var arr [4]string
	arr[3] = "last"
	fmt.Printf("%q\n", arr)
	idx := len(s) + 2
	fmt.Println("about to index", idx)
	fmt.Println(lookup(s, idx))
	fmt.Println("unreachable")
}
