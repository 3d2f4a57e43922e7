// Struct values: zero values, comparison with == (nested structs and
// arrays), copy on assignment, anonymous struct types and literals,
// assignability between identical anonymous types, and struct{} values.
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	In   Inner
	Arr  [2]int
	Flag bool
	P    *int
}

func main() {
	var z Outer
	fmt.Printf("%+v\n", z)
	fmt.Println(z.In.B == "", z.P == nil, z.Arr)
	n := 1
	a := Outer{Inner{1, "x"}, [2]int{1, 2}, true, &n}
	b := a
	fmt.Println(a == b)
	b.In.B = "y"
	fmt.Println(a == b, a.In.B, b.In.B)
	b.In.B = "x"
	m := 1
	b.P = &m
	fmt.Println(a == b, *a.P == *b.P)
	b.P = a.P
	b.Arr[1] = 3
	fmt.Println(a == b, a.Arr, b.Arr)
	point := struct {
		X, Y int
	}{3, 4}
	fmt.Println(point, point.X*point.Y)
	fmt.Printf("%v %+v %T\n", point, point, point)
	var other struct{ X, Y int }
	other = point
	other.X = 30
	fmt.Println(other, point, other == point)
	people := []struct {
		Name string
		Age  int
	}{{"Ann", 30}, {"Bob", 25}, {Name: "Cy"}}
	for _, p := range people {
		fmt.Print(p.Name, ":", p.Age, " ")
	}
	fmt.Println(len(people))
	cfg := struct {
		Host string
		Port int
		Tags []string
	}{Host: "localhost", Port: 8080}
	cfg.Tags = append(cfg.Tags, "a", "b")
	fmt.Printf("%+v\n", cfg)
	e1, e2 := struct{}{}, struct{}{}
	fmt.Println(e1 == e2, e1)
	set := map[string]struct{}{}
	set["x"] = struct{}{}
	set["y"] = struct{}{}
	_, has := set["x"]
	_, hasZ := set["z"]
	fmt.Println(len(set), has, hasZ, set)
	type Pair struct{ K, V string }
	seen := map[Pair]int{}
	for _, p := range []Pair{{"a", "1"}, {"b", "2"}, {"a", "1"}} {
		seen[p]++
	}
	fmt.Println(seen[Pair{"a", "1"}], seen[Pair{"b", "2"}], len(seen))
	var ia, ib any = Inner{1, "q"}, Inner{1, "q"}
	fmt.Println(ia == ib, ia != Inner{2, "q"})
	nested := struct {
		In  Inner
		Sub struct{ V float64 }
	}{In: Inner{A: 5}}
	nested.Sub.V = 2.5
	fmt.Printf("%v %+v\n", nested, nested)
}
