// The bytes package: Buffer (Write/WriteString/WriteByte/WriteRune, Len,
// Cap growth, Bytes, String, Truncate, Reset, Grow, NewBuffer and
// NewBufferString) and the slice helpers Contains, Equal, Compare, Index,
// IndexByte, HasPrefix/HasSuffix, Split, Fields, ToUpper/ToLower,
// TrimSpace, Join, Repeat, Count and ReplaceAll.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	fmt.Println(buf.Len(), buf.Cap(), buf.String() == "")
	buf.WriteString("hello")
	fmt.Println(buf.Len(), buf.Cap())
	buf.WriteByte(' ')
	n, err := buf.Write([]byte("world"))
	fmt.Println(n, err)
	n, _ = buf.WriteRune('!')
	fmt.Println(n)
	n, _ = buf.WriteRune('é')
	fmt.Println(n, buf.String(), buf.Len(), buf.Cap())
	buf.Truncate(11)
	fmt.Printf("%q %d\n", buf.Bytes(), buf.Len())
	b := buf.Bytes()
	b[0] = 'H'
	fmt.Println(buf.String())
	buf.Reset()
	fmt.Println(buf.Len(), buf.Cap())
	buf = bytes.Buffer{}
	last := -1
	for i := 0; i < 3000; i++ {
		buf.WriteByte(byte('0' + i%10))
		if buf.Cap() != last {
			last = buf.Cap()
			fmt.Print(buf.Cap(), " ")
		}
	}
	fmt.Println()
	nb := bytes.NewBufferString("seed")
	nb.Grow(64)
	fmt.Println(nb.Len(), nb.Cap() >= 68, nb.String())
	nb2 := bytes.NewBuffer([]byte("xyz"))
	nb2.WriteString(fmt.Sprintf("-%d-", 42))
	fmt.Println(nb2.String(), nb2.Len())
	a := []byte("Hello, Gophers")
	fmt.Println(bytes.Contains(a, []byte("Go")), bytes.Contains(a, []byte("go")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil))
	fmt.Println(bytes.Index(a, []byte("Go")), bytes.IndexByte(a, ','), bytes.HasPrefix(a, []byte("Hell")), bytes.HasSuffix(a, []byte("rs")))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%s|%s|%s\n", bytes.ToUpper(a), bytes.ToLower(a), bytes.TrimSpace([]byte("  trim  ")))
	fmt.Printf("%s %s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("+")), bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%q\n", bytes.Fields([]byte(" f1  f2 ")))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), string(bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("bb"))))
}
