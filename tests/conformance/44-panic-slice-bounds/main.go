// Slicing beyond capacity panics with "slice bounds out of range [:N] with
// capacity M"; reslicing up to cap (beyond len) is allowed, and the bytes
// between len and cap are visible after reslicing.
package main

import "fmt"

func window(s []byte, lo, hi int) []byte {
	return s[lo:hi]
}

func main() {
	buf := make([]byte, 4, 8)
	copy(buf, "abcd")
	fmt.Printf("%q len=%d cap=%d\n", buf, len(buf), cap(buf))
	w := window(buf, 2, 8)
	fmt.Printf("%q len=%d cap=%d\n", w, len(w), cap(w))
	w[5] = 'Z'
	full := buf[:cap(buf)]
	fmt.Printf("%q\n", full)
	w = window(buf, 0, 0)
	fmt.Println(len(w), cap(w))
	str := "string bounds"
	fmt.Println(str[7:], str[:6], len(str[3:3]))
	three := buf[1:3:5]
	fmt.Println(len(three), cap(three), string(three))
	for _, hi := range []int{4, 6, 8, 9} {
		fmt.Println("window to", hi)
		w = window(buf, 1, hi)
		fmt.Println("len", len(w), "cap", cap(w))
	}
	fmt.Println("unreachable")
}
