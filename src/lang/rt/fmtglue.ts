// Go values to fmt operands (fmt.ts FmtArg): the part of fmt's reflection-driven printValue that
// needs the program's types — structs, pointers, slices, arrays, maps, interfaces — plus
// handleMethods (Error and String) for values that reach fmt through an interface.

import type { Env, GoMapV, RType } from './env.ts';
import type { FmtArg, Printer } from './fmt.ts';
import { type Arr, arrGet, GoStr, type Iface, Slice, sliceBytes } from './value.ts';

/** The fmt operand for an interface value (nil → null, printed as <nil>). */
export function fmtArg(env: Env, x: Iface | null): FmtArg | null {
  if (x === null) return null;
  return valueArg(env, x.t as RType, x.v, 0, true);
}

function kindOf(t: RType): FmtArg['kind'] {
  switch (t.kind) {
    case 'bool':
      return 'bool';
    case 'int':
    case 'int8':
    case 'int16':
    case 'int32':
    case 'int64':
      return 'int';
    case 'uint':
    case 'uint8':
    case 'uint16':
    case 'uint32':
    case 'uint64':
    case 'uintptr':
      return 'uint';
    case 'float32':
      return 'float32';
    case 'float64':
      return 'float64';
    case 'string':
      return 'string';
    case 'slice':
    case 'array':
      return t.elem?.kind === 'uint8' ? 'bytes' : 'other';
    case 'ptr':
      return 'pointer';
    default:
      return 'other';
  }
}

/** Address printed for a pointer-like value (%p, nested pointers). */
function addrOfValue(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (v instanceof Slice) return v.arr.$a || 0xc000010000;
  const a =
    (v as { $a?: number; hmapAddr?: number; addr?: number }).$a ??
    (v as { hmapAddr?: number }).hmapAddr ??
    (v as { addr?: number }).addr ??
    0;
  return a || 0xc000010000;
}

function valueArg(env: Env, t: RType, v: unknown, depth: number, canInterface: boolean): FmtArg {
  const kind = kindOf(t);
  const arg: FmtArg = { kind, type: t.str, value: undefined };
  switch (kind) {
    case 'string':
      arg.value = (v as GoStr).s;
      break;
    case 'bytes':
      arg.value = t.kind === 'array' ? Uint8Array.from(v as number[]) : sliceBytes(v as Slice | null);
      if (v === null) arg.printValue = (p, verb) => printSlice(env, p, t, v as null, verb, depth);
      break;
    case 'pointer':
      arg.value = addrOfValue(v);
      arg.printValue = (p, verb) => printPointer(env, p, t, v, verb, depth);
      break;
    case 'other':
      arg.printValue = (p, verb) => printComposite(env, p, t, v, verb, depth);
      break;
    default:
      arg.value = v;
  }
  if (canInterface) {
    const m = t.methods.Error ?? t.methods.String;
    if (m && !(v === null && t.kind === 'ptr' && !t.methods.Error && false)) {
      arg.stringMethod = () => {
        const r = env.callSync(m, v) as GoStr;
        return r.s;
      };
    }
  }
  return arg;
}

function printNested(
  env: Env,
  p: Printer,
  t: RType,
  v: unknown,
  verb: string,
  depth: number,
  canInterface: boolean,
): void {
  if (t.kind === 'interface') {
    const x = v as Iface | null;
    if (x === null) {
      if (p.sharpV) {
        p.buf += t.str;
        p.buf += '(nil)';
      } else p.pad('<nil>');
      return;
    }
    printNested(env, p, x.t as RType, x.v, verb, depth, canInterface);
    return;
  }
  const arg = valueArg(env, t, v, depth, canInterface);
  if (arg.kind === 'pointer' || arg.kind === 'other' || (arg.kind === 'bytes' && v === null)) {
    if (arg.stringMethod && !p.sharpV && 'vsxXq'.includes(verb)) {
      p.fmtString(arg.stringMethod(), verb);
      return;
    }
    arg.printValue!(p, verb, depth);
    return;
  }
  p.printArg(arg, verb);
}

function printPointer(env: Env, p: Printer, t: RType, v: unknown, verb: string, depth: number): void {
  if (v === null) {
    if (p.sharpV) {
      p.buf += `(${t.str})(nil)`;
    } else if (verb === 'v' || verb === 's') p.pad('<nil>');
    else p.fmtIntegerVerb(0n, false, verb);
    return;
  }
  const et = t.elem!;
  if (
    depth === 0 &&
    (et.kind === 'struct' || et.kind === 'array' || et.kind === 'slice' || et.kind === 'map')
  ) {
    if (
      verb === 'v' ||
      verb === 's' ||
      verb === 'd' ||
      verb === 'x' ||
      verb === 'X' ||
      verb === 'q' ||
      verb === 'f' ||
      verb === 'g' ||
      verb === 't'
    ) {
      p.buf += '&';
      const target = et.kind === 'struct' || et.kind === 'array' ? v : (v as { v: unknown }).v;
      printNested(env, p, et, target, verb, depth + 1, false);
      return;
    }
  }
  const a = BigInt(addrOfValue(v));
  if (p.sharpV) {
    p.buf += `(${t.str})(`;
    p.buf += `0x${a.toString(16)}`;
    p.buf += ')';
    return;
  }
  if (verb === 'v' || verb === 'p') {
    p.buf += `0x${a.toString(16)}`;
    return;
  }
  p.fmtIntegerVerb(a, false, verb);
}

function printSlice(env: Env, p: Printer, t: RType, s: Slice | null, verb: string, depth: number): void {
  if (p.sharpV) {
    if (s === null) {
      p.buf += `${t.str}(nil)`;
      return;
    }
    p.buf += `${t.str}{`;
    for (let i = 0; i < s.len; i++) {
      if (i > 0) p.buf += ', ';
      printNested(env, p, t.elem!, elemAt(s.arr, s.off + i), verb, depth + 1, true);
    }
    p.buf += '}';
    return;
  }
  p.buf += '[';
  const n = s === null ? 0 : s.len;
  for (let i = 0; i < n; i++) {
    if (i > 0) p.buf += ' ';
    printNested(env, p, t.elem!, elemAt(s!.arr, s!.off + i), verb, depth + 1, true);
  }
  p.buf += ']';
}

function elemAt(a: Arr, i: number): unknown {
  return arrGet(a, i);
}

function printComposite(env: Env, p: Printer, t: RType, v: unknown, verb: string, depth: number): void {
  switch (t.kind) {
    case 'struct': {
      const o = v as Record<string, unknown>;
      if (p.sharpV) p.buf += t.str;
      p.buf += '{';
      t.fields.forEach((f, i) => {
        if (i > 0) p.buf += p.sharpV ? ', ' : ' ';
        if (p.plusV || p.sharpV) p.buf += `${f.name}:`;
        printNested(env, p, f.type, o[f.prop], verb, depth + 1, f.exported);
      });
      p.buf += '}';
      return;
    }
    case 'array': {
      const a = v as unknown[];
      if (p.sharpV) {
        p.buf += `${t.str}{`;
        a.forEach((x, i) => {
          if (i > 0) p.buf += ', ';
          printNested(env, p, t.elem!, x, verb, depth + 1, true);
        });
        p.buf += '}';
        return;
      }
      p.buf += '[';
      a.forEach((x, i) => {
        if (i > 0) p.buf += ' ';
        printNested(env, p, t.elem!, x, verb, depth + 1, true);
      });
      p.buf += ']';
      return;
    }
    case 'slice':
      printSlice(env, p, t, v as Slice | null, verb, depth);
      return;
    case 'map': {
      const m = v as GoMapV | null;
      if (p.sharpV) {
        if (m === null) {
          p.buf += `${t.str}(nil)`;
          return;
        }
        p.buf += `${t.str}{`;
      } else p.buf += 'map[';
      const entries: [unknown, unknown][] = [];
      if (m !== null) {
        const it = env.mapIter(m);
        for (let kv = env.mapNext(it); kv !== null; kv = env.mapNext(it)) entries.push(kv);
      }
      entries.sort((a, b) => compareKeys(t.key!, a[0], b[0]));
      entries.forEach(([k, x], i) => {
        if (i > 0) p.buf += p.sharpV ? ', ' : ' ';
        printNested(env, p, t.key!, k, verb, depth + 1, true);
        p.buf += ':';
        printNested(env, p, t.elem!, x, verb, depth + 1, true);
      });
      p.buf += p.sharpV ? '}' : ']';
      return;
    }
    case 'chan':
    case 'func': {
      if (v === null) {
        if (p.sharpV) p.buf += `(${t.str})(nil)`;
        else p.pad(verb === 'v' ? '<nil>' : '%!v(<nil>)');
        return;
      }
      const a = BigInt(addrOfValue(v));
      if (p.sharpV) p.buf += `(${t.str})(0x${a.toString(16)})`;
      else p.buf += `0x${a.toString(16)}`;
      return;
    }
    default:
      p.buf += `%!${verb}(${t.str})`;
  }
}

/** fmt's internal/fmtsort ordering of map keys. */
function compareKeys(t: RType, a: unknown, b: unknown): number {
  switch (t.kind) {
    case 'string': {
      const x = (a as GoStr).s;
      const y = (b as GoStr).s;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'bool':
      return a === b ? 0 : a ? 1 : -1;
    case 'float32':
    case 'float64': {
      const x = a as number;
      const y = b as number;
      if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : -1;
      if (Number.isNaN(y)) return 1;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'struct': {
      const x = a as Record<string, unknown>;
      const y = b as Record<string, unknown>;
      for (const f of t.fields) {
        const c = compareKeys(f.type, x[f.prop], y[f.prop]);
        if (c !== 0) return c;
      }
      return 0;
    }
    case 'array': {
      const x = a as unknown[];
      const y = b as unknown[];
      for (let i = 0; i < x.length; i++) {
        const c = compareKeys(t.elem!, x[i], y[i]);
        if (c !== 0) return c;
      }
      return 0;
    }
    case 'interface': {
      const x = a as Iface | null;
      const y = b as Iface | null;
      if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
      // fmtsort orders interface keys by their type descriptors' addresses, which the linker lays
      // out in type-name order
      if (x.t !== y.t) return x.t.str < y.t.str ? -1 : x.t.str > y.t.str ? 1 : 0;
      return compareKeys(x.t as RType, x.v, y.v);
    }
    default: {
      if (typeof a === 'number' || typeof a === 'bigint') {
        const x = a as number;
        const y = b as number;
        return x < y ? -1 : x > y ? 1 : 0;
      }
      return 0;
    }
  }
}

export { GoStr };
