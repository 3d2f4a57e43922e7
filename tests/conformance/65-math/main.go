// The math package: constants, Sqrt/Pow/Abs/Floor/Ceil/Round/Trunc,
// trigonometry, logs and exponentials, Mod, Max/Min with NaN, Inf and
// NaN helpers, Signbit/Copysign, Hypot/Cbrt, printed with %.6f and Println.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%.6f %.6f\n", math.Pi, math.E)
	fmt.Println(math.Pi, math.E)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16, math.MaxInt32, math.MaxUint32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(-1))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, -1))
	fmt.Println(math.Abs(-3.2), math.Abs(2), math.Floor(-2.5), math.Ceil(-2.5), math.Floor(2.5), math.Ceil(2.1))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Round(0.49999999999999994), math.Trunc(-2.7), math.Trunc(2.7))
	for _, deg := range []float64{0, 30, 45, 90, 180} {
		r := deg * math.Pi / 180
		if deg == 90 {
			fmt.Printf("%3.0f: sin=%.6f cos=%.6f tan>1e15=%v\n", deg, math.Sin(r), math.Cos(r), math.Tan(r) > 1e15)
			continue
		}
		fmt.Printf("%3.0f: sin=%.6f cos=%.6f tan=%.6f\n", deg, math.Sin(r), math.Cos(r), math.Tan(r))
	}
	fmt.Printf("%.6f %.6f %.6f\n", math.Atan(1), math.Atan2(1, -1), math.Atan2(-1, -1))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Log(math.E), math.Log10(1000), math.Log2(1024), math.Exp(1))
	fmt.Println(math.Log(0), math.Log(-1), math.Exp(710), math.Exp(-1000))
	fmt.Println(math.Mod(10, 3), math.Mod(-10, 3), math.Mod(10, -3), math.Mod(5.5, 2))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(1), 0), math.IsInf(1e308, 1), math.IsNaN(math.NaN()))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Copysign(3, -1), math.Signbit(2))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Cbrt(-8))
	fmt.Printf("%.6f %.6f\n", math.Sqrt(math.Pi), math.Pow(math.E, math.Pi))
	fmt.Println(math.Float64bits(math.Inf(1)), math.Float64frombits(0x3FF8000000000000))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	sum := 0.0
	for i := 1; i <= 1000; i++ {
		sum += 1 / float64(i*i)
	}
	fmt.Printf("%.6f %.6f\n", sum, math.Pi*math.Pi/6)
	x := 1.0
	for i := 0; i < 6; i++ {
		x = x - (x*x-2)/(2*x)
		fmt.Printf("%.15f\n", x)
	}
	fmt.Println(x == math.Sqrt2, math.Sqrt2, math.Phi, math.Ln2)
}
