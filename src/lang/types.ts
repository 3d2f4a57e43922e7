// Go types for the dialect (go/types shapes) with their linux/amd64 memory
// layout as cmd/compile computes it (types.Sizes for gc: size, alignment,
// field offsets, the trailing byte after a final zero-size field) and the
// pointer words the garbage collector scans. Type strings are what reflect
// prints, so %T, %v and panic messages read as in Go.

export type BasicKind =
  | 'bool'
  | 'int'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'uintptr'
  | 'float32'
  | 'float64'
  | 'complex64'
  | 'complex128'
  | 'string'
  | 'unsafe.Pointer'
  | 'untyped nil'
  // Checker-only kinds (go/types): the invalid type and the types of untyped constants.
  | 'invalid type'
  | 'untyped bool'
  | 'untyped int'
  | 'untyped rune'
  | 'untyped float'
  | 'untyped complex'
  | 'untyped string';

export type Type =
  // alias: the predeclared byte and rune, identical to uint8 and int32 but printed by their names
  | { kind: 'basic'; name: BasicKind; alias?: 'byte' | 'rune' }
  | { kind: 'pointer'; elem: Type }
  | { kind: 'slice'; elem: Type }
  | { kind: 'array'; len: number; elem: Type }
  | { kind: 'map'; key: Type; elem: Type }
  | { kind: 'chan'; dir: 'both' | 'send' | 'recv'; elem: Type }
  | { kind: 'struct'; fields: Field[] }
  | {
      kind: 'func';
      params: Type[];
      results: Type[];
      variadic: boolean;
      /** Parameter and result names as declared (the checker prints them; identity ignores them). */
      paramNames?: string[];
      resultNames?: string[];
    }
  | { kind: 'interface'; methods: Method[]; embedded: Type[] }
  | { kind: 'named'; pkg: string; name: string; underlying: Type | null; methods: Method[] };

export interface Field {
  name: string;
  type: Type;
  embedded: boolean;
  tag: string;
}

export interface Method {
  name: string;
  type: Type;
  /** A method declared with a pointer receiver (*T); only for methods of named types. */
  ptrRecv?: boolean;
}

const basicSizes: Record<BasicKind, number> = {
  bool: 1,
  int8: 1,
  uint8: 1,
  int16: 2,
  uint16: 2,
  int32: 4,
  uint32: 4,
  float32: 4,
  int: 8,
  uint: 8,
  int64: 8,
  uint64: 8,
  uintptr: 8,
  float64: 8,
  complex64: 8,
  complex128: 16,
  string: 16,
  'unsafe.Pointer': 8,
  'untyped nil': 8,
  'invalid type': 0,
  'untyped bool': 1,
  'untyped int': 8,
  'untyped rune': 4,
  'untyped float': 8,
  'untyped complex': 16,
  'untyped string': 16,
};

export const ptrSize = 8;

export function basic(name: BasicKind): Type {
  return { kind: 'basic', name };
}

/** The underlying type (Go: Type.Underlying). */
export function under(t: Type): Type {
  let u = t;
  for (let i = 0; u.kind === 'named'; i++) {
    if (u.underlying === null || i > 100) throw new Error(`type ${typeString(t)} has no underlying type yet`);
    u = u.underlying;
  }
  return u;
}

/** Layout of a type: size, alignment, and which 8-byte words hold pointers. */
export interface Layout {
  size: number;
  align: number;
  /** Word indexes (offset / 8) of pointer words, ascending. */
  ptrWords: number[];
  /** Bytes up to and including the last pointer word (Go: ptrdata); 0 means noscan. */
  ptrdata: number;
  /** Struct field offsets, in field order. */
  offsets?: number[];
}

/**
 * Go's gc sizes on amd64 (cmd/compile/internal/types/size.go, go/types
 * gcSizes). Computed on demand; the compiler keeps results with its types.
 */
export function layout(t: Type): Layout {
  return computeLayout(t);
}

function words(ptrWords: number[]): number {
  return ptrWords.length ? (ptrWords[ptrWords.length - 1] + 1) * ptrSize : 0;
}

function computeLayout(t: Type): Layout {
  switch (t.kind) {
    case 'named':
      return layout(under(t));
    case 'basic': {
      const size = basicSizes[t.name];
      const align = t.name === 'complex128' || t.name === 'complex64' ? size / 2 : Math.min(size, ptrSize);
      const ptr = t.name === 'string' || t.name === 'unsafe.Pointer' || t.name === 'untyped nil' ? [0] : [];
      return { size, align: t.name === 'string' ? ptrSize : align, ptrWords: ptr, ptrdata: words(ptr) };
    }
    case 'pointer':
    case 'map':
    case 'chan':
    case 'func':
      return { size: ptrSize, align: ptrSize, ptrWords: [0], ptrdata: ptrSize };
    case 'slice':
      return { size: 3 * ptrSize, align: ptrSize, ptrWords: [0], ptrdata: ptrSize };
    case 'interface':
      // Both words are pointers to the GC (the itab/type word and the data word).
      return { size: 2 * ptrSize, align: ptrSize, ptrWords: [0, 1], ptrdata: 2 * ptrSize };
    case 'array': {
      const e = layout(t.elem);
      const ptrWords: number[] = [];
      if (e.ptrWords.length) {
        const stride = e.size / ptrSize;
        for (let i = 0; i < t.len; i++) for (const w of e.ptrWords) ptrWords.push(i * stride + w);
      }
      return { size: e.size * t.len, align: e.align, ptrWords, ptrdata: words(ptrWords) };
    }
    case 'struct': {
      let off = 0;
      let align = 1;
      const offsets: number[] = [];
      const ptrWords: number[] = [];
      for (const f of t.fields) {
        const fl = layout(f.type);
        off = alignUp(off, fl.align);
        offsets.push(off);
        for (const w of fl.ptrWords) ptrWords.push(off / ptrSize + w);
        off += fl.size;
        if (fl.align > align) align = fl.align;
      }
      // gc: a struct ending in a zero-size field gets a byte of padding, so &s.last stays inside s.
      const last = t.fields[t.fields.length - 1];
      if (last && off > 0 && layout(last.type).size === 0) off++;
      return { size: alignUp(off, align), align, ptrWords, ptrdata: words(ptrWords), offsets };
    }
  }
}

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/** The type as reflect's String prints it ("[]uint8", "map[string]int", "*main.T", "struct { a int }"). */
export function typeString(t: Type): string {
  switch (t.kind) {
    case 'basic':
      return t.name === 'untyped nil' ? 'nil' : t.name;
    case 'named':
      return t.pkg ? `${t.pkg}.${t.name}` : t.name;
    case 'pointer':
      return `*${typeString(t.elem)}`;
    case 'slice':
      return `[]${typeString(t.elem)}`;
    case 'array':
      return `[${t.len}]${typeString(t.elem)}`;
    case 'map':
      return `map[${typeString(t.key)}]${typeString(t.elem)}`;
    case 'chan': {
      const e = typeString(t.elem);
      if (t.dir === 'send') return `chan<- ${e}`;
      if (t.dir === 'recv') return `<-chan ${e}`;
      // "chan (<-chan int)" keeps the inner direction from binding to the outer chan.
      return t.elem.kind === 'chan' && t.elem.dir === 'recv' ? `chan (${e})` : `chan ${e}`;
    }
    case 'func':
      return `func${signatureString(t)}`;
    case 'struct': {
      if (t.fields.length === 0) return 'struct {}';
      const fs = t.fields.map((f) => {
        const base = f.embedded ? typeString(f.type) : `${f.name} ${typeString(f.type)}`;
        return f.tag ? `${base} ${JSON.stringify(f.tag)}` : base;
      });
      return `struct { ${fs.join('; ')} }`;
    }
    case 'interface': {
      const parts = [
        ...t.embedded.map(typeString),
        ...t.methods.map((m) => `${m.name}${m.type.kind === 'func' ? signatureString(m.type) : ''}`),
      ];
      return parts.length === 0 ? 'interface {}' : `interface { ${parts.join('; ')} }`;
    }
  }
}

function signatureString(t: Extract<Type, { kind: 'func' }>): string {
  const ps = t.params.map((p, i) =>
    t.variadic && i === t.params.length - 1 && p.kind === 'slice'
      ? `...${typeString(p.elem)}`
      : typeString(p),
  );
  let s = `(${ps.join(', ')})`;
  if (t.results.length === 1) s += ` ${typeString(t.results[0])}`;
  else if (t.results.length > 1) s += ` (${t.results.map(typeString).join(', ')})`;
  return s;
}
