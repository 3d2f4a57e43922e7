package main

import "fmt"

const n = 16

//go:noinline
func fill(k int) int {
	small := make([]int, 10)
	sized := make([]int, n)
	dyn := make([]int, k)
	capped := make([]byte, 0, 64)
	huge := make([]int64, 10000)
	for i := range dyn {
		dyn[i] = i
	}
	capped = append(capped, 'x')
	return len(small) + len(sized) + len(dyn) + len(capped) + len(huge)
}

//go:noinline
func keep(k int) []int {
	return make([]int, 4, k)
}

func main() {
	fmt.Println(fill(5), len(keep(8)))
}
