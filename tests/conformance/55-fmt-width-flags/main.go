// Width, precision and flags: %5d %-5d %05d %+d % d, %x with # and
// padding, %8.3f %-10s %.2s %*d %-*d, %6q, %#v on numbers, %+v, and
// column-aligned table output.
package main

import "fmt"

func main() {
	for _, n := range []int{0, 7, -7, 1234, -98765, 1234567} {
		fmt.Printf("[%5d][%-5d][%05d][%+d][% d][%x][%#x][%#o][%08b]\n", n, n, n, n, n, n, n, n, n&0xff)
	}
	for _, f := range []float64{0, 3.14159, -2.5, 1234.5678, 1e-9} {
		fmt.Printf("[%8.3f][%-8.2f][%08.2f][%+.1f][%.0f][%10.3e][%g][%.3g]\n", f, f, f, f, f, f, f, f)
	}
	for _, s := range []string{"", "go", "héllo", "a longer string"} {
		fmt.Printf("[%6s][%-6s][%.2s][%6.1s][%q][%8q][%x]\n", s, s, s, s, s, s, s)
	}
	fmt.Printf("[%*d][%-*d][%.*f]\n", 6, 42, 6, 42, 2, 3.14159)
	fmt.Printf("[%6t][%-7t]\n", true, false)
	fmt.Printf("[%5c][%-5c][%3U]\n", 'x', 'y', 'z')
	fmt.Printf("[%#v][%#v][%#v][%#v]\n", 42, "s", 1.0, uint8(3))
	fmt.Printf("[%#x][%# x][%#X]\n", "hex", "hex", []byte{1, 171})
	fmt.Printf("[%10v][%-10v]|\n", []int{1, 2}, map[string]int{"a": 1})
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Printf("[%x][%X][% X]\n", uint64(1)<<63, -1, []byte{1, 2, 255})
	fmt.Printf("[%+q][%#q][%#q]\n", "日本", "raw`q", "rawq")
	fmt.Printf("[%3d|%-3d|%03d]\n", 12345, 12345, 12345)
	fmt.Printf("[%.3d][%8.3d][%+.3d]\n", 7, 7, 7)
	fmt.Printf("[%e][%.2e][%12.4E]\n", 1.0, 1234.5, -0.000123)
	fmt.Printf("[%v][%.1f][%.2f][%.0f][%.0f]\n", 2.675, 0.05, 2.675, 0.5, 1.5)
	fmt.Println("name       qty   price")
	items := []struct {
		name  string
		qty   int
		price float64
	}{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.125}}
	for _, it := range items {
		fmt.Printf("%-10s %3d %7.2f\n", it.name, it.qty, it.price)
	}
	fmt.Printf("%s|%10s|%-10s|\n", fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(3, "c"))
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("[%*s][%-*s]\n", 5, "ab", 5, "cd")
	fmt.Printf("%v %+v\n", -0.0, 0.0)
}
