// Named types over every kind, with methods, conversions between named and
// underlying types, and the %T / %v rendering of each.
package main

import (
	"fmt"
	"strings"
)

type MyBool bool
type MyInt int
type MyU8 uint8
type MyFloat float64
type MyString string
type MyArr [3]int
type MySlice []string
type MyMap map[string]int
type MyPtr *int
type MyStruct struct{ A, B int }
type MyFunc func(int) int
type MyChan chan int
type MyIface interface{ Name() string }

func (b MyBool) Not() MyBool      { return !b }
func (i MyInt) Double() MyInt     { return i * 2 }
func (u MyU8) Inc() MyU8          { return u + 1 }
func (f MyFloat) Half() MyFloat   { return f / 2 }
func (s MyString) Name() string   { return "name:" + string(s) }
func (a MyArr) Sum() int          { return a[0] + a[1] + a[2] }
func (s MySlice) Joined() string  { return strings.Join(s, "+") }
func (m MyMap) Total() (t int)    { t = m["a"] + m["b"]; return }
func (s MyStruct) Swap() MyStruct { return MyStruct{s.B, s.A} }
func (f MyFunc) Twice(x int) int  { return f(f(x)) }
func (c MyChan) Fill(n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
}

func main() {
	fmt.Println(MyBool(true).Not(), MyInt(21).Double(), MyU8(255).Inc(), MyFloat(3).Half())
	fmt.Println(MyString("go").Name(), MyArr{1, 2, 3}.Sum(), MySlice{"x", "y"}.Joined())
	fmt.Println(MyMap{"a": 1, "b": 2}.Total(), MyStruct{1, 2}.Swap())
	fmt.Println(MyFunc(func(x int) int { return x * 3 }).Twice(2))
	ch := make(MyChan, 4)
	ch.Fill(3)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println(len(ch), cap(ch))
	n := 5
	var p MyPtr = &n
	*p = 9
	fmt.Println(n, *p)
	var it MyIface = MyString("iface")
	fmt.Println(it.Name())
	fmt.Printf("%T %T %T %T %T\n", MyBool(false), MyInt(0), MyU8(0), MyFloat(0), MyString(""))
	fmt.Printf("%T %T %T %T\n", MyArr{}, MySlice{}, MyMap{}, MyStruct{})
	fmt.Printf("%T %T %T\n", it, p, ch)
	fmt.Printf("%v %+v %v %v\n", MyArr{4, 5, 6}, MyStruct{7, 8}, MySlice{"p"}, MyMap{"k": 1})
	i := MyInt(7)
	plain := int(i) + 1
	back := MyInt(plain)
	fmt.Println(plain, back, back.Double())
	s := []string(MySlice{"u", "v"})
	fmt.Println(len(s), s)
	type Local MyStruct
	l := Local{A: 1, B: 2}
	fmt.Printf("%T %v\n", l, MyStruct(l).Swap())
	var mb MyBool = 3 > 2
	if mb {
		fmt.Println("named bool used as condition")
	}
}
