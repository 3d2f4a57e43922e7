package main

import (
	"fmt"
	"sync"
)

type Job struct{ n int }

//go:noinline
func worker(id int, jobs <-chan *Job, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j.n * id
	}
}

func main() {
	jobs := make(chan *Job, 10)
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < 5; i++ {
		jobs <- &Job{n: i}
	}
	close(jobs)
	total := 0
	done := make(chan bool)
	go func() {
		for r := range results {
			total += r
		}
		done <- true
	}()
	wg.Wait()
	close(results)
	<-done
	fmt.Println(total)
}
