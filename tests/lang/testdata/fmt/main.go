//go:build ignore

// Generates fmt test vectors from the real Go toolchain: every format string
// applied to every value, one line per case as
// "format-index|value-index|hex(result)". Regenerate with
// `npm run update:goldens` (never by hand). The TypeScript test holds the same
// two tables in the same order.
package main

import (
	"fmt"
	"math"
)

func main() {
	values := []interface{}{
		0, 42, -42, 7, math.MaxInt64, math.MinInt64, int8(-128), int8(127), int16(-300), int32(1 << 30),
		uint8(200), uint16(65535), uint32(4000000000), uint64(math.MaxUint64), uint(12345), uintptr(0xc000012345),
		3.0, -2.5, 0.1, 1e21, 1e-7, 123456.789, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1),
		float32(0.1), float32(16777216), float32(-1.5e-10),
		"", "hello", "héllo, 世界", "tab\tnl\n", "\xff\xfe", "quote\"s",
		true, false,
		'x', 'é', rune(0x1F600),
		[]byte("bytes"), []byte{}, []byte{0, 1, 255},
	}
	formats := []string{
		"%v", "%+v", "%#v", "%T", "%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%#X", "%o", "%O", "%#o",
		"%b", "%c", "%q", "%#q", "%U", "%#U", "%e", "%E", "%f", "%.2f", "%8.3f", "%-8.3f|", "%08.3f", "%+.1e", "%g", "%G",
		"%.3g", "%#g", "%10.4g|", "%s", "%10s|", "%-10s|", "%.2s", "% x", "% X", "%#x", "%t", "%6t|", "%p", "%8.3x", "%010d",
		"%-010d|", "%+q", "%x %X", "%!", "%z", "%", "%[2]v %[1]v", "%*d", "%.*f", "%[3]v", "%d %d", "%v%%",
	}
	for fi, f := range formats {
		for vi, v := range values {
			var s string
			switch f {
			case "%[2]v %[1]v":
				s = fmt.Sprintf(f, v, 7)
			case "%*d", "%.*f":
				s = fmt.Sprintf(f, 6, v)
			default:
				s = fmt.Sprintf(f, v)
			}
			fmt.Printf("%d|%d|%x\n", fi, vi, s)
		}
	}
}
