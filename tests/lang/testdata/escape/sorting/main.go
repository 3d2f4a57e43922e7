package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type byAge []Person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	people := []Person{{"a", 30}, {"b", 20}}
	sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	sort.Sort(byAge(people))
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	fmt.Println(people[0].Name, xs[0])
}
