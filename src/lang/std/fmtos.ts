// fmt and os: the printing is native (rt/fmt.ts through rt/fmtglue.ts); Errorf, the *os.File
// writer and the error types are Go code.

export const fmtSource = `package fmt

import (
	"errors"
	"io"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)

func sprintfw(format string, a []any) (string, int)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

func Errorf(format string, a ...any) error {
	s, w := sprintfw(format, a)
	if w >= 0 && w < len(a) {
		if e, ok := a[w].(error); ok {
			return &wrapError{s, e}
		}
	}
	return errors.New(s)
}
`;

export const osSource = `package os

import "errors"

type File struct {
	fd   int
	name string
}

func (f *File) Write(b []byte) (n int, err error) {
	return writeFile(f.fd, b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return writeFile(f.fd, []byte(s)), nil
}

func (f *File) Name() string { return f.name }

func writeFile(fd int, b []byte) int

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

var Args []string = argsInit()

func argsInit() []string

func Exit(code int)

func Getenv(key string) string

func LookupEnv(key string) (string, bool)

func ReadFile(name string) ([]byte, error)

type PathError struct {
	Op   string
	Path string
	Err  error
	msg  string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

var ErrNotExist = errors.New("file does not exist")
`;
