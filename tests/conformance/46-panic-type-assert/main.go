// A failed single-value type assertion panics with an interface conversion
// message naming the static interface, the dynamic type and the asserted
// type; comma-ok assertions and type switches never panic.
package main

import "fmt"

type Animal interface{ Name() string }
type Dog struct{}
type Cat struct{}

func (Dog) Name() string { return "dog" }
func (Cat) Name() string { return "cat" }

func main() {
	animals := []Animal{Dog{}, Cat{}, Dog{}}
	for i, a := range animals {
		if d, ok := a.(Dog); ok {
			fmt.Println(i, "is a dog:", d.Name())
		} else {
			fmt.Println(i, "is not a dog")
		}
		switch a.(type) {
		case Cat:
			fmt.Println(i, "switch: cat")
		default:
			fmt.Println(i, "switch: other")
		}
	}
	var v any = 42
	fmt.Println(v.(int) + 1)
	for _, a := range animals {
		d := a.(Dog)
		fmt.Println("asserted", d.Name())
	}
}
