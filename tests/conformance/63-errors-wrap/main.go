// errors.Is, errors.As and errors.Unwrap along wrapping chains built with
// fmt.Errorf("%w"), custom error types with Unwrap and Is methods, and
// sentinel comparisons through several layers.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type StatusError struct{ Code int }

func (e StatusError) Error() string { return fmt.Sprintf("status %d", e.Code) }
func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

func find(key string) error {
	switch key {
	case "missing":
		return &QueryError{Query: key, Err: ErrNotFound}
	case "secret":
		return fmt.Errorf("find %q: %w", key, &QueryError{key, ErrPermission})
	case "http":
		return fmt.Errorf("fetch: %w", StatusError{404})
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "secret", "http"} {
		err := find(k)
		fmt.Printf("%s: %v\n", k, err)
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound), "is Permission:", errors.Is(err, ErrPermission))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  as QueryError:", qe.Query, qe.Err)
		}
		var se StatusError
		if errors.As(err, &se) {
			fmt.Println("  as StatusError:", se.Code)
		}
		fmt.Println("  is any status:", errors.Is(err, StatusError{}), "is 500:", errors.Is(err, StatusError{500}))
	}
	chain := fmt.Errorf("l3: %w", fmt.Errorf("l2: %w", fmt.Errorf("l1: %w", ErrNotFound)))
	for e := error(chain); e != nil; e = errors.Unwrap(e) {
		fmt.Println("chain:", e)
	}
	fmt.Println(errors.Is(chain, ErrNotFound), errors.Is(nil, ErrNotFound), errors.Is(nil, nil))
	fmt.Println(errors.Unwrap(ErrNotFound) == nil, errors.Unwrap(nil) == nil)
	copyErr := errors.New("not found")
	fmt.Println(errors.Is(chain, copyErr), copyErr.Error() == ErrNotFound.Error())
	var target *QueryError
	fmt.Println(errors.As(chain, &target), target == nil)
	wrappedTwice := fmt.Errorf("outer: %w", find("secret"))
	if errors.As(wrappedTwice, &target) {
		fmt.Println("found deep:", target.Query, target == errors.Unwrap(errors.Unwrap(wrappedTwice)))
	}
	fmt.Println(wrappedTwice)
}
