// Buffered channels: len and cap as values are queued and drained, FIFO
// order, receive from a closed channel (remaining values, then zero values
// with ok=false), range over a closed channel, and nil/zero-capacity cases.
package main

import "fmt"

type Job struct {
	ID   int
	Name string
}

func main() {
	ch := make(chan int, 5)
	fmt.Println(len(ch), cap(ch))
	for i := 1; i <= 5; i++ {
		ch <- i * i
		fmt.Print(len(ch), " ")
	}
	fmt.Println()
	fmt.Println(<-ch, <-ch, len(ch), cap(ch))
	ch <- 100
	ch <- 200
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Println(v, ok, len(ch))
	jobs := make(chan Job, 3)
	jobs <- Job{1, "a"}
	jobs <- Job{2, "b"}
	close(jobs)
	j, ok := <-jobs
	fmt.Println(j, ok)
	j, ok = <-jobs
	fmt.Println(j, ok)
	j, ok = <-jobs
	fmt.Printf("%+v %v\n", j, ok)
	strs := make(chan string, 2)
	strs <- "x"
	s, ok := <-strs
	fmt.Printf("%q %v %d\n", s, ok, len(strs))
	close(strs)
	s, ok = <-strs
	fmt.Printf("%q %v\n", s, ok)
	var nilCh chan int
	fmt.Println(nilCh == nil, len(nilCh), cap(nilCh))
	unbuf := make(chan bool)
	fmt.Println(len(unbuf), cap(unbuf))
	done := make(chan struct{}, 1)
	done <- struct{}{}
	select {
	case done <- struct{}{}:
		fmt.Println("sent (unexpected)")
	default:
		fmt.Println("full, would block")
	}
	<-done
	select {
	case <-done:
		fmt.Println("received (unexpected)")
	default:
		fmt.Println("empty, would block")
	}
	queue := make(chan int, 3)
	produced := 0
	for round := 0; round < 3; round++ {
		for len(queue) < cap(queue) {
			produced++
			queue <- produced
		}
		fmt.Print("round", round, ": ", <-queue, " ", <-queue, " | ")
	}
	fmt.Println(len(queue), produced)
	chch := make(chan chan int, 1)
	inner := make(chan int, 1)
	chch <- inner
	(<-chch) <- 7
	fmt.Println(<-inner)
	fch := make(chan func() string, 1)
	fch <- func() string { return "func over channel" }
	fmt.Println((<-fch)())
}
