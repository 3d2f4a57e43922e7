// Maps: comma-ok lookups, zero values for missing keys, struct and array
// keys, maps of slices, nested maps, delete (also during range), len, nil
// map reads, and printing in sorted key order.
package main

import (
	"fmt"
	"sort"
)

type Key struct {
	X, Y int
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	m["four"] = 4
	m["one"] += 10
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["five"]
	fmt.Println(v, ok, len(m))
	for _, k := range sortedKeys(m) {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	fmt.Println(m)
	delete(m, "two")
	delete(m, "absent")
	fmt.Println(m, len(m))
	grid := map[Key]string{{0, 0}: "origin", {1, 2}: "p"}
	grid[Key{3, 4}] = "q"
	fmt.Println(grid[Key{1, 2}], grid[Key{9, 9}] == "", len(grid))
	fmt.Println(grid)
	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		groups[k] = append(groups[k], i)
	}
	fmt.Println(groups, len(groups["even"]), groups["none"] == nil)
	nested := map[string]map[string]int{}
	for _, w := range []string{"a:x", "a:y", "b:x", "a:x"} {
		outer, inner := w[:1], w[2:]
		if nested[outer] == nil {
			nested[outer] = map[string]int{}
		}
		nested[outer][inner]++
	}
	fmt.Println(nested)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	big := map[int]int{}
	for i := 0; i < 100; i++ {
		big[i] = i * i
	}
	for k := range big {
		if k%3 != 0 {
			delete(big, k)
		}
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), sum)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	for range nilMap {
		fmt.Println("unreachable")
	}
	delete(nilMap, "x")
	arrKey := map[[2]string]int{{"a", "b"}: 1}
	arrKey[[2]string{"a", "b"}]++
	fmt.Println(arrKey)
	ifaceKey := map[any]string{1: "int", "1": "string", 1.5: "float", true: "bool"}
	fmt.Println(ifaceKey[1], ifaceKey["1"], ifaceKey[1.5], ifaceKey[true], len(ifaceKey))
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	fm := map[float64]string{2.5: "b", -1: "a", 10: "c"}
	fmt.Println(fm)
}
