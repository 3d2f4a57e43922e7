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

/**
 * Blocking natives of one argument with a plain first attempt: the native `key + '$try'` takes the
 * same argument and returns true when it finished without blocking (an uncontended Lock), so the
 * compiled call skips the generator; false leaves everything for the blocking native to do.
 */
export const tryNatives: ReadonlySet<string> = new Set([
  'sync.Mutex.Lock',
  'sync.RWMutex.Lock',
  'sync.RWMutex.RLock',
]);
