// Go 1.19 loop variables are per loop, not per iteration: closures and
// pointers created in a loop all see the final value, unless the body
// copies the variable. Covers 3-clause loops, range loops and defers.
package main

import "fmt"

func deferred() (registered int) {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("d", i, " ") }()
		registered++
	}
	for i := 0; i < 3; i++ {
		defer func(v int) { fmt.Print("a", v, " ") }(i)
	}
	return
}

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fs = fs[:0]
	for i := 0; i < 4; i++ {
		i := i
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*string
	for _, s := range []string{"x", "y", "z"} {
		ptrs = append(ptrs, &s)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])
	var idx []*int
	for i := range [3]struct{}{} {
		idx = append(idx, &i)
	}
	fmt.Println(*idx[0], *idx[1], *idx[2])
	var keyFns []func() string
	for k, v := range map[string]int{"only": 1} {
		keyFns = append(keyFns, func() string { return fmt.Sprint(k, v) })
	}
	fmt.Println(keyFns[0]())
	var prints []func()
	for _, v := range []int{1, 2, 3} {
		prints = append(prints, func() { fmt.Print(v, ";") })
		v *= 100
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
	fmt.Println(deferred())
	counter := 0
	var bumps []func()
	for j := 0; j < 3; j++ {
		bumps = append(bumps, func() { counter += j })
	}
	for _, b := range bumps {
		b()
	}
	fmt.Println(counter)
	var closures []func() int
	for n := 10; n > 0; n /= 2 {
		closures = append(closures, func() int { return n })
	}
	for _, c := range closures {
		fmt.Print(c(), " ")
	}
	fmt.Println(len(closures))
}
