// The print and println builtins write to stderr with their own formatting
// (floats as +d.dddddde+xxx, no spaces for print, spaces and a newline for
// println), interleaved with fmt output on stdout.
package main

import (
	"fmt"
	"os"
)

type myInt int

func main() {
	fmt.Println("stdout line 1")
	println("println:", 1, -2, true, false, "str")
	print("print:", 1, 2, "x", "y", true, "\n")
	println(3.5, -0.25, 1e100, float32(1.5), 0.0)
	var f float64
	println(1/f, -1/f, f/f)
	println(int8(-5), uint8(250), int64(-9223372036854775808), uint64(18446744073709551615))
	println(myInt(42), 'x', byte('y'))
	println()
	var e error
	var a any
	println(e == nil, a == nil)
	print("no newline")
	print("\n")
	println("")
	println("multi", "args", "here")
	fmt.Fprintln(os.Stderr, "fmt to stderr")
	fmt.Println("stdout line 2")
	for i := 0; i < 3; i++ {
		print(i)
	}
	println()
	println(1e-7, 123456789.0, 100.0)
	println(float32(0.1), 2.0/3.0)
}
