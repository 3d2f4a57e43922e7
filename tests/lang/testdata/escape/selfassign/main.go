package main

import "fmt"

type Buffer struct {
	buf  []byte
	off  int
	a, b *int
}

//go:noinline
func (b *Buffer) Truncate(n int) {
	b.buf = b.buf[:n]
}

//go:noinline
func (b *Buffer) Swap() {
	b.a = b.b
}

func main() {
	x := 1
	b := &Buffer{buf: make([]byte, 10), b: &x}
	b.Truncate(3)
	b.Swap()
	fmt.Println(len(b.buf), *b.a)
}
