// Closing a channel twice panics with "close of closed channel"; receives
// on the closed channel before that still drain buffered values, and a
// goroutine ranging over it finishes normally.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	close(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
	nums := make(chan int)
	done := make(chan int)
	go func() {
		sum := 0
		for n := range nums {
			sum += n
		}
		done <- sum
	}()
	for i := 1; i <= 4; i++ {
		nums <- i
	}
	close(nums)
	fmt.Println("sum", <-done)
	defer fmt.Println("deferred print")
	closeAll := func(chs ...chan string) {
		for i, c := range chs {
			fmt.Println("closing", i)
			close(c)
		}
	}
	closeAll(make(chan string), ch)
}
