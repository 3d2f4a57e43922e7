// The runtime package: NumGoroutine as goroutines start and block,
// Gosched, GC, GOMAXPROCS(0) (value not printed), SetFinalizer running
// after GC, KeepAlive, and GOOS/GOARCH/Compiler constants.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Resource struct {
	name string
	data [64]byte
}

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	block := make(chan struct{})
	started := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			started <- i
			<-block
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-started
	}
	fmt.Println("with three blocked:", runtime.NumGoroutine())
	close(block)
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("after they exit:", runtime.NumGoroutine())
	procs := runtime.GOMAXPROCS(0)
	fmt.Println("GOMAXPROCS positive:", procs > 0, "unchanged:", runtime.GOMAXPROCS(0) == procs)
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler, runtime.NumCPU() > 0)
	finalized := make(chan string, 1)
	func() {
		r := &Resource{name: "tmpfile"}
		runtime.SetFinalizer(r, func(r *Resource) { finalized <- r.name })
		r.data[0] = 1
	}()
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	select {
	case name := <-finalized:
		fmt.Println("finalizer ran for", name)
	case <-time.After(2 * time.Second):
		runtime.GC()
		fmt.Println("finalizer ran (late) for", <-finalized)
	}
	kept := &Resource{name: "kept"}
	ran := make(chan bool, 1)
	runtime.SetFinalizer(kept, func(*Resource) { ran <- true })
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	select {
	case <-ran:
		fmt.Println("kept object was finalized too early")
	default:
		fmt.Println("kept object still alive")
	}
	runtime.KeepAlive(kept)
	runtime.SetFinalizer(kept, nil)
	x := 0
	done := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			x++
			runtime.Gosched()
		}
		done <- true
	}()
	<-done
	fmt.Println("x", x)
}
