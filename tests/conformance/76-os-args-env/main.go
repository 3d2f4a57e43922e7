// os.Args (program arguments after the program name, which is not
// printed), os.Getenv of variables that are not set (the run's environment
// holds only GOMAXPROCS), and fmt.Fprint* to os.Stdout and os.Stderr.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("argc:", len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Printf("arg %d: %q (len %d)\n", i+1, a, len(a))
	}
	fmt.Println("joined:", strings.Join(os.Args[1:], "|"))
	v := os.Getenv("HEAPLAB_CONFORMANCE_UNSET_VARIABLE")
	fmt.Printf("unset: %q %d\n", v, len(v))
	fmt.Println("PATH unset too:", os.Getenv("PATH") == "")
	n, err := fmt.Fprintln(os.Stdout, "written to stdout")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "written to stderr")
	fmt.Fprintf(os.Stderr, "%d args\n", len(os.Args)-1)
	if len(os.Args) > 2 {
		fmt.Println("second arg upper:", strings.ToUpper(os.Args[2]))
	}
	flags := 0
	for _, a := range os.Args[1:] {
		if strings.HasPrefix(a, "-") {
			flags++
		}
	}
	fmt.Println("flag-like args:", flags)
}
