// The Print family: Print/Println/Printf, Sprint/Sprintln/Sprintf and
// Fprint/Fprintln/Fprintf to os.Stdout and os.Stderr, their spacing rules
// (Print adds spaces only between non-string operands) and byte counts.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Println("a", "b", 1, 2)
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d-%s\n", 5, "x")
	fmt.Println(n)
	s := fmt.Sprint("x", 1, 2, "y")
	fmt.Printf("%q\n", s)
	s = fmt.Sprintln("x", 1, 2, "y")
	fmt.Printf("%q\n", s)
	s = fmt.Sprintf("%03d|%v", 7, []int{1})
	fmt.Printf("%q\n", s)
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprint(nil, nil))
	fmt.Printf("%q\n", fmt.Sprint("a", nil, "b"))
	fmt.Printf("%q\n", fmt.Sprint(1, "a", 2))
	fmt.Printf("%q\n", fmt.Sprint(1.5, 2.5))
	n, err = fmt.Fprint(os.Stdout, "to", "stdout", 1, 2, "\n")
	fmt.Println(n, err)
	n, _ = fmt.Fprintln(os.Stdout, "fprintln", "stdout")
	fmt.Println(n)
	fmt.Fprintf(os.Stdout, "fprintf %s %d\n", "stdout", 3)
	fmt.Fprint(os.Stderr, "to stderr ", 1, "\n")
	fmt.Fprintln(os.Stderr, "fprintln", "stderr")
	n, _ = fmt.Fprintf(os.Stderr, "fprintf %s %v\n", "stderr", []int{9})
	fmt.Println("stderr bytes", n)
	fmt.Fprintf(os.Stderr, "last stderr line without newline")
	fmt.Println()
	fmt.Println(fmt.Sprintf("%v", fmt.Sprint("nested ", fmt.Sprintln("deep"))))
}
