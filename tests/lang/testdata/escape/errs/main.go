package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

var ErrEmpty = errors.New("empty")

//go:noinline
func parse(s string, line int) (int, error) {
	if s == "" {
		return 0, ErrEmpty
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ParseError{Line: line, Msg: err.Error()}
	}
	return n, nil
}

//go:noinline
func check(v int) error {
	if v < 0 {
		return fmt.Errorf("negative: %d", v)
	}
	if v == 0 {
		return errors.New("zero")
	}
	return nil
}

func main() {
	_, err := parse("x", 3)
	fmt.Println(err, check(-1), check(0))
}
