package main

import (
	"bytes"
	"fmt"
	"strings"
)

//go:noinline
func joinWords(ws []string) string {
	var sb strings.Builder
	for i, w := range ws {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(w)
	}
	return sb.String()
}

//go:noinline
func bufferWords(ws []string) int {
	var buf bytes.Buffer
	for _, w := range ws {
		buf.WriteString(w)
	}
	return buf.Len()
}

func main() {
	ws := []string{"go", "is", "fun"}
	fmt.Println(joinWords(ws), bufferWords(ws), strings.Join(ws, "-"))
}
