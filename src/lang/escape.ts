// Escape analysis for one type-checked file of package main, after Go 1.19's
// cmd/compile/internal/escape (see ARCHITECTURE.md "Escape analysis"). It decides which allocation sites
// live on the heap, which variables are "moved to heap", and prints every decision as
// `go build -gcflags=-m` does (first level, without the inlining lines).
//
// The model follows the compiler closely:
//   - a data-flow graph of locations (variables and allocations) with edges weighted by dereference
//     counts (p = &q is -1, p = q is 0, p = *q is 1), built by walking each function's statements in
//     the compiler's evaluation order; the heap, globals, results and leaking parameters are sinks;
//   - a Bellman-Ford walk from every location finds what outlives what (the heap, a result, a
//     variable declared outside the loop or in an enclosing function), to a fixed point;
//   - functions are analysed bottom-up in the compiler's batch order (strongly connected components of
//     the call graph after inlining, closures with their enclosing function); each analysed function
//     leaves a leak summary per parameter ("leaking param: p to result ~r0 level=0") that static calls use;
//   - inlining is modelled as the compiler does it before escape analysis: functions within the budget
//     of 80 (cost counted over IR-like nodes, a non-inlined call costs 57) that have no go, defer,
//     recover or type declarations are expanded at their call sites with fresh variables, so their
//     allocations can stay on the caller's stack; messages for expanded code carry the call's position;
//   - standard-library bodies are heaplab's own, so escape-std.ts records, for each member, Go 1.19's
//     inlining cost and parameter tags (from `go build -gcflags='<pkg>=-m -m' <pkg>`) and the
//     allocation sites their inlined bodies add at a call site.
//
// Deviations are listed in ARCHITECTURE.md; `heap` and `movedToHeap` describe the out-of-line code of
// every function (what the code generator compiles), while decisions for inlined copies appear only in
// `messages`.

import type {
  AssignStmt,
  Field as AstField,
  BinaryExpr,
  BlockStmt,
  CallExpr,
  CaseClause,
  CommClause,
  CompositeLit,
  DeferStmt,
  Expr,
  File,
  FuncDecl,
  FuncLit,
  GenDecl,
  GoStmt,
  Ident,
  IfStmt,
  Node,
  Pos,
  ReturnStmt,
  SelectorExpr,
  Stmt,
  SwitchStmt,
  TypeSwitchStmt,
  ValueSpec,
} from './ast.ts';
import { NoPos, syntaxPos, unparen } from './ast.ts';
import type { Info, Selection } from './check/checker.ts';
import { Obj } from './check/objects.ts';
import {
  type FuncT,
  identical,
  isInteger,
  isInterface,
  isNilType,
  isString,
  isUntyped,
  lookupFieldOrMethod,
  underOf,
} from './check/typeutil.ts';
import type { Value } from './constant.ts';
import { PragmaFlag } from './directives.ts';
import { stdEscapeTable } from './escape-std.ts';
import { exprString } from './printer.ts';
import { layout, type Type } from './types.ts';

export interface EscapeMessage {
  pos: number;
  text: string;
}

export interface EscapeResult {
  /**
   * Allocation sites Go would place on the heap (for the out-of-line code of each function):
   *   - CallExpr new(T) and make(...): make of a slice or map when it escapes or has a non-constant or
   *     too large size; make of a channel always;
   *   - CompositeLit: the literal of &T{...} (also an elided &T inside another literal), and the
   *     backing array of a slice literal or the map of a map literal;
   *   - FuncLit: the closure object, when it escapes and captures variables;
   *   - SelectorExpr: a method value (x.M not called), when it escapes;
   *   - BinaryExpr '+' on strings (the outermost + of a concatenation), CallExpr conversions
   *     string <-> []byte/[]rune and string(rune): when the result escapes, or does not escape but its
   *     size is known at compile time to exceed the stack buffer (32 bytes; 64 KiB for []byte of a
   *     constant). A non-escaping one of unknown size uses Go's run-time rule (a 32-byte stack buffer);
   *   - AssignStmt s += t on strings: always (Go gives it no stack buffer);
   *   - any Expr converted to an interface, implicitly or explicitly (the operand node), when the
   *     interface value escapes. Pointer-shaped operands are never listed (they need no allocation);
   *     constants, zero-size and single-byte values are listed when they escape (the caller knows
   *     they need no allocation);
   *   - CallExpr of a variadic call whose implicit `...` slice escapes (the same node is also listed
   *     when the call's result is converted to an escaping interface; EscapeDetails.variadicHeap has
   *     the slices alone).
   */
  heap: Set<Node>;
  /** Local variables (and parameters) whose address escapes or that are captured by reference by an escaping closure: "moved to heap: x". */
  movedToHeap: Set<Obj>;
  /**
   * Every decision as `go build -gcflags=-m` would print it (first -m level only), in its order:
   * function batches bottom-up, each with its self-assignment notes, parameter tags, moved variables,
   * then allocation sites in evaluation order.
   */
  messages: EscapeMessage[];
}

/** The extra detail the code generator may need beyond EscapeResult. */
export interface EscapeDetails extends EscapeResult {
  /** Calls to variadic functions whose implicit `...` slice escapes (the others can use the stack). */
  variadicHeap: Set<CallExpr>;
}

export function analyzeEscapes(file: File, info: Info): EscapeResult {
  return analyzeEscapeDetails(file, info);
}

export function analyzeEscapeDetails(file: File, info: Info): EscapeDetails {
  return new Analysis(file, info).run();
}

// ---------------------------------------------------------------------------------------------------
// Constants of cmd/compile (ir/cfg.go, escape/leaks.go, inline/inl.go)

const maxStackVarSize = 10 * 1024 * 1024;
const maxImplicitStackVarSize = 64 * 1024;
const numEscResults = 7;
const inlineMaxBudget = 80;
const inlineExtraCallCost = 57;
const tmpBufSize = 32;

// ---------------------------------------------------------------------------------------------------
// Leak summaries: the minimum dereference count from a parameter to the heap (index 0) and to each of
// the first 7 results (-1: no flow), escape/leaks.go.

type Leaks = number[];

function noLeaks(): Leaks {
  return [-1, -1, -1, -1, -1, -1, -1, -1];
}

function heapLeak(derefs: number): Leaks {
  const l = noLeaks();
  l[0] = derefs;
  return l;
}

function addLeak(l: Leaks, i: number, derefs: number): void {
  const d = Math.min(derefs, 254);
  if (l[i] < 0 || d < l[i]) l[i] = d;
}

/** leaks.Optimize: result flows no shorter than the shortest heap flow are dropped. */
function optimizeLeaks(l: Leaks): Leaks {
  const out = l.slice();
  if (out[0] >= 0) for (let i = 1; i <= numEscResults; i++) if (out[i] >= out[0]) out[i] = -1;
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Standard library summaries (escape-std.ts): Go 1.19.8's inlining cost and parameter tags for
// each member of heaplab's std, and the allocation sites their inlined bodies add at a call.

interface StdSite {
  kind: 'heap' | 'none' | 'r0' | 'r1' | 'self';
  text: string;
  /** Parameters (by index) whose values the inlined body stores in this allocation. */
  from: number[];
}

interface StdFunc {
  /** Inlining cost, or null when Go does not inline the function. */
  cost: number | null;
  /** An intrinsic: never inlined, costs one node inside another function's budget. */
  intrinsic: boolean;
  tags: ReadonlyMap<string, Leaks>;
  sites: StdSite[];
}

const stdFuncs: ReadonlyMap<string, StdFunc> = parseStdTable(stdEscapeTable);

function parseStdTable(text: string): Map<string, StdFunc> {
  const out = new Map<string, StdFunc>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('@ ')) {
      const [, name, spec, ...rest] = line.split(' ');
      const [kind, ...from] = spec.split('<');
      out
        .get(name)
        ?.sites.push({ kind: kind as StdSite['kind'], text: rest.join(' '), from: from.map(Number) });
      continue;
    }
    const [name, cost, ...tags] = line.split(' ');
    const m = new Map<string, Leaks>();
    for (const t of tags) {
      const [param, codes] = t.split('=');
      const l = noLeaks();
      for (const code of codes.split('+')) {
        if (code === 'h') addLeak(l, 0, 0);
        else if (code === 'c') addLeak(l, 0, 1);
        else if (code.startsWith('r')) {
          const [r, level] = code.slice(1).split(':');
          addLeak(l, 1 + Number(r), Number(level));
        }
      }
      m.set(param, l);
    }
    out.set(name, {
      cost: cost === '-' || cost === '!' ? null : Number(cost),
      intrinsic: cost === '!',
      tags: m,
      sites: [],
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Type helpers (amd64 layout from types.ts)

function safeLayoutSize(t: Type): number {
  try {
    return layout(t).size;
  } catch {
    return 0;
  }
}

function hasPointers(t: Type): boolean {
  const u = underOf(t);
  if (u.kind === 'basic')
    return u.name === 'string' || u.name === 'unsafe.Pointer' || u.name === 'untyped nil';
  try {
    return layout(t).ptrdata > 0;
  } catch {
    return true;
  }
}

/** types.IsDirectIface: values stored directly in an interface's data word. */
function isDirectIface(t: Type): boolean {
  const u = underOf(t);
  switch (u.kind) {
    case 'pointer':
    case 'chan':
    case 'map':
    case 'func':
      return true;
    case 'basic':
      return u.name === 'unsafe.Pointer';
    case 'struct':
      return u.fields.length === 1 && isDirectIface(u.fields[0].type);
    case 'array':
      return u.len === 1 && isDirectIface(u.elem);
    default:
      return false;
  }
}

function isByteOrRuneSlice(t: Type): boolean {
  const u = underOf(t);
  if (u.kind !== 'slice') return false;
  const e = underOf(u.elem);
  return e.kind === 'basic' && (e.name === 'uint8' || e.name === 'int32');
}

function isRuneSlice(t: Type): boolean {
  const u = underOf(t);
  if (u.kind !== 'slice') return false;
  const e = underOf(u.elem);
  return e.kind === 'basic' && e.name === 'int32';
}

// ---------------------------------------------------------------------------------------------------
// AST traversal helpers

function forEachChild(n: Node, f: (c: Node) => void): void {
  const e = (x: Node | null | undefined) => {
    if (x) f(x);
  };
  const all = (xs: readonly Node[] | null | undefined) => {
    if (xs) for (const x of xs) f(x);
  };
  switch (n.kind) {
    case 'CompositeLit':
      e(n.type);
      all(n.elts);
      break;
    case 'FuncLit':
      e(n.type);
      e(n.body);
      break;
    case 'ParenExpr':
    case 'StarExpr':
    case 'UnaryExpr':
      e(n.x);
      break;
    case 'SelectorExpr':
      e(n.x);
      break;
    case 'IndexExpr':
      e(n.x);
      e(n.index);
      break;
    case 'IndexListExpr':
      e(n.x);
      all(n.indices);
      break;
    case 'SliceExpr':
      e(n.x);
      e(n.low);
      e(n.high);
      e(n.max);
      break;
    case 'TypeAssertExpr':
      e(n.x);
      e(n.type);
      break;
    case 'CallExpr':
      e(n.fun);
      all(n.args);
      break;
    case 'BinaryExpr':
      e(n.x);
      e(n.y);
      break;
    case 'KeyValueExpr':
      e(n.key);
      e(n.value);
      break;
    case 'DeclStmt':
      e(n.decl);
      break;
    case 'GenDecl':
      all(n.specs);
      break;
    case 'ValueSpec':
      all(n.names);
      e(n.type);
      all(n.values);
      break;
    case 'LabeledStmt':
      e(n.stmt);
      break;
    case 'ExprStmt':
      e(n.x);
      break;
    case 'SendStmt':
      e(n.chan);
      e(n.value);
      break;
    case 'IncDecStmt':
      e(n.x);
      break;
    case 'AssignStmt':
      all(n.lhs);
      all(n.rhs);
      break;
    case 'GoStmt':
    case 'DeferStmt':
      e(n.call);
      break;
    case 'ReturnStmt':
      all(n.results);
      break;
    case 'BlockStmt':
      all(n.list);
      break;
    case 'IfStmt':
      e(n.init);
      e(n.cond);
      e(n.body);
      e(n.else);
      break;
    case 'CaseClause':
      all(n.list);
      all(n.body);
      break;
    case 'SwitchStmt':
      e(n.init);
      e(n.tag);
      all(n.clauses);
      break;
    case 'TypeSwitchStmt':
      e(n.init);
      e(n.lhs);
      e(n.guard);
      all(n.clauses);
      break;
    case 'CommClause':
      e(n.comm);
      all(n.body);
      break;
    case 'SelectStmt':
      all(n.clauses);
      break;
    case 'ForStmt':
      e(n.init);
      e(n.cond);
      e(n.post);
      e(n.body);
      break;
    case 'RangeStmt':
      e(n.key);
      e(n.value);
      e(n.x);
      e(n.body);
      break;
    default:
      break;
  }
}

// ---------------------------------------------------------------------------------------------------
// Functions of the file

interface VarSlot {
  /** null for an unnamed or blank parameter. */
  obj: Obj | null;
  /** The declared name, or ~r<i> for an unnamed result. */
  name: string;
  type: Type;
  pos: Pos;
  /** Declared with a (non-blank) name. */
  named: boolean;
}

class FuncInfo {
  /** The function's object (FuncDecl). */
  obj: Obj | null = null;
  /** Go's name for the function: main, T.M, (*T).M, main.func1. */
  name = '';
  sig: FuncT = { kind: 'func', params: [], results: [], variadic: false };
  /** Receiver (first, for a method) and parameters. */
  params: VarSlot[] = [];
  hasRecv = false;
  results: VarSlot[] = [];
  /** Own local variables in declaration order (not those of nested function literals). */
  locals: Obj[] = [];
  /** Variables of enclosing functions a literal refers to, in order of first reference. */
  captures: Obj[] = [];
  closureCount = 0;
  noinline = false;
  /** Inlining cost when the function is inlinable, else null. */
  cost: number | null = null;
  costState: 'todo' | 'busy' | 'done' = 'todo';
  /** Leak summary per parameter slot, once its batch is analysed. */
  tags: Leaks[] | null = null;
  constructor(
    readonly node: FuncDecl | FuncLit,
    readonly parent: FuncInfo | null,
    readonly body: BlockStmt,
  ) {}
}

// ---------------------------------------------------------------------------------------------------
// The location graph (escape/graph.go)

type SiteRule = 'alloc' | 'closure' | 'conv' | 'str' | 'variadic' | 'none';

interface NameSite {
  kind: 'name';
  text: string;
  pos: Pos;
  obj: Obj | null;
  original: boolean;
  type: Type;
  /** A parameter or result of the function (never too large for the stack). */
  param: boolean;
}

interface ExprSite {
  kind: 'expr';
  text: string;
  pos: Pos;
  node: Node | null;
  original: boolean;
  rule: SiteRule;
  /** HeapAllocReason: too large for the stack, or a non-constant size. */
  mustHeap: boolean;
  /** For 'str': the result's size is known to exceed the stack buffer. */
  bigStr: boolean;
  /** For 'closure': the literal captures variables. */
  captures: boolean;
  /** No message (go/defer wrappers, temporaries). */
  silent: boolean;
}

type Site = NameSite | ExprSite;

class FnInst {
  ownVars: Loc[] = [];
  inlVars: Loc[] = [];
  params: (Loc | null)[] = [];
  results: (Loc | null)[] = [];
  closureCalled = false;
  constructor(
    readonly info: FuncInfo,
    readonly parent: FnInst | null,
    readonly env: Env,
    readonly original: boolean,
  ) {}
}

class Env {
  readonly vars = new Map<Obj, Loc>();
  readonly lits = new Map<FuncLit, FnInst>();
  constructor(readonly parent: Env | null) {}
  lookup(o: Obj): Loc | null {
    for (let e: Env | null = this; e; e = e.parent) {
      const l = e.vars.get(o);
      if (l) return l;
    }
    return null;
  }
  lookupLit(l: FuncLit): FnInst | null {
    for (let e: Env | null = this; e; e = e.parent) {
      const i = e.lits.get(l);
      if (i) return i;
    }
    return null;
  }
}

interface Edge {
  src: Loc;
  derefs: number;
}

class Loc {
  edges: Edge[] = [];
  derefs = 0;
  walkgen = 0;
  queued = false;
  escapes = false;
  paramEsc: Leaks = noLeaks();
  captured = false;
  reassigned = false;
  addrtaken = false;
  /** 1 + index for a result of its function (PPARAMOUT). */
  resultIndex = 0;
  /** A parameter of its function (PPARAM). */
  isParam = false;
  obj: Obj | null = null;
  constructor(
    readonly site: Site | null,
    readonly fn: FnInst | null,
    public loopDepth: number,
    public transient: boolean,
  ) {}
}

interface Hole {
  dst: Loc;
  derefs: number;
  addrtaken: boolean;
}

/**
 * The hole a method call's receiver expression of type `t` flows to: through the embedded
 * fields of `index` (a dereference for each pointer on the way), then the implicit & (pointer
 * method on a value) or * (value method on a pointer) of the call.
 */
function receiverHole(k: Hole, t: Type | null, index: readonly number[], ptrRecv: boolean): Hole {
  const shifts: number[] = [];
  for (const idx of index) {
    if (!t) break;
    let u = underOf(t);
    if (u.kind === 'pointer') {
      shifts.push(1);
      u = underOf(u.elem);
    }
    if (u.kind !== 'struct') break;
    t = u.fields[idx]?.type ?? null;
  }
  const isPtr = !!t && underOf(t).kind === 'pointer';
  if (ptrRecv && !isPtr) k = shift(k, -1);
  else if (!ptrRecv && isPtr) k = shift(k, 1);
  for (let i = shifts.length - 1; i >= 0; i--) k = shift(k, shifts[i]);
  return k;
}

function shift(k: Hole, delta: number): Hole {
  const d = k.derefs + delta;
  return { dst: k.dst, derefs: Math.max(d, -1), addrtaken: delta < 0 };
}

function containsClosure(f: FnInst | null, c: FnInst | null): boolean {
  if (!f || !c || f === c) return false;
  for (let p = c.parent; p; p = p.parent) if (p === f) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Callees

type Callee =
  | {
      kind: 'file';
      fi: FuncInfo;
      recv: Expr | null;
      sel: Selection | null;
      methodExpr: boolean;
      wrapper: boolean;
    }
  | { kind: 'closure'; fi: FuncInfo; lit: FuncLit; direct: boolean; fun: Expr }
  | {
      kind: 'std';
      key: string;
      std: StdFunc | null;
      obj: Obj;
      recv: Expr | null;
      sel: Selection | null;
      methodExpr: boolean;
      wrapper: boolean;
    }
  | { kind: 'iface'; recv: Expr; sel: Selection; devirt: Devirt | null }
  | { kind: 'dynamic'; fun: Expr };

/** A devirtualized interface call: the concrete type and the (possibly promoted) method. */
interface Devirt {
  /** The concrete method, as a static method callee (its receiver is filled in at the call). */
  target: Extract<Callee, { kind: 'file' | 'std' }>;
  /** Whether the method has a pointer receiver. */
  ptrRecv: boolean;
  conc: Type;
  /** Embedded fields from the concrete type to the method's receiver. */
  index: number[];
}

/** Parameters of inlined calls bound to their arguments (ir.StaticValue sees through them). */
type Bindings = ReadonlyMap<Obj, Expr>;

/** Per-walk state (escape.go's escape struct plus what inlining and closures need). */
interface WalkState {
  inst: FnInst;
  env: Env;
  loopDepth: number;
  /** Message position for code copied by inlining (the outermost call), else null. */
  pos: Pos | null;
  ret: (Loc | null)[];
  retTypes: Type[];
  /** Functions being expanded (inline/inl.go inlMap). */
  inlining: FuncInfo[];
  /** Nodes walked here belong to the out-of-line code (decisions go into `heap`). */
  original: boolean;
  bindings: Bindings | null;
}

// ---------------------------------------------------------------------------------------------------
// The analysis

class Analysis {
  readonly funcs: FuncInfo[] = [];
  readonly byDecl = new Map<FuncDecl, FuncInfo>();
  readonly byLit = new Map<FuncLit, FuncInfo>();
  readonly byObj = new Map<Obj, FuncInfo>();
  /** Methods of the file by receiver base type name and method name. */
  readonly methods = new Map<string, FuncInfo>();
  readonly ownerOf = new Map<Obj, FuncInfo>();
  /** Local variables assigned or address-taken after their definition (ir.StaticValue's reassigned). */
  readonly notStatic = new Set<Obj>();
  /** The defining right-hand side of a local variable defined 1:1. */
  readonly defRhs = new Map<Obj, Expr>();
  anyType: Type | null = null;
  /** The temporaries irgen gives calls: the callee's (RewriteNonNameCall), spread results (RewriteMultiValueCall). */
  readonly temps = new Map<CallExpr, { callee?: number; spread?: number; assign?: number }>();

  readonly messages: EscapeMessage[] = [];
  readonly heap = new Set<Node>();
  readonly moved = new Set<Obj>();
  readonly variadicHeap = new Set<CallExpr>();

  constructor(
    readonly file: File,
    readonly info: Info,
  ) {}

  /**
   * Numbers the temporaries irgen creates in each function (.autotmp_N, N = declarations so far),
   * walking statements in irgen's order.
   */
  private numberTemps(fi: FuncInfo): void {
    let n = fi.params.length + fi.results.length;
    const info = this.info;
    const declare = (ids: readonly (Expr | null)[]) => {
      for (const id of ids) if (id?.kind === 'Ident' && info.defs.get(id)) n++;
    };
    // x, y = f() whose result types differ from the left-hand sides' (RewriteMultiValueCall)
    const multiTemps = (lhs: readonly Expr[], rhs: readonly Expr[], types: (Type | null)[]) => {
      if (lhs.length < 2 || rhs.length !== 1) return;
      const call = unparen(rhs[0]);
      const tt = call.kind === 'CallExpr' ? info.types.get(call)?.tuple : undefined;
      if (call.kind !== 'CallExpr' || !tt || tt.length !== lhs.length) return;
      if (!types.some((t, i) => t !== null && !identical(t, tt[i]))) return;
      const rec = this.temps.get(call) ?? {};
      rec.assign = n;
      n += tt.length;
      this.temps.set(call, rec);
    };
    const expr = (e: Expr | null): void => {
      if (!e) return;
      if (e.kind === 'FuncLit') return;
      if (e.kind === 'CallExpr') {
        forEachChild(e, (c) => expr(c as Expr));
        const tv = info.types.get(e.fun);
        const f = unparen(e.fun);
        if (
          tv?.mode === 'typexpr' ||
          tv?.mode === 'builtin' ||
          (f.kind === 'Ident' && info.uses.get(f)?.kind === 'Builtin')
        ) {
          return;
        }
        const rec: { callee?: number; spread?: number } = this.temps.get(e) ?? {};
        if (this.calleeNeedsTemp(e)) rec.callee = n++;
        if (e.args.length === 1 && e.ellipsis === NoPos) {
          const tt = info.types.get(unparen(e.args[0]))?.tuple;
          if (tt && tt.length > 1) {
            rec.spread = n;
            n += tt.length;
          }
        }
        if (rec.callee !== undefined || rec.spread !== undefined) this.temps.set(e, rec);
        return;
      }
      forEachChild(e, (c) => expr(c as Expr));
    };
    const stmt = (st: Stmt | null): void => {
      if (!st) return;
      switch (st.kind) {
        case 'AssignStmt':
          for (const r of st.rhs) expr(r);
          if (st.tok === ':=') declare(st.lhs);
          else for (const l of st.lhs) expr(l);
          if (st.tok === '=' || st.tok === ':=') {
            multiTemps(
              st.lhs,
              st.rhs,
              st.lhs.map((l) => (l.kind === 'Ident' && l.name === '_' ? null : this.lhsType(l))),
            );
          }
          return;
        case 'DeclStmt':
          for (const sp of st.decl.specs) {
            if (sp.kind !== 'ValueSpec') continue;
            if (st.decl.tok === 'var') declare(sp.names);
            for (const v of sp.values) expr(v);
            const declared = sp.type ? this.typeOf(sp.type) : null;
            if (declared)
              multiTemps(
                sp.names,
                sp.values,
                sp.names.map(() => declared),
              );
          }
          return;
        case 'RangeStmt':
          if (st.tok === ':=') declare([st.key, st.value]);
          else {
            expr(st.key);
            expr(st.value);
          }
          expr(st.x);
          stmts(st.body.list);
          return;
        case 'TypeSwitchStmt':
          stmt(st.init);
          expr(st.guard.x);
          for (const cl of st.clauses) {
            if (st.lhs) n++;
            stmts(cl.body);
          }
          return;
        case 'SelectStmt':
          for (const cl of st.clauses) {
            stmt(cl.comm);
            stmts(cl.body);
          }
          return;
        case 'SwitchStmt':
          stmt(st.init);
          expr(st.tag);
          for (const cl of st.clauses) {
            for (const x of cl.list ?? []) expr(x);
            stmts(cl.body);
          }
          return;
        case 'IfStmt':
          stmt(st.init);
          expr(st.cond);
          stmts(st.body.list);
          stmt(st.else);
          return;
        case 'ForStmt':
          stmt(st.init);
          expr(st.cond);
          stmt(st.post);
          stmts(st.body.list);
          return;
        case 'BlockStmt':
          stmts(st.list);
          return;
        case 'LabeledStmt':
          stmt(st.stmt);
          return;
        case 'GoStmt':
        case 'DeferStmt':
          expr(st.call);
          return;
        default:
          forEachChild(st, (c) => expr(c as Expr));
      }
    };
    const stmts = (list: readonly Stmt[]) => {
      for (const x of list) stmt(x);
    };
    stmts(fi.body.list);
  }

  /** The type of an assignment's left-hand side. */
  lhsType(l: Expr): Type | null {
    const x = unparen(l);
    if (x.kind === 'Ident') {
      const o = this.info.defs.get(x) ?? this.info.uses.get(x);
      if (o?.type) return o.type;
    }
    return this.typeOf(l);
  }

  /** typecheck.RewriteNonNameCall: the callee (or a method's receiver) contains a call or receive. */
  calleeNeedsTemp(call: CallExpr): boolean {
    let np = unparen(call.fun);
    if (np.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(np);
      if (sel?.kind === 'MethodVal') np = unparen(np.x);
    }
    let found = false;
    const visit = (n: Node): void => {
      if (found || n.kind === 'FuncLit') return;
      if (n.kind === 'UnaryExpr' && n.op === '<-') found = true;
      if (n.kind === 'CallExpr') {
        const tv = this.info.types.get(n.fun);
        const f = unparen(n.fun);
        const isNew = f.kind === 'Ident' && f.name === 'new' && this.info.uses.get(f)?.kind === 'Builtin';
        if (tv?.mode !== 'typexpr' && !isNew) found = true;
      }
      forEachChild(n, visit);
    };
    visit(np);
    return found;
  }

  prepare(): void {
    this.collect();
    this.computeCosts();
  }

  run(): EscapeDetails {
    this.collect();
    this.computeCosts();
    for (const fi of this.funcs) this.numberTemps(fi);
    if (this.initFunc) this.numberTemps(this.initFunc);
    for (const batch of this.batches()) new Batch(this, batch).run();
    if (this.initFunc) new Batch(this, [this.initFunc]).run();
    return {
      heap: this.heap,
      movedToHeap: this.moved,
      messages: this.messages,
      variadicHeap: this.variadicHeap,
    };
  }

  // ------------------------------------------------------------------------------------ collection

  typeOf(e: Expr): Type | null {
    return this.info.types.get(e)?.type ?? null;
  }

  isConst(e: Expr): boolean {
    const tv = this.info.types.get(e);
    return !!tv && tv.value !== null;
  }

  private collect(): void {
    for (const [id, o] of this.info.uses) {
      if (id.name === 'any' && o.kind === 'TypeName' && o.pkg === '') {
        this.anyType = o.type;
        break;
      }
    }
    for (const d of this.file.decls) {
      if (d.kind !== 'FuncDecl' || !d.body) continue;
      const fi = new FuncInfo(d, null, d.body);
      this.funcs.push(fi);
      this.byDecl.set(d, fi);
      const obj = this.info.defs.get(d.name) ?? null;
      fi.obj = obj;
      if (obj) this.byObj.set(obj, fi);
      fi.noinline = ((d.pragma?.flag ?? 0) & PragmaFlag.Noinline) !== 0;
      const sig = this.info.signatures.get(d);
      if (sig) fi.sig = sig;
      fi.name = d.name.name;
      if (d.recv) {
        fi.hasRecv = true;
        const f = d.recv.list[0];
        let rt: Expr | undefined = f ? unparen(f.type) : undefined;
        let ptr = false;
        if (rt?.kind === 'StarExpr') {
          ptr = true;
          rt = unparen(rt.x);
        }
        const base = rt?.kind === 'Ident' ? rt.name : '?';
        fi.name = ptr ? `(*${base}).${d.name.name}` : `${base}.${d.name.name}`;
        this.methods.set(`${base}.${d.name.name}`, fi);
        const rtype = (f && this.typeOf(f.type)) ?? { kind: 'basic', name: 'invalid type' };
        this.addSlots(fi.params, f ? [f] : [], [rtype], false);
      }
      this.addSlots(fi.params, d.type.params.list, fi.sig.params, false);
      this.addSlots(fi.results, d.type.results?.list ?? [], fi.sig.results, true);
      this.collectBody(fi);
    }
    // Package variable initializers run in the package's init function, analysed last.
    const inits = this.file.decls.filter(
      (d): d is GenDecl =>
        d.kind === 'GenDecl' &&
        d.tok === 'var' &&
        d.specs.some((sp) => sp.kind === 'ValueSpec' && sp.values.length > 0),
    );
    for (const d of inits) {
      for (const sp of d.specs) {
        if (sp.kind !== 'ValueSpec') continue;
        sp.names.forEach((id, i) => {
          const o = this.info.defs.get(id);
          if (o) this.globalInit.set(o, sp.values.length === sp.names.length ? sp.values[i] : null);
        });
      }
    }
    if (inits.length > 0) {
      const list: Stmt[] = this.initOrder(inits).map((sp) => ({
        kind: 'DeclStmt',
        decl: {
          kind: 'GenDecl',
          tok: 'var',
          lparen: NoPos,
          specs: [sp],
          rparen: NoPos,
          pos: sp.pos,
          end: sp.end,
        },
        pos: sp.pos,
        end: sp.end,
      }));
      const body: BlockStmt = {
        kind: 'BlockStmt',
        pos: NoPos,
        end: NoPos,
        lbrace: NoPos,
        list,
        rbrace: NoPos,
      };
      const node = { kind: 'FuncLit', pos: NoPos, end: NoPos, body } as unknown as FuncLit;
      const fi = new FuncInfo(node, null, body);
      fi.name = 'init';
      this.initFunc = fi;
      this.collectBody(fi);
    }
  }

  initFunc: FuncInfo | null = null;

  /**
   * Package variable initializers in initialization order (spec "Package initialization"): the
   * earliest declared variable whose dependencies (variables it refers to, also through the
   * functions it refers to) are initialized comes next.
   */
  private initOrder(decls: GenDecl[]): ValueSpec[] {
    const specs: ValueSpec[] = [];
    for (const d of decls)
      for (const sp of d.specs) if (sp.kind === 'ValueSpec' && sp.values.length > 0) specs.push(sp);
    const funcVars = new Map<FuncInfo, Set<Obj>>();
    const refs = (root: Node, out: Set<Obj>, seen: Set<FuncInfo>): void => {
      const visit = (n: Node): void => {
        if (n.kind === 'Ident' || n.kind === 'SelectorExpr') {
          const o = n.kind === 'Ident' ? this.info.uses.get(n) : this.info.selections.get(n)?.obj;
          if (o?.kind === 'Var' && o.parent?.kind === 'package') out.add(o);
          const fi = o ? this.byObj.get(o) : undefined;
          if (fi && !seen.has(fi)) {
            seen.add(fi);
            let vs = funcVars.get(fi);
            if (!vs) {
              vs = new Set();
              for (const st of fi.body.list) refs(st, vs, seen);
              funcVars.set(fi, vs);
            }
            for (const v of vs) out.add(v);
          }
        }
        forEachChild(n, visit);
      };
      visit(root);
    };
    const deps = specs.map((sp) => {
      const out = new Set<Obj>();
      for (const v of sp.values) refs(v, out, new Set());
      return out;
    });
    const pending = new Set<Obj>();
    specs.forEach((sp) => {
      for (const id of sp.names) {
        const o = this.info.defs.get(id);
        if (o) pending.add(o);
      }
    });
    const order: ValueSpec[] = [];
    const done = new Set<number>();
    while (order.length < specs.length) {
      let pick = specs.findIndex((sp, i) => {
        if (done.has(i)) return false;
        const own = new Set(sp.names.map((id) => this.info.defs.get(id)));
        for (const d of deps[i]) if (pending.has(d) && !own.has(d)) return false;
        return true;
      });
      if (pick < 0) pick = specs.findIndex((_, i) => !done.has(i));
      done.add(pick);
      order.push(specs[pick]);
      for (const id of specs[pick].names) {
        const o = this.info.defs.get(id);
        if (o) pending.delete(o);
      }
    }
    return order;
  }
  /** Package variables' initializers (null: part of a multi-value initialization). */
  readonly globalInit = new Map<Obj, Expr | null>();

  private addSlots(out: VarSlot[], fields: readonly AstField[], types: Type[], results: boolean) {
    let i = 0;
    for (const f of fields) {
      const names = f.names.length > 0 ? f.names : [null];
      for (const id of names) {
        const t = types[i] ?? { kind: 'basic', name: 'invalid type' };
        const obj = id ? (this.info.defs.get(id) ?? null) : null;
        const named = !!id && id.name !== '_';
        const idx = results ? out.length : 0;
        out.push({
          obj,
          name: named ? id!.name : results ? `~r${idx}` : '',
          type: t,
          pos: id ? id.pos : f.pos,
          named,
        });
        i++;
      }
    }
  }

  /** Registers a function's own variables, its function literals, and what literals capture. */
  private collectBody(fi: FuncInfo): void {
    for (const s of [...fi.params, ...fi.results]) if (s.obj) this.ownerOf.set(s.obj, fi);
    const defVar = (id: Ident | null, rhs: Expr | null) => {
      if (!id) return;
      const o = this.info.defs.get(id);
      if (o?.kind !== 'Var' || this.ownerOf.has(o) || o.parent?.kind === 'package') return;
      this.ownerOf.set(o, fi);
      fi.locals.push(o);
      if (rhs) this.defRhs.set(o, rhs);
    };
    const visit = (n: Node): void => {
      switch (n.kind) {
        case 'FuncLit': {
          // a literal in a package initializer is a top-level function (glob..funcN), not a closure
          const global = fi === this.initFunc;
          const lit = new FuncInfo(n, global ? null : fi, n.body);
          fi.closureCount++;
          lit.name = global ? `glob..func${fi.closureCount}` : closureName(fi);
          const sig = this.info.signatures.get(n);
          if (sig) lit.sig = sig;
          this.addSlots(lit.params, n.type.params.list, lit.sig.params, false);
          this.addSlots(lit.results, n.type.results?.list ?? [], lit.sig.results, true);
          this.byLit.set(n, lit);
          this.funcs.push(lit);
          this.collectBody(lit);
          return;
        }
        case 'AssignStmt':
          if (n.tok === ':=') {
            n.lhs.forEach((l, i) => {
              defVar(l.kind === 'Ident' ? l : null, n.lhs.length === n.rhs.length ? n.rhs[i] : null);
            });
          }
          markAssigned(n.lhs, n.tok === ':=');
          break;
        case 'IncDecStmt':
          markAssigned([n.x], false);
          break;
        case 'ValueSpec':
          n.names.forEach((id, i) => {
            defVar(id, n.names.length === n.values.length ? n.values[i] : null);
          });
          break;
        case 'RangeStmt':
          if (n.tok === ':=') {
            defVar(n.key?.kind === 'Ident' ? n.key : null, null);
            defVar(n.value?.kind === 'Ident' ? n.value : null, null);
          } else markAssigned([n.key, n.value], false);
          for (const x of [n.key, n.value]) if (x?.kind === 'Ident') this.notStaticIdent(x);
          break;
        case 'TypeSwitchStmt':
          for (const cl of n.clauses) {
            const o = this.info.implicits.get(cl);
            if (o && !this.ownerOf.has(o)) {
              this.ownerOf.set(o, fi);
              fi.locals.push(o);
            }
          }
          break;
        case 'UnaryExpr':
          if (n.op === '&') {
            const x = unparen(n.x);
            if (x.kind === 'Ident') this.notStaticIdent(x);
          }
          break;
        case 'SelectorExpr': {
          const sel = this.info.selections.get(n);
          if (sel?.kind === 'MethodVal' && sel.ptrRecv) {
            const x = unparen(n.x);
            if (x.kind === 'Ident' && underOf(this.typeOf(x) ?? sel.recv).kind !== 'pointer')
              this.notStaticIdent(x);
          }
          break;
        }
        default:
          break;
      }
      forEachChild(n, visit);
    };
    const markAssigned = (lhs: (Expr | null)[], define: boolean) => {
      for (const l of lhs) {
        if (!l) continue;
        const x = unparen(l);
        if (x.kind !== 'Ident') continue;
        if (define && this.info.defs.get(x)) continue;
        this.notStaticIdent(x);
      }
    };
    for (const s of fi.body.list) visit(s);
    if (fi.node.kind === 'FuncLit') fi.captures = this.freeVars(fi);
  }

  private notStaticIdent(x: Ident): void {
    const o = this.info.uses.get(x) ?? this.info.defs.get(x);
    if (o) this.notStatic.add(o);
  }

  /** Variables of enclosing functions used inside a function literal, in order of first use. */
  private freeVars(fi: FuncInfo): Obj[] {
    const out: Obj[] = [];
    const seen = new Set<Obj>();
    const visit = (n: Node): void => {
      if (n.kind === 'Ident') {
        const o = this.info.uses.get(n);
        if (o && o.kind === 'Var' && !seen.has(o)) {
          const owner = this.ownerOf.get(o);
          if (owner && owner !== fi && isAncestor(owner, fi)) {
            seen.add(o);
            out.push(o);
          }
        }
        return;
      }
      forEachChild(n, visit);
    };
    for (const s of fi.body.list) visit(s);
    return out;
  }

  // ------------------------------------------------------------------------------------ callees

  /** The static value of a local variable (ir.StaticValue): its defining expression, if never reassigned. */
  /** The innermost function (declaration or literal) whose body contains pos. */
  funcAt(pos: Pos): FuncInfo | null {
    let best: FuncInfo | null = null;
    for (const f of this.funcs) {
      if (f.body.pos <= pos && pos < f.body.end && (!best || f.body.pos >= best.body.pos)) best = f;
    }
    return best;
  }

  /** A variable used inside a closure it is captured by has no static value (a closure variable). */
  private captured(o: Obj, use: Ident): boolean {
    const owner = this.ownerOf.get(o);
    return !!owner && this.funcAt(use.pos) !== owner;
  }

  staticValue(e: Expr, bindings: Bindings | null = null): Expr {
    for (let i = 0; i < 10; i++) {
      const x = unparen(e);
      if (x.kind === 'CallExpr') {
        // an inlined call's result variable is static when the callee returns exactly once
        const c = this.inlinedCallee(x, bindings);
        if (!c || (c.kind !== 'file' && c.kind !== 'closure')) return x;
        const r = singleReturn(c.fi);
        if (!r) return x;
        e = r;
        continue;
      }
      if (x.kind !== 'Ident') return x;
      const o = this.info.uses.get(x);
      if (o?.kind !== 'Var' || this.notStatic.has(o) || this.captured(o, x)) return x;
      // a parameter of an inlined call is bound to its argument
      const rhs = this.defRhs.get(o) ?? bindings?.get(o);
      if (!rhs) return x;
      e = rhs;
    }
    return unparen(e);
  }

  stdKey(obj: Obj): string {
    const d = obj.decl;
    if (d?.kind === 'FuncDecl' && d.recv) {
      let rt = unparen(d.recv.list[0].type);
      let ptr = false;
      if (rt.kind === 'StarExpr') {
        ptr = true;
        rt = unparen(rt.x);
      }
      const base = rt.kind === 'Ident' ? rt.name : '?';
      return ptr ? `${obj.pkg}.(*${base}).${obj.name}` : `${obj.pkg}.${base}.${obj.name}`;
    }
    return `${obj.pkg}.${obj.name}`;
  }

  /** The static callee of a declared function or method: the file's own, or a std one. */
  funcCallee(
    obj: Obj,
    recv: Expr | null,
    sel: Selection | null,
    methodExpr: boolean,
    wrapper: boolean,
  ): Extract<Callee, { kind: 'file' | 'std' }> {
    const fi = this.byObj.get(obj);
    if (fi) return { kind: 'file', fi, recv, sel, methodExpr, wrapper };
    const key = this.stdKey(obj);
    return { kind: 'std', key, std: stdFuncs.get(key) ?? null, obj, recv, sel, methodExpr, wrapper };
  }

  /** Resolves the callee of a (non-builtin, non-conversion) call, independently of walk state. */
  callee(call: CallExpr, bindings: Bindings | null = null): Callee {
    const fun = unparen(call.fun);
    if (fun.kind === 'FuncLit') {
      const fi = this.byLit.get(fun);
      if (fi) return { kind: 'closure', fi, lit: fun, direct: true, fun };
    }
    if (fun.kind === 'Ident' && this.info.uses.get(fun)?.kind === 'Func')
      return this.staticCallee(fun, call, fun);
    if (fun.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(fun);
      if (sel?.kind === 'MethodVal') {
        const recvT = this.typeOf(fun.x) ?? sel.recv;
        if (isInterface(recvT))
          return {
            kind: 'iface',
            recv: fun.x,
            sel,
            devirt: this.devirtualize(fun.x, fun.sel.name, bindings),
          };
        return this.funcCallee(sel.obj, fun.x, sel, false, false);
      }
      if (!sel || sel.kind === 'MethodExpr') return this.staticCallee(fun, call, fun);
      return { kind: 'dynamic', fun };
    }
    // a function value: a local variable or an inlined call whose static value is known (ir.StaticValue)
    const v = fun.kind === 'Ident' ? this.info.uses.get(fun) : undefined;
    if ((v?.kind === 'Var' && this.ownerOf.has(v)) || fun.kind === 'CallExpr') {
      const sv = this.staticValue(fun, bindings);
      if (sv !== fun) return this.staticCallee(sv, call, fun);
    }
    return { kind: 'dynamic', fun };
  }

  /** The callee a static function value denotes (a function, method expression or literal). */
  private staticCallee(sv: Expr, call: CallExpr, fun: Expr): Callee {
    if (sv.kind === 'FuncLit') {
      const fi = this.byLit.get(sv);
      if (fi) return { kind: 'closure', fi, lit: sv, direct: false, fun };
    }
    if (sv.kind === 'Ident') {
      const o = this.info.uses.get(sv);
      if (o?.kind === 'Func') return this.funcCallee(o, null, null, false, false);
    }
    if (sv.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(sv);
      if (!sel) {
        // a package-qualified function: always a std one
        const o = this.info.uses.get(sv.sel);
        if (o?.kind === 'Func') return this.funcCallee(o, null, null, false, false);
      } else if (sel.kind === 'MethodExpr' && !isInterface(sel.recv)) {
        const recv = call.args[0] ?? null;
        // (*T).M of a value method is an autogenerated wrapper, never inlined
        const wrapper = underOf(sel.recv).kind === 'pointer' && !sel.ptrRecv;
        return this.funcCallee(sel.obj, recv, sel, true, wrapper);
      }
    }
    return { kind: 'dynamic', fun };
  }

  /** devirtualize.Call: an interface variable whose static value converts a concrete type. */
  private devirtualize(x: Expr, name: string, bindings: Bindings | null): Devirt | null {
    // ir.StaticValue through variables assigned once; an implicit conversion between two interface
    // types (OCONVIFACE of an interface) stops it
    let sv = unparen(x);
    let conc: Type | null = null;
    for (let i = 0; i < 10 && (sv.kind === 'Ident' || sv.kind === 'CallExpr'); i++) {
      if (sv.kind === 'CallExpr') {
        // the result of an inlined call that returns once (its result variable's static value)
        const c = this.inlinedCallee(sv, bindings);
        const r = c && (c.kind === 'file' || c.kind === 'closure') ? singleReturn(c.fi) : null;
        if (!r) break;
        const rt = this.typeOf(r);
        sv = unparen(r);
        if (rt && !isInterface(rt)) {
          conc = rt;
          break;
        }
        continue;
      }
      const o = this.info.uses.get(sv);
      const rhs =
        o && o.kind === 'Var' && !this.notStatic.has(o) && !this.captured(o, sv)
          ? (this.defRhs.get(o) ?? bindings?.get(o))
          : undefined;
      if (!rhs || !o?.type) return null;
      const rt = this.typeOf(rhs);
      if (rt && isInterface(rt) && !identical(rt, o.type)) return null;
      sv = unparen(rhs);
      // a concrete value assigned to the interface variable: the implicit OCONVIFACE
      if (rt && !isInterface(rt)) {
        conc = rt;
        break;
      }
    }
    if (!conc && sv.kind === 'Ident') return null;
    conc ??= this.typeOf(sv);
    const ct = sv.kind === 'CallExpr' ? this.info.types.get(sv.fun) : undefined;
    if (sv.kind === 'CallExpr' && ct?.mode === 'typexpr' && isInterface(ct.type) && sv.args.length === 1) {
      conc = this.typeOf(sv.args[0]);
    }
    if (!conc || isInterface(conc) || isNilType(conc) || isUntyped(conc)) return null;
    const r = lookupFieldOrMethod(conc, name);
    if (r.kind !== 'method' || r.recvNamed?.kind !== 'named') return null;
    const ptrRecv = !!r.method.ptrRecv;
    const base = r.recvNamed;
    if (base.pkg === 'main') {
      const fi = this.methods.get(`${base.name}.${name}`);
      if (!fi) return null;
      const target = { kind: 'file', fi, recv: x, sel: null, methodExpr: false, wrapper: false } as const;
      return { target, ptrRecv, conc, index: r.index };
    }
    const key = ptrRecv ? `${base.pkg}.(*${base.name}).${name}` : `${base.pkg}.${base.name}.${name}`;
    const obj = new Obj('Func', name, NoPos, r.method.type, base.pkg);
    const target = {
      kind: 'std',
      key,
      std: stdFuncs.get(key) ?? null,
      obj,
      recv: x,
      sel: null,
      methodExpr: false,
      wrapper: false,
    } as const;
    return { target, ptrRecv, conc, index: r.index };
  }

  /** Whether Go inlines this call (static: the same in every context but go/defer statements). */
  inlinedCallee(call: CallExpr, bindings: Bindings | null = null): Callee | null {
    const fun = unparen(call.fun);
    const tv = this.info.types.get(call.fun);
    if (tv?.mode === 'typexpr' || tv?.mode === 'builtin') return null;
    if (fun.kind === 'Ident' && this.info.uses.get(fun)?.kind === 'Builtin') return null;
    const c = this.callee(call, bindings);
    if ((c.kind === 'file' || c.kind === 'std') && c.wrapper) return null;
    if ((c.kind === 'file' || c.kind === 'closure') && c.fi.cost !== null) return c;
    if (c.kind === 'std' && c.std && c.std.cost !== null) return c;
    return null;
  }

  // ------------------------------------------------------------------------------------ inlining costs

  /** Top-level functions (declarations and package-level literals) in source order. */
  private topFuncs(): FuncInfo[] {
    return this.funcs.filter((f) => f.parent === null).sort((x, y) => x.node.pos - y.node.pos);
  }

  /** Functions of the component being checked that are not checked yet: calls to them cost 57. */
  readonly pendingCost = new Set<FuncInfo>();

  private computeCosts(): void {
    // inline.InlinePackage: bottom-up over the call graph; a lone self-recursive function is never
    // inlined, and inside a group of mutually recursive functions the later ones are not yet known
    // to be inlinable when the earlier ones are checked.
    for (const { scc, recursive } of this.preInlineComponents()) {
      if (recursive && scc.length === 1) {
        scc[0].costState = 'done';
        continue;
      }
      for (const f of scc) this.pendingCost.add(f);
      for (const f of scc) {
        this.pendingCost.delete(f);
        this.inlCost(f);
      }
    }
    for (const fi of this.funcs) this.inlCost(fi);
  }

  private preInlineComponents(): { scc: FuncInfo[]; recursive: boolean }[] {
    // Tarjan over FuncDecls (closures merged into their top function).
    const refs = new Map<FuncInfo, FuncInfo[]>();
    const tops = this.topFuncs();
    for (const f of tops) {
      const out: FuncInfo[] = [];
      const visit = (n: Node): void => {
        if (n.kind === 'Ident') {
          const o = this.info.uses.get(n);
          const g = o ? this.byObj.get(o) : undefined;
          if (g) out.push(g);
          return;
        }
        if (n.kind === 'SelectorExpr') {
          const sel = this.info.selections.get(n);
          const g = sel ? this.byObj.get(sel.obj) : undefined;
          if (g) out.push(g);
        }
        forEachChild(n, visit);
      };
      for (const s of f.body.list) visit(s);
      refs.set(f, out);
    }
    return tarjan(tops, (f) => refs.get(f) ?? []).map((scc) => ({
      scc,
      recursive: scc.length > 1 || (refs.get(scc[0]) ?? []).includes(scc[0]),
    }));
  }

  /** The inlining cost of a function (inline.CanInline), or null if Go does not inline it. */
  inlCost(fi: FuncInfo): number | null {
    if (fi.costState === 'done') return fi.cost;
    if (fi.costState === 'busy') return null;
    fi.costState = 'busy';
    let cost: number | null = null;
    if (!fi.noinline) {
      const c = new CostCounter(this, fi).body(fi.body.list);
      cost = c !== null && c <= inlineMaxBudget ? c : null;
    }
    fi.cost = cost;
    fi.costState = 'done';
    return cost;
  }

  // ------------------------------------------------------------------------------------ batches

  /** ir.VisitFuncsBottomUp over the functions after inlining: batches in analysis order. */
  private batches(): FuncInfo[][] {
    const tops = this.topFuncs();
    const refsCache = new Map<FuncInfo, FuncInfo[]>();
    const refsOf = (f: FuncInfo): FuncInfo[] => {
      const cached = refsCache.get(f);
      if (cached) return cached;
      const out: FuncInfo[] = [];
      refsCache.set(f, out);
      this.postInlineRefs(f, out, new Set());
      return out;
    };
    return tarjan(tops, refsOf);
  }

  /** Functions a body refers to once inlined calls are replaced by the callee's body. */
  private postInlineRefs(f: FuncInfo, out: FuncInfo[], expanding: Set<FuncInfo>): void {
    const addTop = (g: FuncInfo) => {
      let t = g;
      while (t.parent) t = t.parent;
      out.push(t);
    };
    const visit = (n: Node, inGoDefer: boolean, b: Bindings | null): void => {
      if (n.kind === 'GoStmt' || n.kind === 'DeferStmt') {
        visit(n.call.fun, true, b);
        for (const a of n.call.args) visit(a, false, b);
        return;
      }
      if (n.kind === 'CallExpr' && !inGoDefer) {
        const c = this.inlinedCallee(n, b);
        if (c && (c.kind === 'file' || c.kind === 'closure') && !expanding.has(c.fi) && c.fi !== f) {
          if (c.kind === 'file' && c.recv) visit(c.recv, false, b);
          if (c.kind === 'closure' && !c.direct) visit(c.fun, false, b);
          for (const a of c.kind === 'file' && c.methodExpr ? n.args.slice(1) : n.args) visit(a, false, b);
          expanding.add(c.fi);
          const inner = this.bindArgs(n, c, b);
          for (const s of c.fi.body.list) visit(s, false, inner);
          expanding.delete(c.fi);
          return;
        }
        // an interface call devirtualized after inlining refers to the concrete method
        const d = this.callee(n, b);
        if (d.kind === 'iface' && d.devirt?.target.kind === 'file') addTop(d.devirt.target.fi);
      }
      if (n.kind === 'Ident') {
        const o = this.info.uses.get(n);
        const g = o ? this.byObj.get(o) : undefined;
        if (g) addTop(g);
        return;
      }
      if (n.kind === 'SelectorExpr') {
        const sel = this.info.selections.get(n);
        const g = sel ? this.byObj.get(sel.obj) : undefined;
        if (g) addTop(g);
      }
      forEachChild(n, (c) => visit(c, false, b));
    };
    for (const s of f.body.list) visit(s, false, null);
  }

  /** Binds an inlined callee's parameters to the call's arguments (for ir.StaticValue). */
  bindArgs(
    call: CallExpr,
    c: Extract<Callee, { kind: 'file' | 'closure' }>,
    parent: Bindings | null,
  ): Map<Obj, Expr> {
    const out = new Map<Obj, Expr>(parent ?? []);
    const fi = c.fi;
    const sig = fi.sig;
    const first = c.kind === 'file' && c.methodExpr ? 1 : 0;
    const recvSlot = fi.hasRecv ? 1 : 0;
    const nfixed = sig.variadic && call.ellipsis === NoPos ? sig.params.length - 1 : sig.params.length;
    const args = call.args.slice(first);
    if (args.length === 1 && nfixed > 1) return out;
    for (let i = 0; i < nfixed && i < args.length; i++) {
      const o = fi.params[recvSlot + i]?.obj;
      if (o) out.set(o, args[i]);
    }
    return out;
  }
}

/** The one result of a function with one return statement and an unnamed result (canDelayResults). */
function singleReturn(fi: FuncInfo): Expr | null {
  if (fi.results.length !== 1 || fi.results[0].named) return null;
  const rets: ReturnStmt[] = [];
  const visit = (n: Node): void => {
    if (n.kind === 'FuncLit') return;
    if (n.kind === 'ReturnStmt') rets.push(n);
    forEachChild(n, visit);
  };
  for (const s of fi.body.list) visit(s);
  return rets.length === 1 && rets[0].results.length === 1 ? rets[0].results[0] : null;
}

/** Go's name for a function literal: main.func1, nested main.func1.1. */
function closureName(parent: FuncInfo): string {
  return parent.parent
    ? `${parent.name}.${parent.closureCount}`
    : `${parent.name}.func${parent.closureCount}`;
}

function isAncestor(a: FuncInfo, f: FuncInfo): boolean {
  for (let p = f.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

/** Strongly connected components in ir.VisitFuncsBottomUp order (callees first). */
function tarjan<T>(nodes: T[], refs: (n: T) => T[]): T[][] {
  const id = new Map<T, number>();
  const done = new Set<T>();
  const stack: T[] = [];
  const out: T[][] = [];
  let gen = 0;
  const visit = (n: T): number => {
    if (done.has(n)) return Number.MAX_SAFE_INTEGER;
    const seen = id.get(n);
    if (seen !== undefined) return seen;
    gen++;
    const myId = gen;
    id.set(n, myId);
    gen++;
    let min = gen;
    stack.push(n);
    for (const r of refs(n)) {
      const m = visit(r);
      if (m < min) min = m;
    }
    if (min === myId || min === myId + 1) {
      let i = stack.length - 1;
      for (; i >= 0; i--) {
        done.add(stack[i]);
        if (stack[i] === n) break;
      }
      out.push(stack.slice(i));
      stack.length = i;
    }
    return min;
  };
  for (const n of nodes) visit(n);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Inlining cost (inline/inl.go hairyVisitor): one per IR node, with the compiler's adjustments.

class CostCounter {
  constructor(
    readonly a: Analysis,
    readonly fi: FuncInfo,
  ) {}

  /** Cost of a statement list, or null when the function cannot be inlined at all. */
  body(list: readonly Stmt[]): number | null {
    try {
      return this.stmts(list);
    } catch (e) {
      if (e === hairy) return null;
      throw e;
    }
  }

  private stmts(list: readonly Stmt[]): number {
    let c = 0;
    for (const s of liveList(this.a, list)) c += this.stmt(s);
    return c;
  }

  private ex(e: Expr | null): number {
    return e ? this.expr(e) : 0;
  }

  private newVars(lhs: readonly Expr[]): number {
    let n = 0;
    for (const l of lhs) if (l.kind === 'Ident' && l.name !== '_' && this.a.info.defs.get(l)) n++;
    return 2 * n;
  }

  private conv(e: Expr, target: Type | null | undefined): number {
    const t = this.a.typeOf(e);
    return target && t && isInterface(target) && !identical(t, target) && !isNilType(t) ? 1 : 0;
  }

  private stmt(s: Stmt): number {
    switch (s.kind) {
      case 'ExprStmt':
        return this.expr(s.x);
      case 'AssignStmt': {
        if (s.tok !== '=' && s.tok !== ':=') return 1 + this.expr(s.lhs[0]) + this.expr(s.rhs[0]);
        let c = 1 + (s.tok === ':=' ? this.newVars(s.lhs) : 0);
        for (const l of s.lhs) c += this.expr(l);
        s.rhs.forEach((r, i) => {
          c += this.expr(r);
          if (s.lhs.length === s.rhs.length) c += this.conv(r, this.a.typeOf(s.lhs[i]));
        });
        return c;
      }
      case 'IncDecStmt':
        return 2 + this.expr(s.x);
      case 'DeclStmt': {
        const d = s.decl;
        if (d.tok === 'type') throw hairy;
        if (d.tok !== 'var') return 0;
        let c = 0;
        for (const sp of d.specs) {
          if (sp.kind !== 'ValueSpec') continue;
          c += 2 * sp.names.length;
          if (sp.values.length === sp.names.length) {
            sp.names.forEach((id, i) => {
              c += 2 + this.expr(sp.values[i]) + this.conv(sp.values[i], this.a.info.defs.get(id)?.type);
            });
          } else if (sp.values.length === 0) c += 2 * sp.names.length;
          else c += 1 + sp.names.length + this.expr(sp.values[0]);
        }
        return c;
      }
      case 'ReturnStmt': {
        let c = 1;
        const rt = this.fi.sig.results;
        s.results.forEach((r, i) => {
          c += this.expr(r);
          if (s.results.length === rt.length) c += this.conv(r, rt[i]);
        });
        return c;
      }
      case 'BlockStmt':
        return this.stmts(s.list);
      case 'IfStmt': {
        const init = s.init ? this.stmt(s.init) : 0;
        const tv = this.a.info.types.get(s.cond);
        if (tv?.value?.kind === 'bool') {
          if (tv.value.v) return init + this.stmts(s.body.list);
          return init + (s.else ? this.stmt(s.else) : 0);
        }
        return 1 + init + this.expr(s.cond) + this.stmts(s.body.list) + (s.else ? this.stmt(s.else) : 0);
      }
      case 'ForStmt':
        return (
          1 +
          (s.init ? this.stmt(s.init) : 0) +
          this.ex(s.cond) +
          (s.post ? this.stmt(s.post) : 0) +
          this.stmts(s.body.list)
        );
      case 'RangeStmt': {
        let c = 1 + this.expr(s.x) + this.ex(s.key) + this.ex(s.value) + this.stmts(s.body.list);
        if (s.tok === ':=') c += this.newVars([s.key, s.value].filter((x): x is Expr => !!x));
        return c;
      }
      case 'SwitchStmt': {
        let c = 1 + (s.init ? this.stmt(s.init) : 0) + this.ex(s.tag);
        for (const cl of liveClauses(this.a, s)) {
          c += 1 + this.stmts(cl.body);
          for (const x of cl.list ?? []) c += this.expr(x);
        }
        return c;
      }
      case 'TypeSwitchStmt': {
        let c = 2 + (s.init ? this.stmt(s.init) : 0) + this.expr(s.guard.x) + (s.lhs ? 1 : 0);
        for (const cl of s.clauses) c += 1 + (cl.list?.length ?? 0) + (s.lhs ? 1 : 0) + this.stmts(cl.body);
        return c;
      }
      case 'SelectStmt': {
        let c = 1;
        for (const cl of s.clauses) {
          c += 1 + this.stmts(cl.body);
          const m = cl.comm;
          if (!m) continue;
          if (m.kind === 'SendStmt') c += this.stmt(m);
          else if (m.kind === 'ExprStmt') c += 3 + this.expr(m.x);
          else if (m.kind === 'AssignStmt') {
            // OSELRECV2 with two left-hand sides (a missing one is blank)
            c += 3 + this.expr(m.rhs[0]) + (m.tok === ':=' ? this.newVars(m.lhs) : 0);
          }
        }
        return c;
      }
      case 'SendStmt':
        return 1 + this.expr(s.chan) + this.expr(s.value);
      case 'LabeledStmt':
        return 1 + this.stmt(s.stmt);
      case 'BranchStmt':
        return 1;
      case 'GoStmt':
      case 'DeferStmt':
        throw hairy;
      default:
        return 0;
    }
  }

  expr(e: Expr): number {
    if (this.a.isConst(e)) return 1;
    switch (e.kind) {
      case 'Ident':
      case 'BasicLit':
        return 1;
      case 'ParenExpr':
        return this.expr(e.x);
      case 'FuncLit': {
        const fi = this.a.byLit.get(e);
        if (!fi) return 16;
        const sub = new CostCounter(this.a, fi).body(fi.body.list);
        if (sub === null) throw hairy;
        return 16 + sub;
      }
      case 'CompositeLit':
        return this.compLit(e, this.a.typeOf(e));
      case 'SelectorExpr': {
        const sel = this.a.info.selections.get(e);
        if (!sel) return 1;
        if (sel.kind === 'MethodExpr') return 0;
        if (sel.kind === 'MethodVal') return 2 + this.expr(e.x) + Math.max(0, sel.index.length - 1);
        return sel.index.length + this.expr(e.x);
      }
      case 'IndexExpr': {
        const xt = this.a.typeOf(e.x);
        const star = xt && underOf(xt).kind === 'pointer' ? 1 : 0;
        return 1 + star + this.expr(e.x) + this.expr(e.index);
      }
      case 'SliceExpr': {
        const xt = this.a.typeOf(e.x);
        const addr = xt && underOf(xt).kind === 'array' ? 1 : 0;
        return 1 + addr + this.expr(e.x) + this.ex(e.low) + this.ex(e.high) + this.ex(e.max);
      }
      case 'TypeAssertExpr':
        return 1 + this.expr(e.x);
      case 'StarExpr':
        return 1 + this.expr(e.x);
      case 'UnaryExpr':
        if (e.op === '&' && unparen(e.x).kind === 'CompositeLit') {
          return 1 + this.compLit(unparen(e.x) as CompositeLit, this.a.typeOf(unparen(e.x)));
        }
        return 1 + this.expr(e.x);
      case 'BinaryExpr': {
        const t = this.a.typeOf(e);
        if (e.op === '+' && t && isString(t)) {
          const ops = concatOperands(this.a, e);
          let c = 1;
          for (const o of ops) c += this.expr(o);
          return c;
        }
        return 1 + this.expr(e.x) + this.expr(e.y);
      }
      case 'CallExpr':
        return this.call(e);
      case 'KeyValueExpr':
        return 1 + this.expr(e.key) + this.expr(e.value);
      default:
        return 1;
    }
  }

  private compLit(e: CompositeLit, t: Type | null): number {
    if (!t) return 1;
    let u = underOf(t);
    let c = 0;
    if (u.kind === 'pointer') {
      c += 1;
      u = underOf(u.elem);
    }
    switch (u.kind) {
      case 'struct': {
        c += 1;
        e.elts.forEach((el, i) => {
          const v = el.kind === 'KeyValueExpr' ? el.value : el;
          const f =
            el.kind === 'KeyValueExpr' && el.key.kind === 'Ident'
              ? u.fields.find((x) => x.name === (el.key as Ident).name)
              : u.fields[i];
          c += 1 + this.elt(v, f?.type ?? null);
        });
        return c;
      }
      case 'array':
      case 'slice': {
        c += u.kind === 'slice' ? 2 : 1;
        for (const el of e.elts) {
          if (el.kind === 'KeyValueExpr') c += 1 + this.expr(el.key) + this.elt(el.value, u.elem);
          else c += this.elt(el, u.elem);
        }
        return c;
      }
      case 'map': {
        c += 1;
        for (const el of e.elts) {
          if (el.kind === 'KeyValueExpr') c += 1 + this.elt(el.key, u.key) + this.elt(el.value, u.elem);
        }
        return c;
      }
      default:
        return c + 1;
    }
  }

  private elt(v: Expr, t: Type | null): number {
    if (v.kind === 'CompositeLit' && v.type === null) return this.compLit(v, this.a.typeOf(v) ?? t);
    return this.expr(v) + this.conv(v, t);
  }

  private call(e: CallExpr): number {
    const a = this.a;
    const fun = unparen(e.fun);
    const ftv = a.info.types.get(e.fun);
    if (ftv?.mode === 'typexpr') {
      const target = ftv.type;
      const src = e.args[0] ? a.typeOf(e.args[0]) : null;
      const arg = e.args[0] ? this.expr(e.args[0]) : 0;
      if (!src) return 1 + arg;
      // []byte("const") (the checker records the constant with the slice type)
      const cv = e.args[0] ? a.info.types.get(e.args[0])?.value : null;
      if (cv?.kind === 'string' && isByteOrRuneSlice(target)) return 1 + arg;
      return (convIsNop(target, src) ? 0 : 1) + arg;
    }
    const bo = fun.kind === 'Ident' ? a.info.uses.get(fun) : undefined;
    if (ftv?.mode === 'builtin' || bo?.kind === 'Builtin') {
      const name = bo?.builtin ?? (fun.kind === 'Ident' ? fun.name : '');
      let c = 1;
      switch (name) {
        case 'recover':
          throw hairy;
        case 'new':
          return 2;
        case 'make': {
          for (const x of e.args.slice(1)) c += this.expr(x);
          // make(map[K]V) and make(chan T) get an implicit size node
          const mt = e.args[0] ? a.typeOf(e.args[0]) : null;
          if (mt && underOf(mt).kind !== 'slice' && e.args.length === 1) c += 1;
          return c;
        }
        case 'panic': {
          const x = e.args[0];
          const cv = x ? this.conv(x, { kind: 'interface', methods: [], embedded: [] }) : 0;
          return 2 - cv + (x ? this.expr(x) + cv : 0);
        }
        case 'append': {
          const st = e.args[0] ? a.typeOf(e.args[0]) : null;
          const elem = st && underOf(st).kind === 'slice' ? (underOf(st) as { elem: Type }).elem : null;
          e.args.forEach((x, i) => {
            c += this.expr(x);
            if (i > 0 && e.ellipsis === NoPos) c += this.conv(x, elem);
          });
          return c;
        }
        default:
          for (const x of e.args) c += this.expr(x);
          return c;
      }
    }
    const c = a.callee(e);
    let cost = 1;
    let args = e.args;
    let params: Type[] = [];
    let variadic = false;
    switch (c.kind) {
      case 'file':
      case 'closure': {
        const callee = a.pendingCost.has(c.fi) ? null : a.inlCost(c.fi);
        cost += callee !== null ? callee : inlineExtraCallCost;
        params = c.fi.sig.params;
        variadic = c.fi.sig.variadic;
        if (c.kind === 'file' && c.recv) {
          if (c.methodExpr) {
            args = e.args.slice(1);
            cost += this.expr(c.recv);
          } else cost += 1 + this.expr(c.recv) + this.recvAdjust(c.fi, c.recv, c.sel);
        } else cost += this.expr(c.kind === 'closure' ? c.fun : (fun as Expr));
        break;
      }
      case 'std': {
        const std = c.std;
        // an intrinsic adds nothing to the caller's cost
        if (!std?.intrinsic) cost += std?.cost ?? inlineExtraCallCost;
        const ft = c.obj.type;
        if (ft?.kind === 'func') {
          params = ft.params;
          variadic = ft.variadic;
        }
        if (c.recv) {
          if (c.methodExpr) {
            args = e.args.slice(1);
            cost += this.expr(c.recv);
          } else cost += 1 + this.expr(c.recv) + this.stdRecvAdjust(c);
        } else cost += 1;
        break;
      }
      case 'iface': {
        cost += inlineExtraCallCost + 1 + this.expr(c.recv);
        const mt = c.sel.type;
        if (mt.kind === 'func') {
          params = mt.params;
          variadic = mt.variadic;
        }
        break;
      }
      case 'dynamic': {
        cost += inlineExtraCallCost + this.expr(c.fun);
        const ft = a.typeOf(c.fun);
        if (ft && underOf(ft).kind === 'func') {
          const u = underOf(ft) as FuncT;
          params = u.params;
          variadic = u.variadic;
        }
        break;
      }
    }
    args.forEach((x, i) => {
      cost += this.expr(x);
      let pt: Type | null = params[i] ?? null;
      if (variadic && e.ellipsis === NoPos && i >= params.length - 1) {
        const last = params[params.length - 1];
        pt = last && underOf(last).kind === 'slice' ? (underOf(last) as { elem: Type }).elem : null;
      }
      cost += this.conv(x, pt);
    });
    return cost;
  }

  /** Implicit & or * of a method receiver. */
  private recvAdjust(fi: FuncInfo, recv: Expr, sel: Selection | null): number {
    const rt = this.a.typeOf(recv);
    if (!rt || !sel) return 0;
    const final = embeddedPathType(rt, sel.index);
    const isPtr = !!final && underOf(final).kind === 'pointer';
    return sel.index.length + (fi.name.startsWith('(*') !== isPtr ? 1 : 0);
  }

  private stdRecvAdjust(c: Extract<Callee, { kind: 'std' }>): number {
    if (!c.recv || !c.sel) return 0;
    const rt = this.a.typeOf(c.recv);
    if (!rt) return 0;
    const final = embeddedPathType(rt, c.sel.index);
    const isPtr = !!final && underOf(final).kind === 'pointer';
    return c.sel.index.length + (c.sel.ptrRecv !== isPtr ? 1 : 0);
  }
}

const hairy = { hairy: true };

const emptyIface: Type = { kind: 'interface', methods: [], embedded: [] };

/** The type reached by following embedded fields (a method selection's index path). */
function embeddedPathType(t: Type, index: readonly number[]): Type | null {
  let cur: Type | null = t;
  for (const idx of index) {
    if (!cur) return null;
    let u = underOf(cur);
    if (u.kind === 'pointer') u = underOf(u.elem);
    if (u.kind !== 'struct') return null;
    cur = u.fields[idx]?.type ?? null;
  }
  return cur;
}

/** A conversion that produces no code (OCONVNOP): same underlying types, or pointers to them. */
function convIsNop(target: Type, src: Type): boolean {
  const t = underOf(target);
  const s = underOf(src);
  if (identical(t, s)) return true;
  if (t.kind === 'basic' && s.kind === 'basic' && isInteger(t) && isInteger(s)) {
    return safeLayoutSize(t) === safeLayoutSize(s);
  }
  if (t.kind === 'pointer' && s.kind === 'pointer' && identical(underOf(t.elem), underOf(s.elem)))
    return true;
  return false;
}

/** The operands of a string concatenation chain (typecheck merges left-nested + into one OADDSTR). */
function concatOperands(a: Analysis, e: BinaryExpr): Expr[] {
  const out: Expr[] = [];
  const rec = (x: Expr) => {
    const u = unparen(x);
    if (u.kind === 'BinaryExpr' && u.op === '+' && !a.isConst(u)) {
      const t = a.typeOf(u);
      if (t && isString(t)) {
        rec(u.x);
        out.push(u.y);
        return;
      }
    }
    out.push(x);
  };
  rec(e.x);
  out.push(e.y);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Dead code (deadcode/deadcode.go): what the compiler drops before inlining and escape analysis

function constBool(a: Analysis, e: Expr | null): boolean | null {
  const v = e ? a.info.types.get(e)?.value : null;
  return v?.kind === 'bool' ? v.v : null;
}

/** The branch of an if with a constant condition that remains, or null when the condition is not constant. */
function liveBranch(a: Analysis, s: IfStmt): { list: readonly Stmt[] } | null {
  const c = constBool(a, s.cond);
  if (c === null) return null;
  if (c) return { list: s.body.list };
  return { list: s.else ? [s.else] : [] };
}

/** The clauses of a switch that remain: a constant tag (or none) against constant cases keeps one. */
function liveClauses(a: Analysis, s: SwitchStmt): readonly CaseClause[] {
  const tag = s.tag ? (a.info.types.get(s.tag)?.value ?? null) : ({ kind: 'bool', v: true } as const);
  if (!tag) return s.clauses;
  let def: CaseClause | null = null;
  const hasFall = (cl: CaseClause) => cl.body.some((x) => x.kind === 'BranchStmt' && x.tok === 'fallthrough');
  for (const cl of s.clauses) {
    if (cl.list === null) {
      def = cl;
      continue;
    }
    for (const x of cl.list) {
      const v = a.info.types.get(x)?.value;
      if (!v) return s.clauses;
      if (valueEqual(tag, v)) return hasFall(cl) ? s.clauses : [cl];
    }
  }
  if (def) return hasFall(def) ? s.clauses : [def];
  return [];
}

function valueEqual(x: Value, y: Value): boolean {
  if (x.kind !== y.kind) {
    if ((x.kind === 'int' || x.kind === 'float') && (y.kind === 'int' || y.kind === 'float')) {
      return Number(x.v) === Number(y.v);
    }
    return false;
  }
  switch (x.kind) {
    case 'bool':
    case 'string':
    case 'int':
      return x.v === (y as typeof x).v;
    default:
      return JSON.stringify(x) === JSON.stringify(y);
  }
}

/**
 * A statement list after deadcode: statements following an if whose constant condition leaves a
 * branch ending in return or panic are dropped (unless a label follows).
 */
function liveList(a: Analysis, list: readonly Stmt[]): readonly Stmt[] {
  let lastLabel = -1;
  list.forEach((x, i) => {
    if (x.kind === 'LabeledStmt') lastLabel = i;
  });
  for (let i = 0; i < list.length; i++) {
    const x = list[i];
    if (x.kind !== 'IfStmt' || i <= lastLabel) continue;
    const br = liveBranch(a, x);
    const last = br?.list[br.list.length - 1];
    if (!last) continue;
    const ends =
      last.kind === 'ReturnStmt' ||
      (last.kind === 'ExprStmt' &&
        last.x.kind === 'CallExpr' &&
        unparen(last.x.fun).kind === 'Ident' &&
        a.info.uses.get(unparen(last.x.fun) as Ident)?.builtin === 'panic');
    if (ends) return list.slice(0, i + 1);
  }
  return list;
}

// ---------------------------------------------------------------------------------------------------
// Printing expressions the way cmd/compile's ir formatter does in -m messages

const binPrec: Record<string, number> = {
  '*': 6,
  '/': 6,
  '%': 6,
  '<<': 6,
  '>>': 6,
  '&': 6,
  '&^': 6,
  '+': 5,
  '-': 5,
  '|': 5,
  '^': 5,
  '==': 4,
  '!=': 4,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '&&': 2,
  '||': 1,
};

class Printer {
  constructor(
    readonly a: Analysis,
    /** The walk's current parameter bindings (inlined calls decide how calls print). */
    readonly bindings: () => Bindings | null = () => null,
  ) {}

  /** cmd/compile's types.Type formatting ("[]byte", "map[string]int", "interface {}", "*T"). */
  type(t: Type): string {
    const s = (x: Type) => this.type(x);
    switch (t.kind) {
      case 'basic':
        return t.alias ?? t.name;
      case 'named':
        return t.pkg && t.pkg !== 'main' ? `${t.pkg}.${t.name}` : t.name;
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
      case 'func': {
        const ps = t.params.map((p, i) =>
          t.variadic && i === t.params.length - 1 && p.kind === 'slice' ? `...${s(p.elem)}` : s(p),
        );
        let out = `func(${ps.join(', ')})`;
        if (t.results.length === 1) out += ` ${s(t.results[0])}`;
        else if (t.results.length > 1) out += ` (${t.results.map(s).join(', ')})`;
        return out;
      }
      case 'struct':
        if (t.fields.length === 0) return 'struct {}';
        return `struct { ${t.fields.map((f) => (f.embedded ? s(f.type) : `${f.name} ${s(f.type)}`)).join('; ')} }`;
      case 'interface': {
        if (t === this.a.anyType) return 'any';
        const parts = [
          ...t.embedded.map(s),
          ...t.methods.map((m) => `${m.name}${m.type.kind === 'func' ? s(m.type).slice(4) : ''}`),
        ];
        return parts.length === 0 ? 'interface {}' : `interface { ${parts.join('; ')} }`;
      }
    }
  }

  /** A type with a symbol prints bare in a conversion; others are parenthesized. */
  private typeHasSym(t: Type): boolean {
    return t.kind === 'named' || t.kind === 'basic' || t === this.a.anyType;
  }

  expr(e: Expr, prec = 0): string {
    const [s, p] = this.raw(e);
    return prec > p ? `(${s})` : s;
  }

  private raw(e: Expr): [string, number] {
    const a = this.a;
    if (a.isConst(e)) {
      const u = e.kind === 'ParenExpr' ? e : unparen(e);
      let p = 8;
      if (u.kind === 'BinaryExpr') p = binPrec[u.op] ?? 8;
      else if (u.kind === 'UnaryExpr' || u.kind === 'StarExpr') p = 7;
      return [exprString(e), p];
    }
    switch (e.kind) {
      case 'Ident':
        return [e.name, 8];
      case 'ParenExpr':
        return this.raw(e.x);
      case 'FuncLit':
        return ['func literal', 8];
      case 'CompositeLit': {
        const t = a.typeOf(e);
        if (t && t.kind === 'pointer' && e.type === null) return [`&${this.lit(e, t.elem)}`, 7];
        return [this.lit(e, t), 8];
      }
      case 'SelectorExpr': {
        const sel = a.info.selections.get(e);
        if (!sel) return [`${this.expr(e.x, 8)}.${e.sel.name}`, 8];
        if (sel.kind === 'MethodExpr') {
          const t = this.type(sel.recv);
          return [`${sel.recv.kind === 'pointer' ? `(${t})` : t}.${e.sel.name}`, 8];
        }
        const path = sel.kind === 'FieldVal' ? sel.index.slice(0, -1) : sel.index;
        return [`${this.withPath(e.x, path)}.${e.sel.name}`, 8];
      }
      case 'IndexExpr':
        return [`${this.expr(e.x, 8)}[${this.expr(e.index)}]`, 8];
      case 'SliceExpr': {
        let s = `${this.expr(e.x, 8)}[`;
        if (e.low) s += this.expr(e.low);
        s += ':';
        if (e.high) s += this.expr(e.high);
        if (e.slice3) s += `:${e.max ? this.expr(e.max) : ''}`;
        return [`${s}]`, 8];
      }
      case 'TypeAssertExpr': {
        const t = e.type ? a.typeOf(e.type) : null;
        return [`${this.expr(e.x, 8)}.(${t ? this.type(t) : exprString(e.type ?? e)})`, 8];
      }
      case 'StarExpr':
        return [`*${this.expr(e.x, 8)}`, 7];
      case 'UnaryExpr': {
        if (e.op === '&') {
          const x = unparen(e.x);
          if (x.kind === 'CompositeLit') return [`&${this.lit(x, a.typeOf(x))}`, 7];
        }
        const inner = unparen(e.x);
        const sp = inner.kind === 'UnaryExpr' && inner.op === e.op ? ' ' : '';
        return [`${e.op}${sp}${this.expr(e.x, 8)}`, 7];
      }
      case 'BinaryExpr': {
        const t = a.typeOf(e);
        if (e.op === '+' && t && isString(t)) {
          return [
            concatOperands(a, e)
              .map((x) => this.expr(x, 0))
              .join(' + '),
            0,
          ];
        }
        const p = binPrec[e.op] ?? 8;
        let xs = this.expr(e.x, p);
        let ys = this.expr(e.y, p + 1);
        if (e.op === '==' || e.op === '!=') {
          // an interface compared with another interface type is converted explicitly
          const xt = a.typeOf(e.x);
          const yt = a.typeOf(e.y);
          if (xt && yt && isInterface(xt) && isInterface(yt) && !identical(xt, yt)) {
            // the operand assignable to the other's type (the one with more methods) is converted
            const conv = (t: Type, s: string) =>
              `${this.typeHasSym(t) ? this.type(t) : `(${this.type(t)})`}(${s})`;
            if (ifaceMethodCount(yt) >= ifaceMethodCount(xt)) ys = conv(xt, this.expr(e.y));
            else xs = conv(yt, this.expr(e.x));
          }
        }
        return [`${xs} ${e.op} ${ys}`, p];
      }
      case 'CallExpr': {
        const inl = a.inlinedCallee(e, this.bindings());
        if (inl) return [this.inlResultName(inl), 0];
        return [this.call(e), 8];
      }
      case 'KeyValueExpr':
        return [`${this.expr(e.key)}:${this.expr(e.value)}`, 8];
      default:
        return [exprString(e), 8];
    }
  }

  /** x followed by the embedded fields a promoted selection goes through (x.Inner). */
  withPath(x: Expr, path: readonly number[]): string {
    let out = this.expr(x, 8);
    let t = this.a.typeOf(x);
    for (const idx of path) {
      if (!t) break;
      let u = underOf(t);
      if (u.kind === 'pointer') u = underOf(u.elem);
      if (u.kind !== 'struct') break;
      const f = u.fields[idx];
      if (!f) break;
      out += `.${f.name}`;
      t = f.type;
    }
    return out;
  }

  /** An assignment statement as the compiler prints it ("a[i], a[j] = a[j], a[i]"). */
  assign(lhs: readonly Expr[], tok: string, rhs: readonly Expr[]): string {
    return `${lhs.map((x) => this.expr(x)).join(', ')} ${tok} ${rhs.map((x) => this.expr(x)).join(', ')}`;
  }

  lit(e: CompositeLit, t: Type | null): string {
    return `${t ? this.type(t) : 'composite literal'}{${e.elts.length > 0 ? '...' : ''}}`;
  }

  /** The name an inlined call's result takes (~R0, or the declared result name). */
  inlResultName(c: Callee): string {
    let names: string[] = [];
    if (c.kind === 'file' || c.kind === 'closure')
      names = c.fi.results.map((r, i) => (r.named ? r.name : `~R${i}`));
    else if (c.kind === 'std') {
      const ft = c.obj.type;
      const pkg = c.obj.pkg;
      if (ft?.kind === 'func') {
        names = ft.results.map((_, i) => {
          const n = ft.resultNames?.[i];
          return n && n !== '_' ? `${pkg}.${n}` : `~R${i}`;
        });
      }
    }
    return names.length === 1 ? names[0] : `(.[${names.join(' ')}])`;
  }

  call(e: CallExpr): string {
    const a = this.a;
    const fun = unparen(e.fun);
    const ftv = a.info.types.get(e.fun);
    const args = (xs: readonly Expr[]) => xs.map((x) => this.expr(x)).join(', ');
    if (ftv?.mode === 'typexpr') {
      const t = ftv.type;
      const cv = e.args[0] ? a.info.types.get(e.args[0])?.value : null;
      if (cv?.kind === 'string' && isRuneSlice(t)) return `${this.type(t)}{${cv.v.length > 0 ? '...' : ''}}`;
      const ts = this.typeHasSym(t) ? this.type(t) : `(${this.type(t)})`;
      return `${ts}(${args(e.args)})`;
    }
    const bo = fun.kind === 'Ident' ? a.info.uses.get(fun) : undefined;
    if (ftv?.mode === 'builtin' || bo?.kind === 'Builtin') {
      const name = fun.kind === 'Ident' ? fun.name : exprString(fun);
      if (name === 'new' || name === 'make') {
        const t = e.args[0] ? a.typeOf(e.args[0]) : null;
        const rest = e.args.slice(1).map((x) => this.expr(x));
        return `${name}(${[t ? this.type(t) : '?', ...rest].join(', ')})`;
      }
      return `${name}(${args(e.args)}${e.ellipsis !== NoPos ? '...' : ''})`;
    }
    const inl = a.inlinedCallee(e, this.bindings());
    if (inl) return this.inlResultName(inl);
    const c = a.callee(e, this.bindings());
    const fsel = fun.kind === 'SelectorExpr' ? a.info.selections.get(fun) : undefined;
    // a callee (or receiver) with calls in it was moved to a temporary (RewriteNonNameCall)
    const tmp = a.temps.get(e)?.callee;
    const tmpName = tmp !== undefined ? `.autotmp_${tmp}` : null;
    // FixMethodCall: a static method call prints as T.M(recv, args); a devirtualized interface
    // call as T.M(x.(T), args)
    let head = tmpName ?? this.expr(e.fun, 8);
    let recvText: string | null = null;
    let ft: Type | null = a.typeOf(e.fun);
    if (fsel?.kind === 'MethodVal' && (c.kind === 'file' || c.kind === 'std') && c.recv && c.sel) {
      head = c.kind === 'file' ? c.fi.name : methodExprName(c);
      recvText = tmpName ?? this.withPath(c.recv, c.sel.index);
      ft = c.kind === 'file' ? c.fi.sig : c.obj.type;
    } else if (c.kind === 'iface' && c.devirt) {
      const t = c.devirt.target;
      head = t.kind === 'file' ? t.fi.name : methodExprName(t);
      recvText = `${tmpName ?? this.expr(c.recv, 8)}.(${this.type(c.devirt.conc)})`;
      ft = t.kind === 'file' ? t.fi.sig : t.obj.type;
    } else if (fsel?.kind === 'MethodVal' && tmpName) {
      head = `${tmpName}.${fun.kind === 'SelectorExpr' ? fun.sel.name : ''}`;
    }
    const sig = ft && underOf(ft).kind === 'func' ? (underOf(ft) as FuncT) : null;
    let list = e.args.map((x) => this.expr(x));
    if (sig?.variadic && e.ellipsis === NoPos) {
      const fixed = sig.params.length - 1;
      list = [...list.slice(0, fixed), list.length > fixed ? '... argument' : 'nil'];
    }
    if (recvText !== null) list = [recvText, ...list];
    const ddd = e.ellipsis !== NoPos || (sig?.variadic ?? false);
    return `${head}(${list.join(', ')}${ddd ? '...' : ''})`;
  }
}

function ifaceMethodCount(t: Type): number {
  const u = underOf(t);
  if (u.kind !== 'interface') return 0;
  return u.methods.length + u.embedded.reduce((n, x) => n + ifaceMethodCount(x), 0);
}

/**
 * A std method as gc prints a method expression: `(*bytes.Buffer).String`, `time.Duration.String`.
 * The callee's key names the receiver (a devirtualized target's Obj has no declaration to read).
 */
function methodExprName(c: Extract<Callee, { kind: 'std' }>): string {
  const pkg = c.obj.pkg;
  const rest = c.key.slice(pkg.length + 1);
  if (rest.startsWith('(*')) return `(*${pkg}.${rest.slice(2)}`;
  return `${pkg}.${rest}`;
}

// ---------------------------------------------------------------------------------------------------
// One batch: escape.Batch

interface ClosureRec {
  k: Hole;
  inst: FnInst | null;
  /** For go/defer wrappers: the captured temporaries. */
  temps: Loc[];
}

class Batch {
  readonly allLocs: Loc[] = [];
  readonly heapLoc: Loc;
  readonly blankLoc: Loc;
  readonly closures: ClosureRec[] = [];
  readonly insts: FnInst[] = [];
  readonly instByInfo = new Map<FuncInfo, FnInst>();
  /** The latest instance of each function literal (a literal copied by inlining has several). */
  readonly latestLit = new Map<FuncLit, FnInst>();
  readonly walkMsgs: EscapeMessage[] = [];
  readonly printer: Printer;
  st!: WalkState;

  constructor(
    readonly a: Analysis,
    readonly fns: FuncInfo[],
  ) {
    this.heapLoc = new Loc(null, null, 0, false);
    this.heapLoc.escapes = true;
    this.blankLoc = new Loc(null, null, 0, false);
    this.printer = new Printer(a, () => this.st?.bindings ?? null);
  }

  run(): void {
    for (const fi of this.fns) {
      const inst = this.newInst(fi, null, new Env(null), true);
      this.instByInfo.set(fi, inst);
    }
    for (const fi of this.fns) this.walkFunc(this.instByInfo.get(fi)!, [], null);
    for (const c of this.closures) this.flowClosure(c);
    for (const loc of this.allLocs) if (this.heapAllocReason(loc)) this.flow(shift(this.heapHole(), -1), loc);
    this.walkAll();
    this.finish();
  }

  // ------------------------------------------------------------------------------------ locations

  heapHole(): Hole {
    return { dst: this.heapLoc, derefs: 0, addrtaken: false };
  }

  discardHole(): Hole {
    return { dst: this.blankLoc, derefs: 0, addrtaken: false };
  }

  hole(l: Loc | null): Hole {
    return l ? { dst: l, derefs: 0, addrtaken: false } : this.discardHole();
  }

  newLoc(site: Site | null, transient: boolean): Loc {
    const loc = new Loc(site, this.st ? this.st.inst : null, this.st ? this.st.loopDepth : 1, transient);
    this.allLocs.push(loc);
    return loc;
  }

  private nameLoc(
    fn: FnInst,
    obj: Obj | null,
    name: string,
    pos: Pos,
    type: Type,
    original: boolean,
    param: boolean,
  ): Loc {
    const loc = new Loc({ kind: 'name', text: name, pos, obj, original, type, param }, fn, 1, false);
    loc.obj = obj;
    this.allLocs.push(loc);
    return loc;
  }

  private newInst(fi: FuncInfo, parent: FnInst | null, parentEnv: Env, original: boolean): FnInst {
    const env = new Env(parentEnv);
    const inst = new FnInst(fi, parent, env, original);
    this.insts.push(inst);
    // a literal copied by inlining keeps its own variables and their positions
    for (const s of fi.params) {
      const loc = this.nameLoc(inst, s.obj, s.name || '~p', s.pos, s.type, original, true);
      loc.isParam = true;
      if (s.obj) env.vars.set(s.obj, loc);
      inst.params.push(s.obj && s.named ? loc : null);
      inst.ownVars.push(loc);
    }
    fi.results.forEach((s, i) => {
      const loc = this.nameLoc(inst, s.obj, s.name, s.pos, s.type, original, true);
      loc.resultIndex = i + 1;
      if (s.obj) env.vars.set(s.obj, loc);
      inst.results.push(loc);
      inst.ownVars.push(loc);
    });
    for (const o of fi.locals) {
      const loc = this.nameLoc(
        inst,
        o,
        o.name,
        o.pos,
        o.type ?? { kind: 'basic', name: 'invalid type' },
        original,
        false,
      );
      env.vars.set(o, loc);
      inst.ownVars.push(loc);
    }
    return inst;
  }

  flow(k: Hole, src: Loc): void {
    if (k.addrtaken) src.addrtaken = true;
    const dst = k.dst;
    if (dst === this.blankLoc) return;
    if (dst === src && k.derefs >= 0) return;
    if (dst.escapes && k.derefs < 0) {
      src.escapes = true;
      return;
    }
    dst.edges.push({ src, derefs: k.derefs });
  }

  /** Allocates a location for an allocating expression and flows its address to k. */
  spill(k: Hole, site: ExprSite): Hole {
    const loc = this.newLoc(site, true);
    this.flow(shift(k, -1), loc);
    return this.hole(loc);
  }

  teeHole(ks: Hole[]): Hole {
    if (ks.length === 0) return this.discardHole();
    if (ks.length === 1) return ks[0];
    const loc = this.newLoc(null, true);
    for (const k of ks) this.flow(k, loc);
    return this.hole(loc);
  }

  later(k: Hole): Hole {
    const loc = this.newLoc(null, false);
    this.flow(k, loc);
    return this.hole(loc);
  }

  dotType(k: Hole, t: Type): Hole {
    return !isInterface(t) && !isDirectIface(t) ? shift(k, 1) : k;
  }

  private exprSite(
    text: string,
    pos: Pos,
    node: Node | null,
    rule: SiteRule,
    extra: Partial<Pick<ExprSite, 'mustHeap' | 'bigStr' | 'captures' | 'silent'>> = {},
  ): ExprSite {
    return {
      kind: 'expr',
      text,
      pos: this.st.pos ?? pos,
      node,
      original: this.st.original,
      rule,
      mustHeap: extra.mustHeap ?? false,
      bigStr: extra.bigStr ?? false,
      captures: extra.captures ?? false,
      silent: extra.silent ?? false,
    };
  }

  private posOf(p: Pos): Pos {
    return this.st.pos ?? p;
  }

  // ------------------------------------------------------------------------------------ functions

  private walkFunc(inst: FnInst, inlining: FuncInfo[], pos: Pos | null): void {
    const saved = this.st;
    this.st = {
      inst,
      env: inst.env,
      loopDepth: 1,
      pos,
      ret: inst.results,
      retTypes: inst.info.results.map((r) => r.type),
      inlining,
      original: inst.original,
      bindings: null,
    };
    this.stmts(inst.info.body.list);
    this.st = saved;
  }

  private flowClosure(c: ClosureRec): void {
    if (!c.inst) {
      for (const t of c.temps) this.flow(c.k, t);
      return;
    }
    const env = c.inst.env.parent;
    for (const cv of c.inst.info.captures) {
      const loc = env?.lookup(cv);
      if (!loc) continue;
      const byval =
        !loc.addrtaken && !loc.reassigned && safeLayoutSize(cv.type ?? { kind: 'basic', name: 'int' }) <= 128;
      this.flow(byval ? c.k : shift(c.k, -1), loc);
    }
  }

  private heapAllocReason(loc: Loc): boolean {
    const s = loc.site;
    if (!s) return false;
    if (s.kind === 'name') return !s.param && safeLayoutSize(s.type) > maxStackVarSize;
    return s.mustHeap;
  }

  // ------------------------------------------------------------------------------------ solver (solve.go)

  private walkAll(): void {
    const todo: Loc[] = [];
    const enqueue = (loc: Loc) => {
      if (!loc.queued) {
        todo.push(loc);
        loc.queued = true;
      }
    };
    for (const loc of this.allLocs) enqueue(loc);
    enqueue(this.heapLoc);
    let walkgen = 0;
    while (todo.length > 0) {
      const root = todo.pop()!;
      root.queued = false;
      walkgen++;
      this.walkOne(root, walkgen, enqueue);
    }
  }

  private walkOne(root: Loc, walkgen: number, enqueue: (l: Loc) => void): void {
    root.walkgen = walkgen;
    root.derefs = 0;
    const todo: Loc[] = [root];
    while (todo.length > 0) {
      const l = todo.pop()!;
      let derefs = l.derefs;
      const addressOf = derefs < 0;
      if (addressOf) {
        derefs = 0;
        if (!root.transient && l.transient) {
          l.transient = false;
          enqueue(l);
        }
      }
      if (this.outlives(root, l)) {
        if (l.isParam) this.leakTo(l, root, derefs);
        if (addressOf && !l.escapes) {
          l.escapes = true;
          enqueue(l);
          continue;
        }
      }
      for (const edge of l.edges) {
        if (edge.src.escapes) continue;
        const d = derefs + edge.derefs;
        if (edge.src.walkgen !== walkgen || edge.src.derefs > d) {
          edge.src.walkgen = walkgen;
          edge.src.derefs = d;
          todo.push(edge.src);
        }
      }
    }
  }

  private leakTo(l: Loc, sink: Loc, derefs: number): void {
    if (!sink.escapes && sink.resultIndex > 0 && sink.fn === l.fn) {
      const ri = sink.resultIndex - 1;
      if (ri < numEscResults) {
        addLeak(l.paramEsc, 1 + ri, derefs);
        return;
      }
    }
    addLeak(l.paramEsc, 0, derefs);
  }

  private outlives(l: Loc, other: Loc): boolean {
    if (l.escapes) return true;
    if (l.resultIndex > 0) {
      if (containsClosure(other.fn, l.fn) && l.fn?.closureCalled) return false;
      return true;
    }
    if (l.fn === other.fn && l.loopDepth < other.loopDepth) return true;
    if (containsClosure(l.fn, other.fn)) return true;
    return false;
  }

  // ------------------------------------------------------------------------------------ results

  private finish(): void {
    const out = this.a.messages;
    out.push(...this.walkMsgs);
    // Parameter tags (escape.go paramTag), for each function of the batch.
    for (const inst of this.insts) {
      // copies of function literals made by inlining are tagged (and reported) too
      if (!inst.original && inst.info.node.kind !== 'FuncLit') continue;
      const fi = inst.info;
      const tags: Leaks[] = [];
      fi.params.forEach((s, i) => {
        const loc = inst.ownVars[i];
        if (!hasPointers(s.type)) {
          tags.push(heapLeak(0));
          return;
        }
        if (!s.named) {
          tags.push(noLeaks());
          return;
        }
        const esc = optimizeLeaks(loc.paramEsc);
        tags.push(esc);
        if (loc.escapes) return;
        if (esc.every((x) => x < 0)) out.push({ pos: s.pos, text: `${s.name} does not escape` });
        if (esc[0] >= 0) {
          out.push({
            pos: s.pos,
            text: esc[0] === 0 ? `leaking param: ${s.name}` : `leaking param content: ${s.name}`,
          });
        }
        for (let r = 0; r < numEscResults; r++) {
          const x = esc[1 + r];
          if (x < 0) continue;
          const res = fi.results[r];
          const rn = res?.named ? res.name : `~r${r}`;
          out.push({ pos: s.pos, text: `leaking param: ${s.name} to result ${rn} level=${x}` });
        }
      });
      if (inst.original) fi.tags = tags;
    }
    // Variables moved to the heap (function Dcl order), then every other allocation site.
    const names = new Set<Loc>();
    for (const inst of this.insts) {
      for (const loc of [...inst.ownVars, ...inst.inlVars]) {
        names.add(loc);
        const s = loc.site;
        if (s?.kind !== 'name' || !loc.escapes) continue;
        out.push({ pos: s.pos, text: `moved to heap: ${s.text}` });
        if (s.original && s.obj) this.a.moved.add(s.obj);
      }
    }
    for (const loc of this.allLocs) {
      const s = loc.site;
      if (s?.kind !== 'expr' || names.has(loc)) continue;
      if (!s.silent) {
        out.push({
          pos: s.pos,
          text: loc.escapes ? `${s.text} escapes to heap` : `${s.text} does not escape`,
        });
      }
      if (!s.original || !s.node) continue;
      let heap = loc.escapes;
      if (s.rule === 'closure') heap = loc.escapes && s.captures;
      else if (s.rule === 'str') heap = loc.escapes || s.bigStr;
      else if (s.rule === 'none') heap = false;
      if (!heap) continue;
      // the implicit ... slice of a variadic call is recorded by the call
      if (s.rule === 'variadic') this.a.variadicHeap.add(s.node as CallExpr);
      this.a.heap.add(s.node);
    }
  }

  // ------------------------------------------------------------------------------------ statements (stmt.go)

  private stmts(list: readonly Stmt[]): void {
    for (const s of liveList(this.a, list)) this.stmt(s);
  }

  private block(list: readonly Stmt[]): void {
    const old = this.st.loopDepth;
    this.stmts(list);
    this.st.loopDepth = old;
  }

  private lookup(o: Obj): Loc | null {
    return this.st.env.lookup(o);
  }

  /** ODCL: a variable's loop depth is where it is declared. */
  private dcl(o: Obj | null | undefined): Hole {
    if (!o) return this.discardHole();
    const loc = this.lookup(o);
    if (!loc) return this.discardHole();
    loc.loopDepth = this.st.loopDepth;
    return this.hole(loc);
  }

  private stmt(s: Stmt): void {
    const a = this.a;
    switch (s.kind) {
      case 'BlockStmt':
        this.block(s.list);
        return;
      case 'ExprStmt': {
        const x = unparen(s.x);
        if (x.kind === 'CallExpr' && a.info.types.get(x.fun)?.mode !== 'typexpr') this.callStmt(x);
        else this.discard(x);
        return;
      }
      case 'DeclStmt': {
        if (s.decl.tok !== 'var') return;
        if (this.st.inst.info === a.initFunc) {
          this.packageVars(s.decl);
          return;
        }
        for (const sp of s.decl.specs) {
          if (sp.kind !== 'ValueSpec') continue;
          const objs = sp.names.map((id) => a.info.defs.get(id) ?? null);
          for (const o of objs) this.dcl(o);
          if (sp.values.length === 0) continue;
          const defs = new Set(objs.filter((o): o is Obj => !!o));
          const base = this.lastPosList(sp.values, sp.names[0]?.pos ?? sp.pos);
          if (sp.values.length === sp.names.length) {
            const declared = sp.type ? a.typeOf(sp.type) : null;
            this.assignList(sp.names, sp.values, defs, () => base, s, declared);
          } else {
            const ks = sp.names.map((id) => this.addr(id));
            const declared = sp.type ? a.typeOf(sp.type) : null;
            this.multiCall(
              ks,
              sp.values[0],
              sp.names.map(() => declared),
            );
            this.reassigned(ks, defs);
          }
        }
        return;
      }
      case 'AssignStmt':
        this.assignStmt(s);
        return;
      case 'IncDecStmt': {
        const k = this.addr(s.x);
        this.reassigned([k], new Set());
        return;
      }
      case 'SendStmt': {
        this.discard(s.chan);
        const ct = a.typeOf(s.chan);
        const elem = ct && underOf(ct).kind === 'chan' ? (underOf(ct) as { elem: Type }).elem : null;
        let base = this.lastPos(s.chan) ?? s.pos;
        base = this.lastPos(s.value) ?? base;
        this.exprConv(this.heapHole(), s.value, elem, base);
        return;
      }
      case 'GoStmt':
      case 'DeferStmt':
        this.goDefer(s);
        return;
      case 'ReturnStmt':
        this.returnStmt(s);
        return;
      case 'IfStmt': {
        if (s.init) this.stmt(s.init);
        const br = liveBranch(a, s);
        if (br) {
          this.block(br.list);
          return;
        }
        this.discard(s.cond);
        this.block(s.body.list);
        if (s.else) this.block([s.else]);
        return;
      }
      case 'ForStmt':
        if (s.init) this.stmt(s.init);
        this.st.loopDepth++;
        if (s.cond) this.discard(s.cond);
        if (s.post) this.stmt(s.post);
        this.block(s.body.list);
        this.st.loopDepth--;
        return;
      case 'RangeStmt': {
        const tmp = this.newLoc(null, false);
        this.expr(this.hole(tmp), s.x);
        if (s.tok === ':=') {
          for (const x of [s.key, s.value]) if (x?.kind === 'Ident') this.dcl(a.info.defs.get(x));
        }
        this.st.loopDepth++;
        const ks = [
          s.key ? this.addr(s.key) : this.discardHole(),
          s.value ? this.addr(s.value) : this.discardHole(),
        ];
        const xt = a.typeOf(s.x);
        if (xt && underOf(xt).kind === 'array') this.flow(ks[1], tmp);
        else this.flow(shift(ks[1], 1), tmp);
        this.reassigned(ks, new Set());
        this.block(s.body.list);
        this.st.loopDepth--;
        return;
      }
      case 'SwitchStmt':
        if (s.init) this.stmt(s.init);
        if (s.tag) this.discard(s.tag);
        for (const cl of liveClauses(a, s)) {
          for (const x of cl.list ?? []) this.discard(x);
          this.block(cl.body);
        }
        return;
      case 'TypeSwitchStmt':
        this.typeSwitch(s);
        return;
      case 'SelectStmt':
        for (const cl of s.clauses) {
          if (cl.comm) this.commStmt(cl);
          this.block(cl.body);
        }
        return;
      case 'LabeledStmt':
        this.stmt(s.stmt);
        return;
      default:
        return;
    }
  }

  /**
   * Package variable initializers (staticinit): constants, composite literals (but maps) and
   * &T{...} are laid out statically; only their dynamic parts are evaluated in init, into globals.
   */
  private packageVars(d: GenDecl): void {
    const a = this.a;
    for (const sp of d.specs) {
      if (sp.kind !== 'ValueSpec' || sp.values.length === 0) continue;
      if (sp.values.length !== sp.names.length) {
        this.multiCall(
          sp.names.map(() => this.heapHole()),
          sp.values[0],
        );
        continue;
      }
      sp.names.forEach((id, i) => {
        const base = this.lastPosList(sp.values.slice(0, i + 1), sp.names[0].pos);
        this.staticValue(sp.values[i], a.info.defs.get(id)?.type ?? null, base);
      });
    }
  }

  private staticValue(e: Expr, target: Type | null, pos: Pos): void {
    const a = this.a;
    const x = unparen(e);
    if (a.isConst(x)) return;
    const t = a.typeOf(x);
    if (target && t && isInterface(target) && !isInterface(t) && !this.isStatic(x)) {
      this.exprConv(this.heapHole(), x, target, pos);
      return;
    }
    let lit: CompositeLit | null = null;
    if (x.kind === 'CompositeLit') lit = x;
    else if (x.kind === 'UnaryExpr' && x.op === '&' && unparen(x.x).kind === 'CompositeLit')
      lit = unparen(x.x) as CompositeLit;
    const lt = lit ? a.typeOf(lit) : null;
    const u = lt ? underOf(lt.kind === 'pointer' ? lt.elem : lt) : null;
    if (lit && u && u.kind !== 'map') {
      lit.elts.forEach((el, i) => {
        const v = el.kind === 'KeyValueExpr' ? el.value : el;
        let et: Type | null = null;
        if (u.kind === 'struct') {
          et =
            el.kind === 'KeyValueExpr' && el.key.kind === 'Ident'
              ? (u.fields.find((f) => f.name === (el.key as Ident).name)?.type ?? null)
              : (u.fields[i]?.type ?? null);
        } else if (u.kind === 'slice' || u.kind === 'array') et = u.elem;
        this.staticValue(v, et, el.kind === 'KeyValueExpr' ? el.colon : this.uniqueEltPos(v));
      });
      return;
    }
    if (x.kind === 'FuncLit' || this.isStatic(x)) return;
    this.exprConv(this.heapHole(), x, target, pos);
  }

  /** A value staticinit lays out without code: constants, names, literals of static parts. */
  private isStatic(x0: Expr, depth = 0): boolean {
    const a = this.a;
    const x = unparen(x0);
    if (a.isConst(x)) return true;
    switch (x.kind) {
      case 'FuncLit':
        return a.byLit.get(x)?.parent === null;
      case 'Ident': {
        const o = a.info.uses.get(x);
        if (o?.kind === 'Func' || o?.kind === 'Nil') return true;
        // staticcopy: another package variable that is itself statically initialized
        if (o?.kind !== 'Var' || o.parent?.kind !== 'package' || depth > 20) return false;
        const init = a.globalInit.get(o);
        return init === undefined || (init !== null && this.isStatic(init, depth + 1));
      }
      case 'CompositeLit': {
        const t = a.typeOf(x);
        if (!t || underOf(t.kind === 'pointer' ? t.elem : t).kind === 'map') return false;
        return x.elts.every((el) => this.isStatic(el.kind === 'KeyValueExpr' ? el.value : el, depth));
      }
      case 'UnaryExpr':
        return x.op === '&' && unparen(x.x).kind === 'CompositeLit' && this.isStatic(x.x, depth);
      case 'CallExpr': {
        const tv = a.info.types.get(x.fun);
        if (tv?.mode !== 'typexpr' || x.args.length !== 1) return false;
        const cv = a.info.types.get(x.args[0])?.value;
        return (
          (cv?.kind === 'string' && isByteOrRuneSlice(tv.type)) ||
          (isInterface(tv.type) && this.isStatic(x.args[0], depth))
        );
      }
      default:
        return false;
    }
  }

  private commStmt(cl: CommClause): void {
    const c = cl.comm;
    if (!c) return;
    if (c.kind === 'AssignStmt') {
      const defs = new Set<Obj>();
      if (c.tok === ':=') {
        for (const l of c.lhs) {
          const o = l.kind === 'Ident' ? this.a.info.defs.get(l) : null;
          if (o) {
            defs.add(o);
            this.dcl(o);
          }
        }
      }
      // the received value is converted later (order), so not here
      this.assignList(c.lhs, [c.rhs[0] ?? null], defs, () => c.pos, c, null, true);
      return;
    }
    this.stmt(c);
  }

  private typeSwitch(s: TypeSwitchStmt): void {
    if (s.init) this.stmt(s.init);
    const ks: Hole[] = [];
    if (s.lhs) {
      for (const cl of s.clauses) {
        const cv = this.a.info.implicits.get(cl as CaseClause);
        if (!cv) continue;
        const k = this.dcl(cv);
        if (cv.type && hasPointers(cv.type)) ks.push(this.dotType(k, cv.type));
      }
    }
    this.expr(this.teeHole(ks), s.guard.x);
    for (const cl of s.clauses) this.block(cl.body);
  }

  private assignStmt(s: AssignStmt): void {
    const a = this.a;
    if (s.tok !== '=' && s.tok !== ':=') {
      // x op= y: OASOP, y flows into x (string += concatenates with no stack buffer)
      const lt = a.typeOf(s.lhs[0]);
      if (s.tok === '+=' && lt && isString(lt) && this.st.original) a.heap.add(s);
      this.assignList([s.lhs[0]], [s.rhs[0]], new Set(), () => s.pos, s);
      return;
    }
    const defs = new Set<Obj>();
    if (s.tok === ':=') {
      for (const l of s.lhs) {
        const o = l.kind === 'Ident' ? a.info.defs.get(l) : null;
        if (o) {
          defs.add(o);
          this.dcl(o);
        }
      }
    }
    if (s.lhs.length === s.rhs.length) {
      const pos = () => {
        let base = this.lastPosList(s.rhs, s.pos);
        s.lhs.forEach((l) => {
          const o = l.kind === 'Ident' ? a.info.defs.get(l) : null;
          if (!o || !defs.has(o)) base = this.lastPos(l) ?? base;
        });
        return base;
      };
      this.assignList(s.lhs, s.rhs, defs, pos, s);
      return;
    }
    const r = unparen(s.rhs[0]);
    if (r.kind === 'CallExpr' && this.isPlainCall(r)) {
      const ks = s.lhs.map((l) => this.addr(l));
      this.multiCall(
        ks,
        r,
        s.lhs.map((l) => (l.kind === 'Ident' && l.name === '_' ? null : a.lhsType(l))),
      );
      this.reassigned(ks, defs);
      return;
    }
    // comma-ok forms: v, ok = m[k] / x.(T) / <-c
    this.assignList(s.lhs, [s.rhs[0], null], defs, () => this.lastPos(s.rhs[0]) ?? s.pos, s);
  }

  private isPlainCall(c: CallExpr): boolean {
    const tv = this.a.info.types.get(c.fun);
    if (tv?.mode === 'typexpr' || tv?.mode === 'builtin') return false;
    const f = unparen(c.fun);
    return !(f.kind === 'Ident' && this.a.info.uses.get(f)?.kind === 'Builtin');
  }

  private multiCall(ks: Hole[], e: Expr, targets: (Type | null)[] = []): void {
    const r = unparen(e);
    if (r.kind === 'CallExpr' && this.isPlainCall(r)) {
      const n0 = this.a.temps.get(r)?.assign;
      const tt = this.a.info.types.get(r)?.tuple;
      if (n0 !== undefined && tt) {
        // the results go to temporaries first, then each is converted to its variable's type
        const temps = tt.map((t, i) => this.tempLoc(`.autotmp_${n0 + i}`, t, r.pos));
        this.call(
          temps.map((t) => this.hole(t)),
          r,
        );
        temps.forEach((t, i) => {
          this.convLoc(ks[i] ?? this.discardHole(), t, tt[i], targets[i] ?? null, syntaxPos(r));
        });
        return;
      }
      this.call(ks, r);
    } else this.expr(ks[0] ?? this.discardHole(), r);
  }

  private returnStmt(s: ReturnStmt): void {
    const st = this.st;
    if (s.results.length === 0) return;
    const ks = st.ret.map((l) => this.hole(l));
    if (s.results.length === 1 && st.ret.length > 1) {
      this.multiCall(ks, s.results[0]);
      this.reassigned(ks, new Set());
      return;
    }
    let base = this.lastPosList(s.results, s.pos);
    s.results.forEach((r, i) => {
      const u = this.uniquePos(r);
      if (u !== null) base = u;
      this.exprConv(ks[i] ?? this.discardHole(), r, st.retTypes[i] ?? null, base);
    });
    this.reassigned(ks, new Set());
  }

  /** assign.go assignList: dsts = srcs, with Go's implicit conversions. */
  private assignList(
    dsts: readonly Expr[],
    srcs: readonly (Expr | null)[],
    defs: Set<Obj>,
    pos: () => Pos,
    where: Node,
    declared: Type | null = null,
    noConv = false,
  ): void {
    const ks = dsts.map((d) => this.addr(d));
    let convPos: Pos | null = null;
    ks.forEach((k0, i) => {
      const src = srcs[i] ?? null;
      if (!src) return;
      const dst = dsts[i];
      let k = k0;
      if (this.isSelfAssign(dst, src)) {
        if (where.kind === 'AssignStmt') {
          this.walkMsgs.push({
            pos: this.posOf(where.tokPos),
            text: `${this.st.inst.info.name} ignoring self-assignment in ${this.printer.assign(where.lhs, where.tok, where.rhs)}`,
          });
        }
        k = this.discardHole();
      }
      const dt = noConv ? null : (declared ?? this.dstType(dst));
      if (dt && isInterface(dt) && convPos === null) convPos = pos();
      this.exprConv(k, src, dt, convPos ?? NoPos);
    });
    this.reassigned(ks, defs);
  }

  /** The type an assignment converts to (null for the blank identifier). */
  private dstType(dst: Expr): Type | null {
    const x = unparen(dst);
    if (x.kind === 'Ident') {
      if (x.name === '_') return null;
      const o = this.a.info.defs.get(x) ?? this.a.info.uses.get(x);
      if (o?.type) return o.type;
    }
    return this.a.typeOf(dst);
  }

  /** assign.go reassigned: marks variables assigned other than by their definition. */
  private reassigned(ks: Hole[], defs: Set<Obj>): void {
    for (const k of ks) {
      const loc = k.dst;
      if (loc.obj && defs.has(loc.obj)) continue;
      loc.reassigned = true;
    }
  }

  /** utils.go isSelfAssign: val.x = val.y, b.buf = b.buf[i:j]. */
  private isSelfAssign(dst: Expr, src: Expr): boolean {
    const d = unparen(dst);
    const s = unparen(src);
    const a = this.a;
    const derefBase = (x: Expr): Ident | null => {
      if (x.kind === 'StarExpr') return unparen(x.x).kind === 'Ident' ? (unparen(x.x) as Ident) : null;
      if (x.kind === 'SelectorExpr') {
        const sel = a.info.selections.get(x);
        const xt = a.typeOf(x.x);
        if (sel?.kind === 'FieldVal' && xt && underOf(xt).kind === 'pointer' && sel.index.length === 1) {
          return unparen(x.x).kind === 'Ident' ? (unparen(x.x) as Ident) : null;
        }
      }
      return null;
    };
    const sameObj = (x: Ident, y: Ident) => {
      const ox = a.info.uses.get(x);
      return !!ox && ox === a.info.uses.get(y) && ox.kind === 'Var';
    };
    // b.buf = b.buf[n:m]
    const dx = derefBase(d);
    if (dx && s.kind === 'SliceExpr') {
      const st = a.typeOf(s.x);
      if (st && underOf(st).kind !== 'array') {
        const sx = derefBase(unparen(s.x));
        if (sx && sameObj(dx, sx)) return true;
      }
    }
    if (d.kind === 'SelectorExpr' && s.kind === 'SelectorExpr') {
      const ds = a.info.selections.get(d);
      const ss = a.info.selections.get(s);
      if (
        ds?.kind === 'FieldVal' &&
        ss?.kind === 'FieldVal' &&
        ds.index.length === 1 &&
        ss.index.length === 1
      ) {
        return this.sameSafeExpr(d.x, s.x);
      }
    }
    if (d.kind === 'IndexExpr' && s.kind === 'IndexExpr') {
      const dt = a.typeOf(d.x);
      const stt = a.typeOf(s.x);
      if (dt && stt && underOf(dt).kind !== 'map' && underOf(stt).kind !== 'map') {
        if (this.mayAffectMemory(d.index) || this.mayAffectMemory(s.index)) return false;
        return this.sameSafeExpr(d.x, s.x);
      }
    }
    return false;
  }

  private sameSafeExpr(x: Expr, y: Expr): boolean {
    const a = this.a;
    const l = unparen(x);
    const r = unparen(y);
    if (l.kind !== r.kind) return false;
    switch (l.kind) {
      case 'Ident': {
        const o = a.info.uses.get(l);
        return !!o && o === a.info.uses.get(r as Ident);
      }
      case 'SelectorExpr': {
        const rr = r as SelectorExpr;
        const ls = a.info.selections.get(l);
        const rs = a.info.selections.get(rr);
        return !!ls && ls.kind === 'FieldVal' && ls.obj === rs?.obj && this.sameSafeExpr(l.x, rr.x);
      }
      case 'StarExpr':
        return this.sameSafeExpr(l.x, (r as typeof l).x);
      case 'IndexExpr': {
        const rr = r as typeof l;
        return this.sameSafeExpr(l.x, rr.x) && this.sameSafeExpr(l.index, rr.index);
      }
      case 'BasicLit':
        return l.value === (r as typeof l).value;
      default:
        return false;
    }
  }

  private mayAffectMemory(x: Expr): boolean {
    const e = unparen(x);
    if (this.a.isConst(e)) return false;
    switch (e.kind) {
      case 'Ident':
        return false;
      case 'BinaryExpr':
        return ['&&', '||', '==', '!=', '<', '<=', '>', '>='].includes(e.op)
          ? true
          : this.mayAffectMemory(e.x) || this.mayAffectMemory(e.y);
      case 'IndexExpr':
        return this.mayAffectMemory(e.x) || this.mayAffectMemory(e.index);
      case 'SelectorExpr':
      case 'StarExpr':
        return this.mayAffectMemory(e.x);
      case 'UnaryExpr':
        return e.op === '<-' || e.op === '&' ? true : this.mayAffectMemory(e.x);
      default:
        return true;
    }
  }

  // ------------------------------------------------------------------------------------ addresses (assign.go addr)

  private addr(e: Expr | null): Hole {
    if (!e) return this.discardHole();
    const a = this.a;
    const x = unparen(e);
    switch (x.kind) {
      case 'Ident': {
        if (x.name === '_') return this.discardHole();
        const o = a.info.uses.get(x) ?? a.info.defs.get(x);
        if (!o || !a.ownerOf.has(o)) return this.heapHole();
        const loc = this.lookup(o);
        return loc ? this.hole(loc) : this.heapHole();
      }
      case 'SelectorExpr': {
        const sel = a.info.selections.get(x);
        if (sel?.kind !== 'FieldVal') return this.heapHole();
        const derefs = this.fieldDerefs(x, sel);
        if (derefs > 0) {
          this.discard(x);
          return this.heapHole();
        }
        return this.addr(x.x);
      }
      case 'IndexExpr': {
        const xt = a.typeOf(x.x);
        const u = xt ? underOf(xt) : null;
        if (u?.kind === 'map') {
          this.discard(x.x);
          const base = this.lastPos(x) ?? x.lbrack;
          this.exprConv(this.heapHole(), x.index, u.key, base);
          return this.heapHole();
        }
        this.discard(x.index);
        if (u?.kind === 'array') return this.addr(x.x);
        this.discard(x.x);
        return this.heapHole();
      }
      case 'StarExpr':
        this.discard(x);
        return this.heapHole();
      default:
        this.discard(x);
        return this.heapHole();
    }
  }

  /** Pointer dereferences along a field selection path (ODOTPTR steps). */
  private fieldDerefs(x: SelectorExpr, sel: Selection): number {
    let t: Type | null = this.a.typeOf(x.x);
    let n = 0;
    for (const idx of sel.index) {
      if (!t) break;
      let u = underOf(t);
      if (u.kind === 'pointer') {
        n++;
        u = underOf(u.elem);
      }
      if (u.kind !== 'struct') break;
      t = u.fields[idx]?.type ?? null;
    }
    return n;
  }

  // ------------------------------------------------------------------------------------ positions

  /** base.Pos after irgen translated e (null when e is a constant, which leaves it unchanged). */
  private lastPos(e: Expr | null): Pos | null {
    if (!e) return null;
    const a = this.a;
    if (a.isConst(e)) return null;
    const chain = (start: Pos, xs: (Expr | null)[]) => {
      let p = start;
      for (const x of xs) p = this.lastPos(x) ?? p;
      return p;
    };
    switch (e.kind) {
      case 'Ident':
        return e.pos;
      case 'ParenExpr':
        return this.lastPos(e.x) ?? e.pos;
      case 'CallExpr': {
        const tv = a.info.types.get(e.fun);
        const f = unparen(e.fun);
        if (tv?.mode === 'typexpr') return chain(syntaxPos(e), e.args);
        if (tv?.mode === 'builtin' || (f.kind === 'Ident' && a.info.uses.get(f)?.kind === 'Builtin')) {
          return chain(f.pos, e.args);
        }
        return syntaxPos(e);
      }
      case 'CompositeLit': {
        const xs: Expr[] = [];
        const t = a.typeOf(e);
        const isMap = !!t && underOf(t.kind === 'pointer' ? t.elem : t).kind === 'map';
        for (const el of e.elts) {
          if (el.kind === 'KeyValueExpr') {
            if (isMap) xs.push(el.key);
            xs.push(el.value);
          } else xs.push(el);
        }
        return chain(e.lbrace, xs);
      }
      case 'SelectorExpr':
        if (!a.info.selections.get(e)) return e.dot;
        return this.lastPos(e.x) ?? e.dot;
      case 'IndexExpr':
        return chain(e.lbrack, [e.x, e.index]);
      case 'SliceExpr':
        return chain(e.lbrack, [e.x, e.low, e.high, e.max]);
      case 'TypeAssertExpr':
        return this.lastPos(e.x) ?? e.dot;
      case 'StarExpr':
      case 'UnaryExpr':
        return this.lastPos(e.x) ?? e.pos;
      case 'BinaryExpr':
        return chain(e.opPos, [e.x, e.y]);
      default:
        return syntaxPos(e);
    }
  }

  private lastPosList(xs: readonly Expr[], start: Pos): Pos {
    let p = start;
    for (const x of xs) p = this.lastPos(x) ?? p;
    return p;
  }

  /** The position ir.SetPos gives an argument (null for a variable, which has no unique position). */
  private uniquePos(e: Expr): Pos | null {
    if (this.a.isConst(e)) return syntaxPos(e);
    const x = unparen(e);
    if (x.kind === 'Ident') {
      const o = this.a.info.uses.get(x);
      if (o && (o.kind === 'Var' || o.kind === 'Func' || o.kind === 'Nil'))
        return o.kind === 'Nil' ? x.pos : null;
    }
    return syntaxPos(x);
  }

  /** Positions of a call's implicit argument conversions (transformArgs / typecheckaste). */
  private argConvPositions(call: CallExpr): Pos[] {
    let base = syntaxPos(call);
    return call.args.map((x) => {
      const u = this.uniquePos(x);
      if (u !== null) base = u;
      return base;
    });
  }

  // ------------------------------------------------------------------------------------ expressions (expr.go)

  private discard(e: Expr | null): void {
    if (e) this.expr(this.discardHole(), e);
  }

  /** Evaluates e into k, converting it to target first when that is an interface (OCONVIFACE). */
  private exprConv(k: Hole, e: Expr, target: Type | null, pos: Pos): void {
    const a = this.a;
    const x = unparen(e);
    if (target && x.kind === 'CompositeLit' && x.type === null) {
      const t = a.typeOf(x) ?? target;
      if (underOf(t).kind === 'pointer') {
        this.ptrLit(k, x, t, x.lbrace, x);
        return;
      }
    }
    const st = a.typeOf(e);
    if (target && st && isInterface(target) && !isInterface(st) && !isNilType(st)) {
      this.convIface(k, e, pos, null);
      return;
    }
    this.expr(k, e);
  }

  private convIface(k: Hole, operand: Expr, pos: Pos, explicit: CallExpr | null): void {
    const st = this.a.typeOf(operand);
    if (!st || isInterface(st) || isNilType(st)) {
      this.expr(k, operand);
      return;
    }
    if (!isDirectIface(st)) {
      const text = explicit ? this.printer.expr(explicit) : this.printer.expr(operand);
      k = this.spill(k, this.exprSite(text, pos, unparen(operand), 'conv'));
    }
    this.expr(k, operand);
  }

  expr(k: Hole, e: Expr | null): void {
    if (!e) return;
    const a = this.a;
    const tv = a.info.types.get(e);
    if (tv?.value != null) return;
    if (tv && k.derefs >= 0 && !isUntyped(tv.type) && !hasPointers(tv.type)) k = this.discardHole();
    switch (e.kind) {
      case 'Ident': {
        const o = a.info.uses.get(e);
        if (o?.kind !== 'Var' || !a.ownerOf.has(o)) return;
        const loc = this.lookup(o);
        if (loc) this.flow(k, loc);
        return;
      }
      case 'ParenExpr':
        this.expr(k, e.x);
        return;
      case 'FuncLit':
        this.closure(k, e);
        return;
      case 'CompositeLit': {
        const t = a.typeOf(e);
        if (t && underOf(t).kind === 'pointer' && e.type === null) this.ptrLit(k, e, t, e.lbrace, e);
        else this.compLit(k, e, t);
        return;
      }
      case 'SelectorExpr': {
        const sel = a.info.selections.get(e);
        if (!sel) return;
        if (sel.kind === 'FieldVal') {
          this.expr(shift(k, this.fieldDerefs(e, sel)), e.x);
          return;
        }
        if (sel.kind === 'MethodVal') this.methodValue(k, e, sel);
        return;
      }
      case 'IndexExpr': {
        const xt = a.typeOf(e.x);
        const u = xt ? underOf(xt) : null;
        if (u?.kind === 'map') {
          this.discard(e.x);
          const base = this.lastPos(e) ?? e.lbrack;
          this.exprConv(this.discardHole(), e.index, u.key, base);
          return;
        }
        if (u?.kind === 'array') this.expr(k, e.x);
        else this.expr(shift(k, 1), e.x);
        this.discard(e.index);
        return;
      }
      case 'SliceExpr': {
        const xt = a.typeOf(e.x);
        if (xt && underOf(xt).kind === 'array') this.expr(shift(k, -1), e.x);
        else this.expr(k, e.x);
        this.discard(e.low);
        this.discard(e.high);
        this.discard(e.max);
        return;
      }
      case 'TypeAssertExpr': {
        const t = e.type ? a.typeOf(e.type) : null;
        this.expr(t ? this.dotType(k, t) : k, e.x);
        return;
      }
      case 'StarExpr':
        this.expr(shift(k, 1), e.x);
        return;
      case 'UnaryExpr': {
        if (e.op === '&') {
          const x = unparen(e.x);
          if (x.kind === 'CompositeLit') {
            this.ptrLit(k, x, a.typeOf(e), e.pos, x);
            return;
          }
          this.expr(shift(k, -1), e.x);
          return;
        }
        this.discard(e.x);
        return;
      }
      case 'BinaryExpr':
        this.binary(k, e);
        return;
      case 'CallExpr':
        this.callExpr(k, e);
        return;
      default:
        return;
    }
  }

  private binary(k: Hole, e: BinaryExpr): void {
    const a = this.a;
    const t = a.typeOf(e);
    if (e.op === '+' && t && isString(t)) {
      const ops = concatOperands(a, e);
      // the constant parts alone exceed the 32-byte stack buffer
      let known = 0;
      for (const o of ops) {
        const v = a.info.types.get(o)?.value;
        if (v?.kind === 'string') known += v.v.length;
      }
      this.spill(k, this.exprSite(this.printer.expr(e), e.opPos, e, 'str', { bigStr: known > tmpBufSize }));
      for (const o of ops) this.discard(o);
      return;
    }
    this.discard(e.x);
    this.discard(e.y);
  }

  /** &T{...} (OPTRLIT): the literal's storage is an allocation whose address flows to k. */
  private ptrLit(k: Hole, lit: CompositeLit, ptrType: Type | null, pos: Pos, node: Node): void {
    const elem =
      ptrType && underOf(ptrType).kind === 'pointer' ? (underOf(ptrType) as { elem: Type }).elem : null;
    const text = `&${this.printer.lit(lit, elem)}`;
    const big = elem ? safeLayoutSize(elem) > maxImplicitStackVarSize : false;
    const k2 = this.spill(k, this.exprSite(text, pos, node, 'alloc', { mustHeap: big }));
    this.compLit(k2, lit, elem);
  }

  private compLit(k: Hole, e: CompositeLit, t: Type | null): void {
    if (!t) return;
    const u = underOf(t);
    const elems = (elemOf: (el: Expr, i: number) => Type | null) => {
      e.elts.forEach((el, i) => {
        const v = el.kind === 'KeyValueExpr' ? el.value : el;
        const p = el.kind === 'KeyValueExpr' ? el.colon : (this.uniqueEltPos(v) ?? e.lbrace);
        this.exprConv(k, v, elemOf(el, i), p);
      });
    };
    switch (u.kind) {
      case 'struct':
        elems((el, i) => {
          if (el.kind === 'KeyValueExpr' && el.key.kind === 'Ident') {
            const name = el.key.name;
            return u.fields.find((f) => f.name === name)?.type ?? null;
          }
          return u.fields[i]?.type ?? null;
        });
        return;
      case 'array':
        elems(() => u.elem);
        return;
      case 'slice': {
        k = this.spill(k, this.exprSite(this.printer.lit(e, t), e.lbrace, e, 'alloc'));
        elems(() => u.elem);
        return;
      }
      case 'map': {
        this.spill(k, this.exprSite(this.printer.lit(e, t), e.lbrace, e, 'alloc'));
        for (const el of e.elts) {
          if (el.kind !== 'KeyValueExpr') continue;
          this.exprConv(this.heapHole(), el.key, u.key, el.colon);
          this.exprConv(this.heapHole(), el.value, u.elem, el.colon);
        }
        return;
      }
      default:
        return;
    }
  }

  /** A composite literal element's position (wrapname gives variables one too). */
  private uniqueEltPos(v: Expr): Pos {
    if (this.a.isConst(v)) return syntaxPos(v);
    return syntaxPos(unparen(v));
  }

  private methodValue(k: Hole, e: SelectorExpr, sel: Selection): void {
    const a = this.a;
    const closureK = this.spill(k, this.exprSite(this.printer.expr(e), e.dot, e, 'alloc'));
    const mt = sel.type.kind === 'func' ? sel.type : null;
    const ks = (mt?.results ?? []).map(() => this.heapHole());
    const recvT = a.typeOf(e.x) ?? sel.recv;
    const target = a.funcCallee(sel.obj, e.x, sel, false, false);
    const paramK = isInterface(recvT) ? this.heapHole() : this.tagHole(ks, target, 0);
    this.receiver(this.teeHole([paramK, closureK]), e.x, sel);
  }

  /** The receiver of a devirtualized call: x.(C), its embedded fields, then the implicit & or *. */
  private devirtHole(k: Hole, d: Devirt): Hole {
    return this.dotType(receiverHole(k, d.conc, d.index, d.ptrRecv), d.conc);
  }

  /** A method receiver: the embedded-field path, then the implicit & or * (the checker's ptrRecv). */
  private receiver(k: Hole, x: Expr, sel: Selection): void {
    this.expr(receiverHole(k, this.a.typeOf(x), sel.index, sel.ptrRecv), x);
  }

  private closure(k: Hole, lit: FuncLit): void {
    const fi = this.a.byLit.get(lit);
    // a package-level literal is a static function value (no closure object)
    if (!fi || fi.parent === null) return;
    const k2 = this.spill(
      k,
      this.exprSite('func literal', lit.pos, lit, 'closure', { captures: fi.captures.length > 0 }),
    );
    const st = this.st;
    const inst = this.newInst(fi, st.inst, st.env, st.original);
    st.env.lits.set(lit, inst);
    this.latestLit.set(lit, inst);
    this.closures.push({ k: k2, inst, temps: [] });
    for (const cv of fi.captures) {
      const loc = st.env.lookup(cv);
      if (loc && !loc.captured) {
        loc.captured = true;
        if (loc.loopDepth === st.loopDepth) loc.reassigned = false;
      }
    }
    this.walkFunc(inst, st.inlining, st.pos);
  }

  private callExpr(k: Hole, e: CallExpr): void {
    const a = this.a;
    const ftv = a.info.types.get(e.fun);
    if (ftv?.mode === 'typexpr') {
      this.conversion(k, e, ftv.type);
      return;
    }
    const fun = unparen(e.fun);
    const bo = fun.kind === 'Ident' ? a.info.uses.get(fun) : undefined;
    if (ftv?.mode === 'builtin' || bo?.kind === 'Builtin') {
      this.builtin([k], e, bo?.builtin ?? (fun.kind === 'Ident' ? fun.name : ''));
      return;
    }
    this.call([k], e);
  }

  private callStmt(e: CallExpr): void {
    const a = this.a;
    const fun = unparen(e.fun);
    const ftv = a.info.types.get(e.fun);
    const bo = fun.kind === 'Ident' ? a.info.uses.get(fun) : undefined;
    if (ftv?.mode === 'builtin' || bo?.kind === 'Builtin') {
      this.builtin(null, e, bo?.builtin ?? (fun.kind === 'Ident' ? fun.name : ''));
      return;
    }
    this.call(null, e);
  }

  private conversion(k: Hole, e: CallExpr, target: Type): void {
    const a = this.a;
    const x = e.args[0];
    if (!x) return;
    const st = a.typeOf(x);
    if (isInterface(target)) {
      this.convIface(k, x, syntaxPos(e), e);
      return;
    }
    if (st) {
      const toStr = isString(target) && (isByteOrRuneSlice(st) || isInteger(st));
      const fromStr =
        isByteOrRuneSlice(target) && (isString(st) || a.info.types.get(x)?.value?.kind === 'string');
      const cv = a.info.types.get(x)?.value;
      if (fromStr && cv?.kind === 'string' && isRuneSlice(target)) {
        // typecheck turns []rune("const") into a slice literal
        const text = `${this.printer.type(target)}{${cv.v.length > 0 ? '...' : ''}}`;
        this.spill(k, this.exprSite(text, syntaxPos(e), e, 'alloc'));
        return;
      }
      if (toStr || fromStr) {
        let big = false;
        const tv = a.info.types.get(x);
        // a constant converted to []byte (to []rune it returned above): its bytes on the stack
        if (fromStr && tv?.value?.kind === 'string') big = tv.value.v.length > maxImplicitStackVarSize;
        this.spill(k, this.exprSite(this.printer.expr(e), syntaxPos(e), e, 'str', { bigStr: big }));
        this.discard(x);
        return;
      }
    }
    this.expr(k, x);
  }

  private builtin(ks: Hole[] | null, e: CallExpr, name: string): void {
    const a = this.a;
    const k0 = ks?.[0] ?? this.discardHole();
    const args = e.args;
    switch (name) {
      case 'new': {
        const t = args[0] ? a.typeOf(args[0]) : null;
        const big = t ? safeLayoutSize(t) > maxImplicitStackVarSize : false;
        this.spill(k0, this.exprSite(this.printer.expr(e), syntaxPos(e), e, 'alloc', { mustHeap: big }));
        return;
      }
      case 'make': {
        const t = args[0] ? a.typeOf(args[0]) : null;
        const u = t ? underOf(t) : null;
        if (u?.kind === 'slice') {
          const r = args[2] ?? args[1];
          const rv = r ? a.info.types.get(r)?.value : null;
          let must = true;
          if (rv?.kind === 'int') {
            const n = Number(rv.v);
            const es = safeLayoutSize(u.elem);
            must =
              !(n >= -(2 ** 31) && n < 2 ** 31) || (es !== 0 && n > Math.floor(maxImplicitStackVarSize / es));
          }
          this.spill(k0, this.exprSite(this.printer.expr(e), syntaxPos(e), e, 'alloc', { mustHeap: must }));
        } else if (u?.kind === 'map') {
          this.spill(k0, this.exprSite(this.printer.expr(e), syntaxPos(e), e, 'alloc'));
        } else if (this.st.original) a.heap.add(e);
        for (const x of args.slice(1)) this.discard(x);
        return;
      }
      case 'append': {
        const spread = args.length === 1 ? a.info.types.get(unparen(args[0]))?.tuple : undefined;
        const st = spread ? spread[0] : args[0] ? a.typeOf(args[0]) : null;
        const elem = st && underOf(st).kind === 'slice' ? (underOf(st) as { elem: Type }).elem : null;
        let appendeeK = k0;
        if (elem && hasPointers(elem)) appendeeK = this.teeHole([k0, shift(this.heapHole(), 1)]);
        if (spread && args[0].kind === 'CallExpr') {
          // append(f()): the results go to temporaries first (RewriteMultiValueCall)
          const temps = spread.map((t) => this.tempLoc('.autotmp', t, e.pos));
          this.call(
            temps.map((t) => this.hole(t)),
            unparen(args[0]) as CallExpr,
          );
          this.flow(appendeeK, temps[0]);
          for (const t of temps.slice(1)) this.flow(this.heapHole(), t);
          return;
        }
        this.expr(appendeeK, args[0] ?? null);
        if (e.ellipsis !== NoPos) {
          const at = args[1] ? a.typeOf(args[1]) : null;
          let appendedK = this.discardHole();
          if (at && underOf(at).kind === 'slice' && hasPointers((underOf(at) as { elem: Type }).elem)) {
            appendedK = shift(this.heapHole(), 1);
          }
          this.expr(appendedK, args[1] ?? null);
        } else {
          let base = unparen(e.fun).pos;
          for (const x of args) base = this.lastPos(x) ?? base;
          for (const x of args.slice(1)) this.exprConv(this.heapHole(), x, elem, base);
        }
        return;
      }
      case 'copy': {
        this.discard(args[0] ?? null);
        const yt = args[1] ? a.typeOf(args[1]) : null;
        let copiedK = this.discardHole();
        if (yt && underOf(yt).kind === 'slice' && hasPointers((underOf(yt) as { elem: Type }).elem)) {
          copiedK = shift(this.heapHole(), 1);
        }
        this.expr(copiedK, args[1] ?? null);
        return;
      }
      case 'panic':
        if (args[0])
          this.exprConv(this.heapHole(), args[0], emptyIface, this.lastPosList(args, syntaxPos(e)));
        return;
      case 'delete': {
        // the key is converted to the map's key type
        this.discard(args[0] ?? null);
        const mt = args[0] ? a.typeOf(args[0]) : null;
        const key = mt && underOf(mt).kind === 'map' ? (underOf(mt) as { key: Type }).key : null;
        if (args[1])
          this.exprConv(this.discardHole(), args[1], key, this.lastPosList(args, unparen(e.fun).pos));
        return;
      }
      default:
        for (const x of args) this.discard(x);
        return;
    }
  }

  // ------------------------------------------------------------------------------------ calls (call.go)

  private call(ks: Hole[] | null, e: CallExpr): void {
    const a = this.a;
    const st = this.st;
    const c = a.callee(e, st.bindings);
    if (
      (c.kind === 'closure' || (c.kind === 'file' && !c.wrapper)) &&
      c.fi.cost !== null &&
      c.fi !== st.inst.info &&
      !st.inlining.includes(c.fi)
    ) {
      this.inlineCall(ks, e, c);
      return;
    }
    // the callee expression (a function value, a literal called directly)
    if (c.kind === 'closure') {
      this.expr(this.discardHole(), c.fun);
      if (c.direct) {
        const inst = this.litInst(c.lit);
        if (inst) inst.closureCalled = true;
      }
    } else if (c.kind === 'dynamic') this.expr(this.discardHole(), c.fun);
    const inBatch = this.inBatchInst(c);
    if (ks && inBatch)
      ks.forEach((k, i) => {
        const r = inBatch.results[i];
        if (r) this.flow(k, r);
      });
    // receiver
    if (c.kind === 'iface') {
      if (c.devirt) this.expr(this.devirtHole(this.tagHole(ks, c.devirt.target, 0), c.devirt), c.recv);
      else this.expr(this.heapHole(), c.recv);
    } else if ((c.kind === 'file' || c.kind === 'std') && c.recv) {
      const k = this.tagHole(ks, c, 0);
      if (c.methodExpr || !c.sel) this.expr(k, c.recv);
      else this.receiver(k, c.recv, c.sel);
    }
    // an inlined standard function stores some parameters in its own allocations
    const stored = new Map<number, Loc>();
    const inlStd = c.kind === 'std' && c.std && c.std.cost !== null && !c.wrapper ? c.std : null;
    const recvSlots = (c.kind === 'std' && c.recv) || (c.kind === 'file' && c.fi.hasRecv) ? 1 : 0;
    if (inlStd)
      for (const site of inlStd.sites)
        for (const i of site.from) stored.set(i + recvSlots, this.newLoc(null, false));
    this.args(e, c, (i) => {
      const t = stored.get(i);
      return t ? this.hole(t) : this.tagHole(ks, c, i);
    });
    if (inlStd) this.stdSites(ks, e, inlStd, (i) => stored.get(i + recvSlots) ?? null);
  }

  /** Evaluates a call's arguments into the parameters' holes (paramHole takes the slot index). */
  private args(e: CallExpr, c: Callee, paramHole: (slot: number) => Hole): void {
    const a = this.a;
    const { params, variadic, first, recvSlot } = this.signature(c, e);
    const list = e.args.slice(first);
    const positions = this.argConvPositions(e).slice(first);
    if (list.length === 1) {
      const x = unparen(list[0]);
      const tv = x.kind === 'CallExpr' && this.isPlainCall(x) ? a.info.types.get(x) : undefined;
      if (x.kind === 'CallExpr' && tv?.tuple && tv.tuple.length > 1) {
        // f(g()): typecheck.RewriteMultiValueCall assigns g's results to temporaries first
        const temps = this.autotmps(tv.tuple, e);
        this.call(
          temps.map((t) => this.hole(t)),
          x,
        );
        const callPos = syntaxPos(e);
        const nf = variadic && e.ellipsis === NoPos ? params.length - 1 : params.length;
        const elemOf = (t: Type | undefined) =>
          t && underOf(t).kind === 'slice' ? (underOf(t) as { elem: Type }).elem : null;
        let sk: Hole | null = null;
        temps.forEach((t, i) => {
          if (i < nf) {
            this.convLoc(paramHole(recvSlot + i), t, tv.tuple![i], params[i] ?? null, callPos);
            return;
          }
          sk ??= this.spill(paramHole(recvSlot + nf), this.exprSite('... argument', callPos, e, 'variadic'));
          this.convLoc(sk, t, tv.tuple![i], elemOf(params[params.length - 1]), callPos);
        });
        return;
      }
    }
    const nfixed = variadic && e.ellipsis === NoPos ? params.length - 1 : params.length;
    for (let i = 0; i < nfixed && i < list.length; i++) {
      this.exprConv(paramHole(recvSlot + i), list[i], params[i] ?? null, positions[i]);
    }
    if (variadic && e.ellipsis === NoPos) {
      const extra = list.slice(nfixed);
      if (extra.length === 0) return;
      const vt = params[params.length - 1];
      const elem = vt && underOf(vt).kind === 'slice' ? (underOf(vt) as { elem: Type }).elem : null;
      const k = this.spill(
        paramHole(recvSlot + nfixed),
        this.exprSite('... argument', syntaxPos(e), e, 'variadic'),
      );
      extra.forEach((x, j) => {
        this.exprConv(k, x, elem, positions[nfixed + j]);
      });
    }
  }

  /** Temporaries .autotmp_N, numbered as the function's declarations were when irgen made them. */
  private autotmps(types: Type[], at: CallExpr): Loc[] {
    const n0 = this.a.temps.get(at)?.spread ?? 0;
    return types.map((t, i) => this.tempLoc(`.autotmp_${n0 + i}`, t, at.pos));
  }

  private tempLoc(name: string, t: Type, pos: Pos): Loc {
    const loc = new Loc(
      { kind: 'name', text: name, pos: this.posOf(pos), obj: null, original: false, type: t, param: false },
      this.st.inst,
      this.st.loopDepth,
      false,
    );
    this.allLocs.push(loc);
    return loc;
  }

  /** A value held in a location, converted to target (OCONVIFACE of a temporary). */
  private convLoc(k: Hole, src: Loc, srcType: Type, target: Type | null, pos: Pos): void {
    if (target && isInterface(target) && !isInterface(srcType) && !isNilType(srcType)) {
      if (!isDirectIface(srcType)) {
        const text = src.site?.text ?? '?';
        k = this.spill(k, this.exprSite(text, pos, null, 'conv'));
      }
    }
    if (k.derefs >= 0 && !hasPointers(srcType)) return;
    this.flow(k, src);
  }

  private signature(
    c: Callee,
    e: CallExpr,
  ): { params: Type[]; variadic: boolean; first: number; recvSlot: number } {
    const a = this.a;
    let ft: Type | null = null;
    let first = 0;
    let recvSlot = 0;
    switch (c.kind) {
      case 'file':
        ft = c.fi.sig;
        if (c.fi.hasRecv) recvSlot = 1;
        if (c.methodExpr) first = 1;
        break;
      case 'closure':
        ft = c.fi.sig;
        break;
      case 'std':
        ft = c.obj.type;
        if (c.recv) recvSlot = 1;
        if (c.methodExpr) first = 1;
        break;
      case 'iface':
        ft = c.sel.type;
        if (c.devirt) recvSlot = 1;
        break;
      case 'dynamic': {
        const t = a.typeOf(c.fun);
        ft = t ? underOf(t) : null;
        break;
      }
    }
    if (ft?.kind !== 'func') {
      const t = a.typeOf(e.fun);
      ft = t ? underOf(t) : null;
    }
    if (ft?.kind !== 'func') return { params: [], variadic: false, first, recvSlot };
    return { params: ft.params, variadic: ft.variadic, first, recvSlot };
  }

  /** The instance of a callee analysed in this batch (mutual recursion, closures): flows go directly. */
  private inBatchInst(c: Callee): FnInst | null {
    if (c.kind === 'file') {
      if (c.fi.tags) return null;
      return this.instByInfo.get(c.fi) ?? null;
    }
    if (c.kind === 'closure') return this.litInst(c.lit);
    if (c.kind === 'iface' && c.devirt?.target.kind === 'file' && !c.devirt.target.fi.tags) {
      return this.instByInfo.get(c.devirt.target.fi) ?? null;
    }
    return null;
  }

  private litInst(lit: FuncLit): FnInst | null {
    return this.st.env.lookupLit(lit) ?? this.latestLit.get(lit) ?? null;
  }

  /** call.go tagHole: where an argument for parameter slot i flows. */
  private tagHole(ks: Hole[] | null, c: Callee, slot: number): Hole {
    let leaks: Leaks | null = null;
    switch (c.kind) {
      case 'dynamic':
        return this.heapHole();
      case 'iface':
        if (!c.devirt) return this.heapHole();
        return this.tagHole(ks, c.devirt.target, slot);
      case 'file':
      case 'closure': {
        const inst = this.inBatchInst(c);
        if (inst && !(c.kind === 'file' && c.wrapper && slot === 0))
          return this.hole(inst.params[slot] ?? null);
        leaks = c.fi.tags?.[slot] ?? heapLeak(0);
        // the (*T).M wrapper passes *p to a value method
        if (c.kind === 'file' && c.wrapper && slot === 0) leaks = leaks.map((x) => (x >= 0 ? x + 1 : x));
        break;
      }
      case 'std':
        leaks = this.stdLeaks(c, slot);
        break;
    }
    const tagKs: Hole[] = [];
    if (leaks[0] >= 0) tagKs.push(shift(this.heapHole(), leaks[0]));
    if (ks) {
      for (let i = 0; i < numEscResults; i++) {
        const x = leaks[1 + i];
        if (x >= 0 && ks[i]) tagKs.push(shift(ks[i], x));
      }
    }
    return this.teeHole(tagKs);
  }

  private stdLeaks(c: Extract<Callee, { kind: 'std' }>, slot: number): Leaks {
    const ft = c.obj.type;
    let name: string | undefined;
    let t: Type | undefined;
    if (c.recv && slot === 0) {
      name = 'recv';
      t = c.sel?.recv;
    } else if (ft?.kind === 'func') {
      const i = slot - (c.recv ? 1 : 0);
      name = String(i);
      t = ft.params[i];
    }
    const tag = name !== undefined ? c.std?.tags.get(name) : undefined;
    if (tag) return tag;
    if (t && !hasPointers(t)) return noLeaks();
    return heapLeak(0);
  }

  /** Allocation sites of an inlined standard-library body, at the call. */
  private stdSites(ks: Hole[] | null, e: CallExpr, std: StdFunc, stored: (i: number) => Loc | null): void {
    for (const s of std.sites) {
      const pos = this.posOf(syntaxPos(e));
      if (s.kind === 'self') {
        this.walkMsgs.push({ pos, text: s.text.replace('%F', this.st.inst.info.name) });
        continue;
      }
      const site: ExprSite = {
        kind: 'expr',
        text: s.text,
        pos,
        node: null,
        original: false,
        rule: 'none',
        mustHeap: false,
        bigStr: false,
        captures: false,
        silent: false,
      };
      const k =
        s.kind === 'heap'
          ? this.heapHole()
          : s.kind === 'none'
            ? this.discardHole()
            : (ks?.[s.kind === 'r0' ? 0 : 1] ?? this.discardHole());
      const into = this.spill(k, site);
      for (const i of s.from) {
        const t = stored(i);
        if (t) this.flow(into, t);
      }
    }
  }

  /** Inlines a call: the callee's body is walked here with fresh variables (inline.oldInline). */
  private inlineCall(ks: Hole[] | null, e: CallExpr, c: Extract<Callee, { kind: 'file' | 'closure' }>): void {
    const fi = c.fi;
    const st = this.st;
    const pos = st.pos ?? syntaxPos(e);
    // a closure's body sees the variables where the literal was evaluated
    const litEnv = c.kind === 'closure' && !c.direct ? this.litInst(c.lit)?.env.parent : null;
    const env = new Env(litEnv ?? st.env);
    const inlVar = (o: Obj | null, name: string, t: Type): Loc => {
      const loc = new Loc(
        { kind: 'name', text: name, pos, obj: o, original: false, type: t, param: false },
        st.inst,
        1,
        false,
      );
      loc.obj = o;
      this.allLocs.push(loc);
      st.inst.inlVars.push(loc);
      if (o) env.vars.set(o, loc);
      return loc;
    };
    const params = fi.params.map((p) => (p.obj && p.named ? inlVar(p.obj, p.name, p.type) : null));
    for (const o of fi.locals) inlVar(o, o.name, o.type ?? { kind: 'basic', name: 'invalid type' });
    const results = fi.results.map((r, i) =>
      inlVar(r.named ? r.obj : null, r.named ? r.name : `~R${i}`, r.type),
    );
    if (c.kind === 'closure' && !c.direct) this.expr(this.discardHole(), c.fun);
    for (const p of params) if (p) p.loopDepth = st.loopDepth;
    const paramHole = (slot: number) => this.hole(params[slot] ?? null);
    if (c.kind === 'file' && c.recv) {
      if (c.methodExpr || !c.sel) this.expr(paramHole(0), c.recv);
      else this.receiver(paramHole(0), c.recv, c.sel);
    }
    this.args(e, c, paramHole);
    for (const r of results) r.loopDepth = st.loopDepth;
    // ir.StaticValue sees an inlined parameter's argument (a closure passed to a small helper)
    const bindings = this.a.bindArgs(e, c, st.bindings);
    this.st = {
      inst: st.inst,
      env,
      loopDepth: st.loopDepth,
      pos,
      ret: results,
      retTypes: fi.results.map((r) => r.type),
      inlining: [...st.inlining, fi],
      original: false,
      bindings,
    };
    this.stmts(fi.body.list);
    this.st = st;
    if (ks)
      ks.forEach((k, i) => {
        const r = results[i];
        if (r) this.flow(k, r);
      });
  }

  // ------------------------------------------------------------------------------------ go and defer

  private goDefer(s: GoStmt | DeferStmt): void {
    const a = this.a;
    let k = this.heapHole();
    if (s.kind === 'DeferStmt' && this.st.loopDepth === 1) k = this.later(this.discardHole());
    const call = s.call;
    const fun = unparen(call.fun);
    const ftv = a.info.types.get(call.fun);
    const bo = fun.kind === 'Ident' ? a.info.uses.get(fun) : undefined;
    const isBuiltin = ftv?.mode === 'builtin' || bo?.kind === 'Builtin';
    const temps: Loc[] = [];
    const wrap = (x: Expr, target: Type | null, pos: Pos): Loc | null => {
      const u = unparen(x);
      const xt = a.typeOf(x);
      const converts = !!target && !!xt && isInterface(target) && !isInterface(xt) && !isNilType(xt);
      if (a.isConst(x) && !converts) return null;
      if (u.kind === 'Ident') {
        const o = a.info.uses.get(u);
        if (o && (o.kind === 'Func' || o.kind === 'Nil')) return null;
      }
      if (u.kind === 'SelectorExpr' && a.info.selections.get(u)?.kind === 'MethodExpr') return null;
      const tmp = this.newLoc(null, false);
      this.exprConv(this.hole(tmp), x, target, pos);
      temps.push(tmp);
      return tmp;
    };
    if (isBuiltin) {
      let base = fun.pos;
      for (const x of call.args) base = this.lastPos(x) ?? base;
      const name = bo?.builtin ?? (fun.kind === 'Ident' ? fun.name : '');
      for (const x of call.args) {
        const t = wrap(
          x,
          name === 'panic' ? emptyIface : null,
          name === 'panic' ? this.lastPosList(call.args, syntaxPos(call)) : base,
        );
        if (t && name === 'panic') this.flow(this.heapHole(), t);
      }
      this.wrapperClosure(k, temps);
      return;
    }
    const c = a.callee(call, this.st.bindings);
    const sig = this.signature(c, call);
    const isMethod = (c.kind === 'file' || c.kind === 'std') && !!c.recv;
    if (!isMethod && c.kind !== 'iface' && sig.params.length === 0 && call.args.length === 0) {
      const ft = a.typeOf(call.fun);
      const results = ft && underOf(ft).kind === 'func' ? (underOf(ft) as FuncT).results.length : 0;
      if (results === 0) {
        this.expr(k, call.fun);
        return;
      }
    }
    // The call moves into a wrapper closure; arguments are evaluated into temporaries it captures.
    if (c.kind === 'dynamic' || (c.kind === 'closure' && c.direct)) {
      const t = wrap(c.fun, null, NoPos);
      if (t) this.flow(this.discardHole(), t);
      if (c.kind === 'closure' && c.direct) {
        const inst = this.litInst(c.lit);
        if (inst) inst.closureCalled = true;
      }
    }
    if (c.kind === 'iface') {
      const t = wrap(c.recv, null, NoPos);
      if (c.devirt) {
        if (t) this.flow(this.devirtHole(this.tagHole(null, c.devirt.target, 0), c.devirt), t);
      } else if (t) this.flow(this.heapHole(), t);
    } else if ((c.kind === 'file' || c.kind === 'std') && c.recv) {
      const tmp = this.newLoc(null, false);
      if (c.methodExpr || !c.sel) this.expr(this.hole(tmp), c.recv);
      else this.receiver(this.hole(tmp), c.recv, c.sel);
      temps.push(tmp);
      this.flow(this.tagHole(null, c, 0), tmp);
    }
    const { params, variadic, first, recvSlot } = sig;
    const list = call.args.slice(first);
    const positions = this.argConvPositions(call).slice(first);
    const nfixed = variadic && call.ellipsis === NoPos ? params.length - 1 : params.length;
    for (let i = 0; i < nfixed && i < list.length; i++) {
      const x = unparen(list[i]);
      const xt = a.typeOf(x);
      if (x.kind === 'CompositeLit' && xt && underOf(xt).kind === 'slice') {
        // rewriteArgument peels a slice literal: its elements are captured, the literal itself is
        // built in the wrapper (on the new goroutine's stack if the callee lets it)
        const elem = (underOf(xt) as { elem: Type }).elem;
        const wrapped = x.elts.map((el) => {
          const v = el.kind === 'KeyValueExpr' ? el.value : el;
          return wrap(v, elem, el.kind === 'KeyValueExpr' ? el.colon : this.uniqueEltPos(v));
        });
        const sk = this.spill(
          this.tagHole(null, c, recvSlot + i),
          this.exprSite(this.printer.expr(x), x.lbrace, x, 'alloc'),
        );
        for (const t of wrapped) if (t) this.flow(sk, t);
        continue;
      }
      const t = wrap(list[i], params[i] ?? null, positions[i]);
      if (t) this.flow(this.tagHole(null, c, recvSlot + i), t);
    }
    if (variadic && call.ellipsis === NoPos) {
      const extra = list.slice(nfixed);
      const vt = params[params.length - 1];
      const elem = vt && underOf(vt).kind === 'slice' ? (underOf(vt) as { elem: Type }).elem : null;
      const wrapped = extra.map((x, j) => wrap(x, elem, positions[nfixed + j]));
      if (extra.length > 0) {
        const sk = this.spill(
          this.tagHole(null, c, recvSlot + nfixed),
          this.exprSite('... argument', syntaxPos(call), call, 'variadic'),
        );
        for (const t of wrapped) if (t) this.flow(sk, t);
      }
    }
    this.wrapperClosure(k, temps);
  }

  private wrapperClosure(k: Hole, temps: Loc[]): void {
    const k2 = this.spill(k, this.exprSite('func literal', NoPos, null, 'none', { silent: true }));
    this.closures.push({ k: k2, inst: null, temps });
  }
}

/**
 * Each function's inlining cost as modelled here (null: Go does not inline it), with the position
 * of its name or literal and Go's name for it ("main", "(*T).M", "main.func1").
 */
export function inliningCosts(file: File, info: Info): [Pos, string, number | null][] {
  const a = new Analysis(file, info);
  a.prepare();
  return a.funcs.map((f) => [f.node.kind === 'FuncDecl' ? f.node.name.pos : f.node.pos, f.name, f.cost]);
}
