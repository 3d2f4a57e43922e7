package main

import (
	"errors"
	"fmt"
)

// Go inlines errors.New, sees that err's static value is an *errors.errorString, and
// devirtualizes err.Error(): the error value then stays on the stack. heaplab models
// std bodies only by summaries, so it keeps the interface call (and the allocation escapes).
func main() {
	err := errors.New("boom")
	msg := err.Error()
	fmt.Println(len(msg))
}
