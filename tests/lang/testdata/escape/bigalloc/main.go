package main

import "fmt"

type Big struct {
	data [100000]byte
}

type Small struct {
	data [100]byte
}

//go:noinline
func big() int {
	b := new(Big)
	b.data[0] = 1
	s := &Small{}
	s.data[0] = 2
	var huge [11 << 20]byte
	huge[1] = 3
	var fine [1 << 20]byte
	fine[2] = 4
	return int(b.data[0] + s.data[0] + huge[1] + fine[2])
}

func main() {
	fmt.Println(big())
}
