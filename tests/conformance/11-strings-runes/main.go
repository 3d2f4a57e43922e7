// Strings, bytes and runes: indexing yields bytes, range yields runes with
// byte offsets (invalid UTF-8 becomes U+FFFD one byte at a time),
// conversions string(rune), []byte(s), []rune(s), string([]byte) and
// string([]rune), comparison, concatenation and immutability.
package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), s[0], s[1], s[2], string(s[0]))
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98\x80"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println(len(bad), len([]rune(bad)))
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s, len(b))
	rs := []rune(s)
	rs[7] = '地'
	fmt.Println(string(rs), len(rs), rs[1])
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	var r rune = 'é'
	var by byte = 'A'
	fmt.Println(r, by, r+1, by+1, string(r+1), string(rune(by+1)))
	fmt.Printf("%T %T\n", r, by)
	fmt.Println("abc" < "abd", "ab" < "abc", "Z" < "a", "" < "a", "é" > "z")
	t := s[:2] + s[7:]
	fmt.Println(t, len(t))
	u := s[1:3]
	fmt.Println(u, len(u), u == "é")
	raw := `raw\n "string"`
	fmt.Println(raw, len(raw))
	esc := "tab\there\nnl \\ \" \u00e9 \U0001F600 \x41"
	fmt.Println(esc)
	fmt.Println([]byte("héllo"))
	fmt.Println([]rune("héllo"))
	fmt.Println(string([]byte{72, 105, 0xe2, 0x82, 0xac}))
	fmt.Println(string([]rune{0x48, 0x20ac, 0xD800}))
	var sb []byte
	for i := 0; i < 5; i++ {
		sb = append(sb, "xy"[i%2])
	}
	sb = append(sb, "!?"...)
	fmt.Println(string(sb))
	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println(count, len("日本語"))
	for i := 0; i < len("日本"); i++ {
		fmt.Printf("%x ", "日本"[i])
	}
	fmt.Println()
	x := "immutable"
	y := x
	x += "!"
	fmt.Println(x, y)
	var empty string
	fmt.Println(empty == "", len(empty), fmt.Sprintf("[%s]", empty))
	fmt.Printf("%q %+q %x % x\n", s, s, "hi", "hi")
}
