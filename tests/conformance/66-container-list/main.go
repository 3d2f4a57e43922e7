// container/list: PushBack/PushFront, iteration forwards and backwards,
// InsertBefore/InsertAfter, Remove during iteration (saving Next first),
// MoveToFront/MoveToBack, Len, Front/Back, and an LRU cache built on it.
package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) string {
	s := "["
	for e := l.Front(); e != nil; e = e.Next() {
		if e != l.Front() {
			s += " "
		}
		s += fmt.Sprint(e.Value)
	}
	return s + fmt.Sprintf("] len=%d", l.Len())
}

type LRU struct {
	cap   int
	order *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.order.MoveToFront(e)
		return
	}
	c.items[k] = c.order.PushFront(&entry{k, v})
	if c.order.Len() > c.cap {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*entry).key)
		fmt.Println("evicted", last.Value.(*entry).key)
	}
}

func main() {
	l := list.New()
	fmt.Println(dump(l), l.Front() == nil)
	e1 := l.PushBack(1)
	l.PushBack(2)
	e0 := l.PushFront(0)
	l.PushBack("three")
	fmt.Println(dump(l))
	l.InsertBefore(0.5, e1)
	l.InsertAfter(1.5, e1)
	fmt.Println(dump(l))
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	l.MoveToBack(e0)
	l.MoveToFront(e1)
	fmt.Println(dump(l))
	for e := l.Front(); e != nil; {
		next := e.Next()
		if _, isFloat := e.Value.(float64); isFloat {
			fmt.Println("removed", l.Remove(e))
		}
		e = next
	}
	fmt.Println(dump(l), l.Front().Value, l.Back().Value)
	var zero list.List
	zero.PushBack("zero-value list works")
	fmt.Println(dump(&zero))
	c := &LRU{cap: 2, order: list.New(), items: map[string]*list.Element{}}
	c.Put("a", 1)
	c.Put("b", 2)
	fmt.Println(c.Get("a"))
	c.Put("c", 3)
	fmt.Println(c.Get("b"))
	c.Put("a", 10)
	c.Put("d", 4)
	fmt.Println(c.Get("a"))
	fmt.Println(c.Get("c"))
	fmt.Println(c.order.Len(), len(c.items))
}
