// time and context. Clocks, sleeps and timers are native, on the simulated clock; Duration's
// methods, Time arithmetic and the whole context package are Go code.

export const timeSource = `package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return -1 << 63
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return 1<<63 - 1
}

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == -1<<63:
		return 1<<63 - 1
	default:
		return -d
	}
}

type Location struct {
	name string
}

type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

func Now() Time

func (t Time) UnixNano() int64 { return t.ext }

func (t Time) Unix() int64 { return t.ext / 1e9 }

func (t Time) Sub(u Time) Duration { return Duration(t.ext - u.ext) }

func (t Time) Add(d Duration) Time {
	t.ext += int64(d)
	return t
}

func (t Time) Before(u Time) bool { return t.ext < u.ext }

func (t Time) After(u Time) bool { return t.ext > u.ext }

func (t Time) Equal(u Time) bool { return t.ext == u.ext }

func (t Time) IsZero() bool { return t.ext == 0 }

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

func Sleep(d Duration)

type runtimeTimer struct {
	pp       uintptr
	when     int64
	period   int64
	f        func(any, uintptr)
	arg      any
	seq      uintptr
	nextwhen int64
	status   uint32
}

type Timer struct {
	C <-chan Time
	r runtimeTimer
}

func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool

func NewTimer(d Duration) *Timer

func AfterFunc(d Duration, f func()) *Timer

type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)

func NewTicker(d Duration) *Ticker

func After(d Duration) <-chan Time

func Tick(d Duration) <-chan Time

func ParseDuration(s string) (Duration, error)
`;

export const contextSource = `package context

import (
	"errors"
	"sync"
	"time"
)

type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

var Canceled = errors.New("context canceled")

var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

type emptyCtx int

func (*emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (*emptyCtx) Done() <-chan struct{}                   { return nil }
func (*emptyCtx) Err() error                              { return nil }
func (*emptyCtx) Value(key any) any                       { return nil }

func (e *emptyCtx) String() string {
	if e == background {
		return "context.Background"
	}
	return "context.TODO"
}

var (
	background = new(emptyCtx)
	todo       = new(emptyCtx)
)

func Background() Context { return background }

func TODO() Context { return todo }

type CancelFunc func()

type cancelCtx struct {
	Context
	mu          sync.Mutex
	done        chan struct{}
	children    map[*cancelCtx]struct{}
	err         error
	deadline    time.Time
	hasDeadline bool
	timer       *time.Timer
}

func (c *cancelCtx) Done() <-chan struct{} { return c.done }

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	err := c.err
	c.mu.Unlock()
	return err
}

func (c *cancelCtx) Deadline() (time.Time, bool) {
	if c.hasDeadline {
		return c.deadline, true
	}
	return c.Context.Deadline()
}

func (c *cancelCtx) cancel(removeFromParent bool, err error) {
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.err = err
	close(c.done)
	for child := range c.children {
		child.cancel(false, err)
	}
	c.children = nil
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
	if removeFromParent {
		if p, ok := c.Context.(*cancelCtx); ok {
			p.mu.Lock()
			if p.children != nil {
				delete(p.children, c)
			}
			p.mu.Unlock()
		}
	}
}

func newCancelCtx(parent Context) *cancelCtx {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := &cancelCtx{Context: parent, done: make(chan struct{})}
	if p, ok := parent.(*cancelCtx); ok {
		p.mu.Lock()
		if p.err != nil {
			p.mu.Unlock()
			c.cancel(false, p.err)
		} else {
			if p.children == nil {
				p.children = make(map[*cancelCtx]struct{})
			}
			p.children[c] = struct{}{}
			p.mu.Unlock()
		}
	} else if pd := parent.Done(); pd != nil {
		go func() {
			select {
			case <-pd:
				c.cancel(false, parent.Err())
			case <-c.done:
			}
		}()
	}
	return c
}

func WithCancel(parent Context) (Context, CancelFunc) {
	c := newCancelCtx(parent)
	return c, func() { c.cancel(true, Canceled) }
}

func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	c := newCancelCtx(parent)
	c.deadline = d
	c.hasDeadline = true
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded)
		return c, func() { c.cancel(false, Canceled) }
	}
	c.mu.Lock()
	if c.err == nil {
		c.timer = time.AfterFunc(dur, func() { c.cancel(true, DeadlineExceeded) })
	}
	c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled) }
}

func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

type valueCtx struct {
	Context
	key, val any
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return c.Context.Value(key)
}

func WithValue(parent Context, key, val any) Context {
	if key == nil {
		panic("nil key")
	}
	return &valueCtx{parent, key, val}
}
`;
