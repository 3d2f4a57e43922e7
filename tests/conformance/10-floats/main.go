// float32 and float64: float32 rounding at each step, Println/%v shortest
// formatting, Inf, NaN and -0, float-to-int truncation toward zero, and
// accumulated rounding error.
package main

import (
	"fmt"
	"math"
)

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32), float32(f64))
	var s32 float32
	var s64 float64
	for i := 0; i < 10; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32, s64, s32 == 1, s64 == 1)
	big := float32(16777216)
	fmt.Println(big+1, big+2, big+1 == big)
	fmt.Println(float32(1)/3, float64(1)/3)
	e38 := float32(1e38)
	fmt.Println(e38*10, -e38*10, e38*10-e38*10)
	third := float32(1.0) / float32(3.0)
	fmt.Println(third*3, float64(third)*3)
	var zero float64
	inf := 1 / zero
	fmt.Println(inf, -inf, inf-inf, zero/zero == zero/zero)
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, nan > 1, math.IsNaN(nan))
	negz := math.Copysign(0, -1)
	fmt.Println(negz, 1/negz, negz == 0)
	for _, v := range []float64{2.9, -2.9, 0.5, -0.5, 1e10, 123456.789} {
		fmt.Print(int(v), " ", int64(v), " ", int32(v/1e5), "; ")
	}
	fmt.Println()
	f1, f2, f3 := 200.7, -100.9, 3.99
	fmt.Println(uint8(f1), int8(f2), uint(f3), int(-f3))
	fmt.Println(1e21, 1e20, 1e-5, 1e-4, 123456789.0, 0.000001234)
	fmt.Println(float32(1e21), float32(123456789), float32(3.14159265358979))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, float32(math.MaxFloat32))
	x := 1.0
	for i := 0; i < 5; i++ {
		x = x*1.1 - 0.05
		fmt.Print(x, " ")
	}
	fmt.Println()
	y := float32(1.0)
	for i := 0; i < 5; i++ {
		y = y*1.1 - 0.05
		fmt.Print(y, " ")
	}
	fmt.Println()
	fmt.Println(7.0/2, 7/2.0, float64(7/2), math.Mod(-7, 3), math.Mod(7, -3))
	h := 0.1 + 0.2
	fmt.Println(h, h*10, float32(h))
	fmt.Println(float32(0.1)+float32(0.2), float32(0.1+0.2))
	fmt.Printf("%v %v %v\n", 100.0, 1e6, 1e-7)
	fmt.Println(2.5e-324, 5e-324, float32(1e-45), float32(1.5e-45))
}
