// sync.Once runs its function exactly once across goroutines (and not
// again after a panic), sync.RWMutex allows concurrent readers, and
// sync.Pool calls New when empty and returns a Put value from Get.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

type Config struct {
	mu   sync.RWMutex
	vals map[string]string
}

func (c *Config) Get(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.vals[k]
}

func (c *Config) Set(k, v string) {
	c.mu.Lock()
	c.vals[k] = v
	c.mu.Unlock()
}

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	inits := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { inits++ })
		}()
	}
	wg.Wait()
	once.Do(func() { inits += 100 })
	fmt.Println("inits", inits)
	var once2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once2.Do(func() { panic("init failed") })
	}()
	ran := false
	once2.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
	cfg := &Config{vals: map[string]string{}}
	cfg.Set("mode", "fast")
	results := make([]string, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = cfg.Get("mode")
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	cfg.mu.RLock()
	cfg.mu.RLock()
	fmt.Println("two readers hold the lock")
	cfg.mu.RUnlock()
	cfg.mu.RUnlock()
	cfg.Set("mode", "slow")
	fmt.Println(cfg.Get("mode"))
	created := 0
	pool := sync.Pool{New: func() any {
		created++
		return new(bytes.Buffer)
	}}
	b1 := pool.Get().(*bytes.Buffer)
	b2 := pool.Get().(*bytes.Buffer)
	fmt.Println("created", created, b1 != b2)
	b1.WriteString("reused")
	pool.Put(b1)
	b3 := pool.Get().(*bytes.Buffer)
	fmt.Println("same buffer back:", b3 == b1, b3.String(), "created", created)
	b3.Reset()
	pool.Put(b3)
	pool.Put(b2)
	var empty sync.Pool
	fmt.Println("no New gives nil:", empty.Get() == nil)
}
