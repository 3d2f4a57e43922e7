// A compact S-expression of a syntax tree, for tests and debugging: `(BinaryExpr a + (CallExpr f [x]))`.
// Identifiers print as their name and literals as their source text; other nodes as (Kind fields...),
// with lists in [...], absent children as _, and positions left out. Strings such as operators print
// bare; boolean flags print as their name when set.

import type { Node } from './ast.ts';

const skipped: ReadonlySet<string> = new Set([
  'kind',
  'pos',
  'end',
  'filename',
  'lineStarts',
  'size',
  'comments',
  'imports',
  'bad',
  'pragma',
  'linknames',
]);

function dumpValue(key: string, v: unknown): string | null {
  if (v === null || v === undefined) return '_';
  if (typeof v === 'number') {
    if (key === 'iota') return `iota=${v}`;
    if (key === 'ellipsis') return v >= 0 ? '...' : null;
    if (key === 'assign') return v >= 0 ? 'alias' : null;
    return null;
  }
  if (typeof v === 'boolean') return v ? key : null;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return `[${v.map((x) => dumpValue(key, x)).join(' ')}]`;
  if (typeof v === 'object' && 'kind' in v) return dumpNode(v as Node);
  return null;
}

export function dumpNode(n: Node): string {
  switch (n.kind) {
    case 'Ident':
      return n.name;
    case 'BasicLit':
      return n.value;
    case 'FieldList':
      return `[${n.list.map(dumpNode).join(' ')}]`;
  }
  const parts: string[] = [n.kind];
  for (const [k, v] of Object.entries(n)) {
    if (skipped.has(k)) continue;
    const s = dumpValue(k, v);
    if (s !== null) parts.push(s);
  }
  return `(${parts.join(' ')})`;
}
