// Objects reachable only through a map's pointer words: an interface{} elem, a struct key holding
// a string and a pointer, an array elem of pointers. They stay alive across collections until
// their entries are deleted, then their finalizers run.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type Obj struct {
	name string
	pad  [64]byte
}

type Key struct {
	id  string
	ref *Obj
}

var done []string

func track(name string) *Obj {
	o := &Obj{name: name}
	runtime.SetFinalizer(o, func(o *Obj) { done = append(done, o.name) })
	return o
}

func collect() {
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

func main() {
	ifaces := map[string]interface{}{}
	keys := map[Key]int{}
	arrays := map[int][2]*Obj{}
	for i := 0; i < 3; i++ {
		ifaces[fmt.Sprint("i", i)] = track(fmt.Sprint("iface", i))
		keys[Key{fmt.Sprint("k", i), track(fmt.Sprint("key", i))}] = i
		arrays[i] = [2]*Obj{track(fmt.Sprint("arr", i, "a")), track(fmt.Sprint("arr", i, "b"))}
	}
	collect()
	fmt.Println("while held:", len(done))
	delete(ifaces, "i1")
	for k := range keys {
		if k.id == "k2" {
			delete(keys, k)
		}
	}
	delete(arrays, 0)
	collect()
	sort.Strings(done)
	fmt.Println("after delete:", done)
	fmt.Println(len(ifaces), len(keys), len(arrays))
}
