// Roots of plain functions: a function whose own body only loads and stores needs no frame scan
// unless something it calls can start a collection. A parameter or named result that moves to the
// heap is allocated when the function is entered, so callers of such a function keep their frames
// (an object held only by a caller's local must survive). String constants that look like the
// compiler's internal markers print as they are.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type Node struct {
	id   int
	next *Node
	pad  [8192]int
}

var mu sync.Mutex
var finalized = map[int]bool{}
var kept []*Node
var gp *int

// v moves to the heap: the allocation happens on entry
func box(v int) *int { return &v }

// a named result that moves to the heap
func boxNamed(v int) (x int) {
	gp = &x
	x = v
	return
}

func take(h *Node, named bool) *Node {
	m := h.next
	h.next = nil // m is now the only reference
	if named {
		m.id = boxNamed(m.id)
	} else {
		m.id = *box(m.id) // a collection can start in box
	}
	return m
}

func main() {
	head := &Node{}
	for i := 0; i < 600; i++ {
		n := &Node{id: i}
		runtime.SetFinalizer(n, func(x *Node) { mu.Lock(); finalized[x.id] = true; mu.Unlock() })
		head.next, n = n, nil
		kept = append(kept, take(head, i%2 == 1))
		time.Sleep(time.Microsecond)
	}
	runtime.GC()
	time.Sleep(time.Millisecond)
	mu.Lock()
	bad := 0
	for _, k := range kept {
		if finalized[k.id] {
			bad++
		}
	}
	mu.Unlock()
	fmt.Println("kept:", len(kept), "finalized while reachable:", bad)
	fmt.Println("/*$frame:0*/", "\x01frame:0\x01", `/*$frame:1*/`)
}
