package main

import (
	"errors"
	"fmt"
	"strings"
)

type Op struct {
	Name string
	Fn   func(int) int
}

// Statically initialized: no code runs for these.
var ops = []Op{{"double", func(x int) int { return 2 * x }}, {"neg", func(x int) int { return -x }}}
var defaultOp = &Op{Name: "id"}
var greeting = []byte("hello")

// Initialized by code in the package's init function, in dependency order.
var index = makeIndex()
var names = map[string]int{"a": 1}
var ErrBad = errors.New("bad")
var upper = strings.ToUpper(prefix)
var prefix = "p-" + fmt.Sprint(len(ops))

func makeIndex() map[string]*Op {
	m := make(map[string]*Op, len(ops))
	for i := range ops {
		m[ops[i].Name] = &ops[i]
	}
	return m
}

func main() {
	fmt.Println(index["neg"].Fn(3), names["a"], ErrBad, upper, len(greeting), defaultOp.Name)
}
