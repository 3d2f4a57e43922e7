//go:build ignore

// Generates strings-package results and allocation counts from the real Go
// toolchain: "case|hex(result)|mallocs|bytes" with mallocs and TotalAlloc
// measured around the call (GC off). Regenerate with `npm run update:goldens`.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
)

var sink interface{}

func measure(name string, f func() string) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	r := f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%s|%x|%d|%d\n", name, r, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}

func main() {
	debug.SetGCPercent(-1)
	long := strings.Repeat("ab", 100)
	words := []string{"alpha", "beta", "gamma", "delta"}
	measure("repeat", func() string { return strings.Repeat("xyz", 10) })
	measure("repeat-long", func() string { return strings.Repeat("0123456789", 1000) })
	measure("repeat-0", func() string { return strings.Repeat("x", 0) })
	measure("join", func() string { return strings.Join(words, ", ") })
	measure("join-1", func() string { return strings.Join(words[:1], ", ") })
	measure("join-0", func() string { return strings.Join(nil, ", ") })
	measure("split", func() string { p := strings.Split("a,b,,c", ","); sink = p; return strings.Join(p, "|") })
	measure("split-only", func() string { p := strings.Split("a,b,,c", ","); sink = p; return "" })
	measure("fields-only", func() string { p := strings.Fields("  foo bar\tbaz \n "); sink = p; return p[1] })
	measure("upper", func() string { return strings.ToUpper("hello, World") })
	measure("upper-same", func() string { return strings.ToUpper("HELLO") })
	measure("lower", func() string { return strings.ToLower("Hello, WORLD") })
	measure("replace", func() string { return strings.Replace(long, "ab", "xyz", 3) })
	measure("replace-all", func() string { return strings.ReplaceAll("a-b-c-d", "-", "") })
	measure("replace-none", func() string { return strings.ReplaceAll("abc", "x", "y") })
	measure("trimspace", func() string { return strings.TrimSpace("  \t hi there \n") })
	measure("trim", func() string { return strings.Trim("xxhixx", "x") })
	measure("trimprefix", func() string { return strings.TrimPrefix("prefix-body", "prefix-") })
	measure("trimsuffix", func() string { return strings.TrimSuffix("body.go", ".go") })
	measure("clone", func() string { return strings.Clone(long[:10]) })
	measure("clone-empty", func() string { return strings.Clone("") })
	measure("index", func() string { return strconv.Itoa(strings.Index("chicken", "ken")) })
	measure("contains", func() string { return strconv.FormatBool(strings.Contains("seafood", "foo")) })
	measure("itoa-small", func() string { return strconv.Itoa(42) })
	measure("itoa-big", func() string { return strconv.Itoa(123456) })
	measure("itoa-neg", func() string { return strconv.Itoa(-7) })
	measure("builder", func() string {
		var b strings.Builder
		for i := 0; i < 20; i++ {
			b.WriteString("abc")
		}
		return b.String()
	})
	measure("builder-grow", func() string {
		var b strings.Builder
		b.Grow(64)
		for i := 0; i < 20; i++ {
			b.WriteByte('z')
		}
		return b.String()
	})
}
