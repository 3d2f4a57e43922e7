// errors and io: Go code, with the reflection-dependent pieces (As, comparability) native.

export const errorsSource = `package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

func New(text string) error { return &errorString{text} }

func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

func comparable(err error) bool

func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := comparable(target)
	for {
		if isComparable && comparable(err) && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

func As(err error, target any) bool
`;

export const ioSource = `package io

import "errors"

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Reader interface {
	Read(p []byte) (n int, err error)
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

type ByteWriter interface {
	WriteByte(c byte) error
}

var EOF = errors.New("EOF")

var ErrUnexpectedEOF = errors.New("unexpected EOF")

func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}
`;
