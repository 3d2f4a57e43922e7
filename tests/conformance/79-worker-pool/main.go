// A worker pool: jobs on a buffered channel, a fixed number of workers,
// results collected through a channel and sorted, a WaitGroup closing the
// results channel, and a semaphore channel bounding concurrency.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Job struct {
	ID int
	N  int
}

type Result struct {
	JobID  int
	Sum    int
	Worker int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		s := 0
		for i := 1; i <= j.N; i++ {
			s += i
		}
		results <- Result{JobID: j.ID, Sum: s, Worker: id}
	}
}

func main() {
	jobs := make(chan Job, 100)
	results := make(chan Result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < 20; i++ {
		jobs <- Job{ID: i, N: i * 10}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	workersUsed := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersUsed[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	for _, r := range all {
		fmt.Printf("job %2d sum %5d\n", r.JobID, r.Sum)
	}
	fmt.Println("results", len(all), "workers used <= 4:", len(workersUsed) <= 4)
	sem := make(chan struct{}, 3)
	var active, maxActive int32
	var wg2 sync.WaitGroup
	for i := 0; i < 12; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			cur := atomic.AddInt32(&active, 1)
			for {
				old := atomic.LoadInt32(&maxActive)
				if cur <= old || atomic.CompareAndSwapInt32(&maxActive, old, cur) {
					break
				}
			}
			atomic.AddInt32(&active, -1)
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max concurrency <= 3:", maxActive <= 3, "active now:", active)
}
