package main

import "fmt"

type Buf struct {
	data []byte
	next *Buf
}

//go:noinline
func identity(p *int) *int { return p }

//go:noinline
func first(b *Buf) []byte { return b.data }

//go:noinline
func follow(b *Buf) *Buf { return b.next.next }

//go:noinline
func pick(a, b *int, useA bool) *int {
	if useA {
		return a
	}
	return b
}

//go:noinline
func readOnly(b *Buf) int { return len(b.data) }

//go:noinline
func stash(b *Buf) { keep = b }

var keep *Buf

//go:noinline
func stashData(b *Buf) { keepData = b.data }

var keepData []byte

func main() {
	x, y := 1, 2
	p := identity(&x)
	q := pick(&x, &y, true)
	b := &Buf{data: []byte("abc")}
	b.next = &Buf{next: b}
	c := &Buf{}
	stash(c)
	d := &Buf{data: make([]byte, 3)}
	stashData(d)
	fmt.Println(*p, *q, len(first(b)), follow(b) == b, readOnly(b))
}
