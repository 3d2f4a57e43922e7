// Constants declared with iota: skipped values, expressions, bit flags,
// typed enums with a String method, and iota restarting per const block.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return dayNames[d] }

type Flag uint8

const (
	FlagRead Flag = 1 << iota
	FlagWrite
	FlagExec
	_
	FlagSticky
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = "x"
	x1
	x2 = iota
	x3
)

const single = iota

func main() {
	fmt.Println(Sunday, Monday, Saturday)
	fmt.Println(int(Sunday), int(Wednesday), int(Saturday))
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%d=%v ", d, d)
	}
	fmt.Println()
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagSticky)
	perms := FlagRead | FlagExec
	fmt.Println(perms, perms&FlagWrite != 0, perms&FlagExec != 0)
	fmt.Printf("%08b %T\n", perms|FlagSticky, perms)
	fmt.Println(KB, MB, GB, TB)
	fmt.Printf("%T %T\n", KB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(single)
	const local = iota + 7
	fmt.Println(local)
	type Color int
	const (
		Red Color = iota + 1
		Green
		Blue
	)
	fmt.Println(Red, Green, Blue, Blue-Red)
	fmt.Printf("%v %d %T\n", Tuesday+1, Tuesday+1, Tuesday+1)
}
