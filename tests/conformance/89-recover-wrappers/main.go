// recover() works in a method called through the wrappers Go generates (interface calls, method
// expressions, method values), and only in the frame the panic's deferred call runs, not in a
// recursive call of the same function.
package main

import "fmt"

type Rec interface{ Rec() }

type R struct{}

func (R) Rec() { fmt.Println("recovered:", recover()) }

func try(name string, f func()) {
	defer func() {
		if x := recover(); x != nil {
			fmt.Println(name, "leaked:", x)
		}
	}()
	f()
}

func D(n int) {
	if n > 0 {
		D(n - 1)
		return
	}
	fmt.Println("D(0) recover:", recover())
}

func recursive() {
	defer func() { fmt.Println("recursive: caller recovers", recover()) }()
	defer D(1)
	panic("x")
}

func main() {
	try("iface", func() { var i Rec = R{}; defer i.Rec(); panic("a") })
	try("method expr", func() { defer R.Rec(R{}); panic("b") })
	try("ptr method expr", func() { defer (*R).Rec(&R{}); panic("c") })
	try("iface method value", func() { var i Rec = R{}; f := i.Rec; defer f(); panic("d") })
	try("iface method expr", func() { defer Rec.Rec(R{}); panic("e") })
	try("method value", func() { f := R{}.Rec; defer f(); panic("f") })
	recursive()
}
