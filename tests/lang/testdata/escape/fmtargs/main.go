package main

import (
	"fmt"
	"os"
)

type User struct {
	Name string
	Age  int
}

func main() {
	u := User{Name: "ann", Age: 30}
	p := &User{Name: "bob", Age: 40}
	fmt.Println("user", u.Name, u.Age)
	fmt.Printf("%s is %d\n", p.Name, p.Age)
	msg := fmt.Sprintf("%v/%v", u, p)
	err := fmt.Errorf("bad user %q", u.Name)
	fmt.Print(msg, err, "\n")
	if len(os.Args) > 5 {
		fmt.Println(len(msg))
	}
}
