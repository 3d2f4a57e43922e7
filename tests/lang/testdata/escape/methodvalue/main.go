package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c *Counter) Add(k int) { c.n += k }

var saved func()

//go:noinline
func run(f func()) { f() }

func main() {
	var c Counter
	inc := c.Inc
	inc()
	run(c.Inc)
	get := c.Get
	add := (*Counter).Add
	add(&c, 2)
	d := &Counter{}
	saved = d.Inc
	saved()
	fmt.Println(get(), c.Get(), d.n)
}
