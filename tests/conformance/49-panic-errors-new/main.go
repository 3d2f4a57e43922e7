// panic with an error value from errors.New: the runtime prints the
// result of its Error method. Values that were looked up before the panic
// are printed normally.
package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrNotFound = errors.New("config: key not found")

func mustGet(m map[string]string, k string) string {
	v, ok := m[k]
	if !ok {
		panic(ErrNotFound)
	}
	return v
}

func main() {
	cfg := map[string]string{"host": "localhost", "port": "8080", "mode": "debug"}
	keys := make([]string, 0, len(cfg))
	for k := range cfg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%s\n", k, mustGet(cfg, k))
	}
	fmt.Println(errors.Is(ErrNotFound, ErrNotFound), ErrNotFound)
	fmt.Println(mustGet(cfg, "user"))
}
