// The code generator: a type-checked Go file (plus the std packages written in Go) to one JS
// function body that the program environment (rt/env.ts) instantiates. See ARCHITECTURE.md
// "Compiled programs" for the value model (rt/value.ts) and the memory contract.
//
// Shape of the output:
//   - type descriptors ($T…) and struct classes ($C…), filled in two passes (types can recurse);
//   - package variables as JS `let`s, listed in a scan function for the collector;
//   - every Go function as a generator function: goroutines are generators, and a call is
//     `yield* f(…)`, so any callee may block (channels, locks, sleeps) or be preempted;
//   - each function keeps its locals as hoisted `let`s and, when any holds pointers, pushes a
//     frame-scan closure on its goroutine's frame stack (the collector's view of the stack);
//   - `main` and the init function are returned to the environment.

import type * as A from '../ast.ts';
import type { Info, Selection, TypeAndValue } from '../check/checker.ts';
import type { Obj } from '../check/objects.ts';
import { lookupFieldOrMethod } from '../check/typeutil.ts';
import { ratToFloat64, type Value } from '../constant.ts';
import { exprString } from '../printer.ts';
import { blockingNatives, tryNatives } from '../rt/blocking.ts';
import { type Type, typeString, under } from '../types.ts';
import {
  basicOf,
  fieldProp,
  hasPointers,
  intBits,
  is64,
  isAggregate,
  isFloatT,
  isInterfaceT,
  isIntT,
  isStringT,
  isUnsignedT,
  layoutOf,
  numKind,
  sizeOf,
} from './typeinfo.ts';
import { jsString, Writer } from './writer.ts';

type FuncT = Extract<Type, { kind: 'func' }>;
type StructT = Extract<Type, { kind: 'struct' }>;

/** What the code generator needs from escape analysis (src/lang/escape.ts). */
export interface EscapeResult {
  /** Allocation sites Go places on the heap. */
  heap: Set<A.Node>;
  /** Variables moved to the heap. */
  movedToHeap: Set<Obj>;
}

/** One package the compiler translates: main, or a std package with Go bodies. */
export interface PackageInput {
  path: string;
  file: A.File;
  info: Info;
  escapes: EscapeResult | null;
}

interface FuncCtx {
  /** Hoisted local declarations: JS name → initial value. */
  locals: Map<string, string>;
  /** Locals the frame scan must report. */
  scanned: string[];
  /** Named results (JS names) or null. */
  results: string[] | null;
  /** The named results' variables (null for `_`), parallel to results. */
  resultObjs: (Obj | null)[];
  resultTypes: Type[];
  hasDefer: boolean;
  /** How the function refers to itself (recover() compares it with the deferred call's function). */
  self: string;
  /** The body calls recover() directly: the frame claims the right to recover at entry ($rec). */
  claimsRecover: boolean;
  labels: Map<A.Stmt, string>;
  /** Variables captured by closures (boxed). */
  captured: Set<Obj>;
  loopDepth: number;
  /** Compiled as a plain function (never blocks): loops charge time without yielding. */
  sync: boolean;
  /** Locals the code generator adds that Go's frame does not have (left out of the frame size). */
  hiddenLocals: number;
}

const reserved = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval undefined NaN Infinity'.split(
    ' ',
  ),
);

/** What a plain function's code does that matters to the collector (see Compiler.resolveFrames). */
interface SafePointFacts {
  /** Its own code may start a collection. */
  reaches: boolean;
  /** Names it calls that are not runtime helpers (compiled functions, or anything else). */
  callees: string[];
}

/**
 * Runtime helpers that never allocate, charge time or run the scheduler: nil and bounds checks,
 * reads, stores with their pointer words, type tests. Every other helper is a possible safe point.
 */
const noSafePointHelpers: ReadonlySet<string> = new Set([
  'nn',
  'nnf',
  'keep',
  'fw',
  'pset',
  'len',
  'cap',
  'sget',
  'sset',
  'aget',
  'aset',
  'assert',
  'typeIs',
  'ifaceEq',
  'nz',
  'shiftCount',
  'strAt',
]);

/**
 * Where a function whose frame is decided at the end of compilation goes (resolveFrames). U+0001
 * cannot occur in the generated code otherwise: string constants (jsString) and names
 * (JSON.stringify) are quoted with control characters escaped, and identifiers cannot hold them.
 */
const framePlaceholder = (id: number): string => `\u0001frame:${id}\u0001`;

const jsCallKeywords: ReadonlySet<string> = new Set([
  'if',
  'for',
  'while',
  'switch',
  'return',
  'catch',
  'typeof',
]);

/**
 * Reads a plain function's compiled body: any yield, or any call of a helper outside
 * noSafePointHelpers, may start a collection; the other calls are 64-bit integer helpers, struct
 * constructors, and callees whose own facts decide.
 */
function safePointFacts(body: string): SafePointFacts {
  if (/\byield\b/.test(body)) return { reaches: true, callees: [] };
  const callees: string[] = [];
  for (const m of body.matchAll(/([\w$]+(?:\.[\w$]+)*)\s*\(/g)) {
    const name = m[1];
    if (jsCallKeywords.has(name) || name.startsWith('$i.') || /^\$C\d+$/.test(name)) continue;
    if (name.startsWith('$.')) {
      if (noSafePointHelpers.has(name.slice(2))) continue;
      return { reaches: true, callees: [] };
    }
    callees.push(name);
  }
  return { reaches: false, callees };
}

export class Compiler {
  private readonly out = new Writer();
  private readonly typeDecls = new Writer();
  private readonly typeFills = new Writer();
  private readonly consts: string[] = [];
  private readonly strConsts = new Map<string, string>();
  private readonly typeIds = new Map<string, string>();
  private readonly typeList: Type[] = [];
  private readonly names = new Map<Obj, string>();
  private readonly usedNames = new Set<string>();
  private fn: FuncCtx | null = null;
  private pkg!: PackageInput;
  private readonly nativeRefs = new Map<string, string>();
  private tmpCounter = 0;
  /** Method names that matter for dynamic dispatch (interfaces, fmt's String/Error). */
  private readonly ifaceMethodNames = new Set<string>(['String', 'Error']);
  /** Top-level funcs and methods by Obj → JS name. */
  private readonly funcNames = new Map<Obj, string>();
  private readonly methodDecls: { recvNamed: Type; name: string; js: string; ptrRecv: boolean }[] = [];
  private readonly globalsScan: string[] = [];
  private readonly stdGlobals: [string, string][] = [];
  private globalsScanBytes = 0;

  constructor(private readonly packages: PackageInput[]) {}

  compile(): { js: string; globalsScanBytes: number } {
    // Pass 1: names of every top-level function and method, and interface method names.
    for (const p of this.packages) {
      this.pkg = p;
      for (const d of p.file.decls) {
        if (d.kind !== 'FuncDecl' || !d.body) continue;
        const obj = p.info.defs.get(d.name);
        if (!obj) continue;
        if (d.recv) {
          const recvT = this.recvNamed(d);
          const js = this.fresh(`${p.path.replace(/\W/g, '_')}$${typeNameOf(recvT)}$${d.name.name}`);
          this.funcNames.set(obj, js);
          const ptr = d.recv.list[0]?.type.kind === 'StarExpr';
          this.methodDecls.push({ recvNamed: recvT, name: d.name.name, js, ptrRecv: ptr });
        } else if (d.name.name !== '_') {
          const js =
            p.path === 'main' && (d.name.name === 'main' || d.name.name === 'init')
              ? this.fresh(`main$${d.name.name}`)
              : this.fresh(`${p.path.replace(/\W/g, '_')}$${d.name.name}`);
          this.funcNames.set(obj, js);
        }
      }
      for (const t of p.info.types.values()) this.noteIfaceMethods(t.type);
    }
    this.findSyncFuncs();
    // Descriptors of every named type of the std packages (natives build values of them).
    for (const p of this.packages) {
      if (p.path === 'main') continue;
      this.pkg = p;
      for (const d of p.file.decls) {
        if (d.kind !== 'GenDecl' || d.tok !== 'type') continue;
        for (const sp of d.specs) {
          if (sp.kind !== 'TypeSpec') continue;
          const o = p.info.defs.get(sp.name);
          if (o?.type) {
            this.typeRef(o.type);
            this.typeRef({ kind: 'pointer', elem: o.type });
          }
        }
      }
    }
    // Pass 2: globals and functions.
    const inits: string[] = [];
    const body = new Writer();
    for (const p of this.packages) {
      this.pkg = p;
      for (const g of p.info.globals) {
        const js = this.varName(g);
        if (p.path !== 'main') this.stdGlobals.push([`${g.pkg}.${g.name}`, js]);
        body.line(`let ${js} = ${this.zero(g.type!)};`);
        if (hasPointers(g.type!)) {
          this.globalsScan.push(js);
          this.globalsScanBytes += layoutOf(g.type!).ptrdata;
        }
      }
    }
    for (const p of this.packages) {
      this.pkg = p;
      for (const d of p.file.decls) {
        if (d.kind !== 'FuncDecl' || !d.body) continue;
        const obj = p.info.defs.get(d.name);
        const js = obj ? this.funcNames.get(obj) : undefined;
        if (!js) continue;
        const recv = d.recv?.list[0]?.type;
        const rname = recv ? typeNameOf(this.recvNamed(d)) : '';
        const qual = recv ? (recv.kind === 'StarExpr' ? `(*${rname}).` : `${rname}.`) : '';
        this.goFuncNames[js] = `${p.path}.${qual}${d.name.name}`;
        this.nameLiterals(d.body, this.goFuncNames[js], '.func');
        this.emitFunc(body, js, d, p.info.signatures.get(d)!);
        if (!d.recv && d.name.name === 'init') inits.push(js);
      }
    }
    // Package initialisation: variables in dependency order as the checker recorded them.
    const init = new Writer();
    init.open('function* $init() {');
    init.line('const $g = $.g;');
    init.line('const $t0 = $g.tn;');
    this.fn = this.newFuncCtx([]);
    const initBody = new Writer();
    for (const p of this.packages) {
      this.pkg = p;
      for (const d of p.file.decls) {
        if (d.kind !== 'GenDecl' || d.tok !== 'var') continue;
        for (const s of d.specs) {
          if (s.kind !== 'ValueSpec' || s.values.length === 0) continue;
          this.emitVarSpecInit(initBody, s, true);
        }
      }
    }
    for (const [n, v] of this.fn.locals) init.line(`let ${n} = ${v};`);
    init.line(initBody.toString());
    for (const f of inits) init.line(`yield* ${f}();`);
    init.close();
    this.fn = null;

    const mainObj = [...this.funcNames.entries()].find(
      ([o]) => o.name === 'main' && o.pkg === 'main' && o.kind === 'Func' && !o.recv,
    );
    const tables = new Writer();
    this.emitMethodTables(tables);
    const w = this.out;
    w.line('"use strict";');
    // line 2 of the body: lets the environment find where the body starts in V8's stack traces
    w.line('const $probe = () => new Error().stack;');
    w.line('const {GoStr, Slice, Arr, Box, ElemRef, FieldRef, Iface, emptyStr} = $v;');
    w.line('const $i = $.i64;');
    for (const [k, js] of this.nativeRefs) w.line(`const ${js} = $.native(${JSON.stringify(k)});`);
    w.line(this.typeDecls.toString());
    w.line(this.typeFills.toString());
    for (const c of this.consts) w.line(c);
    w.line(body.toString());
    w.line(init.toString());
    w.line(tables.toString());
    w.line(`$.globals(() => [${this.globalsScan.join(', ')}]);`);
    w.line(
      `$.globalsByName({${this.stdGlobals.map(([k, js]) => `${JSON.stringify(k)}: () => ${js}`).join(', ')}});`,
    );
    w.line(`return { main: ${mainObj ? mainObj[1] : 'null'}, init: $init, probe: $probe };`);
    return { js: this.resolveFrames(w.toString()), globalsScanBytes: this.globalsScanBytes };
  }

  // ------------------------------------------------------------------ which functions may block

  /**
   * Functions that can never block or be preempted become plain JS functions (a generator call
   * costs an object). A function may block when it sends, receives, selects, has a `for` loop (a
   * preemption point; range loops over finite collections are not), calls (or defers) a blocking
   * native, calls through a function value or an interface, calls a function that may block, or
   * defers a builtin, a conversion or a function value.
   */
  private findSyncFuncs(): void {
    type Fn = { js: string; blocks: boolean; callees: string[] };
    const fns = new Map<string, Fn>();
    for (const p of this.packages) {
      const info = p.info;
      for (const d of p.file.decls) {
        if (d.kind !== 'FuncDecl' || !d.body) continue;
        const obj = info.defs.get(d.name);
        const js = obj ? this.funcNames.get(obj) : undefined;
        if (!js) continue;
        const f: Fn = { js, blocks: false, callees: [] };
        // main and init are started by the environment as goroutine bodies
        if (!d.recv && p.path === 'main' && (d.name.name === 'main' || d.name.name === 'init'))
          f.blocks = true;
        walk(d.body, (n) => {
          if (f.blocks || n.kind === 'FuncLit') return false;
          switch (n.kind) {
            case 'DeferStmt': {
              // deferred calls run as the function returns: a deferred call that may block makes
              // it a generator; one of a plain function or native does not
              const target = this.staticTarget(p, n.call);
              if (target === null || target === 'dynamic') {
                f.blocks = true;
                return false;
              }
              return true;
            }
            case 'SendStmt':
            case 'SelectStmt':
            case 'ForStmt':
              f.blocks = true;
              return false;
            case 'UnaryExpr':
              if (n.op === '<-') f.blocks = true;
              return true;
            case 'RangeStmt': {
              const xt = info.types.get(n.x)?.type;
              if (!xt || under(xt).kind === 'chan') f.blocks = true;
              return true;
            }
            case 'CallExpr': {
              const target = this.staticTarget(p, n);
              if (target === 'dynamic') f.blocks = true;
              else if (target !== null) f.callees.push(target);
              return true;
            }
            default:
              return true;
          }
        });
        fns.set(js, f);
      }
    }
    for (let changed = true; changed; ) {
      changed = false;
      for (const f of fns.values()) {
        if (f.blocks) continue;
        for (const c of f.callees) {
          const callee = fns.get(c);
          const blocks = callee
            ? callee.blocks
            : c.startsWith('native:')
              ? blockingNatives.has(c.slice(7))
              : true;
          if (blocks) {
            f.blocks = true;
            changed = true;
            break;
          }
        }
      }
    }
    for (const f of fns.values()) if (!f.blocks) this.syncFuncs.add(f.js);
  }

  /**
   * What a call statically targets: a compiled function's JS name, "native:pkg.F[.M]", "dynamic"
   * (a function value or an interface method), or null for builtins and conversions.
   */
  private staticTarget(p: PackageInput, c: A.CallExpr): string | null {
    const info = p.info;
    const f = unparen(c.fun);
    if (info.types.get(f)?.mode === 'typexpr') return null;
    if (f.kind === 'Ident') {
      const o = info.uses.get(f);
      if (o?.kind === 'Builtin') return null;
      if (o?.kind === 'Func') return this.funcNames.get(o) ?? `native:${o.pkg}.${o.name}`;
      return 'dynamic';
    }
    if (f.kind !== 'SelectorExpr') return 'dynamic';
    const sel = info.selections.get(f);
    if (!sel) {
      const o = info.uses.get(f.sel);
      if (o?.kind === 'Func') return this.funcNames.get(o) ?? `native:${o.pkg}.${o.name}`;
      return 'dynamic';
    }
    if (sel.kind !== 'MethodVal') return 'dynamic';
    const xt = info.types.get(f.x)?.type;
    if (!xt) return 'dynamic';
    // the receiver reached through the embedding path must be concrete
    let cur = xt;
    for (const i of sel.index) {
      let u = under(cur);
      if (u.kind === 'pointer') u = under(u.elem);
      if (u.kind !== 'struct') break;
      cur = u.fields[i].type;
    }
    const cu = under(cur);
    if (cu.kind === 'interface' || (cu.kind === 'pointer' && under(cu.elem).kind === 'interface'))
      return 'dynamic';
    const js = this.funcNames.get(sel.obj);
    if (js) return js;
    const rn0 = sel.obj.recv ?? sel.recv;
    const rn = rn0.kind === 'pointer' ? rn0.elem : rn0;
    return rn.kind === 'named' ? `native:${rn.pkg}.${rn.name}.${sel.obj.name}` : 'dynamic';
  }

  // ------------------------------------------------------------------ names

  private fresh(base: string): string {
    let n = base.replace(/[^\w$]/g, '_');
    if (reserved.has(n) || /^\d/.test(n)) n = `$${n}`;
    let k = n;
    for (let i = 1; this.usedNames.has(k); i++) k = `${n}$${i}`;
    this.usedNames.add(k);
    return k;
  }

  private varName(o: Obj): string {
    let n = this.names.get(o);
    if (!n) {
      n = this.fresh(o.name === '_' ? '$blank' : o.name);
      this.names.set(o, n);
    }
    return n;
  }

  private tmp(): string {
    const n = `$t${++this.tmpCounter}`;
    this.fn?.locals.set(n, 'undefined');
    return n;
  }

  /** The JS name of a native (plain function unless it may block: rt/blocking.ts). */
  private native(key: string): string {
    let js = this.nativeRefs.get(key);
    if (!js) {
      js = this.fresh(`$n_${key.replace(/\W/g, '_')}`);
      this.nativeRefs.set(key, js);
      if (!blockingNatives.has(key)) this.syncNatives.add(js);
      if (tryNatives.has(key)) this.tryRefs.set(js, this.native(`${key}$try`));
    }
    return js;
  }
  private readonly syncNatives = new Set<string>();
  /** Blocking natives' plain first attempts (rt/blocking.ts tryNatives), by the native's JS name. */
  private readonly tryRefs = new Map<string, string>();

  /** A native as a Go function value: non-blocking natives get a generator wrapper. */
  private nativeValue(key: string): string {
    const js = this.native(key);
    return this.isSync(js) ? `$.gen(${js})` : js;
  }

  /** `yield* f(args)` for Go functions and blocking natives, a plain call for the others. */
  private callOf(fn: string, args: string): string {
    return this.isSync(fn) ? `${fn}(${args})` : `(yield* ${fn}(${args}))`;
  }

  /**
   * A direct call with evaluated arguments: callOf, except that a blocking native with a plain
   * first attempt (an uncontended sync.Mutex.Lock) only enters its generator when the attempt fails.
   */
  private directCall(fn: string, args: string[]): string {
    const tryFn = this.tryRefs.get(fn);
    if (tryFn === undefined || args.length !== 1) return this.callOf(fn, args.join(', '));
    const t = this.tmp();
    // holds the argument for the blocking call only: not a local of Go's frame
    if (this.fn) this.fn.hiddenLocals++;
    return `(${tryFn}(${t} = ${args[0]}) ? undefined : (yield* ${fn}(${t})))`;
  }

  /** A function compiled (or provided) as a plain JS function: it never blocks. */
  private isSync(js: string): boolean {
    return this.syncNatives.has(js) || this.syncFuncs.has(js);
  }

  /** A function as a Go function value (what go, defer, method values and tables call with yield*). */
  private asGoFunc(js: string): string {
    return this.isSync(js) ? `$.gen(${js})` : js;
  }
  /** Go functions that can never block or be preempted: compiled as plain functions. */
  private readonly syncFuncs = new Set<string>();

  private recvNamed(d: A.FuncDecl): Type {
    const f = d.recv!.list[0];
    let te = f.type;
    if (te.kind === 'StarExpr') te = te.x;
    if (te.kind === 'ParenExpr') te = te.x;
    const tv = this.pkg.info.types.get(te);
    if (tv) return tv.type;
    const o = te.kind === 'Ident' ? this.pkg.info.uses.get(te) : undefined;
    return o?.type ?? { kind: 'basic', name: 'invalid type' };
  }

  private noteIfaceMethods(t: Type, depth = 0): void {
    if (depth > 4) return;
    const u = t.kind === 'named' ? t.underlying : t;
    if (u && u.kind === 'interface') {
      for (const m of u.methods) this.ifaceMethodNames.add(m.name);
      for (const e of u.embedded) this.noteIfaceMethods(e, depth + 1);
    }
  }

  // ------------------------------------------------------------------ type descriptors

  /** The JS name of the run-time descriptor of t (created on first use). */
  typeRef(t: Type): string {
    const key = this.typeIdentity(t);
    let js = this.typeIds.get(key);
    if (js) return js;
    js = `$T${this.typeIds.size}`;
    this.typeIds.set(key, js);
    this.typeList.push(t);
    const u = under(t);
    const named = t.kind === 'named';
    const b = basicOf(t);
    const kind = b ? basicKindName(b.name) : u.kind === 'pointer' ? 'ptr' : u.kind;
    let cls = 'null';
    if (u.kind === 'struct') {
      cls = this.structClass(u);
    }
    const l = layoutOf(t);
    this.typeDecls.line(
      `const ${js} = $.type(${JSON.stringify({
        str: typeString(t),
        kind,
        named,
        size: l.size,
        ptrWords: l.ptrWords,
        ptrdata: l.ptrdata,
        align: l.align,
        nk: numKind(t),
        len: u.kind === 'array' ? u.len : 0,
        imethods: u.kind === 'interface' ? this.ifaceMethodList(u) : [],
        dir: u.kind === 'chan' ? u.dir : undefined,
      })}, ${cls});`,
    );
    // Element/key/field types are filled in afterwards (types may refer to themselves).
    const fills: string[] = [];
    if (u.kind === 'pointer' || u.kind === 'slice' || u.kind === 'array' || u.kind === 'chan') {
      fills.push(`elem: ${this.typeRef(u.elem)}`);
    } else if (u.kind === 'map') {
      fills.push(`key: ${this.typeRef(u.key)}`, `elem: ${this.typeRef(u.elem)}`);
    } else if (u.kind === 'struct') {
      const offs = l.offsets ?? [];
      const fs = u.fields.map(
        (f, i) =>
          `{name: ${JSON.stringify(f.name)}, prop: ${JSON.stringify(fieldProp(f.name, i))}, type: ${this.typeRef(f.type)}, embedded: ${f.embedded}, exported: ${/^\p{Lu}/u.test(f.name)}, off: ${offs[i] ?? 0}}`,
      );
      fills.push(`fields: [${fs.join(', ')}]`);
    } else if (u.kind === 'func') {
      fills.push(`params: [${u.params.map((p) => this.typeRef(p)).join(', ')}]`);
    }
    if (fills.length) this.typeFills.line(`$.fill(${js}, {${fills.join(', ')}});`);
    return js;
  }

  private ifaceMethodList(u: Extract<Type, { kind: 'interface' }>): string[] {
    const out = new Set<string>();
    const walk = (x: Type, d: number) => {
      const v = x.kind === 'named' ? x.underlying : x;
      if (v?.kind !== 'interface' || d > 8) return;
      for (const m of v.methods) out.add(m.name);
      for (const e of v.embedded) walk(e, d + 1);
    };
    walk(u, 0);
    return [...out].sort();
  }

  /** Distinguishes types that print alike (named types declared in different scopes). */
  private typeIdentity(t: Type): string {
    const seen = new Map<Type, number>();
    const rec = (x: Type): string => {
      if (x.kind === 'named') {
        let id = this.namedIds.get(x);
        if (id === undefined) {
          id = this.namedIds.size;
          this.namedIds.set(x, id);
        }
        return `N${id}`;
      }
      if (seen.has(x)) return `R${seen.get(x)}`;
      seen.set(x, seen.size);
      switch (x.kind) {
        case 'basic':
          return x.name;
        case 'pointer':
          return `*${rec(x.elem)}`;
        case 'slice':
          return `[]${rec(x.elem)}`;
        case 'array':
          return `[${x.len}]${rec(x.elem)}`;
        case 'map':
          return `map[${rec(x.key)}]${rec(x.elem)}`;
        case 'chan':
          return `chan(${x.dir})${rec(x.elem)}`;
        case 'func':
          return `func(${x.params.map(rec).join(',')}${x.variadic ? '...' : ''})(${x.results.map(rec).join(',')})`;
        case 'struct':
          return `struct{${x.fields.map((f) => `${f.embedded ? '~' : ''}${f.name} ${rec(f.type)}`).join(';')}}`;
        case 'interface':
          return `iface{${this.ifaceMethodList(x).join(';')}|${x.methods.map((m) => `${m.name}${rec(m.type)}`).join(';')}}`;
      }
    };
    return rec(t);
  }
  private readonly namedIds = new Map<Type, number>();
  private readonly structClasses = new Map<string, string>();

  private structClass(u: StructT): string {
    const key = this.typeIdentity(u);
    let cls = this.structClasses.get(key);
    if (cls) return cls;
    cls = `$C${this.structClasses.size}`;
    this.structClasses.set(key, cls);
    const props = u.fields.map((f, i) => fieldProp(f.name, i));
    const args = props.map((_, i) => `a${i}`);
    this.typeDecls.line(
      `class ${cls} { constructor(${args.join(', ')}) { this.$a = 0; ${props.map((p, i) => `this.${p} = a${i};`).join(' ')} } }`,
    );
    return cls;
  }

  /** The JS expression for the zero value of t. */
  zero(t: Type): string {
    const u = under(t);
    switch (u.kind) {
      case 'basic':
        if (u.name === 'bool' || u.name === 'untyped bool') return 'false';
        if (u.name === 'string' || u.name === 'untyped string') return 'emptyStr';
        return '0';
      case 'struct':
      case 'array':
        return `${this.typeRef(t)}.zero()`;
      default:
        return 'null';
    }
  }

  /** A copy of an aggregate value (structs and arrays have value semantics). */
  private copyOf(t: Type, js: string): string {
    return isAggregate(t) ? `${this.typeRef(t)}.clone(${js})` : js;
  }

  // ------------------------------------------------------------------ method tables

  private emitMethodTables(w: Writer): void {
    // Every descriptor of a named type (or pointer to one) gets the methods of its method set that
    // an interface or fmt may call. Descriptors created while emitting wrappers are handled too.
    for (let i = 0; i < this.typeList.length; i++) {
      const t = this.typeList[i];
      if (under(t).kind === 'interface') continue;
      const entries: string[] = [];
      for (const name of this.ifaceMethodNames) {
        const r = lookupFieldOrMethod(t, name);
        if (r.kind !== 'method') continue;
        const isPtr = t.kind === 'pointer';
        if (r.method.ptrRecv && !isPtr && !r.indirect) continue;
        const named = r.recvNamed ?? t;
        const fn = this.methodFunc(named, name);
        if (!fn) continue;
        // Walk the embedding path from the receiver value to the method's receiver.
        const recvExpr = this.embedPath(t, r.index, 'r');
        let arg = recvExpr.expr;
        const recvIsPtr = recvExpr.isPtr;
        if (r.method.ptrRecv) {
          if (!recvIsPtr) arg = recvExpr.expr; // aggregate reached in place: its object is its address
        } else if (recvIsPtr) {
          arg = this.derefRecv(named, recvExpr.expr);
        } else {
          arg = this.copyOf(named, recvExpr.expr); // a value receiver gets its own copy
        }
        // a wrapper: recover() passes through it to the method (Env.wrap)
        entries.push(
          `${JSON.stringify(name)}: $.wrap(function* (r, ...a) { return ${this.callOf(fn, `${arg}, ...a`)}; }, ${fn})`,
        );
      }
      if (entries.length) w.line(`$.methods(${this.typeRef(t)}, {${entries.join(', ')}});`);
    }
  }

  private derefRecv(named: Type, js: string): string {
    return isAggregate(named) ? `${this.typeRef(named)}.clone($.nn(${js}))` : `$.nn(${js}).v`;
  }

  private methodFunc(named: Type, name: string): string | null {
    const d = this.methodDecls.find((m) => m.recvNamed === named && m.name === name);
    if (d) return d.js;
    if (named.kind === 'named' && named.pkg !== 'main' && named.pkg !== '') {
      return this.native(`${named.pkg}.${named.name}.${name}`);
    }
    return null;
  }

  /** Follows embedded fields from a value of type t (JS `v`), auto-dereferencing pointers. */
  private embedPath(t: Type, index: number[], v: string): { expr: string; isPtr: boolean; type: Type } {
    let cur = t;
    let expr = v;
    let isPtr = under(cur).kind === 'pointer';
    for (const i of index) {
      let st = under(cur);
      if (st.kind === 'pointer') {
        expr = `$.nn(${expr})`;
        st = under(st.elem);
      }
      if (st.kind !== 'struct') break;
      const f = st.fields[i];
      expr = `${expr}.${fieldProp(f.name, i)}`;
      cur = f.type;
      isPtr = under(cur).kind === 'pointer';
    }
    return { expr, isPtr, type: cur };
  }

  // ------------------------------------------------------------------ functions

  private newFuncCtx(resultTypes: Type[]): FuncCtx {
    return {
      locals: new Map(),
      scanned: [],
      results: null,
      resultObjs: [],
      resultTypes,
      hasDefer: false,
      self: 'null',
      claimsRecover: false,
      labels: new Map(),
      captured: new Set(),
      loopDepth: 0,
      sync: false,
      hiddenLocals: 0,
    };
  }

  /** Variables captured by a function literal anywhere inside `body` (they become boxes). */
  private findCaptured(body: A.Node, ctx: FuncCtx): void {
    const info = this.pkg.info;
    const visitLit = (lit: A.FuncLit) => {
      const declaredInside = new Set<Obj>();
      walk(lit, (n) => {
        if (n.kind === 'Ident') {
          const d = info.defs.get(n);
          if (d) declaredInside.add(d);
        }
        return true;
      });
      walk(lit.body, (n) => {
        if (n.kind === 'Ident') {
          const o = info.uses.get(n);
          if (o && o.kind === 'Var' && !o.isField && o.parent?.kind !== 'package' && !declaredInside.has(o)) {
            ctx.captured.add(o);
          }
        }
        return true;
      });
    };
    walk(body, (n) => {
      if (n.kind !== 'FuncLit') return true;
      // uses anywhere inside (nested literals included) of variables declared outside it
      visitLit(n);
      return false;
    });
    // Variables whose address is taken are boxed too (pointers to them must alias).
    walk(body, (n) => {
      if (n.kind === 'UnaryExpr' && n.op === '&') {
        let x: A.Expr = n.x;
        while (x.kind === 'ParenExpr') x = x.x;
        if (x.kind === 'Ident') {
          const o = info.uses.get(x);
          if (o && o.kind === 'Var' && o.parent?.kind !== 'package' && !isAggregate(o.type!))
            ctx.captured.add(o);
        }
      }
      if (n.kind === 'SelectorExpr') {
        // x.M() with a pointer receiver on an addressable non-aggregate variable takes &x
        const sel = info.selections.get(n);
        if (sel && sel.kind === 'MethodVal' && sel.ptrRecv && !sel.indirect) {
          let x: A.Expr = n.x;
          while (x.kind === 'ParenExpr') x = x.x;
          if (x.kind === 'Ident') {
            const o = info.uses.get(x);
            if (o && o.kind === 'Var' && o.parent?.kind !== 'package' && !isAggregate(o.type!))
              ctx.captured.add(o);
          }
        }
      }
      return true;
    });
  }

  private goLine(pos: number): number {
    const starts = this.pkg.file.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    // std packages are compiled too; their lines are negative so stacks can tell them apart
    return this.pkg.path === 'main' ? lo + 1 : -(lo + 1);
  }

  /** Go names of the generated functions, for call stacks ("main.(*Cache).Add"). */
  readonly goFuncNames: Record<string, string> = {};

  private isBoxed(o: Obj): boolean {
    return this.boxed.has(o);
  }
  /** Variables captured by closures or whose address is taken, across the program. */
  private readonly boxed = new Set<Obj>();

  private movedToHeap(o: Obj): boolean {
    return this.pkg.escapes ? this.pkg.escapes.movedToHeap.has(o) : this.pkg.path !== 'main';
  }

  private siteOnHeap(n: A.Node): boolean {
    if (!this.pkg.escapes) return true;
    return this.pkg.escapes.heap.has(n);
  }

  /** Declares a local variable (hoisted) and returns its JS name. */
  private declLocal(o: Obj): string {
    const js = this.varName(o);
    const f = this.fn!;
    if (!f.locals.has(js)) {
      f.locals.set(js, 'undefined');
      if (this.isBoxed(o) || hasPointers(o.type!)) f.scanned.push(js);
    }
    return js;
  }

  /** The initialising statement for a new variable holding `init` (already a fresh value). */
  private initLocal(o: Obj, init: string): string {
    const js = this.declLocal(o);
    const t = o.type!;
    if (this.isBoxed(o)) {
      if (this.movedToHeap(o)) {
        return `${js} = $.heapBox(${this.typeRef(t)}, ${init});`;
      }
      return `${js} = new Box(${init}, 0);`;
    }
    if (isAggregate(t) && this.movedToHeap(o)) {
      // &x of a struct/array variable: the object itself is the variable; place it on the heap
      return `${js} = $.heapPlace(${this.typeRef(t)}, ${init});`;
    }
    return `${js} = ${init};`;
  }

  /**
   * `x = v` for a non-aggregate variable. A variable moved to the heap is a heap box whose
   * pointer word the collector traces, so a pointer-bearing store writes that word too.
   */
  private storeLocal(o: Obj, v: string): string {
    const local = !(o.parent?.kind === 'package' || (this.pkg.info.globals.includes(o) && !this.fn));
    if (local && this.isBoxed(o) && this.movedToHeap(o) && hasPointers(o.type!))
      return `$.pset(${this.typeRef(o.type!)}, ${this.varName(o)}, ${v});`;
    return `${this.varRef(o)} = ${v};`;
  }

  /** JS lvalue/rvalue of a variable use. */
  private varRef(o: Obj): string {
    if (o.parent?.kind === 'package' || (this.pkg.info.globals.includes(o) && !this.fn))
      return this.varName(o);
    const js = this.varName(o);
    return this.isBoxed(o) ? `${js}.v` : js;
  }

  private emitFunc(w: Writer, js: string, d: A.FuncDecl | A.FuncLit, sig: FuncT, asExpr = false): string {
    const saved = this.fn;
    // loops and labels do not reach into a function literal
    const savedBreakables = this.breakables.splice(0);
    const ctx = this.newFuncCtx(sig.results);
    ctx.sync = !asExpr && this.syncFuncs.has(js);
    ctx.self = js;
    this.fn = ctx;
    const info = this.pkg.info;
    this.findCaptured(d.body!, ctx);
    for (const o of ctx.captured) this.boxed.add(o);
    walk(d.body!, (n) => {
      if (n.kind === 'DeferStmt') ctx.hasDefer = true;
      if (n.kind === 'CallExpr' && isRecoverCall(n, info)) ctx.claimsRecover = true;
      // `defer recover()` / `go recover()` are not recover calls of this frame
      if ((n.kind === 'DeferStmt' || n.kind === 'GoStmt') && isRecoverCall(n.call, info)) return false;
      if (n.kind === 'FuncLit') return false;
      return true;
    });
    // Parameters (receiver first).
    const params: string[] = [];
    const prologue: string[] = [];
    const fields: A.Field[] = [];
    if (d.kind === 'FuncDecl' && d.recv) fields.push(...d.recv.list);
    fields.push(...d.type.params.list);
    let pi = 0;
    for (const f of fields) {
      const names = f.names.length ? f.names : [null];
      for (const n of names) {
        const p = `$p${pi++}`;
        params.push(p);
        const o = n ? info.defs.get(n) : null;
        if (o) prologue.push(this.initLocal(o, p));
      }
    }
    // Named results.
    if (d.type.results?.list.some((f) => f.names.length > 0)) {
      ctx.results = [];
      for (const f of d.type.results.list) {
        for (const n of f.names) {
          const o = info.defs.get(n);
          if (!o) {
            const t = this.tmp();
            ctx.results.push(t);
            ctx.resultObjs.push(null);
            prologue.push(
              `${t} = ${this.zero(info.types.get(f.type)?.type ?? sig.results[ctx.results.length - 1])};`,
            );
            continue;
          }
          prologue.push(this.initLocal(o, this.zero(o.type!)));
          ctx.results.push(this.varRef(o));
          ctx.resultObjs.push(o);
        }
      }
    }
    const bodyW = new Writer();
    bodyW.indent();
    for (const s of d.body!.list) this.emitStmt(bodyW, s);
    // Assemble.
    const star = ctx.sync ? '' : '*';
    const head = `function${star} ${js}(${params.join(', ')}) {`;
    const bodyText = bodyW.toString();
    // Go frame size, roughly: return address and frame pointer, then a word per local (params,
    // results and temporaries included); the goroutine's stack grows by doubling past its size
    const frameBytes = 48 + 16 * (ctx.locals.size - ctx.hiddenLocals + params.length);
    // back to the caller's frames: a pop when only this function's frame is above them (setting
    // the length is slower), a truncation when a callee's was left by an exception
    const popFrame = 'if ($g.fs.length === $fr + 1) $g.fs.pop(); else $g.fs.length = $fr';
    const assemble = (framed: boolean): string => {
      const fw = new Writer();
      fw.open(head);
      fw.line('const $g = $.g;');
      if (ctx.claimsRecover) fw.line(`const $rec = $.claimRecover($g, ${ctx.self});`);
      fw.line('const $t0 = $g.tn;');
      const decl = [...ctx.locals.entries()].map(([n, v]) => `${n} = ${v}`);
      if (decl.length) fw.line(`let ${decl.join(', ')};`);
      if (framed) {
        // pending deferred calls keep their function values and arguments alive
        const scanned = ctx.hasDefer ? [...ctx.scanned, '$defers'] : ctx.scanned;
        fw.line('const $fr = $g.fs.length;');
        fw.line(`$g.fs.push(() => [${scanned.join(', ')}]);`);
        fw.line(`$g.sp += ${frameBytes};`);
      }
      if (ctx.hasDefer) fw.line('const $defers = [], $pan0 = $g.panic;');
      for (const p of prologue) fw.line(p);
      if (ctx.hasDefer) {
        fw.open('try {');
        fw.line(bodyText);
        if (ctx.results) fw.line(`return ${this.resultTuple(ctx.results)};`);
        fw.dedent();
        fw.open('} catch ($e) {');
        fw.line('$.panicking($g, $e);');
        fw.dedent();
        fw.open('} finally {');
        // Deferred calls run (LIFO); a recover() in one of them stops the panic and the function
        // returns its named results.
        // deferred calls that cannot block run without a generator; a plain function has only those
        if (ctx.sync) fw.line('const $r = $.runDefersPlain($g, $defers, $pan0);');
        else {
          fw.line('let $r = $.runDefersPlain($g, $defers, $pan0);');
          fw.line('if ($r === $.deferBlocks) $r = yield* $.runDefers($g, $defers, $pan0);');
        }
        if (framed) fw.line(`${popFrame}; $g.sp -= ${frameBytes};`);
        if (ctx.results) {
          // deferred calls may have changed the named results: they are what the function returns
          // (runDefers returned, so no panic is leaving this function)
          fw.line(`return ${this.resultTuple(ctx.results)};`);
        } else fw.line(`if ($r) return ${this.zeroResults(sig)};`);
        fw.close();
      } else if (framed) {
        fw.open('try {');
        fw.line(bodyText);
        fw.dedent();
        fw.open('} finally {');
        fw.line(`${popFrame}; $g.sp -= ${frameBytes};`);
        fw.close();
      } else {
        fw.line(bodyText);
      }
      fw.close('}');
      return fw.toString();
    };
    const framed = ctx.scanned.length > 0 || ctx.hasDefer;
    let text: string;
    if (asExpr) text = assemble(framed);
    else {
      // the prologue counts: a parameter or named result moved to the heap is allocated there
      if (ctx.sync) this.safePoints.set(js, safePointFacts(`${prologue.join('\n')}\n${bodyText}`));
      if (framed && ctx.sync && !ctx.hasDefer) {
        // the frame is only needed if a collection can start while it is live (resolveFrames)
        const id = this.frameChoices.length;
        this.frameChoices.push({ js, framed: assemble(true), frameless: assemble(false) });
        text = framePlaceholder(id);
      } else text = assemble(framed);
      w.line(text);
    }
    this.fn = saved;
    this.breakables.push(...savedBreakables);
    return text;
  }

  /**
   * Functions whose frames the collector can never see: a collection starts only at a safe point
   * (an allocation, a blocking or yielding call, charged loop work, a native), so a plain function
   * that reaches none, directly or through the functions it calls, needs no frame scan and no
   * stack accounting. Each placeholder becomes the framed or frameless version accordingly.
   */
  private resolveFrames(js: string): string {
    const free = new Set<string>();
    for (const [fn, f] of this.safePoints) if (!f.reaches) free.add(fn);
    for (let changed = true; changed; ) {
      changed = false;
      for (const fn of free) {
        if (this.safePoints.get(fn)!.callees.every((c) => free.has(c))) continue;
        free.delete(fn);
        changed = true;
      }
    }
    // biome-ignore lint/suspicious/noControlCharactersInRegex: U+0001 is what makes the marker unambiguous (framePlaceholder)
    return js.replace(/\u0001frame:(\d+)\u0001/g, (_, id: string) => {
      const c = this.frameChoices[Number(id)];
      return free.has(c.js) ? c.frameless : c.framed;
    });
  }
  /** Per plain function: whether its own code reaches a safe point, and what it calls. */
  private readonly safePoints = new Map<string, SafePointFacts>();
  /** Framed functions that may turn out frameless, emitted as placeholders. */
  private readonly frameChoices: { js: string; framed: string; frameless: string }[] = [];

  private resultTuple(rs: string[]): string {
    return rs.length === 1 ? rs[0] : `[${rs.join(', ')}]`;
  }

  private zeroResults(sig: FuncT): string {
    if (sig.results.length === 0) return 'undefined';
    if (sig.results.length === 1) return this.zero(sig.results[0]);
    return `[${sig.results.map((t) => this.zero(t)).join(', ')}]`;
  }

  // ------------------------------------------------------------------ statements

  private emitBlock(w: Writer, list: A.Stmt[]): void {
    for (const s of list) this.emitStmt(w, s);
  }

  private emitStmt(w: Writer, s: A.Stmt, label?: string): void {
    // the Go line of the code that follows (call stacks map JS lines back to Go lines)
    if (s.kind !== 'BlockStmt' && s.kind !== 'EmptyStmt') w.line(`//@${this.goLine(s.pos)}`);
    switch (s.kind) {
      case 'EmptyStmt':
      case 'BadStmt':
        return;
      case 'BlockStmt':
        w.open('{');
        this.emitBlock(w, s.list);
        w.close();
        return;
      case 'ExprStmt':
        w.line('$g.tn = $t0;');
        w.line(`${this.expr(s.x)};`);
        return;
      case 'DeclStmt':
        this.emitDecl(w, s.decl);
        return;
      case 'AssignStmt':
        w.line('$g.tn = $t0;');
        this.emitAssign(w, s);
        return;
      case 'IncDecStmt':
        this.emitOpAssign(w, s.x, s.tok === '++' ? '+' : '-', null);
        return;
      case 'SendStmt': {
        const ch = this.expr(s.chan);
        const ct = under(this.typeOf(s.chan)) as { elem: Type };
        w.line(`yield* $.send(${ch}, ${this.valueAs(s.value, ct.elem, true)});`);
        return;
      }
      case 'GoStmt':
        this.emitGo(w, s.call);
        return;
      case 'DeferStmt':
        this.emitDefer(w, s.call);
        return;
      case 'ReturnStmt':
        this.emitReturn(w, s);
        return;
      case 'BranchStmt':
        this.emitBranch(w, s);
        return;
      case 'LabeledStmt':
        this.emitStmt(w, s.stmt, s.label.name);
        return;
      case 'IfStmt':
        this.emitIf(w, s);
        return;
      case 'ForStmt':
        this.emitFor(w, s, label);
        return;
      case 'RangeStmt':
        this.emitRange(w, s, label);
        return;
      case 'SwitchStmt':
        this.emitSwitch(w, s, label);
        return;
      case 'TypeSwitchStmt':
        this.emitTypeSwitch(w, s, label);
        return;
      case 'SelectStmt':
        this.emitSelect(w, s, label);
        return;
    }
  }
  /** Breakable statements, innermost last: JS labels for break and (loops) continue. */
  private readonly breakables: { brk: string; cont: string | null; goLabel: string | undefined }[] = [];

  private pushBreakable(goLabel: string | undefined, loop: boolean): { brk: string; cont: string | null } {
    const b = { brk: this.fresh('$brk'), cont: loop ? this.fresh('$cont') : null, goLabel };
    this.breakables.push(b);
    return b;
  }

  private emitDecl(w: Writer, d: A.GenDecl): void {
    if (d.tok !== 'var') return; // consts are folded; local types are descriptors
    for (const s of d.specs) {
      if (s.kind !== 'ValueSpec') continue;
      this.emitVarSpecInit(w, s, false);
    }
  }

  private emitVarSpecInit(w: Writer, s: A.ValueSpec, global: boolean): void {
    const info = this.pkg.info;
    const objs = s.names.map((n) => info.defs.get(n) ?? null);
    if (s.values.length === 0) {
      for (const o of objs) if (o && !global) w.line(this.initLocal(o, this.zero(o.type!)));
      return;
    }
    if (s.values.length === 1 && objs.length > 1) {
      const t = this.tmp();
      w.line(`${t} = ${this.expr(s.values[0])};`);
      objs.forEach((o, i) => {
        if (!o || o.name === '_') return;
        const v = this.tupleElem(s.values[0], t, i);
        w.line(global ? `${this.varName(o)} = ${v};` : this.initLocal(o, v));
      });
      return;
    }
    const vals = s.values.map((v, i) => (objs[i] ? this.valueAs(v, objs[i]!.type!, true) : this.expr(v)));
    if (objs.length > 1) {
      const ts = vals.map((v) => {
        const t = this.tmp();
        w.line(`${t} = ${v};`);
        return t;
      });
      objs.forEach((o, i) => {
        if (o && o.name !== '_') w.line(global ? `${this.varName(o)} = ${ts[i]};` : this.initLocal(o, ts[i]));
      });
      return;
    }
    const o = objs[0];
    if (!o || o.name === '_') w.line(`${vals[0]};`);
    else w.line(global ? `${this.varName(o)} = ${vals[0]};` : this.initLocal(o, vals[0]));
  }

  /** Element i of a multi-value expression already evaluated into JS variable t. */
  private tupleElem(e: A.Expr, t: string, i: number): string {
    void e;
    return `${t}[${i}]`;
  }

  private emitAssign(w: Writer, s: A.AssignStmt): void {
    const info = this.pkg.info;
    if (s.tok !== '=' && s.tok !== ':=') {
      this.emitOpAssign(w, s.lhs[0], s.tok.slice(0, -1), s.rhs[0]);
      return;
    }
    const define = s.tok === ':=';
    const isNew = (e: A.Expr): Obj | null => {
      if (!define || e.kind !== 'Ident') return null;
      const d = info.defs.get(e);
      return d ?? null;
    };
    if (s.rhs.length === 1 && s.lhs.length > 1) {
      // multi-value: call, comma-ok forms
      const pres = s.lhs.map((l) =>
        (l.kind === 'Ident' && l.name === '_') || isNew(l) ? undefined : this.lvaluePrefix(w, l),
      );
      const t = this.tmp();
      const rhs = unparen(s.rhs[0]);
      w.line(`${t} = ${this.multiValue(rhs)};`);
      // a comma-ok read (map index, type assertion) yields the stored aggregate: copy it
      const fresh = rhs.kind === 'CallExpr';
      s.lhs.forEach((l, i) => {
        if (l.kind === 'Ident' && l.name === '_') return;
        const o = isNew(l);
        const lt = o ? o.type! : this.typeOf(l);
        const v = fresh ? `${t}[${i}]` : this.copyOf(lt, `${t}[${i}]`);
        if (o) w.line(this.initLocal(o, v));
        else this.emitStore(w, l, v, pres[i]);
      });
      return;
    }
    if (s.lhs.length === 1) {
      const l = s.lhs[0];
      const o = isNew(l);
      if (l.kind === 'Ident' && l.name === '_') {
        w.line(`${this.expr(s.rhs[0])};`);
        return;
      }
      const lt = o ? o.type! : this.typeOf(l);
      // x.f = v: the field's operand first, the value next, then the nil check and the store
      const pre = !o && unparen(l).kind === 'SelectorExpr' ? this.lvaluePrefix(w, l, false) : undefined;
      const v = this.valueAs(s.rhs[0], lt, true);
      if (o) w.line(this.initLocal(o, v));
      else this.emitStore(w, l, v, pre);
      return;
    }
    // parallel assignment: the left side's index operands and pointer indirections, then the
    // values, are evaluated first (Go spec, Assignment statements); the stores follow in order
    const pres = s.lhs.map((l) =>
      (l.kind === 'Ident' && l.name === '_') || isNew(l) ? undefined : this.lvaluePrefix(w, l),
    );
    const vals = s.rhs.map((r, i) => {
      const l = s.lhs[i];
      const o = isNew(l);
      const lt = l.kind === 'Ident' && l.name === '_' ? this.typeOf(r) : o ? o.type! : this.typeOf(l);
      const t = this.tmp();
      w.line(`${t} = ${this.valueAs(r, lt, true)};`);
      return t;
    });
    const stores: (() => void)[] = [];
    s.lhs.forEach((l, i) => {
      if (l.kind === 'Ident' && l.name === '_') return;
      const o = isNew(l);
      if (o) stores.push(() => w.line(this.initLocal(o, vals[i])));
      else stores.push(() => this.emitStore(w, l, vals[i], pres[i]));
    });
    for (const st of stores) st();
  }

  /**
   * Evaluates the operands of an index, indirection or field lvalue into temps, leaving the nil and
   * bounds checks for the store (Go spec, Assignment statements: operands first, then the
   * right-hand side, then the assignments). For a field, `base` is the value of its operand x in
   * x.f, an expression of temps evaluated at the store. With `hoistIdents` a variable operand is
   * copied too (another left side of the same statement may assign it: `p, p.x = q, 1`).
   */
  private lvaluePrefix(
    w: Writer,
    l: A.Expr,
    hoistIdents = true,
  ): { base: string; index?: string } | undefined {
    const e = unparen(l);
    if (e.kind === 'IndexExpr') {
      const xt = under(this.typeOf(e.x));
      const b = this.tmp();
      const i = this.tmp();
      w.line(`${b} = ${this.expr(e.x)};`);
      w.line(`${i} = ${xt.kind === 'map' ? this.valueAs(e.index, xt.key) : this.intIndex(e.index)};`);
      return { base: b, index: i };
    }
    if (e.kind === 'StarExpr') {
      const b = this.tmp();
      w.line(`${b} = ${this.expr(e.x)};`);
      return { base: b };
    }
    if (e.kind === 'SelectorExpr') {
      const sel = this.pkg.info.selections.get(e);
      if (sel && sel.kind === 'FieldVal') {
        const x = unparen(e.x);
        // a[i].f, (*p).f, s.t.f of a struct-valued operand: its own operands now, its read at the
        // store; a pointer-valued operand (ps[i].f, p.q.f) is itself evaluated now
        const nested =
          under(this.typeOf(x)).kind !== 'pointer' &&
          ((x.kind === 'IndexExpr' && under(this.typeOf(x.x)).kind !== 'map') ||
            x.kind === 'StarExpr' ||
            (x.kind === 'SelectorExpr' && this.pkg.info.selections.get(x)?.kind === 'FieldVal'));
        if (nested) {
          const inner = this.lvaluePrefix(w, x, hoistIdents)!;
          return { base: this.lvalueRead(x, inner) };
        }
        if (x.kind === 'Ident' && !hoistIdents) return { base: this.expr(x) };
        const b = this.tmp();
        w.line(`${b} = ${this.expr(x)};`);
        return { base: b };
      }
    }
    return undefined;
  }

  /** x op= y, x++ and x--. */
  private emitOpAssign(w: Writer, l: A.Expr, op: string, r: A.Expr | null): void {
    const t = this.typeOf(l);
    const e = unparen(l);
    const rv = r ? this.valueAs(r, op === '<<' || op === '>>' ? this.typeOf(r) : t) : this.one(t);
    const rt = r ? this.typeOf(r) : t;
    if (e.kind === 'IndexExpr' && under(this.typeOf(e.x)).kind === 'map') {
      const m = this.tmp();
      const k = this.tmp();
      w.line(`${m} = ${this.expr(e.x)};`);
      w.line(`${k} = ${this.valueAs(e.index, (under(this.typeOf(e.x)) as { key: Type }).key)};`);
      const cur = `$.mapGet(${m}, ${k}, ${this.zero(t)})`;
      w.line(`$.mapSet(${m}, ${k}, ${this.binop(op, cur, rv, t, rt)});`);
      return;
    }
    const pre = this.lvaluePrefix(w, l, false);
    const cur = pre ? this.lvalueRead(e, pre) : this.expr(e);
    if (r && this.hasCallOrRecv(r)) {
      // the right side runs before the left side's nil and bounds checks (and its load)
      w.open('{');
      w.line(`const $rv = ${rv};`);
      this.emitStore(w, l, this.binop(op, cur, '$rv', t, rt), pre);
      w.close();
      return;
    }
    this.emitStore(w, l, this.binop(op, cur, rv, t, rt), pre);
  }

  private lvalueRead(e: A.Expr, pre: { base: string; index?: string }): string {
    if (e.kind === 'SelectorExpr') {
      const fa = this.fieldAccess(e, this.pkg.info.selections.get(e)!, pre.base);
      return `${fa.obj}.${fa.prop}`;
    }
    if (e.kind === 'IndexExpr') {
      const xt = under(this.typeOf(e.x));
      if (xt.kind === 'slice') return `$.sget(${pre.base}, ${pre.index})`;
      if (xt.kind === 'pointer') return `$.aget($.nn(${pre.base}), ${pre.index})`;
      return `$.aget(${pre.base}, ${pre.index})`;
    }
    return this.derefExpr(this.typeOf(e), pre.base);
  }

  private one(t: Type): string {
    return isFloatT(t) ? '1' : '1';
  }

  /** Stores a fresh JS value into an lvalue expression. */
  private emitStore(w: Writer, l: A.Expr, v: string, pre?: { base: string; index?: string }): void {
    const e = unparen(l);
    const t = this.typeOf(e);
    const agg = isAggregate(t);
    if (e.kind === 'Ident') {
      if (e.name === '_') {
        w.line(`${v};`);
        return;
      }
      const o = this.pkg.info.uses.get(e) ?? this.pkg.info.defs.get(e);
      if (!o) return;
      if (agg) w.line(`${this.typeRef(t)}.assign(${this.varRef(o)}, ${v});`);
      else w.line(this.storeLocal(o, v));
      return;
    }
    if (e.kind === 'IndexExpr') {
      const xt = under(this.typeOf(e.x));
      const base = pre?.base ?? this.expr(e.x);
      if (xt.kind === 'map') {
        const key = pre?.index ?? this.valueAs(e.index, xt.key);
        w.line(`$.mapSet(${base}, ${key}, ${v});`);
        return;
      }
      const idx = pre?.index ?? this.intIndex(e.index);
      if (xt.kind === 'slice') w.line(`$.sset(${this.typeRef(xt.elem)}, ${base}, ${idx}, ${v});`);
      else if (xt.kind === 'pointer') {
        const at = under(xt.elem) as { elem: Type };
        w.line(`$.aset(${this.typeRef(at.elem)}, $.nn(${base}), ${idx}, ${v});`);
      } else {
        const at = xt as { elem: Type };
        w.line(`$.aset(${this.typeRef(at.elem)}, ${base}, ${idx}, ${v});`);
      }
      return;
    }
    if (e.kind === 'SelectorExpr') {
      const sel = this.pkg.info.selections.get(e);
      if (sel && sel.kind === 'FieldVal') {
        const { obj, prop, fieldType, off } = this.fieldAccess(e, sel, pre?.base);
        if (pre) {
          // the operands were evaluated before the value; the nil and bounds checks come after it
          const fw = hasPointers(fieldType) ? ` $.fw(${this.typeRef(fieldType)}, $o, ${off}, $v);` : '';
          if (isAggregate(fieldType))
            w.line(`{ const $v = ${v}; ${this.typeRef(fieldType)}.assign((${obj}).${prop}, $v); }`);
          else w.line(`{ const $v = ${v}; const $o = ${obj}; $o.${prop} = $v;${fw} }`);
          return;
        }
        if (isAggregate(fieldType)) w.line(`${this.typeRef(fieldType)}.assign(${obj}.${prop}, ${v});`);
        else if (hasPointers(fieldType))
          // a named property store (a keyed one inside a shared helper is megamorphic and slow),
          // then the pointer words; the block's const is not a Go local (no frame bytes)
          w.line(
            `{ const $o = ${obj}; $o.${prop} = ${v}; $.fw(${this.typeRef(fieldType)}, $o, ${off}, $o.${prop}); }`,
          );
        else w.line(`${obj}.${prop} = ${v};`);
        return;
      }
      // package variable of another package
      const o = this.pkg.info.uses.get(e.sel);
      if (o) w.line(`${this.varRef(o)} = ${v};`);
      return;
    }
    if (e.kind === 'StarExpr') {
      const p = pre?.base ?? this.expr(e.x);
      if (agg) w.line(`${this.typeRef(t)}.assign($.nn(${p}), ${v});`);
      else w.line(`$.pset(${this.typeRef(t)}, ${p}, ${v});`);
      return;
    }
    throw new Error(`cannot assign to ${e.kind}`);
  }

  /** The object, property and layout of a field selection (following embedded fields). */
  private fieldAccess(
    e: A.SelectorExpr,
    sel: Selection,
    base?: string,
  ): { obj: string; prop: string; fieldType: Type; off: number } {
    let cur = this.typeOf(e.x);
    let expr = base ?? this.expr(e.x);
    const path = sel.index;
    for (let k = 0; k < path.length; k++) {
      let st = under(cur);
      const s0 = st.kind === 'pointer' ? (under(st.elem) as StructT) : (st as StructT);
      if (st.kind === 'pointer') {
        // the fault address of a nil dereference is the offset read
        expr = `$.nn(${expr}, ${layoutOf(s0).offsets?.[path[k]] ?? 0})`;
        st = under(st.elem);
      }
      const s = st as StructT;
      const i = path[k];
      const f = s.fields[i];
      const prop = fieldProp(f.name, i);
      if (k === path.length - 1) {
        const off = layoutOf(s).offsets?.[i] ?? 0;
        return { obj: expr, prop, fieldType: f.type, off };
      }
      expr = `${expr}.${prop}`;
      cur = f.type;
    }
    throw new Error('empty field path');
  }

  private emitReturn(w: Writer, s: A.ReturnStmt): void {
    const f = this.fn!;
    if (s.results.length === 0) {
      w.line(f.results ? `return ${this.resultTuple(f.results)};` : 'return;');
      return;
    }
    let val: string;
    if (s.results.length === 1 && f.resultTypes.length > 1) {
      val = this.multiValue(s.results[0]);
    } else {
      const vs = s.results.map((r, i) => this.valueAs(r, f.resultTypes[i], true));
      val = vs.length === 1 ? vs[0] : `[${vs.join(', ')}]`;
    }
    if (f.results && f.hasDefer) {
      // results are assigned before deferred functions run (they may read or change them)
      const t = this.tmp();
      w.line(`${t} = ${val};`);
      f.results.forEach((r, i) => {
        const v = f.results!.length === 1 ? t : `${t}[${i}]`;
        const o = f.resultObjs[i];
        w.line(o ? this.storeLocal(o, v) : `${r} = ${v};`);
      });
      w.line(`return ${this.resultTuple(f.results)};`);
      return;
    }
    w.line(`return ${val};`);
  }

  private emitBranch(w: Writer, s: A.BranchStmt): void {
    const find = (loop: boolean) => {
      for (let i = this.breakables.length - 1; i >= 0; i--) {
        const b = this.breakables[i];
        if (s.label ? b.goLabel === s.label.name : !loop || b.cont !== null) {
          if (!loop || b.cont !== null) return b;
        }
      }
      throw new Error(`no target for ${s.tok}`);
    };
    switch (s.tok) {
      case 'break':
        w.line(`break ${find(false).brk};`);
        return;
      case 'continue':
        w.line(`break ${find(true).cont};`);
        return;
      case 'fallthrough':
        return; // the clause's JS case falls through into the next
      default:
        throw new Error('heaplab does not support goto');
    }
  }

  private emitIf(w: Writer, s: A.IfStmt): void {
    w.open('{');
    if (s.init) this.emitStmt(w, s.init);
    w.open(`if (${this.expr(s.cond)}) {`);
    this.emitBlock(w, s.body.list);
    if (s.else) {
      w.dedent();
      w.open('} else {');
      if (s.else.kind === 'IfStmt') this.emitIf(w, s.else);
      else this.emitBlock(w, s.else.list);
    }
    w.close();
    w.close();
  }

  /** Loop back-edge: drop expression temporaries, and let the scheduler preempt. */
  private backEdge(): string {
    if (this.fn?.sync) return '$g.tn = $t0; if (++$.ticks >= $.tickLimit) $.accountTicks();';
    return '$g.tn = $t0; if (++$.ticks >= $.tickLimit || $.yieldDue) yield* $.preempt();';
  }

  private emitFor(w: Writer, s: A.ForStmt, label?: string): void {
    w.open('{');
    if (s.init) this.emitStmt(w, s.init);
    const cond = s.cond ? this.expr(s.cond) : 'true';
    const post = new Writer();
    if (s.post) this.emitStmt(post, s.post);
    const b = this.pushBreakable(label, true);
    w.open(`${b.brk}: for (;;) {`);
    w.line(this.backEdge());
    w.line(`if (!(${cond})) break;`);
    w.open(`${b.cont}: {`);
    this.emitBlock(w, s.body.list);
    w.close();
    this.breakables.pop();
    w.line(post.toString());
    w.close();
    w.close();
  }

  private emitRange(w: Writer, s: A.RangeStmt, label?: string): void {
    const info = this.pkg.info;
    const xt = this.typeOf(s.x);
    const u = under(xt);
    const define = s.tok === ':=';
    // Go 1.19: one variable per loop, so a boxed (captured or &-taken) range variable gets its box
    // once, before the loop, and each iteration stores into it
    const declared = new Set<Obj>();
    const assign = (target: A.Expr | null, v: string) => {
      if (!target || (target.kind === 'Ident' && target.name === '_')) return;
      if (define) {
        const o = target.kind === 'Ident' ? info.defs.get(target) : null;
        if (!o) return;
        if (this.isBoxed(o) && declared.has(o)) w.line(this.storeLocal(o, v));
        else w.line(this.initLocal(o, v));
        return;
      }
      this.emitStore(w, target, v);
    };
    for (const target of [s.key, s.value]) {
      if (!define || !target || target.kind !== 'Ident') continue;
      const o = info.defs.get(target);
      if (o && this.isBoxed(o)) {
        w.line(this.initLocal(o, this.zero(o.type!)));
        declared.add(o);
      }
    }
    // The loop: `head` runs at the top of each iteration (after the back-edge), then the body.
    const loop = (open: string, head: () => void) => {
      const b = this.pushBreakable(label, true);
      w.open(`${b.brk}: ${open} {`);
      w.line(this.backEdge());
      head();
      w.open(`${b.cont}: {`);
      this.emitBlock(w, s.body.list);
      w.close();
      this.breakables.pop();
    };
    w.open('{');
    const x = this.tmp();
    const i = this.tmp();
    if (u.kind === 'basic') {
      const r = this.tmp();
      w.line(`${x} = ${this.expr(s.x)}.s;`);
      w.line(`${i} = 0;`);
      loop(`for (; ${i} < ${x}.length; ${i} += ${r}[1])`, () => {
        w.line(`${r} = $.decodeRune(${x}, ${i});`);
        assign(s.key, i);
        assign(s.value, `${r}[0]`);
      });
      w.close();
    } else if (u.kind === 'slice' || u.kind === 'array' || u.kind === 'pointer') {
      const arrT = u.kind === 'pointer' ? (under(u.elem) as Extract<Type, { kind: 'array' }>) : u;
      const et = (arrT as { elem: Type }).elem;
      const n = this.tmp();
      // ranging over an array value iterates over a copy (only observable with a value variable)
      w.line(`${x} = ${u.kind === 'array' && s.value ? this.copyOf(xt, this.expr(s.x)) : this.expr(s.x)};`);
      if (u.kind === 'slice') w.line(`${n} = ${x} === null ? 0 : ${x}.len;`);
      else w.line(`${n} = ${(arrT as { len: number }).len};`);
      loop(`for (${i} = 0; ${i} < ${n}; ${i}++)`, () => {
        assign(s.key, i);
        if (s.value) {
          const get =
            u.kind === 'slice'
              ? `$.sget(${x}, ${i})`
              : u.kind === 'pointer'
                ? `$.aget($.nn(${x}), ${i})`
                : `${x}[${i}]`;
          assign(s.value, this.copyOf(et, get));
        }
      });
      w.close();
    } else if (u.kind === 'map' && this.isMapClearIdiom(s)) {
      // `for k := range m { delete(m, k) }`: the Go compiler turns it into mapclear, which frees the
      // overflow buckets and reuses the bucket array (the map does not shrink)
      w.line(`$.mapClear(${this.expr(s.x)});`);
    } else if (u.kind === 'map') {
      w.line(`${x} = $.mapIter(${this.expr(s.x)});`);
      this.fn!.scanned.push(x);
      const kv = this.tmp();
      loop(`while ((${kv} = $.mapNext(${x})) !== null)`, () => {
        assign(s.key, this.copyOf(u.key, `${kv}[0]`));
        assign(s.value, this.copyOf(u.elem, `${kv}[1]`));
      });
      w.close();
    } else if (u.kind === 'chan') {
      w.line(`${x} = ${this.expr(s.x)};`);
      const r = this.tmp();
      loop('for (;;)', () => {
        w.line(`${r} = yield* $.recv(${x}, ${this.zero(u.elem)});`);
        w.line(`if (!${r}[1]) break;`);
        assign(s.key, `${r}[0]`);
      });
      w.close();
    } else {
      throw new Error(`range over ${typeString(xt)} is not supported`);
    }
    w.close();
  }

  /** The range-delete idiom cmd/compile rewrites to mapclear (walk/range.go isMapClear). */
  private isMapClearIdiom(s: A.RangeStmt): boolean {
    if (!s.key || s.value || s.key.kind !== 'Ident' || s.body.list.length !== 1) return false;
    const st = s.body.list[0];
    if (st.kind !== 'ExprStmt' || st.x.kind !== 'CallExpr') return false;
    const call = st.x;
    const f = unparen(call.fun);
    if (f.kind !== 'Ident' || this.pkg.info.uses.get(f)?.builtin !== 'delete' || call.args.length !== 2)
      return false;
    const k = unparen(call.args[1]);
    const keyObj = this.pkg.info.defs.get(s.key) ?? this.pkg.info.uses.get(s.key);
    if (k.kind !== 'Ident' || !keyObj || (this.pkg.info.uses.get(k) ?? null) !== keyObj) return false;
    // the map expression must be the same variable (or field path) as the ranged one
    return exprString(unparen(call.args[0])) === exprString(unparen(s.x)) && !this.isBoxed(keyObj);
  }

  private emitSwitch(w: Writer, s: A.SwitchStmt, label?: string): void {
    w.open('{');
    if (s.init) this.emitStmt(w, s.init);
    const tag = this.tmp();
    const tagT = s.tag ? this.typeOf(s.tag) : null;
    if (s.tag) w.line(`${tag} = ${this.expr(s.tag)};`);
    const matched = this.tmp();
    w.line(`${matched} = -1;`);
    // Find the clause: case expressions are evaluated in order, the default last.
    const sw = this.fresh('$sw');
    w.open(`${sw}: {`);
    s.clauses.forEach((c, ci) => {
      if (!c.list) return;
      const conds = c.list.map((e) => {
        if (!s.tag) return this.expr(e);
        return this.caseEqual(tag, tagT!, e);
      });
      w.line(`if (${conds.join(' || ')}) { ${matched} = ${ci}; break ${sw}; }`);
    });
    const def = s.clauses.findIndex((c) => !c.list);
    if (def >= 0) w.line(`${matched} = ${def};`);
    w.close();
    // Run it; a clause ending in fallthrough runs into the next one.
    const b = this.pushBreakable(label, false);
    w.open(`${b.brk}: switch (${matched}) {`);
    s.clauses.forEach((c, ci) => {
      w.open(`case ${ci}: {`);
      this.emitBlock(w, c.body);
      const last = c.body[c.body.length - 1];
      if (!(last && last.kind === 'BranchStmt' && last.tok === 'fallthrough')) w.line(`break ${b.brk};`);
      w.close();
    });
    this.breakables.pop();
    w.close();
    w.close();
  }

  /** tag == e for a switch case (an interface tag compares with the case converted to it). */
  private caseEqual(tag: string, tagT: Type, e: A.Expr): string {
    const et = this.typeOf(e);
    if (isInterfaceT(tagT) && !isInterfaceT(et)) return this.equal(tag, this.valueAs(e, tagT), tagT, tagT);
    if (!isInterfaceT(tagT) && isInterfaceT(et)) {
      return this.equal(`$.iface(${this.typeRef(tagT)}, ${tag}, false)`, this.expr(e), et, et);
    }
    return this.equal(tag, this.valueAs(e, tagT), tagT, tagT);
  }

  private emitTypeSwitch(w: Writer, s: A.TypeSwitchStmt, label?: string): void {
    const info = this.pkg.info;
    w.open('{');
    if (s.init) this.emitStmt(w, s.init);
    const x = this.tmp();
    w.line(`${x} = ${this.expr(s.guard.x)};`);
    const b = this.pushBreakable(label, false);
    w.open(`${b.brk}: {`);
    let first = true;
    const clauses = [...s.clauses];
    const defIdx = clauses.findIndex((c) => !c.list);
    const ordered = clauses.filter((c) => c.list);
    if (defIdx >= 0) ordered.push(clauses[defIdx]);
    for (const c of ordered) {
      let cond = 'true';
      if (c.list) {
        cond = c.list
          .map((e) => {
            const tv = info.types.get(e);
            if (
              !tv ||
              tv.mode === 'nilvalue' ||
              (tv.type.kind === 'basic' && tv.type.name === 'untyped nil')
            ) {
              return `${x} === null`;
            }
            return `$.typeIs(${x}, ${this.typeRef(tv.type)})`;
          })
          .join(' || ');
      }
      w.open(`${first ? '' : 'else '}if (${cond}) {`);
      first = false;
      const o = info.implicits.get(c);
      if (o) {
        const single = c.list && c.list.length === 1 ? info.types.get(c.list[0]) : undefined;
        const ot = o.type!;
        let v = x;
        if (
          single &&
          !isInterfaceT(ot) &&
          !(single.type.kind === 'basic' && single.type.name === 'untyped nil')
        ) {
          v = `${x}.v`;
        }
        w.line(this.initLocal(o, this.copyOf(ot, v)));
      }
      this.emitBlock(w, c.body);
      w.close();
    }
    this.breakables.pop();
    w.close();
    w.close();
  }

  private emitSelect(w: Writer, s: A.SelectStmt, label?: string): void {
    const info = this.pkg.info;
    w.open('{');
    const cases: string[] = [];
    const bodies: { c: A.CommClause; idx: number }[] = [];
    let hasDefault = false;
    let defaultClause: A.CommClause | null = null;
    s.clauses.forEach((c) => {
      if (!c.comm) {
        hasDefault = true;
        defaultClause = c;
        return;
      }
      const st = c.comm;
      if (st.kind === 'SendStmt') {
        const et = (under(this.typeOf(st.chan)) as { elem: Type }).elem;
        cases.push(`{dir: 'send', ch: ${this.expr(st.chan)}, value: ${this.valueAs(st.value, et, true)}}`);
      } else {
        const rx = st.kind === 'ExprStmt' ? st.x : (st as A.AssignStmt).rhs[0];
        const ue = unparen(rx) as A.UnaryExpr;
        cases.push(`{dir: 'recv', ch: ${this.expr(ue.x)}}`);
      }
      bodies.push({ c, idx: cases.length - 1 });
    });
    const r = this.tmp();
    w.line(`${r} = yield* $.select([${cases.join(', ')}], ${hasDefault});`);
    const b = this.pushBreakable(label, false);
    const brk = b.brk;
    w.open(`${brk}: switch (${r}[0]) {`);
    for (const { c, idx } of bodies) {
      w.open(`case ${idx}: {`);
      const st = c.comm!;
      if (st.kind === 'AssignStmt') {
        const rx = unparen(st.rhs[0]) as A.UnaryExpr;
        const et = (under(this.typeOf(rx.x)) as { elem: Type }).elem;
        const val = `(${r}[1][1] ? ${r}[1][0] : ${this.zero(et)})`;
        const vals = [val, `${r}[1][1]`];
        st.lhs.forEach((l, i) => {
          if (l.kind === 'Ident' && l.name === '_') return;
          if (st.tok === ':=') {
            const o = info.defs.get(l as A.Ident);
            if (o) w.line(this.initLocal(o, vals[i]));
          } else this.emitStore(w, l, vals[i]);
        });
      }
      this.emitBlock(w, c.body);
      w.line(`break ${brk};`);
      w.close();
    }
    if (hasDefault) {
      w.open('default: {');
      this.emitBlock(w, (defaultClause as unknown as A.CommClause).body);
      w.close();
    }
    this.breakables.pop();
    w.close();
    w.close();
  }

  private emitGo(w: Writer, call: A.CallExpr): void {
    const { fn, args } = this.callParts(call);
    // Go wraps `go f(args)` in a closure holding the evaluated arguments: 8 B of code pointer plus
    // their sizes (and the receiver of a method call)
    let argBytes = 0;
    for (const a of call.args) argBytes += Math.ceil(sizeOf(this.typeOf(a)) / 8) * 8;
    if (args.length > call.args.length) argBytes += 8;
    // the goroutine's creator for tracebacks ("created by main.main" at the go statement's line)
    const creator = this.goFuncNames[this.fn?.self ?? ''] ?? `${this.pkg.path}.init`;
    w.line(
      `$.go(${fn}, [${args.join(', ')}], ${8 + argBytes}, ${JSON.stringify(creator)}, ${this.goLine(call.pos)});`,
    );
  }

  private emitDefer(w: Writer, call: A.CallExpr): void {
    const { fn, plainFn, args } = this.callParts(call);
    const inLoop = this.breakables.some((b) => b.cont !== null);
    // a plain (never-blocking) function is deferred as is and called without a generator; a plain
    // function only defers those (findSyncFuncs), so it never needs runDefers' generator
    if (plainFn === null && this.fn?.sync)
      throw new Error('heaplab: internal compiler error: a plain function defers a call that may block');
    w.line(`$.defer($defers, ${plainFn ?? fn}, [${args.join(', ')}], ${plainFn !== null}, ${inLoop});`);
  }

  /**
   * A call's function value and its evaluated arguments (for go and defer): `fn` as a Go function
   * value (a generator function), and `plainFn` the plain function it wraps when the callee never
   * blocks (null otherwise).
   */
  private callParts(call: A.CallExpr): { fn: string; plainFn: string | null; args: string[] } {
    const info = this.pkg.info;
    const f = unparen(call.fun);
    const ftv = info.types.get(f);
    // builtins and conversions: wrap in a closure evaluating the args now
    if ((f.kind === 'Ident' && info.uses.get(f)?.kind === 'Builtin') || ftv?.mode === 'typexpr') {
      const args = call.args.map((a) => this.expr(a));
      const ps = args.map((_, i) => `$a${i}`);
      // `defer recover()` is not a call made by a deferred function: it never recovers
      const f0 = this.fn;
      const claims = f0?.claimsRecover ?? false;
      if (f0) f0.claimsRecover = false;
      const body = this.builtinWithArgs(call, ps);
      if (f0) f0.claimsRecover = claims;
      return { fn: `function*(${ps.join(', ')}) { ${body}; }`, plainFn: null, args };
    }
    const sig = under(this.typeOf(f)) as FuncT;
    const args = this.callArgs(call, sig);
    if (f.kind === 'SelectorExpr') {
      const sel = info.selections.get(f);
      if (sel && sel.kind === 'MethodVal') {
        const { fn, recv } = this.methodTarget(f, sel);
        return { fn: this.asGoFunc(fn), plainFn: this.isSync(fn) ? fn : null, args: [recv, ...args] };
      }
    }
    const nat = this.nativeCallee(f);
    if (nat !== null) return { fn: this.asGoFunc(nat), plainFn: this.isSync(nat) ? nat : null, args };
    return { fn: `$.nnf(${this.expr(f)})`, plainFn: null, args };
  }

  private builtinWithArgs(call: A.CallExpr, ps: string[]): string {
    // re-evaluate the builtin with its arguments bound to parameters
    const subst = new Map<A.Expr, string>();
    call.args.forEach((a, i) => {
      subst.set(a, ps[i]);
    });
    this.substitutions = subst;
    try {
      return this.expr(call);
    } finally {
      this.substitutions = null;
    }
  }
  private substitutions: Map<A.Expr, string> | null = null;

  // ------------------------------------------------------------------ expressions

  private typeOf(e: A.Expr): Type {
    const tv = this.pkg.info.types.get(e);
    if (tv) return tv.type;
    if (e.kind === 'Ident') {
      const o = this.pkg.info.uses.get(e) ?? this.pkg.info.defs.get(e);
      if (o?.type) return o.type;
    }
    if (e.kind === 'ParenExpr') return this.typeOf(e.x);
    throw new Error(`no type for ${e.kind}`);
  }

  private tv(e: A.Expr): TypeAndValue | undefined {
    return this.pkg.info.types.get(e);
  }

  /** A value of expression e converted (implicitly) to type t, as a fresh value when `fresh`. */
  valueAs(e: A.Expr, t: Type, fresh = false): string {
    const tv = this.tv(e);
    if (isConstTV(tv) && !isInterfaceT(t) && !this.isFloatConversion(e))
      return this.constValue(tv!.value!, t);
    const et = tv ? tv.type : this.typeOf(e);
    if (isInterfaceT(t) && !isInterfaceT(et)) {
      if (et.kind === 'basic' && et.name === 'untyped nil') return 'null';
      const cst = isConstTV(tv);
      const st = cst ? defaultTypeOf(et) : et;
      const ue = unparen(e);
      // a composite literal converted to an interface is built in place: convT's copy is the
      // allocation, and the new object needs no copy of its own
      const built = !cst && ue.kind === 'CompositeLit' && isAggregate(st);
      const v =
        cst && !this.isFloatConversion(e)
          ? this.constValue(tv!.value!, st)
          : built
            ? this.compositeLit(ue as A.CompositeLit, st, false)
            : this.expr(e);
      // a constant is boxed in read-only data: no allocation
      return `$.iface(${this.typeRef(st)}, ${built ? v : this.copyOf(st, v)}, ${!cst && this.siteOnHeap(e)})`;
    }
    const v = this.expr(e);
    // a composite literal is a new object already
    return fresh && unparen(e).kind !== 'CompositeLit' ? this.copyOf(t, v) : v;
  }

  /** A constant conversion to a float type of a float operand (rounded step by step, as Go does). */
  private isFloatConversion(e: A.Expr): boolean {
    const c = unparen(e);
    if (c.kind !== 'CallExpr' || c.args.length !== 1) return false;
    const tv = this.tv(c);
    if (!isConstTV(tv) || !isFloatT(tv!.type)) return false;
    return this.tv(c.fun)?.mode === 'typexpr' && isFloatT(this.typeOf(c.args[0]));
  }

  private constValue(v: Value, t: Type): string {
    switch (v.kind) {
      case 'bool':
        return v.v ? 'true' : 'false';
      case 'string':
        return this.strConst(v.v);
      case 'int': {
        if (isBasicName(t, 'float32')) return numLit(Math.fround(Number(v.v)));
        if (isFloatT(t)) return numLit(Number(v.v));
        if (isStringT(t)) return this.strConst(String.fromCharCode(Number(v.v)));
        const n = v.v;
        if (n >= -9007199254740991n && n <= 9007199254740991n) return numLit(Number(n));
        return `${n}n`;
      }
      case 'float': {
        const exact = ratToFloat64(v.v);
        if (isIntT(t)) return numLit(Math.trunc(exact));
        if (isBasicName(t, 'float32')) return numLit(Math.fround(exact));
        return numLit(exact);
      }
      default:
        return '0';
    }
  }

  private strConst(s: string): string {
    if (s === '') return 'emptyStr';
    let js = this.strConsts.get(s);
    if (!js) {
      js = `$s${this.strConsts.size}`;
      this.strConsts.set(s, js);
      this.consts.push(`const ${js} = new GoStr(${jsString(s)}, 0);`);
    }
    return js;
  }

  /** Compiles an expression to a JS expression. */
  expr(e: A.Expr): string {
    const sub = this.substitutions?.get(e);
    if (sub) return sub;
    const tv = this.tv(e);
    if (this.isFloatConversion(e)) {
      // a constant conversion between float types rounds at each step (float64(float32(0.1)))
      const c = unparen(e) as A.CallExpr;
      return this.conversion(c.args[0], tv!.type, c);
    }
    if (isConstTV(tv)) return this.constValue(tv!.value!, tv!.type);
    if (tv?.mode === 'constant' && tv.value && e.kind !== 'CallExpr') {
      // an untyped constant converted to a non-basic type by its context ("ab" in []byte("ab"))
      return this.constValue(tv.value, naturalType(tv.value));
    }
    switch (e.kind) {
      case 'ParenExpr':
        return this.expr(e.x);
      case 'Ident':
        return this.ident(e);
      case 'BasicLit':
        throw new Error('non-constant literal');
      case 'CompositeLit':
        return this.compositeLit(e, this.typeOf(e), this.siteOnHeap(e));
      case 'FuncLit':
        return this.funcLit(e);
      case 'SelectorExpr':
        return this.selector(e);
      case 'IndexExpr':
        return this.index(e);
      case 'SliceExpr':
        return this.sliceExpr(e);
      case 'TypeAssertExpr':
        return this.typeAssert(e, false);
      case 'CallExpr':
        return this.call(e);
      case 'StarExpr':
        return this.derefExpr(this.typeOf(e), this.expr(e.x));
      case 'UnaryExpr':
        return this.unary(e);
      case 'BinaryExpr':
        return this.binary(e);
      case 'KeyValueExpr':
        throw new Error('key-value outside a composite literal');
      default:
        throw new Error(`unsupported expression ${e.kind}`);
    }
  }

  private ident(e: A.Ident): string {
    const info = this.pkg.info;
    const o = info.uses.get(e) ?? info.defs.get(e);
    if (!o) throw new Error(`unresolved ${e.name}`);
    switch (o.kind) {
      case 'Nil':
        return 'null';
      case 'Const':
        return this.constValue(o.val!, o.type!);
      case 'Var':
        return this.varRef(o);
      case 'Func': {
        const js = this.funcNames.get(o);
        if (js) return this.asGoFunc(js);
        return this.nativeValue(`${o.pkg}.${o.name}`);
      }
      default:
        throw new Error(`unexpected ${o.kind} ${e.name}`);
    }
  }

  private derefExpr(t: Type, p: string): string {
    // *p of an aggregate is the object itself (copied by the consumer when needed)
    if (isAggregate(t)) return `$.nn(${p})`;
    return `$.nn(${p}).v`;
  }

  /**
   * Go's names for the function literals of a function, in source order: F.func1, F.func2, and
   * F.func1.1 for one inside F.func1 (cmd/compile's closure names, which tracebacks print).
   */
  private nameLiterals(body: A.Node, parent: string, sep: string): void {
    let n = 0;
    walk(body, (x) => {
      if (x.kind !== 'FuncLit') return true;
      const go = `${parent}${sep}${++n}`;
      this.litNames.set(x, go);
      this.nameLiterals(x.body, go, '.');
      return false;
    });
  }
  private readonly litNames = new Map<A.FuncLit, string>();
  private litCount = 0;
  private globLits = new Map<string, number>();

  private funcLit(e: A.FuncLit): string {
    const sig = this.pkg.info.signatures.get(e)!;
    let go = this.litNames.get(e);
    if (go === undefined) {
      // a literal in a package variable's initializer: Go names it PKG.glob..funcN
      const k = (this.globLits.get(this.pkg.path) ?? 0) + 1;
      this.globLits.set(this.pkg.path, k);
      go = `${this.pkg.path}.glob..func${k}`;
      this.litNames.set(e, go);
      this.nameLiterals(e.body, go, '.');
    }
    const lit = `$lit_${++this.litCount}`;
    this.goFuncNames[lit] = go;
    const code = this.emitFunc(new Writer(), lit, e, sig, true);
    // The closure object: a funcval plus its captured variables (8 bytes each).
    const captured = new Set<Obj>();
    walk(e.body, (n) => {
      if (n.kind === 'Ident') {
        const o = this.pkg.info.uses.get(n);
        if (o && o.kind === 'Var' && this.fn?.captured.has(o)) captured.add(o);
      }
      return true;
    });
    const capObjs = [...captured];
    const caps = capObjs.map((o) => this.varName(o));
    if (caps.length === 0) return `(${code})`;
    // The closure binds the captured variables' boxes as they are now: a variable declared in a
    // loop body is a new box each iteration, a 3-clause loop variable one box for the loop (Go 1.19).
    const bound = `((${caps.join(', ')}) => ${code})(${caps.join(', ')})`;
    const types = capObjs.map((o) => this.typeRef(o.type!));
    return `$.closureOf(${bound}, [${caps.join(', ')}], [${types.join(', ')}], ${this.siteOnHeap(e)})`;
  }

  private selector(e: A.SelectorExpr): string {
    const info = this.pkg.info;
    const sel = info.selections.get(e);
    if (!sel) {
      // qualified identifier pkg.Name
      const o = info.uses.get(e.sel);
      if (!o) throw new Error(`unresolved ${e.sel.name}`);
      if (o.kind === 'Const') return this.constValue(o.val!, o.type!);
      if (o.kind === 'Var') {
        const js = this.names.get(o);
        if (js) return js;
        return `${this.native(`${o.pkg}.${o.name}`)}()`;
      }
      if (o.kind === 'Func') {
        const js = this.funcNames.get(o);
        return js ? this.asGoFunc(js) : this.nativeValue(`${o.pkg}.${o.name}`);
      }
      throw new Error(`unexpected qualified ${o.kind}`);
    }
    if (sel.kind === 'FieldVal') {
      const { obj, prop } = this.fieldAccess(e, sel);
      return `${obj}.${prop}`;
    }
    if (sel.kind === 'MethodVal') {
      // method value: bind the receiver now
      const { fn, recv, recvType } = this.methodTarget(e, sel);
      return `$.bindMethod(${this.asGoFunc(fn)}, ${recv}, ${recvType ? this.typeRef(recvType) : 'null'})`;
    }
    // method expression T.M / (*T).M: a function taking the receiver first
    const r = this.methodFuncForSelection(sel);
    const recvT = sel.recv;
    if (under(recvT).kind === 'interface') {
      return `(function* $w(r, ...a) { const m = $.imethod(r, ${JSON.stringify(sel.obj.name)}); $.pass($w, m); return yield* m(r.v, ...a); })`;
    }
    const path = this.embedPath(recvT, sel.index, 'r');
    let arg = path.expr;
    const m = r.ptrRecv;
    if (!m && path.isPtr) {
      const pu = under(path.type);
      arg = this.derefRecv(pu.kind === 'pointer' ? pu.elem : path.type, path.expr);
    }
    return `$.wrap(function* (r, ...a) { return ${this.callOf(r.fn, `${arg}, ...a`)}; }, ${r.fn})`;
  }

  private methodFuncForSelection(sel: Selection): { fn: string; ptrRecv: boolean } {
    const o = sel.obj;
    const js = this.funcNames.get(o);
    if (js) return { fn: js, ptrRecv: sel.ptrRecv };
    const recvNamed = o.recv ?? sel.recv;
    const rn = recvNamed.kind === 'pointer' ? recvNamed.elem : recvNamed;
    if (rn.kind === 'named')
      return { fn: this.native(`${rn.pkg}.${rn.name}.${o.name}`), ptrRecv: sel.ptrRecv };
    throw new Error(`no method ${o.name}`);
  }

  /** The function and receiver argument of a method call x.M. */
  private methodTarget(
    e: A.SelectorExpr,
    sel: Selection,
  ): { fn: string; recv: string; iface?: boolean; recvType?: Type } {
    const xt = this.typeOf(e.x);
    const name = sel.obj.name;
    // Interface method: dispatched through the dynamic type's table.
    const path = this.embedPathExpr(e.x, xt, sel.index);
    if (under(path.type).kind === 'interface') {
      return { fn: `$.imethod(${path.expr}, ${JSON.stringify(name)})`, recv: `${path.expr}.v`, iface: true };
    }
    const r = this.methodFuncForSelection(sel);
    let recv = path.expr;
    const valueType =
      path.isPtr && under(path.type).kind === 'pointer'
        ? (under(path.type) as { elem: Type }).elem
        : path.type;
    let recvType: Type = valueType;
    if (r.ptrRecv) {
      if (!path.isPtr) recv = this.addressOf(e.x, path);
      recvType = { kind: 'pointer', elem: valueType } as Type;
    } else if (path.isPtr) {
      recv = this.derefRecv(valueType, path.expr);
    } else {
      recv = this.copyOf(path.type, path.expr);
    }
    return { fn: r.fn, recv, recvType };
  }

  private embedPathExpr(x: A.Expr, xt: Type, index: number[]): { expr: string; isPtr: boolean; type: Type } {
    return this.embedPath(xt, index, this.expr(x));
  }

  /** &x for a method call with a pointer receiver on an addressable value. */
  private addressOf(x: A.Expr, path: { expr: string; type: Type }): string {
    if (isAggregate(path.type)) return path.expr;
    const e = unparen(x);
    // the receiver is the operand itself (no embedded field on the way): &x as the & operator takes it
    if (path.expr === this.expr(e) && ['Ident', 'IndexExpr', 'SelectorExpr', 'StarExpr'].includes(e.kind))
      return this.addrOfOperand(e);
    return `$.refOf(${path.expr})`;
  }

  private index(e: A.IndexExpr): string {
    const xt = under(this.typeOf(e.x));
    if (xt.kind === 'map') {
      const k = this.valueAs(e.index, xt.key);
      return `$.mapGet(${this.expr(e.x)}, ${k}, ${this.zero(xt.elem)})`;
    }
    const i = this.intIndex(e.index);
    if (xt.kind === 'slice') return `$.sget(${this.expr(e.x)}, ${i})`;
    if (xt.kind === 'array') return `$.aget(${this.expr(e.x)}, ${i})`;
    if (xt.kind === 'pointer') return `$.aget($.nn(${this.expr(e.x)}), ${i})`;
    if (xt.kind === 'basic') return `$.strAt(${this.expr(e.x)}, ${i})`;
    throw new Error(`cannot index ${typeString(xt)}`);
  }

  private intIndex(e: A.Expr): string {
    return this.expr(e);
  }

  private sliceExpr(e: A.SliceExpr): string {
    const xt = under(this.typeOf(e.x));
    const lo = e.low ? this.expr(e.low) : 'undefined';
    const hi = e.high ? this.expr(e.high) : 'undefined';
    const mx = e.max ? this.expr(e.max) : 'undefined';
    if (xt.kind === 'basic') return `$.substr(${this.expr(e.x)}, ${lo}, ${hi})`;
    if (xt.kind === 'slice') return `$.reslice(${this.expr(e.x)}, ${lo}, ${hi}, ${mx})`;
    if (xt.kind === 'array')
      return `$.sliceArray(${this.typeRef(xt.elem)}, ${this.expr(e.x)}, ${lo}, ${hi}, ${mx})`;
    if (xt.kind === 'pointer') {
      const at = under(xt.elem) as { elem: Type };
      return `$.sliceArray(${this.typeRef(at.elem)}, $.nn(${this.expr(e.x)}), ${lo}, ${hi}, ${mx})`;
    }
    throw new Error('bad slice');
  }

  private typeAssert(e: A.TypeAssertExpr, commaOk: boolean): string {
    const t = this.typeOf(e);
    const x = this.expr(e.x);
    const xt = this.typeOf(e.x);
    return `$.assert(${x}, ${this.typeRef(t)}, ${this.typeRef(xt)}, ${commaOk}, ${this.zero(t)})`;
  }

  /** An expression producing several values (call, comma-ok forms) as a JS array. */
  private multiValue(e: A.Expr): string {
    const x = unparen(e);
    const tv = this.tv(e);
    if (x.kind === 'TypeAssertExpr') return this.typeAssert(x, true);
    if (x.kind === 'IndexExpr' && under(this.typeOf(x.x)).kind === 'map') {
      const mt = under(this.typeOf(x.x)) as { key: Type; elem: Type };
      return `$.mapGet2(${this.expr(x.x)}, ${this.valueAs(x.index, mt.key)}, ${this.zero(mt.elem)})`;
    }
    if (x.kind === 'UnaryExpr' && x.op === '<-') {
      const ct = under(this.typeOf(x.x)) as { elem: Type };
      return `(yield* $.recv(${this.expr(x.x)}, ${this.zero(ct.elem)}))`;
    }
    void tv;
    return this.expr(e);
  }

  /** &x of an addressable operand (not a composite literal). */
  private addrOfOperand(x: A.Expr): string {
    const xt = this.typeOf(x);
    if (isAggregate(xt)) return this.expr(x); // the object is its own address
    if (x.kind === 'Ident') {
      const o = this.pkg.info.uses.get(x)!;
      if (o.parent?.kind === 'package')
        return `$.globalRef(() => ${this.varName(o)}, (v) => { ${this.varName(o)} = v; })`;
      return this.varName(o); // the box
    }
    if (x.kind === 'IndexExpr') {
      const bt = under(this.typeOf(x.x));
      const i = this.intIndex(x.index);
      if (bt.kind === 'slice') return `$.sliceElemRef(${this.expr(x.x)}, ${i}, ${this.typeRef(bt.elem)})`;
      if (bt.kind === 'array') return `$.arrayElemRef(${this.expr(x.x)}, ${i}, ${this.typeRef(bt.elem)})`;
      if (bt.kind === 'pointer') {
        const at = under(bt.elem) as { elem: Type };
        return `$.arrayElemRef($.nn(${this.expr(x.x)}), ${i}, ${this.typeRef(at.elem)})`;
      }
    }
    if (x.kind === 'SelectorExpr') {
      const sel = this.pkg.info.selections.get(x);
      if (sel && sel.kind === 'FieldVal') {
        const { obj, prop, off } = this.fieldAccess(x, sel);
        return `$.fieldRef(${obj}, ${JSON.stringify(prop)}, ${off})`;
      }
      const o = this.pkg.info.uses.get(x.sel);
      if (o) return `$.globalRef(() => ${this.varName(o)}, (v) => { ${this.varName(o)} = v; })`;
    }
    if (x.kind === 'StarExpr') return `$.nn(${this.expr(x.x)})`;
    throw new Error(`cannot take address of ${x.kind}`);
  }

  private hasCallOrRecv(x: A.Expr): boolean {
    let found = false;
    walk(x, (n) => {
      if (n.kind === 'CallExpr' || (n.kind === 'UnaryExpr' && n.op === '<-')) found = true;
      return !found && n.kind !== 'FuncLit';
    });
    return found;
  }

  private unary(e: A.UnaryExpr): string {
    const t = this.typeOf(e);
    switch (e.op) {
      case '&': {
        const x = unparen(e.x);
        if (x.kind === 'CompositeLit') {
          const lt = this.typeOf(x);
          const heap = this.siteOnHeap(x) || this.siteOnHeap(e);
          if (isAggregate(lt)) return this.compositeLit(x, lt, heap);
          // &[]T{…} / &map[K]V{…}: a new variable holding the slice or map header
          const v = this.compositeLit(x, lt, heap);
          return heap ? `$.heapBox(${this.typeRef(lt)}, ${v})` : `new Box(${v}, 0)`;
        }
        return this.addrOfOperand(x);
      }
      case '<-': {
        const ct = under(this.typeOf(e.x)) as { elem: Type };
        return `(yield* $.recv(${this.expr(e.x)}, ${this.zero(ct.elem)}))[0]`;
      }
      case '!':
        return `!${this.paren(this.expr(e.x))}`;
      case '+':
        return this.expr(e.x);
      case '-':
        return this.neg(t, this.expr(e.x));
      case '^':
        return this.bitNot(t, this.expr(e.x));
      default:
        throw new Error(`unary ${e.op}`);
    }
  }

  private paren(s: string): string {
    return /^[\w$.]+$/.test(s) ? s : `(${s})`;
  }

  private neg(t: Type, x: string): string {
    if (isFloatT(t))
      return isBasicName(t, 'float32') ? `Math.fround(-${this.paren(x)})` : `(-${this.paren(x)})`;
    if (is64(t)) return isUnsignedT(t) ? `$i.negU(${x})` : `$i.negS(${x})`;
    return this.wrap(t, `-${this.paren(x)}`);
  }

  private bitNot(t: Type, x: string): string {
    if (is64(t)) return isUnsignedT(t) ? `$i.notU(${x})` : `$i.notS(${x})`;
    return this.wrap(t, `~${this.paren(x)}`);
  }

  /** Wraps a small-integer JS result to its Go type. */
  private wrap(t: Type, x: string): string {
    const b = basicOf(t)?.name;
    switch (b) {
      case 'int32':
        return `(${x} | 0)`;
      case 'uint32':
        return `(${x} >>> 0)`;
      case 'int16':
        return `((${x} << 16) >> 16)`;
      case 'uint16':
        return `(${x} & 0xffff)`;
      case 'int8':
        return `((${x} << 24) >> 24)`;
      case 'uint8':
        return `(${x} & 0xff)`;
      default:
        return x;
    }
  }

  private binary(e: A.BinaryExpr): string {
    const op = e.op;
    if (op === '&&' || op === '||') return `(${this.expr(e.x)} ${op} ${this.expr(e.y)})`;
    const xt = this.typeOf(e.x);
    const yt = this.typeOf(e.y);
    if (op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=') {
      return this.compare(e, op, xt, yt);
    }
    const t = this.typeOf(e);
    if (op === '+' && isStringT(t)) {
      // a chain a + b + c is one concatstrings call in Go (one allocation for the result)
      const parts: A.Expr[] = [];
      const flatten = (x: A.Expr): void => {
        const u = unparen(x);
        if (u.kind === 'BinaryExpr' && u.op === '+' && isStringT(this.typeOf(u)) && !isConstTV(this.tv(u))) {
          flatten(u.x);
          flatten(u.y);
        } else parts.push(x);
      };
      flatten(e);
      if (parts.length === 2)
        return `$.concat(${this.expr(parts[0])}, ${this.expr(parts[1])}, ${this.siteOnHeap(e)})`;
      return `$.concatN([${parts.map((p) => this.expr(p)).join(', ')}], ${this.siteOnHeap(e)})`;
    }
    return this.binop(
      op,
      this.valueAs(e.x, t),
      op === '<<' || op === '>>' ? this.expr(e.y) : this.valueAs(e.y, t),
      t,
      yt,
    );
  }

  /** Arithmetic on values of type t (shift counts have their own type yt). */
  private binop(op: string, x: string, y: string, t: Type, yt: Type): string {
    if (isStringT(t) && op === '+') return `$.concat(${x}, ${y}, true)`;
    if (isFloatT(t)) {
      const r = `(${x} ${op} ${y})`;
      return isBasicName(t, 'float32') ? `Math.fround${r}` : r;
    }
    const u = isUnsignedT(t);
    if (op === '<<' || op === '>>') {
      const cnt = is64(yt) ? y : y;
      if (is64(t)) return `$i.${op === '<<' ? 'shl' : 'shr'}${u ? 'U' : 'S'}(${x}, $.shiftCount(${cnt}))`;
      const bits = intBits(t);
      if (op === '<<') return this.wrap(t, `$.shl32(${x}, $.shiftCount(${cnt}), ${bits})`);
      return `$.shr32(${x}, $.shiftCount(${cnt}), ${u})`;
    }
    if (is64(t)) {
      const S = u ? 'U' : 'S';
      switch (op) {
        case '+':
          return `$i.add${S}(${x}, ${y})`;
        case '-':
          return `$i.sub${S}(${x}, ${y})`;
        case '*':
          return `$i.mul${S}(${x}, ${y})`;
        case '/':
          return `$i.div${S}(${x}, $.nz(${y}))`;
        case '%':
          return `$i.rem${S}(${x}, $.nz(${y}))`;
        case '&':
          return `$i.and${S}(${x}, ${y})`;
        case '|':
          return `$i.or${S}(${x}, ${y})`;
        case '^':
          return `$i.xor${S}(${x}, ${y})`;
        case '&^':
          return `$i.andNot${S}(${x}, ${y})`;
      }
    }
    switch (op) {
      case '*':
        return this.wrap(t, `Math.imul(${x}, ${y})`);
      case '/':
        return this.wrap(t, `Math.trunc(${x} / $.nz(${y}))`);
      case '%':
        return this.wrap(t, `(${x} % $.nz(${y}))`);
      case '&^':
        return this.wrap(t, `(${x} & ~${this.paren(y)})`);
      default:
        return this.wrap(t, `(${x} ${op} ${y})`);
    }
  }

  private compare(e: A.BinaryExpr, op: string, xt: Type, yt: Type): string {
    const nilX = isNilT(xt);
    const nilY = isNilT(yt);
    if (nilX || nilY) {
      const other = nilX ? e.y : e.x;
      return `(${this.expr(other)} ${op === '==' ? '===' : '!=='} null)`;
    }
    // mixed interface / concrete: convert the concrete side
    let t = xt;
    let x: string;
    let y: string;
    if (isInterfaceT(xt) && !isInterfaceT(yt)) {
      x = this.expr(e.x);
      y = this.valueAs(e.y, xt);
    } else if (!isInterfaceT(xt) && isInterfaceT(yt)) {
      t = yt;
      x = this.valueAs(e.x, yt);
      y = this.expr(e.y);
    } else {
      if (isUntypedT(xt)) t = yt;
      x = this.valueAs(e.x, t);
      y = this.valueAs(e.y, t);
    }
    if (op === '==' || op === '!=') {
      const eq = this.equal(x, y, t, t);
      return op === '==' ? eq : `!${eq}`;
    }
    if (isStringT(t)) return `(${x}.s ${op} ${y}.s)`;
    return `(${x} ${op} ${y})`;
  }

  private equal(x: string, y: string, t: Type, yt: Type): string {
    void yt;
    const u = under(t);
    if (u.kind === 'basic') {
      if (isStringT(u)) return `(${x}.s === ${y}.s)`;
      return `(${x} === ${y})`;
    }
    if (u.kind === 'interface') return `$.ifaceEq(${x}, ${y})`;
    if (u.kind === 'struct' || u.kind === 'array') return `${this.typeRef(t)}.eq(${x}, ${y})`;
    return `(${x} === ${y})`;
  }

  // ------------------------------------------------------------------ composite literals

  private compositeLit(e: A.CompositeLit, t: Type, heap: boolean): string {
    const u = under(t);
    const T = this.typeRef(t);
    switch (u.kind) {
      case 'struct': {
        const vals = u.fields.map((f) => this.zero(f.type));
        const keyed = e.elts.length > 0 && e.elts[0].kind === 'KeyValueExpr';
        e.elts.forEach((el, i) => {
          if (keyed && el.kind === 'KeyValueExpr') {
            const name = (el.key as A.Ident).name;
            const k = u.fields.findIndex((f) => f.name === name);
            vals[k] = this.elemValue(el.value, u.fields[k].type);
          } else vals[i] = this.elemValue(el, u.fields[i].type);
        });
        const cls = this.structClass(u);
        const obj = `new ${cls}(${vals.join(', ')})`;
        return heap ? `$.heapPlace(${T}, ${obj})` : obj;
      }
      case 'array': {
        const items = this.indexedElts(e, u.elem);
        return `$.arrayLit(${T}, ${u.len}, [${items.map(([k, v]) => `[${k}, ${v}]`).join(', ')}], ${heap})`;
      }
      case 'slice': {
        const items = this.indexedElts(e, u.elem);
        let n = 0;
        for (const [k] of items) n = Math.max(n, k + 1);
        if (n === items.length && items.every(([k], i) => k === i))
          return this.sliceOf(
            u.elem,
            items.map(([, v]) => v),
            heap,
          );
        return `$.sliceLit(${this.typeRef(u.elem)}, ${n}, [${items.map(([k, v]) => `[${k}, ${v}]`).join(', ')}], ${heap})`;
      }
      case 'map': {
        const kvs = e.elts.map((el) => {
          const kv = el as A.KeyValueExpr;
          return `[${this.elemValue(kv.key, u.key)}, ${this.elemValue(kv.value, u.elem)}]`;
        });
        return `$.mapLit(${T}, [${kvs.join(', ')}])`;
      }
      case 'pointer': {
        // &T{...} with elided type inside another literal: the element type is *T
        const inner = e;
        return this.compositeLit(inner, u.elem, true);
      }
      default:
        throw new Error(`composite literal of ${typeString(t)}`);
    }
  }

  private elemValue(e: A.Expr, t: Type): string {
    if (e.kind === 'CompositeLit' && !e.type) {
      const u = under(t);
      if (u.kind === 'pointer') return this.compositeLit(e, u.elem, true);
      return this.compositeLit(e, t, false);
    }
    return this.valueAs(e, t, true);
  }

  private indexedElts(e: A.CompositeLit, et: Type): [number, string][] {
    const out: [number, string][] = [];
    let k = 0;
    for (const el of e.elts) {
      if (el.kind === 'KeyValueExpr') {
        const tv = this.tv(el.key);
        k = tv?.value && tv.value.kind === 'int' ? Number(tv.value.v) : k;
        out.push([k, this.elemValue(el.value, et)]);
      } else out.push([k, this.elemValue(el, et)]);
      k++;
    }
    return out;
  }

  // ------------------------------------------------------------------ calls

  private call(e: A.CallExpr): string {
    const info = this.pkg.info;
    const f = unparen(e.fun);
    const ftv = info.types.get(f);
    if (ftv?.mode === 'typexpr') return this.conversion(e.args[0], ftv.type, e);
    if (f.kind === 'Ident') {
      const o = info.uses.get(f);
      if (o?.kind === 'Builtin') return this.builtin(e, o.builtin!);
    }
    const sig = under(this.typeOf(f)) as FuncT;
    const args = this.callArgs(e, sig);
    if (f.kind === 'SelectorExpr') {
      const sel = info.selections.get(f);
      if (sel && sel.kind === 'MethodVal') {
        const { fn, recv } = this.methodTarget(f, sel);
        return this.keep(sig, this.directCall(fn, [recv, ...args]));
      }
    }
    const nat = this.nativeCallee(f);
    if (nat !== null) return this.keep(sig, this.directCall(nat, args));
    const callee = this.expr(f);
    const direct = /^[\w$]+$/.test(callee) ? callee : `$.nnf(${callee})`;
    return this.keep(sig, `(yield* ${direct}(${args.join(', ')}))`);
  }

  /** The native a call's function expression names directly (fmt.Println, or a dot-less std use), if any. */
  private nativeCallee(f: A.Expr): string | null {
    const id =
      f.kind === 'SelectorExpr' && !this.pkg.info.selections.get(f) ? f.sel : f.kind === 'Ident' ? f : null;
    if (!id) return null;
    const o = this.pkg.info.uses.get(id);
    if (o?.kind !== 'Func' || o.recv) return null;
    return this.funcNames.get(o) ?? this.native(`${o.pkg}.${o.name}`);
  }

  /** Keeps a pointer-bearing call result in the goroutine's temporaries until the statement ends. */
  private keep(sig: FuncT, call: string): string {
    if (sig.results.some((r) => hasPointers(r))) return `$.keep(${call})`;
    return call;
  }

  /** Arguments of a call, with variadic packing and implicit conversions. */
  private callArgs(e: A.CallExpr, sig: FuncT): string[] {
    const n = sig.params.length;
    const fixed = sig.variadic ? n - 1 : n;
    // f(g()) with g returning several values: spread them over the parameters
    const tuple = e.args.length === 1 ? this.tv(e.args[0])?.tuple : undefined;
    if (tuple && tuple.length > 1) {
      const t = this.tmp();
      const elems = tuple.map((_, i) =>
        i === 0 ? `(${t} = ${this.multiValue(e.args[0])})[0]` : `${t}[${i}]`,
      );
      const conv = (v: string, from: Type, to: Type) =>
        isInterfaceT(to) && !isInterfaceT(from) ? `$.iface(${this.typeRef(from)}, ${v}, true)` : v;
      const out: string[] = [];
      for (let i = 0; i < fixed; i++) out.push(conv(elems[i], tuple[i], sig.params[i]));
      if (sig.variadic) {
        const st = sig.params[n - 1] as { kind: 'slice'; elem: Type };
        const rest = elems.slice(fixed).map((v, i) => conv(v, tuple[fixed + i], st.elem));
        out.push(rest.length ? this.sliceOf(st.elem, rest, true) : 'null');
      }
      return out;
    }
    const out: string[] = [];
    for (let i = 0; i < fixed; i++) out.push(this.valueAs(e.args[i], sig.params[i], true));
    if (sig.variadic) {
      const st = sig.params[n - 1] as { kind: 'slice'; elem: Type };
      if (e.ellipsis >= 0) out.push(this.expr(e.args[n - 1]));
      else {
        const rest = e.args.slice(fixed);
        if (rest.length === 0) out.push('null');
        else {
          const items = rest.map((a) => this.valueAs(a, st.elem, true));
          out.push(this.sliceOf(st.elem, items, this.siteOnHeap(e)));
        }
      }
    }
    return out;
  }

  /** A slice literal of values listed in order (the elements of a variadic call, `[]T{a, b}`). */
  private sliceOf(elem: Type, vals: string[], heap: boolean | string): string {
    return `$.sliceOf(${this.typeRef(elem)}, [${vals.join(', ')}], ${heap})`;
  }

  private conversion(arg: A.Expr, t: Type, call: A.CallExpr): string {
    const atv = this.tv(arg);
    const from =
      atv?.mode === 'constant' && atv.value && under(atv.type).kind !== 'basic'
        ? naturalType(atv.value)
        : this.typeOf(arg);
    if (isInterfaceT(t)) return this.valueAs(arg, t, true);
    const x = this.expr(arg);
    const fu = under(from);
    const tu = under(t);
    const heap = this.siteOnHeap(call);
    if (isStringT(tu)) {
      if (isStringT(fu)) return x;
      if (fu.kind === 'slice') {
        const eb = basicOf(fu.elem)?.name;
        return eb === 'int32' ? `$.runesToStr(${x}, ${heap})` : `$.bytesToStr(${x}, ${heap})`;
      }
      if (isIntT(fu)) return `$.runeToStr(${x})`;
    }
    if (tu.kind === 'slice' && isStringT(fu)) {
      const eb = basicOf(tu.elem)?.name;
      // []byte("const"): the compiler makes a [len]byte array and copies (cap = len)
      if (eb !== 'int32' && atv?.mode === 'constant')
        return `$.constBytes(${x}, ${this.typeRef(tu.elem)}, ${heap})`;
      return eb === 'int32'
        ? `$.strToRunes(${x}, ${this.typeRef(tu.elem)}, ${heap})`
        : `$.strToBytes(${x}, ${this.typeRef(tu.elem)}, ${heap})`;
    }
    if (isIntT(tu)) {
      const bits = intBits(tu);
      const signed = !isUnsignedT(tu);
      if (isFloatT(fu)) return `$i.floatToInt(${x}, ${bits}, ${signed})`;
      if (isIntT(fu)) {
        if (bits === 64 || is64(fu) || bits < intBits(fu) || signed !== !isUnsignedT(fu)) {
          if (bits === 64 && is64(fu) && signed === !isUnsignedT(fu)) return x;
          return `$i.toIntN(${x}, ${bits}, ${signed})`;
        }
        return x;
      }
    }
    if (isFloatT(tu)) {
      if (isBasicName(tu, 'float32'))
        return is64(fu) && isIntT(fu) ? `$i.toFloat32(${x})` : `Math.fround(${x})`;
      return is64(fu) ? `$i.toFloat(${x})` : x;
    }
    return isAggregate(t) ? this.copyOf(t, x) : x;
  }

  private builtin(e: A.CallExpr, id: string): string {
    const a = e.args;
    switch (id) {
      case 'len':
      case 'cap': {
        const t = under(this.typeOf(a[0]));
        const x = this.expr(a[0]);
        // an array (or pointer to array) has a constant length; an operand with calls or receives
        // in it is still evaluated (Go spec, Length and capacity)
        const arrayLen =
          t.kind === 'array' ? t.len : t.kind === 'pointer' ? (under(t.elem) as { len: number }).len : null;
        if (arrayLen !== null) return this.hasCallOrRecv(a[0]) ? `(${x}, ${arrayLen})` : String(arrayLen);
        if (id === 'len' && t.kind === 'basic') return `${this.paren(x)}.s.length`;
        if (t.kind === 'slice') return `$.${id}(${x})`;
        if (id === 'len' && t.kind === 'map') return `$.mapLen(${x})`;
        if (t.kind === 'chan') return id === 'len' ? `$.chanLen(${x})` : `$.chanCap(${x})`;
        break;
      }
      case 'append': {
        const st = under(this.typeOf(e)) as { elem: Type };
        const s = this.expr(a[0]);
        if (e.ellipsis >= 0) {
          const src = this.expr(a[1]);
          if (isStringT(this.typeOf(a[1]))) return `$.appendStr(${this.typeRef(st.elem)}, ${s}, ${src})`;
          return `$.appendSlice(${this.typeRef(st.elem)}, ${s}, ${src})`;
        }
        const vals = a.slice(1).map((x) => this.valueAs(x, st.elem, true));
        return `$.append(${this.typeRef(st.elem)}, ${s}, [${vals.join(', ')}])`;
      }
      case 'make': {
        const t = this.typeOf(a[0]);
        const u = under(t);
        const heap = this.siteOnHeap(e);
        if (u.kind === 'slice') {
          const n = this.expr(a[1]);
          const c = a[2] ? this.expr(a[2]) : n;
          return `$.makeSlice(${this.typeRef(u.elem)}, ${n}, ${c}, ${heap})`;
        }
        if (u.kind === 'map') return `$.makeMap(${this.typeRef(t)}, ${a[1] ? this.expr(a[1]) : 0})`;
        if (u.kind === 'chan') return `$.makeChan(${this.typeRef(t)}, ${a[1] ? this.expr(a[1]) : 0})`;
        break;
      }
      case 'new': {
        const t = this.typeOf(a[0]);
        const heap = this.siteOnHeap(e);
        if (isAggregate(t)) return heap ? `$.heapPlace(${this.typeRef(t)}, ${this.zero(t)})` : this.zero(t);
        return heap ? `$.heapBox(${this.typeRef(t)}, ${this.zero(t)})` : `new Box(${this.zero(t)}, 0)`;
      }
      case 'copy': {
        const dt = under(this.typeOf(a[0])) as { elem: Type };
        const src = this.expr(a[1]);
        if (isStringT(this.typeOf(a[1]))) return `$.copyStr(${this.expr(a[0])}, ${src})`;
        return `$.copy(${this.typeRef(dt.elem)}, ${this.expr(a[0])}, ${src})`;
      }
      case 'delete': {
        const mt = under(this.typeOf(a[0])) as { key: Type };
        return `$.mapDelete(${this.expr(a[0])}, ${this.valueAs(a[1], mt.key)})`;
      }
      case 'panic':
        return `$.panic(${this.valueAs(a[0], this.anyType())})`;
      case 'recover':
        // only a call made directly by the deferred function recovers (`defer recover()` does not)
        return this.fn?.claimsRecover ? '$.recover($g, $rec)' : '$.recover($g, false)';
      case 'print':
      case 'println': {
        const vs = a.map(
          (x) =>
            `[${this.typeRef(defaultTypeOf(this.typeOf(x)))}, ${this.valueAs(x, defaultTypeOf(this.typeOf(x)))}]`,
        );
        return `$.print([${vs.join(', ')}], ${id === 'println'})`;
      }
      case 'close':
        return `$.close(${this.expr(a[0])})`;
      default:
        break;
    }
    throw new Error(`heaplab does not support the builtin ${id} here`);
  }

  private anyType(): Type {
    return { kind: 'interface', methods: [], embedded: [] };
  }
}

// ------------------------------------------------------------------ helpers

function walk(n: A.Node | null | undefined, visit: (n: A.Node) => boolean): void {
  if (!n || typeof n !== 'object') return;
  if (!visit(n)) return;
  for (const k in n) {
    if (k === 'pos' || k === 'end') continue;
    const v = (n as unknown as Record<string, unknown>)[k];
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object' && 'kind' in x) walk(x as A.Node, visit);
    } else if (v && typeof v === 'object' && 'kind' in (v as object)) walk(v as A.Node, visit);
  }
}

export { walk };

function unparen(e: A.Expr): A.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function typeNameOf(t: Type): string {
  if (t.kind === 'named') return t.name;
  if (t.kind === 'pointer') return typeNameOf(t.elem);
  return 'T';
}

function basicKindName(n: string): string {
  if (n.startsWith('untyped '))
    return n.slice(8) === 'rune'
      ? 'int32'
      : n.slice(8) === 'int'
        ? 'int'
        : n.slice(8) === 'float'
          ? 'float64'
          : n.slice(8);
  return n;
}

function naturalType(v: Value): Type {
  switch (v.kind) {
    case 'bool':
      return { kind: 'basic', name: 'bool' };
    case 'string':
      return { kind: 'basic', name: 'string' };
    case 'float':
      return { kind: 'basic', name: 'float64' };
    default:
      return { kind: 'basic', name: 'int' };
  }
}

/** A constant operand (conversions of constants to slices record a value but are not constants). */
function isConstTV(tv: TypeAndValue | undefined): boolean {
  return !!tv && tv.mode === 'constant' && tv.value !== null && under(tv.type).kind === 'basic';
}

function isBasicName(t: Type, name: string): boolean {
  return basicOf(t)?.name === name;
}

function isNilT(t: Type): boolean {
  return t.kind === 'basic' && t.name === 'untyped nil';
}

function isUntypedT(t: Type): boolean {
  return t.kind === 'basic' && t.name.startsWith('untyped');
}

function defaultTypeOf(t: Type): Type {
  if (t.kind !== 'basic' || !t.name.startsWith('untyped')) return t;
  switch (t.name) {
    case 'untyped bool':
      return { kind: 'basic', name: 'bool' };
    case 'untyped int':
      return { kind: 'basic', name: 'int' };
    case 'untyped rune':
      return { kind: 'basic', name: 'int32', alias: 'rune' };
    case 'untyped float':
      return { kind: 'basic', name: 'float64' };
    case 'untyped string':
      return { kind: 'basic', name: 'string' };
    default:
      return t;
  }
}

function numLit(n: number): string {
  if (Object.is(n, -0)) return '-0';
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  return n < 0 ? `(${n})` : String(n);
}

function isRecoverCall(n: A.CallExpr, info: { uses: Map<A.Ident, Obj> }): boolean {
  const f = unparen(n.fun);
  return f.kind === 'Ident' && f.name === 'recover' && info.uses.get(f)?.kind === 'Builtin';
}
