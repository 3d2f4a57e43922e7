// The flag package with fixed program arguments (see the args file):
// Int, Int64, String, Bool, Float64 and Duration flags in -name=value,
// -name value, --name=value and -bool forms, defaults for unset flags, and
// Args after parsing stops at the first non-flag argument.
package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	n := flag.Int("n", 1, "number of items")
	big := flag.Int64("big", 0, "a large number")
	name := flag.String("name", "anonymous", "user name")
	verbose := flag.Bool("v", false, "verbose")
	ratio := flag.Float64("ratio", 0.5, "ratio")
	timeout := flag.Duration("timeout", time.Second, "timeout")
	unset := flag.String("unset", "default-value", "never passed")
	unsetInt := flag.Int("unset-int", 42, "never passed")
	quiet := flag.Bool("quiet", true, "quiet")
	level := flag.Int("level", 3, "level")
	fmt.Println("before parse:", *n, *name, *timeout)
	flag.Parse()
	fmt.Println("n =", *n)
	fmt.Println("big =", *big)
	fmt.Println("name =", *name)
	fmt.Println("v =", *verbose)
	fmt.Println("ratio =", *ratio)
	fmt.Println("timeout =", *timeout, timeout.Seconds())
	fmt.Println("unset =", *unset, *unsetInt)
	fmt.Println("quiet =", *quiet)
	fmt.Println("level =", *level)
	rest := flag.Args()
	fmt.Println("remaining:", len(rest))
	for i, a := range rest {
		fmt.Printf("arg[%d] = %q\n", i, a)
	}
	total := *n * *level
	for i := 0; i < total && i < 5; i++ {
		fmt.Print(*name, i, " ")
	}
	fmt.Println()
}
