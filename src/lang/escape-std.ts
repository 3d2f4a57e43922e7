// Escape-analysis summaries of the standard library members heaplab models (check/stdlib.ts), for
// src/lang/escape.ts: their bodies are heaplab's own, so Go's decisions about them are recorded here.
//
// Regenerate after adding std members: build each package with `go build -gcflags='<pkg>=-m -m' <pkg>`,
// map the "leaking param"/"does not escape" lines to parameter indexes by their positions in the
// package source, and take "can inline F with cost N" / "cannot inline F" for the cost. A member
// missing here is treated conservatively (not inlined, pointer parameters leak).
//
// One line per exported member:
//   name cost tags...      cost: inlining cost, '-' when Go does not inline it, '!' for an intrinsic
//   tags: param=code, param the receiver ("recv") or a parameter's index; code n (does not escape),
//   h (leaking param), c (leaking param content), rN:L (leaking param to result N level L), several
//   joined by '+'. Parameters without a tag have no pointers. Taken from
//   `go build -gcflags='<pkg>=-m -m' <pkg>` with Go 1.19.8 (members heaplab's std has but Go lacks
//   are '-' and untagged, so their pointer parameters count as leaking).
// Sites that an inlined body adds at the call: `@ name kind text` where kind is heap (escapes
// always), none (never escapes), r0/r1 (flows to that result), self (an "ignoring self-assignment"
// line printed while walking; %F is the enclosing function); kind<N says the body stores parameter N
// in that allocation (then the parameter's tag is not used for an inlined call).

export const stdEscapeTable = `
fmt.Print 72 0=c
fmt.Println 72 0=c
fmt.Printf 73 0=n 1=c
fmt.Sprint - 0=c
fmt.Sprintln - 0=c
fmt.Sprintf - 0=n 1=c
fmt.Fprint - 0=h 1=c
fmt.Fprintln - 0=h 1=c
fmt.Fprintf - 0=h 1=n 2=c
fmt.(*wrapError).Error 3 recv=r0:1
fmt.(*wrapError).Unwrap 3 recv=r0:1
fmt.Errorf - 0=n 1=c
strings.(*Builder).String 4 recv=r0:1
strings.(*Builder).Len 4 recv=n
strings.(*Builder).Cap 4 recv=n
strings.(*Builder).Reset 8 recv=n
strings.(*Builder).Grow 75 recv=n
strings.(*Builder).Write 42 recv=c 0=n
strings.(*Builder).WriteByte 40 recv=c
strings.(*Builder).WriteRune - recv=c
strings.(*Builder).WriteString 42 recv=c 0=n
strings.(*Reader).Len 16 recv=n
strings.(*Reader).Read 28 recv=n 0=n
strings.(*Reader).ReadByte 30 recv=n
strings.NewReader 9 0=h
strings.Repeat - 0=n
strings.Join - 0=r0:1 1=n
strings.Split 64 0=h 1=n
strings.SplitN 64 0=h 1=n
strings.Fields - 0=h
strings.Contains 64 0=n 1=n
strings.ContainsRune 64 0=n
strings.ContainsAny 64 0=n 1=n
strings.HasPrefix 14 0=n 1=n
strings.HasSuffix 16 0=n 1=n
strings.Index - 0=n 1=n
strings.IndexByte 62 0=n
strings.IndexRune - 0=n
strings.LastIndex - 0=n 1=n
strings.ToUpper - 0=r0:0
strings.ToLower - 0=r0:0
strings.TrimSpace - 0=r0:0
strings.TrimPrefix 26 0=r0:0 1=n
strings.TrimSuffix 31 0=r0:0 1=n
strings.TrimLeft - 0=r0:0 1=n
strings.TrimRight - 0=r0:0 1=n
strings.Trim - 0=r0:0 1=n
strings.TrimFunc - 0=r0:0 1=n
strings.Count - 0=n 1=n
strings.EqualFold - 0=n 1=n
strings.Title - 0=r0:0
strings.Replace - 0=r0:0 1=n 2=n
strings.ReplaceAll 64 0=r0:0 1=n 2=n
strings.Clone 20 0=n
strings.Map - 0=n 1=r0:0
strings.Compare 14 0=n 1=n
strings.Cut - 0=r0:0+r1:0 1=n
strconv.(*NumError).Error - recv=c
strconv.(*NumError).Unwrap 3 recv=r0:1
strconv.Itoa 62
strconv.Atoi - 0=h
strconv.FormatInt -
strconv.FormatUint -
strconv.FormatBool 6
strconv.FormatFloat -
strconv.Quote 80 0=n
strconv.QuoteRune 73
strconv.QuoteToASCII 80 0=n
strconv.ParseInt - 0=h
strconv.ParseUint - 0=h
strconv.ParseFloat - 0=h
strconv.ParseBool 38 0=h
strconv.AppendInt - 0=r0:0
strconv.Unquote - 0=r0:0
bytes.(*Buffer).Bytes 6 recv=r0:1
bytes.(*Buffer).String 13 recv=n
bytes.(*Buffer).Len 7 recv=n
bytes.(*Buffer).Cap 4 recv=n
bytes.(*Buffer).Truncate 57 recv=n
bytes.(*Buffer).Reset 15 recv=n
bytes.(*Buffer).Grow 79 recv=n
bytes.(*Buffer).Write - recv=n 0=n
bytes.(*Buffer).WriteString - recv=n 0=n
bytes.(*Buffer).WriteByte - recv=n
bytes.(*Buffer).WriteRune - recv=n
bytes.(*Buffer).Read 68 recv=n 0=n
bytes.(*Buffer).Next 52 recv=r0:1
bytes.(*Buffer).ReadByte 52 recv=n
bytes.(*Buffer).ReadString 70 recv=n
bytes.NewBuffer 5 0=h
bytes.NewBufferString 6 0=n
bytes.IndexByte 62 0=n
bytes.Equal 6 0=n 1=n
bytes.Compare 62 0=n 1=n
bytes.Contains 64 0=n 1=n
bytes.Index - 0=n 1=n
bytes.HasPrefix 21 0=n 1=n
bytes.HasSuffix 23 0=n 1=n
bytes.ToUpper - 0=n
bytes.ToLower - 0=n
bytes.TrimSpace - 0=r0:0
bytes.Repeat 60 0=n
bytes.Join 79 0=n 1=n
bytes.Count - 0=n 1=n
bytes.Fields - 0=h
bytes.Replace - 0=n 1=n 2=n
bytes.ReplaceAll 64 0=n 1=n 2=n
bytes.Split 64 0=h 1=n
errors.(*errorString).Error 3 recv=r0:1
errors.New 6 0=h
errors.Unwrap 75 0=h
errors.Is - 0=h 1=h
errors.As - 0=h 1=h
io.WriteString - 0=h 1=h
sort.Sort - 0=h
sort.Stable - 0=h
sort.Slice - 0=h 1=n
sort.SliceStable - 0=h 1=n
sort.Ints 61 0=h
sort.Strings 61 0=h
sort.Float64s 61 0=h
sort.SliceIsSorted - 0=h 1=n
sort.IsSorted - 0=h
sort.Search - 1=n
sort.SearchInts - 0=n
sort.SearchStrings - 0=n 1=n
sort.IntsAreSorted 62 0=h
sort.StringsAreSorted 62 0=h
sort.IntSlice.Len 3 recv=n
sort.IntSlice.Less 8 recv=n
sort.IntSlice.Swap 13 recv=n
sort.IntSlice.Sort 61 recv=h
sort.StringSlice.Len 3 recv=n
sort.StringSlice.Less 8 recv=n
sort.StringSlice.Swap 13 recv=n
sort.StringSlice.Sort 61 recv=h
sort.Float64Slice.Len 3 recv=n
sort.Float64Slice.Less 29 recv=n
sort.Float64Slice.Swap 13 recv=n
sort.Float64Slice.Sort 61 recv=h
sort.reverse.Less 64 recv=h
sort.Reverse 6 0=h
math.Abs 14
math.Acos 71
math.Asin 61
math.Atan 61
math.Atan2 62
math.Cbrt 61
math.Ceil !
math.Copysign 23
math.Cos 61
math.Cosh 61
math.Dim 15
math.Exp 61
math.Exp2 61
math.Expm1 61
math.FMA !
math.Float32bits 3
math.Float32frombits 3
math.Float64bits 3
math.Float64frombits 3
math.Floor !
math.Frexp 70
math.Gamma -
math.Hypot 62
math.Inf 21
math.IsInf 16
math.IsNaN 4
math.Ldexp 62
math.Log 61
math.Log10 71
math.Log1p 61
math.Log2 61
math.Max 62
math.Min 62
math.Mod 62
math.Modf 70
math.NaN 7
math.Nextafter -
math.Pow 62
math.Pow10 77
math.Remainder 62
math.Round 57
math.RoundToEven !
math.Signbit 11
math.Sin 61
math.Sincos -
math.Sinh 61
math.Sqrt !
math.Tan 61
math.Tanh 61
math.Trunc !
list.(*Element).Next 22 recv=r0:1
list.(*Element).Prev 22 recv=r0:1
list.(*List).Init 20 recv=h
list.New 25
list.(*List).Len 3 recv=n
list.(*List).Front 11 recv=r0:1
list.(*List).Back 11 recv=r0:1
list.(*List).Remove 40 recv=n 0=c
list.(*List).PushFront 78 recv=h 0=h
list.(*List).PushBack 78 recv=h 0=h
list.(*List).InsertBefore 52 recv=h 0=h 1=c
list.(*List).InsertAfter 51 recv=h 0=h 1=h
list.(*List).MoveToFront 55 recv=h 0=h
list.(*List).MoveToBack 55 recv=c 0=h
list.(*List).MoveBefore 57 recv=n 0=h 1=c
list.(*List).MoveAfter 56 recv=n 0=h 1=h
list.(*List).PushBackList - recv=h 0=c
list.(*List).PushFrontList - recv=h 0=c
sync.(*Mutex).Lock 69 recv=h
sync.(*Mutex).Unlock 75 recv=h
sync.(*Mutex).TryLock 29 recv=h
sync.(*RWMutex).Lock - recv=h
sync.(*RWMutex).Unlock - recv=h
sync.(*RWMutex).RLock 73 recv=h
sync.(*RWMutex).RUnlock 75 recv=h
sync.(*RWMutex).RLocker 3 recv=r0:0
sync.(*rlocker).Lock 76 recv=h
sync.(*rlocker).Unlock 78 recv=h
sync.(*WaitGroup).Add - recv=h
sync.(*WaitGroup).Done 61 recv=h
sync.(*WaitGroup).Wait - recv=h
sync.(*Once).Do 69 recv=h 0=n
sync.(*Pool).Get - recv=h
sync.(*Pool).Put - recv=h 0=h
atomic.AddInt32 ! 0=h
atomic.AddInt64 ! 0=h
atomic.AddUint32 ! 0=h
atomic.AddUint64 ! 0=h
atomic.LoadInt32 ! 0=h
atomic.LoadInt64 ! 0=h
atomic.LoadUint32 ! 0=h
atomic.LoadUint64 ! 0=h
atomic.StoreInt32 ! 0=h
atomic.StoreInt64 ! 0=h
atomic.StoreUint32 ! 0=h
atomic.StoreUint64 ! 0=h
atomic.SwapInt32 ! 0=h
atomic.SwapInt64 ! 0=h
atomic.CompareAndSwapInt32 ! 0=h
atomic.CompareAndSwapInt64 ! 0=h
atomic.(*Int32).Load 6 recv=h
atomic.(*Int32).Store 6 recv=h
atomic.(*Int32).Add 7 recv=h
atomic.(*Int64).Load 6 recv=h
atomic.(*Int64).Store 6 recv=h
atomic.(*Int64).Add 7 recv=h
time.Duration.String -
time.Duration.Nanoseconds 2
time.Duration.Microseconds 4
time.Duration.Milliseconds 4
time.Duration.Seconds 22
time.Duration.Minutes 22
time.Duration.Hours 22
time.Duration.Truncate 12
time.Duration.Round -
time.Duration.Abs 17
time.Now -
time.Time.UnixNano 45 recv=n
time.Time.Unix 31 recv=n
time.Time.Sub - recv=n 0=n
time.Time.Add - recv=r0:0
time.Time.Before - recv=n 0=n
time.Time.After - recv=n 0=n
time.Time.Equal - recv=n 0=n
time.Time.IsZero 40 recv=n
time.Since - 0=n
time.Until - 0=n
time.Sleep -
time.(*Timer).Stop 72 recv=h
time.(*Timer).Reset - recv=h
time.NewTimer -
time.AfterFunc - 1=h
time.(*Ticker).Stop 62 recv=h
time.(*Ticker).Reset - recv=h
time.NewTicker -
time.After 62
time.Tick 68
time.ParseDuration - 0=n
context.(*emptyCtx).String 12 recv=n
context.Background 3
context.TODO 3
context.(*cancelCtx).Done - recv=h
context.(*cancelCtx).Err - recv=h
context.(*cancelCtx).Deadline -
context.WithCancel - 0=h
context.WithDeadline - 0=h 1=h
context.WithTimeout - 0=h
context.(*valueCtx).Value 71 recv=c 0=h
context.WithValue - 0=h 1=h 2=h
runtime.(*Frames).Next - recv=h
runtime.Callers 69 1=n
runtime.CallersFrames 18 0=h
runtime.Caller -
runtime.Stack - 0=h
runtime.Goexit -
runtime.LockOSThread -
runtime.UnlockOSThread 48
runtime.(*MemProfileRecord).InUseBytes 6 recv=n
runtime.(*MemProfileRecord).InUseObjects 6 recv=n
runtime.(*MemProfileRecord).Stack 26 recv=r0:0
runtime.MemProfile - 0=n
runtime.Version 2
runtime.GC -
runtime.Gosched 62
runtime.NumGoroutine 44
runtime.GOMAXPROCS -
runtime.NumCPU 3
runtime.ReadMemStats - 0=n
runtime.KeepAlive - 0=n
runtime.SetFinalizer - 0=h 1=h
debug.FreeOSMemory 59
debug.SetGCPercent 63
debug.SetMemoryLimit 61
os.(*File).Write - recv=c 0=n
os.(*File).WriteString - recv=c 0=h
os.(*File).Name 4 recv=r0:2
os.Exit -
os.Getenv - 0=h
os.LookupEnv - 0=h
os.ReadFile - 0=h
os.(*PathError).Error -
os.(*PathError).Unwrap -
flag.Int 64 0=h 2=h
flag.Int64 64 0=h 2=h
flag.Uint 64 0=h 2=h
flag.String 64 0=h 1=h 2=h
flag.Bool 64 0=h 2=h
flag.Float64 64 0=h 2=h
flag.Duration 64 0=h 2=h
flag.IntVar 73 0=h 1=h 3=h
flag.Int64Var 73 0=h 1=h 3=h
flag.StringVar 73 0=h 1=h 2=h 3=h
flag.BoolVar 73 0=h 1=h 3=h
flag.Float64Var 73 0=h 1=h 3=h
flag.DurationVar 73 0=h 1=h 3=h
flag.Parse 63
flag.Parsed 7
flag.Args 3
flag.NArg 4
flag.Arg 22
flag.NFlag 4
bufio.NewWriterSize 34 0=h
bufio.NewWriter 39 0=h
bufio.(*Writer).Size 4 recv=n
bufio.(*Writer).Reset 22 recv=n 0=h
bufio.(*Writer).Flush - recv=c
bufio.(*Writer).Available 7 recv=n
bufio.(*Writer).Buffered 3 recv=n
bufio.(*Writer).Write - recv=c 0=h
bufio.(*Writer).WriteByte - recv=c
bufio.(*Writer).WriteRune - recv=c
bufio.(*Writer).WriteString - recv=c 0=h
bufio.NewReaderSize 52 0=h
bufio.NewReader 57 0=h
bufio.(*Reader).Size 4 recv=n
bufio.(*Reader).Buffered 6 recv=n
bufio.(*Reader).Read - recv=c 0=h
bufio.(*Reader).ReadByte - recv=c
bufio.(*Reader).ReadString - recv=c
bufio.NewScanner 9 0=h
bufio.(*Scanner).Scan - recv=c
bufio.(*Scanner).Text 4 recv=n
bufio.(*Scanner).Bytes 3 recv=r0:1
bufio.(*Scanner).Err 10 recv=r0:1
@ strings.(*Builder).WriteString heap (interface {})(string("strings: illegal use of non-zero Builder copied by value"))
@ strings.(*Builder).Write heap (interface {})(string("strings: illegal use of non-zero Builder copied by value"))
@ strings.(*Builder).WriteByte heap (interface {})(string("strings: illegal use of non-zero Builder copied by value"))
@ strings.(*Builder).Grow heap (interface {})(string("strings: illegal use of non-zero Builder copied by value"))
@ strings.(*Builder).Grow heap (interface {})(string("strings.Builder.Grow: negative count"))
@ strings.(*Builder).Grow heap make([]byte, len(strings.b.buf), int(2) * cap(strings.b.buf) + strings.n)
@ strings.NewReader r0<0 &strings.Reader{...}
@ strings.Clone heap make([]byte, len(strings.s))
@ strconv.Quote r0 string(strconv.appendQuotedWith(make([]byte, int(0), int(3) * len(strconv.s) / int(2)), strconv.s, strconv.quote, strconv.ASCIIonly, strconv.graphicOnly))
@ strconv.Quote heap make([]byte, int(0), int(3) * len(strconv.s) / int(2))
@ strconv.QuoteRune r0 string(strconv.appendQuotedRuneWith(nil, strconv.r, strconv.quote, strconv.ASCIIonly, strconv.graphicOnly))
@ strconv.QuoteToASCII r0 string(strconv.appendQuotedWith(make([]byte, int(0), int(3) * len(strconv.s) / int(2)), strconv.s, strconv.quote, strconv.ASCIIonly, strconv.graphicOnly))
@ strconv.QuoteToASCII heap make([]byte, int(0), int(3) * len(strconv.s) / int(2))
@ strconv.ParseBool r1 &strconv.NumError{...}
@ bytes.(*Buffer).String r0 string(bytes.b.buf[bytes.b.off:])
@ bytes.(*Buffer).Grow self %F ignoring self-assignment in bytes.b.buf = bytes.b.buf[:bytes.m]
@ bytes.(*Buffer).Grow heap (interface {})(string("bytes.Buffer.Grow: negative count"))
@ bytes.(*Buffer).Reset self %F ignoring self-assignment in bytes.b.buf = bytes.b.buf[:int(0)]
@ bytes.(*Buffer).Read self %F ignoring self-assignment in bytes.b.buf = bytes.b.buf[:int(0)]
@ bytes.(*Buffer).ReadByte self %F ignoring self-assignment in bytes.b.buf = bytes.b.buf[:int(0)]
@ bytes.(*Buffer).ReadString r0 string(bytes.slice)
@ bytes.(*Buffer).Truncate self %F ignoring self-assignment in bytes.b.buf = bytes.b.buf[:int(0)]
@ bytes.(*Buffer).Truncate self %F ignoring self-assignment in bytes.b.buf = bytes.b.buf[:bytes.b.off + bytes.n]
@ bytes.(*Buffer).Truncate heap (interface {})(string("bytes.Buffer: truncation out of range"))
@ bytes.NewBufferString r0 &bytes.Buffer{...}
@ bytes.NewBufferString r0 ([]byte)(bytes.s)
@ bytes.NewBuffer r0<0 &bytes.Buffer{...}
@ bytes.Equal none string(bytes.a)
@ bytes.Equal none string(bytes.b)
@ bytes.HasPrefix none string(bytes.a)
@ bytes.HasPrefix none string(bytes.b)
@ bytes.HasSuffix none string(bytes.a)
@ bytes.HasSuffix none string(bytes.b)
@ bytes.Repeat heap []byte{}
@ bytes.Repeat heap (interface {})(string("bytes: negative Repeat count"))
@ bytes.Repeat heap (interface {})(string("bytes: Repeat count causes overflow"))
@ bytes.Repeat heap make([]byte, len(bytes.b) * bytes.count)
@ bytes.Join heap []byte{}
@ bytes.Join heap make([]byte, bytes.n)
@ errors.New r0<0 &errors.errorString{...}
@ sort.Ints heap sort.Interface(sort.IntSlice(sort.x))
@ sort.Strings heap sort.Interface(sort.StringSlice(sort.x))
@ sort.Float64s heap sort.Interface(sort.Float64Slice(sort.x))
@ sort.IntsAreSorted heap sort.Interface(sort.IntSlice(sort.x))
@ sort.StringsAreSorted heap sort.Interface(sort.StringSlice(sort.x))
@ sort.IntSlice.Sort heap sort.Interface(sort.x)
@ sort.StringSlice.Sort heap sort.Interface(sort.x)
@ sort.Float64Slice.Sort heap sort.Interface(sort.x)
@ sort.Reverse r0<0 &sort.reverse{...}
@ list.New r0 new(list.List)
@ list.(*List).PushFront heap &list.Element{...}
@ list.(*List).PushBack heap &list.Element{...}
@ list.(*List).InsertBefore heap &list.Element{...}
@ list.(*List).InsertAfter heap &list.Element{...}
@ time.(*Timer).Stop heap (interface {})(string("time: Stop called on uninitialized Timer"))
@ runtime.CallersFrames r0 &runtime.Frames{...}
@ bufio.NewWriterSize r0<0 &bufio.Writer{...}
@ bufio.NewWriterSize heap make([]byte, bufio.size)
@ bufio.NewWriter r0<0 &bufio.Writer{...}
@ bufio.NewWriter heap make([]byte, bufio.size)
@ bufio.(*Writer).Reset heap make([]byte, int(4096))
@ bufio.NewReaderSize r0<0 new(bufio.Reader)
@ bufio.NewReaderSize heap make([]byte, bufio.size)
@ bufio.NewReader r0<0 new(bufio.Reader)
@ bufio.NewReader heap make([]byte, bufio.size)
@ bufio.NewScanner r0<0 &bufio.Scanner{...}
@ bufio.(*Scanner).Text r0 string(bufio.s.token)
`;
