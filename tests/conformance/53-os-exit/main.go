// os.Exit ends the program immediately with the given status: deferred
// calls do not run (in main or in the caller), buffered channel contents
// are abandoned, but everything already written is kept.
package main

import (
	"fmt"
	"os"
)

type Checker struct {
	limit int
	seen  []int
}

func (c *Checker) Check(v int) {
	defer fmt.Println("check deferred for", v)
	if v > c.limit {
		fmt.Fprintln(os.Stderr, "error: value too large:", v)
		fmt.Println("seen so far:", c.seen)
		os.Exit(3)
	}
	c.seen = append(c.seen, v)
	fmt.Println("ok", v)
}

func main() {
	defer fmt.Println("deferred: never printed")
	pending := make(chan int, 3)
	pending <- 1
	c := &Checker{limit: 2}
	for i := 0; i < 10; i++ {
		c.Check(i)
	}
	fmt.Println("unreachable", <-pending)
}
