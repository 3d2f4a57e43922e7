// Embedded interfaces composing method sets, interface-to-interface
// assignment and assertion, comparing interface values (dynamic type and
// value), interfaces as map keys, and typed nil pointers in interfaces.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }
type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type File struct {
	name string
	data []string
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *File) Write(s string) int { f.data = append(f.data, s); return len(s) }
func (f *File) Close() error       { return nil }

type ID int
type Name string

func main() {
	f := &File{name: "f"}
	var rwc ReadWriteCloser = f
	var rw ReadWriter = rwc
	var w Writer = rw
	fmt.Println(w.Write("hello"), rw.Write("world"))
	fmt.Println(rw.Read(), rwc.Read(), rwc.Read() == "", rwc.Close())
	r := Reader(rw)
	if c, ok := r.(Closer); ok {
		fmt.Println("reader is closer", c.Close() == nil)
	}
	var i1, i2 any = 1, 1
	fmt.Println(i1 == i2, i1 == any(1.0), i1 == any(int64(1)))
	fmt.Println(any(ID(1)) == any(1), any(ID(1)) == any(ID(1)))
	fmt.Println(any("a") == any(Name("a")), any(Name("a")) == any(Name("a")))
	f2 := &File{name: "f"}
	var a, b Reader = f, f2
	fmt.Println(a == b, a == Reader(f), a == rwc)
	var e1, e2 error
	fmt.Println(e1 == e2, e1 == nil)
	var fp *File
	var rd Reader = fp
	fmt.Println(rd == nil, rd == Reader((*File)(nil)), fp == nil)
	keys := map[any]string{}
	keys[1] = "int one"
	keys[ID(1)] = "ID one"
	keys["1"] = "string one"
	keys[[2]int{1, 1}] = "array"
	keys[struct{ A int }{1}] = "struct"
	fmt.Println(len(keys), keys[1], keys[ID(1)], keys["1"], keys[[2]int{1, 1}], keys[struct{ A int }{1}])
	_, found := keys[int64(1)]
	fmt.Println(found)
	items := []any{1, "x", 1, ID(1), "x", 2.0, 2}
	uniq := map[any]bool{}
	count := 0
	for _, it := range items {
		if !uniq[it] {
			uniq[it] = true
			count++
		}
	}
	fmt.Println(count, len(uniq))
	var s1, s2 fmt.Stringer
	fmt.Println(s1 == s2)
	fmt.Printf("%T %T %v\n", rw, rd, rd == nil)
}
