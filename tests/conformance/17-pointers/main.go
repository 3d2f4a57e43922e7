// Pointers: & of variables, struct fields, array and slice elements;
// new(T); pointer-to-pointer; pointers keeping locals alive after return;
// pointer equality; nil pointers; automatic dereference for fields.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func newInt(v int) *int { return &v }

func inc(p *int) { *p++ }

func swap(a, b *string) { *a, *b = *b, *a }

func push(head **Node, v int) { *head = &Node{Val: v, Next: *head} }

func main() {
	x := 10
	p := &x
	*p = 20
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q, *r, q == r, *q == *r)
	pp := &p
	**pp = 99
	fmt.Println(x, **pp)
	n := new(int)
	fmt.Println(*n)
	*n = 3
	s := new(string)
	*s = "hi"
	b := new(bool)
	fmt.Println(*n, *s, *b)
	type pair struct{ a, b int }
	pr := new(pair)
	pr.a = 1
	(*pr).b = 2
	fmt.Println(*pr, pr.a+pr.b)
	pa := &pr.b
	*pa = 20
	fmt.Println(*pr)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 200
	fmt.Println(arr)
	sl := []int{4, 5, 6}
	se := &sl[2]
	*se = 600
	fmt.Println(sl)
	sl = append(sl, 7)
	*se = 6000
	fmt.Println(sl, *se)
	u, v := "left", "right"
	swap(&u, &v)
	fmt.Println(u, v)
	var head *Node
	for i := 1; i <= 5; i++ {
		push(&head, i*i)
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	var np *Node
	fmt.Println(np == nil, head != nil)
	var ptrs []*int
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println(ptrs[0] == ptrs[1])
	m := map[string]*Node{"a": {Val: 1}}
	m["a"].Val++
	fmt.Println(m["a"].Val)
	ps := &struct{ N []int }{N: []int{1}}
	ps.N = append(ps.N, 2)
	fmt.Println(ps.N, len(ps.N))
	fmt.Printf("%v %+v\n", head.Next.Val, *head.Next.Next.Next.Next)
}
