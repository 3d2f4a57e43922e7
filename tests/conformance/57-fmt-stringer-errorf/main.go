// fmt uses String() and Error() methods for %v and %s (also inside slices,
// maps and struct fields), but not %d or %#v; pointer vs value receivers
// decide whether the method is found; Errorf with %w wraps errors.
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "Red"
	case 1:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Box struct {
	C     Color
	Label string
}

type Fail struct{ Op string }

func (f Fail) Error() string { return "fail in " + f.Op }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

func main() {
	fmt.Println(Color(0), Color(1), Color(7))
	fmt.Printf("%v %s %d %x %q %#v\n", Color(1), Color(1), Color(1), Color(1), Color(1), Color(1))
	fmt.Println([]Color{0, 1, 2}, map[Color]int{1: 10, 0: 5})
	b := Box{1, "box"}
	fmt.Printf("%v %+v\n", b, b)
	fmt.Printf("%v %+v\n", &b, []*Box{&b}[0])
	t := Temp(21.5)
	fmt.Println(&t, t)
	fmt.Printf("%v %s\n", &t, &t)
	f := Fail{"read"}
	fmt.Println(f)
	fmt.Printf("%v|%s|%q|%+v|%#v\n", f, f, f, f, f)
	fmt.Println(Both{})
	fmt.Printf("%v %d\n", []error{f, nil}, Color(0))
	base := errors.New("base failure")
	e1 := fmt.Errorf("layer1: %w", base)
	e2 := fmt.Errorf("layer2 (%d): %w", 2, e1)
	fmt.Println(e2)
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(e1) == base, errors.Unwrap(base) == nil)
	e3 := fmt.Errorf("no wrap: %v", base)
	fmt.Println(e3, errors.Unwrap(e3) == nil)
	fmt.Printf("%T %T %T\n", base, e1, e3)
	fmt.Println(fmt.Errorf("fail struct: %w", f))
	fmt.Println(fmt.Sprint(Color(0), Color(1)), fmt.Sprint("a", Color(0), "b"))
	fmt.Println(fmt.Sprintf("%5s|%-7v|", Color(0), Color(1)))
	var sp fmt.Stringer = Color(1)
	fmt.Println(sp.String(), sp)
}
