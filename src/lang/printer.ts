// Expressions and simple statements as text, the way cmd/compile prints them inside messages
// (syntax.String, "ShortForm"): binary operators spaced, non-empty function bodies and composite literal
// elements shown as {…}, lists joined with ", ". Parenthesised expressions print their parentheses.
// cmd/compile's messages ("cannot use x++ as value") and, in the next step, the type checker's
// ("cannot use (1 + 2) * 3 (untyped int constant 9) as string value") quote source this way.

import type { Expr, Field, FieldList, FuncType, Stmt } from './ast.ts';

export function exprString(x: Expr): string {
  switch (x.kind) {
    case 'BadExpr':
      return '<bad expr>';
    case 'Ident':
      return x.name;
    case 'BasicLit':
      return x.value;
    case 'Ellipsis':
      return x.elt ? `...${exprString(x.elt)}` : '...';
    case 'CompositeLit':
      return `${x.type ? exprString(x.type) : ''}{${x.elts.length > 0 ? '…' : ''}}`;
    case 'FuncLit':
      return `${exprString(x.type)} {${x.body.list.length > 0 ? '…' : ''}}`;
    case 'ParenExpr':
      return `(${exprString(x.x)})`;
    case 'SelectorExpr':
      return `${exprString(x.x)}.${x.sel.name}`;
    case 'IndexExpr':
      return `${exprString(x.x)}[${exprString(x.index)}]`;
    case 'IndexListExpr':
      return `${exprString(x.x)}[${exprListString(x.indices)}]`;
    case 'SliceExpr': {
      let s = `${exprString(x.x)}[`;
      if (x.low) s += exprString(x.low);
      s += ':';
      if (x.high) s += exprString(x.high);
      if (x.max) s += `:${exprString(x.max)}`;
      return `${s}]`;
    }
    case 'TypeAssertExpr':
      return `${exprString(x.x)}.(${x.type ? exprString(x.type) : 'type'})`;
    case 'CallExpr':
      return `${exprString(x.fun)}(${exprListString(x.args)}${x.ellipsis >= 0 ? '...' : ''})`;
    case 'StarExpr':
      return `*${exprString(x.x)}`;
    case 'UnaryExpr':
      return `${x.op}${exprString(x.x)}`;
    case 'BinaryExpr':
      return `${exprString(x.x)} ${x.op} ${exprString(x.y)}`;
    case 'KeyValueExpr':
      return `${exprString(x.key)}: ${exprString(x.value)}`;
    case 'ArrayType':
      return `[${exprString(x.len)}]${exprString(x.elt)}`;
    case 'SliceType':
      return `[]${exprString(x.elt)}`;
    case 'StructType':
      return `struct{${x.fields.list.map(fieldString).join('; ')}}`;
    case 'FuncType':
      return `func${signatureString(x)}`;
    case 'InterfaceType':
      return `interface{${x.methods.list
        .map((m) =>
          m.names.length > 0 && m.type.kind === 'FuncType'
            ? `${m.names[0].name}${signatureString(m.type)}`
            : exprString(m.type),
        )
        .join('; ')}}`;
    case 'MapType':
      return `map[${exprString(x.key)}]${exprString(x.value)}`;
    case 'ChanType': {
      let s = x.dir === 'recv' ? '<-chan' : x.dir === 'send' ? 'chan<-' : 'chan';
      s += ' ';
      if (x.dir === 'both' && x.value.kind === 'ChanType' && x.value.dir === 'recv') {
        s += `(${exprString(x.value)})`;
      } else s += exprString(x.value);
      return s;
    }
  }
}

export function exprListString(list: readonly Expr[]): string {
  return list.map(exprString).join(', ');
}

function fieldString(f: Field): string {
  let s =
    f.names.length > 0
      ? `${f.names.map((n) => n.name).join(', ')} ${exprString(f.type)}`
      : exprString(f.type);
  if (f.tag) s += ` ${f.tag.value}`;
  return s;
}

function paramListString(l: FieldList | null, open: string, close: string): string {
  if (!l) return `${open}${close}`;
  return `${open}${l.list
    .map((f) => {
      const t = exprString(f.type.kind === 'ParenExpr' ? unparenType(f.type) : f.type);
      return f.names.length > 0 ? `${f.names.map((n) => n.name).join(', ')} ${t}` : t;
    })
    .join(', ')}${close}`;
}

function unparenType(x: Expr): Expr {
  while (x.kind === 'ParenExpr') x = x.x;
  return x;
}

/** (params) results, as after `func` or a method name. */
export function signatureString(t: FuncType): string {
  let s = paramListString(t.params, '(', ')');
  const r = t.results;
  if (r && r.list.length > 0) {
    s += ' ';
    if (r.list.length === 1 && r.list[0].names.length === 0) s += exprString(r.list[0].type);
    else s += paramListString(r, '(', ')');
  }
  return s;
}

/** A simple statement as cmd/compile prints it ("x++", "x := 5", "ch <- v"). */
export function stmtString(s: Stmt): string {
  switch (s.kind) {
    case 'ExprStmt':
      return exprString(s.x);
    case 'SendStmt':
      return `${exprString(s.chan)} <- ${exprString(s.value)}`;
    case 'IncDecStmt':
      return `${exprString(s.x)}${s.tok}`;
    case 'AssignStmt':
      return `${exprListString(s.lhs)} ${s.tok} ${exprListString(s.rhs)}`;
    case 'EmptyStmt':
      return '';
    default:
      return s.kind;
  }
}
