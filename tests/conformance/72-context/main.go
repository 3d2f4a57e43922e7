// context: Background, WithCancel (cancel stops workers; Err becomes
// context.Canceled), WithTimeout (Done closes, Err is DeadlineExceeded),
// and parent cancellation propagating to children.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	<-ctx.Done()
	out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
}

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg.Err(), bg.Done() == nil)
	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx.Err())
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ctx, i, out, &wg)
	}
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		_ = s
		n++
	}
	fmt.Println("stopped workers:", n, ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cancel()
	fmt.Println("second cancel is a no-op:", ctx.Err())
	tctx, tcancel := context.WithTimeout(bg, 30*time.Millisecond)
	defer tcancel()
	err := slowOp(tctx, time.Second)
	fmt.Println(err, err == context.DeadlineExceeded, tctx.Err())
	fast, fcancel := context.WithTimeout(bg, time.Second)
	fmt.Println(slowOp(fast, 10*time.Millisecond), fast.Err())
	fcancel()
	fmt.Println(fast.Err())
	parent, pcancel := context.WithCancel(bg)
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	grandchild, gcancel := context.WithTimeout(child, time.Hour)
	defer gcancel()
	pcancel()
	<-grandchild.Done()
	fmt.Println(parent.Err(), child.Err(), grandchild.Err())
	select {
	case <-ctx.Done():
		fmt.Println("Done of a canceled context is closed")
	default:
		fmt.Println("unexpected")
	}
	fmt.Println(context.Canceled, context.DeadlineExceeded)
}
