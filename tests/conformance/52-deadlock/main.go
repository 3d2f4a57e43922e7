// When every goroutine is blocked the runtime reports a fatal deadlock
// (exit code 2) without running deferred calls. Before that, workers
// synchronised by a mutex and a WaitGroup finish in a fixed order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("never printed: fatal errors skip defers")
	var mu sync.Mutex
	results := make(chan int)
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			fmt.Println("worker", n, "finished")
			mu.Unlock()
		}(i)
		wg.Wait()
	}
	fmt.Println("total", total)
	buffered := make(chan int, 1)
	buffered <- 1
	fmt.Println("buffered send did not block", len(buffered))
	fmt.Println("all workers done; now waiting for a result nobody sends")
	fmt.Println(<-results)
}
