// Type predicates, identity, type strings and field/method lookup (go/types predicates.go,
// typestring.go, lookup.go) over the Type shapes of ../types.ts.

import type { Field, Method, Type } from '../types.ts';
import type { Universe } from './objects.ts';

export type FuncT = Extract<Type, { kind: 'func' }>;
export type NamedT = Extract<Type, { kind: 'named' }>;
export type InterfaceT = Extract<Type, { kind: 'interface' }>;
export type StructT = Extract<Type, { kind: 'struct' }>;

/** The underlying type, or the type itself while a named type is being declared (invalid then). */
export function underOf(t: Type): Type {
  let u = t;
  for (let i = 0; u.kind === 'named'; i++) {
    if (u.underlying === null || i > 100) return { kind: 'basic', name: 'invalid type' };
    u = u.underlying;
  }
  return u;
}

const isBasic = (t: Type, pred: (n: string) => boolean) => {
  const u = underOf(t);
  return u.kind === 'basic' && pred(u.name);
};
export const isInvalid = (t: Type) => t.kind === 'basic' && t.name === 'invalid type';
export const isUntyped = (t: Type) => t.kind === 'basic' && t.name.startsWith('untyped');
export const isTyped = (t: Type) => !isUntyped(t);
export const isBoolean = (t: Type) => isBasic(t, (n) => n === 'bool' || n === 'untyped bool');
export const isString = (t: Type) => isBasic(t, (n) => n === 'string' || n === 'untyped string');
export const isInteger = (t: Type) =>
  isBasic(t, (n) => /^u?int(8|16|32|64|ptr)?$/.test(n) || n === 'untyped int' || n === 'untyped rune');
export const isUnsigned = (t: Type) => isBasic(t, (n) => n.startsWith('uint'));
export const isFloat = (t: Type) => isBasic(t, (n) => n.startsWith('float') || n === 'untyped float');
export const isComplex = (t: Type) => isBasic(t, (n) => n.startsWith('complex') || n === 'untyped complex');
export const isNumeric = (t: Type) => isInteger(t) || isFloat(t) || isComplex(t);
export const isConstType = (t: Type) => isBasic(t, (n) => n !== 'unsafe.Pointer' && n !== 'untyped nil');
export const isOrdered = (t: Type) => isInteger(t) || isFloat(t) || isString(t);
export const isNilType = (t: Type) => t.kind === 'basic' && t.name === 'untyped nil';
export const isInterface = (t: Type) => underOf(t).kind === 'interface';

/** The basic kind name of a basic (or named basic) type, else ''. */
export function basicName(t: Type): string {
  const u = underOf(t);
  return u.kind === 'basic' ? u.name : '';
}

/** Default type of an untyped type (spec "Constants"). */
export function defaultType(u: Universe, t: Type): Type {
  if (t.kind !== 'basic') return t;
  switch (t.name) {
    case 'untyped bool':
      return u.types.bool;
    case 'untyped int':
      return u.types.int;
    case 'untyped rune':
      return u.types.int32;
    case 'untyped float':
      return u.types.float64;
    case 'untyped complex':
      return u.types.complex128;
    case 'untyped string':
      return u.types.string;
    default:
      return t;
  }
}

/** Whether a type is or is built from the invalid type (errors about it were reported already). */
export function containsInvalid(t: Type, depth = 0): boolean {
  if (depth > 20) return false;
  switch (t.kind) {
    case 'basic':
      return t.name === 'invalid type';
    case 'pointer':
    case 'slice':
    case 'array':
    case 'chan':
      return containsInvalid(t.elem, depth + 1);
    case 'map':
      return containsInvalid(t.key, depth + 1) || containsInvalid(t.elem, depth + 1);
    default:
      return false;
  }
}

/** Type identity (spec "Type identity"). */
export function identical(a: Type, b: Type, seen: [Type, Type][] = [], ignoreTags = false): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'basic':
      return a.name === (b as typeof a).name;
    case 'named':
      return false;
    case 'pointer':
    case 'slice':
      return identical(a.elem, (b as typeof a).elem, seen, ignoreTags);
    case 'array': {
      const y = b as typeof a;
      return a.len === y.len && identical(a.elem, y.elem, seen, ignoreTags);
    }
    case 'map': {
      const y = b as typeof a;
      return identical(a.key, y.key, seen, ignoreTags) && identical(a.elem, y.elem, seen, ignoreTags);
    }
    case 'chan': {
      const y = b as typeof a;
      return a.dir === y.dir && identical(a.elem, y.elem, seen, ignoreTags);
    }
    case 'struct': {
      const y = b as typeof a;
      return (
        a.fields.length === y.fields.length &&
        a.fields.every(
          (f, i) =>
            f.name === y.fields[i].name &&
            f.embedded === y.fields[i].embedded &&
            (ignoreTags || f.tag === y.fields[i].tag) &&
            identical(f.type, y.fields[i].type, seen, ignoreTags),
        )
      );
    }
    case 'func': {
      const y = b as typeof a;
      return (
        a.variadic === y.variadic &&
        a.params.length === y.params.length &&
        a.results.length === y.results.length &&
        a.params.every((p, i) => identical(p, y.params[i], seen, ignoreTags)) &&
        a.results.every((p, i) => identical(p, y.results[i], seen, ignoreTags))
      );
    }
    case 'interface': {
      // interfaces may refer to themselves through method signatures: a pair already being compared
      // is assumed identical (go/types ifacePair)
      if (seen.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) return true;
      const ma = interfaceMethods(a);
      const mb = interfaceMethods(b as typeof a);
      const next: [Type, Type][] = [...seen, [a, b]];
      return (
        ma.length === mb.length &&
        ma.every((m, i) => m.name === mb[i].name && identical(m.type, mb[i].type, next, ignoreTags))
      );
    }
  }
}

/** All methods of an interface, embedded ones included, sorted by name (go/types type sets). */
export function interfaceMethods(t: InterfaceT, depth = 0): Method[] {
  const out = new Map<string, Method>();
  for (const m of t.methods) out.set(m.name, m);
  if (depth < 50) {
    for (const e of t.embedded) {
      const u = underOf(e);
      if (u.kind !== 'interface') continue;
      for (const m of interfaceMethods(u, depth + 1)) if (!out.has(m.name)) out.set(m.name, m);
    }
  }
  return [...out.values()].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}

/** Whether values of t can be compared with == (spec "Comparison operators"). */
export function comparable(t: Type, seen = new Set<Type>()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  const u = underOf(t);
  switch (u.kind) {
    case 'basic':
      return u.name !== 'untyped nil';
    case 'pointer':
    case 'chan':
    case 'interface':
      return true;
    case 'struct':
      return u.fields.every((f) => comparable(f.type, seen));
    case 'array':
      return comparable(u.elem, seen);
    default:
      return false;
  }
}

/** Whether a type (transitively) contains a type parameter: never, in this dialect. */
export function hasNil(t: Type): boolean {
  const u = underOf(t);
  return (
    u.kind === 'pointer' ||
    u.kind === 'slice' ||
    u.kind === 'map' ||
    u.kind === 'chan' ||
    u.kind === 'func' ||
    u.kind === 'interface' ||
    (u.kind === 'basic' && u.name === 'unsafe.Pointer')
  );
}

/**
 * The type as types2 prints it in messages, qualified relative to package `pkg` (types of the checked
 * package unqualified, others as "time.Duration").
 */
export function typeStr(t: Type, pkg: string, anyT: Type | null = null): string {
  const s = (x: Type) => typeStr(x, pkg, anyT);
  switch (t.kind) {
    case 'basic':
      return t.alias ?? t.name;
    case 'named':
      return t.pkg && t.pkg !== pkg ? `${t.pkg}.${t.name}` : t.name;
    case 'pointer':
      return `*${s(t.elem)}`;
    case 'slice':
      return `[]${s(t.elem)}`;
    case 'array':
      return `[${t.len}]${s(t.elem)}`;
    case 'map':
      return `map[${s(t.key)}]${s(t.elem)}`;
    case 'chan': {
      const e = s(t.elem);
      if (t.dir === 'send') return `chan<- ${e}`;
      if (t.dir === 'recv') return `<-chan ${e}`;
      return t.elem.kind === 'chan' && t.elem.dir === 'recv' ? `chan (${e})` : `chan ${e}`;
    }
    case 'func':
      return `func${sigStr(t, pkg, anyT)}`;
    case 'struct':
      return `struct{${t.fields
        .map((f) => {
          const base = f.embedded ? s(f.type) : `${f.name} ${s(f.type)}`;
          return f.tag ? `${base} ${JSON.stringify(f.tag)}` : base;
        })
        .join('; ')}}`;
    case 'interface': {
      if (t === anyT) return 'any';
      const parts = [
        ...t.methods.map((m) => `${m.name}${m.type.kind === 'func' ? sigStr(m.type, pkg, anyT) : ''}`),
        ...t.embedded.map(s),
      ];
      return `interface{${parts.join('; ')}}`;
    }
  }
}

/** A signature as types2 prints it: parameter names kept, "func(s string, xs ...int) (n int, err error)". */
export function sigStr(t: FuncT, pkg: string, anyT: Type | null = null): string {
  const named = (names: string[] | undefined, i: number, s: string) => {
    const n = names?.[i];
    return n ? `${n} ${s}` : s;
  };
  const ps = t.params.map((p, i) =>
    named(
      t.paramNames,
      i,
      t.variadic && i === t.params.length - 1 && p.kind === 'slice'
        ? `...${typeStr(p.elem, pkg, anyT)}`
        : typeStr(p, pkg, anyT),
    ),
  );
  let out = `(${ps.join(', ')})`;
  const rs = t.results.map((r, i) => named(t.resultNames, i, typeStr(r, pkg, anyT)));
  if (rs.length === 1 && !t.resultNames?.[0]) out += ` ${rs[0]}`;
  else if (rs.length > 0) out += ` (${rs.join(', ')})`;
  return out;
}

/** The result of a field or method lookup (go/types LookupFieldOrMethod). */
export type Lookup =
  | { kind: 'field'; field: Field; index: number[]; indirect: boolean }
  | { kind: 'method'; method: Method; recvNamed: Type | null; index: number[]; indirect: boolean }
  | { kind: 'ambiguous'; index: number[] }
  | { kind: 'none' };

/**
 * Looks up a field or method `name` in T (spec "Selectors"): breadth first through embedded fields, the
 * shallowest depth wins, two at the same depth are ambiguous. `indirect` says a pointer was followed.
 */
export function lookupFieldOrMethod(T: Type, name: string): Lookup {
  let typ = T;
  let isPtr = false;
  if (typ.kind === 'pointer') {
    const u = underOf(typ.elem);
    // methods of *T where T is a named non-pointer, non-interface type
    if (u.kind !== 'pointer' && u.kind !== 'interface') {
      typ = typ.elem;
      isPtr = true;
    }
  } else if (typ.kind === 'named' && underOf(typ).kind === 'pointer') {
    // a named pointer type has no methods; fields of its base are still selectable
    const base = (underOf(typ) as { elem: Type }).elem;
    const r = lookupFieldOrMethod(base, name);
    return r.kind === 'method' ? { kind: 'none' } : r;
  }
  type Entry = { t: Type; index: number[]; indirect: boolean };
  let current: Entry[] = [{ t: typ, index: [], indirect: isPtr }];
  const seen = new Set<Type>();
  while (current.length > 0) {
    const next: Entry[] = [];
    let found: Lookup | null = null;
    let count = 0;
    for (const e of current) {
      let t = e.t;
      if (t.kind === 'named') {
        if (seen.has(t)) continue;
        seen.add(t);
        const m = t.methods.find((x) => x.name === name);
        if (m) {
          count++;
          found = { kind: 'method', method: m, recvNamed: t, index: e.index, indirect: e.indirect };
          continue;
        }
        t = underOf(t);
      }
      if (t.kind === 'struct') {
        t.fields.forEach((f, i) => {
          if (f.name === name) {
            count++;
            found = { kind: 'field', field: f, index: [...e.index, i], indirect: e.indirect };
          }
          if (f.embedded) {
            let ft = f.type;
            let ind = e.indirect;
            if (ft.kind === 'pointer') {
              ft = ft.elem;
              ind = true;
            }
            next.push({ t: ft, index: [...e.index, i], indirect: ind });
          }
        });
      } else if (t.kind === 'interface') {
        const m = interfaceMethods(t).find((x) => x.name === name);
        if (m) {
          count++;
          found = { kind: 'method', method: m, recvNamed: null, index: e.index, indirect: e.indirect };
        }
      }
    }
    if (count > 1) return { kind: 'ambiguous', index: [] };
    if (found) return found;
    current = next;
  }
  return { kind: 'none' };
}

/**
 * Why T does not implement interface I, or '' if it does (go/types missingMethod), worded as types2
 * with compiler error messages: "T does not implement I (missing M method)".
 */
export function missingMethod(
  T: Type,
  I: InterfaceT,
  pkg: string,
  anyT: Type | null,
): { method: string; reason: string } | null {
  const ts = (t: Type) => typeStr(t, pkg, anyT);
  for (const m of interfaceMethods(I)) {
    const u = underOf(T);
    if (u.kind === 'interface') {
      const have = interfaceMethods(u).find((x) => x.name === m.name);
      if (!have) return { method: m.name, reason: `(missing ${m.name} method)` };
      if (!identical(have.type, m.type)) return { method: m.name, reason: wrongType(m, have, pkg, anyT) };
      continue;
    }
    const r = lookupFieldOrMethod(T, m.name);
    if (r.kind !== 'method') return { method: m.name, reason: `(missing ${m.name} method)` };
    if (!identical(r.method.type, m.type))
      return { method: m.name, reason: wrongType(m, r.method, pkg, anyT) };
    if (r.method.ptrRecv && !r.indirect && T.kind !== 'pointer') {
      return { method: m.name, reason: `(${m.name} method has pointer receiver)` };
    }
    void ts;
  }
  return null;
}

function wrongType(want: Method, have: Method, pkg: string, anyT: Type | null): string {
  const h = have.type.kind === 'func' ? sigStr(have.type, pkg, anyT) : '';
  const w = want.type.kind === 'func' ? sigStr(want.type, pkg, anyT) : '';
  return `(wrong type for ${want.name} method)\n\t\thave ${want.name}${h}\n\t\twant ${want.name}${w}`;
}
