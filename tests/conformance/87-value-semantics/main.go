// Value semantics the compiler must keep: copies on interface calls, sends, comma-ok reads and
// map keys; addresses of fields and elements; evaluation order of assignments.
package main

import "fmt"

type T struct{ n int }

func (t T) Inc() int { t.n++; return t.n }

type Incer interface{ Inc() int }

type C int

func (c *C) Inc() { *c++ }

type S struct{ c C }

type K struct{ a, b string }

type K2 struct{ a int }

var calls int

func arr() [3]int { calls++; return [3]int{} }

var cnt int
var tp = &T{}

func f() *T { cnt++; return tp }
func g() int { cnt++; return 0 }

func main() {
	// a value receiver called through an interface or a method value works on a copy
	var i Incer = T{}
	fmt.Println(i.Inc(), i.Inc())
	m := i.Inc
	fmt.Println(m(), m())

	// pointer methods on fields and elements change them in place
	var s S
	s.c.Inc()
	xs := []C{0}
	xs[0].Inc()
	var ar [2]C
	ar[1].Inc()
	p := &S{}
	p.c.Inc()
	fmt.Println(s.c, xs[0], ar, p.c)

	// sends copy the value
	ch := make(chan T, 1)
	t := T{1}
	ch <- t
	t.n = 2
	fmt.Println((<-ch).n)
	ch2 := make(chan T, 1)
	select {
	case ch2 <- t:
	}
	t.n = 3
	fmt.Println((<-ch2).n)

	// map keys: strings holding separators, copies of aggregate keys, comma-ok copies
	mk := map[K]int{}
	mk[K{"x,sy", ""}] = 1
	mk[K{"x", "y,s"}] = 2
	ma := map[[2]string]int{}
	ma[[2]string{"a,sb", ""}] = 1
	ma[[2]string{"a", "b,s"}] = 2
	fmt.Println(len(mk), len(ma))
	m3 := map[K2]int{}
	k := K2{1}
	m3[k] = 1
	k.a = 2
	for kk := range m3 {
		kk.a = 9
	}
	for kk := range m3 {
		fmt.Println(kk.a)
	}
	m4 := map[string]T{"a": {1}}
	v, ok := m4["a"]
	v.n = 5
	fmt.Println(m4["a"].n, ok)
	var e interface{} = T{1}
	w, ok := e.(T)
	w.n = 5
	fmt.Println(e.(T).n, ok)

	// each operand is evaluated once, left side first
	f().n += 1
	f().n++
	fmt.Println(cnt, tp.n)
	ss := []T{{}}
	cnt = 0
	ss[g()].n += 5
	fmt.Println(cnt, ss[0].n)
	a := &T{}
	b := &T{}
	q := a
	q, q.n = b, 5
	fmt.Println(a.n, b.n)
	mi := map[interface{}]int{}
	var key int = 3
	var z int
	mi[key], z = 1, 2
	fmt.Println(mi[3], z, len(mi))
	fmt.Println(len(arr()), calls)
}
