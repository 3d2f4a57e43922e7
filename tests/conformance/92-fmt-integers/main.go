// Integer verbs with and without flags, width and precision, for every integer kind: the plain
// %d/%v fast path and the general path print what Go prints.
package main

import "fmt"

type N int
type U uint8

func main() {
	for _, v := range []interface{}{0, -7, 42, 1 << 40, -(1 << 52), uint(7), U(200), N(-3), int8(-128), uint64(1 << 63), int64(-1 << 63)} {
		fmt.Printf("%d|%v|%+d|%+v|%#v|%5d|%-5d|%05d|% d|%x|%.3d|%#d|%d\n", v, v, v, v, v, v, v, v, v, v, v, v, []interface{}{v})
	}
}
