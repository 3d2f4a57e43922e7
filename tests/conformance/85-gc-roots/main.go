// Values reachable only through closures, heap variables, channel buffers, method values and
// active timers stay alive across collections: no finalizer runs.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct {
	b    [64]byte
	name string
}

func mk(name string) *T {
	t := &T{name: name}
	runtime.SetFinalizer(t, func(t *T) { fmt.Println("finalized", t.name) })
	return t
}

func gcs() {
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

type W struct{ p *T }

func (w W) Name() string { return w.p.name }

var (
	byRef    func() string
	byValue  func() string
	method   func() string
	heapVar  **T
	buffered = make(chan *T, 1)
)

func setup(done chan bool) {
	var p *T
	byRef = func() string { return p.name }
	p = mk("captured by reference")

	q := mk("captured by value")
	byValue = func() string { return q.name }

	w := W{p: mk("method value receiver")}
	method = w.Name

	var h *T
	heapVar = &h
	h = mk("moved to heap")

	buffered <- mk("channel buffer")

	a := mk("AfterFunc closure")
	time.AfterFunc(50*time.Millisecond, func() { fmt.Println("timer fired:", a.name); done <- true })
}

func main() {
	done := make(chan bool)
	setup(done)
	gcs()
	fmt.Println(byRef())
	fmt.Println(byValue())
	fmt.Println(method())
	fmt.Println((*heapVar).name)
	fmt.Println((<-buffered).name)
	<-done
}
