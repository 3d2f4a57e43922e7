// The std functions written in TypeScript (the rest are Go bodies in check/stdlib.ts, compiled
// with the program). Keys are "pkg.Func" or "pkg.Type.Method" (receiver first). Every native is
// a generator function, called with `yield*` like compiled Go functions.

import type { MemStats } from '../../sim/mstats.ts';
import { durationString } from './bytes.ts';
import type { Env, RType } from './env.ts';
import { type FmtArg, sprint, sprintf, sprintln } from './fmt.ts';
import { fmtArg } from './fmtglue.ts';
import * as gomath from './math.ts';
import { type G, GoPanic, type Park, ProgramExit, Timer } from './sched.ts';
import { sortFunc, stableFunc } from './sort.ts';
import { formatFloat, formatInt, parseInt10, quote, quoteRune, quoteToASCII } from './strconv.ts';
import * as strs from './strings.ts';
import { Mutex, Once, RWMutex, WaitGroup } from './sync.ts';
import { addrOf, arrData, byteString, emptyStr, GoStr, type Iface, type Slice, sliceBytes } from './value.ts';

type Gen<T = unknown> = Generator<Park, T, unknown>;

export interface ProcessInfo {
  args: readonly string[];
  environ: Readonly<Record<string, string>>;
}

/** CPU cost of one fmt call (format parsing and output), calibrated with the LRU fill. */
const fmtCallNs = 120;

export function makeNatives(env: Env, proc: ProcessInfo): Record<string, unknown> {
  const rt = env.rt;
  const sched = env.sched;
  const s = (x: string, heap = true) => env.str(x, heap);
  const args = (a: Slice | null): (FmtArg | null)[] => {
    const out: (FmtArg | null)[] = [];
    if (a === null) return out;
    const d = a.arr.d as unknown[];
    for (let i = 0; i < a.len; i++) out.push(fmtArg(env, d[a.off + i] as Iface | null));
    return out;
  };
  const writeTo = (w: unknown, text: string): void => {
    // os.Stdout / os.Stderr (*os.File), or any io.Writer through its Write method
    const f = w as Iface | null;
    if (f === null) throw new GoPanic('runtime error: invalid memory address or nil pointer dereference');
    const file = f.v as { _fd?: number } | null;
    if (file && file._fd === 1) env.stdout(text);
    else if (file && file._fd === 2) env.stderr(text);
    else {
      const write = f.t.methods.Write;
      if (!write) throw new GoPanic(`heaplab: ${f.t.str} is not an io.Writer`);
      env.callSync(write, f.v, bytesSlice(env, text));
    }
  };
  const wrote = (n: number) => [n, null];
  const named = (str: string): RType => {
    const t = env.typeByName(str);
    if (!t) throw new Error(`heaplab: type ${str} is not compiled in`);
    return t;
  };
  // Process start, for time.Now (a fixed wall clock start plus simulated time).
  const unixStartNs = rt.startUnixNs;

  const memStats = (): MemStats => rt.readMemStats();

  // sync.Pool (Go 1.13+ poolCleanup at each GC start): the primary items move to the victim
  // cache, and the old victims are dropped; an item survives one GC and is gone after two.
  // Victims stay reachable (roots) through the cycle that demoted them.
  const pools = new Set<{ items: unknown[]; victim: unknown[] }>();
  rt.gcStartHooks.unshift(() => {
    for (const p of pools) {
      p.victim = p.items;
      p.items = [];
    }
  });
  env.addRootScan(() => {
    const out: unknown[] = [];
    for (const p of pools) for (const x of p.victim) out.push(x);
    return out;
  });

  const natives: Record<string, unknown> = {
    // ---------------------------------------------------------------- fmt
    'fmt.Println'(a: Slice | null) {
      rt.work(fmtCallNs);
      const t = sprintln(...args(a));
      env.stdout(t);
      return wrote(t.length);
    },
    'fmt.Print'(a: Slice | null) {
      rt.work(fmtCallNs);
      const t = sprint(...args(a));
      env.stdout(t);
      return wrote(t.length);
    },
    'fmt.Printf'(f: GoStr, a: Slice | null) {
      rt.work(fmtCallNs);
      const t = sprintf(f.s, ...args(a));
      env.stdout(t);
      return wrote(t.length);
    },
    'fmt.Sprintf'(f: GoStr, a: Slice | null) {
      rt.work(fmtCallNs);
      return s(sprintf(f.s, ...args(a)));
    },
    'fmt.Sprint'(a: Slice | null) {
      rt.work(fmtCallNs);
      return s(sprint(...args(a)));
    },
    'fmt.Sprintln'(a: Slice | null) {
      rt.work(fmtCallNs);
      return s(sprintln(...args(a)));
    },
    'fmt.Fprintln'(w: unknown, a: Slice | null) {
      const t = sprintln(...args(a));
      writeTo(w, t);
      return wrote(t.length);
    },
    'fmt.Fprint'(w: unknown, a: Slice | null) {
      const t = sprint(...args(a));
      writeTo(w, t);
      return wrote(t.length);
    },
    'fmt.Fprintf'(w: unknown, f: GoStr, a: Slice | null) {
      const t = sprintf(f.s, ...args(a));
      writeTo(w, t);
      return wrote(t.length);
    },
    /** Errorf's formatting: the string and the index of the %w operand (or -1). */
    'fmt.sprintfw'(f: GoStr, a: Slice | null) {
      rt.work(fmtCallNs);
      const list = args(a);
      let wi = -1;
      // %w is %v for formatting; remember which operand it consumed
      let argNum = 0;
      const fs = f.s;
      for (let i = 0; i < fs.length; i++) {
        if (fs[i] !== '%') continue;
        i++;
        while (i < fs.length && '+-# 0'.includes(fs[i])) i++;
        if (fs[i] === '[') {
          const close = fs.indexOf(']', i);
          if (close > 0) {
            argNum = Number(fs.slice(i + 1, close)) - 1;
            i = close + 1;
          }
        }
        while (i < fs.length && /[0-9.*]/.test(fs[i])) {
          if (fs[i] === '*') argNum++;
          i++;
        }
        if (fs[i] === '%') continue;
        if (fs[i] === 'w' && wi < 0) wi = argNum;
        argNum++;
      }
      const text = sprintf(fs.replace(/%([-+# 0]*[0-9.*[\]]*)w/g, '%$1v'), ...list);
      return [s(text), wi];
    },

    // ---------------------------------------------------------------- os
    'os.Exit'(code: number) {
      env.accountTicks();
      throw new ProgramExit(Number(code), '');
    },
    'os.writeFile'(fd: number, b: Slice | null) {
      const bytes = sliceBytes(b);
      const text = byteString(bytes);
      if (fd === 2) env.stderr(text);
      else env.stdout(text);
      return bytes.length;
    },
    'os.LookupEnv'(k: GoStr) {
      const v = proc.environ[k.s];
      return v === undefined ? [emptyStr, false] : [s(v), true];
    },
    'os.Getenv'(k: GoStr) {
      const v = proc.environ[k.s];
      return v === undefined ? emptyStr : s(v);
    },
    'os.ReadFile'(name: GoStr) {
      const n = name.s;
      let text: string | null = null;
      if (n === '/proc/self/status') text = rt.linux.procSelfStatus();
      else if (n === '/proc/self/smaps_rollup') text = rt.linux.smapsRollup();
      if (text === null) {
        return [null, env.iface(named('*os.PathError'), pathError(env, 'open', n), false)];
      }
      return [bytesSlice(env, text), null];
    },
    'os.argsInit'() {
      const et = named('string');
      return env.sliceLit(
        et,
        proc.args.length,
        proc.args.map((a, i) => [i, s(a)]),
        true,
      );
    },

    // ---------------------------------------------------------------- runtime
    *'runtime.GC'() {
      env.accountTicks();
      // the caller blocks while the cycle runs, so runnable goroutines get the CPU meanwhile
      yield { kind: 'gosched' };
      rt.GC();
      runFinalizers();
    },
    *'runtime.Gosched'() {
      env.accountTicks();
      yield { kind: 'gosched' };
    },
    'runtime.NumGoroutine'() {
      return sched.numGoroutine;
    },
    'runtime.GOMAXPROCS'(_n: number) {
      // heaplab fixes GOMAXPROCS when the run starts (the GOMAXPROCS variable); a call only reads it
      return rt.gomaxprocs;
    },
    'runtime.NumCPU'() {
      return rt.gomaxprocs;
    },
    'runtime.ReadMemStats'(m: Record<string, unknown> | null) {
      if (m === null) throw new GoPanic('runtime error: invalid memory address or nil pointer dereference');
      env.accountTicks();
      const ms = memStats() as unknown as Record<string, unknown>;
      const t = named('runtime.MemStats');
      for (const f of t.fields) {
        const v = ms[f.name];
        if (typeof v === 'number' || typeof v === 'boolean') m[f.prop] = v;
        else if (Array.isArray(v) && f.name !== 'BySize') {
          const dst = m[f.prop] as unknown[];
          for (let i = 0; i < dst.length && i < v.length; i++) dst[i] = v[i];
        } else if (f.name === 'BySize' && Array.isArray(v)) {
          const dst = m[f.prop] as Record<string, unknown>[];
          for (let i = 0; i < dst.length && i < v.length; i++) {
            const b = v[i] as { Size: number; Mallocs: number; Frees: number };
            dst[i]._Size = b.Size;
            dst[i]._Mallocs = b.Mallocs;
            dst[i]._Frees = b.Frees;
          }
        }
      }
      rt.work(20_000);
    },
    'runtime.KeepAlive'(x: unknown) {
      void x;
    },
    'runtime.SetFinalizer'(obj: Iface | null, fin: Iface | null) {
      if (obj === null) throw new GoPanic('runtime.SetFinalizer: first argument is nil');
      if (obj.t.kind !== 'ptr')
        throw new GoPanic(`runtime.SetFinalizer: first argument is ${obj.t.str}, not pointer`);
      const addr = (obj.v as { $a?: number } | null)?.$a ?? 0;
      if (addr === 0) return; // not a heap object (Go: a pointer to a global or zerobase is ignored)
      if (fin === null) {
        rt.roots.finalizers.delete(rt.alloc.findObject(addr));
        return;
      }
      const id = nextFinalizer++;
      finalizers.set(id, [fin.v as (o: unknown) => Gen, obj.v]);
      rt.setFinalizer(addr, id);
    },
    'runtime.defaultMemProfileRate'() {
      return rt.memProfileRate;
    },
    'runtime.Version'() {
      return s('go1.19.8', false);
    },
    'runtime.LockOSThread'() {},
    'runtime.UnlockOSThread'() {},
    'time.ParseDuration'(a: GoStr) {
      const d = parseDuration(a.s);
      if (d === undefined) {
        return [
          0,
          env.iface(named('*errors.errorString'), errorString(`time: invalid duration ${quote(a.s)}`), true),
        ];
      }
      return [d, null];
    },
    'runtime.Goexit'() {
      throw new GoPanic('heaplab does not support runtime.Goexit');
    },

    // ---------------------------------------------------------------- runtime/debug
    *'debug.FreeOSMemory'() {
      env.accountTicks();
      yield { kind: 'gosched' };
      rt.freeOSMemory();
      runFinalizers();
    },
    'debug.SetGCPercent'(p: number) {
      env.accountTicks();
      return rt.setGCPercent(Number(p));
    },
    'debug.SetMemoryLimit'(l: number | bigint) {
      env.accountTicks();
      const v =
        typeof l === 'bigint'
          ? l > BigInt(Number.MAX_SAFE_INTEGER)
            ? Number.MAX_SAFE_INTEGER
            : Number(l)
          : l;
      const prev = rt.setMemoryLimit(v);
      return prev >= Number.MAX_SAFE_INTEGER ? (1n << 63n) - 1n : prev;
    },

    // ---------------------------------------------------------------- time
    *'time.Sleep'(d: number | bigint) {
      env.accountTicks();
      yield* sched.sleep(Number(d));
    },
    'time.Now'() {
      env.accountTicks();
      const t = named('time.Time').zero() as Record<string, unknown>;
      t._ext = unixStartNs + Math.round(rt.nowNs);
      return t;
    },
    'time.Since'(t: Record<string, unknown>) {
      env.accountTicks();
      return Math.round(unixStartNs + rt.nowNs - (t._ext as number));
    },
    'time.Time.Sub'(t: Record<string, unknown>, u: Record<string, unknown>) {
      return (t._ext as number) - (u._ext as number);
    },
    'time.Time.UnixNano'(t: Record<string, unknown>) {
      return t._ext as number;
    },
    'time.Duration.String'(d: number | bigint) {
      return s(durationString(BigInt(d)));
    },
    'time.After'(d: number | bigint) {
      return newTimer(Number(d), false).C;
    },
    'time.Tick'(d: number | bigint) {
      if (d <= 0) return null;
      return newTimer(Number(d), true).C;
    },
    'time.NewTimer'(d: number | bigint) {
      return newTimer(Number(d), false).obj;
    },
    'time.NewTicker'(d: number | bigint) {
      if (d <= 0) throw new GoPanic('non-positive interval for NewTicker');
      return newTimer(Number(d), true).obj;
    },
    'time.AfterFunc'(d: number | bigint, f: () => Gen) {
      const t = named('time.Timer').zero() as Record<string, unknown>;
      const obj = env.heapPlace(named('time.Timer'), t);
      const addr = (obj as { $a: number }).$a;
      // Go keeps f in the timer as r.arg (an interface: its data word is at offset 48 of Timer),
      // so an active timer keeps f and what it captures alive
      env.rt.alloc.writePointer(addr + 48, addrOf(f));
      const timer = sched.afterFunc(Number(d), () => f() as never, addr);
      timers.set(obj, timer);
      return obj;
    },
    'time.Timer.Stop'(t: Record<string, unknown> | null) {
      const timer = timers.get(env.nn(t));
      return timer ? sched.stopTimer(timer) : false;
    },
    'time.Timer.Reset'(t: Record<string, unknown> | null, d: number | bigint) {
      const timer = timers.get(env.nn(t));
      return timer ? sched.resetTimer(timer, Number(d)) : false;
    },
    'time.Ticker.Stop'(t: Record<string, unknown> | null) {
      const timer = timers.get(env.nn(t));
      if (timer) sched.stopTimer(timer);
    },
    'time.Ticker.Reset'(t: Record<string, unknown> | null, d: number | bigint) {
      const timer = timers.get(env.nn(t));
      if (timer) {
        timer.period = Number(d);
        sched.resetTimer(timer, Number(d));
      }
    },

    // ---------------------------------------------------------------- sync
    *'sync.Mutex.Lock'(m: object) {
      env.accountTicks();
      yield* mutexOf(m).lock(sched);
    },
    // the plain first attempts of blocking natives (rt/blocking.ts tryNatives)
    'sync.Mutex.Lock$try'(m: object) {
      env.accountTicks();
      return mutexOf(m).tryLock();
    },
    'sync.RWMutex.Lock$try'(m: object) {
      env.accountTicks();
      return rwOf(m).tryLock();
    },
    'sync.RWMutex.RLock$try'(m: object) {
      env.accountTicks();
      return rwOf(m).tryRLock();
    },
    'sync.Mutex.Unlock'(m: object) {
      mutexOf(m).unlock(sched);
    },
    'sync.Mutex.TryLock'(m: object) {
      return mutexOf(m).tryLock();
    },
    *'sync.RWMutex.Lock'(m: object) {
      env.accountTicks();
      yield* rwOf(m).lock(sched);
    },
    'sync.RWMutex.Unlock'(m: object) {
      rwOf(m).unlock(sched);
    },
    *'sync.RWMutex.RLock'(m: object) {
      env.accountTicks();
      yield* rwOf(m).rLock(sched);
    },
    'sync.RWMutex.RUnlock'(m: object) {
      rwOf(m).rUnlock(sched);
    },
    'sync.WaitGroup.Add'(w: object, n: number) {
      wgOf(w).add(sched, Number(n));
    },
    'sync.WaitGroup.Done'(w: object) {
      wgOf(w).add(sched, -1);
    },
    *'sync.WaitGroup.Wait'(w: object) {
      env.accountTicks();
      yield* wgOf(w).wait(sched);
    },
    *'sync.Once.Do'(o: object, f: () => Gen) {
      yield* onceOf(o).do(sched, f as () => Gen<void>);
    },
    *'sync.Pool.Get'(p: Record<string, unknown>) {
      const pool = poolOf(p);
      if (pool.items.length > 0) return pool.items.pop();
      if (pool.victim.length > 0) return pool.victim.pop();
      const nf = p._New as (() => Gen) | null;
      if (nf) return yield* nf();
      return null;
    },
    'sync.Pool.Put'(p: Record<string, unknown>, x: Iface | null) {
      if (x === null) return;
      poolOf(p).items.push(x);
    },

    // ---------------------------------------------------------------- strings / strconv
    'strings.Repeat'(x: GoStr, n: number) {
      if (n < 0) throw new GoPanic('strings: negative Repeat count');
      return s(x.s.repeat(n));
    },
    'strings.Contains'(a: GoStr, b: GoStr) {
      return a.s.includes(b.s);
    },
    'strings.HasPrefix'(a: GoStr, b: GoStr) {
      return a.s.startsWith(b.s);
    },
    'strings.HasSuffix'(a: GoStr, b: GoStr) {
      return a.s.endsWith(b.s);
    },
    'strings.Index'(a: GoStr, b: GoStr) {
      return a.s.indexOf(b.s);
    },
    'strings.LastIndex'(a: GoStr, b: GoStr) {
      return a.s.lastIndexOf(b.s);
    },
    'strings.IndexByte'(a: GoStr, c: number) {
      return a.s.indexOf(String.fromCharCode(c));
    },
    'strings.Count'(a: GoStr, b: GoStr) {
      return strs.count(a.s, b.s);
    },
    'strings.ToUpper'(a: GoStr) {
      const r = strs.toUpper(a.s, () => {}, rt.alloc.classes);
      return r === a.s ? a : s(r);
    },
    'strings.ToLower'(a: GoStr) {
      const r = strs.toLower(a.s, () => {}, rt.alloc.classes);
      return r === a.s ? a : s(r);
    },
    'strings.TrimSpace'(a: GoStr) {
      return sub(a, strs.trimSpace(a.s));
    },
    'strings.Trim'(a: GoStr, c: GoStr) {
      return sub(a, strs.trim(a.s, c.s));
    },
    'strings.TrimLeft'(a: GoStr, c: GoStr) {
      let i = 0;
      while (i < a.s.length && c.s.includes(a.s[i])) i++;
      return env.substr(a, i, a.s.length);
    },
    'strings.TrimRight'(a: GoStr, c: GoStr) {
      let j = a.s.length;
      while (j > 0 && c.s.includes(a.s[j - 1])) j--;
      return env.substr(a, 0, j);
    },
    'strings.TrimPrefix'(a: GoStr, p: GoStr) {
      return a.s.startsWith(p.s) ? env.substr(a, p.s.length, a.s.length) : a;
    },
    'strings.TrimSuffix'(a: GoStr, p: GoStr) {
      return a.s.endsWith(p.s) ? env.substr(a, 0, a.s.length - p.s.length) : a;
    },
    'strings.EqualFold'(a: GoStr, b: GoStr) {
      return a.s.toLowerCase() === b.s.toLowerCase();
    },
    'strings.Replace'(a: GoStr, o: GoStr, n: GoStr, k: number) {
      const r = strs.replace(a.s, o.s, n.s, Number(k), () => {}, rt.alloc.classes);
      return r === a.s ? a : s(r);
    },
    'strings.ReplaceAll'(a: GoStr, o: GoStr, n: GoStr) {
      const r = strs.replace(a.s, o.s, n.s, -1, () => {}, rt.alloc.classes);
      return r === a.s ? a : s(r);
    },
    'strings.Split'(a: GoStr, sep: GoStr) {
      return stringSlice(env, splitN(a.s, sep.s, -1), a);
    },
    'strings.SplitN'(a: GoStr, sep: GoStr, n: number) {
      return stringSlice(env, splitN(a.s, sep.s, Number(n)), a);
    },
    'strings.Fields'(a: GoStr) {
      return stringSlice(env, fieldsOf(a.s), a);
    },
    'strings.Join'(e: Slice | null, sep: GoStr) {
      const parts: string[] = [];
      if (e !== null)
        for (let i = 0; i < e.len; i++) parts.push(((e.arr.d as unknown[])[e.off + i] as GoStr).s);
      if (parts.length === 0) return emptyStr;
      if (parts.length === 1) return (e!.arr.d as unknown[])[e!.off] as GoStr;
      return s(parts.join(sep.s));
    },
    'strings.Clone'(a: GoStr) {
      return a.s.length === 0 ? emptyStr : s(a.s);
    },
    'strings.Title'(a: GoStr) {
      return s(a.s.replace(/(^|[^A-Za-z0-9_'])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()));
    },
    *'strings.Map'(f: (r: number) => Gen, a: GoStr) {
      let out = '';
      for (let i = 0; i < a.s.length; ) {
        const [r, w] = env.decodeRune(a.s, i);
        const m = (yield* f(r)) as number;
        if (m >= 0) out += String.fromCharCode(...utf8(m));
        i += w;
      }
      return out === a.s ? a : s(out);
    },
    'strings.Builder.String'(b: Record<string, unknown> | null) {
      const buf = env.nn(b)._buf as Slice | null;
      if (buf === null || buf.len === 0) return emptyStr;
      return new GoStr(byteString(sliceBytes(buf)), buf.arr.$a);
    },
    'strings.eof'() {
      return ioEOF();
    },
    'strings.ContainsRune'(a: GoStr, r: number) {
      return a.s.includes(String.fromCharCode(...utf8(r)));
    },
    'strings.ContainsAny'(a: GoStr, chars: GoStr) {
      for (let i = 0; i < chars.s.length; ) {
        const [r, w] = env.decodeRune(chars.s, i);
        if (a.s.includes(String.fromCharCode(...utf8(r)))) return true;
        i += w;
      }
      return false;
    },
    'strings.IndexRune'(a: GoStr, r: number) {
      return a.s.indexOf(String.fromCharCode(...utf8(r)));
    },
    'strings.Compare'(a: GoStr, b: GoStr) {
      return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
    },
    'strings.Cut'(a: GoStr, sep: GoStr) {
      const i = a.s.indexOf(sep.s);
      if (i < 0) return [a, emptyStr, false];
      return [env.substr(a, 0, i), env.substr(a, i + sep.s.length, a.s.length), true];
    },
    *'strings.TrimFunc'(a: GoStr, f: (r: number) => Gen) {
      let i = 0;
      while (i < a.s.length) {
        const [r, w] = env.decodeRune(a.s, i);
        if (!((yield* f(r)) as boolean)) break;
        i += w;
      }
      let j = a.s.length;
      while (j > i) {
        let k = j - 1;
        while (k > i && (a.s.charCodeAt(k) & 0xc0) === 0x80) k--;
        const [r] = env.decodeRune(a.s, k);
        if (!((yield* f(r)) as boolean)) break;
        j = k;
      }
      return env.substr(a, i, j);
    },
    'strconv.Itoa'(n: number | bigint) {
      return smallOrNew(formatInt(n), n, 10);
    },
    'strconv.FormatInt'(n: number | bigint, base: number) {
      return smallOrNew(formatInt(n, Number(base)), n, Number(base));
    },
    'strconv.FormatUint'(n: number | bigint, base: number) {
      return s(BigInt.asUintN(64, BigInt(n)).toString(Number(base)), false);
    },
    'strconv.FormatBool'(b: boolean) {
      return s(b ? 'true' : 'false', false);
    },
    'strconv.FormatFloat'(f: number, fmtc: number, prec: number, bits: number) {
      return s(formatFloat(f, String.fromCharCode(fmtc) as 'e', Number(prec), Number(bits) === 32 ? 32 : 64));
    },
    'strconv.Quote'(a: GoStr) {
      return s(quote(a.s));
    },
    'strconv.QuoteRune'(r: number) {
      return s(quoteRune(r));
    },
    'strconv.QuoteToASCII'(a: GoStr) {
      return s(quoteToASCII(a.s));
    },
    'strconv.Atoi'(a: GoStr) {
      const [v, err] = parseInt10(a.s, 'Atoi');
      if (err !== null) {
        const r = err.includes('out of range') ? (v > 0n ? (1n << 63n) - 1n : -(1n << 63n)) : 0n;
        return [canonical(r), numErr(env, 'Atoi', a.s, err)];
      }
      return [canonical(v), null];
    },
    'strconv.ParseInt'(a: GoStr, base: number, bits: number) {
      const text = a.s;
      const size = Number(bits) === 0 ? 64 : Number(bits);
      const r = parseIntText(text, Number(base));
      if (r === null) return [0, numErr(env, 'ParseInt', text, 'invalid syntax')];
      const max = (1n << BigInt(size - 1)) - 1n;
      const min = -(1n << BigInt(size - 1));
      if (r > max) return [canonical(max), numErr(env, 'ParseInt', text, 'value out of range')];
      if (r < min) return [canonical(min), numErr(env, 'ParseInt', text, 'value out of range')];
      return [canonical(r), null];
    },
    'strconv.ParseFloat'(a: GoStr, bits: number) {
      const t = a.s;
      const lower = t.toLowerCase();
      const sign = lower.startsWith('-') ? -1 : 1;
      const body = lower.replace(/^[+-]/, '');
      let v: number;
      if (body === 'inf' || body === 'infinity') v = sign * Number.POSITIVE_INFINITY;
      else if (body === 'nan' && t.length === 3) v = Number.NaN;
      else if (
        /^(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(e[+-]?\d+)?$/.test(body) ||
        /^0x[\da-f_]*\.?[\da-f_]*p[+-]?\d+$/.test(body)
      ) {
        v = body.startsWith('0x') ? sign * parseHexFloat(body) : sign * Number(body.replace(/_/g, ''));
      } else return [0, numErr(env, 'ParseFloat', t, 'invalid syntax')];
      if (Number(bits) === 32) v = Math.fround(v);
      if (!Number.isFinite(v) && !Number.isNaN(v) && !/inf/.test(body))
        return [v, numErr(env, 'ParseFloat', t, 'value out of range')];
      return [v, null];
    },
    'strconv.ParseUint'(a: GoStr, base: number, bits: number) {
      const b = Number(base) === 0 ? 10 : Number(base);
      if (!/^[0-9a-zA-Z]+$/.test(a.s)) return [0, numErr(env, 'ParseUint', a.s, 'invalid syntax')];
      let v = 0n;
      for (const c of a.s.toLowerCase()) {
        const d = Number.parseInt(c, 36);
        if (d >= b) return [0, numErr(env, 'ParseUint', a.s, 'invalid syntax')];
        v = v * BigInt(b) + BigInt(d);
      }
      const size = Number(bits) === 0 ? 64 : Number(bits);
      const max = (1n << BigInt(size)) - 1n;
      if (v > max) return [canonical(max), numErr(env, 'ParseUint', a.s, 'value out of range')];
      return [canonical(v), null];
    },
    'strconv.AppendInt'(dst: Slice | null, i: number | bigint, base: number) {
      return env.appendStr(named('uint8'), dst, new GoStr(formatInt(i, Number(base)), 0));
    },
    'strconv.ParseBool'(a: GoStr) {
      if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(a.s)) return [true, null];
      if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(a.s)) return [false, null];
      return [false, numErr(env, 'ParseBool', a.s, 'invalid syntax')];
    },

    // ---------------------------------------------------------------- errors (reflection parts)
    'errors.comparable'(e: Iface | null) {
      return e === null || e.t.comparable;
    },
    'errors.As'(err: Iface | null, target: Iface | null) {
      if (target === null) throw new GoPanic('errors: target cannot be nil');
      const pt = target.t as RType;
      if (pt.kind !== 'ptr' || target.v === null)
        throw new GoPanic('errors: target must be a non-nil pointer');
      const want = pt.elem!;
      for (let e = err; e !== null; ) {
        const et = e.t as RType;
        const ok = want.kind === 'interface' ? want.imethods.every((m) => m in et.methods) : et === want;
        if (ok) {
          const dst = target.v as { v?: unknown };
          const v = want.kind === 'interface' ? e : e.v;
          if (want.kind === 'struct' || want.kind === 'array') want.assign(dst, v);
          else env.pset(want, dst as { v: unknown; $a: number }, v);
          return true;
        }
        const as = et.methods.As;
        if (as && (env.callSync(as, e.v, target) as boolean)) return true;
        const un = et.methods.Unwrap;
        if (!un) return false;
        e = env.callSync(un, e.v) as Iface | null;
      }
      return false;
    },

    // ---------------------------------------------------------------- sort
    'sort.Ints'(x: Slice | null) {
      sortNumeric(x, (a, b) => (a as number) < (b as number));
    },
    'sort.Float64s'(x: Slice | null) {
      sortNumeric(
        x,
        (a, b) => (a as number) < (b as number) || (Number.isNaN(a as number) && !Number.isNaN(b as number)),
      );
    },
    'sort.Strings'(x: Slice | null) {
      sortNumeric(x, (a, b) => (a as GoStr).s < (b as GoStr).s);
    },
    'sort.SearchInts'(a: Slice | null, x: number) {
      let lo = 0;
      let hi = a === null ? 0 : a.len;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if ((env.sget(a, m) as number) < x) lo = m + 1;
        else hi = m;
      }
      return lo;
    },
    *'sort.SliceIsSorted'(x: Iface | null, less: (i: number, j: number) => Gen) {
      const sl = x?.v as Slice | null;
      const n = sl === null || sl === undefined ? 0 : sl.len;
      for (let i = n - 1; i > 0; i--) if ((yield* less(i, i - 1)) as boolean) return false;
      return true;
    },
    'sort.Slice'(x: Iface | null, less: (i: number, j: number) => Gen) {
      sortSlice(x, less, false);
    },
    'sort.SliceStable'(x: Iface | null, less: (i: number, j: number) => Gen) {
      sortSlice(x, less, true);
    },
    'sort.Sort'(data: Iface | null) {
      sortInterface(data, false);
    },
    'sort.Stable'(data: Iface | null) {
      sortInterface(data, true);
    },

    // ---------------------------------------------------------------- sync/atomic
    'atomic.AddInt32'(p: { v: number }, d: number) {
      p.v = (p.v + d) | 0;
      return p.v;
    },
    'atomic.AddInt64'(p: { v: number | bigint }, d: number | bigint) {
      p.v = env.i64.addS(p.v, d);
      return p.v;
    },
    'atomic.AddUint32'(p: { v: number }, d: number) {
      p.v = (p.v + d) >>> 0;
      return p.v;
    },
    'atomic.AddUint64'(p: { v: number | bigint }, d: number | bigint) {
      p.v = env.i64.addU(p.v, d);
      return p.v;
    },
    'atomic.LoadInt32'(p: { v: number }) {
      return env.nn(p).v;
    },
    'atomic.LoadInt64'(p: { v: number }) {
      return env.nn(p).v;
    },
    'atomic.LoadUint32'(p: { v: number }) {
      return env.nn(p).v;
    },
    'atomic.LoadUint64'(p: { v: number }) {
      return env.nn(p).v;
    },
    'atomic.StoreInt32'(p: { v: number }, v: number) {
      env.nn(p).v = v;
    },
    'atomic.StoreInt64'(p: { v: unknown }, v: unknown) {
      env.nn(p).v = v;
    },
    'atomic.StoreUint32'(p: { v: number }, v: number) {
      env.nn(p).v = v;
    },
    'atomic.StoreUint64'(p: { v: unknown }, v: unknown) {
      env.nn(p).v = v;
    },
    'atomic.SwapInt32'(p: { v: unknown }, n: unknown) {
      const o = env.nn(p).v;
      p.v = n;
      return o;
    },
    'atomic.SwapInt64'(p: { v: unknown }, n: unknown) {
      const o = env.nn(p).v;
      p.v = n;
      return o;
    },
    'atomic.CompareAndSwapInt32'(p: { v: unknown }, o: unknown, n: unknown) {
      if (env.nn(p).v !== o) return false;
      p.v = n;
      return true;
    },
    'atomic.CompareAndSwapInt64'(p: { v: unknown }, o: unknown, n: unknown) {
      if (env.nn(p).v !== o) return false;
      p.v = n;
      return true;
    },

    // ---------------------------------------------------------------- flag
    ...flagNatives(env, proc, s),
  };

  // math: every exported function of the port
  for (const [k, v] of Object.entries(gomath)) {
    if (typeof v === 'function') {
      const f = v as (...a: unknown[]) => unknown;
      natives[`math.${k}`] = f;
    }
  }

  // ------------------------------------------------------------ helpers

  const finalizers = new Map<number, [(o: unknown) => Gen, unknown]>();
  let nextFinalizer = 1;
  /** The finalizer goroutine: queued finalizers run in a goroutine of their own, as in Go. */
  /** Queued finalizers and the one finalizer goroutine that runs them (Go: fing and runfinq). */
  const finq: [(o: unknown) => Gen, unknown][] = [];
  let fing: G | null = null;
  let fingParked = false;
  function* finalizerLoop(): Gen<void> {
    for (;;) {
      while (finq.length > 0) {
        const [f, obj] = finq.shift()!;
        yield* f(obj);
      }
      fingParked = true;
      fing!.waitReason = 'finalizer wait';
      yield { kind: 'park' };
    }
  }
  function runFinalizers(): void {
    const ready = rt.takeFinalizers();
    if (ready.length === 0) return;
    for (const [, id] of ready) {
      const f = finalizers.get(id);
      if (!f) continue;
      finalizers.delete(id);
      finq.push([f[0], f[1]]);
    }
    if (finq.length === 0) return;
    if (fing === null) {
      fing = sched.go(finalizerLoop() as never);
      fing.system = true;
    } else if (fingParked) {
      fingParked = false;
      sched.ready(fing, undefined);
    }
  }
  // Finalizers queued by background cycles run when the program next blocks or is preempted.
  rt.gcStartHooks.push(() => {});
  const origPreempt = env.preempt.bind(env);
  env.preempt = function* (): Gen<void> {
    yield* origPreempt();
    runFinalizers();
  } as typeof env.preempt;
  const origSleep = sched.sleep.bind(sched);
  sched.sleep = function* (ns: number): Gen<void> {
    runFinalizers();
    yield* origSleep(ns);
  } as typeof sched.sleep;

  const timers = new WeakMap<object, Timer>();
  function newTimer(d: number, ticker: boolean): { obj: Record<string, unknown>; C: unknown } {
    const tt = named(ticker ? 'time.Ticker' : 'time.Timer');
    const obj = env.heapPlace(tt, tt.zero() as Record<string, unknown>);
    const chT = env.chanOf(named('time.Time'));
    const ch = env.makeChan(chT, 1);
    env.fset(chT, obj, '_C', 0, ch);
    const timer = new Timer(ch as never, null, (obj as { $a: number }).$a);
    if (ticker) {
      timer.period = d;
      sched.startTimer(timer, d);
    } else sched.startTimer(timer, d);
    // the channel delivers time.Time values
    ch.wrap = (ns: number) => {
      const t = named('time.Time').zero() as Record<string, unknown>;
      t._ext = ns;
      return t;
    };
    timers.set(obj, timer);
    return { obj, C: ch };
  }

  const mutexes = new WeakMap<object, Mutex>();
  const mutexOf = (m: object) => {
    let x = mutexes.get(env.nn(m));
    if (!x) mutexes.set(m, (x = new Mutex()));
    return x;
  };
  const rws = new WeakMap<object, RWMutex>();
  const rwOf = (m: object) => {
    let x = rws.get(env.nn(m));
    if (!x) rws.set(m, (x = new RWMutex()));
    return x;
  };
  const wgs = new WeakMap<object, WaitGroup>();
  const wgOf = (m: object) => {
    let x = wgs.get(env.nn(m));
    if (!x) wgs.set(m, (x = new WaitGroup()));
    return x;
  };
  const onces = new WeakMap<object, Once>();
  const onceOf = (m: object) => {
    let x = onces.get(env.nn(m));
    if (!x) onces.set(m, (x = new Once()));
    return x;
  };
  const poolItems = new WeakMap<object, { items: unknown[]; victim: unknown[] }>();
  const poolOf = (p: object) => {
    let x = poolItems.get(env.nn(p));
    if (!x) {
      x = { items: [], victim: [] };
      poolItems.set(p, x);
      pools.add(x);
    }
    return x;
  };

  /** strconv's result: 0 <= n < 100 in base 10 comes from a static table (Go: small), else a new string. */
  const smallOrNew = (text: string, n: number | bigint, base: number): GoStr =>
    base === 10 && n >= 0 && n < 100 ? new GoStr(text, 0) : s(text);

  /** A new *errors.errorString (Go's errors.New). */
  const errorString = (text: string): unknown => {
    const t = named('errors.errorString');
    const o = t.zero() as Record<string, unknown>;
    o._s = s(text);
    return env.heapPlace(t, o);
  };
  /** io.EOF, the package variable (read through the io package's globals). */
  const ioEOF = (): unknown => env.globalValue('io.EOF');

  const sub = (a: GoStr, r: string): GoStr => {
    if (r === a.s) return a;
    const i = a.s.indexOf(r);
    return env.substr(a, i, i + r.length);
  };

  function sortNumeric(x: Slice | null, less: (a: unknown, b: unknown) => boolean): void {
    if (x === null || x.len < 2) return;
    const d = arrData(x.arr) as unknown[];
    const off = x.off;
    sortFunc(x.len, {
      less: (i, j) => less(d[off + i], d[off + j]),
      swap: (i, j) => {
        const t = d[off + i];
        d[off + i] = d[off + j];
        d[off + j] = t;
      },
    });
    rt.work(x.len * 20);
  }

  function sortSlice(x: Iface | null, less: (i: number, j: number) => Gen, stable: boolean): void {
    if (x === null || x.t.kind !== 'slice')
      throw new GoPanic(`reflect: call of Swapper on ${x === null ? 'zero Value' : `${x.t.kind} Value`}`);
    const sl = x.v as Slice | null;
    if (sl === null || sl.len < 2) return;
    const et = (x.t as RType).elem!;
    const d = arrData(sl.arr) as unknown[];
    const off = sl.off;
    const lessSync = (i: number, j: number) => env.callSync(less as never, i, j) as boolean;
    const swap = (i: number, j: number) => {
      const a = d[off + i];
      const b = d[off + j];
      if (et.kind === 'struct' || et.kind === 'array') {
        const t = et.clone(a);
        et.assign(a, b);
        et.assign(b, t);
      } else {
        env.sset(et, sl, i, b);
        env.sset(et, sl, j, a);
      }
    };
    (stable ? stableFunc : sortFunc)(sl.len, { less: lessSync, swap });
    rt.work(sl.len * 30);
  }

  function sortInterface(data: Iface | null, stable: boolean): void {
    if (data === null) throw new GoPanic('runtime error: invalid memory address or nil pointer dereference');
    const m = data.t.methods;
    const n = env.callSync(m.Len, data.v) as number;
    (stable ? stableFunc : sortFunc)(n, {
      less: (i, j) => env.callSync(m.Less, data.v, i, j) as boolean,
      swap: (i, j) => {
        env.callSync(m.Swap, data.v, i, j);
      },
    });
  }

  return natives;
}

function utf8(r: number): number[] {
  if (r < 0x80) return [r];
  if (r < 0x800) return [0xc0 | (r >> 6), 0x80 | (r & 0x3f)];
  if (r < 0x10000) return [0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f)];
  return [0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f)];
}

/**
 * The value of an integer literal as strconv.ParseInt reads it: sign, then for base 0 a 0x/0o/0b/0
 * prefix and underscores between digits; null for a syntax error.
 */
function parseIntText(text: string, base: number): bigint | null {
  let s = text;
  let neg = false;
  if (s.startsWith('+') || s.startsWith('-')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let b = base;
  let underscores = false;
  if (b === 0) {
    b = 10;
    underscores = true;
    const p = s.slice(0, 2).toLowerCase();
    if (p === '0x') [b, s] = [16, s.slice(2)];
    else if (p === '0o') [b, s] = [8, s.slice(2)];
    else if (p === '0b') [b, s] = [2, s.slice(2)];
    else if (s.length > 1 && s[0] === '0') [b, s] = [8, s.slice(1)];
  }
  if (s.length === 0 || b < 2 || b > 36) return null;
  let v = 0n;
  let prevUnderscore = true;
  for (const c of s.toLowerCase()) {
    if (c === '_' && underscores) {
      if (prevUnderscore) return null;
      prevUnderscore = true;
      continue;
    }
    const d = Number.parseInt(c, 36);
    if (Number.isNaN(d) || d >= b) return null;
    v = v * BigInt(b) + BigInt(d);
    prevUnderscore = false;
  }
  if (prevUnderscore && underscores && s.includes('_')) return null;
  return neg ? -v : v;
}

/** A hexadecimal float literal's value (0x1.8p3). */
function parseHexFloat(body: string): number {
  const m = /^0x([\da-f_]*)\.?([\da-f_]*)p([+-]?\d+)$/.exec(body)!;
  const digits = (m[1] + m[2]).replace(/_/g, '');
  const mant = digits.length ? Number.parseInt(digits, 16) : 0;
  return mant * 2 ** (Number(m[3]) - 4 * m[2].replace(/_/g, '').length);
}

function canonical(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** A []byte holding the bytes of a JS byte string (heap). */
export function bytesSlice(env: Env, text: string): Slice {
  const t = env.typeByName('uint8')!;
  const sl = env.makeSlice(t, text.length, text.length, true);
  const d = arrData(sl.arr) as Uint8Array;
  for (let i = 0; i < text.length; i++) d[i] = text.charCodeAt(i);
  return sl;
}

function stringSlice(env: Env, parts: string[], src: GoStr): Slice {
  const t = env.typeByName('string')!;
  let pos = 0;
  const items: [number, unknown][] = parts.map((p, i) => {
    // parts share the source string's bytes (substrings), as in Go
    const k = src.s.indexOf(p, pos);
    const v = k >= 0 ? env.substr(src, k, k + p.length) : env.str(p, true);
    if (k >= 0) pos = k + p.length;
    return [i, v];
  });
  return env.sliceLit(t, parts.length, items, true);
}

function splitN(s: string, sep: string, n: number): string[] {
  if (n === 0) return [];
  if (sep === '') {
    const out: string[] = [];
    for (let i = 0; i < s.length && (n < 0 || out.length < n - 1); ) {
      const c = s.charCodeAt(i);
      const w = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
      out.push(s.slice(i, i + w));
      i += w;
      if (n > 0 && out.length === n - 1 && i < s.length) {
        out.push(s.slice(i));
        return out;
      }
    }
    return out;
  }
  const parts = s.split(sep);
  if (n < 0 || parts.length <= n) return parts;
  return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

function fieldsOf(s: string): string[] {
  return s.split(/[\t\n\v\f\r \x85\xa0]+/).filter((x) => x.length > 0);
}

/** A *strconv.NumError for fn(num) with ErrSyntax or ErrRange, as an error value. */
function numErr(env: Env, fn: string, num: string, err: string): Iface {
  const t = env.typeByName('*strconv.NumError')!;
  const obj = t.elem!.zero() as Record<string, unknown>;
  obj._Func = env.str(fn, false);
  obj._Num = env.str(num, true);
  obj._Err = env.globalValue(err.endsWith('invalid syntax') ? 'strconv.ErrSyntax' : 'strconv.ErrRange');
  return env.iface(t, env.heapPlace(t.elem!, obj), true);
}

function pathError(env: Env, op: string, path: string): unknown {
  const t = env.typeByName('os.PathError')!;
  const o = t.zero() as Record<string, unknown>;
  o._Op = env.str(op, false);
  o._Path = env.str(path, true);
  o._msg = env.str(`${op} ${path}: no such file or directory`, true);
  return env.heapPlace(t, o);
}

function flagNatives(
  env: Env,
  proc: ProcessInfo,
  s: (x: string, heap?: boolean) => GoStr,
): Record<string, unknown> {
  type Def = { name: string; kind: string; box: { v: unknown; $a: number }; usage: string; def: string };
  const defs = new Map<string, Def>();
  let rest: string[] = [];
  let setCount = 0;
  const define = (kind: string, t: string, zero: unknown) => (name: GoStr, value: unknown, usage: GoStr) => {
    const ty = env.typeByName(t)!;
    const box = env.heapBox(ty, value ?? zero);
    defs.set(name.s, { name: name.s, kind, box, usage: usage.s, def: String(value) });
    return box;
  };
  const parseValue = (d: Def, text: string): unknown => {
    switch (d.kind) {
      case 'int':
      case 'int64': {
        if (!/^[+-]?\d+$/.test(text)) return undefined;
        return canonical(BigInt(text));
      }
      case 'float64': {
        const v = Number(text);
        return Number.isNaN(v) ? undefined : v;
      }
      case 'bool':
        if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(text)) return true;
        if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(text)) return false;
        return undefined;
      case 'duration':
        return parseDuration(text);
      default:
        return env.str(text, true);
    }
  };
  let parsed = false;
  const defineVar =
    (kind: string) => (p: { v: unknown; $a: number }, name: GoStr, value: unknown, usage: GoStr) => {
      env.nn(p).v = value;
      defs.set(name.s, { name: name.s, kind, box: p, usage: usage.s, def: String(value) });
    };
  return {
    'flag.IntVar': defineVar('int'),
    'flag.Int64Var': defineVar('int64'),
    'flag.StringVar': defineVar('string'),
    'flag.BoolVar': defineVar('bool'),
    'flag.Float64Var': defineVar('float64'),
    'flag.DurationVar': defineVar('duration'),
    'flag.Uint': define('int', 'uint', 0),
    'flag.Parsed'() {
      return parsed;
    },
    'flag.NFlag'() {
      return setCount;
    },
    'flag.Int': define('int', 'int', 0),
    'flag.Int64': define('int64', 'int64', 0),
    'flag.String': define('string', 'string', emptyStr),
    'flag.Bool': define('bool', 'bool', false),
    'flag.Float64': define('float64', 'float64', 0),
    'flag.Duration': define('duration', 'time.Duration', 0),
    'flag.Parse'() {
      parsed = true;
      const argv = proc.args.slice(1);
      let i = 0;
      for (; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--') {
          i++;
          break;
        }
        if (!a.startsWith('-') || a === '-') break;
        let name = a.replace(/^--?/, '');
        let val: string | undefined;
        const eq = name.indexOf('=');
        if (eq >= 0) {
          val = name.slice(eq + 1);
          name = name.slice(0, eq);
        }
        const d = defs.get(name);
        if (!d) {
          env.stderr(`flag provided but not defined: -${name}\nUsage of ${proc.args[0]}:\n`);
          throw new ProgramExit(2, '');
        }
        if (val === undefined) {
          if (d.kind === 'bool') val = 'true';
          else if (i + 1 < argv.length) val = argv[++i];
          else {
            env.stderr(`flag needs an argument: -${name}\nUsage of ${proc.args[0]}:\n`);
            throw new ProgramExit(2, '');
          }
        }
        const v = parseValue(d, val);
        if (v === undefined) {
          env.stderr(`invalid value "${val}" for flag -${name}: parse error\nUsage of ${proc.args[0]}:\n`);
          throw new ProgramExit(2, '');
        }
        env.pset(env.typeByName(d.kind === 'duration' ? 'time.Duration' : d.kind)!, d.box, v);
        setCount++;
      }
      rest = argv.slice(i);
    },
    'flag.Args'() {
      const t = env.typeByName('string')!;
      return env.sliceLit(
        t,
        rest.length,
        rest.map((a, i) => [i, s(a)]),
        true,
      );
    },
    'flag.NArg'() {
      return rest.length;
    },
    'flag.Arg'(i: number) {
      return i >= 0 && i < rest.length ? s(rest[i]) : emptyStr;
    },
  };
}

/** time.ParseDuration for flag values. */
export function parseDuration(text: string): number | undefined {
  const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text);
  if (!m && text !== '0') return undefined;
  if (text === '0') return 0;
  const units: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
  let total = 0;
  for (const part of text.replace(/^[+-]/, '').matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(part[1]) * units[part[2]];
  }
  return Math.round(text.startsWith('-') ? -total : total);
}

export { sliceBytes };
