// Conversions: between integer sizes (truncation, sign extension), int to
// float and float to int (truncation toward zero), string(rune) including
// invalid code points, []byte(string), []rune(string), string([]byte),
// string([]rune), named types, and strconv-free digit formatting.
package main

import (
	"fmt"
	"math"
)

type Meters float64
type Feet float64

func main() {
	var i64 int64 = 0x1234567890
	fmt.Println(int32(i64), int16(i64), int8(i64), uint8(i64), uint16(i64))
	var neg int32 = -1
	fmt.Println(int64(neg), uint32(neg), uint64(neg), uint8(neg))
	var u16 uint16 = 0xFFFF
	fmt.Println(int16(u16), int32(u16), int8(u16))
	fs := []float64{3.99, -3.99, 0.0001, -0.9999, 1e15 + 0.5, 255.9}
	for _, f := range fs {
		fmt.Print(int64(f), " ", int(f), " ", uint8(math.Mod(math.Abs(f), 256)), "; ")
	}
	fmt.Println()
	n := 7
	fmt.Println(float64(n)/2, n/2, float32(n)/3)
	big := int64(math.MaxInt64)
	fmt.Println(float64(big), float32(big))
	var f32 float32 = 16777217
	fmt.Println(f32, int(f32), float64(f32))
	fmt.Println(float64(float32(0.1)), float32(float64(0.1)))
	for _, r := range []rune{65, 0x263A, 0x1F600, 0xD800, -5, 0x110000} {
		fmt.Printf("%q ", string(r))
	}
	fmt.Println()
	fmt.Println(string(rune(byte(200))), []byte(string(rune(200))))
	s := "añb€"
	b := []byte(s)
	rs := []rune(s)
	fmt.Println(len(s), len(b), len(rs), b, rs)
	fmt.Println(string(b[1:3]), string(rs[1:3]), string(b[1:2]))
	b[0] = 'A'
	fmt.Println(s, string(b))
	back := string(rs)
	fmt.Println(back == s)
	m := Meters(100)
	ft := Feet(m * 3.28084)
	fmt.Printf("%.2f %T %T\n", ft, m, ft)
	fmt.Println(float64(m)+float64(ft) > 400)
	digits := []byte{}
	for v := 90210; v > 0; v /= 10 {
		digits = append([]byte{byte('0' + v%10)}, digits...)
	}
	fmt.Println(string(digits))
	var r rune = 'Z'
	fmt.Println(r+1, string(r+1), byte(r)+1, int(r-'A'))
	x := 300
	fmt.Println(byte(x), rune(x), string(rune(x)))
	var iface any = 3
	fmt.Println(float64(iface.(int)) * 1.5)
	type Celsius int
	temps := []Celsius{-40, 0, 100}
	for _, t := range temps {
		fmt.Print(float64(t)*9/5+32, " ")
	}
	fmt.Println()
	fmt.Println(uint(math.Pow(2, 40)), int32(math.Floor(-2.5)), int(math.Round(2.5)))
	var up uintptr = 4096
	fmt.Println(int(up)+1, uint64(up)<<2)
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0), math.Float64frombits(0x4000000000000000))
}
