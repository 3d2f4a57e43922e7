// Integer division truncates toward zero and % takes the dividend's sign,
// for every integer type, including MinIntN / -1 (wraps, no panic) and
// constant vs variable operands.
package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {1, 5}, {-1, 5}, {100, 7}, {-100, 7}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d/%d=%d %d%%%d=%d\n", a, b, a/b, a, b, a%b)
	}
	var a8, b8 int8 = -128, -1
	fmt.Println(a8/b8, a8%b8, a8/2, a8%3)
	var a16, b16 int16 = math.MinInt16, -1
	fmt.Println(a16/b16, a16%b16, a16/7, a16%7)
	var a32, b32 int32 = math.MinInt32, -1
	fmt.Println(a32/b32, a32%b32, a32/10, a32%10)
	var a64, b64 int64 = math.MinInt64, -1
	fmt.Println(a64/b64, a64%b64, a64/10, a64%10)
	var u8 uint8 = 250
	fmt.Println(u8/7, u8%7, u8/255)
	var u32 uint32 = 4294967295
	fmt.Println(u32/10, u32%10, u32/65536)
	var u64 uint64 = math.MaxUint64
	fmt.Println(u64/10, u64%10, u64/(1<<32), u64%(1<<32))
	x := -17
	x /= 4
	fmt.Println(x)
	x = -17
	x %= 4
	fmt.Println(x)
	for i := -5; i <= 5; i++ {
		fmt.Print(i/3, ":", i%3, " ")
	}
	fmt.Println()
	mod := func(a, m int) int { return ((a % m) + m) % m }
	fmt.Println(mod(-1, 5), mod(-13, 5), mod(13, 5))
	fmt.Println(-7>>1, -7/2)
	const c = -7 / 2
	fmt.Println(c, -7%2)
	var d int = 3
	fmt.Println(math.MaxInt64/d, math.MinInt64/int64(d))
}
