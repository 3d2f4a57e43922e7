// Natives that may block or call back into Go code: they are generator functions, called with
// `yield*`. Every other native is a plain function the compiled code calls directly. A test
// checks this list against the natives table (tests/lang/natives.test.ts).

export const blockingNatives: ReadonlySet<string> = new Set([
  'runtime.GC',
  'debug.FreeOSMemory',
  'runtime.Gosched',
  'time.Sleep',
  'sync.Mutex.Lock',
  'sync.RWMutex.Lock',
  'sync.RWMutex.RLock',
  'sync.WaitGroup.Wait',
  'sync.Once.Do',
  'sync.Pool.Get',
  'strings.Map',
  'strings.TrimFunc',
  'sort.SliceIsSorted',
]);
