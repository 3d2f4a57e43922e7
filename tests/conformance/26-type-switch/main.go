// Type switches: single and multiple types per case (the variable keeps
// the interface type), nil case, default, interface-type cases, named types,
// pointer vs value types, and switches without a bound variable.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Named struct{ Name string }

func (n Named) String() string { return "Named(" + n.Name + ")" }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d doubled %d", x, x*2)
	case int8, int16, int32:
		return fmt.Sprintf("small int %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case Celsius:
		return fmt.Sprintf("%.1f°C", float64(x))
	case float32, float64:
		return fmt.Sprintf("float %v", x)
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case map[string]int:
		return fmt.Sprintf("map len %d", len(x))
	case error:
		return "error: " + x.Error()
	case *Named:
		if x == nil {
			return "nil *Named"
		}
		return "pointer to " + x.Name
	case fmt.Stringer:
		return "stringer " + x.String()
	case func() int:
		return fmt.Sprint("func returning ", x())
	case chan int:
		return fmt.Sprint("chan cap ", cap(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func kind(v any) string {
	switch v.(type) {
	case int, uint:
		return "integer"
	case nil:
		return "nothing"
	}
	return "unknown"
}

func main() {
	var np *Named
	var nilErr error
	inputs := []any{
		nil, 7, int8(-3), int16(300), int32(70000), "héllo", true, false,
		Celsius(36.6), float32(1.5), 2.25, []int{1, 2}, map[string]int{"a": 1},
		errors.New("plain"), &myErr{404}, Named{"v"}, &Named{"p"}, np,
		func() int { return 9 }, make(chan int, 3), uint(5), [2]int{}, nilErr,
	}
	for i, in := range inputs {
		fmt.Println(i, classify(in))
	}
	fmt.Println(kind(1), kind(uint(2)), kind(nil), kind("s"))
	var s fmt.Stringer = Named{"direct"}
	switch t := s.(type) {
	case Named:
		fmt.Println("Named value", t.Name)
	}
	switch x := any(3.0).(type) {
	case int:
		fmt.Println("int", x)
	default:
		fmt.Printf("default keeps %T %v\n", x, x)
	}
}
