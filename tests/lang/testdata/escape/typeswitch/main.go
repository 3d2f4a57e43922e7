package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{ name string }
type Cat struct{ lives int }

func (d *Dog) Sound() string { return d.name + " woof" }
func (c Cat) Sound() string  { return "meow" }

//go:noinline
func classify(v any) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprint("int ", x)
	case *Dog:
		return x.Sound()
	case Cat:
		return x.Sound()
	case fmt.Stringer:
		return x.String()
	}
	return "?"
}

//go:noinline
func asDog(a Animal) *Dog {
	if d, ok := a.(*Dog); ok {
		return d
	}
	return nil
}

func main() {
	d := &Dog{name: "rex"}
	fmt.Println(classify(1), classify(d), classify(Cat{lives: 9}), asDog(d).name)
}
