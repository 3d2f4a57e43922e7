// Assignment forms: ++/-- on variables, fields, map entries and slice
// elements; every op-assignment operator; tuple assignment and swaps with
// left-to-right evaluation; := redeclaration and shadowing in inner scopes.
package main

import "fmt"

type P struct{ X, Y int }

func next(c *int) int {
	*c++
	return *c
}

func main() {
	i := 5
	i++
	i++
	i--
	fmt.Println(i)
	var u8 uint8 = 255
	u8++
	var i8 int8 = -128
	i8--
	fmt.Println(u8, i8)
	p := P{1, 2}
	p.X++
	p.Y--
	pp := &p
	pp.X += 10
	fmt.Println(p)
	m := map[string]int{}
	m["a"]++
	m["a"]++
	m["b"]--
	m["c"] += 5
	fmt.Println(m)
	s := []int{1, 2, 3}
	s[0]++
	s[1] *= 10
	s[2] <<= 3
	fmt.Println(s)
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 7
	fmt.Println(x)
	y := 0xF0
	y &= 0x3C
	y |= 0x01
	y ^= 0xFF
	y <<= 2
	y >>= 1
	y &^= 0x10
	fmt.Println(y)
	str := "a"
	str += "b"
	str += str
	fmt.Println(str)
	f := 1.5
	f *= 4
	f -= 0.5
	f /= 2
	fmt.Println(f)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	arr := []int{10, 20, 30}
	k := 0
	k, arr[k] = 1, 99
	fmt.Println(k, arr)
	c := 0
	r1, r2, r3 := next(&c), next(&c), next(&c)
	fmt.Println(r1, r2, r3, c)
	arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
	fmt.Println(arr)
	n, err := 1, error(nil)
	n2, err := 2, fmt.Errorf("e")
	fmt.Println(n, n2, err)
	if n := 50; n > 10 {
		n++
		fmt.Println("inner n", n)
	}
	fmt.Println("outer n", n)
	var (
		v1     = 1
		v2, v3 = "two", 3.0
	)
	v1, v2 = v1+1, v2+"!"
	fmt.Println(v1, v2, v3)
	type T struct{ n int }
	ts := []T{{1}, {2}}
	for i := range ts {
		ts[i].n *= 100
	}
	fmt.Println(ts)
	var q, w, e int = 1, 2, 3
	q, w, e = e, q, w
	fmt.Println(q, w, e)
	_, _ = q, w
	var blank int
	_ = blank
	sum := 0
	for j := 10; j > 0; j -= 3 {
		sum += j
	}
	fmt.Println(sum)
}
