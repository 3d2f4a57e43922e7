// fmt on composite values: %v, %+v and %#v of structs, nested structs,
// pointers to structs (&{...}), slices, arrays, maps (sorted keys), nil
// slices and maps, embedded structs, and interfaces holding them.
package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Tags    []string
	Scores  map[string]int
	private bool
}

type Wrapper struct {
	Person
	Note any
}

type Pair [2]float64

func main() {
	addr := &Address{"Paris", 75001}
	p := Person{"Ann", 30, *addr, []string{"a", "b"}, map[string]int{"z": 1, "m": 2}, true}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%v\n", addr)
	fmt.Printf("%+v\n", addr)
	fmt.Printf("%#v\n", *addr)
	fmt.Printf("%#v\n", addr.Zip)
	fmt.Printf("%#v\n", []string{"x", "y"})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v %#v\n", []int(nil), map[int]bool(nil))
	fmt.Printf("%#v\n", Pair{1.5, 2})
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%#v %#v %#v\n", any(nil), []any{1, "a", nil}, true)
	var empty Person
	fmt.Printf("%v\n%+v\n", empty, empty)
	w := Wrapper{Person{Name: "Bob"}, 42}
	fmt.Printf("%v\n%+v\n", w, w)
	w.Note = &Address{"Rome", 100}
	fmt.Printf("%v\n", w.Note)
	nested := map[string][]map[string]int{"k": {{"x": 1}, {"y": 2, "a": 0}}}
	fmt.Println(nested)
	ptrs := []*Address{{"A", 1}, nil}
	fmt.Printf("%v\n", *ptrs[0])
	fmt.Println(ptrs[1], len(ptrs))
	arr := [3]*Address{}
	fmt.Println(arr)
	structs := []Address{{"X", 1}, {"Y", 2}}
	fmt.Printf("%v %+v\n", structs, structs)
	mp := map[Address]bool{{"b", 2}: true, {"a", 1}: false, {"a", 0}: true}
	fmt.Println(mp)
	fmt.Println(map[int]string{3: "c", -1: "a", 2: "b"})
	fmt.Println(map[string]*Address{"p": nil})
	var anyMap = map[any]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, false: 6}
	fmt.Println(anyMap)
	type Tree struct {
		L, R *Tree
		V    int
	}
	t := &Tree{V: 1, L: &Tree{V: 2}}
	fmt.Printf("%v %+v\n", t.L, *t.L)
	fmt.Println([][]string{{"a"}, {}, nil}, [2][]int{{1}, nil})
	fmt.Println(struct{}{}, []struct{}{{}, {}}, [0]int{})
	fmt.Printf("%v %s %d\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%v %+v\n", []error{fmt.Errorf("e1"), nil}, []any{addr.City, 3})
	fmt.Printf("%x %X\n", Address{"ab", 255}, []string{"hi", "yo"})
}
