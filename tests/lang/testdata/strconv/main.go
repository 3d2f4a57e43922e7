//go:build ignore

// Generates strconv test vectors from the real Go toolchain. Each line is
// "kind|args...|result" with floats given by their IEEE-754 bits in hex, so
// the TypeScript test can rebuild the exact input. Regenerate with
// `npm run update:goldens` (never by hand).
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	r := rand.New(rand.NewSource(1))
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 0.125, 0.375, 2.5, 1.5, 1e21, 1e20, 123456789, 1e-7, 1e-5, 1e-4,
		1.0 / 3, 2.0 / 3, 100, 1e100, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(),
		0.1, 0.2, 0.3, 1234.5678, 9.999999e9, 0.000123456, 3.14159265358979, 1 << 53, 1<<53 + 2, 0.05, 0.15, 0.25, 0.35, 1e15, 1e16, 1e17}
	vals := append([]float64{}, specials...)
	for i := 0; i < 100; i++ {
		switch i % 4 {
		case 0:
			vals = append(vals, r.Float64()*math.Pow(10, float64(r.Intn(40)-20)))
		case 1:
			vals = append(vals, -r.NormFloat64()*1e6)
		case 2:
			vals = append(vals, math.Float64frombits(r.Uint64()))
		default:
			vals = append(vals, float64(r.Intn(100000))/float64(1+r.Intn(1000)))
		}
	}
	fmts := []byte{'e', 'E', 'f', 'g', 'G'}
	precs := []int{-1, 0, 1, 2, 3, 6, 10, 17}
	for _, v := range vals {
		for _, f := range fmts {
			for _, p := range precs {
				fmt.Printf("F|%c|%d|64|%016x|%s\n", f, p, math.Float64bits(v), strconv.FormatFloat(v, f, p, 64))
			}
			v32 := float64(float32(v))
			fmt.Printf("F|%c|-1|32|%016x|%s\n", f, math.Float64bits(v32), strconv.FormatFloat(v32, f, -1, 32))
		}
	}
	ints := []int64{0, 1, -1, 7, 10, 255, -256, 1 << 31, -1 << 31, 1<<53 + 1, math.MaxInt64, math.MinInt64, 123456789012345}
	for i := 0; i < 50; i++ {
		ints = append(ints, r.Int63()-r.Int63())
	}
	for _, n := range ints {
		for _, b := range []int{2, 8, 10, 16, 36} {
			fmt.Printf("I|%d|%d|%s\n", b, n, strconv.FormatInt(n, b))
		}
	}
	strs := []string{"", "abc", "hello, world", "tab\there", "nl\n", "quote\"", "back\\slash", "\x00\x01\x7f", "é", "日本語",
		"\xff\xfe", "a\u2028b", "\U0001F600", "\u00a0", "\u200b", "bell\a", "\x80", "\xc3", "\xe2\x82", "mixed é\x80z"}
	for _, s := range strs {
		fmt.Printf("Q|%x|%x\n", s, strconv.Quote(s))
		fmt.Printf("A|%x|%x\n", s, strconv.QuoteToASCII(s))
	}
	for _, c := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 0xe9, 0x65e5, 0x1F600, 0xFFFD, 0x10FFFF + 1, -1, 0xd800, 0x2028} {
		fmt.Printf("R|%d|%x\n", c, strconv.QuoteRune(c))
	}
	for _, s := range []string{"0", "42", "-42", "+7", "007", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "", "1_000", "0x10", "12a", " 1", "-"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("T|%x|%d|%v\n", s, n, err)
	}
}
