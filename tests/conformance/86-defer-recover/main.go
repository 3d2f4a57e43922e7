// recover stops a panic only when the deferred function calls it directly, and a function
// called by a deferred function returns normally with its own deferred calls.
package main

import (
	"errors"
	"fmt"
)

func helper() {
	defer func() {}()
	fmt.Println("helper returns normally")
}

func outer() (r interface{}) {
	defer func() {
		helper()
		r = recover()
	}()
	panic("boom")
}

func doRecover() interface{} { return recover() }

func indirect() {
	defer func() {
		fmt.Println("r2", recover())
	}()
	defer func() {
		fmt.Println("r1", doRecover())
	}()
	panic("x")
}

func deferRecover() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer recover()
	panic("p")
}

func named() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func namedPanic() (r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
			err = fmt.Errorf("%v", e)
		}
	}()
	var a []int
	return a[5], nil
}

type guard struct{ name string }

func (g guard) check() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "recovered", r)
	}
}

func viaMethod() {
	g := guard{"method"}
	defer g.check()
	panic(errors.New("from viaMethod"))
}

func viaMethodValue() {
	f := guard{"method value"}.check
	defer f()
	panic("from viaMethodValue")
}

func nested() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	func() {
		defer func() {
			fmt.Println("inner recovered:", recover())
			panic("second")
		}()
		panic("first")
	}()
}

func main() {
	fmt.Println("outer:", outer())
	indirect()
	fmt.Println(deferRecover())
	fmt.Println(named())
	fmt.Println(namedPanic())
	viaMethod()
	viaMethodValue()
	nested()
}
