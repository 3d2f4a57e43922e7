// Type-directed helpers of the code generator: how each Go type is represented in JS (rt/value.ts),
// its zero value, copy, equality and the pointer words a store must write.

import { type Layout, layout, type Type, typeString, under } from '../types.ts';

export type Basic = Extract<Type, { kind: 'basic' }>;

export function basicOf(t: Type): Basic | null {
  const u = under(t);
  return u.kind === 'basic' ? u : null;
}

export function isBasic(t: Type, ...names: string[]): boolean {
  const b = basicOf(t);
  return b !== null && names.includes(b.name);
}

/** int, int64, uint, uint64, uintptr: the number-or-bigint representation. */
export function is64(t: Type): boolean {
  return isBasic(t, 'int', 'int64', 'uint', 'uint64', 'uintptr', 'untyped int');
}

export function isUnsignedT(t: Type): boolean {
  const b = basicOf(t);
  return b !== null && (b.name.startsWith('uint') || b.name === 'uintptr');
}

export function isIntT(t: Type): boolean {
  const b = basicOf(t);
  return b !== null && /^(u?int(8|16|32|64)?|uintptr|untyped int|untyped rune)$/.test(b.name);
}

export function isFloatT(t: Type): boolean {
  const b = basicOf(t);
  return b !== null && (b.name === 'float32' || b.name === 'float64' || b.name === 'untyped float');
}

export function isStringT(t: Type): boolean {
  return isBasic(t, 'string', 'untyped string');
}

export function isBoolT(t: Type): boolean {
  return isBasic(t, 'bool', 'untyped bool');
}

/** Bits of a sized integer type (64 for int/uint/uintptr). */
export function intBits(t: Type): number {
  const n = basicOf(t)?.name ?? '';
  const m = /(\d+)$/.exec(n);
  if (n === 'untyped rune') return 32;
  return m ? Number(m[1]) : 64;
}

export function isInterfaceT(t: Type): boolean {
  return under(t).kind === 'interface';
}

/** Aggregates with value semantics that the JS side holds as mutable objects (copied on assignment). */
export function isAggregate(t: Type): boolean {
  const k = under(t).kind;
  return k === 'struct' || k === 'array';
}

export function hasPointers(t: Type): boolean {
  return layoutOf(t).ptrdata > 0;
}

const layouts = new WeakMap<Type, Layout>();
export function layoutOf(t: Type): Layout {
  let l = layouts.get(t);
  if (!l) {
    l = layout(t);
    layouts.set(t, l);
  }
  return l;
}

export function sizeOf(t: Type): number {
  return layoutOf(t).size;
}

/** The typed-array kind for slices/arrays of numeric elements, or null for JS arrays. */
export function numKind(t: Type): 'f64' | 'f32' | 'i32' | 'u32' | 'i16' | 'u16' | 'i8' | 'u8' | 'big' | null {
  const b = basicOf(t);
  if (b === null) return null;
  switch (b.name) {
    case 'float64':
      return 'f64';
    case 'float32':
      return 'f32';
    case 'int32':
      return 'i32';
    case 'uint32':
      return 'u32';
    case 'int16':
      return 'i16';
    case 'uint16':
      return 'u16';
    case 'int8':
      return 'i8';
    case 'uint8':
      return 'u8';
    case 'int':
    case 'int64':
    case 'uint':
    case 'uint64':
    case 'uintptr':
      return 'big';
    default:
      return null;
  }
}

/** A stable key for a type (reflect string plus identity for unnamed local duplicates). */
export function typeKey(t: Type): string {
  return typeString(t);
}

/** Sanitised JS property name of a struct field. */
export function fieldProp(name: string, index: number): string {
  return name === '_' ? `_$${index}` : `_${name}`;
}
