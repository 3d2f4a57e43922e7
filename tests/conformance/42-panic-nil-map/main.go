// Writing to a nil map panics with "assignment to entry in nil map" while
// reading, len, delete and range on a nil map are all fine.
package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func (r *Registry) Get(name string) (int, bool) {
	v, ok := r.byName[name]
	return v, ok
}

func (r *Registry) Set(name string, v int) {
	r.byName[name] = v
}

func main() {
	var r Registry
	v, ok := r.Get("x")
	fmt.Println(v, ok, len(r.byName), r.byName == nil)
	delete(r.byName, "x")
	for k := range r.byName {
		fmt.Println("never", k)
	}
	fmt.Println("reads on a nil map are fine")
	r.byName = map[string]int{}
	r.Set("a", 1)
	fmt.Println(r.byName)
	r.byName = nil
	defer func() {
		fmt.Println("deferred runs before the crash report")
	}()
	r.Set("b", 2)
	fmt.Println("unreachable")
}
