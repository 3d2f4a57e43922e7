package main

import "fmt"

type Config struct {
	Name  string
	Limit int
}

var current *Config
var names []string
var table = map[string]*Config{}

//go:noinline
func setup(name string) {
	c := &Config{Name: name, Limit: 10}
	current = c
	names = append(names, name)
	table[name] = &Config{Name: name}
}

//go:noinline
func limit() int {
	local := Config{Limit: 3}
	return local.Limit + current.Limit
}

func main() {
	setup("prod")
	v := 5
	var ptr = &v
	current.Limit = *ptr
	fmt.Println(limit(), len(names), len(table))
}
