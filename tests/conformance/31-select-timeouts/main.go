// select: default when nothing is ready, a single ready case, timeouts via
// time.After racing a slow sender, loops that select until a quit channel
// closes, and send cases. Times are far apart so the order is fixed.
package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, v string) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- v
	}()
	return ch
}

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 5
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case s := <-slow(200*time.Millisecond, "slow"):
		fmt.Println(s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout waiting for slow")
	}
	select {
	case s := <-slow(10*time.Millisecond, "fast"):
		fmt.Println(s)
	case <-time.After(time.Second):
		fmt.Println("timeout (unexpected)")
	}
	out := make(chan int, 2)
	for i := 0; i < 3; i++ {
		select {
		case out <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("buffer full at", i)
		}
	}
	fmt.Println(<-out, <-out)
	quit := make(chan struct{})
	data := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			data <- i
		}
		close(quit)
	}()
	sum := 0
	for running := true; running; {
		select {
		case v := <-data:
			sum += v
			fmt.Println("data", v)
		case <-quit:
			running = false
		}
	}
	fmt.Println("sum", sum)
	tick := time.NewTicker(15 * time.Millisecond)
	deadline := time.After(100 * time.Millisecond)
	ticks := 0
	for ticks < 3 {
		select {
		case <-tick.C:
			ticks++
			fmt.Println("tick", ticks)
		case <-deadline:
			fmt.Println("deadline (unexpected)")
			ticks = 99
		}
	}
	tick.Stop()
	fmt.Println("ticker stopped")
}
