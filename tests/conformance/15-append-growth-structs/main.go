// Append growth for element types of various sizes (1, 3, 12, 24, 40, 72
// and 200 bytes, plus an empty struct), where the rounded-up allocation
// size divided by the element size gives capacities that are not powers of 2.
package main

import "fmt"

type S1 struct{ a byte }
type S3 struct{ a, b, c byte }
type S12 struct{ a, b, c int32 }
type S24 struct {
	a    int
	b, c int32
	d    *int
}
type S40 struct {
	a, b, c, d int
	e          bool
}
type S72 struct{ a [9]int }
type S200 struct{ a [25]int64 }

func main() {
	var s1 []S1
	var s3 []S3
	var s12 []S12
	var s24 []S24
	var s40 []S40
	var s72 []S72
	var s200 []S200
	var se []struct{}
	for i := 0; i < 40; i++ {
		s1 = append(s1, S1{})
		s3 = append(s3, S3{})
		s12 = append(s12, S12{})
		s24 = append(s24, S24{})
		s40 = append(s40, S40{})
		s72 = append(s72, S72{})
		s200 = append(s200, S200{})
		se = append(se, struct{}{})
		fmt.Println(i+1, cap(s1), cap(s3), cap(s12), cap(s24), cap(s40), cap(s72), cap(s200), cap(se))
	}
	for _, n := range []int{5, 11, 50} {
		a := append([]S12{}, make([]S12, n)...)
		b := append([]S40{{}}, make([]S40, n)...)
		c := append([]S72(nil), make([]S72, n)...)
		fmt.Println("bulk", n, cap(a), cap(b), cap(c))
	}
	big := make([]S24, 0, 3)
	big = append(big, S24{a: 1}, S24{a: 2}, S24{a: 3}, S24{a: 4})
	fmt.Println(len(big), cap(big), big[3].a)
	cp := big[:2]
	cp = append(cp, S24{a: 30})
	fmt.Println(big[2].a, cp[2].a)
}
