package main

import (
	"fmt"
	"sync"
)

type Res struct{ name string }

func (r *Res) Close() { fmt.Println("close", r.name) }

var mu sync.Mutex

//go:noinline
func once() {
	r := &Res{name: "a"}
	defer r.Close()
	defer fmt.Println("done")
}

//go:noinline
func loop(n int) {
	for i := 0; i < n; i++ {
		r := &Res{name: "b"}
		defer r.Close()
	}
}

//go:noinline
func locked() int {
	mu.Lock()
	defer mu.Unlock()
	return 1
}

//go:noinline
func recovering() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	panic("boom")
}

func main() {
	once()
	loop(2)
	fmt.Println(locked(), recovering())
}
