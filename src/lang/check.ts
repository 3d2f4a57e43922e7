// The type checker of the dialect (first slice): see check/checker.ts and ARCHITECTURE.md
// "Type checker (first slice)".
//
//   check(file, errors) → Info          checks a parsed file of package main, reporting into errors
//   checkFile(filename, src) → result   parses and checks; diagnostics in `go build` order

import { type File, positionFor } from './ast.ts';
import { Checker, Context, type Info, newInfo } from './check/checker.ts';
import { makeUniverse, Scope } from './check/objects.ts';
import { type Diagnostic, Errors } from './errors.ts';
import { goListHeaderError } from './golist.ts';
import { Parser } from './parser.ts';

export { Checker, Context, type Info, newInfo, type Selection, type TypeAndValue } from './check/checker.ts';
export { type BuiltinId, Obj, type ObjectKind, type Package, Scope, type Universe } from './check/objects.ts';
export { type Mode, type Operand, operandString, valueString } from './check/operand.ts';
export { importablePackages } from './check/stdlib.ts';
export { typeStr } from './check/typeutil.ts';

/**
 * Type-checks one file of package main (go/types Checker.Files with types2's compiler messages),
 * reporting into `errors` (the compiler's reporting rules and error limit apply across parsing and
 * checking). Returns what the code generator needs: types, objects, selections and signatures.
 */
export function check(file: File, errors: Errors): Info {
  const ctx = new Context(makeUniverse());
  const info = newInfo();
  const pkg = { path: 'main', name: file.name.name, scope: new Scope(ctx.universe.scope, 'package') };
  if (file.name.name !== 'main') {
    // heaplab runs programs: one file of package main
    const p = positionFor(file, file.name.pos);
    errors.errorAt(
      file.name.pos,
      p.line,
      p.col,
      `heaplab does not support package ${file.name.name} (only package main)`,
    );
  }
  new Checker(ctx, pkg, file, errors, info).checkPackage();
  return info;
}

export interface CheckResult {
  file: File | null;
  /** null when checking did not run (a header or syntax error stopped the build first). */
  info: Info | null;
  /** What `go build` prints for this file, in its order. */
  diagnostics: Diagnostic[];
}

/** Parses and type-checks one Go source file; syntax errors stop before type checking, as in Go. */
export function checkFile(filename: string, src: string): CheckResult {
  const errors = new Errors();
  let file: File | null = null;
  try {
    file = new Parser(filename, src, (offset, line, col, msg) =>
      errors.errorAt(offset, line, col, msg),
    ).parseFile();
  } catch (e) {
    // as index.ts's parse: the parser bounds its nesting; this is a last resort for a tiny host stack
    if (!(e instanceof RangeError)) throw e;
    errors.errorAt(0, 1, 1, 'syntax error: nesting too deep');
  }
  const header = goListHeaderError(src);
  if (header !== null) return { file, info: null, diagnostics: [header] };
  if (file === null || errors.syntaxErrors > 0 || errors.stopped) {
    return { file, info: null, diagnostics: errors.flush() };
  }
  const info = check(file, errors);
  return { file, info, diagnostics: errors.flush() };
}
