// The environment a compiled program runs in (the `$` of generated code): allocation on the
// simulated heap, pointer stores, slices, strings, maps, interfaces, panics and defers,
// goroutines and the collector's view of their stacks. See ARCHITECTURE.md "Compiled programs".

import { GoMap, inthash, type MapIter, type MapType, strhash } from '../../sim/hashmap.ts';
import { zerobaseAddr } from '../../sim/malloc.ts';
import type { Runtime } from '../../sim/runtime.ts';
import * as i64 from './int64.ts';
import {
  boundsError,
  divideByZero,
  makechanSize,
  makesliceCap,
  makesliceLen,
  nilDereference,
  nilMapWrite,
  RuntimeError,
  typeAssertionError,
} from './panic.ts';
import {
  Chan,
  type G,
  type GoBody,
  GoPanic,
  type PanicState,
  type Park,
  ProgramExit,
  type Scheduler,
} from './sched.ts';
import { growsliceCap } from './slice.ts';
import type { StackMapper } from './stack.ts';
import { decodeRune, encodeRune, runeError } from './strconv.ts';
import {
  Arr,
  addrOf,
  arrData,
  arrGet,
  arrSet,
  Box,
  byteString,
  ElemRef,
  emptyStr,
  FieldRef,
  GoStr,
  Iface,
  type MethodFn,
  newNumericData,
  Slice,
  scanValue,
  sliceBytes,
  type TypeInfo,
} from './value.ts';

type Gen<T = unknown> = Generator<Park, T, unknown>;
type GoFn = (...args: unknown[]) => Gen;

/** A run-time type descriptor with the operations the environment derives for it. */
export interface RType extends TypeInfo {
  readonly ptrWords: readonly number[];
  readonly ptrdata: number;
  readonly align: number;
  readonly nk: 'f64' | 'f32' | 'i32' | 'u32' | 'i16' | 'u16' | 'i8' | 'u8' | 'big' | null;
  readonly dir?: 'both' | 'send' | 'recv';
  cls: (new (...a: unknown[]) => Record<string, unknown>) | null;
  fields: { name: string; prop: string; type: RType; embedded: boolean; exported: boolean; off: number }[];
  elem: RType | null;
  key: RType | null;
  params?: RType[];
  zero(): unknown;
  clone(v: unknown): unknown;
  assign(dst: unknown, src: unknown): void;
  eq(a: unknown, b: unknown): boolean;
  /** Map key encoding (JS value GoMap compares with ===) and its hash. */
  mapKey?: (k: unknown) => unknown;
  methods: Record<string, MethodFn>;
}

/** A panic in flight: the Go value, or a runtime error. */
/** A panic carrying a Go value (panic(v) in the program). */
export class ValuePanic extends GoPanic {
  constructor(
    readonly goValue: unknown,
    private readonly describe: (v: unknown) => string,
  ) {
    super('');
  }
  override panicText(): string {
    return this.describe(this.goValue);
  }
}

export interface Natives {
  [key: string]: unknown;
}

const maxAlloc = 2 ** 47;
/** sizeof(runtime._defer) on linux/amd64, Go 1.19, rounded to its size class. */
const deferRecordBytes = 80;
/** What runDefersPlain returns when the next deferred call may block (a generator must run it). */
const deferBlocks: unique symbol = Symbol('deferBlocks');
/** sizeof(runtime.g) on linux/amd64, Go 1.19, rounded to its size class. */
const gStructBytes = 448;
/** Stack the runtime's own frames take under a goroutine's Go frames (goexit, the scheduler's entry). */
const runtimeFrameBytes = 512;

export class Env {
  readonly i64 = i64;
  /** Loop iterations since the last accounting (each costs `tickNs` of CPU). */
  ticks = 0;
  tickLimit = 4096;
  tickNs = 2;
  private globalsScan: () => unknown[] = () => [];
  private readonly typesByStr = new Map<string, RType>();
  private nextTypeId = 1;
  private readonly nativeTable: Natives;
  private readonly identity = new WeakMap<object, number>();
  private nextIdentity = 1;
  /** Wall time (simulated) at which the running goroutine started its slice (Go's 10 ms preemption). */
  private sliceStartNs = 0;

  constructor(
    readonly rt: Runtime,
    readonly sched: Scheduler,
    natives: (env: Env) => Natives,
  ) {
    this.nativeTable = natives(this);
    rt.gcStartHooks.push(() => this.rootScan());
  }

  get g(): G {
    return this.sched.current as G;
  }

  native(key: string): unknown {
    const n = this.nativeTable[key];
    if (n === undefined) {
      return () => {
        throw new GoPanic(`heaplab does not support ${key}`);
      };
    }
    return n;
  }

  private readonly genWrappers = new WeakMap<object, GoFn>();
  /** A plain native as a Go function value (a generator function, as compiled code calls them). */
  gen(f: (...a: unknown[]) => unknown): GoFn {
    let g = this.genWrappers.get(f);
    if (!g) {
      // biome-ignore lint/correctness/useYield: adapts a plain function to the generator calling convention
      g = function* (...a: unknown[]): Gen {
        return f(...a);
      };
      (g as { $inner?: unknown }).$inner = f;
      this.genWrappers.set(f, g);
    }
    return g;
  }

  private readonly rootScans: (() => unknown[])[] = [];
  /** Values the runtime library keeps reachable (sync.Pool's victim cache), scanned at each GC start. */
  addRootScan(scan: () => unknown[]): void {
    this.rootScans.push(scan);
  }

  globals(scan: () => unknown[]): void {
    this.globalsScan = scan;
  }

  private globalReaders: Record<string, () => unknown> = {};
  globalsByName(readers: Record<string, () => unknown>): void {
    this.globalReaders = readers;
  }

  hasGlobal(name: string): boolean {
    return name in this.globalReaders;
  }

  /** The current value of a std package variable ("io.EOF"). */
  globalValue(name: string): unknown {
    return this.globalReader(name)();
  }

  /** Reads a std package variable's current value (looked up once, for a reader called often). */
  globalReader(name: string): () => unknown {
    const r = this.globalReaders[name];
    if (!r) throw new Error(`heaplab: no package variable ${name}`);
    return r;
  }

  // ------------------------------------------------------------ the collector's roots

  /** Fills every goroutine's root slots from its frames and temporaries, and the globals. */
  private rootScan(): void {
    const roots = this.rt.roots;
    roots.globals.truncate(0);
    const gpush = (a: number) => roots.globals.push(a);
    for (const v of this.globalsScan()) scanValue(v, gpush);
    for (const scan of this.rootScans) for (const v of scan()) scanValue(v, gpush);
    for (const g of this.sched.all.values()) {
      this.reportStack(g);
      const slots = g.roots.slots;
      slots.truncate(0);
      const push = (a: number) => slots.push(a);
      for (const f of g.fs) for (const v of f()) this.scanRoot(v, push);
      for (let i = 0; i < g.tn; i++) this.scanRoot(g.tmp[i], push);
      if (g.initArgs) for (const v of g.initArgs) this.scanRoot(v, push);
      if (g.holding !== undefined) this.scanRoot(g.holding, push);
    }
  }

  /** Tells the runtime how much stack the goroutine uses (its stack grows by doubling, and GC scans it). */
  reportStack(g: G): void {
    this.rt.setStackUsed(g.roots, runtimeFrameBytes + g.sp);
  }

  private scanRoot(v: unknown, push: (a: number) => void): void {
    if (
      v !== null &&
      typeof v === 'object' &&
      'map' in v &&
      typeof (v as MapIter<unknown, unknown>).roots === 'function'
    ) {
      for (const a of (v as MapIter<unknown, unknown>).roots()) push(a);
      const m = (v as MapIter<unknown, unknown>).map as unknown as { hmapAddr: number };
      push(m.hmapAddr);
      return;
    }
    scanValue(v, push);
  }

  /** Keeps a value in the goroutine's temporaries (a root until its statement ends). */
  keep<T>(v: T): T {
    const g = this.g;
    if (g !== null) g.tmp[g.tn++] = v;
    return v;
  }

  // ------------------------------------------------------------ types

  type(d: Partial<RType> & { str: string; kind: string; size: number }, cls: RType['cls']): RType {
    const t = {
      id: this.nextTypeId++,
      named: false,
      ptrWords: [],
      ptrdata: 0,
      align: 8,
      nk: null,
      len: 0,
      imethods: [],
      methods: {},
      elem: null,
      key: null,
      fields: [],
      comparable: true,
      direct: false,
      ...d,
      cls,
    } as unknown as RType;
    const mutable = t as unknown as Record<string, unknown>;
    mutable.direct = ['ptr', 'map', 'chan', 'func'].includes(t.kind);
    if (!this.typesByStr.has(t.str)) this.typesByStr.set(t.str, t);
    this.derive(t);
    return t;
  }

  fill(t: RType, parts: Partial<RType>): void {
    Object.assign(t, parts);
    if (t.cls && t.fields.length) {
      (t.cls as unknown as { $ptrFields: string[] }).$ptrFields = t.fields
        .filter((f) => f.type.ptrdata > 0 || f.type.kind === 'struct' || f.type.kind === 'array')
        .map((f) => f.prop);
    }
    const m = t as unknown as Record<string, unknown>;
    m.comparable = this.isComparable(t, 0);
  }

  private isComparable(t: RType, depth: number): boolean {
    if (depth > 16) return true;
    if (t.kind === 'slice' || t.kind === 'map' || t.kind === 'func') return false;
    if (t.kind === 'struct') return t.fields.every((f) => this.isComparable(f.type, depth + 1));
    if (t.kind === 'array') return t.elem ? this.isComparable(t.elem, depth + 1) : true;
    return true;
  }

  typeByName(str: string): RType | undefined {
    const t = this.typesByStr.get(str);
    if (t !== undefined) return t;
    const basic = basicTypes[str];
    if (basic !== undefined)
      return this.type(
        {
          str,
          kind: str,
          size: basic[0],
          nk: basic[1],
          ptrWords: str === 'string' ? [0] : [],
          ptrdata: str === 'string' ? 8 : 0,
        },
        null,
      );
    return undefined;
  }

  /** The descriptor of chan T (natives make timer channels). */
  chanOf(elem: RType): RType {
    const str = `chan ${elem.str}`;
    let t = this.typesByStr.get(str);
    if (!t) {
      t = this.type({ str, kind: 'chan', size: 8, ptrWords: [0], ptrdata: 8, dir: 'both' }, null);
      this.fill(t, { elem });
    }
    return t;
  }

  methods(t: RType, m: Record<string, MethodFn>): void {
    Object.assign(t.methods, m);
  }

  /** Zero, clone, assign and equality for a descriptor. */
  private derive(t: RType): void {
    if (t.kind === 'struct') {
      t.zero = () => {
        const C = t.cls!;
        return new C(...t.fields.map((f) => zeroOf(f.type)));
      };
      t.clone = (v) => {
        const o = v as Record<string, unknown>;
        const C = t.cls!;
        return new C(...t.fields.map((f) => cloneOf(f.type, o[f.prop])));
      };
      t.assign = (dst, src) => {
        const d = dst as Record<string, unknown>;
        const s = src as Record<string, unknown>;
        const base = (d.$a as number) ?? 0;
        for (const f of t.fields) {
          const ft = f.type;
          if (ft.kind === 'struct' || ft.kind === 'array') ft.assign(d[f.prop], s[f.prop]);
          else {
            d[f.prop] = s[f.prop];
            if (base !== 0) this.storeWords(ft, base + f.off, s[f.prop]);
          }
        }
      };
      t.eq = (a, b) => {
        const x = a as Record<string, unknown>;
        const y = b as Record<string, unknown>;
        for (const f of t.fields) {
          if (f.name === '_') continue;
          if (!f.type.eq(x[f.prop], y[f.prop])) return false;
        }
        return true;
      };
    } else if (t.kind === 'array') {
      t.zero = () => {
        const a: unknown[] = new Array(t.len);
        for (let i = 0; i < t.len; i++) a[i] = zeroOf(t.elem!);
        return a;
      };
      t.clone = (v) => (v as unknown[]).map((x) => cloneOf(t.elem!, x));
      t.assign = (dst, src) => {
        const d = dst as unknown[] & { $a?: number };
        const s = src as unknown[];
        const et = t.elem!;
        const base = d.$a ?? 0;
        for (let i = 0; i < t.len; i++) {
          if (et.kind === 'struct' || et.kind === 'array') et.assign(d[i], s[i]);
          else {
            d[i] = s[i];
            if (base !== 0) this.storeWords(et, base + i * et.size, s[i]);
          }
        }
      };
      t.eq = (a, b) => {
        const x = a as unknown[];
        const y = b as unknown[];
        for (let i = 0; i < t.len; i++) if (!t.elem!.eq(x[i], y[i])) return false;
        return true;
      };
    } else {
      t.zero = () => zeroOf(t);
      t.clone = (v) => v;
      t.assign = () => {
        throw new Error('assign on a non-aggregate');
      };
      if (t.kind === 'string') t.eq = (a, b) => (a as GoStr).s === (b as GoStr).s;
      else if (t.kind === 'interface') t.eq = (a, b) => this.ifaceEq(a as Iface | null, b as Iface | null);
      else t.eq = (a, b) => a === b;
    }
  }

  // ------------------------------------------------------------ allocation and pointer stores

  /** mallocgc for a value of type t (count elements). */
  private malloc(size: number, t: RType): number {
    if (size === 0) return zerobaseAddr;
    if (size > maxAlloc) this.fatalOOM();
    return this.rt.mallocgc(size, t.ptrdata === 0);
  }

  private fatalOOM(): never {
    throw new ProgramExit(2, 'fatal error: runtime: out of memory');
  }

  /**
   * Writes the pointer words of value v of type t stored at addr (a heap address), and faults in
   * the bytes a store writes.
   */
  storeWords(t: RType, addr: number, v: unknown): void {
    const pw = t.ptrWords;
    if (pw.length === 0) {
      this.rt.heap.touch(addr, t.size || 1);
      return;
    }
    const alloc = this.rt.alloc;
    switch (t.kind) {
      case 'string':
        alloc.writePointer(addr, (v as GoStr).a);
        return;
      case 'slice':
        alloc.writePointer(addr, v === null ? 0 : (v as Slice).arr.$a);
        return;
      case 'interface':
        alloc.writePointer(addr + 8, v === null ? 0 : (v as Iface).$a);
        return;
      case 'struct':
      case 'array':
        // aggregates are stored field by field (assign)
        this.placeWords(t, addr, v);
        return;
      default:
        alloc.writePointer(addr, addrOf(v));
    }
  }

  /** Pointer words of an aggregate value being placed at addr. */
  private placeWords(t: RType, addr: number, v: unknown): void {
    if (t.kind === 'struct') {
      const o = v as Record<string, unknown>;
      for (const f of t.fields) if (f.type.ptrdata > 0) this.storeWords(f.type, addr + f.off, o[f.prop]);
    } else if (t.kind === 'array') {
      const a = v as unknown[];
      const et = t.elem!;
      if (et.ptrdata > 0) for (let i = 0; i < a.length; i++) this.storeWords(et, addr + i * et.size, a[i]);
    } else this.storeWords(t, addr, v);
  }

  /** Sets $a on an aggregate object (and the aggregates inside it) placed at addr. */
  private place(t: RType, v: unknown, addr: number): void {
    if (t.kind === 'struct') {
      const o = v as Record<string, unknown>;
      o.$a = addr;
      for (const f of t.fields) {
        if (f.type.kind === 'struct' || f.type.kind === 'array') this.place(f.type, o[f.prop], addr + f.off);
      }
    } else if (t.kind === 'array') {
      const a = v as unknown[] & { $a?: number };
      a.$a = addr;
      const et = t.elem!;
      if (et.kind === 'struct' || et.kind === 'array')
        for (let i = 0; i < a.length; i++) this.place(et, a[i], addr + i * et.size);
    }
  }

  /** new(T) / &T{…} / a moved-to-heap aggregate variable: the object lives at a new heap address. */
  heapPlace<T>(t: RType, obj: T): T {
    const addr = this.malloc(t.size, t);
    this.place(t, obj, addr);
    if (t.ptrdata > 0) this.placeWords(t, addr, obj);
    return this.keep(obj);
  }

  heapBox(t: RType, v: unknown): Box {
    const addr = this.malloc(t.size, t);
    const b = new Box(v, addr);
    // a captured aggregate: its object lives at the box's address, so later stores write words
    if ((t.kind === 'struct' || t.kind === 'array') && addr !== zerobaseAddr) this.place(t, v, addr);
    if (t.ptrdata > 0 && addr !== zerobaseAddr) this.storeWords(t, addr, v);
    return this.keep(b);
  }

  /** *p = v for a non-aggregate pointee. */
  pset(t: RType, p: { v: unknown; $a: number } | null, v: unknown): void {
    if (p === null) throw nilDereference();
    p.v = v;
    if (p.$a !== 0 && p.$a !== zerobaseAddr) this.storeWords(t, p.$a, v);
  }

  /** The pointer words of a pointer-bearing field just stored (obj.prop = v) at offset off. */
  fw(t: RType, obj: { $a?: number }, off: number, v: unknown): void {
    const a = obj.$a ?? 0;
    if (a !== 0) this.storeWords(t, a + off, v);
  }

  /** obj.prop = v for a pointer-bearing field. */
  fset(t: RType, obj: Record<string, unknown>, prop: string, off: number, v: unknown): void {
    obj[prop] = v;
    const a = obj.$a as number;
    if (a !== 0) this.storeWords(t, a + off, v);
  }

  /** A nil check before a dereference; `off` is the offset read, the fault address Go reports. */
  nn<T>(p: T | null, off = 0): T {
    if (p === null || p === undefined) {
      const e = nilDereference();
      e.sigAddr = off;
      throw e;
    }
    return p;
  }

  nnf<T>(f: T | null): T {
    if (f === null || f === undefined) {
      const e = nilDereference();
      e.sigAddr = 0;
      throw e;
    }
    return f;
  }

  refOf(v: unknown): Box {
    return new Box(v, 0);
  }

  globalRef(get: () => unknown, set: (v: unknown) => void): { v: unknown; $a: number } {
    return {
      get v() {
        return get();
      },
      set v(x: unknown) {
        set(x);
      },
      $a: 0,
    };
  }

  fieldRef(obj: Record<string, unknown>, prop: string, off: number): FieldRef {
    const a = obj.$a as number;
    return new FieldRef(obj, prop, a === 0 ? 0 : a + off);
  }

  sliceElemRef(s: Slice | null, i: number, et: RType): unknown {
    const n = s === null ? 0 : s.len;
    if (i < 0 || i >= n) throw boundsError('index', i, n);
    const j = s!.off + i;
    const arr = s!.arr;
    if (et.kind === 'struct' || et.kind === 'array') return (arr.d as unknown[])[j];
    return new ElemRef(arr, j, arr.$a === 0 ? 0 : arr.$a + j * et.size);
  }

  arrayElemRef(a: unknown[] & { $a?: number }, i: number, et: RType): unknown {
    if (i < 0 || i >= a.length) throw boundsError('index', i, a.length);
    if (et.kind === 'struct' || et.kind === 'array') return a[i];
    const base = a.$a ?? 0;
    return new ElemRef(a, i, base === 0 ? 0 : base + i * et.size);
  }

  /** A closure object: funcval plus captured variables (8 bytes each) on the heap when it escapes. */
  closure<F extends object>(fn: F, size: number, caps: unknown[], heap: boolean): F {
    const f = fn as F & { $a?: number; $roots?: () => unknown[] };
    f.$roots = () => caps;
    if (!heap) return f;
    const addr = this.rt.mallocgc(size, false);
    f.$a = addr;
    for (let i = 0; i < caps.length; i++) this.rt.alloc.writePointer(addr + 8 + i * 8, addrOf(caps[i]));
    return this.keep(f);
  }

  /**
   * A function literal's closure. Go's closure struct is the code pointer (a uintptr) followed by
   * each captured variable: by reference, a pointer to the variable moved to the heap (here a
   * heap Box), or by value, the variable's own words (a Box on the stack). The collector traces
   * the pointer words written here.
   */
  closureOf<F extends object>(fn: F, caps: Box[], types: RType[], heap: boolean): F {
    const f = fn as F & { $a?: number; $roots?: () => unknown[] };
    f.$roots = () => caps;
    if (!heap) return f;
    let size = 8;
    let ptrs = false;
    const offs: number[] = [];
    for (let i = 0; i < caps.length; i++) {
      const t = types[i];
      const byRef = caps[i].$a !== 0;
      const align = byRef ? 8 : Math.max(1, t.align);
      const off = Math.ceil(size / align) * align;
      offs.push(off);
      size = off + (byRef ? 8 : t.size);
      if (byRef || t.ptrdata > 0) ptrs = true;
    }
    size = Math.ceil(size / 8) * 8;
    const addr = this.rt.mallocgc(size, !ptrs);
    f.$a = addr;
    for (let i = 0; i < caps.length; i++) {
      const b = caps[i];
      if (b.$a !== 0) this.rt.alloc.writePointer(addr + offs[i], b.$a);
      else if (types[i].ptrdata > 0) this.storeWords(types[i], addr + offs[i], b.v);
    }
    return this.keep(f);
  }

  /**
   * A method value x.M: a closure holding the receiver (already copied for a value receiver) of
   * type recvType; null for an interface's method, whose closure holds the interface value.
   */
  bindMethod(fn: GoFn, recv: unknown, recvType: RType | null): GoFn {
    const f = this.wrap(function* (...a: unknown[]): Gen {
      return yield* fn(recv, ...a);
    }, fn);
    if (recvType !== null) return this.closureOf(f, [new Box(recv, 0)], [recvType], true);
    const g = f as GoFn & { $a?: number; $roots?: () => unknown[] };
    g.$roots = () => [recv];
    const addr = this.rt.mallocgc(24, false);
    g.$a = addr;
    this.rt.alloc.writePointer(addr + 16, addrOf(recv));
    return this.keep(g);
  }

  // ------------------------------------------------------------ integers

  nz<T>(y: T): T {
    if (y === 0 || y === 0n) throw divideByZero();
    return y;
  }

  shiftCount(n: number | bigint): number | bigint {
    if (n < 0) throw new RuntimeError('runtime error: negative shift amount');
    return n;
  }

  shl32(x: number, n: number | bigint, bits: number): number {
    if (n >= bits) return 0;
    return x << Number(n);
  }

  shr32(x: number, n: number | bigint, unsigned: boolean): number {
    if (n >= 32) return unsigned || x >= 0 ? 0 : -1;
    return unsigned ? x >>> Number(n) : x >> Number(n);
  }

  // ------------------------------------------------------------ slices and arrays

  len(s: Slice | null): number {
    return s === null ? 0 : s.len;
  }

  cap(s: Slice | null): number {
    return s === null ? 0 : s.cap;
  }

  sget(s: Slice | null, i: number): unknown {
    const n = s === null ? 0 : s.len;
    if (!(i >= 0 && i < n)) throw boundsError('index', i, n);
    return arrGet(s!.arr, s!.off + i);
  }

  sset(et: RType, s: Slice | null, i: number, v: unknown): void {
    const n = s === null ? 0 : s.len;
    if (!(i >= 0 && i < n)) throw boundsError('index', i, n);
    this.setElem(et, s!.arr, s!.off + i, v);
  }

  private setElem(et: RType, arr: Arr, j: number, v: unknown): void {
    if (et.kind === 'struct' || et.kind === 'array') et.assign((arr.d as unknown[])[j], v);
    else {
      arrSet(arr, j, v);
      if (arr.$a !== 0 && arr.$a !== zerobaseAddr) this.storeWords(et, arr.$a + j * et.size, v);
    }
  }

  aget(a: unknown[], i: number): unknown {
    if (!(i >= 0 && i < a.length)) throw boundsError('index', i, a.length);
    return a[i];
  }

  aset(et: RType, a: unknown[] & { $a?: number }, i: number, v: unknown): void {
    if (!(i >= 0 && i < a.length)) throw boundsError('index', i, a.length);
    if (et.kind === 'struct' || et.kind === 'array') et.assign(a[i], v);
    else {
      a[i] = v;
      const base = a.$a ?? 0;
      if (base !== 0) this.storeWords(et, base + i * et.size, v);
    }
  }

  /** A new backing array of n elements; heap-allocated when `heap`. */
  private newArr(et: RType, n: number, heap: boolean): Arr {
    const addr = heap ? this.malloc(n * et.size, et) : 0;
    if (et.nk !== null) return new Arr(null, n, addr, et.nk);
    const d: unknown[] = new Array(n);
    if (et.kind === 'struct' || et.kind === 'array') {
      for (let i = 0; i < n; i++) {
        const z = et.zero();
        if (addr !== 0) this.place(et, z, addr + i * et.size);
        d[i] = z;
      }
    } else {
      const z = zeroOf(et);
      for (let i = 0; i < n; i++) d[i] = z;
    }
    return new Arr(d, n, addr, null);
  }

  makeSlice(et: RType, n: number | bigint, c: number | bigint, heap: boolean): Slice {
    if (typeof n !== 'number' || n < 0 || n * et.size > maxAlloc) throw makesliceLen();
    if (typeof c !== 'number' || c < n || c * et.size > maxAlloc) throw makesliceCap();
    return this.keep(new Slice(this.newArr(et, c, heap), 0, n, c));
  }

  sliceLit(et: RType, n: number, items: [number, unknown][], heap: boolean): Slice {
    const arr = this.newArr(et, n, heap);
    for (const [k, v] of items) this.setElem(et, arr, k, v);
    return this.keep(new Slice(arr, 0, n, n));
  }

  /**
   * A slice literal of values listed in order: the array of values becomes the backing array's
   * data when the element type keeps JS values as they are (not numbers, not aggregates).
   */
  sliceOf(et: RType, vals: unknown[], heap: boolean): Slice {
    const n = vals.length;
    if (et.nk !== null || et.kind === 'struct' || et.kind === 'array') {
      // numeric data or aggregate elements: a new backing array, filled in order
      const arr = this.newArr(et, n, heap);
      for (let i = 0; i < n; i++) this.setElem(et, arr, i, vals[i]);
      return this.keep(new Slice(arr, 0, n, n));
    }
    const addr = heap ? this.malloc(n * et.size, et) : 0;
    if (addr !== 0 && addr !== zerobaseAddr)
      for (let i = 0; i < n; i++) this.storeWords(et, addr + i * et.size, vals[i]);
    return this.keep(new Slice(new Arr(vals, n, addr, null), 0, n, n));
  }

  arrayLit(t: RType, _n: number, items: [number, unknown][], heap: boolean): unknown[] {
    const a = t.zero() as unknown[];
    for (const [k, v] of items) {
      const et = t.elem!;
      if (et.kind === 'struct' || et.kind === 'array') et.assign(a[k], v);
      else a[k] = v;
    }
    return heap ? this.heapPlace(t, a) : a;
  }

  reslice(s: Slice | null, lo?: number, hi?: number, max?: number): Slice | null {
    const len = s === null ? 0 : s.len;
    const cap = s === null ? 0 : s.cap;
    const l = lo ?? 0;
    if (max !== undefined) {
      if (max < 0 || max > cap) throw boundsError('slice3Acap', max, cap);
      const h = hi ?? 0;
      if (h < 0 || h > max) throw boundsError('slice3B', h, max);
      if (l < 0 || l > h) throw boundsError('slice3C', l, h);
      if (s === null) return null;
      return new Slice(s.arr, s.off + (max - l > 0 ? l : 0), h - l, max - l);
    }
    const h = hi ?? len;
    if (h < 0 || h > cap) throw boundsError('sliceAcap', h, cap);
    if (l < 0 || l > h) throw boundsError('sliceB', l, h);
    if (s === null) return null;
    // Go keeps the base pointer when the result has no capacity (no past-the-end pointer)
    return new Slice(s.arr, s.off + (cap - l > 0 ? l : 0), h - l, cap - l);
  }

  sliceArray(et: RType, a: unknown[] & { $a?: number }, lo?: number, hi?: number, max?: number): Slice {
    // an array is sliced in place: its JS array becomes the backing data
    let arr = (a as unknown as { $arr?: Arr }).$arr;
    if (!arr) {
      arr = new Arr(a, a.length, a.$a ?? 0, null);
      Object.defineProperty(a, '$arr', { value: arr, enumerable: false });
    }
    void et;
    return this.reslice(new Slice(arr, 0, a.length, a.length), lo, hi, max)!;
  }

  append(et: RType, s: Slice | null, vals: unknown[]): Slice | null {
    const k = vals.length;
    if (k === 0) return s;
    const len = s === null ? 0 : s.len;
    const cap = s === null ? 0 : s.cap;
    const out = len + k > cap ? this.growslice(et, s, len + k) : new Slice(s!.arr, s!.off, len + k, cap);
    for (let i = 0; i < k; i++) this.setElem(et, out.arr, out.off + len + i, vals[i]);
    return out;
  }

  /** Go 1.19 growslice: new capacity (size-class rounded), copy of the old elements. */
  private growslice(et: RType, s: Slice | null, needed: number): Slice {
    const len = s === null ? 0 : s.len;
    const oldCap = s === null ? 0 : s.cap;
    // zero-size elements: Go returns the requested capacity over zerobase
    const newCap =
      et.size === 0 ? needed : growsliceCap(this.rt.alloc.classes, et.size, oldCap, needed).newCap;
    if (et.size > 0 && newCap * et.size > maxAlloc) throw new GoPanic('growslice: len out of range');
    const arr = this.newArr(et, newCap, true);
    if (s !== null && len > 0) this.copyInto(et, arr, 0, s.arr, s.off, len);
    return this.keep(new Slice(arr, 0, needed, newCap));
  }

  private copyInto(et: RType, dst: Arr, doff: number, src: Arr, soff: number, n: number): void {
    if (et.nk !== null) {
      if (src.d === null) {
        if (dst.d !== null) {
          const dd = arrData(dst) as unknown as { fill(v: number, a: number, b: number): void };
          dd.fill(0, doff, doff + n);
        }
        return;
      }
      arrData(src);
      const d = arrData(dst) as unknown as { copyWithin?: unknown; set?: unknown } & unknown[];
      if (dst === src) {
        (d as unknown as { copyWithin(t: number, s: number, e: number): void }).copyWithin(
          doff,
          soff,
          soff + n,
        );
      } else {
        const sd = src.d as unknown[];
        if (doff <= soff) for (let i = 0; i < n; i++) d[doff + i] = sd[soff + i];
        else for (let i = n - 1; i >= 0; i--) d[doff + i] = sd[soff + i];
      }
      if (dst.$a !== 0) this.rt.heap.touch(dst.$a + doff * et.size, n * et.size);
      return;
    }
    const sd = src.d as unknown[];
    const vals = sd.slice(soff, soff + n).map((v) => cloneOf(et, v));
    for (let i = 0; i < n; i++) this.setElem(et, dst, doff + i, vals[i]);
  }

  appendSlice(et: RType, s: Slice | null, t: Slice | null): Slice | null {
    const k = t === null ? 0 : t.len;
    if (k === 0) return s;
    const len = s === null ? 0 : s.len;
    const cap = s === null ? 0 : s.cap;
    const out = len + k > cap ? this.growslice(et, s, len + k) : new Slice(s!.arr, s!.off, len + k, cap);
    this.copyInto(et, out.arr, out.off + len, t!.arr, t!.off, k);
    return out;
  }

  appendStr(et: RType, s: Slice | null, str: GoStr): Slice | null {
    const k = str.s.length;
    if (k === 0) return s;
    const len = s === null ? 0 : s.len;
    const cap = s === null ? 0 : s.cap;
    const out = len + k > cap ? this.growslice(et, s, len + k) : new Slice(s!.arr, s!.off, len + k, cap);
    const d = arrData(out.arr) as Uint8Array;
    for (let i = 0; i < k; i++) d[out.off + len + i] = str.s.charCodeAt(i);
    if (out.arr.$a !== 0) this.rt.heap.touch(out.arr.$a + out.off + len, k);
    return out;
  }

  copy(et: RType, dst: Slice | null, src: Slice | null): number {
    const n = Math.min(dst === null ? 0 : dst.len, src === null ? 0 : src.len);
    if (n > 0) this.copyInto(et, dst!.arr, dst!.off, src!.arr, src!.off, n);
    return n;
  }

  copyStr(dst: Slice | null, src: GoStr): number {
    const n = Math.min(dst === null ? 0 : dst.len, src.s.length);
    if (n === 0) return 0;
    const d = arrData(dst!.arr) as Uint8Array;
    for (let i = 0; i < n; i++) d[dst!.off + i] = src.s.charCodeAt(i);
    if (dst!.arr.$a !== 0) this.rt.heap.touch(dst!.arr.$a + dst!.off, n);
    return n;
  }

  // ------------------------------------------------------------ strings

  /** A string of the given bytes: heap-allocated (rawstring) unless it may live in a 32-byte stack buffer. */
  str(s: string, heap: boolean): GoStr {
    if (s.length === 0) return emptyStr;
    if (!heap && s.length <= 32) return new GoStr(s, 0);
    const a = this.rt.mallocgc(s.length, true);
    this.rt.heap.touch(a, s.length);
    return this.keep(new GoStr(s, a));
  }

  concat(a: GoStr, b: GoStr, heap: boolean): GoStr {
    // Go: concatstrings returns an operand unchanged when the other is empty (no allocation)
    if (a.s.length === 0) return b;
    if (b.s.length === 0) return a;
    return this.str(a.s + b.s, heap);
  }

  /** concatstrings of a chain: operands that are empty add nothing; a lone non-empty one is returned. */
  concatN(parts: GoStr[], heap: boolean): GoStr {
    let only: GoStr | null = null;
    let count = 0;
    for (const p of parts) {
      if (p.s.length > 0) {
        only = p;
        count++;
      }
    }
    if (count === 0) return emptyStr;
    if (count === 1) return only!;
    let text = '';
    for (const p of parts) text += p.s;
    return this.str(text, heap);
  }

  strAt(s: GoStr, i: number): number {
    if (!(i >= 0 && i < s.s.length)) throw boundsError('index', i, s.s.length);
    return s.s.charCodeAt(i);
  }

  substr(s: GoStr, lo?: number, hi?: number): GoStr {
    const n = s.s.length;
    const h = hi ?? n;
    const l = lo ?? 0;
    if (h < 0 || h > n) throw boundsError('sliceAlen', h, n);
    if (l < 0 || l > h) throw boundsError('sliceB', l, h);
    if (l === 0 && h === n) return s;
    // the substring shares (and so keeps alive) the original's backing array
    return new GoStr(s.s.slice(l, h), h - l > 0 ? s.a : 0);
  }

  decodeRune(s: string, i: number): [number, number] {
    const c = s.charCodeAt(i);
    if (c < 0x80) return [c, 1];
    return decodeRune(s, i);
  }

  bytesToStr(b: Slice | null, heap: boolean): GoStr {
    if (b === null || b.len === 0) return emptyStr;
    return this.str(byteString(sliceBytes(b)), heap);
  }

  strToBytes(s: GoStr, et: RType, heap: boolean): Slice {
    const n = s.s.length;
    // Go: stringtoslicebyte rounds the allocation up to the size class (rawbyteslice): cap follows
    const cap = heap || n > 32 ? (n === 0 ? 0 : this.roundup(n)) : Math.max(n, 32);
    const arr = new Arr(null, cap, heap || n > 32 ? (n === 0 ? 0 : this.malloc(cap, et)) : 0, 'u8');
    if (n > 0) {
      const d = arrData(arr) as Uint8Array;
      for (let i = 0; i < n; i++) d[i] = s.s.charCodeAt(i);
      if (arr.$a !== 0) this.rt.heap.touch(arr.$a, n);
    }
    return this.keep(new Slice(arr, 0, n, heap || n > 32 ? cap : n === 0 ? 0 : cap));
  }

  /** []byte of a constant string: a new [len]byte array (cap = len), on the heap when it escapes. */
  constBytes(s: GoStr, et: RType, heap: boolean): Slice {
    const n = s.s.length;
    const arr = new Arr(null, n, heap && n > 0 ? this.malloc(n, et) : 0, 'u8');
    if (n > 0) {
      const d = arrData(arr) as Uint8Array;
      for (let i = 0; i < n; i++) d[i] = s.s.charCodeAt(i);
      if (arr.$a !== 0) this.rt.heap.touch(arr.$a, n);
    }
    return this.keep(new Slice(arr, 0, n, n));
  }

  private roundup(n: number): number {
    const c = this.rt.alloc.classes;
    return growsliceCap(c, 1, 0, n).capBytes;
  }

  strToRunes(s: GoStr, et: RType, heap: boolean): Slice {
    const rs: number[] = [];
    for (let i = 0; i < s.s.length; ) {
      const [r, w] = this.decodeRune(s.s, i);
      rs.push(r);
      i += w;
    }
    const n = rs.length;
    const bytes = n * 4;
    const cap = heap || bytes > 128 ? (n === 0 ? 0 : Math.floor(this.roundupBytes(bytes) / 4)) : n;
    const arr = new Arr(null, cap, heap || bytes > 128 ? (n === 0 ? 0 : this.malloc(cap * 4, et)) : 0, 'i32');
    if (n > 0) {
      const d = arrData(arr) as Int32Array;
      for (let i = 0; i < n; i++) d[i] = rs[i];
    }
    return this.keep(new Slice(arr, 0, n, cap));
  }

  private roundupBytes(n: number): number {
    return growsliceCap(this.rt.alloc.classes, 1, 0, n).capBytes;
  }

  runesToStr(r: Slice | null, heap: boolean): GoStr {
    if (r === null) return emptyStr;
    const d = r.arr.d === null ? null : (arrData(r.arr) as Int32Array);
    let s = '';
    for (let i = 0; i < r.len; i++) s += encodeRune(d === null ? 0 : d[r.off + i]);
    return this.str(s, heap);
  }

  runeToStr(r: number | bigint): GoStr {
    const n = typeof r === 'bigint' || r < 0 || r > 0x10ffff ? runeError : r;
    const s = encodeRune(n);
    // Go: intstring uses a 4-byte stack buffer when the result does not escape; single bytes are static
    return this.str(s, s.length > 1);
  }

  // ------------------------------------------------------------ maps

  private mapTypes = new WeakMap<RType, MapType<unknown>>();

  private mapTypeOf(t: RType): MapType<unknown> {
    let mt = this.mapTypes.get(t);
    if (mt) return mt;
    const kt = t.key!;
    const et = t.elem!;
    const enc = this.keyEncoder(kt);
    const isStr = kt.kind === 'string';
    const isNum = enc === null && kt.kind !== 'string';
    mt = {
      keySize: kt.size,
      elemSize: et.size,
      keyPtrWords: kt.ptrWords,
      elemPtrWords: et.ptrWords,
      hash: isStr
        ? (k: unknown, seed: number) => strhash(k as string, seed)
        : isNum
          ? (k: unknown, seed: number) =>
              typeof k === 'number' ? inthash(k, seed) : strhash(String(k), seed)
          : (k: unknown, seed: number) => strhash(String(k), seed),
      // map[string]V with elems up to 128 B goes to mapassign_faststr, which keeps the old key
      needkeyupdate: isStr ? et.size > 128 : needKeyUpdate(kt),
    };
    (mt as unknown as { enc: unknown }).enc = enc;
    this.mapTypes.set(t, mt);
    return mt;
  }

  /** How a Go key becomes the JS value GoMap compares with ===; null when it is used as is. */
  private keyEncoder(kt: RType): ((k: unknown) => unknown) | null {
    if (kt.kind === 'string') return (k) => (k as GoStr).s;
    if (/^(u?int(8|16|32|64)?|uintptr|bool)$/.test(kt.kind)) return null;
    return (k) => this.encodeKey(kt, k);
  }

  private encodeKey(t: RType, v: unknown): string {
    switch (t.kind) {
      case 'string':
        // quoted, so a string holding the separators cannot collide with a longer key
        return JSON.stringify((v as GoStr).s);
      case 'float32':
      case 'float64': {
        const f = v as number;
        if (Number.isNaN(f)) return `nan${this.nextIdentity++}`; // NaN != NaN: never found again
        return `f${f === 0 ? 0 : f}`;
      }
      case 'interface': {
        const x = v as Iface | null;
        if (x === null) return 'nil';
        if (!x.t.comparable) throw new RuntimeError(`runtime error: hash of unhashable type ${x.t.str}`);
        return `i${x.t.id}:${this.encodeKey(x.t as RType, x.v)}`;
      }
      case 'struct': {
        const o = v as Record<string, unknown>;
        return `{${t.fields.map((f) => this.encodeKey(f.type, o[f.prop])).join(',')}}`;
      }
      case 'array':
        return `[${(v as unknown[]).map((x) => this.encodeKey(t.elem!, x)).join(',')}]`;
      case 'ptr':
      case 'chan':
      case 'func':
      case 'map':
        return v === null ? 'p0' : `p${this.identityOf(v as object)}`;
      default:
        return `n${String(v)}`;
    }
  }

  private identityOf(o: object): number {
    let id = this.identity.get(o);
    if (id === undefined) {
      id = this.nextIdentity++;
      this.identity.set(o, id);
    }
    return id;
  }

  makeMap(t: RType, hint: number | bigint): GoMapV {
    if (typeof hint !== 'number' || hint < 0) {
      if (hint < 0) throw new RuntimeError('runtime error: makemap: size out of range');
    }
    const m = new GoMap<unknown, unknown>(this.rt, this.mapTypeOf(t), Number(hint)) as GoMapV;
    m.$t = t;
    // the map value is a pointer to its hmap (what pointer words and roots hold)
    m.$a = m.hmapAddr;
    return this.keep(m);
  }

  mapLit(t: RType, kvs: [unknown, unknown][]): GoMapV {
    const m = this.makeMap(t, kvs.length);
    for (const [k, v] of kvs) this.mapSet(m, k, v);
    return m;
  }

  /**
   * One-word results of ptrTargets for a key (0) and an elem (1), reused: the map reads them at
   * once and keeps nothing (an array emptied with `length = 0` loses its backing store, so refilling
   * one allocated on every map store).
   */
  private readonly ptrWord1: [number[], number[]] = [[0], [0]];
  private readonly ptrWord2: [number[], number[]] = [
    [0, 0],
    [0, 0],
  ];

  /** The values of a key's (which 0) or elem's (1) pointer words, in ptrWords order. */
  private ptrTargets(t: RType, v: unknown, which: 0 | 1): number[] | undefined {
    if (t.ptrdata === 0) return undefined;
    // one pointer word first in the value: the common keys and elems, without a layout walk
    let a: number;
    switch (t.kind) {
      case 'string':
        a = (v as GoStr).a;
        break;
      case 'slice':
        a = v === null ? 0 : (v as Slice).arr.$a;
        break;
      case 'ptr':
      case 'chan':
      case 'map':
      case 'func':
        a = addrOf(v);
        break;
      case 'interface': {
        // the type word, then the data word (map[K]interface{} elems and interface keys)
        const out = this.ptrWord2[which];
        out[1] = v === null ? 0 : (v as Iface).$a;
        return out;
      }
      default: {
        const out: number[] = [];
        this.visitPtrs(t, v, out);
        return out;
      }
    }
    const out = this.ptrWord1[which];
    out[0] = a;
    return out;
  }

  /**
   * Appends the values of a value's pointer words to `out`, in ascending word order (fields by
   * offset, elements by index), which is the order of the type's ptrWords.
   */
  private visitPtrs(tt: RType, x: unknown, out: number[]): void {
    if (tt.ptrdata === 0) return;
    switch (tt.kind) {
      case 'string':
        out.push((x as GoStr).a);
        return;
      case 'slice':
        out.push(x === null ? 0 : (x as Slice).arr.$a);
        return;
      case 'interface':
        out.push(0, x === null ? 0 : (x as Iface).$a);
        return;
      case 'struct':
        for (const f of tt.fields) this.visitPtrs(f.type, (x as Record<string, unknown>)[f.prop], out);
        return;
      case 'array': {
        const a = x as unknown[];
        for (let i = 0; i < a.length; i++) this.visitPtrs(tt.elem!, a[i], out);
        return;
      }
      default:
        out.push(addrOf(x));
    }
  }

  mapGet(m: GoMapV | null, k: unknown, zero: unknown): unknown {
    if (m === null) return zero;
    const key = this.mapKeyOf(m, k);
    const slot = m.get(key);
    if (slot === -1) return zero;
    const v = m.value(slot);
    return v === undefined ? zero : v;
  }

  mapGet2(m: GoMapV | null, k: unknown, zero: unknown): [unknown, boolean] {
    if (m === null) return [zero, false];
    const key = this.mapKeyOf(m, k);
    const slot = m.get(key);
    if (slot === -1) return [zero, false];
    const v = m.value(slot);
    return [v === undefined ? zero : v, true];
  }

  private mapKeyOf(m: GoMapV, k: unknown): unknown {
    const enc = (m.type as unknown as { enc: ((k: unknown) => unknown) | null }).enc;
    return enc === null ? k : enc(k);
  }

  mapSet(m: GoMapV | null, k: unknown, v: unknown): void {
    if (m === null) throw nilMapWrite();
    const t = m.$t;
    const enc = (m.type as unknown as { enc: ((k: unknown) => unknown) | null }).enc;
    const key = enc === null ? k : enc(k);
    const slot = m.assign(key, this.ptrTargets(t.key!, k, 0));
    m.writeElem(slot, this.ptrTargets(t.elem!, v, 1), v);
    const kt = t.key!;
    if (enc !== null && kt.kind !== 'string') {
      // Go stores a copy of the key, and replaces it on assignment only when the key type needs it
      // (needkeyupdate: floats' +0 and -0 are equal keys, strings may have smaller backing stores)
      const ks = this.mapKeys(m);
      if (!ks.has(key) || (m.type as { needkeyupdate?: boolean }).needkeyupdate)
        ks.set(key, kt.kind === 'struct' || kt.kind === 'array' ? kt.clone(k) : k);
    }
    this.rt.work(20);
  }

  /** Go keys of maps whose JS keys are encodings (for iteration). */
  private mapKeys(m: GoMapV): Map<unknown, unknown> {
    let ks = m.$keys;
    if (!ks) m.$keys = ks = new Map();
    return ks;
  }

  mapDelete(m: GoMapV | null, k: unknown): void {
    if (m === null) return;
    const key = this.mapKeyOf(m, k);
    if (m.delete(key) && m.$keys) m.$keys.delete(key);
    this.rt.work(15);
  }

  /** runtime.mapclear (the range-delete idiom). */
  mapClear(m: GoMapV | null): void {
    if (m === null) return;
    this.rt.work(5 * m.len + 100);
    m.clear();
    m.$keys?.clear();
  }

  mapLen(m: GoMapV | null): number {
    return m === null ? 0 : m.len;
  }

  mapIter(m: GoMapV | null): MapIter<unknown, unknown> | null {
    return m === null ? null : m.iter();
  }

  mapNext(it: MapIter<unknown, unknown> | null): [unknown, unknown] | null {
    if (it === null || !it.next()) return null;
    const m = it.map as GoMapV;
    const t = m.$t;
    const kt = t.key!;
    let k: unknown = it.key;
    if (kt.kind === 'string') k = new GoStr(k as string, this.rt.alloc.readPointer(it.keyAddr));
    else if (m.$keys) k = m.$keys.get(k);
    const v = it.value;
    return [k, v === undefined ? zeroOf(t.elem!) : v];
  }

  // ------------------------------------------------------------ channels

  makeChan(t: RType, n: number | bigint): Chan {
    const et = t.elem!;
    if (typeof n !== 'number' || n < 0 || n * et.size > maxAlloc) throw makechanSize();
    // Go: hchan (96 B) with the buffer in the same object when elements hold no pointers
    const hchan = 96;
    let addr: number;
    let buf = 0;
    if (n === 0 || et.size === 0) addr = this.rt.mallocgc(hchan, true);
    else if (et.ptrdata === 0) addr = this.rt.mallocgc(hchan + n * et.size, true);
    else {
      addr = this.rt.mallocgc(hchan, false);
      buf = this.rt.mallocgc(n * et.size, false);
      this.rt.alloc.writePointer(addr + 16, buf);
    }
    const ch = new Chan(n, addr) as Chan & { $a: number };
    ch.$a = addr;
    if (buf !== 0) {
      const alloc = this.rt.alloc;
      ch.storeSlot = (slot, v) => {
        const at = buf + slot * et.size;
        if (v !== undefined) this.storeWords(et, at, v);
        else for (const w of et.ptrWords) alloc.writePointer(at + w * 8, 0);
      };
    }
    return this.keep(ch);
  }

  chanLen(c: Chan | null): number {
    return c === null ? 0 : c.len;
  }

  chanCap(c: Chan | null): number {
    return c === null ? 0 : c.cap;
  }

  *send(c: Chan | null, v: unknown): Gen<void> {
    this.accountTicks();
    yield* this.sched.send(c, v);
  }

  *recv(c: Chan | null, zero: unknown): Gen<[unknown, boolean]> {
    this.accountTicks();
    return yield* this.sched.recv(c, zero);
  }

  close(c: Chan | null): void {
    this.sched.close(c);
  }

  *select(
    cases: ({ dir: 'send'; ch: Chan | null; value: unknown } | { dir: 'recv'; ch: Chan | null })[],
    hasDefault: boolean,
  ): Gen<[number, [unknown, boolean] | undefined]> {
    this.accountTicks();
    return yield* this.sched.select(cases, hasDefault);
  }

  // ------------------------------------------------------------ goroutines and time

  go(fn: GoFn, args: unknown[], closureBytes = 8 + 8 * args.length, creator = '', line = 0): void {
    // Go: newproc reuses a dead goroutine's g, or allocates a new one (malg) and appends it to
    // allgs; a call with arguments is wrapped in a closure holding them (a funcval on the heap)
    if (this.sched.freeGs > 0) this.sched.freeGs--;
    else {
      const gAddr = this.rt.mallocgc(gStructBytes, false);
      this.rt.roots.internal.push(gAddr);
      if (this.allgsLen === this.allgsCap) {
        const { newCap, capBytes } = growsliceCap(this.rt.alloc.classes, 8, this.allgsCap, this.allgsLen + 1);
        this.rt.roots.internal.push(this.rt.mallocgc(capBytes, false));
        this.allgsCap = newCap;
      }
      this.allgsLen++;
    }
    const wrapper = args.length > 0 ? this.closure(() => undefined, closureBytes, args, true) : null;
    const g = this.sched.go(this.startGoroutine(fn, args));
    g.entry = this.entryName(fn);
    if (creator) {
      const file =
        line < 0 || !creator.startsWith('main.')
          ? `${creator.slice(0, creator.indexOf('.'))}.go`
          : (this.stacks?.filename ?? 'main.go');
      g.createdBy = `${creator}\n\t${file}:${Math.abs(line)} +0x0`;
    }
    g.initArgs = args;
    // the wrapper's funcval stays on the new goroutine's stack while it runs (its entry frame)
    if (wrapper !== null) g.holding = wrapper;
  }
  /** A goroutine's start function in Go's words (function literals have cmd/compile's names). */
  private entryName(fn: GoFn): string {
    const f = ((fn as { $inner?: unknown }).$inner ?? fn) as { name?: string };
    const named = f.name ? this.stacks?.goName(f.name) : undefined;
    if (named) return named;
    const at = this.stacks?.frames(new Error().stack)[0];
    return at ? `func literal (go statement at ${at.file}:${at.line} in ${at.func})` : 'func literal';
  }

  /** allgs: the runtime's slice of every g ever created (len and cap; it only grows). */
  private allgsLen = 6;
  private allgsCap = 8;

  private *startGoroutine(fn: GoFn, args: unknown[]): GoBody {
    yield* this.runGoroutine(fn, args, this.sched.current!);
  }

  private *runGoroutine(fn: GoFn, args: unknown[], g: G): GoBody {
    const body = fn(...args);
    g.initArgs = undefined;
    yield* body as GoBody;
  }

  /** Charges accumulated loop work to the simulated clock. */
  accountTicks(): void {
    if (this.ticks > 0) {
      this.rt.work(this.ticks * this.tickNs);
      // natives charge the loop work done so far; it still counts toward the next preemption
      this.sinceYield += this.ticks;
      if (this.sinceYield >= this.tickLimit) this.yieldDue = true;
      this.ticks = 0;
    }
  }
  /** Back-edges since the goroutine last passed a preemption point, and whether one is due. */
  private sinceYield = 0;
  yieldDue = false;

  /** A loop back-edge ran tickLimit times: charge the work and let the scheduler preempt (Go: 10 ms slices). */
  *preempt(): Gen<void> {
    this.accountTicks();
    this.sinceYield = 0;
    this.yieldDue = false;
    this.sched.onSlice?.();
    const cur = this.sched.current;
    if (cur !== null) this.reportStack(cur);
    // the host asked for control back (a stepped run): end this goroutine's slice now
    if (++this.preempts >= this.preemptBudget) {
      this.preempts = 0;
      yield { kind: 'host' };
    }
    if (this.rt.nowNs - this.sliceStartNs >= 10e6) {
      this.sliceStartNs = this.rt.nowNs;
      if (this.sched.otherRunnable()) yield { kind: 'gosched' };
    }
    if (this.stopRequested) yield { kind: 'gosched' };
  }

  /** Set by the host to pause a run at the next back-edge. */
  stopRequested = false;
  /** Back-edge batches (tickLimit iterations each) a goroutine may run before it yields to the host. */
  preemptBudget = Number.POSITIVE_INFINITY;
  private preempts = 0;

  onSwitch(): void {
    this.sliceStartNs = this.rt.nowNs;
  }

  // ------------------------------------------------------------ interfaces

  iface(t: RType, v: unknown, heap: boolean): Iface {
    if (t.direct) return new Iface(t, v, addrOf(v));
    if (t.size === 0) return new Iface(t, v, zerobaseAddr);
    if (!heap) return new Iface(t, v, 0);
    // Go's convT* fast paths: small integers and single bytes come from staticuint64s, "" and nil
    // slices from zeroVal; everything else is copied to a new heap object.
    if (t.ptrdata === 0 && t.size <= 8 && t.nk !== null && t.nk !== 'f32' && t.nk !== 'f64') {
      const n = v as number | bigint;
      if (t.size === 1 || (typeof n === 'number' && n >= 0 && n < 256)) return new Iface(t, v, 0);
    }
    if (t.kind === 'bool') return new Iface(t, v, 0);
    if ((t.kind === 'float64' || t.kind === 'float32') && v === 0 && !Object.is(v, -0))
      return new Iface(t, v, 0);
    if (t.kind === 'string' && (v as GoStr).s.length === 0) return new Iface(t, v, zerobaseAddr);
    if (t.kind === 'slice' && v === null) return new Iface(t, v, zerobaseAddr);
    const addr = this.malloc(t.size, t);
    if (t.kind === 'struct' || t.kind === 'array') this.place(t, v, addr);
    if (t.ptrdata > 0) this.placeWords(t, addr, v);
    return this.keep(new Iface(t, v, addr));
  }

  ifaceEq(a: Iface | null, b: Iface | null): boolean {
    if (a === null || b === null) return a === b;
    if (a.t !== b.t) return false;
    if (!a.t.comparable) throw new RuntimeError(`runtime error: comparing uncomparable type ${a.t.str}`);
    return (a.t as RType).eq(a.v, b.v);
  }

  typeIs(x: Iface | null, t: RType): boolean {
    if (x === null) return false;
    if (t.kind === 'interface') return this.missingMethod(x.t as RType, t) === '';
    return x.t === t;
  }

  private missingMethod(t: RType, iface: RType): string {
    for (const m of iface.imethods) if (!(m in t.methods)) return m;
    return '';
  }

  assert(x: Iface | null, t: RType, xt: RType, commaOk: boolean, zero: unknown): unknown {
    if (t.kind === 'interface') {
      const ok = x !== null && this.missingMethod(x.t as RType, t) === '';
      if (commaOk) return [ok ? x : null, ok];
      if (!ok) {
        throw typeAssertionError(
          xt.str,
          x === null ? null : x.t.str,
          t.str,
          x === null ? '' : this.missingMethod(x.t as RType, t),
        );
      }
      return x;
    }
    const ok = x !== null && x.t === t;
    if (commaOk) return ok ? [t.clone(x!.v), true] : [zero, false];
    if (!ok) throw typeAssertionError(xt.str, x === null ? null : x.t.str, t.str);
    return t.clone(x!.v);
  }

  imethod(x: Iface | null, name: string): GoFn {
    if (x === null) throw nilDereference();
    const m = x.t.methods[name];
    if (!m) throw new GoPanic(`heaplab: ${x.t.str} has no method ${name}`);
    return m as GoFn;
  }

  *icall(x: Iface | null, name: string, args: unknown[]): Gen {
    return yield* this.imethod(x, name)(x!.v, ...args);
  }

  // ------------------------------------------------------------ panics and defers

  panic(v: Iface | null): never {
    if (v === null)
      throw new ValuePanic(null, () => 'panic called with nil argument (use runtime.PanicNilError)');
    throw new ValuePanic(v, (x) => this.panicValueText(x as Iface));
  }

  /** How Go prints a panic value (printpanicval): errors and Stringers by their methods. */
  panicValueText(x: Iface): string {
    const t = x.t as RType;
    if (t.methods.Error) return (this.callSync(t.methods.Error, x.v) as GoStr).s;
    if (t.methods.String) return (this.callSync(t.methods.String, x.v) as GoStr).s;
    const v = x.v;
    let s: string;
    switch (t.kind) {
      case 'string':
        s = (v as GoStr).s;
        break;
      case 'bool':
      case 'int':
      case 'int8':
      case 'int16':
      case 'int32':
      case 'int64':
      case 'uint':
      case 'uint8':
      case 'uint16':
      case 'uint32':
      case 'uint64':
      case 'uintptr':
        s = String(v);
        break;
      case 'float64':
      case 'float32':
        s = printFloat(v as number);
        break;
      default:
        return `(${t.str}) ${x.$a === 0 ? '0xc000012345' : `0x${x.$a.toString(16)}`}`;
    }
    if (t.named) return `${t.str}(${t.kind === 'string' ? JSON.stringify(s) : s})`;
    return s;
  }

  /** Runs a Go method to completion synchronously (fmt's String/Error calls). */
  callSync(fn: MethodFn | GoFn, ...args: unknown[]): unknown {
    const gen = (fn as GoFn)(...args);
    let r = gen.next();
    while (!r.done) {
      const p = r.value as Park;
      if (p.kind === 'gosched') {
        r = gen.next();
        continue;
      }
      throw new GoPanic('heaplab: a String or Error method blocked');
    }
    return r.value;
  }

  /**
   * A defer statement. Go 1.19 open-codes defers outside loops (no allocation); a defer in a loop
   * gets a heap _defer record (the deferred call's closure and arguments stay reachable from it
   * until the function returns: the "defer in a long loop" leak).
   */
  /**
   * Records a deferred call: four entries (function, arguments, plain, the heap _defer record of
   * a defer in a loop) pushed flat on the function's list, so a defer allocates no tuple. A plain
   * function (one that never blocks) is called directly when the function returns; any other is a
   * generator function.
   */
  defer(list: unknown[], fn: unknown, args: unknown[], plain: boolean, inLoop: boolean): void {
    list.push(fn, args, plain, inLoop ? this.deferRecord(args) : null);
  }

  /** runtime._defer (Go 1.19: 80 B with its fields) plus the deferred call's argument closure. */
  private deferRecord(args: unknown[]): unknown {
    const rec = this.closure(() => undefined, 8 + 8 * Math.max(1, args.length), args, true);
    const d = this.rt.mallocgc(deferRecordBytes, false);
    this.rt.alloc.writePointer(d + 8, addrOf(rec));
    return this.keep(new Box(rec, d));
  }

  panicking(g: G, e: unknown): void {
    if (e instanceof ProgramExit) {
      g.exiting = true;
      throw e;
    }
    g.panic = { value: e instanceof ValuePanic ? e.goValue : e, error: e, recovered: false };
  }

  /**
   * Runs a function's deferred calls LIFO as it returns or panics. `p0` is the panic that was in
   * flight when the function was entered (a function called by a deferred call while panicking):
   * only a newer panic is this function's to recover or propagate. Returns true when a deferred
   * call's recover() stopped it; throws it when none did.
   */
  *runDefers(g: G, list: unknown[], p0: PanicState | null): Gen<boolean> {
    for (;;) {
      const r = this.runDefersPlain(g, list, p0);
      if (r !== deferBlocks) return r;
      // the newest deferred call may block
      list.pop();
      list.pop();
      const args = list.pop() as unknown[];
      const fn = list.pop() as GoFn;
      const savedFn = g.deferFn;
      const savedClaim = g.deferClaimed;
      this.enterDefer(g, fn, p0);
      try {
        yield* fn(...args);
      } catch (e) {
        this.deferPanicked(g, e);
      } finally {
        this.leaveDefer(g, savedFn, savedClaim);
      }
    }
  }

  /**
   * runDefers without a generator, for the common case of deferred calls that never block
   * (`defer mu.Unlock()`): runs them while the newest is plain. Returns `deferBlocks` when it
   * reaches one that may block, which runDefers then runs before coming back here.
   */
  runDefersPlain(g: G, list: unknown[], p0: PanicState | null): boolean | typeof deferBlocks {
    if (g.exiting) return false; // os.Exit and fatal errors run no deferred calls
    while (list.length >= 4) {
      if (list[list.length - 2] !== true) return deferBlocks;
      list.pop(); // the _defer record: unreachable once the call runs
      list.pop();
      const args = list.pop() as unknown[];
      const fn = list.pop() as (...a: unknown[]) => unknown;
      const savedFn = g.deferFn;
      const savedClaim = g.deferClaimed;
      this.enterDefer(g, fn, p0);
      try {
        fn(...args);
      } catch (e) {
        this.deferPanicked(g, e);
      } finally {
        this.leaveDefer(g, savedFn, savedClaim);
      }
    }
    return this.endDefers(g, p0);
  }

  readonly deferBlocks = deferBlocks;

  /** Before a deferred call: only the calls a panic runs may recover it. */
  private enterDefer(g: G, fn: unknown, p0: PanicState | null): void {
    const cur = g.panic;
    g.deferClaimed = false;
    // deferred calls the panic runs may recover it; those a normal return runs may not
    g.deferFn =
      cur !== p0 && cur !== null && !cur.recovered ? ((fn as { $inner?: unknown }).$inner ?? fn) : null;
  }

  /** After a deferred call: the enclosing deferred call's recover rights come back. */
  private leaveDefer(g: G, savedFn: unknown, savedClaim: boolean): void {
    g.deferFn = savedFn;
    g.deferClaimed = savedClaim;
  }

  /** A deferred call panicked (or exited). */
  private deferPanicked(g: G, e: unknown): void {
    if (e instanceof ProgramExit) {
      g.exiting = true;
      throw e;
    }
    // A panic in a deferred call replaces the one in flight, which Go still prints first
    // ("panic: A [recovered]\n\tpanic: B").
    const old = g.panic;
    if (old !== null && e instanceof GoPanic && old.error instanceof GoPanic && old.error !== e) {
      e.chain = `${old.error.chain}panic: ${this.safeText(old.error)}${old.recovered ? ' [recovered]' : ''}\n\t${e.chain}`;
    }
    g.panic = { value: e instanceof ValuePanic ? e.goValue : e, error: e, recovered: false };
  }

  /** After the last deferred call: whether a recover() stopped this function's panic (else rethrown). */
  private endDefers(g: G, p0: PanicState | null): boolean {
    const cur = g.panic;
    if (cur === p0) return false;
    g.panic = p0;
    if (cur === null) return false;
    if (cur.recovered) return true;
    throw cur.error;
  }

  private safeText(e: GoPanic): string {
    try {
      return e.panicText();
    } catch {
      return e.value;
    }
  }

  /**
   * At the entry of a function that calls recover(): whether this frame is the one the panic's
   * deferred-call run called (Go compares the caller's argp with the panic's). The first frame of
   * that function claims it; its recursive calls do not.
   */
  claimRecover(g: G, self: unknown): boolean {
    if (g.deferFn !== self || g.deferClaimed) return false;
    g.deferClaimed = true;
    return true;
  }

  /**
   * A wrapper Go generates (method tables, method expressions, method values) passes recover()
   * through: when the deferred call is the wrapper, the method it calls may recover. A wrapper
   * whose target is fixed names it once (`$inner`, which enterDefer follows); returns the wrapper.
   */
  wrap<W extends (...a: never[]) => unknown>(wrapper: W, target: unknown): W {
    (wrapper as { $inner?: unknown }).$inner = (target as { $inner?: unknown }).$inner ?? target;
    return wrapper;
  }

  /** The same for a wrapper whose target is only known when it is called (an interface's method). */
  pass(wrapper: unknown, target: unknown): void {
    const g = this.g;
    if (g.deferFn === wrapper && !g.deferClaimed)
      g.deferFn = (target as { $inner?: unknown }).$inner ?? target;
  }

  /** recover() in a frame that claimed (claimRecover) or not. */
  recover(g: G, claimed: boolean): Iface | null {
    const p = g.panic;
    if (p === null || p.recovered || !claimed) return null;
    if (!(p.error instanceof GoPanic)) return null; // a heaplab bug is never recovered
    p.recovered = true;
    if (p.error instanceof ValuePanic) return p.value as Iface | null;
    return this.runtimeErrorValue(p.error);
  }

  /**
   * The value a runtime panic carries (recover() returns it), with Go's dynamic types:
   * runtime.boundsError, *runtime.TypeAssertionError, runtime.errorString (other runtime errors)
   * and runtime.plainError (close of a closed channel and the like). All implement runtime.Error.
   */
  runtimeErrorValue(e: GoPanic): Iface {
    const msg = e.value;
    const name = /^runtime error: (index|slice bounds) out of range/.test(msg)
      ? 'runtime.boundsError'
      : msg.startsWith('interface conversion')
        ? '*runtime.TypeAssertionError'
        : e instanceof RuntimeError
          ? 'runtime.errorString'
          : 'runtime.plainError';
    return new Iface(this.runtimeErrorType(name), e, 0);
  }

  private readonly rtErrTypes = new Map<string, RType>();
  private runtimeErrorType(name: string): RType {
    let t = this.rtErrTypes.get(name);
    if (t) return t;
    const ptr = name.startsWith('*');
    t = this.type({ str: name, kind: ptr ? 'ptr' : 'struct', size: ptr ? 8 : 16, named: !ptr }, null);
    t.methods.Error = this.gen((e: unknown) =>
      this.str((e as GoPanic).panicText(), false),
    ) as unknown as MethodFn;
    t.methods.RuntimeError = this.gen(() => undefined) as unknown as MethodFn;
    this.rtErrTypes.set(name, t);
    return t;
  }

  // ------------------------------------------------------------ print / println

  print(args: [RType, unknown][], ln: boolean): void {
    let s = '';
    args.forEach(([t, v], i) => {
      if (ln && i > 0) s += ' ';
      s += printArg(t, v);
    });
    if (ln) s += '\n';
    this.stderr(s);
  }

  /** Set by the run: turns JS stacks into Go frames (panic tracebacks). */
  stacks: StackMapper | null = null;

  stdout: (s: string) => void = () => {};
  stderr: (s: string) => void = () => {};
}

const basicTypes: Record<string, [number, RType['nk']]> = {
  bool: [1, null],
  int: [8, 'big'],
  int8: [1, 'i8'],
  int16: [2, 'i16'],
  int32: [4, 'i32'],
  int64: [8, 'big'],
  uint: [8, 'big'],
  uint8: [1, 'u8'],
  uint16: [2, 'u16'],
  uint32: [4, 'u32'],
  uint64: [8, 'big'],
  uintptr: [8, 'big'],
  float32: [4, 'f32'],
  float64: [8, 'f64'],
  string: [16, null],
};

/** A GoMap with the descriptor of its Go type. */
export type GoMapV = GoMap<unknown, unknown> & { $t: RType; $a: number; $keys?: Map<unknown, unknown> };

function zeroOf(t: RType): unknown {
  switch (t.kind) {
    case 'bool':
      return false;
    case 'string':
      return emptyStr;
    case 'struct':
    case 'array':
      return t.zero();
    case 'ptr':
    case 'slice':
    case 'map':
    case 'chan':
    case 'func':
    case 'interface':
      return null;
    default:
      return 0;
  }
}

function cloneOf(t: RType, v: unknown): unknown {
  return t.kind === 'struct' || t.kind === 'array' ? t.clone(v) : v;
}

/** print/println formatting (runtime/print.go). */
function printArg(t: RType, v: unknown): string {
  switch (t.kind) {
    case 'bool':
      return v ? 'true' : 'false';
    case 'string':
      return (v as GoStr).s;
    case 'float32':
    case 'float64':
      return printFloat(v as number);
    case 'interface': {
      const x = v as Iface | null;
      return x === null ? '(0x0,0x0)' : `(0x${(x.t.id * 64 + 0x4a0000).toString(16)},0x${x.$a.toString(16)})`;
    }
    case 'ptr':
    case 'map':
    case 'chan':
    case 'func':
    case 'slice':
      return `0x${addrOf(v).toString(16)}`;
    default:
      return String(v);
  }
}

/** runtime.printfloat: +1.500000e+000 */
export function printFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Number.POSITIVE_INFINITY) return '+Inf';
  if (v === Number.NEGATIVE_INFINITY) return '-Inf';
  const n = 7;
  const buf: string[] = new Array(n + 7).fill('0');
  buf[0] = '+';
  let e = 0;
  if (v === 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    let h = 5.0;
    for (let i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (let i = 0; i < n; i++) {
    const s = Math.floor(v);
    buf[i + 2] = String.fromCharCode(s + 48);
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = String.fromCharCode(Math.floor(e / 100) + 48);
  buf[n + 5] = String.fromCharCode((Math.floor(e / 10) % 10) + 48);
  buf[n + 6] = String.fromCharCode((e % 10) + 48);
  return buf.join('');
}

export { newNumericData };

/** Go's needkeyupdate (cmd/compile reflectdata): whether assigning to an existing key rewrites the key. */
function needKeyUpdate(t: RType): boolean {
  switch (t.kind) {
    case 'float32':
    case 'float64':
    case 'interface':
    case 'string':
      return true;
    case 'array':
      return needKeyUpdate(t.elem!);
    case 'struct':
      return t.fields.some((f) => needKeyUpdate(f.type));
    default:
      return false;
  }
}
