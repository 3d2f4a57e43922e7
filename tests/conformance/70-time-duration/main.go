// time.Duration: the unit constants, arithmetic and comparison, String()
// for every magnitude (ns, µs, ms, s, m, h, negative, extremes), Seconds
// and Milliseconds, and durations formatted with %v, %d, %s and %T.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond,
		1500 * time.Microsecond, time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		-2500 * time.Millisecond, 100 * time.Hour, 59*time.Minute + 59*time.Second + 999999999, 1<<63 - 1, -1 << 63}
	for _, d := range ds {
		fmt.Println(int64(d), d, d.String(), d.Seconds(), d.Milliseconds())
	}
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d.Seconds(), d.Milliseconds(), int64(d/time.Minute), int64(d/time.Hour))
	fmt.Printf("%v %d %T %s\n", d, d, d, d/3)
	fmt.Println(d*2, d/7, d%time.Hour, -d, d-3*time.Hour)
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	timeout := 5 * time.Second
	elapsed := 1200 * time.Millisecond
	fmt.Println(timeout-elapsed, elapsed < timeout, timeout/elapsed, time.Duration(float64(timeout)*0.75))
	var total time.Duration
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
	}
	fmt.Println(total, total.Seconds(), total > 2*time.Second)
	x := 1234567891 * time.Nanosecond
	fmt.Println(x, x-x%time.Millisecond, x-x%time.Second, x%time.Second)
	steps := []time.Duration{}
	for s := time.Nanosecond; s < time.Hour; s *= 7 {
		steps = append(steps, s)
	}
	fmt.Println(len(steps), steps[len(steps)-3:])
	fmt.Println([]time.Duration{time.Second, 2 * time.Millisecond}, map[string]time.Duration{"t": time.Minute})
}
