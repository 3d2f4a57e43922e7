//go:build ignore

// Generates the runtime error messages of real Go 1.19 (recovered and printed
// one per line as "name|message"). Regenerate with `npm run update:goldens`.
package main

import "fmt"

type T struct{ a int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Printf("%s|%s\n", name, e.Error())
		} else {
			fmt.Printf("%s|%v\n", name, r)
		}
	}()
	f()
}

var sink interface{}

func main() {
	s := []int{1, 2, 3}
	arr := [4]int{}
	str := "héllo"
	var m map[string]int
	var p *T
	var i interface{} = "str"
	var e error
	var ch chan int
	n, neg, big := 5, -1, 10
	zero := 0
	try("index", func() { sink = s[n] })
	try("index-neg", func() { sink = s[neg] })
	try("index-array", func() { sink = arr[n] })
	try("index-string", func() { sink = str[big] })
	try("slice-alen", func() { sink = str[:big] })
	try("slice-acap", func() { sink = s[:big] })
	try("slice-b", func() { sink = s[n:2] })
	try("slice-b-neg", func() { sink = s[neg:] })
	try("slice3-acap", func() { sink = s[0:1:big] })
	try("slice3-b", func() { sink = s[0:n:2] })
	try("slice3-c", func() { sink = s[n:2:3] })
	try("nil-map", func() { m["a"] = 1 })
	try("nil-deref", func() { sink = p.a })
	try("div-zero", func() { sink = n / zero })
	try("mod-zero", func() { sink = n % zero })
	try("assert", func() { sink = i.(int) })
	try("assert-nil", func() { var j interface{}; sink = j.(string) })
	try("assert-iface", func() { sink = i.(error) })
	try("assert-named", func() { var k interface{} = T{}; sink = k.(fmt.Stringer) })
	try("nil-error-method", func() { sink = e.Error() })
	try("close-nil", func() { close(ch) })
	try("close-twice", func() { c := make(chan int); close(c); close(c) })
	try("send-closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("makeslice-len", func() { sink = make([]int, neg) })
	try("makeslice-cap", func() { sink = make([]int, 2, 1+zero) })
	try("makemap-neg", func() { sink = make(map[int]int, neg) })
	try("makechan-neg", func() { sink = make(chan int, neg) })
	try("custom-string", func() { panic("boom") })
	try("custom-int", func() { panic(42) })
	try("custom-error", func() { panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner"))) })
}
