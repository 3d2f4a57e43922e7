package main

import "fmt"

type Entry struct {
	key string
	val int
}

//go:noinline
func index(es []Entry) map[string]*Entry {
	m := make(map[string]*Entry, len(es))
	for i := range es {
		e := es[i]
		m[e.key] = &e
	}
	return m
}

//go:noinline
func counts(words []string) int {
	seen := map[string]int{}
	for _, w := range words {
		seen[w]++
	}
	return len(seen)
}

//go:noinline
func produce(ch chan *Entry, n int) {
	for i := 0; i < n; i++ {
		ch <- &Entry{val: i}
	}
	close(ch)
}

func main() {
	m := index([]Entry{{"a", 1}, {"b", 2}})
	ch := make(chan *Entry, 4)
	go produce(ch, 3)
	sum := 0
	for e := range ch {
		sum += e.val
	}
	fmt.Println(len(m), counts([]string{"x", "y", "x"}), sum)
}
