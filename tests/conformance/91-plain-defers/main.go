// Deferred calls of functions that never block run without a generator, and an uncontended
// Lock takes its plain first attempt: the order of deferred calls, panics raised in them,
// recover, named results changed by a deferred call and contended locks behave as in Go.
package main

import (
	"fmt"
	"sync"
	"time"
)

func note(s string) { fmt.Println("deferred", s) }

func double(n int) int {
	defer note("a")
	defer note("b")
	return n * 2
}

func named() (r int) {
	defer inc(&r)
	return 41
}

func inc(p *int) { *p++ }

func panicky() {
	defer note("c")
	panic("boom")
}

func raise(s string) { panic(s) }

func replaced() {
	defer note("d")
	defer raise("second")
	panic("first")
}

// a blocking deferred call between plain ones: they still run last-in first-out
func mixed() {
	defer note("e")
	defer time.Sleep(time.Millisecond)
	defer note("f")
	fmt.Println("mixed body")
}

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) add(k int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n += k
}

func (c *counter) get() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func try(name string, fn func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	fn()
}

func main() {
	fmt.Println(double(3))
	fmt.Println(named())
	try("panicky", panicky)
	try("replaced", replaced)
	mixed()

	// contended: a holder sleeps inside the critical section while others queue
	c := &counter{}
	var wg sync.WaitGroup
	c.mu.Lock()
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			c.add(k)
		}(i)
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("before unlock", c.n)
	c.mu.Unlock()
	wg.Wait()
	fmt.Println("after", c.get())

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	done := make(chan bool)
	go func() {
		rw.Lock()
		fmt.Println("writer in")
		rw.Unlock()
		done <- true
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("readers hold")
	rw.RUnlock()
	rw.RUnlock()
	<-done
	fmt.Println("end")
}
