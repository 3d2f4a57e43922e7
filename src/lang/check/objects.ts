// Objects, scopes and the universe of the type checker (go/types object.go, scope.go, universe.go).

import type { Node, Pos } from '../ast.ts';
import type { Value } from '../constant.ts';
import type { Field, Method, Type } from '../types.ts';

export type ObjectKind = 'Const' | 'TypeName' | 'Var' | 'Func' | 'Builtin' | 'PkgName' | 'Nil';

export type BuiltinId =
  | 'append'
  | 'cap'
  | 'close'
  | 'complex'
  | 'copy'
  | 'delete'
  | 'imag'
  | 'len'
  | 'make'
  | 'new'
  | 'panic'
  | 'print'
  | 'println'
  | 'real'
  | 'recover';

/** A named language entity (go/types Object). */
export class Obj {
  /** Whether the object was used (variables and imported packages; "declared but not used"). */
  used = false;
  /** Constant value (Const). */
  val: Value | null = null;
  /** The scope the object is declared in (null for fields and methods). */
  parent: Scope | null = null;
  /** Builtin id (Builtin). */
  builtin: BuiltinId | null = null;
  /** The imported package (PkgName). */
  imported: Package | null = null;
  /** The declaring node: a ValueSpec, TypeSpec, FuncDecl, Field, ImportSpec or assignment, or null. */
  decl: Node | null = null;
  /** A struct field (Var) or a method (Func). */
  isField = false;
  /** A method's receiver base type (Func). */
  recv: Type | null = null;
  constructor(
    readonly kind: ObjectKind,
    readonly name: string,
    readonly pos: Pos,
    public type: Type | null,
    /** The package name ('' for the universe). */
    readonly pkg: string,
  ) {}
}

/** A lexical block (go/types Scope). */
export class Scope {
  readonly names = new Map<string, Obj>();
  readonly children: Scope[] = [];
  constructor(
    readonly parent: Scope | null,
    readonly kind: 'universe' | 'package' | 'file' | 'func' | 'block',
  ) {
    parent?.children.push(this);
  }
  lookup(name: string): Obj | null {
    return this.names.get(name) ?? null;
  }
  /** LookupParent: the innermost scope declaring name at or before `pos` (all of them when pos < 0). */
  lookupParent(name: string): Obj | null {
    for (let s: Scope | null = this; s; s = s.parent) {
      const o = s.names.get(name);
      if (o) return o;
    }
    return null;
  }
  /** Inserts obj unless the name exists; returns the existing object then. */
  insert(obj: Obj): Obj | null {
    const old = this.names.get(obj.name);
    if (old) return old;
    this.names.set(obj.name, obj);
    if (!obj.isField) obj.parent = this;
    return null;
  }
}

/** A checked package (main or one of the modelled std packages). */
export interface Package {
  path: string;
  name: string;
  scope: Scope;
}

export const invalidType: Type = { kind: 'basic', name: 'invalid type' };

export interface Universe {
  scope: Scope;
  types: Record<string, Type>;
  /** The predeclared `error` (a named interface without package). */
  error: Type;
  /** The empty interface `any` denotes. */
  any: Type;
  /** The predeclared `comparable` (rejected: generics). */
  comparable: Type;
  /** Method objects of every named type: named type → method name → Func. */
  methods: Map<Type, Map<string, Obj>>;
  /** The TypeName of every named type. */
  typeNames: Map<Type, Obj>;
  /** Field objects of struct types (for Info.uses and selections). */
  fields: Map<Field, Obj>;
  /** Method objects of interface methods. */
  ifaceMethods: Map<Method, Obj>;
}

const basicNames = [
  'bool',
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
  'float32',
  'float64',
  'complex64',
  'complex128',
  'string',
] as const;

const builtinIds: BuiltinId[] = [
  'append',
  'cap',
  'close',
  'complex',
  'copy',
  'delete',
  'imag',
  'len',
  'make',
  'new',
  'panic',
  'print',
  'println',
  'real',
  'recover',
];

/** The universe scope (spec "Predeclared identifiers"); one per Checker context, never shared. */
export function makeUniverse(): Universe {
  const scope = new Scope(null, 'universe');
  const types: Record<string, Type> = {};
  const typeNames = new Map<Type, Obj>();
  for (const n of basicNames) {
    types[n] = { kind: 'basic', name: n };
  }
  types.byte = { kind: 'basic', name: 'uint8', alias: 'byte' };
  types.rune = { kind: 'basic', name: 'int32', alias: 'rune' };
  for (const n of [...basicNames, 'byte', 'rune']) {
    scope.insert(new Obj('TypeName', n, -1, types[n], ''));
  }
  for (const n of [
    'untyped bool',
    'untyped int',
    'untyped rune',
    'untyped float',
    'untyped complex',
    'untyped string',
    'untyped nil',
  ] as const) {
    types[n] = { kind: 'basic', name: n };
  }
  const errorMethod: Method = {
    name: 'Error',
    type: { kind: 'func', params: [], results: [types.string], variadic: false },
  };
  const error: Type = {
    kind: 'named',
    pkg: '',
    name: 'error',
    underlying: { kind: 'interface', methods: [errorMethod], embedded: [] },
    methods: [],
  };
  const errObj = new Obj('TypeName', 'error', -1, error, '');
  scope.insert(errObj);
  typeNames.set(error, errObj);
  const any: Type = { kind: 'interface', methods: [], embedded: [] };
  scope.insert(new Obj('TypeName', 'any', -1, any, ''));
  const comparable: Type = {
    kind: 'named',
    pkg: '',
    name: 'comparable',
    underlying: { kind: 'interface', methods: [], embedded: [] },
    methods: [],
  };
  scope.insert(new Obj('TypeName', 'comparable', -1, comparable, ''));
  const t = new Obj('Const', 'true', -1, types['untyped bool'], '');
  t.val = { kind: 'bool', v: true };
  const f = new Obj('Const', 'false', -1, types['untyped bool'], '');
  f.val = { kind: 'bool', v: false };
  const iota = new Obj('Const', 'iota', -1, types['untyped int'], '');
  iota.val = { kind: 'int', v: 0n };
  scope.insert(t);
  scope.insert(f);
  scope.insert(iota);
  scope.insert(new Obj('Nil', 'nil', -1, types['untyped nil'], ''));
  for (const id of builtinIds) {
    const b = new Obj('Builtin', id, -1, invalidType, '');
    b.builtin = id;
    scope.insert(b);
  }
  const ifaceMethods = new Map<Method, Obj>();
  const em = new Obj('Func', 'Error', -1, errorMethod.type, '');
  em.isField = true;
  ifaceMethods.set(errorMethod, em);
  return {
    scope,
    types,
    error,
    any,
    comparable,
    methods: new Map(),
    typeNames,
    fields: new Map(),
    ifaceMethods,
  };
}
