// time.Sleep, NewTimer with Stop and Reset, NewTicker, time.After and
// time.Tick used to order events between goroutines. Only the order of
// events is printed (never wall-clock readings), with wide time margins.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var events []string
	record := func(s string) {
		mu.Lock()
		events = append(events, s)
		mu.Unlock()
	}
	var wg sync.WaitGroup
	for _, d := range []int{60, 20, 100, 40} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			record(fmt.Sprint("slept", ms))
		}(d)
	}
	wg.Wait()
	fmt.Println(events)
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active timer:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	t.Reset(10 * time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired")
	fmt.Println("stop fired timer:", t.Stop())
	fmt.Println("reset fired timer:", t.Reset(time.Hour))
	fmt.Println("stop after reset:", t.Stop())
	t2 := time.NewTimer(30 * time.Millisecond)
	select {
	case <-t2.C:
		fmt.Println("t2 fired first")
	case <-time.After(300 * time.Millisecond):
		fmt.Println("after fired first")
	}
	ticker := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 5 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	tick := time.Tick(15 * time.Millisecond)
	done := time.After(200 * time.Millisecond)
	count := 0
	for count < 3 {
		<-tick
		count++
	}
	fmt.Println("tick channel delivered", count)
	<-done
	fmt.Println("done after the ticks")
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 20ms:", el >= 20*time.Millisecond)
	msgs := make(chan string, 2)
	go func() {
		time.Sleep(5 * time.Millisecond)
		msgs <- "sleeper woke"
	}()
	select {
	case m := <-msgs:
		fmt.Println(m)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout (unexpected)")
	}
	fmt.Println(time.Duration(0) < time.Nanosecond, start.Sub(start))
}
