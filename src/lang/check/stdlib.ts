// Declarations of the standard-library members the first checker slice models, written as Go
// source and checked like a package (function bodies omitted). Members not listed here are
// reported as "undefined: pkg.Name" by the checker. Signatures follow Go 1.19's documentation.

/** The packages a heaplab program may import (the dialect's std subset). */
export const importablePackages: readonly string[] = [
  'fmt',
  'strings',
  'strconv',
  'bytes',
  'errors',
  'sort',
  'math',
  'container/list',
  'sync',
  'sync/atomic',
  'time',
  'context',
  'runtime',
  'runtime/debug',
  'os',
  'flag',
  'bufio',
];

export const stdlibSources: Readonly<Record<string, string>> = {
  fmt: `package fmt
type Stringer interface { String() string }
func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func Errorf(format string, a ...any) error
`,
  strings: `package strings
type Builder struct { buf []byte }
func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Grow(n int)
func (b *Builder) Reset()
func Repeat(s string, count int) string
func Join(elems []string, sep string) string
func Split(s, sep string) []string
func Fields(s string) []string
func Contains(s, substr string) bool
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func ToUpper(s string) string
func ToLower(s string) string
func TrimSpace(s string) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func LastIndex(s, substr string) int
func IndexByte(s string, c byte) int
func Count(s, substr string) int
func EqualFold(s, t string) bool
func Title(s string) string
func SplitN(s, sep string, n int) []string
func Trim(s, cutset string) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func Clone(s string) string
func Map(mapping func(rune) rune, s string) string
`,
  strconv: `package strconv
func Itoa(i int) string
func Atoi(s string) (int, error)
func FormatInt(i int64, base int) string
func Quote(s string) string
func QuoteRune(r rune) string
func QuoteToASCII(s string) string
func FormatBool(b bool) string
func FormatUint(i uint64, base int) string
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseBool(str string) (bool, error)
func AppendInt(dst []byte, i int64, base int) []byte
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
`,
  bytes: `package bytes
type Buffer struct { buf []byte }
func (b *Buffer) WriteString(s string) (n int, err error)
func (b *Buffer) WriteByte(c byte) error
func (b *Buffer) String() string
func (b *Buffer) Len() int
func (b *Buffer) Cap() int
func (b *Buffer) Grow(n int)
func (b *Buffer) Reset()
func (b *Buffer) Write(p []byte) (n int, err error)
func (b *Buffer) WriteRune(r rune) (n int, err error)
func (b *Buffer) Bytes() []byte
func (b *Buffer) Truncate(n int)
func NewBufferString(s string) *Buffer
func NewBuffer(buf []byte) *Buffer
func Contains(b, subslice []byte) bool
func Compare(a, b []byte) int
func Equal(a, b []byte) bool
`,
  errors: `package errors
func New(text string) error
func Is(err, target error) bool
func Unwrap(err error) error
`,
  sort: `package sort
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}
func Sort(data Interface)
func Stable(data Interface)
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func Ints(x []int)
func Strings(x []string)
func Float64s(x []float64)
func SearchInts(a []int, x int) int
`,
  math: `package math
const MaxInt = 1<<63 - 1
const MinInt = -1 << 63
const MinInt8 = -1 << 7
const MinInt16 = -1 << 15
const MinInt32 = -1 << 31
const MinInt64 = -1 << 63
const MaxUint = 1<<64 - 1
const MaxFloat32 = 0x1p127 * (1 + (1 - 0x1p-23))
const SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
const MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))
const SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
const MaxInt8 = 1<<7 - 1
const MaxInt16 = 1<<15 - 1
const MaxInt32 = 1<<31 - 1
const MaxInt64 = 1<<63 - 1
const MaxUint8 = 1<<8 - 1
const MaxUint16 = 1<<16 - 1
const MaxUint32 = 1<<32 - 1
const MaxUint64 = 1<<64 - 1
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const E = 2.71828182845904523536028747135266249775724709369995957496696763
func Sqrt(x float64) float64
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Hypot(p, q float64) float64
func Log10(x float64) float64
func Cbrt(x float64) float64
func Abs(x float64) float64
func Floor(x float64) float64
func Ceil(x float64) float64
func Pow(x, y float64) float64
func Inf(sign int) float64
func NaN() float64
func IsNaN(f float64) (is bool)
func Signbit(x float64) bool
func IsInf(f float64, sign int) bool
func Copysign(f, sign float64) float64
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
func Log(x float64) float64
func Log2(x float64) float64
func Exp(x float64) float64
func Mod(x, y float64) float64
func Round(x float64) float64
func Trunc(x float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
`,
  'container/list': `package list
type Element struct {
	next, prev *Element
	list *List
	Value any
}
func (e *Element) Next() *Element
func (e *Element) Prev() *Element
type List struct {
	root Element
	len int
}
func New() *List
func (l *List) Init() *List
func (l *List) Len() int
func (l *List) Front() *Element
func (l *List) Back() *Element
func (l *List) PushFront(v any) *Element
func (l *List) PushBack(v any) *Element
func (l *List) Remove(e *Element) any
func (l *List) MoveToFront(e *Element)
func (l *List) MoveToBack(e *Element)
func (l *List) InsertBefore(v any, mark *Element) *Element
func (l *List) InsertAfter(v any, mark *Element) *Element
`,
  sync: `package sync
type Locker interface {
	Lock()
	Unlock()
}
type Mutex struct { state int32; sema uint32 }
func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool
type RWMutex struct { w Mutex; readerCount int32 }
func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
type WaitGroup struct { state uint64; sema uint32 }
func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()
type Once struct { done uint32; m Mutex }
func (o *Once) Do(f func())
`,
  'sync/atomic': `package atomic
func AddInt32(addr *int32, delta int32) (new int32)
func AddInt64(addr *int64, delta int64) (new int64)
func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
`,
  time: `package time
type Duration int64
const (
	Nanosecond Duration = 1
	Microsecond = 1000 * Nanosecond
	Millisecond = 1000 * Microsecond
	Second = 1000 * Millisecond
	Minute = 60 * Second
	Hour = 60 * Minute
)
func (d Duration) String() string
func (d Duration) Seconds() float64
func (d Duration) Milliseconds() int64
type Time struct { wall uint64; ext int64 }
func (t Time) Sub(u Time) Duration
func Now() Time
func Since(t Time) Duration
func Sleep(d Duration)
func After(d Duration) <-chan Time
func Tick(d Duration) <-chan Time
type Timer struct { C <-chan Time }
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool
func NewTimer(d Duration) *Timer
type Ticker struct { C <-chan Time }
func (t *Ticker) Stop()
func NewTicker(d Duration) *Ticker
`,
  context: `package context
type Context interface {
	Done() <-chan struct{}
	Err() error
}
type CancelFunc func()
func Background() Context
func WithCancel(parent Context) (ctx Context, cancel CancelFunc)
`,
  runtime: `package runtime
type MemStats struct {
	Alloc uint64
	TotalAlloc uint64
	Sys uint64
	Mallocs uint64
	Frees uint64
	HeapAlloc uint64
	HeapSys uint64
	HeapIdle uint64
	HeapInuse uint64
	HeapReleased uint64
	HeapObjects uint64
	StackInuse uint64
	StackSys uint64
	NextGC uint64
	NumGC uint32
	PauseTotalNs uint64
}
type Error interface {
	error
	RuntimeError()
}
type Frame struct {
	PC uintptr
	Function string
	File string
	Line int
}
type Frames struct { frames []Frame }
func (ci *Frames) Next() (frame Frame, more bool)
func Callers(skip int, pc []uintptr) int
func CallersFrames(callers []uintptr) *Frames
func Caller(skip int) (pc uintptr, file string, line int, ok bool)
func Stack(buf []byte, all bool) int
func Goexit()
func LockOSThread()
func UnlockOSThread()
var MemProfileRate int = 512 * 1024
type MemProfileRecord struct {
	AllocBytes, FreeBytes int64
	AllocObjects, FreeObjects int64
	Stack0 [32]uintptr
}
func (r *MemProfileRecord) InUseBytes() int64
func (r *MemProfileRecord) InUseObjects() int64
func (r *MemProfileRecord) Stack() []uintptr
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)
const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"
func Version() string
func GC()
func Gosched()
func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int
func ReadMemStats(m *MemStats)
func KeepAlive(x any)
func SetFinalizer(obj any, finalizer any)
`,
  'runtime/debug': `package debug
func FreeOSMemory()
func SetGCPercent(percent int) int
func SetMemoryLimit(limit int64) int64
`,
  os: `package os
var Args []string
func Exit(code int)
func Getenv(key string) string
`,
  flag: `package flag
func Int(name string, value int, usage string) *int
func String(name string, value string, usage string) *string
func Bool(name string, value bool, usage string) *bool
func Parse()
func Args() []string
`,
  bufio: `package bufio
type Scanner struct { buf []byte }
func (s *Scanner) Scan() bool
func (s *Scanner) Text() string
func (s *Scanner) Err() error
`,
};
