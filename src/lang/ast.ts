// The syntax tree of a Go 1.19 source file. Node names and shapes follow go/ast (File, GenDecl, FuncDecl,
// BinaryExpr, CompositeLit, ...), with a few changes that make the checker's life simpler:
//   - every union is discriminated by `kind`;
//   - slices have their own node (SliceType) instead of an ArrayType without length; `[...]T` is an
//     ArrayType whose len is an Ellipsis with no element;
//   - a switch's and select's clauses are typed lists (clauses) instead of a BlockStmt of statements;
//   - a type switch keeps its bound name and its guard directly (lhs, guard);
//   - a range statement keeps any iteration variables beyond two in `extra` (an error for the checker).
//
// Positions are byte offsets into the UTF-8 source (0-based; NoPos = -1). `pos` is where the node starts
// (go/ast's Pos(), syntax.StartPos) and `end` is just after its last byte. Nodes also carry the positions
// of their significant tokens (opPos, lparen, lbrack, dot, colon, tokPos, ...), because cmd/compile reports
// some errors at those: `syntaxPos` returns the position cmd/compile's syntax package gives each node.
// File.lineStarts turns an offset into the line and byte column the go tool prints (`positionFor`).
//
// Generic syntax (type parameters, instantiation, type-set unions and ~) parses into ordinary nodes:
// FuncType.typeParams, TypeSpec.typeParams, IndexExpr / IndexListExpr, BinaryExpr '|' and UnaryExpr '~'.

import type { Linkname, Pragma } from './directives.ts';
import type { Comment } from './scanner.ts';
import type { AssignOp, BinaryOp, LitKind, UnaryOp } from './token.ts';

export type Pos = number;
export const NoPos: Pos = -1;

interface NodeBase {
  pos: Pos;
  end: Pos;
}

// ---------------------------------------------------------------------------------------------------
// Expressions and types

export interface BadExpr extends NodeBase {
  kind: 'BadExpr';
}

export interface Ident extends NodeBase {
  kind: 'Ident';
  name: string;
}

/** A literal as written (value is its source text; the checker evaluates it). */
export interface BasicLit extends NodeBase {
  kind: 'BasicLit';
  litKind: LitKind;
  value: string;
  /** A lexical error was reported inside the literal. */
  bad: boolean;
}

/** `...T` in a variadic parameter, or the `...` of `[...]T` (elt null). */
export interface Ellipsis extends NodeBase {
  kind: 'Ellipsis';
  elt: Expr | null;
}

export interface CompositeLit extends NodeBase {
  kind: 'CompositeLit';
  /** null for an elided type inside another composite literal. */
  type: Expr | null;
  lbrace: Pos;
  elts: Expr[];
  rbrace: Pos;
}

export interface FuncLit extends NodeBase {
  kind: 'FuncLit';
  type: FuncType;
  body: BlockStmt;
}

export interface ParenExpr extends NodeBase {
  kind: 'ParenExpr';
  x: Expr;
}

export interface SelectorExpr extends NodeBase {
  kind: 'SelectorExpr';
  x: Expr;
  dot: Pos;
  sel: Ident;
}

/** x[i], including a generic instantiation with one type argument. */
export interface IndexExpr extends NodeBase {
  kind: 'IndexExpr';
  x: Expr;
  lbrack: Pos;
  index: Expr;
  rbrack: Pos;
}

/** x[A, B, ...]: a generic instantiation with several type arguments. */
export interface IndexListExpr extends NodeBase {
  kind: 'IndexListExpr';
  x: Expr;
  lbrack: Pos;
  indices: Expr[];
  rbrack: Pos;
}

export interface SliceExpr extends NodeBase {
  kind: 'SliceExpr';
  x: Expr;
  lbrack: Pos;
  low: Expr | null;
  high: Expr | null;
  max: Expr | null;
  /** x[i:j:k] */
  slice3: boolean;
  rbrack: Pos;
}

/** x.(T); type is null for the x.(type) of a type switch. */
export interface TypeAssertExpr extends NodeBase {
  kind: 'TypeAssertExpr';
  x: Expr;
  dot: Pos;
  lparen: Pos;
  type: Expr | null;
  rparen: Pos;
}

export interface CallExpr extends NodeBase {
  kind: 'CallExpr';
  fun: Expr;
  /** Position of (, or NoPos for the call cmd/compile makes up after `go f` / `defer f` (an error). */
  lparen: Pos;
  args: Expr[];
  /** Position of a final `...` (f(xs...)), or NoPos. */
  ellipsis: Pos;
  rparen: Pos;
}

/** *x: an indirection or a pointer type. */
export interface StarExpr extends NodeBase {
  kind: 'StarExpr';
  x: Expr;
}

export interface UnaryExpr extends NodeBase {
  kind: 'UnaryExpr';
  op: UnaryOp;
  x: Expr;
}

export interface BinaryExpr extends NodeBase {
  kind: 'BinaryExpr';
  x: Expr;
  opPos: Pos;
  op: BinaryOp;
  y: Expr;
}

export interface KeyValueExpr extends NodeBase {
  kind: 'KeyValueExpr';
  key: Expr;
  colon: Pos;
  value: Expr;
}

/** [N]T; `[...]T` has an Ellipsis as len. */
export interface ArrayType extends NodeBase {
  kind: 'ArrayType';
  len: Expr;
  elt: Expr;
}

/** []T */
export interface SliceType extends NodeBase {
  kind: 'SliceType';
  elt: Expr;
}

export interface StructType extends NodeBase {
  kind: 'StructType';
  /** Fields; an embedded field has no names. */
  fields: FieldList;
}

export interface FuncType extends NodeBase {
  kind: 'FuncType';
  /** Position of the `func` keyword, or NoPos (methods, interface methods). */
  func: Pos;
  typeParams: FieldList | null;
  params: FieldList;
  /** null when there are no results. */
  results: FieldList | null;
}

/**
 * interface{...}: a method is a Field with one name and a FuncType; an embedded element (an interface
 * name, or a type-set term union such as ~int | string) is a Field without names.
 */
export interface InterfaceType extends NodeBase {
  kind: 'InterfaceType';
  methods: FieldList;
}

export interface MapType extends NodeBase {
  kind: 'MapType';
  key: Expr;
  value: Expr;
}

export type ChanDir = 'both' | 'send' | 'recv';

export interface ChanType extends NodeBase {
  kind: 'ChanType';
  dir: ChanDir;
  /** Position of the `<-` (NoPos for a bidirectional channel). */
  arrow: Pos;
  value: Expr;
}

export type TypeExpr =
  | ArrayType
  | SliceType
  | StructType
  | FuncType
  | InterfaceType
  | MapType
  | ChanType
  | Ellipsis;

export type Expr =
  | BadExpr
  | Ident
  | BasicLit
  | CompositeLit
  | FuncLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | IndexListExpr
  | SliceExpr
  | TypeAssertExpr
  | CallExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | KeyValueExpr
  | TypeExpr;

/** A parameter, result, receiver, type parameter, struct field or interface element. */
export interface Field extends NodeBase {
  kind: 'Field';
  /** Empty for unnamed parameters, embedded fields and interface elements. */
  names: Ident[];
  type: Expr;
  /** Struct field tag. */
  tag: BasicLit | null;
}

export interface FieldList extends NodeBase {
  kind: 'FieldList';
  /** Position of ( [ or {, or NoPos for an unparenthesized result. */
  opening: Pos;
  list: Field[];
  closing: Pos;
}

// ---------------------------------------------------------------------------------------------------
// Statements

export interface BadStmt extends NodeBase {
  kind: 'BadStmt';
}

export interface DeclStmt extends NodeBase {
  kind: 'DeclStmt';
  decl: GenDecl;
}

export interface EmptyStmt extends NodeBase {
  kind: 'EmptyStmt';
  /** An empty statement before a closing } or after a label, with no semicolon written. */
  implicit: boolean;
}

export interface LabeledStmt extends NodeBase {
  kind: 'LabeledStmt';
  label: Ident;
  colon: Pos;
  stmt: Stmt;
}

export interface ExprStmt extends NodeBase {
  kind: 'ExprStmt';
  x: Expr;
}

export interface SendStmt extends NodeBase {
  kind: 'SendStmt';
  chan: Expr;
  arrow: Pos;
  value: Expr;
}

export interface IncDecStmt extends NodeBase {
  kind: 'IncDecStmt';
  x: Expr;
  tokPos: Pos;
  tok: '++' | '--';
}

export interface AssignStmt extends NodeBase {
  kind: 'AssignStmt';
  lhs: Expr[];
  tokPos: Pos;
  tok: AssignOp;
  rhs: Expr[];
}

export interface GoStmt extends NodeBase {
  kind: 'GoStmt';
  call: CallExpr;
}

export interface DeferStmt extends NodeBase {
  kind: 'DeferStmt';
  call: CallExpr;
}

export interface ReturnStmt extends NodeBase {
  kind: 'ReturnStmt';
  results: Expr[];
}

export interface BranchStmt extends NodeBase {
  kind: 'BranchStmt';
  tok: 'break' | 'continue' | 'goto' | 'fallthrough';
  label: Ident | null;
}

export interface BlockStmt extends NodeBase {
  kind: 'BlockStmt';
  lbrace: Pos;
  list: Stmt[];
  rbrace: Pos;
}

export interface IfStmt extends NodeBase {
  kind: 'IfStmt';
  init: Stmt | null;
  cond: Expr;
  body: BlockStmt;
  else: IfStmt | BlockStmt | null;
}

export interface CaseClause extends NodeBase {
  kind: 'CaseClause';
  /** null for `default`. */
  list: Expr[] | null;
  colon: Pos;
  body: Stmt[];
}

export interface SwitchStmt extends NodeBase {
  kind: 'SwitchStmt';
  init: Stmt | null;
  tag: Expr | null;
  lbrace: Pos;
  clauses: CaseClause[];
  rbrace: Pos;
}

/** switch [init;] [lhs :=] x.(type) { ... } */
export interface TypeSwitchStmt extends NodeBase {
  kind: 'TypeSwitchStmt';
  init: Stmt | null;
  /** The name bound in each clause, or null. */
  lhs: Ident | null;
  /** Position of the := after lhs, or NoPos. */
  tokPos: Pos;
  /** The x.(type) guard (type is null). */
  guard: TypeAssertExpr;
  lbrace: Pos;
  clauses: CaseClause[];
  rbrace: Pos;
}

export interface CommClause extends NodeBase {
  kind: 'CommClause';
  /** A SendStmt, an ExprStmt of <-x, or an AssignStmt x[, ok] = / := <-c; null for `default`. */
  comm: Stmt | null;
  colon: Pos;
  body: Stmt[];
}

export interface SelectStmt extends NodeBase {
  kind: 'SelectStmt';
  lbrace: Pos;
  clauses: CommClause[];
  rbrace: Pos;
}

export interface ForStmt extends NodeBase {
  kind: 'ForStmt';
  init: Stmt | null;
  cond: Expr | null;
  post: Stmt | null;
  body: BlockStmt;
}

export interface RangeStmt extends NodeBase {
  kind: 'RangeStmt';
  key: Expr | null;
  value: Expr | null;
  /** Iteration variables beyond two (a checker error), normally empty. */
  extra: Expr[];
  /** Position of := or =, or NoPos for `for range x`. */
  tokPos: Pos;
  tok: ':=' | '=' | null;
  rangePos: Pos;
  x: Expr;
  body: BlockStmt;
}

export type Stmt =
  | BadStmt
  | DeclStmt
  | EmptyStmt
  | LabeledStmt
  | ExprStmt
  | SendStmt
  | IncDecStmt
  | AssignStmt
  | GoStmt
  | DeferStmt
  | ReturnStmt
  | BranchStmt
  | BlockStmt
  | IfStmt
  | SwitchStmt
  | TypeSwitchStmt
  | SelectStmt
  | ForStmt
  | RangeStmt;

// ---------------------------------------------------------------------------------------------------
// Declarations

export interface ImportSpec extends NodeBase {
  kind: 'ImportSpec';
  /** Local name: an identifier, `.` or `_`; null for the default name. */
  name: Ident | null;
  path: BasicLit;
  /** //go: directives just before the spec (cmd/compile rejects all of them here after checking). */
  pragma: Pragma | null;
}

/**
 * One line of a const or var declaration. In a const group a spec without type and values repeats the
 * previous spec's (spec "Constant declarations"); `iota` is its index in the group.
 */
export interface ValueSpec extends NodeBase {
  kind: 'ValueSpec';
  names: Ident[];
  type: Expr | null;
  values: Expr[];
  iota: number;
  /** //go: directives just before the spec. */
  pragma: Pragma | null;
}

export interface TypeSpec extends NodeBase {
  kind: 'TypeSpec';
  name: Ident;
  typeParams: FieldList | null;
  /** Position of `=` for an alias, or NoPos for a type definition. */
  assign: Pos;
  type: Expr;
  /** //go: directives just before the spec (only //go:notinheap is accepted here). */
  pragma: Pragma | null;
}

export type Spec = ImportSpec | ValueSpec | TypeSpec;

export interface GenDecl extends NodeBase {
  kind: 'GenDecl';
  tok: 'import' | 'const' | 'type' | 'var';
  /** Position of ( for a grouped declaration, or NoPos. */
  lparen: Pos;
  specs: Spec[];
  rparen: Pos;
}

export interface FuncDecl extends NodeBase {
  kind: 'FuncDecl';
  /** Receiver of a method, or null. */
  recv: FieldList | null;
  name: Ident;
  /** Signature; type.typeParams holds the type parameters of a generic function. */
  type: FuncType;
  /** null for a declaration without body (an external function). */
  body: BlockStmt | null;
  /** //go: directives just before the declaration (//go:noinline, ...). */
  pragma: Pragma | null;
}

export interface BadDecl extends NodeBase {
  kind: 'BadDecl';
}

export type Decl = GenDecl | FuncDecl | BadDecl;

export interface File extends NodeBase {
  kind: 'File';
  filename: string;
  /** Position of the `package` keyword. */
  package: Pos;
  name: Ident;
  decls: Decl[];
  /** All import specs, in source order. */
  imports: ImportSpec[];
  /** Comments in source order, when parsing was asked to keep them (else empty). */
  comments: Comment[];
  /** //go: directives before the package clause (//go:build is accepted there). */
  pragma: Pragma | null;
  /** //go:linkname directives anywhere in the file. */
  linknames: Linkname[];
  /** Byte offset of the start of each line: line n starts at lineStarts[n - 1]. */
  lineStarts: number[];
  /** Byte length of the source. */
  size: number;
}

export type Node = Expr | Stmt | Spec | Decl | Field | FieldList | CaseClause | CommClause | File;

// ---------------------------------------------------------------------------------------------------
// Positions

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in bytes, as the go tool prints it. */
  col: number;
  /** 0-based byte offset. */
  offset: number;
}

/** Line and byte column of a byte offset, given the line starts (binary search). */
export function positionAt(lineStarts: readonly number[], offset: Pos): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - lineStarts[lo] + 1, offset };
}

export function positionFor(file: File, pos: Pos): Position {
  return positionAt(file.lineStarts, pos);
}

/**
 * The position cmd/compile's syntax package records for a node (its Pos(), not StartPos). Go reports some
 * errors there: at the operator of a binary expression or assignment, the ( of a call, the [ of an index
 * or slice, the . of a selector or type assertion, the { of a composite literal, the : of a key-value pair
 * or label, the <- of a send. Everywhere else it is the node's start.
 */
export function syntaxPos(n: Node): Pos {
  switch (n.kind) {
    case 'BinaryExpr':
      return n.opPos;
    case 'CallExpr':
      // the call made up for `go f` / `defer f` without parentheses has the position of f
      return n.lparen !== NoPos ? n.lparen : syntaxPos(n.fun);
    case 'IndexExpr':
    case 'IndexListExpr':
    case 'SliceExpr':
      return n.lbrack;
    case 'SelectorExpr':
    case 'TypeAssertExpr':
      return n.dot;
    case 'CompositeLit':
      return n.lbrace;
    case 'KeyValueExpr':
      return n.colon;
    case 'LabeledStmt':
      return n.colon;
    case 'AssignStmt':
    case 'IncDecStmt':
      return n.tokPos;
    case 'SendStmt':
      return n.arrow;
    case 'ExprStmt':
      return syntaxPos(n.x);
    case 'FuncType':
      return n.func !== NoPos ? (n.typeParams ?? n.params).opening : n.pos;
    case 'FuncDecl':
      return n.recv ? n.recv.opening : n.name.pos;
    default:
      return n.pos;
  }
}

/**
 * The start position cmd/compile's syntax package computes for a node (syntax.StartPos), which the type
 * checker uses for most of its errors. It is the node's start, except that it keeps syntax.Pos for the
 * nodes StartPos does not correct: a slice expression starts at its [, a key-value pair at its :, a
 * function type at the ( or [ after `func`, a labeled statement at its :.
 */
export function syntaxStartPos(n: Node): Pos {
  for (;;) {
    switch (n.kind) {
      case 'File':
        return 0;
      case 'CompositeLit':
        if (n.type === null) return n.lbrace;
        n = n.type;
        continue;
      case 'SelectorExpr':
      case 'IndexExpr':
      case 'IndexListExpr':
      case 'TypeAssertExpr':
      case 'BinaryExpr':
        n = n.x;
        continue;
      case 'CallExpr':
        n = n.fun;
        continue;
      case 'SendStmt':
        n = n.chan;
        continue;
      case 'AssignStmt':
        n = n.lhs[0];
        continue;
      case 'IncDecStmt':
        n = n.x;
        continue;
      default:
        return syntaxPos(n);
    }
  }
}

/** Strips any parentheses around an expression. */
export function unparen(x: Expr): Expr {
  while (x.kind === 'ParenExpr') x = x.x;
  return x;
}

/**
 * The effective specs of a const group: a spec with neither type nor values takes the type and values of
 * the last spec before it that has values (implicit repetition, spec "Constant declarations"). `source`
 * is the spec whose expressions apply (the spec itself when it has its own); null if none precedes it.
 */
export function constSpecSources(decl: GenDecl): { spec: ValueSpec; source: ValueSpec | null }[] {
  const out: { spec: ValueSpec; source: ValueSpec | null }[] = [];
  let last: ValueSpec | null = null;
  for (const s of decl.specs) {
    if (s.kind !== 'ValueSpec') continue;
    if (s.type !== null || s.values.length > 0) last = s;
    out.push({ spec: s, source: last });
  }
  return out;
}
