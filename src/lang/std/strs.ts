// strings, bytes, strconv and bufio. Builders and buffers are Go code (their growth is append
// and make, so capacities match Go); the search and transform functions are native.

export const stringsSource = `package strings

type Builder struct {
	addr *Builder
	buf  []byte
}

// String shares the builder's bytes (Go converts with unsafe: no copy, no allocation).
func (b *Builder) String() string

func (b *Builder) Len() int { return len(b.buf) }

func (b *Builder) Cap() int { return cap(b.buf) }

func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

func (b *Builder) grow(n int) {
	buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
	copy(buf, b.buf)
	b.buf = buf
}

func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

func (b *Builder) WriteRune(r rune) (int, error) {
	if uint32(r) < 0x80 {
		b.buf = append(b.buf, byte(r))
		return 1, nil
	}
	s := string(r)
	b.buf = append(b.buf, s...)
	return len(s), nil
}

func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

type Reader struct {
	s        string
	i        int64
	prevRune int
}

func (r *Reader) Len() int { return len(r.s) - int(r.i) }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, eof()
	}
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return
}

func (r *Reader) ReadByte() (byte, error) {
	if r.i >= int64(len(r.s)) {
		return 0, eof()
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

func eof() error

func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

func Repeat(s string, count int) string
func Join(elems []string, sep string) string
func Split(s, sep string) []string
func SplitN(s, sep string, n int) []string
func Fields(s string) []string
func Contains(s, substr string) bool
func ContainsRune(s string, r rune) bool
func ContainsAny(s, chars string) bool
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func IndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func LastIndex(s, substr string) int
func ToUpper(s string) string
func ToLower(s string) string
func TrimSpace(s string) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func Trim(s, cutset string) string
func TrimFunc(s string, f func(rune) bool) string
func Count(s, substr string) int
func EqualFold(s, t string) bool
func Title(s string) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func Clone(s string) string
func Map(mapping func(rune) rune, s string) string
func Compare(a, b string) int
func Cut(s, sep string) (before, after string, found bool)
`;

export const bytesSource = `package bytes

import (
	"errors"
	"io"
)

const smallBufferSize = 64

const MinRead = 512

type Buffer struct {
	buf      []byte
	off      int
	lastRead int8
}

var ErrTooLarge = errors.New("bytes.Buffer: too large")

func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

func (b *Buffer) empty() bool { return len(b.buf) <= b.off }

func (b *Buffer) Len() int { return len(b.buf) - b.off }

func (b *Buffer) Cap() int { return cap(b.buf) }

func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = 0
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = 0
}

func (b *Buffer) tryGrowByReslice(n int) (int, bool) {
	if l := len(b.buf); n <= cap(b.buf)-l {
		b.buf = b.buf[:l+n]
		return l, true
	}
	return 0, false
}

func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if i, ok := b.tryGrowByReslice(n); ok {
		return i
	}
	if b.buf == nil && n <= smallBufferSize {
		b.buf = make([]byte, n, smallBufferSize)
		return 0
	}
	c := cap(b.buf)
	if n <= c/2-m {
		copy(b.buf, b.buf[b.off:])
	} else if c > int(^uint(0)>>1)-c-n {
		panic(ErrTooLarge)
	} else {
		buf := growSlice(b.buf[b.off:], b.off+n)
		b.buf = buf
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

func growSlice(b []byte, n int) []byte {
	c := len(b) + n
	if c < 2*cap(b) {
		c = 2 * cap(b)
	}
	b2 := append([]byte(nil), make([]byte, c)...)
	copy(b2, b)
	return b2[:len(b)]
}

func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = 0
	m, ok := b.tryGrowByReslice(len(p))
	if !ok {
		m = b.grow(len(p))
	}
	return copy(b.buf[m:], p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = 0
	m, ok := b.tryGrowByReslice(len(s))
	if !ok {
		m = b.grow(len(s))
	}
	return copy(b.buf[m:], s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = 0
	m, ok := b.tryGrowByReslice(1)
	if !ok {
		m = b.grow(1)
	}
	b.buf[m] = c
	return nil
}

func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < 0x80 {
		b.WriteByte(byte(r))
		return 1, nil
	}
	return b.WriteString(string(r))
}

func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = 0
	if b.empty() {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	return n, nil
}

func (b *Buffer) Next(n int) []byte {
	b.lastRead = 0
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	return data
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.empty() {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	return c, nil
}

func (b *Buffer) ReadString(delim byte) (line string, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = string(b.buf[b.off:end])
	b.off = end
	return line, err
}

func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

func Equal(a, b []byte) bool { return string(a) == string(b) }

func Compare(a, b []byte) int {
	sa, sb := string(a), string(b)
	if sa < sb {
		return -1
	}
	if sa > sb {
		return 1
	}
	return 0
}

func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

func Index(s, sep []byte) int {
	n := len(sep)
	for i := 0; i+n <= len(s); i++ {
		if string(s[i:i+n]) == string(sep) {
			return i
		}
	}
	return -1
}

func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[0:len(prefix)], prefix)
}

func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

func ToUpper(s []byte) []byte {
	b := make([]byte, len(s))
	for i, c := range s {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

func ToLower(s []byte) []byte {
	b := make([]byte, len(s))
	for i, c := range s {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

func TrimSpace(s []byte) []byte {
	start := 0
	for start < len(s) && isSpace(s[start]) {
		start++
	}
	stop := len(s)
	for stop > start && isSpace(s[stop-1]) {
		stop--
	}
	if start == stop {
		return nil
	}
	return s[start:stop]
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\\t' || c == '\\n' || c == '\\r' || c == '\\v' || c == '\\f'
}

func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	nb := make([]byte, 0, len(b)*count)
	for i := 0; i < count; i++ {
		nb = append(nb, b...)
	}
	return nb
}

func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, 0, n)
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	return b
}

func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return len([]rune(string(s))) + 1
	}
	n := 0
	for {
		i := Index(s, sep)
		if i == -1 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

func Fields(s []byte) [][]byte {
	var out [][]byte
	start := -1
	for i, c := range s {
		if isSpace(c) {
			if start >= 0 {
				out = append(out, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:len(s):len(s)])
	}
	return out
}

func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	t := make([]byte, len(s)+n*(len(new)-len(old)))
	w := 0
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				j++
			}
		} else {
			j += Index(s[start:], old)
		}
		w += copy(t[w:], s[start:j])
		w += copy(t[w:], new)
		start = j + len(old)
	}
	w += copy(t[w:], s[start:])
	return t[0:w]
}

func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

func Split(s, sep []byte) [][]byte {
	var out [][]byte
	for {
		i := Index(s, sep)
		if i < 0 || len(sep) == 0 {
			break
		}
		out = append(out, s[:i:i])
		s = s[i+len(sep):]
	}
	return append(out, s)
}
`;

export const strconvSource = `package strconv

import "errors"

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func numError(fn, s string, rangeErr bool) error {
	if rangeErr {
		return &NumError{fn, s, ErrRange}
	}
	return &NumError{fn, s, ErrSyntax}
}

func Itoa(i int) string
func Atoi(s string) (int, error)
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatBool(b bool) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func Quote(s string) string
func QuoteRune(r rune) string
func QuoteToASCII(s string) string
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseBool(str string) (bool, error)
func AppendInt(dst []byte, i int64, base int) []byte
func Unquote(s string) (string, error)
`;

export const bufioSource = `package bufio

import (
	"errors"
	"io"
	"strings"
)

const defaultBufSize = 4096

var ErrBufferFull = errors.New("bufio: buffer full")

type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

func (b *Writer) Size() int { return len(b.buf) }

func (b *Writer) Reset(w io.Writer) {
	b.err = nil
	b.n = 0
	b.wr = w
}

func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[0:b.n])
	if n < b.n && err == nil {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		if n > 0 && n < b.n {
			copy(b.buf[0:b.n-n], b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

func (b *Writer) Available() int { return len(b.buf) - b.n }

func (b *Writer) Buffered() int { return b.n }

func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 {
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	nn += n
	return nn, nil
}

func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < 0x80 {
		err = b.WriteByte(byte(r))
		if err != nil {
			return 0, err
		}
		return 1, nil
	}
	return b.WriteString(string(r))
}

func (b *Writer) WriteString(s string) (int, error) {
	var sw io.StringWriter
	tryStringWriter := true
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 && sw == nil && tryStringWriter {
			sw, tryStringWriter = b.wr.(io.StringWriter)
		}
		if b.Buffered() == 0 && tryStringWriter {
			n, b.err = sw.WriteString(s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	nn += n
	return nn, nil
}

type Reader struct {
	buf  []byte
	rd   io.Reader
	r, w int
	err  error
}

const minReadBufferSize = 16

func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	return &Reader{buf: make([]byte, size), rd: rd}
}

func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

func (b *Reader) Size() int { return len(b.buf) }

func (b *Reader) Buffered() int { return b.w - b.r }

func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	for i := 100; i > 0; i-- {
		n, err := b.rd.Read(b.buf[b.w:])
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
}

func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		return 0, nil
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
		if b.r == b.w {
			return 0, b.readErr()
		}
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	return n, nil
}

func (b *Reader) ReadByte() (byte, error) {
	for b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	return c, nil
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// ReadSlice returns a slice of the buffer up to and including delim (no copy).
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	s := 0
	for {
		if i := indexByte(b.buf[b.r+s:b.w], delim); i >= 0 {
			i += s
			line = b.buf[b.r : b.r+i+1]
			b.r += i + 1
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.readErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		s = b.w - b.r
		b.fill()
	}
	return
}

func (b *Reader) collectFragments(delim byte) (fullBuffers [][]byte, finalFragment []byte, totalLen int, err error) {
	var frag []byte
	for {
		var e error
		frag, e = b.ReadSlice(delim)
		if e == nil {
			break
		}
		if e != ErrBufferFull {
			err = e
			break
		}
		buf := make([]byte, len(frag))
		copy(buf, frag)
		fullBuffers = append(fullBuffers, buf)
		totalLen += len(buf)
	}
	totalLen += len(frag)
	return fullBuffers, frag, totalLen, err
}

// ReadString copies the fragments into one new string (one allocation, as Go 1.19 does).
func (b *Reader) ReadString(delim byte) (string, error) {
	full, frag, n, err := b.collectFragments(delim)
	var buf strings.Builder
	buf.Grow(n)
	for _, fb := range full {
		buf.Write(fb)
	}
	buf.Write(frag)
	return buf.String(), err
}

type Scanner struct {
	r    *Reader
	tok  []byte
	err  error
	done bool
}

func NewScanner(r io.Reader) *Scanner { return &Scanner{r: NewReader(r)} }

func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	line, err := s.r.ReadString('\\n')
	if len(line) > 0 && line[len(line)-1] == '\\n' {
		line = line[:len(line)-1]
	}
	if err != nil {
		s.done = true
		if err != io.EOF {
			s.err = err
		}
		if len(line) == 0 {
			return false
		}
	}
	s.tok = []byte(line)
	return true
}

func (s *Scanner) Text() string { return string(s.tok) }

func (s *Scanner) Bytes() []byte { return s.tok }

func (s *Scanner) Err() error { return s.err }
`;
