// Operands of the type checker and their printed form (go/types operand.go), plus constant values
// as go/constant's String prints them.

import type { Expr } from '../ast.ts';
import { float64Of, type Value } from '../constant.ts';
import { exprString } from '../printer.ts';
import { formatFloat, quote } from '../rt/strconv.ts';
import type { Type } from '../types.ts';
import type { BuiltinId } from './objects.ts';
import { isUntyped, typeStr } from './typeutil.ts';

export type Mode =
  | 'invalid'
  | 'novalue'
  | 'builtin'
  | 'typexpr'
  | 'constant'
  | 'variable'
  | 'mapindex'
  | 'value'
  | 'commaok'
  | 'nilvalue';

export interface Operand {
  mode: Mode;
  type: Type;
  val: Value | null;
  expr: Expr | null;
  builtin?: BuiltinId;
  /** The result types of a call returning several values (type is then invalid). */
  tuple?: Type[];
  /** The result names of that call's signature, if declared. */
  tupleNames?: string[];
}

const modeString: Record<Mode, string> = {
  invalid: 'invalid operand',
  novalue: 'no value',
  builtin: 'built-in',
  typexpr: 'type',
  constant: 'constant',
  variable: 'variable',
  mapindex: 'map index expression',
  value: 'value',
  commaok: 'comma, ok expression',
  nilvalue: 'nil',
};

/** go/constant's Value.String: decimal integers, quoted strings (shortened), floats as %.6g. */
export function valueString(v: Value): string {
  switch (v.kind) {
    case 'bool':
      return String(v.v);
    case 'int':
      return v.v.toString();
    case 'string': {
      const q = quote(v.v);
      // go/constant shortens long strings to 72 characters with "..."
      if (q.length > 72) return `${q.slice(0, 72 - 3 - 1)}..."`;
      return q;
    }
    case 'float': {
      const f = float64Of(v);
      if (Number.isFinite(f)) return formatFloat(f, 'g', 6);
      return bigFloatString(v.v);
    }
    case 'complex': {
      const re = valueString({ kind: 'float', v: v.re });
      const im = valueString({ kind: 'float', v: v.im });
      return `(${re} + ${im}i)`;
    }
    default:
      return 'unknown';
  }
}

/** %.6g of a rational beyond float64's range ("1e+500"), computed on the exact value. */
function bigFloatString(r: { num: bigint; den: bigint }): string {
  const neg = r.num < 0n;
  const num = neg ? -r.num : r.num;
  let e = num.toString().length - r.den.toString().length;
  const scaled = (k: number) =>
    k >= 0 ? (num * 10n ** BigInt(k)) / r.den : num / (r.den * 10n ** BigInt(-k));
  let m = scaled(5 - e);
  if (m >= 1000000n) {
    e++;
    m = scaled(5 - e);
  } else if (m < 100000n) {
    e--;
    m = scaled(5 - e);
  }
  // round half to even on the next digit
  const next = scaled(6 - e) % 10n;
  if (next > 5n || (next === 5n && m % 2n === 1n)) m++;
  if (m >= 1000000n) {
    m /= 10n;
    e++;
  }
  const digits = m.toString().replace(/0+$/, '');
  const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const exp = `${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return `${neg ? '-' : ''}${mant}e${exp}`;
}

/** The operand as types2 prints it: "x (variable of type int)", "256 (untyped int constant)". */
export function operandString(x: Operand, pkg: string, anyT: Type | null): string {
  if (x.mode === 'nilvalue') return 'nil';
  const expr = x.expr ? exprString(x.expr) : '';
  let s = expr ? `${expr} (` : '';
  let hasType = false;
  if (x.mode !== 'invalid' && x.mode !== 'novalue' && x.mode !== 'builtin' && x.mode !== 'typexpr') {
    if (isUntyped(x.type)) s += `${typeStr(x.type, pkg, anyT)} `;
    else hasType = true;
  }
  s += modeString[x.mode];
  if (x.mode === 'constant' && x.val) {
    const vs = valueString(x.val);
    if (vs !== expr) s += ` ${vs}`;
  }
  if (hasType) {
    if (x.type.kind === 'basic' && x.type.name === 'invalid type') s += ' with invalid type';
    else s += ` of type ${typeStr(x.type, pkg, anyT)}`;
  }
  if (expr) s += ')';
  return s;
}
