// Struct embedding: promoted fields and methods (value and pointer
// embedding), shadowing by the outer type, explicit access to the embedded
// field, multiple levels, and interfaces satisfied through promotion.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof (not " + d.Animal.Sound() + ")" }

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) string { return l.prefix + msg }

type Service struct {
	*Logger
	Dog
	Name string
}

type Sounder interface{ Sound() string }

type Base struct{ ID int }

func (b Base) Ident() string { return fmt.Sprint("id-", b.ID) }

type Mid struct{ Base }
type Top struct {
	Mid
	Extra string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound())
	fmt.Println(d.Animal.Sound())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	var s Sounder = d
	fmt.Println(s.Sound())
	s = d.Animal
	fmt.Println(s.Sound())
	s = &d
	fmt.Println(s.Sound())
	svc := Service{Logger: &Logger{"[svc] "}, Dog: d, Name: "outer"}
	fmt.Println(svc.Name, svc.Dog.Name, svc.Animal.Name)
	fmt.Println(svc.Log("started"))
	fmt.Println(svc.Describe(), svc.Legs)
	svc.Rename("Buddy")
	fmt.Println(svc.Dog.Name, d.Name)
	svc.prefix = "[new] "
	fmt.Println(svc.Log("again"))
	t := Top{Mid{Base{7}}, "x"}
	fmt.Println(t.ID, t.Ident(), t.Mid.Base.ID, t.Mid.Ident())
	t.ID = 8
	fmt.Println(t.Ident())
	fmt.Printf("%v\n%+v\n", d, t)
	fmt.Printf("%+v\n", svc.Dog)
	lit := Dog{Breed: "pug", Animal: Animal{Name: "Pug", Legs: 4}}
	fmt.Println(lit == Dog{Animal{"Pug", 4}, "pug"})
	ptrs := []Sounder{d, &lit, Animal{"Cat", 4}}
	for _, p := range ptrs {
		fmt.Printf("%T:%s ", p, p.Sound())
	}
	fmt.Println()
}
