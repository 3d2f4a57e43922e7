// fmt verbs on basic types: %v %d %s %q %x %X %o %b %c %U %t %f %g %e %T
// and %%, including negative numbers, unsigned values, strings and byte
// slices in hex, and verbs applied to the wrong type (%!verb(type=value)).
package main

import "fmt"

func main() {
	fmt.Printf("%v %v %v %v %v\n", 42, -7, "str", true, 3.25)
	fmt.Printf("%d %d %d %d\n", 0, -123, uint8(200), int64(-1)<<40)
	fmt.Printf("%x %X %o %O %b\n", 255, 255, 8, 8, 5)
	fmt.Printf("%x %X %x\n", -255, uint32(0xDEADBEEF), int8(-1))
	fmt.Printf("%s|%q|%v\n", "hi\tthere", "hi\tthere", "hi\tthere")
	fmt.Printf("%x|%X|% x|%q\n", "héllo", "héllo", "abc", []byte("b\x00yte"))
	fmt.Printf("%c %c %c %U %U %#U\n", 'A', 0x4e16, 128512, 'A', 0x1F600, 'é')
	fmt.Printf("%q %q %q %+q\n", 'x', '\n', '世', '世')
	fmt.Printf("%t %t %v\n", true, false, !true)
	fmt.Printf("%f %f %f %f\n", 3.14159, -0.5, 1e6, 1e-7)
	fmt.Printf("%e %E %e\n", 123456.789, 0.000123, 0.0)
	fmt.Printf("%g %g %g %g %g %G\n", 100000.0, 1000000.0, 1e21, 0.0001, 0.00001, 1e-10)
	fmt.Printf("%g %g %v %v\n", float32(0.1), 2.0/3, float32(2.0)/3, 1e20)
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", 2.0, 'r', nil, []any{1})
	fmt.Printf("%T %T %T %T\n", uint16(1), [2]bool{}, map[string][]int{}, func(int) string { return "" })
	fmt.Printf("100%% done, %d%%\n", 50)
	bad := []struct {
		format string
		args   []any
	}{
		{"%d %s\n", []any{"str", 5}},
		{"%d\n", []any{1, 2}},
		{"%d %d\n", []any{1}},
		{"%z\n", []any{3}},
		{"%!\n", nil},
		{"%t %s\n", []any{1, true}},
		{"%s\n", []any{nil}},
		{"%d %x\n", []any{"s", true}},
	}
	for _, b := range bad {
		fmt.Printf(b.format, b.args...)
	}
	fmt.Printf("%v %d\n", []int{1, 2}, []int{3, 4})
	fmt.Printf("%x %X\n", []int{10, 11}, [2]uint8{254, 255})
	fmt.Printf("%s %v\n", []string{"a", "b"}, []string{"c"})
	fmt.Printf("%q\n", []string{"q1", "q 2"})
	fmt.Printf("%v %v\n", int8(-128), uint64(18446744073709551615))
	fmt.Printf("%b %o %x\n", 10, 64, 255)
	fmt.Printf("%c|%c\n", -1, 0x110000)
	fmt.Printf("%v %v %v\n", 1e100, 123456789.0, 12345678.0)
	fmt.Printf("%v %.3v %.10v\n", 3.14159265, 3.14159265, "truncated string here")
	fmt.Printf("%08.3f|%-8.2f|%+.1e\n", 3.14159, 2.5, 12345.678)
	var np *int
	fmt.Printf("%v %d\n", np, []*int{nil})
	fmt.Printf("%v %s\n", error(nil), any(nil))
}
