// Variadic functions: zero, one and many arguments, passing a slice with
// ... (which aliases the caller's slice), mixing fixed and variadic
// parameters, variadic any with fmt, and append's own variadic forms.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(nums ...int) string {
	return fmt.Sprintf("len=%d nil=%v", len(nums), nums == nil)
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func describe(prefix string, vals ...any) string {
	var sb strings.Builder
	sb.WriteString(prefix)
	for i, v := range vals {
		sb.WriteString(fmt.Sprintf(" %d:%v(%T)", i, v, v))
	}
	return sb.String()
}

func forward(format string, args ...any) string {
	return fmt.Sprintf("["+format+"]", args...)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...), sum(xs[1:]...))
	fmt.Println(info(), info(1, 2), info(xs...), info([]int{}...), info(nil...))
	zeroFirst(xs...)
	fmt.Println(xs)
	zeroFirst(7, 8)
	fmt.Println(join("-"), join("-", "a"), join(", ", "a", "b", "c"))
	parts := []string{"x", "y"}
	fmt.Println(join("/", parts...))
	fmt.Println(describe("vals:", 1, "two", 3.0, nil, []int{4}))
	fmt.Println(describe("none:"))
	anys := []any{"a", 1}
	fmt.Println(describe("spread:", anys...))
	fmt.Println(describe("nested:", anys))
	fmt.Println(forward("%s=%d", "k", 9), forward("plain"))
	s := []int{1}
	s = append(s)
	s = append(s, 2)
	s = append(s, 3, 4, 5)
	s = append(s, s...)
	fmt.Println(s, len(s))
	b := append([]byte("hi "), "there"...)
	fmt.Println(string(b))
	var fn func(...int) int = sum
	fmt.Println(fn(10, 20), fmt.Sprintf("%T", fn))
	fmt.Println(max(3, 9, 2), max(1))
}

func max(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}
