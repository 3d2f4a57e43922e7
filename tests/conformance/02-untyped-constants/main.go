// Typed and untyped constants: big untyped integer and float constants
// reduced by constant arithmetic, default types, exact division, rune and
// string constants, and constant expressions converted to sized types.
package main

import "fmt"

const Big = 1 << 100
const Huge = Big * Big
const Reduced = Huge >> 190
const Third = 1.0 / 3
const IntDiv = 7 / 2
const FloatDiv = 7 / 2.0
const R = 'a' + 1
const S = "con" + "cat"
const Typed int16 = 1000
const MaxU64 = 1<<64 - 1
const Precise = 0.1 + 0.2

type Celsius float64

const Boiling Celsius = 100

func main() {
	fmt.Println(Big>>98, Reduced, Huge>>199)
	fmt.Println(IntDiv, FloatDiv)
	fmt.Printf("%T %T %T %T\n", IntDiv, FloatDiv, R, S)
	fmt.Println(R, string(rune(R)), S, len(S))
	fmt.Println(Typed*30, Typed/7)
	fmt.Printf("%T %v\n", Typed, Typed)
	var u uint64 = MaxU64
	fmt.Println(u, MaxU64>>32)
	fmt.Println(Third, float32(Third))
	fmt.Println(Precise == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3, x+y)
	fmt.Println(Boiling, Boiling*9/5+32)
	fmt.Printf("%T\n", Boiling/2)
	var f32 float32 = 1 << 24
	fmt.Println(f32, f32+1)
	const shift = 3
	var i8 int8 = 1 << shift
	fmt.Println(i8, i8<<shift>>shift)
	fmt.Println(Big/Big, Big%7, (Big-1)%1000)
	const c complexish = 5
	fmt.Println(c.double())
	var n = 'x'
	fmt.Printf("%T %v %c\n", n, n, n)
	var z = 1e3
	fmt.Printf("%T %v\n", z, z)
	const mask = ^uint8(0)
	fmt.Println(mask, ^0, -1<<3)
	const neg = -5
	fmt.Println(neg/2, neg%2, neg>>1)
	fmt.Println(len("héllo"), len([3]int{}))
	const ok = 3 > 2 && "a" < "b"
	fmt.Println(ok, !ok)
}

type complexish int

func (c complexish) double() complexish { return c * 2 }
