// How compiled Go values look in JavaScript (ARCHITECTURE.md "Compiled values").
//
//   bool                      boolean
//   int8..int32, uint8..uint32, float32/64
//                             number (wrapped after every operation)
//   int, int64, uint, uint64, uintptr
//                             number while |v| < 2^53, else bigint (canonical: a value that fits is
//                             always a number, so === and < keep working; see int64.ts)
//   string                    GoStr: the UTF-8 bytes as a JS byte string plus the address of the
//                             backing bytes on the simulated heap (0 for constants and literals)
//   *T (T struct or array)    the struct object / array itself; nil is null
//   *T (other T)              a Ref (Box, ElemRef, FieldRef): anything with a `v` property
//   struct                    an object of the compiler's class for the struct type
//   [N]T                      a JS array (value semantics: copied on assignment)
//   []T                       Slice over an Arr (backing array)
//   map[K]V                   sim GoMap (its hmap lives on the simulated heap); nil is null
//   chan T                    rt Chan; nil is null
//   func                      a JS generator function; closures carry `$a`
//   interface                 Iface (dynamic type descriptor + value); nil is null
//
// Every JS object that stands for Go memory carries `$a`: the address of the object on the
// simulated heap, or 0 when escape analysis kept it on the goroutine stack. The collector only
// sees addresses: pointer words written into heap objects as the program stores pointers, and
// root slots filled from goroutine frames at each GC start (scanValue below).

/** A Go string: bytes (one char code per byte) and the address of its backing array. */
export class GoStr {
  constructor(
    readonly s: string,
    readonly a: number,
  ) {}
}

/** The empty string, and every constant string, have no heap backing. */
export const emptyStr = new GoStr('', 0);

/** A backing array: the element data and its heap address. Numeric data is created on first write. */
export class Arr {
  constructor(
    /** Element data; null for a numeric array never written (all zeros). */
    public d:
      | unknown[]
      | Float64Array
      | Float32Array
      | Int32Array
      | Uint32Array
      | Int16Array
      | Uint16Array
      | Int8Array
      | Uint8Array
      | SparseNum
      | null,
    /** Number of elements. */
    readonly n: number,
    /** Heap address (0 on the stack). */
    readonly $a: number,
    /** Element kind for lazily created numeric data (see newNumericData). */
    readonly k: NumKind | null,
  ) {}
}

export type NumKind = 'f64' | 'f32' | 'i32' | 'u32' | 'i16' | 'u16' | 'i8' | 'u8' | 'big';

export function newNumericData(k: NumKind, n: number): Exclude<NonNullable<Arr['d']>, SparseNum> {
  switch (k) {
    case 'f64':
      return new Float64Array(n);
    case 'f32':
      return new Float32Array(n);
    case 'i32':
      return new Int32Array(n);
    case 'u32':
      return new Uint32Array(n);
    case 'i16':
      return new Int16Array(n);
    case 'u16':
      return new Uint16Array(n);
    case 'i8':
      return new Int8Array(n);
    case 'u8':
      return new Uint8Array(n);
    case 'big':
      // 64-bit integers: number-or-bigint values in a plain array
      return new Array<unknown>(n).fill(0);
  }
}

/**
 * Numeric element data holding few written elements: what a big buffer that is written here and
 * there (an LRU value touched every 512 bytes) needs, without a JS typed array of its full size.
 * Up to 16 entries are kept as (index, value) pairs in one array that starts with room for two,
 * then in a Map; past n/8 entries the Arr becomes dense.
 */
export class SparseNum {
  /** index0, value0, index1, value1, …; the first 2·count slots are in use. */
  kv: unknown[];
  count = 1;
  map: Map<number, unknown> | null = null;

  constructor(i: number, v: unknown) {
    this.kv = [i, v, -1, 0];
  }

  private find(i: number): number {
    const kv = this.kv;
    for (let k = 0, n = this.count * 2; k < n; k += 2) if (kv[k] === i) return k;
    return -1;
  }

  get(i: number): unknown {
    if (this.map !== null) return this.map.get(i) ?? 0;
    const k = this.find(i);
    return k < 0 ? 0 : this.kv[k + 1];
  }

  /** Stores v at i; returns the entry count. */
  set(i: number, v: unknown): number {
    if (this.map !== null) {
      this.map.set(i, v);
      return this.map.size;
    }
    const k = this.find(i);
    if (k >= 0) {
      this.kv[k + 1] = v;
      return this.count;
    }
    const kv = this.kv;
    const at = this.count++ * 2;
    kv[at] = i;
    kv[at + 1] = v;
    if (this.count > 16) {
      this.map = new Map();
      for (let j = 0; j < this.count * 2; j += 2) this.map.set(kv[j] as number, kv[j + 1]);
    }
    return this.count;
  }

  fill(d: { [i: number]: unknown }): void {
    if (this.map !== null) for (const [i, v] of this.map) d[i] = v;
    else for (let j = 0, n = this.count * 2; j < n; j += 2) d[this.kv[j] as number] = this.kv[j + 1];
  }
}

/** Arrays of at least this many numeric elements start sparse. */
const sparseMinElems = 256;

/** Element data of an Arr as a dense array (created zeroed, or densified from sparse data). */
export function arrData(a: Arr): Exclude<NonNullable<Arr['d']>, SparseNum> {
  const d = a.d;
  if (d === null) return (a.d = newNumericData(a.k!, a.n)) as Exclude<NonNullable<Arr['d']>, SparseNum>;
  if (d instanceof SparseNum) {
    const dense = newNumericData(a.k!, a.n);
    d.fill(dense as unknown as { [i: number]: unknown });
    a.d = dense;
    return dense as Exclude<NonNullable<Arr['d']>, SparseNum>;
  }
  return d;
}

/** Element j of an Arr (0 where a numeric array was never written). */
export function arrGet(a: Arr, j: number): unknown {
  const d = a.d;
  if (d === null) return 0;
  if (d instanceof SparseNum) return d.get(j);
  return d[j];
}

/** Stores element j of a numeric or JS-array Arr. */
export function arrSet(a: Arr, j: number, v: unknown): void {
  let d = a.d;
  if (d === null) {
    if (a.n >= sparseMinElems) {
      a.d = new SparseNum(j, v);
      return;
    }
    a.d = d = newNumericData(a.k!, a.n);
  }
  if (d instanceof SparseNum) {
    if (d.set(j, v) > a.n >> 3) arrData(a);
    return;
  }
  (d as unknown[])[j] = v;
}

/**
 * Bytes of a []byte as a Uint8Array: a view of its data, zeros for a backing array never written,
 * a copy when the slice is over a Go array (plain JS array data).
 */
export function sliceBytes(s: Slice | null): Uint8Array {
  if (s === null || s.len === 0) return new Uint8Array(0);
  if (s.arr.d === null) return new Uint8Array(s.len);
  const d = arrData(s.arr);
  if (d instanceof Uint8Array) return d.subarray(s.off, s.off + s.len);
  return Uint8Array.from(d as ArrayLike<number> as number[]).subarray(s.off, s.off + s.len);
}

/** A JS byte string (one char code per byte, as GoStr holds them) of some bytes. */
export function byteString(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

/** A slice header. Nil slices are null. */
export class Slice {
  constructor(
    readonly arr: Arr,
    readonly off: number,
    readonly len: number,
    readonly cap: number,
  ) {}
}

/** A variable or allocation of a non-aggregate type reached through a pointer (new(int), &x). */
export class Box {
  constructor(
    public v: unknown,
    readonly $a: number,
  ) {}
}

/** &a[i] for a non-aggregate element: reads and writes go to the array. */
export class ElemRef {
  constructor(
    readonly arr: Arr | unknown[],
    readonly i: number,
    readonly $a: number,
  ) {}
  get v(): unknown {
    const a = this.arr;
    if (a instanceof Arr) return arrGet(a, this.i);
    return a[this.i];
  }
  set v(x: unknown) {
    const a = this.arr;
    if (a instanceof Arr) arrSet(a, this.i, x);
    else a[this.i] = x;
  }
}

/** &s.f for a non-aggregate field. */
export class FieldRef {
  constructor(
    readonly o: Record<string, unknown>,
    readonly k: string,
    readonly $a: number,
  ) {}
  get v(): unknown {
    return this.o[this.k];
  }
  set v(x: unknown) {
    this.o[this.k] = x;
  }
}

/** A method of a type descriptor: the compiled function taking the receiver first. */
export type MethodFn = (recv: unknown, ...args: unknown[]) => Generator<unknown, unknown, unknown>;

/**
 * A run-time type descriptor (Go: runtime._type plus the uncommon method table). The compiler
 * creates one per distinct type that reaches an interface, a type switch or fmt.
 */
export interface TypeInfo {
  readonly id: number;
  /** reflect's String(): "int", "*main.T", "map[string]int". */
  readonly str: string;
  /** Kind of the underlying type: bool, int, …, string, ptr, slice, array, map, chan, func, struct, interface. */
  readonly kind: string;
  /** Named type? (%v of a named numeric type prints like its underlying value; %#v prints the name). */
  readonly named: boolean;
  readonly size: number;
  /** Method table: every method in the type's method set, by name. */
  readonly methods: Record<string, MethodFn>;
  /** Element type (ptr, slice, array, chan, map value). */
  elem: TypeInfo | null;
  /** Map key type. */
  key: TypeInfo | null;
  /** Struct fields: name, JS property, type, embedded. */
  fields: { name: string; prop: string; type: TypeInfo; embedded: boolean; exported: boolean }[];
  /** Array length. */
  readonly len: number;
  /** Values of this type compare with ==: false for slices, maps, funcs and structs/arrays holding them. */
  readonly comparable: boolean;
  /** The interface's method names (interface types only), for assertions to interfaces. */
  readonly imethods: readonly string[];
  /** Values are pointer-shaped (stored directly in an interface's data word): pointers, maps, chans, funcs. */
  readonly direct: boolean;
}

/** An interface value holding a dynamic type and value. The nil interface is null. */
export class Iface {
  constructor(
    readonly t: TypeInfo,
    readonly v: unknown,
    /** The data word: the boxed copy's address, or the pointer itself for pointer-shaped types. */
    readonly $a: number,
  ) {}
}

/**
 * The heap address a value's pointer words point at, for values that are one pointer to the
 * collector (pointers, maps, chans, funcs, slices, strings, interfaces' data word).
 */
export function addrOf(v: unknown): number {
  if (v === null || typeof v !== 'object') {
    return typeof v === 'function' ? ((v as { $a?: number }).$a ?? 0) : 0;
  }
  if (v instanceof GoStr) return v.a;
  if (v instanceof Slice) return v.arr.$a;
  return (v as { $a?: number }).$a ?? 0;
}

/**
 * Visits every heap address a stack-held value keeps alive: heap objects report their own
 * address (their contents are pointer words the collector traces); values that live on the
 * stack (no address) are looked into.
 */
export function scanValue(v: unknown, visit: (addr: number) => void, depth = 0): void {
  if (v === null || v === undefined) return;
  const t = typeof v;
  if (t === 'function') {
    const a = (v as { $a?: number }).$a ?? 0;
    if (a !== 0) visit(a);
    const roots = (v as { $roots?: () => unknown[] }).$roots;
    if (a === 0 && roots && depth < 64) for (const r of roots()) scanValue(r, visit, depth + 1);
    return;
  }
  if (t !== 'object') return;
  if (v instanceof GoStr) {
    if (v.a !== 0) visit(v.a);
    return;
  }
  if (v instanceof Slice) {
    v = v.arr;
  }
  const a = (v as { $a?: number }).$a;
  if (a !== undefined && a !== 0) {
    visit(a);
    return;
  }
  if (depth > 64) return;
  if (v instanceof Arr) {
    if (Array.isArray(v.d)) for (const e of v.d) scanValue(e, visit, depth + 1);
    return;
  }
  if (v instanceof Iface || v instanceof Box) {
    scanValue(v.v, visit, depth + 1);
    return;
  }
  if (v instanceof ElemRef || v instanceof FieldRef) {
    scanValue(v instanceof ElemRef ? v.arr : v.o, visit, depth + 1);
    return;
  }
  if (Array.isArray(v)) {
    for (const e of v) scanValue(e, visit, depth + 1);
    return;
  }
  const hmap = (v as { hmapAddr?: number }).hmapAddr;
  if (hmap !== undefined) {
    if (hmap !== 0) visit(hmap);
    return;
  }
  const chan = (v as { addr?: number; recvq?: unknown }).addr;
  if (chan !== undefined && (v as { recvq?: unknown }).recvq !== undefined) {
    if (chan !== 0) visit(chan);
    return;
  }
  // a struct value on the stack: its fields
  const fields = (v as { constructor: { $ptrFields?: readonly string[] } }).constructor.$ptrFields;
  if (fields) for (const f of fields) scanValue((v as Record<string, unknown>)[f], visit, depth + 1);
}
