// The Go front end of heaplab: scanner, parser and syntax tree for a Go 1.19 source file, with the
// diagnostics `go build` prints for it (before type checking).
//
//   parseFile(filename, src) → { file, diagnostics, typecheck }
//
// Diagnostics come from two stages, as with the go tool:
//   1. the go command's header check (golist.ts): a broken package clause or import list is reported
//      with go/parser's wording and stops there;
//   2. cmd/compile's parser: lexical errors, "syntax error: ..." messages and the label/branch checks,
//      filtered and sorted by the compiler's reporting rules (errors.ts).
// `typecheck` says whether Go would go on to type-check the file: it does unless there was a header error
// or a syntax error (lexical and branch errors do not stop it).

import type { File } from './ast.ts';
import { type Diagnostic, Errors } from './errors.ts';
import { goListHeaderError } from './golist.ts';
import { Parser, type ParserOptions } from './parser.ts';

export type * from './ast.ts';
export {
  constSpecSources,
  NoPos,
  positionAt,
  positionFor,
  syntaxPos,
  syntaxStartPos,
  unparen,
} from './ast.ts';
export {
  type BuiltinId,
  Checker,
  type CheckResult,
  Context,
  check,
  checkFile,
  type Info,
  importablePackages,
  type Mode,
  Obj,
  type ObjectKind,
  type Operand,
  type Package,
  Scope,
  type Selection,
  type TypeAndValue,
  typeStr,
} from './check.ts';
export {
  DirectiveHandler,
  funcPragmas,
  type Linkname,
  type Pragma,
  PragmaFlag,
  pragmaFlag,
  typePragmas,
} from './directives.ts';
export { dumpNode } from './dump.ts';
export { type Diagnostic, Errors, formatDiagnostic, maxErrors } from './errors.ts';
export { analyzeEscapes, type EscapeMessage, type EscapeResult } from './escape.ts';
export { goListHeaderError } from './golist.ts';
export { Parser, type ParserOptions } from './parser.ts';
export { exprListString, exprString, signatureString, stmtString } from './printer.ts';
export { type Comment, formatRuneU, quoteRune, Scanner, scanTokens, utf8ByteLength } from './scanner.ts';
export { Token, tokenString } from './token.ts';

export interface ParseResult {
  /** The syntax tree; null when the package clause itself is broken (the compiler gives up). */
  file: File | null;
  /** What `go build` prints for this file before type checking, in its order. */
  diagnostics: Diagnostic[];
  /** Whether Go would go on to type-check: no header error, no syntax error, error limit not reached. */
  typecheck: boolean;
}

/**
 * Parses a compiler-stage file into `errors` (the compiler's reporting rules apply; call errors.flush()
 * for the printed diagnostics). Lets the type checker continue reporting into the same Errors value.
 */
export function parse(
  filename: string,
  src: string,
  errors: Errors,
  options: ParserOptions = {},
): File | null {
  const p = new Parser(
    filename,
    src,
    (offset, line, col, msg) => errors.errorAt(offset, line, col, msg),
    options,
  );
  try {
    return p.parseFile();
  } catch (e) {
    // The parser bounds its nesting, so this is only a last resort for a host with a very small stack.
    if (!(e instanceof RangeError)) throw e;
    errors.errorAt(0, 1, 1, 'syntax error: nesting too deep');
    return null;
  }
}

/** Parses one Go source file and returns its tree and the diagnostics the go tool would print. */
export function parseFile(filename: string, src: string, options: ParserOptions = {}): ParseResult {
  const errors = new Errors();
  const file = parse(filename, src, errors, options);
  const header = goListHeaderError(src);
  if (header !== null) return { file, diagnostics: [header], typecheck: false };
  return {
    file,
    diagnostics: errors.flush(),
    typecheck: file !== null && errors.syntaxErrors === 0 && !errors.stopped,
  };
}
