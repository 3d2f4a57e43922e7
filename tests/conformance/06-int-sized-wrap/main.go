// Every sized integer type wraps around on overflow: int8/int16/int32,
// uint8/uint16/uint32, uintptr, byte and rune arithmetic, increments past
// the maximum and decrements past the minimum, and unary minus of MinIntN.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8", i8, i8-1, -i8)
	var a8, b8 int8 = 100, 100
	fmt.Println("int8 add", a8+b8, a8*b8, -a8-b8)
	var i16 int16 = math.MaxInt16
	i16 += 2
	fmt.Println("int16", i16, i16*i16)
	var i32 int32 = math.MaxInt32
	i32++
	fmt.Println("int32", i32, -i32, i32-1)
	var m32 int32 = 65536
	fmt.Println("int32 mul", m32*m32, m32*m32/2, (m32+1)*(m32-1))
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8", u8, u8+2, u8*u8)
	var by byte = 'z'
	by += 10
	fmt.Println("byte", by, by*3)
	var u16 uint16 = 65535
	u16 += 3
	fmt.Println("uint16", u16, u16-5)
	var u32 uint32 = 4000000000
	fmt.Println("uint32 mul", u32*3, u32*u32, u32+u32)
	var x32 uint32 = 0xDEADBEEF
	fmt.Println("uint32 hash", x32*2654435761, (x32*31+7)*31)
	var up uintptr = 0
	up--
	fmt.Println("uintptr", up, up+2)
	var r rune = 0x7fffffff
	r++
	fmt.Println("rune", r)
	var u uint = 0
	u--
	fmt.Println("uint", u, u/3)
	var n int = math.MaxInt
	n++
	fmt.Println("int", n, n == math.MinInt)
	sum8 := int8(0)
	for i := 0; i < 300; i++ {
		sum8 += 7
	}
	fmt.Println("sum8", sum8)
	var prod uint16 = 1
	for i := uint16(1); i <= 10; i++ {
		prod *= i
	}
	fmt.Println("10! mod 2^16", prod)
	fact32 := int32(1)
	for i := int32(1); i <= 15; i++ {
		fact32 *= i
		fmt.Print(fact32, " ")
	}
	fmt.Println()
	m1 := -1
	fmt.Println(int8(-128)/int8(m1), int16(-32768)*int16(m1))
	k := -128
	fmt.Println(int8(k), int8(k-1), uint8(k), uint16(k), uint32(k))
	big, mid, huge := 70000, 300, 5000000000
	fmt.Println(int16(big), uint8(mid), int32(huge), uint16(-big))
	fmt.Printf("%T %T %T\n", by, r, up)
}
