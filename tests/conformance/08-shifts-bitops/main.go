// Bit operators: & | ^ &^ and unary ^ on every width, left shifts that drop
// bits, shifts by counts >= the width (zero, or -1 for negative signed
// values), signed vs unsigned right shift, and shifts by variables.
package main

import "fmt"

func main() {
	var a, b uint8 = 0xCA, 0x5F
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, ^b)
	fmt.Printf("%08b %08b %08b\n", a&^b, ^a, a<<3)
	var s8 int8 = -100
	fmt.Println(s8>>1, s8>>3, s8>>7, s8<<1, s8<<2, ^s8)
	var u8 uint8 = 156
	fmt.Println(u8>>1, u8>>3, u8>>7, u8<<1, u8<<2)
	var sh uint = 8
	fmt.Println(u8<<sh, u8>>sh, s8>>sh, s8<<sh)
	for _, n := range []uint{0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100} {
		var x int32 = -12345
		var y uint32 = 0x80000001
		var z int64 = -1 << 40
		var w uint64 = 0xF000000000000001
		fmt.Println(n, x>>n, x<<n, y>>n, y<<n, z>>n, z<<n, w>>n, w<<n)
	}
	var i16 int16 = -1
	s15, s16, s20 := 15, 16, 20
	fmt.Println(i16<<s15, i16<<s16, uint16(i16)>>s15, i16>>s20)
	x := 0x0F0F
	y := 0x3C3C
	fmt.Printf("%x %x %x %x %x\n", x&y, x|y, x^y, x&^y, ^x)
	var m uint32 = 0xFFFF0000
	m &^= 0x0FF00000
	fmt.Printf("%08x\n", m)
	m |= 0xF
	m ^= 0xFF
	m <<= 4
	m >>= 2
	fmt.Printf("%08x\n", m)
	k := 1
	for i := 0; i < 5; i++ {
		k = k<<3 | i
	}
	fmt.Println(k, k>>5, k&0x3F)
	popcount := func(v uint64) int {
		c := 0
		for v != 0 {
			v &= v - 1
			c++
		}
		return c
	}
	fmt.Println(popcount(0), popcount(0xFF), popcount(^uint64(0)), popcount(0x8000000000000001))
	var neg int = -7
	fmt.Println(neg>>1, neg/2, neg&1, neg|1, neg^-1)
	const c = 1 << 10 >> 3
	fmt.Println(c, 1<<3|1<<1, 6&^3)
}
