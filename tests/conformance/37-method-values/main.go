// Method values (receiver bound at evaluation, copied for value
// receivers), method expressions T.M and (*T).M, method values through
// interfaces, and methods passed as plain function values.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Acc struct{ total int }

func (a Acc) Value() int     { return a.total }
func (a *Acc) Add(n int)     { a.total += n }
func (a Acc) Plus(n int) int { return a.total + n }

type Greeter interface{ Greet(name string) string }

type English struct{}
type French struct{ polite bool }

func (English) Greet(n string) string { return "Hello, " + n }
func (f French) Greet(n string) string {
	if f.polite {
		return "Bonjour, " + n
	}
	return "Salut, " + n
}

func apply(f func(int), vals ...int) {
	for _, v := range vals {
		f(v)
	}
}

func main() {
	a := Acc{}
	add := a.Add
	apply(add, 1, 2, 3)
	fmt.Println(a.total)
	val := a.Value
	a.Add(100)
	fmt.Println(val(), a.Value())
	addExpr := (*Acc).Add
	addExpr(&a, 1000)
	valueExpr := Acc.Value
	plusExpr := Acc.Plus
	fmt.Println(valueExpr(a), plusExpr(a, 5))
	ptrValue := (*Acc).Value
	fmt.Println(ptrValue(&a))
	fmt.Printf("%T\n%T\n%T\n", addExpr, valueExpr, add)
	greeters := []Greeter{English{}, French{true}, French{}}
	var fns []func(string) string
	for _, g := range greeters {
		fns = append(fns, g.Greet)
	}
	for _, f := range fns {
		fmt.Println(f("Ann"))
	}
	ifaceExpr := Greeter.Greet
	fmt.Println(ifaceExpr(French{true}, "Bob"))
	upper := strings.ToUpper
	fmt.Println(upper("method"), strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
	words := []string{"pear", "fig", "banana"}
	byLen := func(i, j int) bool { return len(words[i]) < len(words[j]) }
	sort.Slice(words, byLen)
	fmt.Println(words)
	var b strings.Builder
	write := b.WriteString
	write("a")
	write("b")
	fmt.Println(b.String(), b.Len())
	p := &Acc{total: 1}
	pv := p.Value
	p.total = 50
	fmt.Println(pv(), p.Value())
	ops := map[string]func(*Acc, int){"add": (*Acc).Add}
	ops["add"](p, 7)
	fmt.Println(p.total)
}
