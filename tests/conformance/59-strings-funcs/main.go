// The strings package: Split/SplitN/Join/Fields, Contains/Index/LastIndex/
// IndexByte/Count/HasPrefix/HasSuffix, Trim family, ToUpper/ToLower/Title,
// Replace/ReplaceAll, Repeat, Clone, EqualFold and Map, with edge cases.
package main

import (
	"fmt"
	"strings"
)

func main() {
	csv := "a,b,,c,"
	parts := strings.Split(csv, ",")
	fmt.Printf("%q %d\n", parts, len(parts))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.SplitN("k=v=w", "=", 2))
	fmt.Printf("%q\n", strings.Fields("  lots   of\tspace\n here  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "zzz"), strings.IndexByte(s, 'q'))
	fmt.Println(strings.Count(s, "o"), strings.Count(s, ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.HasPrefix(s, "the "), strings.HasSuffix(s, "dog"), strings.HasPrefix(s, "dog"))
	fmt.Printf("[%s][%s][%s]\n", strings.TrimSpace("  \t pad \n"), strings.Trim("xxhixx", "x"), strings.Trim("abcba", "ab"))
	fmt.Printf("[%s][%s]\n", strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("[%s][%s][%s]\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"), strings.TrimPrefix("abc", "x"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀBC Déf"), strings.Title("hello go world"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"), strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.Repeat("ab", 4), strings.Repeat("-", 0) == "", len(strings.Repeat("xyz", 100)))
	c := strings.Clone("clone me")
	fmt.Println(c, c == "clone me")
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("ß", "SS"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World!"))
	drop := func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(drop, "banana"))
	words := strings.Fields(s)
	lengths := make([]int, len(words))
	for i, w := range words {
		lengths[i] = len(w)
	}
	fmt.Println(len(words), lengths)
	fmt.Println(strings.Index("héllo", "l"), strings.Index("日本語", "語"), strings.Contains("日本語", "本"))
	fmt.Println(strings.ToUpper(strings.Join(strings.Split("a.b.c", "."), "/")))
}
