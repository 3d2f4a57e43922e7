package main

import "fmt"

type Inner struct {
	buf  []int
	name *string
}

type Outer struct {
	Inner
	ptr *Inner
	tag string
}

//go:noinline
func (o *Outer) SetName(s *string) { o.name = s }

//go:noinline
func (o Outer) Tag() string { return o.tag }

//go:noinline
func makeOuter() Outer {
	in := &Inner{buf: []int{1, 2, 3}}
	return Outer{ptr: in, tag: "t"}
}

func main() {
	o := makeOuter()
	name := "n"
	o.SetName(&name)
	var local Outer
	local.buf = make([]int, 2)
	fmt.Println(len(o.ptr.buf), *o.name, o.Tag(), len(local.buf))
}
