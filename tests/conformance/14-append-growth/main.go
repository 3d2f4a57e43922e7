// Append capacity growth of Go 1.19 (growslice + size-class rounding) for
// []int, []byte, []string, []int32 and []float64, one element at a time and
// many at once, plus make with len/cap.
package main

import "fmt"

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			last = cap(ints)
			fmt.Print(cap(ints), " ")
		}
	}
	fmt.Println()
	var bs []byte
	last = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			last = cap(bs)
			fmt.Print(cap(bs), " ")
		}
	}
	fmt.Println()
	var ss []string
	last = -1
	for i := 0; i < 1000; i++ {
		ss = append(ss, "x")
		if cap(ss) != last {
			last = cap(ss)
			fmt.Print(cap(ss), " ")
		}
	}
	fmt.Println()
	var i32 []int32
	var f64 []float64
	for i := 0; i < 40; i++ {
		i32 = append(i32, int32(i))
		f64 = append(f64, float64(i))
		fmt.Print(cap(i32), "/", cap(f64), " ")
	}
	fmt.Println()
	for _, n := range []int{1, 2, 3, 5, 7, 9, 13, 17, 33, 100, 1000} {
		a := append([]int(nil), make([]int, n)...)
		b := append([]byte("ab"), make([]byte, n)...)
		c := append([]string{"s"}, make([]string, n)...)
		fmt.Println(n, cap(a), cap(b), cap(c))
	}
	x := make([]int, 3, 5)
	fmt.Println(len(x), cap(x))
	x = append(x, 1, 2)
	fmt.Println(len(x), cap(x))
	x = append(x, 3)
	fmt.Println(len(x), cap(x))
	x = append(x, make([]int, 20)...)
	fmt.Println(len(x), cap(x))
	y := make([]byte, 0, 7)
	y = append(y, "0123456789"...)
	fmt.Println(len(y), cap(y), string(y))
	z := append(make([]int, 500), 1)
	fmt.Println(len(z), cap(z))
	w := append(make([]int, 256), 1)
	fmt.Println(len(w), cap(w))
	v := append(make([]byte, 1024), 1)
	fmt.Println(len(v), cap(v))
	u := append([]byte{}, make([]byte, 33)...)
	fmt.Println(len(u), cap(u))
	m := make([]string, 0)
	fmt.Println(len(m), cap(m), m == nil)
	m = append(m, "a", "b", "c")
	fmt.Println(len(m), cap(m))
}
