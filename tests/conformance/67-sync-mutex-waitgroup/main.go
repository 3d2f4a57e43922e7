// sync.Mutex and sync.WaitGroup: many goroutines incrementing a shared
// counter under a lock, a mutex-protected map, TryLock, WaitGroup.Add in
// bulk and Done via defer, and results gathered into indexed slots.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				total += id
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("total", total)
	c := SafeCounter{m: make(map[string]int)}
	keys := []string{"a", "b", "c"}
	wg.Add(30)
	for i := 0; i < 30; i++ {
		go func(i int) {
			defer wg.Done()
			c.Inc(keys[i%3])
		}(i)
	}
	wg.Wait()
	for _, k := range keys {
		fmt.Print(k, "=", c.Value(k), " ")
	}
	fmt.Println()
	squares := make([]int, 10)
	var wg2 sync.WaitGroup
	for i := range squares {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			squares[i] = i * i
		}(i)
	}
	wg2.Wait()
	fmt.Println(squares)
	var m sync.Mutex
	fmt.Println("trylock free:", m.TryLock())
	fmt.Println("trylock held:", m.TryLock())
	m.Unlock()
	fmt.Println("trylock again:", m.TryLock())
	m.Unlock()
	var order []string
	var omu sync.Mutex
	var owg sync.WaitGroup
	for _, name := range []string{"x", "y", "z"} {
		owg.Add(1)
		go func(n string) {
			defer owg.Done()
			omu.Lock()
			order = append(order, n)
			omu.Unlock()
		}(name)
	}
	owg.Wait()
	sort.Strings(order)
	fmt.Println(order, len(order))
	var zero sync.WaitGroup
	zero.Wait()
	fmt.Println("waiting on a zero WaitGroup returns immediately")
	var locker sync.Locker = &mu
	locker.Lock()
	total++
	locker.Unlock()
	fmt.Println(total)
}
