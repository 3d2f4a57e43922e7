package main

import (
	"bytes"
	"fmt"
)

// A devirtualized std method prints as a method expression: (*bytes.Buffer).String(…).
func main() {
	var s fmt.Stringer = &bytes.Buffer{}
	fmt.Println(s.String())
}
