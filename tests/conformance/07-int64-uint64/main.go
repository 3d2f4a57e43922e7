// 64-bit integers at the edges: int64 overflow near MaxInt64 and MinInt64,
// uint64 values above 2^63 in arithmetic, comparison and printing, and
// multiplication results that need all 64 bits.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MaxInt64
	fmt.Println(a, a+1, a+a, a*2, a*3)
	var b int64 = math.MinInt64
	fmt.Println(b, b-1, -b, b*-1, b/-1, b%-1)
	fmt.Println(a+b, a-b, b-a)
	var big uint64 = 1 << 63
	fmt.Println(big, big*2, big+big-1, big>>1, big-1)
	var u uint64 = math.MaxUint64
	fmt.Println(u, u+1, u*u, u/7, u%7, u>>60)
	fmt.Println(u > big, big > 1<<62, uint64(b), int64(u))
	x := uint64(0x123456789ABCDEF0)
	fmt.Println(x*0x9E3779B97F4A7C15, x*x, x/3, x%1000003)
	fmt.Printf("%x %X %o %b\n", x, x*31, x>>40, x>>50)
	var h uint64 = 14695981039346656037
	for _, c := range []byte("heaplab") {
		h ^= uint64(c)
		h *= 1099511628211
	}
	fmt.Println("fnv", h)
	s := int64(1)
	for i := 0; i < 70; i++ {
		s *= 3
		if i%10 == 9 {
			fmt.Print(s, " ")
		}
	}
	fmt.Println()
	var m int64 = 3037000500
	fmt.Println(m*m, (m-1)*(m-1))
	n := int64(-9223372036854775807)
	n--
	fmt.Println(n, n == math.MinInt64)
	n--
	fmt.Println(n)
	v := uint64(1)
	for i := 0; i < 64; i += 9 {
		fmt.Print(v<<i, " ")
	}
	fmt.Println()
	f := float64(u)
	fmt.Println(f, uint64(float64(1<<53)), int64(float64(-1<<62)))
	fmt.Println(uint32(x), uint16(x), uint8(x), int32(x), int16(x), int8(x))
	fmt.Printf("%d %d\n", int64(uint32(0xFFFFFFFF)), int64(int32(-1)))
}
