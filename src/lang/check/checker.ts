// The type checker (first slice): go/types' Checker for one file of package main, with types2's
// compiler error messages (cmd/compile sets CompilerErrorMessages), so diagnostics read as `go build`
// prints them. Spec sections are cited where a rule comes from.

import type {
  AssignStmt,
  BlockStmt,
  CallExpr,
  CaseClause,
  CompositeLit,
  Expr,
  FieldList,
  File,
  FuncDecl,
  FuncLit,
  FuncType,
  GenDecl,
  Ident,
  Node,
  Pos,
  SelectorExpr,
  Stmt,
  TypeSpec,
  ValueSpec,
} from '../ast.ts';
import { constSpecSources, positionFor, syntaxStartPos, unparen } from '../ast.ts';
import type { Value } from '../constant.ts';
import * as constant from '../constant.ts';
import type { Errors } from '../errors.ts';
import { Parser } from '../parser.ts';
import { exprString } from '../printer.ts';
import { encodeRune } from '../rt/strconv.ts';
import type { Field, Method, Type } from '../types.ts';
import { type BuiltinId, invalidType, Obj, type Package, Scope, type Universe } from './objects.ts';
import { type Mode, type Operand, operandString, valueString } from './operand.ts';
import { importablePackages, stdlibSources } from './stdlib.ts';
import {
  basicName,
  comparable,
  containsInvalid,
  defaultType,
  type FuncT,
  hasNil,
  identical,
  interfaceMethods,
  isBoolean,
  isComplex,
  isConstType,
  isFloat,
  isInteger,
  isInterface,
  isInvalid,
  isNilType,
  isNumeric,
  isOrdered,
  isString,
  isTyped,
  isUnsigned,
  isUntyped,
  lookupFieldOrMethod,
  missingMethod,
  type NamedT,
  typeStr,
  underOf,
} from './typeutil.ts';

/** The type (and constant value) of an expression (go/types TypeAndValue). */
export interface TypeAndValue {
  mode: Mode;
  type: Type;
  value: Value | null;
  /** Result types of a call with several results. */
  tuple?: Type[];
}

/** A selector x.f resolved to a field, a method value or a method expression (go/types Selection). */
export interface Selection {
  kind: 'FieldVal' | 'MethodVal' | 'MethodExpr';
  /** The type of x (the receiver type for a method expression). */
  recv: Type;
  obj: Obj;
  /** Path of field indexes through embedded fields, ending with the field's own index for fields. */
  index: number[];
  /** Whether a pointer is followed on the way (auto-dereference). */
  indirect: boolean;
  /** For method values: the method has a pointer receiver (the code generator takes &x). */
  ptrRecv: boolean;
  /** The selector expression's type. */
  type: Type;
}

/** What the checker records for the code generator (go/types Info). */
export interface Info {
  /** Every expression's type and constant value (after untyped constants got their final type). */
  types: Map<Expr, TypeAndValue>;
  /** Identifiers that declare an object (null for the blank identifier and the package name). */
  defs: Map<Ident, Obj | null>;
  /** Identifiers that denote an object. */
  uses: Map<Ident, Obj>;
  /** Objects declared implicitly: a type switch clause's variable (by CaseClause), an import (by spec). */
  implicits: Map<Node, Obj>;
  selections: Map<SelectorExpr, Selection>;
  /** The signature of every function, method and function literal. */
  signatures: Map<FuncDecl | FuncLit, FuncT>;
  /** Package-level variables in declaration order (initialization order is source order here). */
  globals: Obj[];
}

export function newInfo(): Info {
  return {
    types: new Map(),
    defs: new Map(),
    uses: new Map(),
    implicits: new Map(),
    selections: new Map(),
    signatures: new Map(),
    globals: [],
  };
}

/** State shared by the main package and the modelled std packages of one check. */
export class Context {
  readonly packages = new Map<string, Package | null>();
  /** The parsed and checked source of each imported std package (the code generator compiles Go bodies). */
  readonly sources = new Map<string, { file: File; info: Info }>();
  constructor(readonly universe: Universe) {}

  importPackage(path: string): Package | null {
    if (this.packages.has(path)) return this.packages.get(path) ?? null;
    const src = stdlibSources[path];
    if (src === undefined) {
      this.packages.set(path, null);
      return null;
    }
    const p = new Parser(`${path}.go`, src, () => {});
    const f = p.parseFile();
    if (!f) return null;
    const pkg: Package = { path, name: f.name.name, scope: new Scope(this.universe.scope, 'package') };
    this.packages.set(path, pkg);
    const info = newInfo();
    this.sources.set(path, { file: f, info });
    new Checker(this, pkg, f, null, info).checkPackage();
    return pkg;
  }
}

interface DeclInfo {
  spec: ValueSpec | TypeSpec | FuncDecl;
  /** Const: the spec whose type and values apply (implicit repetition). */
  source?: ValueSpec | null;
  iota?: number;
  /** Var/const: index of the name in the spec. */
  index?: number;
  /** Var with one multi-value initializer: all objects of the spec. */
  lhs?: Obj[];
}

type Color = 'white' | 'grey' | 'black';

interface FuncCtx {
  sig: FuncT;
  /** Named results (for bare returns). */
  namedResults: boolean;
}

const exportedName = (n: string) => /^\p{Lu}/u.test(n);

export class Checker {
  private readonly u: Universe;
  private readonly fileScope: Scope;
  private readonly decls = new Map<Obj, DeclInfo>();
  private readonly colors = new Map<Obj, Color>();
  private readonly methodDecls: FuncDecl[] = [];
  private readonly funcBodies: { decl: FuncDecl; obj: Obj | null }[] = [];
  private iota: Value | null = null;
  private fn: FuncCtx | null = null;
  private readonly imports: Obj[] = [];
  private readonly untyped = new Map<Expr, TypeAndValue>();
  /** Package-level objects whose declarations are being checked, outermost first. */
  private readonly objPath: Obj[] = [];
  /** Checks that need complete types (types2 check.later). */
  private readonly later: (() => void)[] = [];
  /** Named types whose right-hand side is a named type still being declared (type T2 T1). */
  private pendingUnder: { named: NamedT; rhs: NamedT; obj: Obj }[] = [];
  /** Unsupported (generic) declarations left unchecked; the imports they name count as used. */
  private readonly skipped: Node[] = [];

  constructor(
    private readonly ctx: Context,
    private readonly pkg: Package,
    private readonly file: File,
    private readonly errors: Errors | null,
    readonly info: Info,
  ) {
    this.u = ctx.universe;
    this.fileScope = new Scope(pkg.scope, 'file');
  }

  // ------------------------------------------------------------------------------------------ errors

  private error(pos: Pos, msg: string): void {
    if (!this.errors) return;
    const p = positionFor(this.file, pos);
    this.errors.errorAt(pos, p.line, p.col, msg);
  }
  /** An error at the start of an expression (types2 reports at syntax.StartPos). */
  private errorAt(n: Node, msg: string): void {
    this.error(syntaxStartPos(n), msg);
  }
  private ts(t: Type): string {
    return typeStr(t, this.pkg.name, this.u.any);
  }
  private os(x: Operand): string {
    return operandString(x, this.pkg.name, this.u.any);
  }
  private unsupported(pos: Pos, what: string): void {
    this.error(pos, `heaplab does not support ${what}`);
  }

  // ------------------------------------------------------------------------------------------ package

  /** Checks the whole file (go/types Checker.Files). */
  checkPackage(): void {
    this.collectObjects();
    // types first (types2 packageObjects: non-alias types, aliases, then the rest)
    const objs = [...this.decls.keys()];
    for (const o of objs) if (o.kind === 'TypeName') this.objDecl(o);
    this.resolvePending();
    this.runLater();
    for (const d of this.methodDecls) this.collectMethod(d);
    for (const o of objs) if (o.kind !== 'TypeName') this.objDecl(o);
    for (const { decl, obj } of this.funcBodies) {
      const sig = this.info.signatures.get(decl);
      if (decl.body && sig) this.funcBody(decl, sig, decl.body, obj);
    }
    const named = namesIn(this.skipped);
    for (const o of this.imports) if (named.has(o.name)) o.used = true;
    // spec "Import declarations": an unused import is an error (types2 unusedImports)
    for (const o of this.imports) {
      if (!o.used) {
        const spec = o.decl as { path: { value: string }; name: Ident | null; pos: Pos };
        const path = spec.path.value;
        const name = o.imported?.name;
        const msg =
          spec.name && spec.name.name !== name
            ? `imported and not used: ${path} as ${spec.name.name}`
            : `imported and not used: ${path}`;
        this.error(spec.pos, msg);
      }
    }
  }

  private declare(scope: Scope, id: Ident | null, obj: Obj): void {
    if (id) this.info.defs.set(id, obj.name === '_' ? null : obj);
    if (obj.name === '_') return;
    // spec "Package initialization", "Program execution": init and main must be functions
    if (
      scope === this.pkg.scope &&
      obj.kind !== 'Func' &&
      (obj.name === 'init' || (obj.name === 'main' && this.pkg.name === 'main'))
    ) {
      this.error(obj.pos, `cannot declare ${obj.name} - must be func`);
      return;
    }
    const old = scope.insert(obj);
    if (old) {
      const p = old.pos >= 0 ? positionFor(this.file, old.pos) : null;
      this.error(
        obj.pos,
        `${obj.name} redeclared in this block${p ? `\n\t${this.file.filename}:${p.line}:${p.col}: other declaration of ${obj.name}` : ''}`,
      );
    }
  }

  private collectObjects(): void {
    const pscope = this.pkg.scope;
    for (const decl of this.file.decls) {
      if (decl.kind === 'BadDecl') continue;
      if (decl.kind === 'FuncDecl') {
        if (decl.type.typeParams) {
          // unsupported: the declaration is not checked further (no follow-on errors)
          this.unsupported(decl.type.typeParams.pos, 'generics');
          this.skipped.push(decl);
          const g = new Obj('Func', decl.name.name, decl.name.pos, invalidType, this.pkg.name);
          this.declare(pscope, decl.name, g);
          continue;
        }
        if (decl.recv) {
          this.methodDecls.push(decl);
          continue;
        }
        const name = decl.name.name;
        const obj = new Obj('Func', name, decl.name.pos, null, this.pkg.name);
        obj.decl = decl;
        if (name === 'init') {
          // spec "Package initialization": init cannot be referred to
          this.info.defs.set(decl.name, obj);
          if (decl.type.params.list.length > 0 || decl.type.results) {
            this.error(decl.name.pos, 'func init must have no arguments and no return values');
          }
        } else {
          if (name === 'main' && (decl.type.params.list.length > 0 || decl.type.results)) {
            this.error(decl.name.pos, 'func main must have no arguments and no return values');
          }
          this.declare(pscope, decl.name, obj);
        }
        this.decls.set(obj, { spec: decl });
        continue;
      }
      this.collectGenDecl(decl, pscope, true);
    }
  }

  private collectGenDecl(decl: GenDecl, scope: Scope, pkgLevel: boolean): void {
    if (decl.tok === 'import') {
      for (const s of decl.specs) {
        if (s.kind !== 'ImportSpec') continue;
        const path = (constant.unquote(s.path.value) as { v: string }).v;
        const unsupported =
          path === 'C'
            ? 'cgo'
            : path === 'unsafe'
              ? 'package unsafe'
              : !importablePackages.includes(path)
                ? `package ${path}`
                : '';
        if (unsupported) {
          this.unsupported(s.path.pos, unsupported);
          // an opaque package name: its uses are invalid without further errors
          const name = s.name ? s.name.name : path.slice(path.lastIndexOf('/') + 1);
          const o = new Obj('PkgName', name, s.path.pos, null, this.pkg.name);
          o.used = true;
          if (name !== '_' && name !== '.') this.fileScope.insert(o);
          continue;
        }
        const pkg = this.ctx.importPackage(path);
        if (!pkg) continue;
        if (s.name?.name === '.') {
          this.unsupported(s.name.pos, 'dot imports');
          continue;
        }
        const name = s.name ? s.name.name : pkg.name;
        const obj = new Obj('PkgName', name, s.name ? s.name.pos : s.path.pos, null, this.pkg.name);
        obj.imported = pkg;
        obj.decl = s;
        if (s.name) this.info.defs.set(s.name, name === '_' ? null : obj);
        else this.info.implicits.set(s, obj);
        if (name === '_') continue;
        if (name === 'init') {
          this.error(obj.pos, 'cannot import package as init - init must be a func');
          continue;
        }
        this.imports.push(obj);
        if (this.fileScope.insert(obj)) this.error(obj.pos, `${name} redeclared in this block`);
      }
      return;
    }
    if (decl.tok === 'const') {
      for (const { spec, source } of constSpecSources(decl)) {
        spec.names.forEach((id, i) => {
          const obj = new Obj('Const', id.name, id.pos, null, this.pkg.name);
          obj.decl = spec;
          this.decls.set(obj, { spec, source, iota: spec.iota, index: i });
          if (pkgLevel) this.declare(scope, id, obj);
          else {
            this.objDecl(obj);
            this.declare(scope, id, obj);
          }
        });
      }
      return;
    }
    if (decl.tok === 'var') {
      for (const s of decl.specs) {
        if (s.kind !== 'ValueSpec') continue;
        const objs = s.names.map((id) => {
          const o = new Obj('Var', id.name, id.pos, null, this.pkg.name);
          o.decl = s;
          return o;
        });
        objs.forEach((o, i) => {
          this.decls.set(o, { spec: s, index: i, lhs: objs });
        });
        if (pkgLevel) {
          s.names.forEach((id, i) => {
            this.declare(scope, id, objs[i]);
            objs[i].used = true; // package-level variables are never "declared but not used"
            this.info.globals.push(objs[i]);
          });
        } else {
          this.varSpec(s, objs);
          // spec "Declarations and scope": the scope of a local variable begins after its spec
          s.names.forEach((id, i) => {
            this.declare(scope, id, objs[i]);
          });
        }
      }
      return;
    }
    for (const s of decl.specs) {
      if (s.kind !== 'TypeSpec') continue;
      if (s.typeParams) {
        this.unsupported(s.typeParams.pos, 'generics');
        this.skipped.push(s);
        const g = new Obj('TypeName', s.name.name, s.name.pos, invalidType, this.pkg.name);
        this.declare(scope, s.name, g);
        continue;
      }
      const obj = new Obj('TypeName', s.name.name, s.name.pos, null, this.pkg.name);
      obj.decl = s;
      this.decls.set(obj, { spec: s });
      if (pkgLevel) this.declare(scope, s.name, obj);
      else {
        // spec: the scope of a local type begins at its identifier (recursive types allowed)
        this.declare(scope, s.name, obj);
        this.objDecl(obj);
        this.resolvePending();
        this.runLater();
      }
    }
  }

  /** Type-checks a package-level object's declaration once (go/types objDecl). */
  private objDecl(obj: Obj): void {
    const c = this.colors.get(obj) ?? 'white';
    if (c === 'black') return;
    if (c === 'grey') {
      if (obj.kind === 'TypeName') return; // a named type may refer to itself
      if (obj.type === null) {
        // spec "Package initialization": a constant or variable whose value depends on itself;
        // reported at the cycle's first object in source order, as types2's cycleError
        const i = this.objPath.indexOf(obj);
        const cycle = i >= 0 ? this.objPath.slice(i) : [obj];
        let k = 0;
        cycle.forEach((o, j) => {
          if (o.pos < cycle[k].pos) k = j;
        });
        const ordered = [...cycle.slice(k), ...cycle.slice(0, k)];
        const first = ordered[0];
        const chain = ordered.map((o) => `\n\t${this.pos(o.pos)}: ${o.name} refers to`).join('');
        this.error(
          first.pos,
          `initialization loop for ${first.name}${chain}\n\t${this.pos(first.pos)}: ${first.name}`,
        );
        for (const o of cycle) if (o.type === null) o.type = invalidType;
      }
      return;
    }
    this.colors.set(obj, 'grey');
    this.objPath.push(obj);
    const d = this.decls.get(obj);
    const savedFn = this.fn;
    const savedIota = this.iota;
    this.fn = null;
    if (d) {
      switch (obj.kind) {
        case 'Const':
          this.constDecl(obj, d);
          break;
        case 'Var':
          if (obj.type === null && d.lhs) this.varSpec(d.spec as ValueSpec, d.lhs);
          break;
        case 'TypeName':
          this.typeDecl(obj, d.spec as TypeSpec);
          break;
        case 'Func':
          this.funcDecl(obj, d.spec as FuncDecl);
          break;
        default:
          break;
      }
    }
    this.fn = savedFn;
    this.iota = savedIota;
    this.objPath.pop();
    this.colors.set(obj, 'black');
  }

  private constDecl(obj: Obj, d: DeclInfo): void {
    const src = d.source;
    this.iota = constant.makeInt(d.iota ?? 0);
    let typ: Type | null = null;
    if (src?.type) {
      typ = this.typExpr(src.type);
      if (!isInvalid(typ) && !isConstType(typ)) {
        this.errorAt(src.type, `invalid constant type ${this.ts(typ)}`);
        obj.type = invalidType;
        return;
      }
    }
    const init = src ? src.values[d.index ?? 0] : undefined;
    if (!init) {
      if (d.index !== undefined && (!src || d.index >= src.values.length)) {
        const spec = d.spec as ValueSpec;
        if (!src || src.values.length === 0 || d.index === src.values.length) {
          this.error(spec.names[d.index].pos, `missing init expr for ${spec.names[d.index].name}`);
        }
      }
      obj.type = invalidType;
      return;
    }
    const x = this.expr(init);
    if (x.mode !== 'invalid' && x.mode !== 'constant') {
      this.errorAt(init, `${this.os(x)} is not constant`);
      obj.type = invalidType;
      return;
    }
    if (x.mode === 'invalid') {
      obj.type = invalidType;
      return;
    }
    if (typ) {
      if (!this.assignment(x, typ, 'constant declaration')) {
        obj.type = invalidType;
        return;
      }
    }
    obj.type = x.type;
    obj.val = x.val;
  }

  /** Declares the variables of one var spec (go/types varDecl / initVars). */
  private varSpec(s: ValueSpec, objs: Obj[]): void {
    let typ: Type | null = null;
    if (s.type) typ = this.typExpr(s.type);
    if (typ) for (const o of objs) o.type = typ;
    // a variable of invalid type was already reported: no "declared but not used" for it
    if (typ && isInvalid(typ)) for (const o of objs) o.used = true;
    if (s.values.length === 0) {
      if (!typ) for (const o of objs) o.type = invalidType;
      return;
    }
    this.initVars(objs, s.values, s, 'variable declaration');
  }

  /** Initializes lhs objects from rhs (go/types initVars), including multi-value calls. */
  private initVars(lhs: Obj[], rhs: Expr[], at: Node, context: string): void {
    const markBad = () => {
      for (const o of lhs) {
        if (o.type === null) o.type = invalidType;
        o.used = true; // avoid follow-on "declared but not used" errors (types2 useLHS)
      }
    };
    if (lhs.length === 1 && rhs.length === 1) {
      // types2: a single-name var declaration evaluates its value in single-value context
      const x =
        at.kind === 'ValueSpec' ? this.expr(rhs[0], lhs[0].type ?? undefined) : this.multiExpr(rhs[0]);
      if (x.tuple) {
        this.assignMismatch(1, rhs, x, at);
        markBad();
        return;
      }
      this.initVar(lhs[0], x, context);
      return;
    }
    if (lhs.length === rhs.length) {
      const xs = lhs.map((o, i) => this.expr(rhs[i], o.type ?? undefined));
      // an invalid value makes the whole declaration suspect: no "declared but not used" for it
      if (xs.some((x) => x.mode === 'invalid')) for (const o of lhs) o.used = true;
      lhs.forEach((o, i) => {
        this.initVar(o, xs[i], context);
      });
      return;
    }
    if (at.kind === 'ValueSpec' && rhs.length > 1) {
      // cmd/compile's wording for var declarations (types2 with CompilerErrorMessages)
      for (const r of rhs) this.expr(r);
      if (rhs.length > lhs.length)
        this.errorAt(rhs[lhs.length], `extra init expr ${exprString(rhs[lhs.length])}`);
      else this.error(at.names[rhs.length].pos, `missing init expr for ${at.names[rhs.length].name}`);
      markBad();
      return;
    }
    if (rhs.length === 1) {
      const x = this.multiExpr(rhs[0]);
      if (x.mode === 'invalid') {
        markBad();
        return;
      }
      const tuple = x.tuple ?? [x.type];
      if (x.mode === 'mapindex' || x.mode === 'commaok') {
        if (lhs.length === 2) {
          this.initVar(lhs[0], { ...x, mode: 'value' }, context);
          this.initVar(lhs[1], this.valueOf(this.u.types['untyped bool'], null), context);
          this.recordCommaOk(rhs[0], x.type);
          return;
        }
      }
      if (tuple.length === lhs.length && x.tuple) {
        lhs.forEach((o, i) => {
          this.initVar(o, { mode: 'value', type: tuple[i], val: null, expr: rhs[0] }, context);
        });
        return;
      }
      this.assignMismatch(lhs.length, rhs, x, at);
      markBad();
      return;
    }
    for (const r of rhs) this.expr(r);
    this.assignMismatch(lhs.length, rhs, null, at);
    markBad();
  }

  private assignMismatch(nl: number, rhs: Expr[], x: Operand | null, at: Node): void {
    const vars = `${nl} variable${nl === 1 ? '' : 's'}`;
    if (x && rhs.length === 1 && rhs[0].kind === 'CallExpr') {
      const n = x.tuple ? x.tuple.length : 1;
      this.errorAt(
        rhs[0],
        `assignment mismatch: ${vars} but ${exprString((rhs[0] as CallExpr).fun)} returns ${n} value${n === 1 ? '' : 's'}`,
      );
      return;
    }
    void at;
    const n = x ? (x.tuple ? x.tuple.length : 1) : rhs.length;
    this.errorAt(rhs[0], `assignment mismatch: ${vars} but ${n} value${n === 1 ? '' : 's'}`);
  }

  private recordCommaOk(e: Expr, t: Type): void {
    const tv = this.info.types.get(e);
    if (tv) tv.tuple = [t, this.u.types.bool];
  }

  private initVar(o: Obj, x: Operand, context: string): void {
    if (x.mode === 'invalid' || isInvalid(x.type) || (o.type && isInvalid(o.type))) {
      if (o.type === null) o.type = invalidType;
      o.used = true;
      return;
    }
    if (o.type === null) {
      let t = x.type;
      if (isUntyped(t)) {
        if (isNilType(t)) {
          this.errorAt(x.expr ?? this.file, `use of untyped nil in ${context}`);
          o.type = invalidType;
          o.used = true;
          return;
        }
        t = defaultType(this.u, t);
      }
      o.type = t;
    }
    if (!this.assignment(x, o.type, context)) o.used = true;
  }

  private typeDecl(obj: Obj, s: TypeSpec): void {
    if (s.assign >= 0) {
      obj.type = this.typExpr(s.type);
      return;
    }
    const named: NamedT = {
      kind: 'named',
      pkg: this.pkg.name,
      name: obj.name,
      underlying: null,
      methods: [],
    };
    obj.type = named;
    this.u.typeNames.set(named, obj);
    const rhs = this.typExpr(s.type);
    let u = rhs;
    if (u.kind === 'named') {
      if (u.underlying === null) {
        // the named type on the right is still being declared: its underlying type is set later
        this.pendingUnder.push({ named, rhs: u, obj });
        return;
      }
      u = underOf(u);
    }
    named.underlying = u;
    if (u.kind === 'struct' || u.kind === 'array') this.checkRecursiveValue(named, obj);
  }

  /**
   * Sets the underlying types left open by typeDecl; a chain that never reaches a type literal is a
   * cycle (spec "Type definitions"): "invalid recursive type T4" with the chain as types2 prints it.
   */
  private resolvePending(): void {
    let progress = true;
    while (progress && this.pendingUnder.length > 0) {
      progress = false;
      this.pendingUnder = this.pendingUnder.filter((p) => {
        if (p.rhs.underlying === null) return true;
        p.named.underlying = underOf(p.rhs);
        progress = true;
        return false;
      });
    }
    const reported = new Set<NamedT>();
    for (const p of this.pendingUnder) {
      if (reported.has(p.named)) continue;
      const chain: { named: NamedT; obj: Obj }[] = [];
      let cur: { named: NamedT; rhs: NamedT; obj: Obj } | undefined = p;
      while (cur && !chain.some((c) => c.named === cur!.named)) {
        chain.push(cur);
        const next: NamedT = cur.rhs;
        cur = this.pendingUnder.find((q) => q.named === next);
      }
      for (const c of chain) reported.add(c.named);
      const first = chain[0];
      const lines = chain.map((c) => `\n\t${this.pos(c.obj.pos)}: ${c.obj.name} refers to`).join('');
      this.error(
        first.obj.pos,
        `invalid recursive type ${first.obj.name}${lines}\n\t${this.pos(first.obj.pos)}: ${first.obj.name}`,
      );
    }
    for (const p of this.pendingUnder) p.named.underlying = invalidType;
    this.pendingUnder = [];
  }

  private runLater(): void {
    while (this.later.length > 0) this.later.shift()?.();
  }

  /** A struct or array type must not contain itself by value (spec "Struct types"). */
  private checkRecursiveValue(named: NamedT, obj: Obj): void {
    const seen = new Set<Type>();
    const contains = (t: Type): boolean => {
      if (t === named) return true;
      if (seen.has(t)) return false;
      seen.add(t);
      const u = t.kind === 'named' ? t.underlying : t;
      if (!u) return false;
      if (u.kind === 'struct') return u.fields.some((f) => contains(f.type));
      if (u.kind === 'array') return contains(u.elem);
      return false;
    };
    const u = named.underlying;
    if (!u) return;
    const inner = u.kind === 'struct' ? u.fields.map((f) => f.type) : u.kind === 'array' ? [u.elem] : [];
    if (inner.some(contains)) {
      this.error(
        obj.pos,
        `invalid recursive type ${obj.name}\n\t${this.pos(obj.pos)}: ${obj.name} refers to\n\t${this.pos(obj.pos)}: ${obj.name}`,
      );
      named.underlying = invalidType;
    }
  }

  private pos(p: Pos): string {
    const q = positionFor(this.file, p);
    return `${this.file.filename}:${q.line}:${q.col}`;
  }

  private funcDecl(obj: Obj, d: FuncDecl): void {
    const sig = this.funcType(d.type, null);
    obj.type = sig;
    this.info.signatures.set(d, sig);
    this.funcBodies.push({ decl: d, obj });
  }

  /** Associates a method with its receiver's base type (spec "Method declarations"). */
  private collectMethod(d: FuncDecl): void {
    const recv = d.recv;
    if (!recv) return;
    const obj = new Obj('Func', d.name.name, d.name.pos, null, this.pkg.name);
    obj.decl = d;
    obj.isField = true;
    this.info.defs.set(d.name, obj);
    // receiver base type: T or *T with T a named type of this package
    let rt: Expr | null = recv.list[0]?.type ?? null;
    let ptr = false;
    if (rt) rt = unparen(rt);
    if (rt?.kind === 'StarExpr') {
      ptr = true;
      rt = unparen(rt.x);
    }
    if (rt?.kind === 'IndexExpr' || rt?.kind === 'IndexListExpr') {
      this.unsupported(rt.lbrack, 'generics');
      rt = null;
    }
    let base: Type | null = null;
    if (rt?.kind === 'Ident') {
      const o = this.pkg.scope.lookupParent(rt.name);
      if (!o) this.errorAt(rt, `undefined: ${rt.name}`);
      else if (o.kind !== 'TypeName') this.errorAt(rt, `${rt.name} is not a type`);
      else {
        this.info.uses.set(rt, o);
        this.objDecl(o);
        base = o.type;
      }
    }
    const sig = this.funcType(d.type, recv);
    this.info.signatures.set(d, sig);
    obj.type = sig;
    if (base && base.kind === 'named') {
      const u = underOf(base);
      if (u.kind === 'pointer' || u.kind === 'interface') {
        this.error(recv.list[0].pos, `invalid receiver type ${this.ts(base)} (pointer or interface type)`);
      } else if (d.name.name !== '_') {
        let ms = this.u.methods.get(base);
        if (!ms) {
          ms = new Map();
          this.u.methods.set(base, ms);
        }
        const dup = ms.get(d.name.name);
        const field = u.kind === 'struct' ? u.fields.find((f) => f.name === d.name.name) : undefined;
        if (dup) {
          this.error(
            d.name.pos,
            `${base.name}.${d.name.name} redeclared in this block\n\t${this.pos(dup.pos)}: other declaration of ${d.name.name}`,
          );
        } else if (field) {
          const fo = this.u.fields.get(field);
          this.error(
            d.name.pos,
            `field and method with the same name ${d.name.name}${fo ? `\n\t${this.pos(fo.pos)}: other declaration of ${d.name.name}` : ''}`,
          );
        } else {
          ms.set(d.name.name, obj);
          obj.recv = base;
          base.methods.push({ name: d.name.name, type: sig, ptrRecv: ptr });
        }
      }
    } else if (base && !isInvalid(base)) {
      this.error(recv.list[0].pos, `cannot define new methods on non-local type ${this.ts(base)}`);
    }
    this.funcBodies.push({ decl: d, obj });
  }

  // ------------------------------------------------------------------------------------------ types

  /** Resolves a type expression (go/types typExpr). */
  typExpr(e: Expr): Type {
    const t = this.typInternal(e);
    this.record(e, 'typexpr', t, null);
    return t;
  }

  private typInternal(e: Expr): Type {
    switch (e.kind) {
      case 'Ident':
      case 'SelectorExpr': {
        const x = this.exprOrType(e);
        if (x.mode === 'invalid') return invalidType;
        if (x.mode !== 'typexpr') {
          this.errorAt(e, `${this.os(x)} is not a type`);
          return invalidType;
        }
        if (x.type === this.u.comparable) {
          this.unsupported(e.pos, 'generics');
          return invalidType;
        }
        return x.type;
      }
      case 'ParenExpr':
        return this.typExpr(e.x);
      case 'StarExpr':
        return { kind: 'pointer', elem: this.typExpr(e.x) };
      case 'SliceType':
        return { kind: 'slice', elem: this.typExpr(e.elt) };
      case 'ArrayType': {
        if (e.len.kind === 'Ellipsis') {
          this.errorAt(e, 'invalid use of [...] array (outside a composite literal)');
          this.typExpr(e.elt);
          return invalidType;
        }
        const n = this.arrayLength(e.len);
        const elem = this.typExpr(e.elt);
        return n < 0 ? invalidType : { kind: 'array', len: n, elem };
      }
      case 'MapType': {
        const key = this.typExpr(e.key);
        const elem = this.typExpr(e.value);
        // spec "Map types": the key type must be comparable
        if (!isInvalid(key) && key.kind === 'named' && key.underlying === null) {
          // the key's type is still being declared: check once it is complete (types2 check.later)
          const k = e.key;
          this.later.push(() => {
            if (!comparable(key)) this.errorAt(k, `invalid map key type ${this.ts(key)}`);
          });
        } else if (!isInvalid(key) && !comparable(key)) {
          this.errorAt(e.key, `invalid map key type ${this.ts(key)}`);
          return invalidType;
        }
        return { kind: 'map', key, elem };
      }
      case 'ChanType':
        return { kind: 'chan', dir: e.dir, elem: this.typExpr(e.value) };
      case 'FuncType':
        if (e.typeParams) this.unsupported(e.typeParams.pos, 'generics');
        return this.funcType(e, null);
      case 'StructType':
        return this.structType(e.fields);
      case 'InterfaceType':
        return this.interfaceType(e.methods);
      case 'IndexExpr':
      case 'IndexListExpr':
        this.unsupported(e.lbrack, 'generics');
        return invalidType;
      default:
        this.errorAt(e, `${exprString(e)} is not a type`);
        return invalidType;
    }
  }

  /** spec "Array types": the length is a non-negative constant representable by int (types2 arrayLength). */
  private arrayLength(e: Expr): number {
    if (e.kind === 'Ident') {
      const o = this.currentScope().lookupParent(e.name);
      if (!o) {
        this.errorAt(e, `undeclared name ${e.name} for array length`);
        return -1;
      }
      if (o.kind !== 'Const') {
        this.errorAt(e, `invalid array length ${e.name}`);
        return -1;
      }
    }
    const x = this.expr(e);
    if (x.mode === 'invalid') return -1;
    if (x.mode !== 'constant') {
      this.errorAt(e, `array length ${this.os(x)} must be constant`);
      return -1;
    }
    if (isUntyped(x.type) || isInteger(x.type)) {
      const v = x.val ? constant.toInt(x.val) : constant.unknown;
      if (v.kind === 'int' && v.v >= -(1n << 63n) && v.v < 1n << 63n) {
        if (v.v >= 0n) return Number(v.v);
        this.errorAt(e, `invalid array length ${this.os(x)}`);
        return -1;
      }
    }
    this.errorAt(e, `array length ${this.os(x)} must be integer`);
    return -1;
  }

  private funcType(ft: FuncType, recv: FieldList | null): FuncT {
    const params: Type[] = [];
    let variadic = false;
    const paramNames: string[] = [];
    const resultNames: string[] = [];
    const collect = (fl: FieldList | null, out: Type[], isParams: boolean, names: string[] = []) => {
      if (!fl) return;
      fl.list.forEach((f, i) => {
        for (let k = 0; k < Math.max(1, f.names.length); k++) names.push(f.names[k]?.name ?? '');
        let te = f.type;
        if (te.kind === 'Ellipsis' && te.elt) {
          if (isParams && i === fl.list.length - 1 && f.names.length <= 1) variadic = true;
          else this.errorAt(te, 'can only use ... with final parameter in list');
          const el = this.typExpr(te.elt);
          const t: Type = { kind: 'slice', elem: el };
          for (let k = 0; k < Math.max(1, f.names.length); k++) out.push(t);
          return;
        }
        te = f.type;
        const t = this.typExpr(te);
        for (let k = 0; k < Math.max(1, f.names.length); k++) out.push(t);
      });
    };
    if (recv) {
      const rs: Type[] = [];
      collect(recv, rs, false);
    }
    collect(ft.params, params, true, paramNames);
    const results: Type[] = [];
    collect(ft.results, results, false, resultNames);
    const sig: FuncT = { kind: 'func', params, results, variadic };
    if (paramNames.some((n) => n !== '')) sig.paramNames = paramNames;
    if (resultNames.some((n) => n !== '')) sig.resultNames = resultNames;
    return sig;
  }

  private structType(fl: FieldList): Type {
    const fields: Field[] = [];
    const seen = new Map<string, Pos>();
    for (const f of fl.list) {
      const t = this.typExpr(f.type);
      const tag = f.tag ? ((constant.unquote(f.tag.value) as { v?: string }).v ?? '') : '';
      const add = (name: string, pos: Pos, embedded: boolean, id: Ident | null) => {
        const field: Field = { name, type: t, embedded, tag };
        const obj = new Obj('Var', name, pos, t, this.pkg.name);
        obj.isField = true;
        this.u.fields.set(field, obj);
        if (id) this.info.defs.set(id, obj);
        const prev = seen.get(name);
        if (name !== '_' && prev !== undefined) {
          this.error(pos, `${name} redeclared\n\t${this.pos(prev)}: other declaration of ${name}`);
        }
        seen.set(name, pos);
        fields.push(field);
      };
      if (f.names.length === 0) {
        // spec "Struct types": an embedded field is a type name T or a pointer *T to a non-interface T
        let te = unparen(f.type);
        if (te.kind === 'StarExpr') te = unparen(te.x);
        const name = te.kind === 'Ident' ? te.name : te.kind === 'SelectorExpr' ? te.sel.name : '_';
        if (t.kind === 'pointer' && underOf(t.elem).kind === 'pointer') {
          this.errorAt(f.type, 'embedded field type cannot be a pointer');
        } else if (t.kind === 'pointer' && isInterface(t.elem)) {
          this.errorAt(f.type, 'embedded field type cannot be a pointer to an interface');
        }
        add(name, te.pos, true, null);
      } else {
        for (const id of f.names) add(id.name, id.pos, false, id);
      }
    }
    return { kind: 'struct', fields };
  }

  private interfaceType(fl: FieldList): Type {
    const methods: Method[] = [];
    const embedded: Type[] = [];
    for (const f of fl.list) {
      if (f.names.length === 0) {
        const te = unparen(f.type);
        if ((te.kind === 'BinaryExpr' && te.op === '|') || (te.kind === 'UnaryExpr' && te.op === '~')) {
          this.unsupported(te.pos, 'generics');
          continue;
        }
        const t = this.typExpr(f.type);
        if (isInvalid(t)) continue;
        if (t.kind === 'named' && t.underlying === null) {
          embedded.push(t);
          continue;
        }
        if (!isInterface(t)) {
          this.unsupported(f.type.pos, 'generics');
          continue;
        }
        embedded.push(t);
        continue;
      }
      if (f.type.kind !== 'FuncType') continue;
      const sig = this.funcType(f.type, null);
      const m: Method = { name: f.names[0].name, type: sig };
      const obj = new Obj('Func', m.name, f.names[0].pos, sig, this.pkg.name);
      obj.isField = true;
      this.u.ifaceMethods.set(m, obj);
      this.info.defs.set(f.names[0], obj);
      if (methods.some((x) => x.name === m.name)) this.error(f.names[0].pos, `duplicate method ${m.name}`);
      else methods.push(m);
    }
    return { kind: 'interface', methods, embedded };
  }

  // ------------------------------------------------------------------------------------------ bodies

  private funcBody(decl: FuncDecl | FuncLit, sig: FuncT, body: BlockStmt, _obj: Obj | null): void {
    const scope = new Scope(this.pkg.scope === null ? null : this.currentScope(), 'func');
    const ft = decl.type;
    const recv = decl.kind === 'FuncDecl' ? decl.recv : null;
    const declareParams = (fl: FieldList | null, types: Type[], start: number) => {
      if (!fl) return start;
      let k = start;
      for (const f of fl.list) {
        if (f.names.length === 0) {
          k++;
          continue;
        }
        for (const id of f.names) {
          const o = new Obj('Var', id.name, id.pos, types[k - start + 0] ?? invalidType, this.pkg.name);
          o.used = true; // parameters are never "declared but not used"
          this.declare(scope, id, o);
          k++;
        }
      }
      return k;
    };
    if (recv) {
      const rf = recv.list[0];
      if (rf) {
        let rt: Type = invalidType;
        const texpr = unparen(rf.type);
        const base = texpr.kind === 'StarExpr' ? unparen(texpr.x) : texpr;
        if (base.kind === 'Ident') {
          const o = this.pkg.scope.lookup(base.name);
          if (o?.kind === 'TypeName' && o.type)
            rt = texpr.kind === 'StarExpr' ? { kind: 'pointer', elem: o.type } : o.type;
        }
        this.record(rf.type, 'typexpr', rt, null);
        for (const id of rf.names) {
          const o = new Obj('Var', id.name, id.pos, rt, this.pkg.name);
          o.used = true;
          this.declare(scope, id, o);
        }
      }
    }
    // parameters map one type per name in order
    const ptypes: Type[] = [];
    let i = 0;
    for (const f of ft.params.list) {
      const n = Math.max(1, f.names.length);
      for (let k = 0; k < n; k++) ptypes.push(sig.params[i++] ?? invalidType);
    }
    this.declareFieldNames(scope, ft.params, sig.params);
    this.declareFieldNames(scope, ft.results, sig.results);
    void declareParams;
    const namedResults = !!ft.results?.list.some((f) => f.names.length > 0);
    const saved = this.fn;
    const savedScope = this.scope;
    this.fn = { sig, namedResults };
    this.scope = scope;
    this.stmtList(body.list);
    if (sig.results.length > 0 && !this.isTerminatingList(body.list, '')) {
      this.error(body.rbrace, 'missing return');
    }
    this.scope = savedScope;
    this.fn = saved;
    this.usage(scope);
  }

  private declareFieldNames(scope: Scope, fl: FieldList | null, types: Type[]): void {
    if (!fl) return;
    let k = 0;
    for (const f of fl.list) {
      if (f.names.length === 0) {
        k++;
        continue;
      }
      for (const id of f.names) {
        const o = new Obj('Var', id.name, id.pos, types[k] ?? invalidType, this.pkg.name);
        o.used = true;
        this.declare(scope, id, o);
        k++;
      }
    }
  }

  /** "x declared but not used" for every unused variable of a function, sorted by position. */
  private usage(scope: Scope): void {
    const unused: Obj[] = [];
    const walk = (s: Scope) => {
      for (const o of s.names.values()) if (o.kind === 'Var' && !o.used) unused.push(o);
      for (const c of s.children) if (c.kind !== 'func') walk(c);
    };
    walk(scope);
    unused.sort((a, b) => a.pos - b.pos);
    for (const o of unused) this.error(o.pos, `${o.name} declared but not used`);
  }

  private scope: Scope | null = null;
  private currentScope(): Scope {
    return this.scope ?? this.fileScope;
  }
  private openScope(): Scope {
    const s = new Scope(this.currentScope(), 'block');
    this.scope = s;
    return s;
  }
  private closeScope(s: Scope): void {
    this.scope = s.parent;
  }

  // ------------------------------------------------------------------------------------------ statements

  private stmtList(list: Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private stmt(s: Stmt): void {
    switch (s.kind) {
      case 'BadStmt':
      case 'EmptyStmt':
        return;
      case 'DeclStmt':
        this.collectGenDecl(s.decl, this.currentScope(), false);
        return;
      case 'LabeledStmt':
        this.stmt(s.stmt);
        return;
      case 'ExprStmt':
        this.exprStmt(s.x);
        return;
      case 'SendStmt': {
        const ch = this.expr(s.chan);
        const v = this.expr(s.value);
        if (ch.mode === 'invalid' || v.mode === 'invalid') return;
        const u = underOf(ch.type);
        if (u.kind !== 'chan') {
          this.errorAt(s, `invalid operation: cannot send to non-channel ${this.os(ch)}`);
          return;
        }
        if (u.dir === 'recv') {
          this.errorAt(s, `invalid operation: cannot send to receive-only channel ${this.os(ch)}`);
          return;
        }
        this.assignment(v, u.elem, 'send');
        return;
      }
      case 'IncDecStmt': {
        const x = this.expr(s.x);
        if (x.mode === 'invalid') return;
        if (!isNumeric(x.type)) {
          this.errorAt(
            s.x,
            `invalid operation: ${exprString(s.x)}${s.tok} (non-numeric type ${this.ts(x.type)})`,
          );
          return;
        }
        this.assignVar(s.x, x, 'assignment', true);
        return;
      }
      case 'AssignStmt':
        this.assignStmt(s);
        return;
      case 'GoStmt':
      case 'DeferStmt': {
        const what = s.kind === 'GoStmt' ? 'go' : 'defer';
        const call = unparen(s.call) as Expr;
        if (call.kind !== 'CallExpr') {
          this.errorAt(s.call, `expression in ${what} must be function call`);
          this.expr(s.call);
          return;
        }
        const x = this.rawExpr(call, undefined, true);
        if (x.mode === 'typexpr') this.errorAt(call, `${what} requires function call, not conversion`);
        else if (x.mode === 'builtin' || (x.mode !== 'invalid' && this.isBuiltinValueCall(call))) {
          this.errorAt(call, `${what} discards result of ${this.os(x)}`);
        }
        return;
      }
      case 'ReturnStmt':
        this.returnStmt(s);
        return;
      case 'BranchStmt':
        if (s.tok === 'goto') this.unsupported(s.pos, 'goto');
        return;
      case 'BlockStmt': {
        const sc = this.openScope();
        this.stmtList(s.list);
        this.closeScope(sc);
        return;
      }
      case 'IfStmt': {
        const sc = this.openScope();
        if (s.init) this.stmt(s.init);
        const c = this.expr(s.cond);
        if (c.mode !== 'invalid' && !isBoolean(c.type)) {
          this.errorAt(s.cond, `non-boolean condition in if statement`);
        }
        this.stmt(s.body);
        if (s.else) this.stmt(s.else);
        this.closeScope(sc);
        return;
      }
      case 'ForStmt': {
        const sc = this.openScope();
        if (s.init) this.stmt(s.init);
        if (s.cond) {
          const c = this.expr(s.cond);
          if (c.mode !== 'invalid' && !isBoolean(c.type)) {
            this.errorAt(s.cond, `non-boolean condition in for statement`);
          }
        }
        if (s.post) this.stmt(s.post);
        this.stmt(s.body);
        this.closeScope(sc);
        return;
      }
      case 'RangeStmt':
        this.rangeStmt(s);
        return;
      case 'SwitchStmt': {
        const sc = this.openScope();
        if (s.init) this.stmt(s.init);
        let tag: Operand | null = null;
        if (s.tag) {
          tag = this.expr(s.tag);
          if (tag.mode !== 'invalid' && isUntyped(tag.type)) {
            if (isNilType(tag.type)) {
              this.errorAt(s.tag, 'use of untyped nil in switch expression');
              tag = null;
            } else this.convertUntyped(tag, defaultType(this.u, tag.type));
          }
          if (tag && !isBad(tag) && !comparable(tag.type) && !hasNil(tag.type)) {
            this.errorAt(s.tag, `cannot switch on ${this.os(tag)} (${this.ts(tag.type)} is not comparable)`);
            tag = null;
          }
        } else {
          // spec "Expression switches": a missing switch expression is equivalent to the boolean value
          // true (types2 uses a typed bool constant named "true")
          const expr: Ident = { kind: 'Ident', name: 'true', pos: s.rbrace, end: s.rbrace };
          tag = { mode: 'constant', type: this.u.types.bool, val: constant.makeBool(true), expr };
        }
        this.multipleDefaults(s.clauses);
        const seen: { y: Operand; pos: Pos }[] = [];
        for (const cl of s.clauses) {
          for (const e of cl.list ?? []) {
            const y = this.expr(e);
            if (y.mode === 'invalid') continue;
            if (tag && !isBad(tag)) {
              // types2 caseValues: convert, then compare (errors at the case value)
              this.convertUntyped(y, tag.type);
              if (isBad(y)) continue;
              const r = this.comparison(y, { ...tag }, '==', e, true);
              if (r.mode === 'invalid' || y.mode !== 'constant' || !y.val) continue;
              // spec "Switch statements": constant case values must be unique
              const v = y.val;
              const prev = seen.find(
                (p) => identical(p.y.type, y.type) && p.y.val && constant.compare(p.y.val, '==', v) === true,
              );
              if (prev) {
                this.errorAt(
                  e,
                  `duplicate case ${this.os(y)} in expression switch\n\t${this.pos(prev.pos)}: previous case`,
                );
              } else seen.push({ y, pos: syntaxStartPos(e) });
            }
          }
          const cs = this.openScope();
          this.stmtList(cl.body);
          this.closeScope(cs);
        }
        this.closeScope(sc);
        return;
      }
      case 'TypeSwitchStmt':
        this.typeSwitch(s);
        return;
      case 'SelectStmt':
        this.multipleDefaults(s.clauses);
        for (const cl of s.clauses) {
          const cs = this.openScope();
          if (cl.comm) {
            const c = cl.comm;
            const isRecv = (e: Expr) => {
              const u = unparen(e);
              return u.kind === 'UnaryExpr' && u.op === '<-';
            };
            const ok =
              c.kind === 'SendStmt' ||
              (c.kind === 'ExprStmt' && isRecv(c.x)) ||
              (c.kind === 'AssignStmt' && c.rhs.length === 1 && isRecv(c.rhs[0]));
            if (!ok) this.errorAt(c, 'select case must be send or receive (possibly with assignment)');
            else this.stmt(c);
          }
          this.stmtList(cl.body);
          this.closeScope(cs);
        }
        return;
    }
  }

  /** types2 multipleDefaults: "multiple defaults (first at ./f.go:10:2)". */
  private multipleDefaults(clauses: { pos: Pos; list?: Expr[] | null; comm?: Stmt | null }[]): void {
    let first: Pos | null = null;
    for (const c of clauses) {
      const isDefault = 'comm' in c ? c.comm === null : c.list === null;
      if (!isDefault) continue;
      if (first === null) first = c.pos;
      else this.error(c.pos, `multiple defaults (first at ${this.pos(first)})`);
    }
  }

  private isBuiltinValueCall(call: CallExpr): boolean {
    const f = unparen(call.fun);
    if (f.kind !== 'Ident') return false;
    const o = this.info.uses.get(f);
    return (
      o?.kind === 'Builtin' &&
      ['append', 'cap', 'complex', 'imag', 'len', 'make', 'new', 'real'].includes(o.builtin ?? '')
    );
  }

  private exprStmt(e: Expr): void {
    const x = this.rawExpr(e, undefined, true);
    let msg = '';
    switch (x.mode) {
      case 'invalid':
      case 'novalue':
        return;
      case 'builtin':
        msg = 'must be called';
        break;
      case 'typexpr':
        msg = 'is not an expression';
        break;
      default: {
        const u = unparen(e);
        if (u.kind === 'CallExpr' && !this.isBuiltinValueCall(u) && !this.isConversion(u)) return;
        if (u.kind === 'UnaryExpr' && u.op === '<-') return;
        msg = 'is not used';
      }
    }
    this.errorAt(e, `${this.os(x)} ${msg}`);
  }

  private isConversion(call: CallExpr): boolean {
    return this.info.types.get(call.fun)?.mode === 'typexpr';
  }

  private returnStmt(s: Stmt & { kind: 'ReturnStmt' }): void {
    const fn = this.fn;
    if (!fn) return;
    const want = fn.sig.results;
    if (s.results.length === 0) {
      if (want.length > 0 && !fn.namedResults) {
        this.error(s.pos, `not enough return values\n\thave ()\n\twant ${this.typesSummary(want)}`);
      }
      return;
    }
    let xs: Operand[];
    if (s.results.length === 1 && want.length !== 1) {
      const x = this.multiExpr(s.results[0]);
      xs = x.tuple
        ? x.tuple.map((t) => ({ mode: 'value' as Mode, type: t, val: null, expr: s.results[0] }))
        : [x];
    } else xs = s.results.map((e, i) => this.expr(e, want[i]));
    if (xs.some((x) => x.mode === 'invalid')) return;
    if (xs.length !== want.length) {
      const have = this.typesSummary(xs.map((x) => x.type));
      if (want.length === 0) {
        this.errorAt(s.results[0], `too many return values\n\thave ${have}\n\twant ()`);
      } else if (xs.length > want.length) {
        this.errorAt(
          s.results[want.length] ?? s.results[0],
          `too many return values\n\thave ${have}\n\twant ${this.typesSummary(want)}`,
        );
      } else {
        this.errorAt(
          s.results[s.results.length - 1],
          `not enough return values\n\thave ${have}\n\twant ${this.typesSummary(want)}`,
        );
      }
      return;
    }
    xs.forEach((x, i) => {
      this.assignment(x, want[i], 'return statement');
    });
  }

  /** types2 typesSummary: "(number, string)" — untyped numbers print as "number". */
  private typesSummary(ts: Type[], variadic = false): string {
    return `(${ts
      .map((t, i) => {
        if (isInvalid(t)) return '<T>';
        if (isUntyped(t)) return isNumeric(t) ? 'number' : this.ts(t).replace('untyped ', '');
        if (variadic && i === ts.length - 1 && t.kind === 'slice') return `...${this.ts(t.elem)}`;
        return this.ts(t);
      })
      .join(', ')})`;
  }

  private assignStmt(s: AssignStmt): void {
    if (s.tok === ':=') {
      this.shortVarDecl(s);
      return;
    }
    if (s.tok === '=') {
      if (s.lhs.length === 1 && s.rhs.length === 1) {
        const lt = this.lhsType(s.lhs[0]);
        const x = this.multiExpr(s.rhs[0]);
        if (x.tuple) {
          this.assignMismatch(1, s.rhs, x, s);
          this.useLHS(s.lhs);
          return;
        }
        this.assignVar(s.lhs[0], x.mode === 'invalid' ? x : x, 'assignment', false);
        void lt;
        return;
      }
      if (s.lhs.length === s.rhs.length) {
        s.lhs.forEach((l, i) => {
          const lt = this.lhsType(l);
          const x = this.expr(s.rhs[i], lt ?? undefined);
          this.assignVar(l, x, 'assignment', false);
        });
        return;
      }
      if (s.rhs.length === 1) {
        const x = this.multiExpr(s.rhs[0]);
        if (x.mode === 'invalid') {
          for (const l of s.lhs) this.lhsType(l);
          return;
        }
        if ((x.mode === 'mapindex' || x.mode === 'commaok') && s.lhs.length === 2) {
          this.assignVar(s.lhs[0], { ...x, mode: 'value' }, 'assignment', false);
          this.assignVar(s.lhs[1], this.valueOf(this.u.types['untyped bool'], null), 'assignment', false);
          this.recordCommaOk(s.rhs[0], x.type);
          return;
        }
        if (x.tuple && x.tuple.length === s.lhs.length) {
          s.lhs.forEach((l, i) => {
            this.assignVar(
              l,
              { mode: 'value', type: x.tuple![i], val: null, expr: s.rhs[0] },
              'assignment',
              false,
            );
          });
          return;
        }
        for (const l of s.lhs) this.lhsType(l);
        this.assignMismatch(s.lhs.length, s.rhs, x, s);
        this.useLHS(s.lhs);
        return;
      }
      for (const l of s.lhs) this.lhsType(l);
      for (const r of s.rhs) this.expr(r);
      this.assignMismatch(s.lhs.length, s.rhs, null, s);
      this.useLHS(s.lhs);
      return;
    }
    // x op= y (spec "Assignment statements")
    const op = s.tok.slice(0, -1) as never;
    const x = this.expr(s.lhs[0]);
    const y = this.expr(s.rhs[0]);
    if (x.mode === 'invalid' || y.mode === 'invalid') return;
    // messages quote the statement's operator ("x += "a""), the semantics are those of op
    const bin = {
      kind: 'BinaryExpr',
      x: s.lhs[0],
      y: s.rhs[0],
      op: s.tok,
      opPos: s.tokPos,
      pos: s.pos,
      end: s.end,
    } as unknown as Expr & { kind: 'BinaryExpr' };
    const r = this.binary(bin, x, y, op);
    if (r.mode === 'invalid') return;
    this.assignVar(s.lhs[0], r, 'assignment', true);
  }

  /** types2 useLHS: after a failed assignment its variables count as used. */
  private useLHS(lhs: Expr[]): void {
    for (const l of lhs) {
      const u = unparen(l);
      if (u.kind !== 'Ident' || u.name === '_') continue;
      const o = this.currentScope().lookupParent(u.name);
      if (o?.kind === 'Var') o.used = true;
    }
  }

  /** The type of an assignment's left-hand side without marking a variable used. */
  private lhsType(l: Expr): Type | null {
    const u = unparen(l);
    if (u.kind === 'Ident') {
      if (u.name === '_') {
        this.info.defs.set(u, null);
        return null;
      }
      const o = this.currentScope().lookupParent(u.name);
      if (o?.kind === 'Var') {
        this.info.uses.set(u, o);
        this.record(l, 'variable', o.type ?? invalidType, null);
        return o.type;
      }
    }
    return null;
  }

  /** Assigns x to the lhs expression (go/types assignVar). */
  private assignVar(l: Expr, x: Operand, context: string, lhsChecked: boolean): void {
    const u = unparen(l);
    if (u.kind === 'Ident' && u.name === '_') {
      this.info.defs.set(u, null);
      if (x.mode !== 'invalid') this.assignment(x, null, 'assignment to _ identifier');
      return;
    }
    let z: Operand;
    if (u.kind === 'Ident') {
      const o = this.currentScope().lookupParent(u.name);
      if (o?.kind === 'Var') {
        this.info.uses.set(u, o);
        z = { mode: 'variable', type: o.type ?? invalidType, val: null, expr: l };
        this.record(l, 'variable', z.type, null);
      } else z = lhsChecked ? this.expr(l) : this.expr(l);
    } else z = this.expr(l);
    if (z.mode === 'invalid' || x.mode === 'invalid') return;
    switch (z.mode) {
      case 'variable':
      case 'mapindex':
        break;
      default: {
        const sel = u.kind === 'SelectorExpr' ? this.info.types.get(u.x) : undefined;
        if (u.kind === 'SelectorExpr' && sel?.mode === 'mapindex') {
          this.errorAt(l, `cannot assign to struct field ${exprString(l)} in map`);
        } else this.errorAt(l, `cannot assign to ${this.os(z)}`);
        return;
      }
    }
    this.assignment(x, z.type, context);
  }

  private shortVarDecl(s: AssignStmt): void {
    const scope = this.currentScope();
    const lhs: Obj[] = [];
    const newObjs: { id: Ident; obj: Obj }[] = [];
    let anyNew = false;
    for (const l of s.lhs) {
      if (l.kind !== 'Ident') {
        this.expr(l);
        this.errorAt(l, `non-name ${exprString(l)} on left side of :=`);
        continue;
      }
      if (
        l.name !== '_' &&
        s.lhs.some((o, j) => j < s.lhs.indexOf(l) && o.kind === 'Ident' && o.name === l.name)
      ) {
        this.errorAt(l, `${l.name} repeated on left side of :=`);
        lhs.push(new Obj('Var', l.name, l.pos, null, this.pkg.name));
        continue;
      }
      const old = scope.lookup(l.name);
      if (old && old.kind === 'Var' && l.name !== '_') {
        this.info.uses.set(l, old);
        lhs.push(old);
        continue;
      }
      const o = new Obj('Var', l.name, l.pos, null, this.pkg.name);
      o.decl = s;
      lhs.push(o);
      newObjs.push({ id: l, obj: o });
      if (l.name !== '_') anyNew = true;
      if (l.name === '_') this.info.defs.set(l, null);
    }
    if (lhs.length !== s.lhs.length) {
      for (const r of s.rhs) this.expr(r);
      return;
    }
    // redeclared variables keep their type: check the assignment against it
    this.initVars(lhs, s.rhs, s, 'assignment');
    for (const { id, obj } of newObjs) this.declare(scope, id, obj);
    if (!anyNew) this.error(s.tokPos, 'no new variables on left side of :=');
  }

  private rangeStmt(s: Stmt & { kind: 'RangeStmt' }): void {
    const sc = this.openScope();
    const x = this.expr(s.x);
    let key: Type | null = null;
    let val: Type | null = null;
    if (x.mode !== 'invalid') {
      const u = underOf(x.type);
      // spec "For statements with range clause"
      if (isString(x.type)) {
        key = this.u.types.int;
        val = this.u.types.rune;
        if (isUntyped(x.type)) this.convertUntyped(x, this.u.types.string);
      } else if (u.kind === 'array') {
        key = this.u.types.int;
        val = u.elem;
      } else if (u.kind === 'pointer' && underOf(u.elem).kind === 'array') {
        key = this.u.types.int;
        val = (underOf(u.elem) as { elem: Type }).elem;
      } else if (u.kind === 'slice') {
        key = this.u.types.int;
        val = u.elem;
      } else if (u.kind === 'map') {
        key = u.key;
        val = u.elem;
      } else if (u.kind === 'chan') {
        key = u.elem;
        if (u.dir === 'send') {
          this.errorAt(
            s.x,
            `invalid operation: range ${exprString(s.x)} receive from send-only channel ${this.ts(x.type)}`,
          );
        }
        if (s.value) this.errorAt(s.value, `range over ${this.os(x)} permits only one iteration variable`);
      } else if (isInteger(x.type)) {
        this.errorAt(s.x, `cannot range over ${this.os(x)}`);
      } else {
        this.errorAt(s.x, `cannot range over ${this.os(x)}`);
      }
    }
    for (const e of s.extra) this.errorAt(e, 'range clause permits at most two iteration variables');
    const vars: [Expr | null, Type | null][] = [
      [s.key, key],
      [s.value, val],
    ];
    if (s.tok === ':=') {
      const decls: { id: Ident; obj: Obj }[] = [];
      for (const [e, t] of vars) {
        if (!e) continue;
        if (e.kind !== 'Ident') {
          this.errorAt(e, `non-name ${exprString(e)} on left side of :=`);
          continue;
        }
        const o = new Obj('Var', e.name, e.pos, t ?? invalidType, this.pkg.name);
        if (t === null) o.used = true;
        decls.push({ id: e, obj: o });
        this.record(e, 'variable', o.type ?? invalidType, null);
      }
      for (const { id, obj } of decls) this.declare(sc, id, obj);
    } else if (s.tok === '=') {
      for (const [e, t] of vars) {
        if (!e || t === null) continue;
        this.assignVar(e, { mode: 'value', type: t, val: null, expr: e }, 'range clause', false);
      }
    }
    this.stmt(s.body);
    this.closeScope(sc);
  }

  private typeSwitch(s: Stmt & { kind: 'TypeSwitchStmt' }): void {
    const sc = this.openScope();
    if (s.init) this.stmt(s.init);
    const x = this.expr(s.guard.x);
    let xt: Type | null = null;
    if (x.mode !== 'invalid') {
      if (!isInterface(x.type)) {
        this.errorAt(s.guard.x, `${this.os(x)} is not an interface`);
      } else xt = x.type;
    }
    this.record(s.guard, 'value', x.type, null);
    const clauseVars: Obj[] = [];
    this.multipleDefaults(s.clauses);
    const seen: { t: Type; pos: Pos }[] = [];
    for (const cl of s.clauses) {
      let single: Type | null = null;
      const list = cl.list ?? [];
      for (const e of list) {
        const t = this.caseType(e, xt, x);
        if (list.length === 1) single = t;
        if (!t || isInvalid(t) || isNilType(t)) continue;
        const prev = seen.find((p) => identical(p.t, t));
        if (prev) {
          this.errorAt(
            e,
            `duplicate case ${this.ts(t)} in type switch\n\t${this.pos(prev.pos)}: previous case`,
          );
        } else seen.push({ t, pos: syntaxStartPos(e) });
      }
      const cs = this.openScope();
      if (s.lhs) {
        const t = single && !isNilType(single) ? single : (xt ?? invalidType);
        const o = new Obj('Var', s.lhs.name, s.lhs.pos, t, this.pkg.name);
        o.decl = cl;
        this.info.implicits.set(cl as CaseClause, o);
        if (s.lhs.name !== '_') cs.insert(o);
        clauseVars.push(o);
      }
      this.stmtList(cl.body);
      this.closeScope(cs);
    }
    if (s.lhs) {
      this.info.defs.set(s.lhs, null);
      if (s.lhs.name !== '_' && clauseVars.every((o) => !o.used)) {
        this.error(s.lhs.pos, `${s.lhs.name} declared but not used`);
      }
      for (const o of clauseVars) o.used = true;
    }
    this.closeScope(sc);
  }

  private caseType(e: Expr, xt: Type | null, xop: Operand): Type | null {
    const u = unparen(e);
    if (u.kind === 'Ident' && u.name === 'nil' && this.currentScope().lookupParent('nil')?.kind === 'Nil') {
      this.record(e, 'nilvalue', this.u.types['untyped nil'], null);
      return this.u.types['untyped nil'];
    }
    const t = this.typExpr(e);
    if (isInvalid(t) || !xt) return t;
    const I = underOf(xt);
    if (!isInterface(t) && I.kind === 'interface') {
      const m = missingMethod(t, I, this.pkg.name, this.u.any);
      if (m) {
        this.errorAt(
          e,
          `impossible type switch case: ${exprString(e)}\n\t${this.os(xop)} cannot have dynamic type ${this.ts(t)} ${m.reason}`,
        );
      }
    }
    return t;
  }

  // ------------------------------------------------------------------------------------------ terminating

  /** spec "Terminating statements". */
  private isTerminatingList(list: Stmt[], label: string): boolean {
    let i = list.length - 1;
    while (i >= 0 && list[i].kind === 'EmptyStmt') i--;
    return i >= 0 && this.isTerminating(list[i], label);
  }

  private isTerminating(s: Stmt, label: string): boolean {
    switch (s.kind) {
      case 'ReturnStmt':
        return true;
      case 'BranchStmt':
        return s.tok === 'goto' || s.tok === 'fallthrough';
      case 'ExprStmt': {
        const c = unparen(s.x);
        if (c.kind !== 'CallExpr') return false;
        const f = unparen(c.fun);
        return f.kind === 'Ident' && this.info.uses.get(f)?.builtin === 'panic';
      }
      case 'BlockStmt':
        return this.isTerminatingList(s.list, '');
      case 'IfStmt':
        return s.else !== null && this.isTerminatingList(s.body.list, '') && this.isTerminating(s.else, '');
      case 'LabeledStmt':
        return this.isTerminating(s.stmt, s.label.name);
      case 'ForStmt':
        return s.cond === null && !hasBreak(s.body, label, true);
      case 'SwitchStmt':
      case 'TypeSwitchStmt': {
        let hasDefault = false;
        for (const cl of s.clauses) {
          if (cl.list === null) hasDefault = true;
          if (!this.isTerminatingList(cl.body, '') || hasBreakList(cl.body, label, true)) {
            const last = cl.body[cl.body.length - 1];
            if (!(last?.kind === 'BranchStmt' && last.tok === 'fallthrough')) return false;
          }
        }
        return hasDefault;
      }
      case 'SelectStmt':
        return s.clauses.every(
          (cl) => this.isTerminatingList(cl.body, '') && !hasBreakList(cl.body, label, true),
        );
      default:
        return false;
    }
  }

  // ------------------------------------------------------------------------------------------ expressions

  private record(e: Expr, mode: Mode, type: Type, value: Value | null): void {
    const tv: TypeAndValue = { mode, type, value };
    this.info.types.set(e, tv);
  }

  private valueOf(type: Type, expr: Expr | null): Operand {
    return { mode: 'value', type, val: null, expr };
  }

  /** A single-valued expression (go/types expr). */
  expr(e: Expr, hint?: Type): Operand {
    const x = this.rawExpr(e, hint, false);
    return this.singleValue(x);
  }

  private singleValue(x: Operand): Operand {
    switch (x.mode) {
      case 'novalue':
        this.errorAt(x.expr!, `${exprString(x.expr!)} (no value) used as value`);
        return { ...x, mode: 'invalid' };
      case 'builtin':
        this.errorAt(x.expr!, `${exprString(x.expr!)} (built-in) must be called`);
        return { ...x, mode: 'invalid' };
      case 'typexpr':
        this.errorAt(x.expr!, `${exprString(x.expr!)} (type) is not an expression`);
        return { ...x, mode: 'invalid' };
      default:
        break;
    }
    if (x.tuple) {
      this.errorAt(
        x.expr!,
        `multiple-value ${exprString(x.expr!)} (value of type ${this.tupleStr(x.tuple, x.tupleNames)}) in single-value context`,
      );
      return { ...x, mode: 'invalid', tuple: undefined };
    }
    return x;
  }

  /** A result tuple as types2 prints it, with result names when declared: "(a int, b int)". */
  private tupleStr(ts: Type[], names?: string[]): string {
    return `(${ts.map((t, i) => (names?.[i] ? `${names[i]} ${this.ts(t)}` : this.ts(t))).join(', ')})`;
  }

  /** An expression that may have several values (a call), for assignments and returns. */
  private multiExpr(e: Expr): Operand {
    const x = this.rawExpr(e, undefined, false);
    if (x.mode === 'novalue' || x.mode === 'builtin' || x.mode === 'typexpr') return this.singleValue(x);
    return x;
  }

  private exprOrType(e: Expr): Operand {
    const x = this.rawExpr(e, undefined, true);
    if (x.mode === 'novalue') return this.singleValue(x);
    return x;
  }

  private rawExpr(e: Expr, hint: Type | undefined, allowGeneric: boolean): Operand {
    void allowGeneric;
    const x = this.exprInternal(e, hint);
    x.expr = e;
    if (x.mode !== 'invalid') {
      const tv: TypeAndValue = { mode: x.mode, type: x.type, value: x.val };
      if (x.tuple) tv.tuple = x.tuple;
      this.info.types.set(e, tv);
      if (isUntyped(x.type)) this.untyped.set(e, tv);
    }
    return x;
  }

  private invalid(e: Expr | null): Operand {
    return { mode: 'invalid', type: invalidType, val: null, expr: e };
  }

  private exprInternal(e: Expr, hint: Type | undefined): Operand {
    switch (e.kind) {
      case 'BadExpr':
        return this.invalid(e);
      case 'Ident':
        return this.ident(e);
      case 'BasicLit': {
        if (e.bad) return this.invalid(e);
        if ((e.litKind === 'FLOAT' || e.litKind === 'IMAG') && /[eEpP][+-]?\d{7,}/.test(e.value)) {
          // exact arithmetic on such exponents would not terminate in reasonable time and space
          this.errorAt(e, `heaplab does not support constant ${e.value} (exponent too large)`);
          return this.invalid(e);
        }
        const t = this.u.types;
        switch (e.litKind) {
          case 'INT':
            return { mode: 'constant', type: t['untyped int'], val: constant.parseNumber(e.value), expr: e };
          case 'FLOAT':
            return {
              mode: 'constant',
              type: t['untyped float'],
              val: constant.parseNumber(e.value),
              expr: e,
            };
          case 'IMAG':
            return {
              mode: 'constant',
              type: t['untyped complex'],
              val: constant.parseNumber(e.value),
              expr: e,
            };
          case 'CHAR':
            return { mode: 'constant', type: t['untyped rune'], val: constant.unquote(e.value), expr: e };
          default:
            return { mode: 'constant', type: t['untyped string'], val: constant.unquote(e.value), expr: e };
        }
      }
      case 'FuncLit': {
        const sig = this.funcType(e.type, null);
        this.info.signatures.set(e, sig);
        const savedIota = this.iota;
        this.iota = null;
        this.funcBody(e, sig, e.body, null);
        this.iota = savedIota;
        return { mode: 'value', type: sig, val: null, expr: e };
      }
      case 'CompositeLit':
        return this.compositeLit(e, hint);
      case 'ParenExpr': {
        const x = this.rawExpr(e.x, hint, true);
        return { ...x, expr: e };
      }
      case 'SelectorExpr':
        return this.selector(e);
      case 'IndexExpr':
        return this.indexExpr(e);
      case 'IndexListExpr':
        this.unsupported(e.lbrack, 'generics');
        return this.invalid(e);
      case 'SliceExpr':
        return this.sliceExpr(e);
      case 'TypeAssertExpr': {
        const x = this.expr(e.x);
        if (x.mode === 'invalid') return x;
        if (e.type === null) {
          this.errorAt(e, 'invalid AST: use of .(type) outside type switch');
          return this.invalid(e);
        }
        if (!isInterface(x.type)) {
          this.errorAt(
            e.x,
            `invalid operation: ${exprString(e.x)} (${this.os(x)
              .replace(/^.*? \(/, '')
              .replace(/\)$/, '')}) is not an interface`,
          );
          this.typExpr(e.type);
          return this.invalid(e);
        }
        const T = this.typExpr(e.type);
        if (containsInvalid(T)) return this.invalid(e);
        const I = underOf(x.type);
        if (!isInterface(T) && I.kind === 'interface') {
          const m = missingMethod(T, I, this.pkg.name, this.u.any);
          if (m) {
            this.errorAt(
              e,
              `impossible type assertion: ${exprString(e)}\n\t${this.ts(T)} does not implement ${this.ts(x.type)} ${m.reason}`,
            );
            return this.invalid(e);
          }
        }
        return { mode: 'commaok', type: T, val: null, expr: e };
      }
      case 'CallExpr':
        return this.call(e, hint);
      case 'StarExpr': {
        const x = this.exprOrType(e.x);
        if (x.mode === 'invalid') return x;
        if (x.mode === 'typexpr') {
          return { mode: 'typexpr', type: { kind: 'pointer', elem: x.type }, val: null, expr: e };
        }
        if (isNilType(x.type)) {
          this.errorAt(e, 'invalid operation: cannot indirect nil');
          return this.invalid(e);
        }
        const u = underOf(x.type);
        if (u.kind !== 'pointer') {
          this.errorAt(e.x, `invalid operation: cannot indirect ${this.os(x)}`);
          return this.invalid(e);
        }
        return { mode: 'variable', type: u.elem, val: null, expr: e };
      }
      case 'UnaryExpr':
        return this.unary(e, hint);
      case 'BinaryExpr': {
        if (e.op === '|') {
          // a type-set union outside an interface
        }
        const x = this.expr(e.x);
        const y = this.expr(e.y);
        if (x.mode === 'invalid' || y.mode === 'invalid') return this.invalid(e);
        return this.binary(e, x, y, e.op);
      }
      case 'KeyValueExpr':
        this.errorAt(e, 'unexpected key:value expression');
        return this.invalid(e);
      case 'Ellipsis':
        this.errorAt(e, 'invalid use of ...');
        return this.invalid(e);
      default: {
        const t = this.typExpr(e);
        return isInvalid(t) ? this.invalid(e) : { mode: 'typexpr', type: t, val: null, expr: e };
      }
    }
  }

  private ident(e: Ident): Operand {
    if (e.name === '_') {
      this.errorAt(e, 'cannot use _ as value or type');
      return this.invalid(e);
    }
    const o = this.currentScope().lookupParent(e.name);
    if (!o) {
      this.errorAt(e, `undefined: ${e.name}`);
      return this.invalid(e);
    }
    this.info.uses.set(e, o);
    if (o.parent === this.pkg.scope) this.objDecl(o);
    switch (o.kind) {
      case 'PkgName':
        this.errorAt(e, `use of package ${o.imported?.name ?? e.name} not in selector`);
        o.used = true;
        return this.invalid(e);
      case 'Const': {
        if (o.name === 'iota' && o.parent === this.u.scope) {
          if (!this.iota) {
            this.errorAt(e, 'cannot use iota outside constant declaration');
            return this.invalid(e);
          }
          return { mode: 'constant', type: o.type ?? invalidType, val: this.iota, expr: e };
        }
        if (!o.type || isInvalid(o.type)) return this.invalid(e);
        return { mode: 'constant', type: o.type, val: o.val, expr: e };
      }
      case 'TypeName':
        if (!o.type) return this.invalid(e);
        return { mode: 'typexpr', type: o.type, val: null, expr: e };
      case 'Var':
        o.used = true;
        if (!o.type || isInvalid(o.type)) return this.invalid(e);
        return { mode: 'variable', type: o.type, val: null, expr: e };
      case 'Func':
        // an unsupported (generic) function is invalid without further errors
        if (!o.type || isInvalid(o.type)) return this.invalid(e);
        return { mode: 'value', type: o.type, val: null, expr: e };
      case 'Builtin':
        return { mode: 'builtin', type: invalidType, val: null, expr: e, builtin: o.builtin ?? undefined };
      case 'Nil':
        return { mode: 'nilvalue', type: this.u.types['untyped nil'], val: null, expr: e };
    }
  }

  private selector(e: SelectorExpr): Operand {
    const sel = e.sel.name;
    const xe = unparen(e.x);
    if (xe.kind === 'Ident') {
      const o = this.currentScope().lookupParent(xe.name);
      if (o?.kind === 'PkgName' && !o.imported) {
        this.info.uses.set(xe, o);
        return this.invalid(e);
      }
      if (o?.kind === 'PkgName' && o.imported) {
        o.used = true;
        this.info.uses.set(xe, o);
        const m = o.imported.scope.lookup(sel);
        if (!m || !exportedName(sel)) {
          if (m && !exportedName(sel))
            this.errorAt(e.sel, `name ${sel} not exported by package ${o.imported.name}`);
          else this.errorAt(e.sel, `undefined: ${xe.name}.${sel}`);
          return this.invalid(e);
        }
        this.info.uses.set(e.sel, m);
        switch (m.kind) {
          case 'Const':
            return { mode: 'constant', type: m.type ?? invalidType, val: m.val, expr: e };
          case 'TypeName':
            return { mode: 'typexpr', type: m.type ?? invalidType, val: null, expr: e };
          case 'Var':
            return { mode: 'variable', type: m.type ?? invalidType, val: null, expr: e };
          default:
            return { mode: 'value', type: m.type ?? invalidType, val: null, expr: e };
        }
      }
    }
    const x = this.exprOrType(e.x);
    if (x.mode === 'invalid') return x;
    if (x.mode === 'builtin') {
      this.errorAt(e.x, `${exprString(e.x)} (built-in) must be called`);
      return this.invalid(e);
    }
    if (isNilType(x.type)) {
      this.errorAt(e.x, `invalid use of nil`);
      return this.invalid(e);
    }
    const r = lookupFieldOrMethod(x.type, sel);
    if (x.mode === 'typexpr') {
      // method expression T.m (spec "Method expressions")
      if (r.kind !== 'method') {
        if (r.kind === 'ambiguous') this.errorAt(e.sel, `ambiguous selector ${exprString(e)}`);
        else this.selectorUndefined(e, x.type);
        return this.invalid(e);
      }
      const mt = r.method.type as FuncT;
      if (r.method.ptrRecv && x.type.kind !== 'pointer' && !r.indirect) {
        this.errorAt(e.sel, `cannot call pointer method ${sel} on ${this.ts(x.type)}`);
        return this.invalid(e);
      }
      const ft: FuncT = {
        kind: 'func',
        params: [x.type, ...mt.params],
        results: mt.results,
        variadic: mt.variadic,
      };
      const obj = this.methodObj(r.method, r.recvNamed);
      this.recordSelection(e, {
        kind: 'MethodExpr',
        recv: x.type,
        obj,
        index: r.index,
        indirect: r.indirect,
        ptrRecv: !!r.method.ptrRecv,
        type: ft,
      });
      return { mode: 'value', type: ft, val: null, expr: e };
    }
    if (r.kind === 'ambiguous') {
      this.errorAt(e.sel, `ambiguous selector ${exprString(e)}`);
      return this.invalid(e);
    }
    if (r.kind === 'none') {
      this.selectorUndefined(e, x.type);
      return this.invalid(e);
    }
    if (r.kind === 'field') {
      const obj = this.u.fields.get(r.field) ?? new Obj('Var', sel, -1, r.field.type, '');
      this.recordSelection(e, {
        kind: 'FieldVal',
        recv: x.type,
        obj,
        index: r.index,
        indirect: r.indirect,
        ptrRecv: false,
        type: r.field.type,
      });
      const ptr = underOf(x.type).kind === 'pointer';
      const mode: Mode = x.mode === 'variable' || ptr || r.indirect ? 'variable' : 'value';
      return { mode, type: r.field.type, val: null, expr: e };
    }
    // method value (spec "Method values"): a pointer method needs an addressable operand or a pointer
    if (r.method.ptrRecv && !r.indirect && underOf(x.type).kind !== 'pointer' && x.mode !== 'variable') {
      this.errorAt(e.sel, `cannot call pointer method ${sel} on ${this.ts(x.type)}`);
      return this.invalid(e);
    }
    const obj = this.methodObj(r.method, r.recvNamed);
    this.recordSelection(e, {
      kind: 'MethodVal',
      recv: x.type,
      obj,
      index: r.index,
      indirect: r.indirect,
      ptrRecv: !!r.method.ptrRecv,
      type: r.method.type,
    });
    return { mode: 'value', type: r.method.type, val: null, expr: e };
  }

  /** types2's "x.f undefined (type T has no field or method f[, but does have F])". */
  /** Records a selector's resolution: the selected object as a use of e.sel, and the selection. */
  private recordSelection(e: SelectorExpr, sel: Selection): void {
    this.info.uses.set(e.sel, sel.obj);
    this.info.selections.set(e, sel);
  }

  private selectorUndefined(e: SelectorExpr, T: Type): void {
    const sel = e.sel.name;
    const u = underOf(T);
    let why: string;
    if (u.kind === 'pointer' && isInterface(u.elem)) why = 'is pointer to interface, not interface';
    else {
      why = `has no field or method ${sel}`;
      // a different capitalization: "but does have Floats"
      const lower = sel.toLowerCase();
      const names: string[] = [];
      const base = u.kind === 'pointer' ? u.elem : T;
      if (base.kind === 'named') names.push(...base.methods.map((m) => m.name));
      const bu = underOf(base);
      if (bu.kind === 'struct') names.push(...bu.fields.map((f) => f.name));
      if (bu.kind === 'interface') names.push(...interfaceMethods(bu).map((m) => m.name));
      const other = names.find((n) => n !== sel && n.toLowerCase() === lower);
      if (other && lookupFieldOrMethod(T, other).kind !== 'none') why += `, but does have ${other}`;
    }
    this.errorAt(e.sel, `${exprString(e)} undefined (type ${this.ts(T)} ${why})`);
  }

  private methodObj(m: Method, recv: Type | null): Obj {
    const o = recv ? this.u.methods.get(recv)?.get(m.name) : this.u.ifaceMethods.get(m);
    return o ?? new Obj('Func', m.name, -1, m.type, '');
  }

  private compositeLit(e: CompositeLit, hint: Type | undefined): Operand {
    let typ: Type;
    if (e.type) {
      if (e.type.kind === 'ArrayType' && e.type.len.kind === 'Ellipsis') {
        const elem = this.typExpr(e.type.elt);
        const n = this.indexedElts(e.elts, elem, -1);
        typ = { kind: 'array', len: n, elem };
        this.record(e.type, 'typexpr', typ, null);
        return { mode: 'value', type: typ, val: null, expr: e };
      }
      typ = this.typExpr(e.type);
    } else if (hint) {
      typ = hint;
      const u = underOf(hint);
      if (u.kind === 'pointer') {
        // spec "Composite literals": an elided *T element type means &T{...}
        const inner = this.compositeLit(e, u.elem);
        if (inner.mode === 'invalid') return inner;
        return { mode: 'value', type: hint, val: null, expr: e };
      }
    } else {
      this.errorAt(e, 'invalid composite literal type: missing type');
      return this.invalid(e);
    }
    if (isInvalid(typ)) {
      for (const el of e.elts) if (el.kind !== 'KeyValueExpr') this.expr(el);
      return this.invalid(e);
    }
    const u = underOf(typ);
    switch (u.kind) {
      case 'struct': {
        if (e.elts.length === 0) break;
        const keyed = e.elts[0].kind === 'KeyValueExpr';
        if (keyed) {
          const seen = new Set<string>();
          for (const el of e.elts) {
            if (el.kind !== 'KeyValueExpr') {
              this.errorAt(el, 'mixture of field:value and value elements in struct literal');
              this.expr(el);
              continue;
            }
            const k = el.key;
            if (k.kind !== 'Ident') {
              this.errorAt(k, `invalid field name ${exprString(k)} in struct literal`);
              this.expr(el.value);
              continue;
            }
            const fi = k.name === '_' ? -1 : u.fields.findIndex((f) => f.name === k.name);
            if (fi < 0) {
              this.errorAt(k, `unknown field '${k.name}' in struct literal of type ${this.ts(typ)}`);
              this.expr(el.value);
              continue;
            }
            const f = u.fields[fi];
            if (this.elidedLit(el.value)) continue;
            const fo = this.u.fields.get(f);
            if (fo) this.info.uses.set(k, fo);
            if (seen.has(k.name)) this.errorAt(el, `duplicate field name ${k.name} in struct literal`);
            seen.add(k.name);
            const x = this.expr(el.value, f.type);
            this.assignment(x, f.type, 'struct literal');
          }
        } else {
          e.elts.forEach((el, i) => {
            if (el.kind === 'KeyValueExpr') {
              this.errorAt(el, 'mixture of field:value and value elements in struct literal');
              this.expr(el.value);
              return;
            }
            if (this.elidedLit(el)) return;
            const x = this.expr(el, u.fields[i]?.type);
            if (i >= u.fields.length) {
              if (i === u.fields.length) this.errorAt(el, `too many values in ${exprString(e)}`);
              return;
            }
            if (typ.kind === 'named' && typ.pkg !== this.pkg.name && !exportedName(u.fields[i].name)) {
              this.errorAt(
                el,
                `implicit assignment to unexported field ${u.fields[i].name} in ${this.ts(typ)} literal`,
              );
              return;
            }
            this.assignment(x, u.fields[i].type, 'struct literal');
          });
          if (e.elts.length < u.fields.length && e.elts.length > 0) {
            this.error(e.rbrace, `too few values in ${exprString(e)}`);
          }
        }
        break;
      }
      case 'array':
        this.indexedElts(e.elts, u.elem, u.len);
        break;
      case 'slice':
        this.indexedElts(e.elts, u.elem, -1);
        break;
      case 'map': {
        const keys: Operand[] = [];
        for (const el of e.elts) {
          if (el.kind !== 'KeyValueExpr') {
            this.errorAt(el, 'missing key in map literal');
            this.expr(el);
            continue;
          }
          const k = this.expr(el.key, u.key);
          this.assignment(k, u.key, 'map literal');
          // spec "Composite literals": constant keys must be unique
          if (k.mode === 'constant' && k.val) {
            const kv = k.val;
            if (
              keys.some(
                (p) => identical(p.type, k.type) && p.val && constant.compare(p.val, '==', kv) === true,
              )
            ) {
              this.errorAt(el.key, `duplicate key ${valueString(kv)} in map literal`);
            } else keys.push(k);
          }
          const v = this.expr(el.value, u.elem);
          this.assignment(v, u.elem, 'map literal');
        }
        break;
      }
      default:
        for (const el of e.elts) this.expr(el.kind === 'KeyValueExpr' ? el.value : el);
        this.errorAt(e, `invalid composite literal type ${this.ts(typ)}`);
        return this.invalid(e);
    }
    return { mode: 'value', type: typ, val: null, expr: e };
  }

  /** spec "Composite literals": element types may be elided only in array, slice and map literals. */
  private elidedLit(v: Expr): boolean {
    const u = unparen(v);
    if (u.kind !== 'CompositeLit' || u.type !== null) return false;
    this.errorAt(u, 'missing type in composite literal');
    return true;
  }

  /** Elements of an array or slice literal; returns the length (go/types indexedElts). */
  private indexedElts(elts: Expr[], elem: Type, length: number): number {
    let index = 0;
    let max = 0;
    const seen = new Set<number>();
    for (const el of elts) {
      let v = el;
      // types2 indexedElts: keys are checked as indexes (constant, in range, not negative)
      let valid = false;
      if (el.kind === 'KeyValueExpr') {
        const before = this.errors?.count ?? 0;
        const i = this.index(el.key, length);
        if (i >= 0) {
          index = i;
          valid = true;
        } else if ((this.errors?.count ?? 0) === before && this.info.types.get(el.key)) {
          this.errorAt(el, `index ${exprString(el.key)} must be integer constant`);
        }
        v = el.value;
      } else if (length >= 0 && index >= length) {
        this.errorAt(v, `index ${index} is out of bounds (>= ${length})`);
      } else valid = true;
      if (valid) {
        if (seen.has(index)) this.errorAt(el, `duplicate index ${index} in array or slice literal`);
        seen.add(index);
      }
      const x = this.expr(v, elem);
      this.assignment(x, elem, 'array or slice literal');
      index++;
      if (index > max) max = index;
    }
    return max;
  }

  private indexExpr(e: Expr & { kind: 'IndexExpr' }): Operand {
    const x = this.exprOrType(e.x);
    if (x.mode === 'invalid') {
      // the index may be a type argument of an unsupported generic function: no follow-on errors
      this.rawExpr(e.index, undefined, true);
      return this.invalid(e);
    }
    if (x.mode === 'typexpr' || (x.type.kind === 'func' && this.isGenericRef(e.x))) {
      this.unsupported(e.lbrack, 'generics');
      return this.invalid(e);
    }
    const u = underOf(x.type);
    let length = -1;
    let res: Operand | null = null;
    if (isString(x.type)) {
      if (x.mode === 'constant' && x.val?.kind === 'string') length = x.val.v.length;
      res = { mode: 'value', type: this.u.types.byte, val: null, expr: e };
    } else if (u.kind === 'array') {
      length = u.len;
      res = { mode: x.mode === 'variable' ? 'variable' : 'value', type: u.elem, val: null, expr: e };
    } else if (u.kind === 'pointer' && underOf(u.elem).kind === 'array') {
      const a = underOf(u.elem) as { len: number; elem: Type };
      length = a.len;
      res = { mode: 'variable', type: a.elem, val: null, expr: e };
    } else if (u.kind === 'slice') {
      res = { mode: 'variable', type: u.elem, val: null, expr: e };
    } else if (u.kind === 'map') {
      const k = this.expr(e.index, u.key);
      this.assignment(k, u.key, 'map index');
      return { mode: 'mapindex', type: u.elem, val: null, expr: e };
    }
    if (!res) {
      this.expr(e.index);
      this.error(e.lbrack, `invalid operation: cannot index ${this.os(x)}`);
      return this.invalid(e);
    }
    this.index(e.index, length);
    return res;
  }

  private isGenericRef(_e: Expr): boolean {
    return false;
  }

  /** An index value: an integer (constant ones must be in range); go/types index. */
  private index(e: Expr, length: number): number {
    const x = this.expr(e);
    if (x.mode === 'invalid') return -1;
    this.convertUntyped(x, this.u.types.int);
    if (isBad(x)) return -1;
    if (!isInteger(x.type)) {
      this.errorAt(e, `invalid argument: index ${this.os(x)} must be integer`);
      return -1;
    }
    if (x.mode === 'constant' && x.val) {
      const v = constant.toInt(x.val);
      if (v.kind === 'int') {
        if (v.v < 0n) {
          this.errorAt(e, `invalid argument: index ${this.os(x)} must not be negative`);
          return -1;
        }
        if (length >= 0 && v.v >= BigInt(length)) {
          this.errorAt(e, `invalid argument: index ${exprString(e)} out of bounds [0:${length}]`);
          return -1;
        }
        return Number(v.v);
      }
    }
    return -1;
  }

  private sliceExpr(e: Expr & { kind: 'SliceExpr' }): Operand {
    const x = this.expr(e.x);
    const rest = () => {
      for (const i of [e.low, e.high, e.max]) if (i) this.index(i, -1);
    };
    if (x.mode === 'invalid') {
      rest();
      return x;
    }
    const u = underOf(x.type);
    let res: Operand | null = null;
    let length = -1;
    if (isString(x.type)) {
      if (e.slice3) {
        this.errorAt(e.max ?? e.x, `invalid operation: 3-index slice of string`);
        rest();
        return this.invalid(e);
      }
      if (x.mode === 'constant' && x.val?.kind === 'string') length = x.val.v.length;
      res = { mode: 'value', type: isUntyped(x.type) ? this.u.types.string : x.type, val: null, expr: e };
    } else if (u.kind === 'array') {
      if (x.mode !== 'variable') {
        this.errorAt(e.x, `invalid operation: ${this.os(x)} (slice of unaddressable value)`);
        rest();
        return this.invalid(e);
      }
      length = u.len;
      res = { mode: 'value', type: { kind: 'slice', elem: u.elem }, val: null, expr: e };
    } else if (u.kind === 'pointer' && underOf(u.elem).kind === 'array') {
      const a = underOf(u.elem) as { len: number; elem: Type };
      length = a.len;
      res = { mode: 'value', type: { kind: 'slice', elem: a.elem }, val: null, expr: e };
    } else if (u.kind === 'slice') {
      res = { mode: 'value', type: x.type, val: null, expr: e };
    }
    if (!res) {
      this.errorAt(e.x, `invalid operation: cannot slice ${this.os(x)}`);
      rest();
      return this.invalid(e);
    }
    const cap = length >= 0 ? length + 1 : -1;
    const vals: number[] = [];
    for (const i of [e.low, e.high, e.max]) {
      if (!i) continue;
      vals.push(this.index(i, cap));
    }
    // spec "Slice expressions": constant indices must be in range and non-decreasing
    for (let i = 0; i + 1 < vals.length; i++) {
      for (let j = i + 1; j < vals.length; j++) {
        if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
          const list = [e.low, e.high, e.max].filter((q): q is Expr => q !== null);
          this.errorAt(list[j], `invalid slice indices: ${vals[j]} < ${vals[i]}`);
        }
      }
    }
    return res;
  }

  private unary(e: Expr & { kind: 'UnaryExpr' }, hint: Type | undefined): Operand {
    if (e.op === '~') {
      this.unsupported(e.pos, 'generics');
      return this.invalid(e);
    }
    if (e.op === '&') {
      const inner = unparen(e.x);
      if (inner.kind === 'CompositeLit') {
        const h =
          hint && underOf(hint).kind === 'pointer' ? (underOf(hint) as { elem: Type }).elem : undefined;
        const x = this.expr(e.x, h);
        if (x.mode === 'invalid') return x;
        return { mode: 'value', type: { kind: 'pointer', elem: x.type }, val: null, expr: e };
      }
      const x = this.expr(e.x);
      if (x.mode === 'invalid') return x;
      if (x.mode !== 'variable') {
        this.errorAt(e.x, `invalid operation: cannot take address of ${this.os(x)}`);
        return this.invalid(e);
      }
      return { mode: 'value', type: { kind: 'pointer', elem: x.type }, val: null, expr: e };
    }
    const x = this.expr(e.x);
    if (x.mode === 'invalid') return x;
    if (e.op === '<-') {
      const u = underOf(x.type);
      if (u.kind !== 'chan') {
        this.errorAt(e.x, `invalid operation: cannot receive from non-channel ${this.os(x)}`);
        return this.invalid(e);
      }
      if (u.dir === 'send') {
        this.errorAt(e.x, `invalid operation: cannot receive from send-only channel ${this.os(x)}`);
        return this.invalid(e);
      }
      return { mode: 'commaok', type: u.elem, val: null, expr: e };
    }
    // spec "Arithmetic operators", "Logical operators"
    const ok = e.op === '!' ? isBoolean(x.type) : e.op === '^' ? isInteger(x.type) : isNumeric(x.type);
    if (!ok) {
      this.errorAt(e.x, `invalid operation: operator ${e.op} not defined on ${this.os(x)}`);
      return this.invalid(e);
    }
    if (x.mode === 'constant' && x.val) {
      const name = basicName(x.type);
      const bits = isUnsigned(x.type) ? sizeBits(name) : 0;
      const v = constant.unaryOp(e.op as '+' | '-' | '^' | '!', x.val, bits);
      const r: Operand = { mode: 'constant', type: x.type, val: v, expr: e };
      this.overflow(r, e);
      return r;
    }
    return { mode: 'value', type: x.type, val: null, expr: e };
  }

  /** Typed constants must be representable (types2 overflow: "c * 2 (constant 200 of type int8) overflows int8"). */
  private overflow(x: Operand, e: Expr): void {
    if (x.mode !== 'constant' || !x.val) return;
    if (isTyped(x.type)) {
      const name = basicName(x.type);
      const r = representable(x.val, name);
      if (!r.ok) {
        this.errorAt(e, `${this.os(x)} overflows ${this.ts(x.type)}`);
        x.mode = 'invalid';
        return;
      }
      x.val = r.value;
      return;
    }
    // untyped integer constants are limited to 512 bits (cmd/compile: "constant overflow")
    const v = x.val;
    if (v.kind === 'int' && (v.v > 1n << 512n || v.v < -(1n << 512n))) {
      this.errorAt(e, `constant ${x.val.kind === 'int' ? 'multiplication' : ''} overflow`);
      x.mode = 'invalid';
    }
  }

  // ------------------------------------------------------------------------------------------ binary

  private binary(e: Expr & { kind: 'BinaryExpr' }, x: Operand, y: Operand, op: string): Operand {
    if (op === '<<' || op === '>>') return this.shift(e, x, y, op);
    this.matchTypes(x, y);
    if (x.mode === 'invalid' || y.mode === 'invalid') return this.invalid(e);
    if (['==', '!=', '<', '<=', '>', '>='].includes(op)) return this.comparison(x, y, op, e, false);
    if (!identical(x.type, y.type)) {
      if (!isInvalid(x.type) && !isInvalid(y.type)) {
        this.errorAt(
          e.x,
          `invalid operation: ${exprString(e)} (mismatched types ${this.ts(x.type)} and ${this.ts(y.type)})`,
        );
      }
      return this.invalid(e);
    }
    // spec "Arithmetic operators": which operand types each operator accepts
    const t = x.type;
    let ok: boolean;
    switch (op) {
      case '+':
        ok = isNumeric(t) || isString(t);
        break;
      case '-':
      case '*':
      case '/':
        ok = isNumeric(t);
        break;
      case '%':
      case '&':
      case '|':
      case '^':
      case '&^':
        ok = isInteger(t);
        break;
      case '&&':
      case '||':
        ok = isBoolean(t);
        break;
      default:
        ok = false;
    }
    if (!ok) {
      this.errorAt(e.x, `invalid operation: operator ${op} not defined on ${this.os(x)}`);
      return this.invalid(e);
    }
    if (
      (op === '/' || op === '%') &&
      (x.mode === 'constant' || isInteger(x.type)) &&
      y.mode === 'constant' &&
      y.val
    ) {
      const z = y.val;
      const zero =
        (z.kind === 'int' && z.v === 0n) ||
        (z.kind === 'float' && z.v.num === 0n) ||
        (z.kind === 'complex' && z.re.num === 0n && z.im.num === 0n);
      if (zero) {
        this.errorAt(e.y, 'invalid operation: division by zero');
        return this.invalid(e);
      }
    }
    if (x.mode === 'constant' && y.mode === 'constant' && x.val && y.val) {
      const intDiv = isInteger(x.type);
      const v = constant.binaryOp(x.val, op as constant.ConstOp, y.val, intDiv);
      const r: Operand = { mode: 'constant', type: x.type, val: v, expr: e };
      this.overflow(r, e);
      return r;
    }
    return { mode: 'value', type: x.type, val: null, expr: e };
  }

  /** Converts an untyped operand to the other operand's type (go/types matchTypes). */
  private matchTypes(x: Operand, y: Operand): void {
    // types2 (go1.19) matchTypes' mayConvert, rule for rule
    const mayConvert = (a: Operand, b: Operand) => {
      if (isTyped(a.type) && isTyped(b.type)) return false;
      if (isInterface(a.type) || isInterface(b.type)) return true;
      if (isBoolean(a.type) !== isBoolean(b.type)) return false;
      if (isString(a.type) !== isString(b.type)) return false;
      if (isNilType(a.type)) return hasNil(b.type);
      if (isNilType(b.type)) return hasNil(a.type);
      if (underOf(a.type).kind === 'pointer' || underOf(b.type).kind === 'pointer') return false;
      return true;
    };
    if (mayConvert(x, y)) {
      this.convertUntyped(x, y.type);
      if (x.mode === 'invalid') return;
      this.convertUntyped(y, x.type);
    }
  }

  private comparison(x: Operand, y: Operand, op: string, e: Expr, isSwitch: boolean): Operand {
    if (x.mode === 'invalid' || y.mode === 'invalid') return this.invalid(e);
    // spec "Comparison operators"
    let errOp: Operand | null = null;
    let cause = '';
    const ok = this.assignableTo(x, y.type) || this.assignableTo(y, x.type);
    const eq = op === '==' || op === '!=';
    if (!ok) {
      // types2 reports on the second operand: only it reveals the mismatch
      errOp = y;
      cause = `mismatched types ${this.ts(x.type)} and ${this.ts(y.type)}`;
    } else if (eq) {
      if (isNilType(x.type) || isNilType(y.type)) {
        const typ = isNilType(x.type) ? y.type : x.type;
        if (!hasNil(typ)) {
          errOp = y;
          cause = `operator ${op} not defined on ${this.kindString(y.type)}`;
        }
      } else if (!comparable(x.type)) {
        errOp = x;
        cause = this.incomparableCause(x.type);
      } else if (!comparable(y.type)) {
        errOp = y;
        cause = this.incomparableCause(y.type);
      }
    } else if (!isOrdered(x.type)) {
      errOp = x;
      cause = `operator ${op} not defined on ${this.kindString(x.type)}`;
    } else if (!isOrdered(y.type)) {
      errOp = y;
      cause = `operator ${op} not defined on ${this.kindString(y.type)}`;
    }
    if (errOp) {
      if (isSwitch) {
        this.errorAt(
          x.expr ?? e,
          `invalid case ${exprString(x.expr ?? e)} in switch on ${exprString(y.expr ?? e)} (${cause})`,
        );
      } else {
        const be = e.kind === 'BinaryExpr' ? e : null;
        const text = be ? `${exprString(be.x)} ${op} ${exprString(be.y)}` : exprString(e);
        this.errorAt(errOp.expr ?? e, `invalid operation: ${text} (${cause})`);
      }
      return this.invalid(e);
    }
    if (x.mode === 'constant' && y.mode === 'constant' && x.val && y.val) {
      const r = constant.compare(x.val, op as constant.CompareOp, y.val);
      return { mode: 'constant', type: this.u.types['untyped bool'], val: constant.makeBool(!!r), expr: e };
    }
    // the operands keep their (defaulted) types; the result is an untyped boolean
    if (isUntyped(x.type)) this.convertUntyped(x, defaultType(this.u, x.type));
    if (isUntyped(y.type)) this.convertUntyped(y, defaultType(this.u, y.type));
    return { mode: 'value', type: this.u.types['untyped bool'], val: null, expr: e };
  }

  /** types2 kindString. */
  private kindString(t: Type): string {
    const u = underOf(t);
    switch (u.kind) {
      case 'array':
      case 'slice':
      case 'struct':
      case 'pointer':
      case 'interface':
      case 'map':
      case 'chan':
      case 'func':
        return u.kind;
      default:
        return this.ts(t);
    }
  }

  /** types2 incomparableCause. */
  private incomparableCause(t: Type): string {
    const u = underOf(t);
    if (u.kind === 'slice' || u.kind === 'func' || u.kind === 'map') {
      return `${this.kindString(t)} can only be compared to nil`;
    }
    if (u.kind === 'struct') {
      const f = u.fields.find((x) => !comparable(x.type));
      if (f) return `struct containing ${this.ts(f.type)} cannot be compared`;
    }
    return `${this.ts(t)} cannot be compared`;
  }

  private shift(e: Expr & { kind: 'BinaryExpr' }, x: Operand, y: Operand, op: '<<' | '>>'): Operand {
    // spec "Arithmetic operators": the right operand must be of integer type or an untyped constant
    // representable by uint; the left must be an integer (or an untyped constant representable as one)
    if (x.mode === 'constant' && x.val && isUntyped(x.type)) {
      const iv = constant.toInt(x.val);
      if (iv.kind !== 'int') {
        this.errorAt(e.x, `invalid operation: shifted operand ${this.os(x)} must be integer`);
        return this.invalid(e);
      }
    } else if (!isInteger(x.type)) {
      this.errorAt(e.x, `invalid operation: shifted operand ${this.os(x)} must be integer`);
      return this.invalid(e);
    }
    if (y.mode === 'constant' && y.val) {
      const yv = constant.toInt(y.val);
      if (yv.kind !== 'int' || yv.v < 0n) {
        this.errorAt(e.y, `invalid operation: negative shift count ${this.os(y)}`);
        return this.invalid(e);
      }
      if (isUntyped(y.type)) this.convertUntyped(y, this.u.types.uint);
    } else if (isUntyped(y.type)) {
      // types2: an untyped non-constant count converts to uint (go.dev/issue/47410)
      this.convertUntyped(y, this.u.types.uint);
      if (isBad(y)) return this.invalid(e);
    } else if (!isInteger(y.type)) {
      this.errorAt(e.y, `invalid operation: shift count ${this.os(y)} must be integer`);
      return this.invalid(e);
    }
    if (x.mode === 'constant' && x.val) {
      if (y.mode === 'constant' && y.val) {
        const s = constant.toInt(y.val);
        const n = s.kind === 'int' ? Number(s.v) : 0;
        if (n > 10000) {
          this.errorAt(e.y, `invalid shift count ${this.os(y)}`);
          return this.invalid(e);
        }
        let t = x.type;
        if (isUntyped(t) && !isInteger(t)) t = this.u.types['untyped int'];
        const r: Operand = { mode: 'constant', type: t, val: constant.shift(x.val, op, n), expr: e };
        this.overflow(r, e);
        return r;
      }
      // a non-constant shift of an untyped constant: the result is an untyped non-constant value
      // that takes the type its context needs, as the constant would (spec "Arithmetic operators");
      // updateExprType passes the final type down to the shifted constant.
      if (isUntyped(x.type)) return { mode: 'value', type: x.type, val: null, expr: e };
    }
    return { mode: 'value', type: x.type, val: null, expr: e };
  }

  // ------------------------------------------------------------------------------------------ untyped

  /** Converts an untyped operand to type T, reporting as types2's implicitTypeAndValue callers do. */
  private convertUntyped(x: Operand, T: Type): void {
    if (x.mode === 'invalid' || !isUntyped(x.type) || isInvalid(T)) return;
    const r = this.implicitType(x, T);
    if (r.code) {
      // types2 invalidConversion, with the target's underlying type
      const t = this.ts(underOf(T));
      if (r.code === 'overflow' && x.mode === 'constant') {
        this.errorAt(x.expr!, `${this.os(x)} overflows ${t}`);
      } else if (r.code === 'truncated') {
        this.errorAt(x.expr!, `${this.os(x)} truncated to ${t}`);
      } else {
        this.errorAt(x.expr!, `cannot convert ${this.os(x)} to ${t}`);
      }
      x.mode = 'invalid';
      return;
    }
    this.setType(x, r.type, r.val);
  }

  /** Records the final type of an untyped expression (and its untyped operands). */
  private setType(x: Operand, t: Type, val: Value | null): void {
    x.type = t;
    if (val && x.mode === 'constant') x.val = val;
    if (x.expr) this.updateExprType(x.expr, t);
  }

  private updateExprType(e: Expr, t: Type): void {
    const tv = this.untyped.get(e);
    if (!tv) return;
    if (isUntyped(t) && tv.type === t) return;
    this.untyped.delete(e);
    // spec "Arithmetic operators": a non-constant shift's untyped left operand takes the type the
    // context gives the shift, which must be an integer type
    if (
      e.kind === 'BinaryExpr' &&
      (e.op === '<<' || e.op === '>>') &&
      tv.value === null &&
      isTyped(t) &&
      !isInteger(t)
    ) {
      this.errorAt(e, `invalid operation: ${exprString(e)} (shift of type ${this.ts(t)})`);
      return;
    }
    const nt = isUntyped(t)
      ? t
      : tv.type.kind === 'basic' && tv.type.name === 'untyped bool' && !isBoolean(t)
        ? tv.type
        : t;
    tv.type = nt;
    if (tv.value && isTyped(nt)) {
      const r = representable(tv.value, basicName(nt));
      if (r.ok) tv.value = r.value;
    }
    switch (e.kind) {
      case 'ParenExpr':
        this.updateExprType(e.x, t);
        break;
      case 'UnaryExpr':
        if (e.op !== '!' || isBoolean(t)) this.updateExprType(e.x, t);
        break;
      case 'BinaryExpr':
        if (!['==', '!=', '<', '<=', '>', '>='].includes(e.op)) {
          this.updateExprType(e.x, t);
          if (e.op !== '<<' && e.op !== '>>') this.updateExprType(e.y, t);
        }
        break;
      default:
        break;
    }
  }

  private implicitType(
    x: Operand,
    T: Type,
  ): { code: '' | 'overflow' | 'truncated' | 'mismatch'; type: Type; val: Value | null } {
    const ok = (type: Type, val: Value | null = x.val) => ({ code: '' as const, type, val });
    if (isUntyped(T)) {
      // both untyped (binary operations between untyped operands): the larger kind wins
      if (isNilType(x.type) || isNilType(T))
        return isNilType(x.type) && isNilType(T) ? ok(T) : { code: 'mismatch', type: T, val: null };
      if (isNumeric(x.type) && isNumeric(T)) {
        const rank = (t: Type) =>
          ['untyped int', 'untyped rune', 'untyped float', 'untyped complex'].indexOf(basicName(t));
        return ok(rank(T) > rank(x.type) ? T : x.type);
      }
      return basicName(x.type) === basicName(T) ? ok(T) : { code: 'mismatch', type: T, val: null };
    }
    const u = underOf(T);
    if (u.kind === 'basic') {
      if (x.mode === 'constant' && x.val) {
        const name = u.name;
        const numericT = isNumeric(T);
        if (numericT && !isNumeric(x.type)) return { code: 'mismatch', type: T, val: null };
        if (
          !numericT &&
          basicName(defaultType(this.u, x.type)) !== name &&
          !(isString(T) && isString(x.type)) &&
          !(isBoolean(T) && isBoolean(x.type))
        ) {
          return { code: 'mismatch', type: T, val: null };
        }
        const r = representable(x.val, name);
        if (!r.ok) {
          // types2 representable: a non-integer type to an integer type truncates, all else overflows
          if (numericT)
            return {
              code: !isInteger(x.type) && isInteger(T) ? 'truncated' : 'overflow',
              type: T,
              val: null,
            };
          return { code: 'mismatch', type: T, val: null };
        }
        return ok(T, r.value);
      }
      // non-constant untyped values: bool (comparisons) and shifted values
      if (isBoolean(x.type)) return isBoolean(T) ? ok(T) : { code: 'mismatch', type: T, val: null };
      if (isNilType(x.type)) return { code: 'mismatch', type: T, val: null };
      if (isNumeric(x.type) && isNumeric(T)) return ok(T);
      return { code: 'mismatch', type: T, val: null };
    }
    if (u.kind === 'interface') {
      if (isNilType(x.type)) return ok(this.u.types['untyped nil']);
      if (u.methods.length > 0 || u.embedded.length > 0) {
        // only types that implement the interface; the default type does not (no methods)
        return { code: 'mismatch', type: T, val: null };
      }
      return ok(defaultType(this.u, x.type));
    }
    if (isNilType(x.type) && hasNil(T)) return ok(this.u.types['untyped nil']);
    return { code: 'mismatch', type: T, val: null };
  }

  // ------------------------------------------------------------------------------------------ assignability

  /** spec "Assignability". */
  private assignableTo(x: Operand, T: Type, reason?: { s: string }): boolean {
    const V = x.type;
    if (identical(V, T)) return true;
    if (containsInvalid(V) || containsInvalid(T)) return true;
    const Vu = underOf(V);
    const Tu = underOf(T);
    if (isUntyped(V)) {
      if (Tu.kind === 'basic') {
        if (isNilType(V)) return Tu.name === 'unsafe.Pointer';
        if (x.mode === 'constant' && x.val) return this.implicitType(x, T).code === '';
        if (isBoolean(V)) return isBoolean(T);
        return isNumeric(V) && isNumeric(T);
      }
      if (Tu.kind === 'interface')
        return isNilType(V) || (Tu.methods.length === 0 && Tu.embedded.length === 0);
      return isNilType(V) && hasNil(T);
    }
    // identical underlying types and at least one is not a named type
    // spec "Assignability": identical underlying types and at least one of V, T is not a named type
    // (the predeclared types are named)
    if (identical(Vu, Tu) && (!isNamed(V) || !isNamed(T))) return true;
    if (Tu.kind === 'interface') {
      const m = missingMethod(V, Tu, this.pkg.name, this.u.any);
      if (!m) return true;
      if (reason) reason.s = `${this.ts(V)} does not implement ${this.ts(T)} ${m.reason}`;
      return false;
    }
    if (Vu.kind === 'interface' && reason) {
      const m = missingMethod(T, Vu, this.pkg.name, this.u.any);
      if (!m) reason.s = `need type assertion`;
    }
    // channel assignability: a bidirectional channel to a directional one of identical element
    if (Vu.kind === 'chan' && Tu.kind === 'chan' && Vu.dir === 'both' && identical(Vu.elem, Tu.elem)) {
      return !isNamed(V) || !isNamed(T);
    }
    return false;
  }

  /**
   * Checks that x can be assigned to a variable of type T (T null: the blank identifier) and converts
   * untyped x (go/types assignment). Reports types2's messages; returns false on error.
   */
  assignment(x: Operand, T: Type | null, context: string): boolean {
    if (x.mode === 'invalid') return false;
    if (x.mode === 'novalue' || x.mode === 'builtin' || x.mode === 'typexpr') {
      this.singleValue(x);
      return false;
    }
    if (isUntyped(x.type)) {
      let target = T;
      if (isNilType(x.type)) {
        if (T === null) {
          this.errorAt(x.expr!, `use of untyped nil in ${context}`);
          x.mode = 'invalid';
          return false;
        }
      } else if (T === null || isInterface(T)) target = defaultType(this.u, x.type);
      if (target && !isInvalid(target)) {
        const r = this.implicitType(x, target);
        if (r.code) {
          let msg = `cannot use ${this.os(x)} as ${this.ts(target)} value in ${context}`;
          if (r.code === 'truncated') msg += ' (truncated)';
          else if (r.code === 'overflow') msg += ' (overflows)';
          this.errorAt(x.expr!, msg);
          x.mode = 'invalid';
          return false;
        }
        this.setType(x, r.type, r.val);
      }
    }
    if (T === null || isInvalid(T)) return true;
    const reason = { s: '' };
    if (!this.assignableTo(x, T, reason)) {
      const msg = reason.s
        ? `cannot use ${this.os(x)} as type ${this.ts(T)} in ${context}:\n\t${reason.s}`
        : `cannot use ${this.os(x)} as type ${this.ts(T)} in ${context}`;
      this.errorAt(x.expr!, msg);
      x.mode = 'invalid';
      return false;
    }
    return true;
  }

  // ------------------------------------------------------------------------------------------ calls

  private call(e: CallExpr, hint: Type | undefined): Operand {
    const f = this.exprOrType(e.fun);
    if (f.mode === 'invalid') {
      for (const a of e.args) this.rawExpr(a, undefined, false);
      return this.invalid(e);
    }
    if (f.mode === 'typexpr') return this.conversion(e, f.type);
    if (f.mode === 'builtin') return this.builtin(e, f.builtin!, hint);
    const u = underOf(f.type);
    if (u.kind !== 'func') {
      this.errorAt(e.fun, `invalid operation: cannot call non-function ${this.os(f)}`);
      for (const a of e.args) this.rawExpr(a, undefined, false);
      return this.invalid(e);
    }
    const args = this.args(e);
    if (args === null) return this.invalid(e);
    this.arguments(e, u, args);
    if (u.results.length === 0) return { mode: 'novalue', type: invalidType, val: null, expr: e };
    if (u.results.length === 1) return { mode: 'value', type: u.results[0], val: null, expr: e };
    return {
      mode: 'value',
      type: invalidType,
      val: null,
      expr: e,
      tuple: u.results,
      tupleNames: u.resultNames,
    };
  }

  /** Evaluates call arguments; a single multi-value call spreads into several (spec "Calls"). */
  private args(e: CallExpr): Operand[] | null {
    if (e.args.length === 1) {
      const x = this.multiExpr(e.args[0]);
      if (x.mode === 'invalid') return null;
      if (x.tuple)
        return x.tuple.map((t) => ({ mode: 'value' as Mode, type: t, val: null, expr: e.args[0] }));
      return [x];
    }
    const xs = e.args.map((a) => this.expr(a));
    return xs.some((x) => x.mode === 'invalid') ? null : xs;
  }

  private arguments(e: CallExpr, sig: FuncT, args: Operand[]): void {
    const fname = exprString(e.fun);
    const params = sig.params;
    const spread = e.args.length === 1 && args.length > 1;
    if (e.ellipsis >= 0) {
      if (!sig.variadic) {
        this.errorAt(e, `cannot use ... in call to non-variadic ${fname}`);
        return;
      }
      if (spread) {
        this.errorAt(e.args[0], `cannot use ... with ${args.length}-valued ${exprString(e.args[0])}`);
        return;
      }
    }
    let want: Type[] = params;
    if (sig.variadic && e.ellipsis < 0) {
      const fixed = params.slice(0, -1);
      const last = params[params.length - 1] as { elem: Type };
      if (args.length >= fixed.length) {
        want = [...fixed, ...Array.from({ length: args.length - fixed.length }, () => last.elem)];
      }
    }
    if (args.length !== want.length) {
      const have = this.typesSummary(args.map((a) => a.type));
      const w = this.typesSummary(params, sig.variadic);
      if (args.length < want.length) {
        // types2: at the last argument, or at the call without arguments
        const at = e.args.length > 0 ? syntaxStartPos(e.args[e.args.length - 1]) : syntaxStartPos(e);
        this.error(at, `not enough arguments in call to ${fname}\n\thave ${have}\n\twant ${w}`);
      } else {
        const at = spread ? syntaxStartPos(e.args[0]) : syntaxStartPos(e.args[want.length]);
        this.error(at, `too many arguments in call to ${fname}\n\thave ${have}\n\twant ${w}`);
      }
      return;
    }
    args.forEach((a, i) => {
      this.assignment(a, want[i], `argument to ${fname}`);
    });
  }

  /** T(x) (spec "Conversions"). */
  private conversion(e: CallExpr, T: Type): Operand {
    if (e.args.length !== 1) {
      for (const a of e.args) this.expr(a);
      if (e.args.length === 0) this.errorAt(e, `missing argument in conversion to ${this.ts(T)}`);
      else this.errorAt(e.args[e.args.length - 1], `too many arguments in conversion to ${this.ts(T)}`);
      return this.invalid(e);
    }
    const x = this.expr(e.args[0], T);
    if (x.mode === 'invalid') return this.invalid(e);
    const Tu = underOf(T);
    if (x.mode === 'constant' && x.val && isConstType(T)) {
      // constant conversion: the value must be representable (integers), or any string from integers
      let v: Value | null = null;
      if (isString(T) && isInteger(x.type)) {
        const iv = constant.toInt(x.val);
        const cp = iv.kind === 'int' && iv.v >= 0n && iv.v <= 0x10ffffn ? Number(iv.v) : 0xfffd;
        v = constant.makeString(encodeRuneUtf8(cp));
      } else if (isNumeric(T) && isNumeric(x.type)) {
        const r = representable(x.val, (Tu as { name: string }).name);
        if (r.ok) v = r.value;
        else if (isFloat(T) || isComplex(T)) {
          v = null;
        } else if (isInteger(T) && !isInteger(x.type) && constant.toInt(x.val).kind !== 'int') {
          this.errorAt(e.args[0], `cannot convert ${this.os(x)} to type ${this.ts(T)}`);
          return this.invalid(e);
        }
      } else if ((isString(T) && isString(x.type)) || (isBoolean(T) && isBoolean(x.type))) v = x.val;
      if (v === null) {
        if (isTyped(x.type) && isNumeric(x.type) && isNumeric(T)) {
          this.errorAt(e.args[0], `cannot convert ${this.os(x)} to type ${this.ts(T)}`);
        } else this.errorAt(e.args[0], `cannot convert ${this.os(x)} to type ${this.ts(T)}`);
        return this.invalid(e);
      }
      this.setType(x, isUntyped(x.type) ? defaultType(this.u, x.type) : x.type, null);
      return { mode: 'constant', type: T, val: v, expr: e };
    }
    if (!this.convertibleTo(x, T)) {
      this.errorAt(e.args[0], `cannot convert ${this.os(x)} to type ${this.ts(T)}`);
      return this.invalid(e);
    }
    if (isUntyped(x.type)) {
      const target =
        isInterface(T) || isNilType(x.type) ? (isNilType(x.type) ? x.type : defaultType(this.u, x.type)) : T;
      this.setType(x, target, null);
    }
    return { mode: 'value', type: T, val: null, expr: e };
  }

  private convertibleTo(x: Operand, T: Type): boolean {
    if (this.assignableTo(x, T)) return true;
    const V = x.type;
    const Vu = underOf(V);
    const Tu = underOf(T);
    // spec "Conversions": struct tags are ignored when comparing types for conversion
    if (identical(Vu, Tu, [], true)) return true;
    if (
      Vu.kind === 'pointer' &&
      Tu.kind === 'pointer' &&
      identical(underOf(Vu.elem), underOf(Tu.elem), [], true)
    ) {
      return true;
    }
    if (isNumeric(V) && isNumeric(T))
      return (isComplex(V) && isComplex(T)) || (!isComplex(V) && !isComplex(T));
    if (isString(T)) {
      if (isInteger(V)) return true;
      if (Vu.kind === 'slice' && (basicName(Vu.elem) === 'uint8' || basicName(Vu.elem) === 'int32'))
        return true;
    }
    if (
      isString(V) &&
      Tu.kind === 'slice' &&
      (basicName(Tu.elem) === 'uint8' || basicName(Tu.elem) === 'int32')
    )
      return true;
    // Go 1.17: slice to array pointer
    if (Vu.kind === 'slice' && Tu.kind === 'pointer') {
      const a = underOf(Tu.elem);
      if (a.kind === 'array' && identical(a.elem, Vu.elem)) return true;
    }
    return false;
  }

  // ------------------------------------------------------------------------------------------ builtins

  /** Calls of predeclared functions (spec "Built-in functions"; go/types builtins.go). */
  private builtin(e: CallExpr, id: BuiltinId, hint: Type | undefined): Operand {
    const n = e.args.length;
    const name = id;
    const T = this.u.types;
    const notEnough = () => {
      this.errorAt(
        e,
        `invalid operation: not enough arguments for ${exprString(e)} (expected ${minArgs[id]}, found ${n})`,
      );
      return this.invalid(e);
    };
    const tooMany = (max: number) => {
      this.errorAt(
        e,
        `invalid operation: too many arguments for ${exprString(e)} (expected ${max}, found ${n})`,
      );
      return this.invalid(e);
    };
    if (e.ellipsis >= 0 && id !== 'append') {
      this.error(e.ellipsis, `invalid operation: invalid use of ... with built-in ${name}`);
      for (const a of e.args) this.expr(a);
      return this.invalid(e);
    }
    if (
      n === 1 &&
      (id === 'copy' || id === 'complex' || id === 'append' || id === 'delete') &&
      unparen(e.args[0]).kind === 'CallExpr'
    ) {
      // spec "Calls": f(g()) passes g's results as f's arguments, for built-ins too
      const x = this.multiExpr(e.args[0]);
      if (x.mode === 'invalid') return this.invalid(e);
      if (!x.tuple) {
        if (id === 'append') return this.appendRest(e, x, []);
        return notEnough();
      }
      if ((id === 'copy' || id === 'complex') && x.tuple.length !== 2) {
        const found = x.tuple.length;
        const what = found > 2 ? 'too many' : 'not enough';
        this.errorAt(
          e,
          `invalid operation: ${what} arguments for ${exprString(e)} (expected 2, found ${found})`,
        );
        return this.invalid(e);
      }
      if (id === 'append') {
        const rest = x.tuple
          .slice(1)
          .map((t): Operand => ({ mode: 'value', type: t, val: null, expr: e.args[0] }));
        return this.appendRest(e, { ...x, mode: 'value', type: x.tuple[0], tuple: undefined }, rest);
      }
      if (id === 'delete' && x.tuple.length === 2) {
        const mu = underOf(x.tuple[0]);
        if (mu.kind === 'map' && this.assignableTo({ ...x, tuple: undefined, type: x.tuple[1] }, mu.key)) {
          return { mode: 'novalue', type: invalidType, val: null, expr: e };
        }
      }
      if (x.tuple.length === 2) {
        const [a, b] = x.tuple;
        if (id === 'copy') {
          const du = underOf(a);
          const su = underOf(b);
          const selem = su.kind === 'slice' ? su.elem : isString(b) ? T.uint8 : null;
          if (du.kind === 'slice' && selem && identical(du.elem, selem)) {
            return { mode: 'value', type: T.int, val: null, expr: e };
          }
        } else if (identical(a, b) && (basicName(a) === 'float32' || basicName(a) === 'float64')) {
          return {
            mode: 'value',
            type: basicName(a) === 'float32' ? T.complex64 : T.complex128,
            val: null,
            expr: e,
          };
        }
        this.errorAt(e.args[0], `invalid argument: ${this.os(x)} for ${id}`);
        return this.invalid(e);
      }
      return notEnough();
    }
    if (n < minArgs[id]) {
      for (const a of e.args) this.rawExpr(a, undefined, true);
      return notEnough();
    }
    const max = maxArgs[id];
    if (max >= 0 && n > max && id !== 'make') {
      for (const a of e.args) this.rawExpr(a, undefined, true);
      return tooMany(max);
    }
    switch (id) {
      case 'len':
      case 'cap': {
        const x = this.expr(e.args[0]);
        if (x.mode === 'invalid') return x;
        let u = underOf(x.type);
        if (u.kind === 'pointer' && underOf(u.elem).kind === 'array') u = underOf(u.elem);
        let ok = false;
        let val: Value | null = null;
        if (isString(x.type) && id === 'len') {
          ok = true;
          if (x.mode === 'constant' && x.val?.kind === 'string') val = constant.makeInt(x.val.v.length);
          if (isUntyped(x.type)) this.convertUntyped(x, T.string);
        } else if (u.kind === 'array') {
          ok = true;
          if (!this.hasCallOrRecv(e.args[0])) val = constant.makeInt(u.len);
        } else if (u.kind === 'slice' || u.kind === 'chan') ok = true;
        else if (u.kind === 'map' && id === 'len') ok = true;
        if (!ok) {
          this.errorAt(e.args[0], `invalid argument: ${this.os(x)} for ${id}`);
          return this.invalid(e);
        }
        return val
          ? { mode: 'constant', type: T.int, val, expr: e }
          : { mode: 'value', type: T.int, val: null, expr: e };
      }
      case 'append': {
        const s = this.expr(e.args[0], hint);
        if (s.mode === 'invalid') {
          for (const a of e.args.slice(1)) this.expr(a);
          return s;
        }
        const su = underOf(s.type);
        if (isNilType(s.type)) {
          this.errorAt(e.args[0], 'first argument to append must be a slice; have untyped nil');
          for (const a of e.args.slice(1)) this.expr(a);
          return this.invalid(e);
        }
        if (su.kind !== 'slice') {
          this.errorAt(e.args[0], `first argument to append must be a slice; have ${this.os(s)}`);
          for (const a of e.args.slice(1)) this.expr(a);
          return this.invalid(e);
        }
        if (e.ellipsis >= 0) {
          if (n !== 2) {
            // checked as a call of func([]T, ...T)
            const rest = e.args.slice(1).map((a) => this.expr(a));
            const have = this.typesSummary([s.type, ...rest.map((r) => r.type)]);
            const want = this.typesSummary([s.type, s.type], true);
            if (n < 2)
              this.errorAt(
                e.args[n - 1],
                `not enough arguments in call to append\n\thave ${have}\n\twant ${want}`,
              );
            else
              this.errorAt(e.args[2], `too many arguments in call to append\n\thave ${have}\n\twant ${want}`);
            return this.invalid(e);
          }
          const y = this.expr(e.args[1], s.type);
          if (y.mode === 'invalid') return this.invalid(e);
          // append([]byte, string...) is allowed (spec "Appending to and copying slices")
          if (basicName(su.elem) === 'uint8' && isString(y.type)) {
            if (isUntyped(y.type)) this.convertUntyped(y, T.string);
            return { mode: 'value', type: s.type, val: null, expr: e };
          }
          this.assignment(y, { kind: 'slice', elem: su.elem }, `argument to append`);
          return { mode: 'value', type: s.type, val: null, expr: e };
        }
        for (const a of e.args.slice(1)) {
          const y = this.expr(a, su.elem);
          this.assignment(y, su.elem, 'argument to append');
        }
        return { mode: 'value', type: s.type, val: null, expr: e };
      }
      case 'make': {
        const t = this.typExpr(e.args[0]);
        if (isInvalid(t)) {
          for (const a of e.args.slice(1)) this.expr(a);
          return this.invalid(e);
        }
        const u = underOf(t);
        let min = 1;
        if (u.kind === 'slice') min = 2;
        else if (u.kind !== 'map' && u.kind !== 'chan') {
          this.errorAt(
            e.args[0],
            `invalid argument: cannot make ${exprString(e.args[0])}; type must be slice, map, or channel`,
          );
          for (const a of e.args.slice(1)) this.expr(a);
          return this.invalid(e);
        }
        if (n < min || n > min + (u.kind === 'slice' ? 1 : 1)) {
          for (const a of e.args.slice(1)) this.expr(a);
          if (n < min) {
            this.errorAt(
              e,
              `invalid operation: ${exprString(e)} expects ${min} or ${min + 1} arguments; found ${n}`,
            );
          } else {
            this.errorAt(
              e,
              `invalid operation: ${exprString(e)} expects ${min} or ${min + 1} arguments; found ${n}`,
            );
          }
          return this.invalid(e);
        }
        const sizes: number[] = [];
        for (const a of e.args.slice(1)) {
          const x = this.expr(a);
          if (x.mode === 'invalid') continue;
          // types2 index(): untyped values convert to int; typed ones must be integers
          if (isUntyped(x.type)) this.convertUntyped(x, T.int);
          if (isBad(x)) continue;
          if (!isInteger(x.type)) {
            this.errorAt(a, `invalid argument: index ${this.os(x)} must be integer`);
            continue;
          }
          if (x.mode === 'constant' && x.val) {
            const v = constant.toInt(x.val);
            if (v.kind === 'int') {
              if (v.v < 0n) this.errorAt(a, `invalid argument: index ${this.os(x)} must not be negative`);
              else if (v.v >= 1n << 63n)
                this.errorAt(a, `invalid argument: index ${this.os(x)} overflows int`);
              else sizes.push(Number(v.v));
            }
          }
        }
        if (sizes.length === 2 && sizes[0] > sizes[1]) {
          this.errorAt(e.args[1], `invalid argument: length and capacity swapped`);
        }
        return { mode: 'value', type: t, val: null, expr: e };
      }
      case 'new': {
        const t = this.typExpr(e.args[0]);
        if (isInvalid(t)) return this.invalid(e);
        return { mode: 'value', type: { kind: 'pointer', elem: t }, val: null, expr: e };
      }
      case 'copy': {
        const d = this.expr(e.args[0]);
        const s = this.expr(e.args[1]);
        if (d.mode === 'invalid' || s.mode === 'invalid') return this.invalid(e);
        const du = underOf(d.type);
        const su = underOf(s.type);
        const selem = su.kind === 'slice' ? su.elem : isString(s.type) ? T.byte : null;
        if (du.kind !== 'slice' || selem === null) {
          this.errorAt(
            e.args[0],
            `invalid argument: copy expects slice arguments; found ${this.os(d)} and ${this.os(s)}`,
          );
          return this.invalid(e);
        }
        if (!identical(du.elem, selem)) {
          this.errorAt(
            e.args[0],
            `invalid argument: arguments to copy ${this.os(d)} and ${this.os(s)} have different element types ${this.ts(du.elem)} and ${this.ts(selem)}`,
          );
          return this.invalid(e);
        }
        if (isUntyped(s.type)) this.convertUntyped(s, T.string);
        return { mode: 'value', type: T.int, val: null, expr: e };
      }
      case 'delete': {
        const m = this.expr(e.args[0]);
        const k = this.expr(e.args[1]);
        if (m.mode === 'invalid' || k.mode === 'invalid') return this.invalid(e);
        const mu = underOf(m.type);
        if (mu.kind !== 'map') {
          this.errorAt(e.args[0], `invalid argument: ${this.os(m)} is not a map`);
          return this.invalid(e);
        }
        this.assignment(k, mu.key, 'argument to delete');
        return { mode: 'novalue', type: invalidType, val: null, expr: e };
      }
      case 'close': {
        const c = this.expr(e.args[0]);
        if (c.mode === 'invalid') return c;
        const cu = underOf(c.type);
        if (cu.kind !== 'chan') {
          this.errorAt(e.args[0], `invalid operation: cannot close non-channel ${this.os(c)}`);
          return this.invalid(e);
        }
        if (cu.dir === 'recv') {
          this.errorAt(e.args[0], `invalid operation: cannot close receive-only channel ${this.os(c)}`);
          return this.invalid(e);
        }
        return { mode: 'novalue', type: invalidType, val: null, expr: e };
      }
      case 'panic': {
        const x = this.expr(e.args[0], this.u.any);
        this.assignment(x, this.u.any, 'argument to panic');
        return { mode: 'novalue', type: invalidType, val: null, expr: e };
      }
      case 'print':
      case 'println': {
        if (n === 1) {
          const x = this.multiExpr(e.args[0]);
          if (x.tuple) return { mode: 'novalue', type: invalidType, val: null, expr: e };
          if (x.mode !== 'invalid') this.assignment(x, null, `argument to built-in ${id}`);
          return { mode: 'novalue', type: invalidType, val: null, expr: e };
        }
        for (const a of e.args) {
          const x = this.expr(a);
          this.assignment(x, null, `argument to built-in ${id}`);
        }
        return { mode: 'novalue', type: invalidType, val: null, expr: e };
      }
      case 'recover':
        return { mode: 'value', type: this.u.any, val: null, expr: e };
      case 'complex': {
        const x = this.expr(e.args[0]);
        const y = this.expr(e.args[1]);
        if (x.mode === 'invalid' || y.mode === 'invalid') return this.invalid(e);
        this.matchTypes(x, y);
        if (isBad(x) || isBad(y)) return this.invalid(e);
        if (!identical(x.type, y.type)) {
          this.errorAt(
            e.args[0],
            `invalid operation: ${exprString(e)} (mismatched types ${this.ts(x.type)} and ${this.ts(y.type)})`,
          );
          return this.invalid(e);
        }
        if (x.mode === 'constant' && y.mode === 'constant' && x.val && y.val && isUntyped(x.type)) {
          const re = x.val.kind === 'int' ? constant.rat(x.val.v) : x.val.kind === 'float' ? x.val.v : null;
          const im = y.val.kind === 'int' ? constant.rat(y.val.v) : y.val.kind === 'float' ? y.val.v : null;
          if (re && im)
            return {
              mode: 'constant',
              type: T['untyped complex'],
              val: { kind: 'complex', re, im },
              expr: e,
            };
        }
        const bn = basicName(x.type);
        if (bn !== 'float32' && bn !== 'float64' && !isUntyped(x.type)) {
          this.errorAt(
            e.args[0],
            `invalid argument: arguments have type ${this.ts(x.type)}, expected floating-point`,
          );
          return this.invalid(e);
        }
        return { mode: 'value', type: bn === 'float32' ? T.complex64 : T.complex128, val: null, expr: e };
      }
      case 'real':
      case 'imag': {
        const x = this.expr(e.args[0]);
        if (x.mode === 'invalid') return x;
        if (x.mode === 'constant' && isUntyped(x.type) && x.val) {
          const c = x.val;
          const part =
            c.kind === 'complex'
              ? id === 'real'
                ? c.re
                : c.im
              : id === 'real'
                ? c.kind === 'int'
                  ? constant.rat(c.v)
                  : c.kind === 'float'
                    ? c.v
                    : null
                : constant.rat(0n);
          if (part)
            return { mode: 'constant', type: T['untyped float'], val: { kind: 'float', v: part }, expr: e };
        }
        const bn = basicName(x.type);
        if (bn !== 'complex64' && bn !== 'complex128') {
          this.errorAt(
            e.args[0],
            `invalid argument: argument has type ${this.ts(x.type)}, expected complex type`,
          );
          return this.invalid(e);
        }
        return { mode: 'value', type: bn === 'complex64' ? T.float32 : T.float64, val: null, expr: e };
      }
    }
  }

  /** append(s, rest...) with already evaluated operands (the spread form append(f())). */
  private appendRest(e: CallExpr, s: Operand, rest: Operand[]): Operand {
    const su = underOf(s.type);
    if (su.kind !== 'slice') {
      this.errorAt(e.args[0], `first argument to append must be a slice; have ${this.os(s)}`);
      return this.invalid(e);
    }
    for (const y of rest) this.assignment(y, su.elem, 'argument to append');
    return { mode: 'value', type: s.type, val: null, expr: e };
  }

  private hasCallOrRecv(e: Expr): boolean {
    let found = false;
    const visit = (x: Expr | null): void => {
      if (!x || found) return;
      switch (x.kind) {
        case 'CallExpr':
          if (this.info.types.get(x.fun)?.mode !== 'typexpr') found = true;
          else x.args.forEach(visit);
          return;
        case 'UnaryExpr':
          if (x.op === '<-') found = true;
          else visit(x.x);
          return;
        case 'ParenExpr':
        case 'StarExpr':
          visit(x.x);
          return;
        case 'SelectorExpr':
          visit(x.x);
          return;
        case 'IndexExpr':
          visit(x.x);
          visit(x.index);
          return;
        case 'BinaryExpr':
          visit(x.x);
          visit(x.y);
          return;
        case 'CompositeLit':
          x.elts.forEach(visit);
          return;
        case 'KeyValueExpr':
          visit(x.key);
          visit(x.value);
          return;
        default:
          return;
      }
    };
    visit(e);
    return found;
  }
}

/** Values at or above 2^128 - 2^103 (max float32 + half an ulp) round to float32 infinity. */
const float32Limit = (1n << 128n) - (1n << 103n);

/**
 * constant.representable, with float32 decided on the exact value: a double-rounded comparison would
 * reject values just below the rounding threshold (Go: roundFloat32 of the exact constant).
 */
function representable(x: Value, t: string): { ok: boolean; value: Value } {
  const below = (r: constant.Rat) => (r.num < 0n ? -r.num : r.num) < float32Limit * r.den;
  const ratOf = (v: Value): constant.Rat | null =>
    v.kind === 'int' ? constant.rat(v.v) : v.kind === 'float' ? v.v : null;
  if (t === 'float32' || t === 'float64') {
    const r = ratOf(x);
    if (r) {
      const f = t === 'float32' ? Math.fround(constant.ratToFloat64(r)) : constant.ratToFloat64(r);
      // a value that rounds to zero becomes zero (a divisor that underflows divides by zero)
      const value: Value = f === 0 ? { kind: 'float', v: constant.rat(0n) } : x;
      if (t === 'float32') return { ok: below(r), value };
      if (Number.isFinite(f)) return { ok: true, value };
    }
  }
  if (t === 'complex64' && x.kind === 'complex') return { ok: below(x.re) && below(x.im), value: x };
  // go/constant keeps an integer or float value's kind when it is representable as a complex
  if ((t === 'complex64' || t === 'complex128') && x.kind !== 'complex') {
    const r = ratOf(x);
    if (r) return { ok: t === 'complex128' ? Number.isFinite(constant.ratToFloat64(r)) : below(r), value: x };
  }
  return constant.representable(x, t);
}

/** The identifier names used anywhere in some syntax trees. */
function namesIn(roots: Node[]): Set<string> {
  const out = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const n = v as { kind?: unknown; name?: unknown };
    if (n.kind === 'Ident' && typeof n.name === 'string') out.add(n.name);
    for (const x of Object.values(v)) visit(x);
  };
  visit(roots);
  return out;
}

/** Named types: defined types and the predeclared ones (spec "Types"). */
function isNamed(t: Type): boolean {
  return t.kind === 'named' || t.kind === 'basic';
}

/** Whether an operand became invalid (a helper that defeats TypeScript's narrowing across mutation). */
function isBad(x: Operand): boolean {
  return x.mode === 'invalid';
}

const minArgs: Record<BuiltinId, number> = {
  append: 1,
  cap: 1,
  close: 1,
  complex: 2,
  copy: 2,
  delete: 2,
  imag: 1,
  len: 1,
  make: 1,
  new: 1,
  panic: 1,
  print: 0,
  println: 0,
  real: 1,
  recover: 0,
};
const maxArgs: Record<BuiltinId, number> = {
  append: -1,
  cap: 1,
  close: 1,
  complex: 2,
  copy: 2,
  delete: 2,
  imag: 1,
  len: 1,
  make: 3,
  new: 1,
  panic: 1,
  print: -1,
  println: -1,
  real: 1,
  recover: 0,
};

function sizeBits(name: string): number {
  const m = /(\d+)$/.exec(name);
  if (m) return Number(m[1]);
  return name === 'uint' || name === 'uintptr' ? 64 : 0;
}

function encodeRuneUtf8(cp: number): string {
  return encodeRune(cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp);
}

/** Whether a break refers to the enclosing statement (spec "Terminating statements"). */
function hasBreak(s: Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case 'BranchStmt':
      return (
        s.tok === 'break' && ((s.label === null && implicit) || (s.label !== null && s.label.name === label))
      );
    case 'BlockStmt':
      return hasBreakList(s.list, label, implicit);
    case 'IfStmt':
      return hasBreak(s.body, label, implicit) || (s.else !== null && hasBreak(s.else, label, implicit));
    case 'LabeledStmt':
      return hasBreak(s.stmt, label, implicit);
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
      return label !== '' && s.clauses.some((c) => hasBreakList(c.body, label, false));
    case 'SelectStmt':
      return label !== '' && s.clauses.some((c) => hasBreakList(c.body, label, false));
    case 'ForStmt':
    case 'RangeStmt':
      return label !== '' && hasBreak(s.body, label, false);
    default:
      return false;
  }
}

function hasBreakList(list: Stmt[], label: string, implicit: boolean): boolean {
  return list.some((s) => hasBreak(s, label, implicit));
}
