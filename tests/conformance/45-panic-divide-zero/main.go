// Integer division by a zero variable panics with "integer divide by zero"
// (float division by zero yields +Inf instead, and % by zero panics too).
// Deferred calls run before the runtime reports the panic.
package main

import "fmt"

type Stats struct {
	Name  string
	Total int
	Count int
}

func (s Stats) Mean() int { return s.Total / s.Count }

func (s Stats) Rem() int { return s.Total % s.Count }

func avg(total, count int) int { return total / count }

func main() {
	defer fmt.Println("deferred in main")
	fmt.Println(avg(10, 2), avg(-9, 4))
	var fz float64
	fmt.Println(1/fz, -1/fz)
	var u8 uint8 = 200
	d := uint8(3)
	fmt.Println(u8/d, u8%d)
	all := []Stats{{"a", 12, 3}, {"b", 7, 2}, {"c", -9, 4}, {"empty", 5, 0}}
	for _, s := range all {
		fmt.Println("stats", s.Name, "mean", s.Mean(), "rem", s.Rem())
	}
	fmt.Println("unreachable")
}
