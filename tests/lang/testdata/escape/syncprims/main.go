package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.m[key]++
	c.mu.Unlock()
}

var once sync.Once
var config map[string]string

func loadConfig() {
	config = map[string]string{"mode": "fast"}
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("k")
		}()
	}
	wg.Wait()
	once.Do(loadConfig)
	var mu sync.Mutex
	mu.Lock()
	n := c.m["k"]
	mu.Unlock()
	fmt.Println(n, config["mode"])
}
