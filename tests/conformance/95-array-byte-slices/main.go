// Byte slices over Go arrays (their data is not a typed byte array): fmt verbs, string
// conversion and os.Stdout.Write see their bytes.
package main

import (
	"fmt"
	"os"
)

func main() {
	var a [5]byte
	copy(a[:], "hello")
	b := a[1:4]
	fmt.Printf("%s %q %x %v\n", b, b, b, string(b))
	os.Stdout.Write(a[:])
	fmt.Println()
}
