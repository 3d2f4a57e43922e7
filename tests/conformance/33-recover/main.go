// recover: returns the panic value (string, error, custom type), returns
// nil outside panics, re-panicking a recovered value to an outer handler,
// runtime errors recovered as runtime.Error with their exact messages, and
// execution continuing in the caller after a recovered panic.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Custom struct{ Code int }

func safe(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime.Error %q\n", name, re.Error())
			return
		}
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %v\n", name, err)
			return
		}
		fmt.Printf("%s: %T %v\n", name, r, r)
	}()
	f()
}

func rethrow() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered", r, "- re-panicking")
		panic(fmt.Sprint("re:", r))
	}()
	panic("original")
}

var nilMap map[string]int

func main() {
	fmt.Println("recover outside panic:", recover())
	safe("string", func() { panic("plain string") })
	safe("error", func() { panic(errors.New("an error value")) })
	safe("custom", func() { panic(Custom{42}) })
	safe("int", func() { panic(7) })
	safe("rethrow", rethrow)
	idx := 5
	s := []int{1, 2, 3}
	safe("index", func() { _ = s[idx] })
	safe("slice", func() { _ = s[1:idx] })
	lo, hi := 2, 1
	safe("slice-inverted", func() { _ = s[lo:hi] })
	safe("slice3", func() { _ = s[0:1:idx] })
	zero := 0
	safe("div", func() { fmt.Println(10 / zero) })
	safe("mod", func() { fmt.Println(10 % zero) })
	safe("nilmap", func() { nilMap["x"] = 1 })
	var p *Custom
	safe("nilptr", func() { fmt.Println(p.Code) })
	var i any = "str"
	safe("assert", func() { fmt.Println(i.(int)) })
	var e any
	safe("assert-nil", func() { fmt.Println(e.(string)) })
	var st fmt.Stringer
	safe("iface-nil", func() { _ = st.String() })
	safe("assert-iface", func() { _ = i.(fmt.Stringer) })
	ch := make(chan int)
	close(ch)
	safe("close-closed", func() { close(ch) })
	safe("send-closed", func() { ch <- 1 })
	var nilCh chan int
	safe("close-nil", func() { close(nilCh) })
	safe("arr", func() {
		var a [3]int
		k := -1
		a[k+4*zero] = 1
	})
	safe("str", func() { _ = "abc"[idx] })
	safe("makeslice", func() { _ = make([]int, idx-10) })
	fmt.Println("main continues after all panics")
}
