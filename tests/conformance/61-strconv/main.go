// strconv: Itoa, Atoi with syntax and range errors, ParseInt with bases
// and bit sizes, ParseFloat, ParseBool, FormatInt/FormatUint in several
// bases, FormatFloat, Quote/QuoteRune/QuoteToASCII and AppendInt.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-45), strconv.Itoa(1<<40))
	for _, s := range []string{"123", "-7", "+8", "0", "12a", "", " 1", "99999999999999999999", "3.5"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"0x1F", 0, 64}, {"0b11", 0, 64}, {"0o17", 0, 64}, {"077", 0, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"1_000", 0, 64}, {"g", 16, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q,%d,%d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	for _, s := range []string{"3.14", "-0.5e3", "inf", "NaN", "1e400", "x1", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Print(strconv.FormatInt(-255, base), " ", strconv.FormatUint(1<<64-1, base), " | ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(3.14159, 'e', 3, 64), strconv.FormatFloat(3.14159, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(1e21, 'f', 0, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))
	fmt.Println(strconv.Quote("hello \"world\"\n\ttab"), strconv.Quote("日本\x01"), strconv.QuoteToASCII("日本"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''), strconv.Quote(""))
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendInt(buf, 255, 16)
	fmt.Println(string(buf))
	_, err := strconv.Atoi("bad")
	fmt.Println(err != nil, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Printf("%v|%T\n", err, err == nil)
	total := 0
	for _, s := range []string{"10", "20", "x", "30"} {
		if v, err := strconv.Atoi(s); err == nil {
			total += v
		}
	}
	fmt.Println(total)
}
