package main

import (
	"fmt"
	"time"
)

type Msg struct{ body string }

//go:noinline
func pump(out chan<- *Msg, quit <-chan struct{}) {
	for i := 0; ; i++ {
		m := &Msg{body: "m"}
		select {
		case out <- m:
		case <-quit:
			return
		}
	}
}

func main() {
	out := make(chan *Msg)
	quit := make(chan struct{})
	go pump(out, quit)
	timeout := time.After(time.Millisecond)
	count := 0
	for count < 3 {
		select {
		case m := <-out:
			count += len(m.body)
		case <-timeout:
			count = 3
		}
	}
	close(quit)
	fmt.Println(count)
}
