// Expression switches: with and without a tag, with init statements,
// multiple values per case, fallthrough chains, break out of a switch
// inside a loop (and labelled break out of the loop), and evaluation order.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func trace(v int) int {
	fmt.Print("eval", v, " ")
	return v
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, d := range []string{"sat", "mon", "sun", "xyz"} {
		switch d {
		case "sat", "sun":
			fmt.Println(d, "weekend")
		case "mon", "tue", "wed", "thu", "fri":
			fmt.Println(d, "weekday")
		default:
			fmt.Println(d, "unknown")
		}
	}
	for i := 0; i < 5; i++ {
		fmt.Print(i, ":")
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-or-fell ")
		case 2:
			fmt.Print("two ")
			fallthrough
		case 3:
			fmt.Print("three-or-fell ")
			fallthrough
		default:
			fmt.Print("default ")
		}
		fmt.Println()
	}
	switch x := 7 * 6; {
	case x > 40:
		fmt.Println("x big", x)
	case x > 10:
		fmt.Println("x medium", x)
	}
	switch y := 5; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5, 6:
		fmt.Println("medium", y)
	}
	switch trace(2) {
	case trace(1), trace(2), trace(3):
		fmt.Println("matched")
	case trace(4):
		fmt.Println("no")
	}
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 6:
			break loop
		case i == 3:
			fmt.Print("three ")
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	switch {
	}
	var r rune = 'é'
	switch {
	case r < 128:
		fmt.Println("ascii")
	case r < 0x800:
		fmt.Println("two bytes")
	}
	switch f := 2.5; f {
	case 2.5:
		fmt.Println("float case")
	}
	type T struct{ a int }
	switch (T{1}) {
	case T{0}:
		fmt.Println("T0")
	case T{1}:
		fmt.Println("T1")
	}
}
