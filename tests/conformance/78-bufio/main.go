// bufio: a Writer wrapping os.Stdout buffers output until Flush (shown via
// Buffered/Available and interleaving with unbuffered writes), a small
// buffer flushing when it overflows, a deferred Flush, and a Scanner
// reading lines from strings.NewReader.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Println("buffered", w.Buffered(), "available", w.Available())
	fmt.Fprintf(w, "buffered line %d\n", 1)
	w.WriteString("buffered line 2\n")
	fmt.Println("direct line (appears before the buffered ones)")
	fmt.Println("buffered", w.Buffered(), "available", w.Available())
	w.Flush()
	fmt.Println("after flush buffered", w.Buffered(), "available", w.Available())
	small := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Println("small available", small.Available())
	small.WriteString("0123456789")
	fmt.Println("[direct]")
	small.WriteString("abcdefghij")
	fmt.Println("\n[direct after overflow] buffered", small.Buffered())
	small.WriteByte('\n')
	small.WriteRune('é')
	small.WriteString("\n")
	fmt.Println("buffered before flush", small.Buffered())
	small.Flush()
	big := bufio.NewWriterSize(os.Stdout, 16)
	big.WriteString("a string longer than the sixteen byte buffer goes straight through\n")
	fmt.Println("buffered after big write", big.Buffered())
	big.Flush()
	sc := bufio.NewScanner(strings.NewReader("line one\nline two\n\nline four"))
	for i := 1; sc.Scan(); i++ {
		fmt.Printf("%d: %q\n", i, sc.Text())
	}
	fmt.Println("scan err:", sc.Err())
	words := 0
	sc2 := bufio.NewScanner(strings.NewReader("a b c\nd e\n"))
	for sc2.Scan() {
		words += len(strings.Fields(sc2.Text()))
	}
	fmt.Println("words", words)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < 3; i++ {
		fmt.Fprintln(out, "deferred flush", i)
	}
	fmt.Println("printed before the deferred flush")
}
