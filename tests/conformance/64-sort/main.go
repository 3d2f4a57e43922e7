// sort: Ints, Strings, Float64s, Slice with custom orders, SliceStable
// keeping equal elements in order, sort.Sort and sort.Stable over a type
// implementing sort.Interface, and SearchInts on sorted data. Only orders
// that are total (or stable) are printed, so unstable sorts stay exact.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	ints := []int{5, 2, 8, -1, 9, 2, 0, 100, -50, 7}
	sort.Ints(ints)
	fmt.Println(ints)
	strs := []string{"banana", "Apple", "cherry", "apple", "", "Banana"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fl := []float64{2.5, -1, 3.25, 0, -0.5}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Frank", 30}}
	byName := append([]Person(nil), people...)
	sort.Slice(byName, func(i, j int) bool { return byName[i].Name > byName[j].Name })
	fmt.Println(byName)
	stable := append([]Person(nil), people...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Age < stable[j].Age })
	fmt.Println(stable)
	st2 := append([]Person(nil), people...)
	sort.Stable(ByAge(st2))
	fmt.Println(st2)
	multi := append([]Person(nil), people...)
	sort.Slice(multi, func(i, j int) bool {
		if multi[i].Age != multi[j].Age {
			return multi[i].Age > multi[j].Age
		}
		return multi[i].Name < multi[j].Name
	})
	fmt.Println(multi)
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	sort.Ints(big)
	fmt.Println(big[:10], big[90:], sort.SearchInts(big, 50), sort.SearchInts(big, 1000))
	sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] })
	fmt.Println(ints)
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	idx := sort.SearchInts(big, 42)
	fmt.Println(idx, big[idx], sort.SearchInts(big, -5))
	sort.Sort(ByAge(people))
	fmt.Println(people[0].Age, people[len(people)-1])
}
