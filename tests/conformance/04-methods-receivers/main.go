// Methods with value and pointer receivers: mutation through pointer
// receivers, copies through value receivers, automatic & and * at call
// sites, methods on slices of structs and on map elements via pointers.
package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int            { return c.n }
func (c Counter) IncCopy() int        { c.n++; return c.n }
func (c *Counter) Inc()               { c.n++ }
func (c *Counter) Add(k int) *Counter { c.n += k; return c }
func (c Counter) String() string      { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }

type Temp float64

func (t *Temp) Warm(d float64) { *t += Temp(d) }

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), c.IncCopy(), c.Get())
	c.Add(10).Add(100).Inc()
	fmt.Println(c)
	p := &c
	p.Inc()
	fmt.Println(p.Get(), (*p).Get(), c.n)
	cs := []Counter{{name: "a"}, {name: "b"}}
	for i := range cs {
		cs[i].Inc()
	}
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	m := map[string]*Counter{"x": {name: "x"}}
	m["x"].Add(5)
	fmt.Println(*m["x"])
	var s Stack
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
	}
	fmt.Println(s, s.Peek(), len(s))
	fmt.Println(s.Pop(), s.Pop(), s)
	var t Temp = 20
	t.Warm(1.5)
	t.Warm(0.25)
	fmt.Println(t)
	arr := [2]Counter{{name: "p"}, {name: "q"}}
	arr[1].Add(3)
	cp := arr
	cp[1].Inc()
	fmt.Println(arr, cp)
	f := c.Get
	c.Inc()
	fmt.Println(f(), c.Get())
	g := p.Get
	p.Inc()
	fmt.Println(g(), p.Get())
}
