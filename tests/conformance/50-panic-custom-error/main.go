// panic with a custom error type (pointer receiver Error method) and with
// a wrapped error from fmt.Errorf: the runtime prints Error()'s result.
package main

import (
	"fmt"
)

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("validation failed: %s=%d out of range", e.Field, e.Value)
}

func validate(age int) error {
	if age < 0 || age > 150 {
		return &ValidationError{"age", age}
	}
	return nil
}

func main() {
	for _, age := range []int{30, 151} {
		if err := validate(age); err != nil {
			fmt.Println("invalid:", err)
			wrapped := fmt.Errorf("loading user: %w", err)
			fmt.Println(wrapped)
			defer fmt.Println("deferred sees", age)
			panic(err)
		}
		fmt.Println("valid:", age)
	}
}
