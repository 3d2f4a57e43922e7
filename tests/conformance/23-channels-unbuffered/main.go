// Unbuffered channels synchronise goroutines: ping-pong between two
// goroutines, a pipeline of stages, fan-in with a known number of
// results (sorted), and a done channel to wait for completion.
package main

import (
	"fmt"
	"sort"
)

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			fmt.Println("  pong got", v)
			pong <- v + 1
		}
		close(pong)
	}()
	go func() {
		v := 0
		for i := 0; i < 4; i++ {
			ping <- v
			v = <-pong
			fmt.Println("ping got", v)
		}
		close(ping)
		_, ok := <-pong
		fmt.Println("pong closed:", !ok)
		done <- true
	}()
	<-done
	sum := 0
	for v := range square(square(gen(5))) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("sum", sum)
	results := make(chan string)
	for w := 0; w < 4; w++ {
		go func(id int) {
			results <- fmt.Sprintf("worker%d:%d", id, id*id)
		}(w)
	}
	var got []string
	for i := 0; i < 4; i++ {
		got = append(got, <-results)
	}
	sort.Strings(got)
	fmt.Println(got)
	ring := make([]chan int, 4)
	for i := range ring {
		ring[i] = make(chan int)
	}
	for i := 0; i < 3; i++ {
		go func(id int, in <-chan int, out chan<- int) {
			t := <-in
			fmt.Println("goroutine", id, "holds token", t)
			out <- t * 2
		}(i, ring[i], ring[i+1])
	}
	ring[0] <- 1
	fmt.Println("token back", <-ring[3])
	fmt.Println("all handed off")
}
