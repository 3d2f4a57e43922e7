//go:build ignore

// Generates math-package test vectors from the real Go toolchain (linux/amd64).
// Every input comes from the specials list below or from a 64-bit LCG that
// tests/lang/math.test.ts replays exactly, so the file holds results only:
// a "# Name" header per function, then one line per input with each float64
// result as the lower-case hex of its IEEE-754 bits ("NaN" for any NaN, since
// a JS number cannot carry a NaN payload). Exp and everything built on it
// (Pow, Sinh, Cosh, Tanh, Gamma) take the FMA path of exp_amd64.s, so this
// must run on a CPU with AVX and FMA; the program then re-runs itself with
// GODEBUG=cpu.fma=off to add Exp's SSE2 path as a last section.
// Regenerate with `npm run update:goldens math`.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"os/exec"
)

var specials = []float64{
	0, 1, -1, 0.5, -0.5, 2, -2, 3, 10, 100, 1e-300, -1e-300, 1e300, -1e300, 1e-20, 1e-10,
	1e10, 1e15, 1e16, 1e20, 1e22, 1e308, 5e-324, -5e-324, 1e-310, 2.2250738585072014e-308,
	-2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
	3.141592653589793, 1.5707963267948966, 0.7853981633974483, 6.283185307179586, -3.141592653589793,
	0.7071067811865476, 0.7071067811865475, 1.4142135623730951, 2.718281828459045, 0.6931471805599453,
	709.782712893384, 709.7827128933841, 709.78, 710, -745.1332191019411, -745.14, -746, -708.4,
	1023.9999999999999, 1024, -1074, -1075, -1076, 4503599627370496, 4503599627370497, 9007199254740992,
	9223372036854775808, 536870912, 536870911.5, 536870913, 0.49999999999999994, 1.5, 2.5, -2.5, 0.66,
	2.414213562373095, 0.625, 21, 22, 44, 45, 1.0000000000000002, 0.9999999999999999, 33, 34, 170, 171,
	171.5, -170.5, -33.5, 1e-9, 1e-8, -1e-9, 38.816242111356935, 1.0397207708399179, 0.34657359027997264,
	3.725290298461914e-09, 5.551115123125783e-17, 0.41421356237309503, -0.2928932188134524,
}

var state uint64 = 0x853c49e6748fea9b

func next() uint64 {
	state = state*6364136223846793005 + 1442695040888963407
	return state
}

func unif(lo, hi float64) float64 { return lo + float64(next()>>11)*0x1p-53*(hi-lo) }

func intn(n uint64) uint64 { return (next() >> 33) % n }

func pool() []float64 {
	v := append([]float64{}, specials...)
	v = append(v, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN())
	for i := 0; i < 200; i++ {
		v = append(v, math.Float64frombits(next()))
	}
	for i := 0; i < 400; i++ {
		v = append(v, unif(-1, 1))
	}
	for i := 0; i < 400; i++ {
		v = append(v, unif(-10, 10))
	}
	for i := 0; i < 200; i++ {
		v = append(v, unif(-800, 800))
	}
	for i := 0; i < 150; i++ {
		k := float64(int64(intn(8001)) - 4000)
		v = append(v, k*(math.Pi/4))
	}
	for i := 0; i < 150; i++ {
		k := float64(int64(intn(8001)) - 4000)
		v = append(v, k*(math.Pi/4)+unif(-1e-6, 1e-6))
	}
	for i := 0; i < 100; i++ {
		k := float64(next() >> 20)
		v = append(v, k*math.Pi)
	}
	for i := 0; i < 300; i++ {
		e := 1023 - 40 + intn(81)
		s := next() & (1 << 63)
		v = append(v, math.Float64frombits(s|e<<52|next()>>12))
	}
	for i := 0; i < 100; i++ {
		v = append(v, 1+unif(-1e-6, 1e-6))
	}
	for i := 0; i < 100; i++ {
		s := next() & (1 << 63)
		v = append(v, math.Float64frombits(s|next()>>12))
	}
	for i := -60; i <= 60; i++ {
		v = append(v, float64(i)*0.5)
	}
	for i := 0; i < 100; i++ {
		v = append(v, unif(-746, -705))
	}
	for i := 0; i < 50; i++ {
		v = append(v, unif(705, 710))
	}
	return v
}

type pair struct{ x, y float64 }

func pairs(p []float64) []pair {
	s := append(append([]float64{}, specials[:30]...), math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN())
	var r []pair
	for _, x := range s {
		for _, y := range s {
			r = append(r, pair{x, y})
		}
	}
	for i := 0; i < 1200; i++ {
		x := p[intn(uint64(len(p)))]
		y := p[intn(uint64(len(p)))]
		r = append(r, pair{x, y})
	}
	return r
}

var w = bufio.NewWriter(os.Stdout)

func h(x float64) string {
	if x != x {
		return "NaN"
	}
	return fmt.Sprintf("%x", math.Float64bits(x))
}

func head(name string) { fmt.Fprintf(w, "# %s\n", name) }

func unary(name string, xs []float64, f func(float64) float64) {
	head(name)
	for _, x := range xs {
		fmt.Fprintln(w, h(f(x)))
	}
}

func binary(name string, ps []pair, f func(x, y float64) float64) {
	head(name)
	for _, p := range ps {
		fmt.Fprintln(w, h(f(p.x, p.y)))
	}
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "nofma" {
		// the child run below: Exp's SSE2 path, on the same inputs
		unary("Exp (GODEBUG=cpu.fma=off)", pool(), math.Exp)
		w.Flush()
		return
	}
	p := pool()
	small := p[:500]
	ps := pairs(p)

	unary("Abs", small, math.Abs)
	unary("Ceil", small, math.Ceil)
	unary("Floor", small, math.Floor)
	unary("Trunc", small, math.Trunc)
	unary("Round", p, math.Round)
	unary("RoundToEven", p, math.RoundToEven)
	unary("Sqrt", small, math.Sqrt)
	unary("Cbrt", p, math.Cbrt)
	unary("Exp", p, math.Exp)
	unary("Exp2", p, math.Exp2)
	unary("Expm1", p, math.Expm1)
	unary("Log", p, math.Log)
	unary("Log2", p, math.Log2)
	unary("Log10", p, math.Log10)
	unary("Log1p", p, math.Log1p)
	unary("Sin", p, math.Sin)
	unary("Cos", p, math.Cos)
	unary("Tan", p, math.Tan)
	unary("Asin", p, math.Asin)
	unary("Acos", p, math.Acos)
	unary("Atan", p, math.Atan)
	unary("Sinh", p, math.Sinh)
	unary("Cosh", p, math.Cosh)
	unary("Tanh", p, math.Tanh)
	unary("Gamma", p, math.Gamma)

	head("Sincos")
	for _, x := range p {
		s, c := math.Sincos(x)
		fmt.Fprintln(w, h(s), h(c))
	}
	head("Frexp")
	for _, x := range p {
		f, e := math.Frexp(x)
		fmt.Fprintln(w, h(f), e)
	}
	head("Modf")
	for _, x := range p {
		i, f := math.Modf(x)
		fmt.Fprintln(w, h(i), h(f))
	}
	head("Ldexp")
	for _, x := range p {
		e := int(intn(2301)) - 1150
		fmt.Fprintln(w, h(math.Ldexp(x, e)))
	}
	for _, e := range []int{1 << 40, -1 << 40, 1 << 62, -1 << 62, 2098, -2098, 1023, 1024, -1022, -1074, -1075} {
		for _, x := range small[:40] {
			fmt.Fprintln(w, h(math.Ldexp(x, e)))
		}
	}
	head("Pow10")
	for n := -400; n <= 400; n++ {
		fmt.Fprintln(w, h(math.Pow10(n)))
	}
	head("Predicates")
	b := func(v bool) string {
		if v {
			return "t"
		}
		return "f"
	}
	for _, x := range small {
		fmt.Fprintln(w, b(math.Signbit(x)), b(math.IsNaN(x)), b(math.IsInf(x, 0)), b(math.IsInf(x, 1)), b(math.IsInf(x, -1)))
	}
	head("Float64bits")
	for _, x := range p {
		if x != x {
			continue
		}
		u := math.Float64bits(x)
		fmt.Fprintln(w, u, h(math.Float64frombits(u)))
	}
	head("Float32bits")
	for _, x := range small {
		fmt.Fprintf(w, "%x\n", math.Float32bits(float32(x)))
	}
	head("Float32frombits")
	for i := 0; i < 500; i++ {
		u := uint32(next() >> 32)
		fmt.Fprintln(w, h(float64(math.Float32frombits(u))))
	}
	head("Inf NaN")
	fmt.Fprintln(w, h(math.Inf(1)), h(math.Inf(-1)), h(math.Inf(0)), h(math.NaN()))

	binary("Max", ps[:1400], math.Max)
	binary("Min", ps[:1400], math.Min)
	binary("Dim", ps[:1400], math.Dim)
	binary("Copysign", ps[:1400], math.Copysign)
	binary("Nextafter", ps, math.Nextafter)
	binary("Hypot", ps, math.Hypot)
	hyp := []pair{}
	for i := 0; i < 400; i++ {
		x := p[intn(uint64(len(p)))]
		y := unif(-1e3, 1e3) * x
		hyp = append(hyp, pair{x, y})
	}
	binary("Hypot+", hyp, math.Hypot)
	binary("Atan2", ps, math.Atan2)
	at := []pair{}
	for i := 0; i < 400; i++ {
		at = append(at, pair{unif(-10, 10), unif(-10, 10)})
	}
	binary("Atan2+", at, math.Atan2)
	binary("Mod", ps, math.Mod)
	binary("Remainder", ps, math.Remainder)
	md := []pair{}
	for i := 0; i < 600; i++ {
		md = append(md, pair{unif(-1e6, 1e6), unif(-10, 10)})
	}
	for i := 0; i < 100; i++ {
		md = append(md, pair{unif(-1e300, 1e300), unif(-1e-5, 1e-5)})
	}
	binary("Mod+", md, math.Mod)
	binary("Remainder+", md, math.Remainder)
	binary("Pow", ps, math.Pow)
	pw := []pair{}
	for i := 0; i < 800; i++ {
		pw = append(pw, pair{unif(0, 10), unif(-30, 30)})
	}
	for i := 0; i < 300; i++ {
		x := unif(-10, 0)
		pw = append(pw, pair{x, float64(int64(intn(81)) - 40)})
	}
	for i := 0; i < 300; i++ {
		x := 1 + unif(-1e-3, 1e-3)
		pw = append(pw, pair{x, unif(-1e6, 1e6)})
	}
	for i := 0; i < 200; i++ {
		x := unif(0, 2)
		pw = append(pw, pair{x, float64(int64(intn(201))-100) * 0.5})
	}
	for i := 0; i < 100; i++ {
		x := -1 + float64(int64(intn(3))-1)*0x1p-52
		pw = append(pw, pair{x, float64(next() >> 1)})
	}
	binary("Pow+", pw, math.Pow)

	head("FMA")
	for i := 0; i < 1500; i++ {
		x := p[intn(uint64(len(p)))]
		y := p[intn(uint64(len(p)))]
		z := p[intn(uint64(len(p)))]
		fmt.Fprintln(w, h(math.FMA(x, y, z)))
	}
	for i := 0; i < 500; i++ {
		x := unif(-10, 10)
		y := unif(-10, 10)
		fmt.Fprintln(w, h(math.FMA(x, y, -(x*y))), h(math.FMA(x, y, -(x*y)*(1+unif(-1e-15, 1e-15)))))
	}
	for i := 0; i < 300; i++ {
		x := unif(-1, 1) * 1e-160
		y := unif(-1, 1) * 1e-160
		z := unif(-1, 1) * 1e-320
		fmt.Fprintln(w, h(math.FMA(x, y, z)), h(math.FMA(x, y, -(x*y))))
	}
	for i := 0; i < 200; i++ {
		x := unif(1, 2) * 1e300
		y := unif(1, 2) * 100
		fmt.Fprintln(w, h(math.FMA(x, y, -math.MaxFloat64)), h(math.FMA(x, unif(-1, 1), unif(-1, 1)*1e300)))
	}
	w.Flush()
	cmd := exec.Command(os.Args[0], "nofma")
	cmd.Env = append(os.Environ(), "GODEBUG=cpu.fma=off")
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		panic(err)
	}
}
