// Directional channel types (chan<- and <-chan) in signatures and
// conversions, closing to broadcast to many receivers, the v, ok receive
// form, %T of channel types, and nil channels in select never ready.
package main

import (
	"fmt"
	"sync"
)

func producer(out chan<- string, items []string) {
	for _, it := range items {
		out <- it
	}
	close(out)
}

func consumer(in <-chan string, done chan<- int) {
	n := 0
	for s := range in {
		fmt.Println("consumed", s)
		n++
	}
	done <- n
}

func main() {
	ch := make(chan string)
	done := make(chan int)
	go producer(ch, []string{"a", "b", "c"})
	go consumer(ch, done)
	fmt.Println("count", <-done)
	bi := make(chan int, 1)
	var send chan<- int = bi
	var recv <-chan int = bi
	send <- 42
	fmt.Println(<-recv, len(send), cap(recv))
	fmt.Printf("%T %T %T\n", bi, send, recv)
	start := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-start
			results[id] = id * 10
		}(i)
	}
	close(start)
	wg.Wait()
	fmt.Println(results)
	quit := make(chan bool, 1)
	data := make(chan int, 3)
	data <- 1
	data <- 2
	close(data)
	quit <- true
	var nilCh chan int
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-data:
			if !ok {
				fmt.Println("data closed")
				data = nil
				continue
			}
			fmt.Println("data", v)
		case <-nilCh:
			fmt.Println("never")
		}
	}
	select {
	case <-data:
		fmt.Println("nil channel ready?")
	case q := <-quit:
		fmt.Println("quit", q)
	}
	errc := make(chan error, 1)
	errc <- nil
	fmt.Println(<-errc == nil)
	c := make(chan int)
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
}
