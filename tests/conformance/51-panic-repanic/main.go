// A deferred function that recovers and panics again with a new value:
// the runtime reports the chain, marking the recovered panic with
// "[recovered]", after every remaining deferred call has run.
package main

import (
	"errors"
	"fmt"
)

type Job struct {
	Name  string
	Steps []string
}

func cleanup(j *Job) {
	if r := recover(); r != nil {
		fmt.Println("cleanup recovered:", r, "after steps", j.Steps)
		panic(fmt.Sprintf("cleanup of %s failed after %v", j.Name, r))
	}
}

func (j *Job) Run() {
	defer cleanup(j)
	for _, s := range []string{"open", "write", "sync"} {
		if s == "sync" {
			panic(errors.New("disk full"))
		}
		j.Steps = append(j.Steps, s)
		fmt.Println("step", s)
	}
}

func main() {
	defer func() {
		fmt.Println("main's deferred runs, not recovering")
	}()
	j := &Job{Name: "backup"}
	j.Run()
}
