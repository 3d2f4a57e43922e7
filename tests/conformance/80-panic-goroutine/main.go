// An unrecovered panic in a goroutine other than main ends the whole
// program (exit 2), even though main is blocked; a recover in main cannot
// catch it, while a recover inside another goroutine can.
package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, name string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(name, "recovered:", r)
			}
		}()
		f()
	}()
}

func main() {
	defer func() {
		fmt.Println("main's recover sees:", recover())
	}()
	var wg sync.WaitGroup
	safeGo(&wg, "g1", func() { panic("handled inside goroutine") })
	wg.Wait()
	safeGo(&wg, "g2", func() {
		var m map[int]int
		m[1]++
	})
	wg.Wait()
	fmt.Println("both handled; now an unhandled one")
	done := make(chan bool)
	go func() {
		items := []string{"a", "b"}
		for i := 0; i <= len(items); i++ {
			fmt.Println("item", items[i])
		}
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}
