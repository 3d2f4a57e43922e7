// 64-bit integers past 2^53 and their conversions to float32.
package main

import "fmt"

func main() {
	var a int64 = 9007199254740991
	fmt.Println(a/2, ^a, ^a == int64(-9007199254740992))
	var u uint64 = 9007199254740991
	fmt.Println(u/2, ^u)
	var x int64 = 1<<60 + 1<<36 + 1
	fmt.Println(float32(x), float64(x))
	var y uint64 = 1<<63 + 1<<39 + 1
	fmt.Println(float32(y), float32(-x))
	var h int64 = 1<<40 + 1<<16
	fmt.Println(float32(h), float32(h+1))
}
