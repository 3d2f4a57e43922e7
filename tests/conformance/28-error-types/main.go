// The error interface: errors.New values compare by identity, custom error
// types with value and pointer receivers, returning typed nil vs nil, error
// printing with %v and Println, and sentinel errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrEmpty = errors.New("empty input")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code(%d)", int(c)) }

func parse(lines []string) (int, error) {
	if len(lines) == 0 {
		return 0, ErrEmpty
	}
	sum := 0
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			return sum, &ParseError{Line: i + 1, Msg: "not a number: " + l}
		}
		sum += n
	}
	return sum, nil
}

func mayFail(fail bool) error {
	var p *ParseError
	if fail {
		p = &ParseError{Line: 0, Msg: "failed"}
	}
	return p
}

func main() {
	fmt.Println(parse([]string{"1", "2", "3"}))
	fmt.Println(parse(nil))
	_, err := parse([]string{"4", "x5"})
	fmt.Println(err)
	if pe, ok := err.(*ParseError); ok {
		fmt.Println("parse error at line", pe.Line)
	}
	_, err = parse([]string{})
	fmt.Println(err == ErrEmpty, err == errors.New("empty input"), err.Error() == "empty input")
	var c error = Code(7)
	fmt.Println(c, c == Code(7), c == Code(8))
	fmt.Printf("%v|%s|%d|%T\n", c, c, c, c)
	err = mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T\n", err)
	err = mayFail(true)
	fmt.Println(err)
	errs := []error{ErrEmpty, Code(1), &ParseError{2, "m"}, nil}
	for _, e := range errs {
		fmt.Printf("[%v] ", e)
	}
	fmt.Println()
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v %T\n", nilErr, nilErr)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())
	fmt.Println(fmt.Sprint(ErrEmpty) + "!")
}
