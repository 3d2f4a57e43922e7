// defer: LIFO order, arguments evaluated at the defer statement, deferred
// closures seeing later changes, modifying named results after return,
// defers in loops, deferred method values, and defers running on panic.
package main

import "fmt"

type Res struct{ name string }

func (r *Res) Close() { fmt.Println("close", r.name) }

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func argsEval() {
	x := 1
	defer fmt.Println("deferred arg x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
	p := &x
	defer func(v int, q *int) { fmt.Println("v =", v, "*q =", *q) }(x, p)
	x = 3
}

func double(n int) (result int) {
	defer func() { result *= 2 }()
	return n + 1
}

func tripleErr() (n int, err error) {
	defer func() {
		if err != nil {
			n = -1
			err = fmt.Errorf("wrapped: %v", err)
		}
	}()
	return 10, fmt.Errorf("inner")
}

func counted() (s string) {
	defer func() { s += "!" }()
	defer func() { s += "?" }()
	s = "a"
	return s + "b"
}

func resources() {
	for _, n := range []string{"db", "file", "sock"} {
		r := &Res{n}
		defer r.Close()
	}
	fmt.Println("using resources")
}

func onPanic() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	defer fmt.Println("deferred before panic runs first")
	panic("boom")
}

func nested() {
	defer func() {
		defer fmt.Println("inner defer of deferred func")
		fmt.Println("outer deferred func")
	}()
	fmt.Println("nested body")
}

func main() {
	order()
	fmt.Println()
	argsEval()
	fmt.Println(double(4), double(0))
	fmt.Println(tripleErr())
	fmt.Println(counted())
	resources()
	fmt.Println(onPanic())
	nested()
	f := fmt.Println
	defer f("deferred func value in main")
	var r *Res = &Res{"main"}
	defer r.Close()
	r = &Res{"changed"}
	fmt.Println("main returns", r.name)
}
