// strings.Builder: WriteString/WriteByte/WriteRune, Len and Cap as the
// buffer grows, Grow reserving capacity, Reset, Sprintf output appended,
// and building large strings efficiently.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	last := -1
	for i := 0; i < 200; i++ {
		b.WriteByte('a' + byte(i%26))
		if b.Cap() != last {
			last = b.Cap()
			fmt.Print(b.Len(), ":", b.Cap(), " ")
		}
	}
	fmt.Println()
	fmt.Println(b.String()[:30], b.Len())
	b.Reset()
	fmt.Println(b.Len(), b.Cap())
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap())
	b.WriteString("0123456789")
	fmt.Println(b.Len(), b.Cap())
	b.WriteString("x")
	fmt.Println(b.Len(), b.Cap())
	b.Grow(5)
	fmt.Println(b.Len(), b.Cap())
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap())
	var r strings.Builder
	n, err := r.WriteRune('é')
	fmt.Println(n, err, r.Len())
	n, _ = r.WriteRune('😀')
	fmt.Println(n, r.Len(), r.String())
	n, _ = r.WriteString("abc")
	fmt.Println(n, r.Len())
	var t strings.Builder
	for i := 0; i < 5; i++ {
		t.WriteString(fmt.Sprintf("%d:%s;", i, strings.Repeat("*", i)))
	}
	fmt.Println(t.String(), t.Len())
	var big strings.Builder
	big.Grow(1000)
	for i := 0; i < 100; i++ {
		big.WriteString("0123456789")
	}
	fmt.Println(big.Len(), big.Cap())
	big.WriteByte('!')
	fmt.Println(big.Len(), big.Cap())
	var lines strings.Builder
	for _, w := range []string{"alpha", "beta", "gamma"} {
		lines.WriteString(w)
		lines.WriteByte('\n')
	}
	fmt.Print(lines.String())
	var sizes []int
	var s strings.Builder
	for i := 0; i < 12; i++ {
		s.WriteString(strings.Repeat("z", i*7))
		sizes = append(sizes, s.Cap())
	}
	fmt.Println(sizes, s.Len())
}
