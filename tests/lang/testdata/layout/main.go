//go:build ignore

// Generates type layouts and type strings from the real Go toolchain:
// "name|size|align|offsets|%T". Regenerate with `npm run update:goldens`.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type T struct {
	a int8
	b int64
	c bool
}
type E struct{}
type Z struct {
	a int32
	z struct{}
}
type P struct {
	next *P
	name string
	vals []int
	m    map[string]int
	i    interface{}
	f    func(int) string
	c    chan<- bool
	arr  [3]int16
	e    E
}
type Tag struct {
	A int `json:"a"`
}
type Embed struct {
	T
	*E
	x uint16
}

func show(name string, v interface{}) {
	t := reflect.TypeOf(v)
	offs := []string{}
	if t.Kind() == reflect.Struct {
		for i := 0; i < t.NumField(); i++ {
			offs = append(offs, fmt.Sprint(t.Field(i).Offset))
		}
	}
	fmt.Printf("%s|%d|%d|%s|%T\n", name, t.Size(), t.Align(), strings.Join(offs, ","), v)
}

func main() {
	show("bool", false)
	show("int8", int8(0))
	show("int16", int16(0))
	show("int32", int32(0))
	show("int", 0)
	show("uint64", uint64(0))
	show("float32", float32(0))
	show("float64", 0.0)
	show("complex64", complex64(0))
	show("complex128", complex128(0))
	show("string", "")
	show("uintptr", uintptr(0))
	show("ptr", (*int)(nil))
	show("slice", []byte(nil))
	show("array", [5]int32{})
	show("array0", [0]int64{})
	show("map", map[string]int(nil))
	show("chan", make(chan int))
	show("chansend", (chan<- int)(nil))
	show("chanrecv", (<-chan int)(nil))
	show("chanchan", (chan (<-chan int))(nil))
	show("func", func(int, ...string) (bool, error) { return false, nil })
	show("func1", func() int { return 0 })
	show("iface", (*interface{})(nil))
	show("T", T{})
	show("E", E{})
	show("Z", Z{})
	show("P", P{})
	show("Tag", Tag{})
	show("Embed", Embed{})
	show("anon", struct {
		x int
		y []string
	}{})
	show("errorp", (*error)(nil))
	show("stringer", (*fmt.Stringer)(nil))
	show("mapslice", map[int][]*T(nil))
}
