// Escape analysis (src/lang/escape.ts) against real Go 1.19: every program under
// testdata/escape/<case>/main.go has a golden expected.txt with the escape-analysis lines of
// `go build -gcflags=-m` (regenerate with `npm run update:goldens escape`). Messages must match
// exactly, line for line and in order, except for the cases in `knownDifferences`, whose specific
// differences are asserted so that a change of behaviour is noticed either way.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CallExpr, CompositeLit, File, FuncLit, Node, UnaryExpr } from '../../src/lang/ast.ts';
import { positionFor } from '../../src/lang/ast.ts';
import { checkFile, type Info } from '../../src/lang/check.ts';
import { analyzeEscapeDetails, analyzeEscapes, type EscapeResult } from '../../src/lang/escape.ts';

const dir = join(import.meta.dirname, 'testdata', 'escape');
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function analyze(name: string): { file: File; info: Info; result: EscapeResult; lines: string[] } {
  const src = readFileSync(join(dir, name, 'main.go'), 'utf8');
  const r = checkFile('main.go', src);
  assert.deepEqual(r.diagnostics, [], `${name}: the program must type-check`);
  assert.ok(r.file && r.info);
  const result = analyzeEscapes(r.file, r.info);
  const file = r.file;
  const lines = result.messages.map((m) => {
    const p = positionFor(file, m.pos);
    return `./main.go:${p.line}:${p.col}: ${m.text}`;
  });
  return { file, info: r.info, result, lines };
}

function golden(name: string): string[] {
  const text = readFileSync(join(dir, name, 'expected.txt'), 'utf8');
  return text.split('\n').filter((l) => l !== '');
}

/**
 * Cases where heaplab deliberately differs from Go, with the lines only Go prints and the lines only
 * heaplab prints (everything else must still match, in order).
 */
const knownDifferences: Record<string, { reason: string; onlyGo: string[]; onlyHeaplab: string[] }> = {
  stddevirt: {
    reason:
      'Go devirtualizes err.Error() after inlining errors.New (the static value is an *errors.errorString); ' +
      'standard-library bodies are summaries here, so the call stays an interface call and the error escapes',
    onlyGo: ['./main.go:12:19: &errors.errorString{...} does not escape'],
    onlyHeaplab: ['./main.go:12:19: &errors.errorString{...} escapes to heap'],
  },
};

describe('escape analysis vs go build -gcflags=-m (Go 1.19)', () => {
  it('has at least 25 cases and an index listing exactly them', () => {
    assert.ok(cases.length >= 25, `only ${cases.length} cases`);
    const index = readFileSync(join(dir, 'index.txt'), 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split(' ')[0]);
    assert.deepEqual(index, cases, 'regenerate with `npm run update:goldens escape`');
  });

  for (const name of cases) {
    const known = knownDifferences[name];
    it(`${name}${known ? ' (known difference)' : ''}`, () => {
      const { lines } = analyze(name);
      const want = golden(name);
      if (!known) {
        assert.deepEqual(lines, want);
        return;
      }
      const onlyGo = want.filter((l) => !lines.includes(l));
      const onlyHeaplab = lines.filter((l) => !want.includes(l));
      assert.deepEqual(onlyGo, known.onlyGo, known.reason);
      assert.deepEqual(onlyHeaplab, known.onlyHeaplab, known.reason);
      const common = (xs: string[]) =>
        xs.filter((l) => !known.onlyGo.includes(l) && !known.onlyHeaplab.includes(l));
      assert.deepEqual(common(lines), common(want), 'the other lines keep their order');
    });
  }
});

/** Finds nodes of a kind whose source text starts at a line:col. */
function nodeAt<T extends Node>(file: File, kind: T['kind'], line: number, col: number): T {
  let found: T | null = null;
  const visit = (n: unknown): void => {
    if (found || !n || typeof n !== 'object') return;
    const node = n as Node;
    if ('kind' in node && node.kind === kind && typeof node.pos === 'number' && node.pos >= 0) {
      const p = positionFor(file, node.pos);
      if (p.line === line && p.col === col) {
        found = node as T;
        return;
      }
    }
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object' && 'kind' in v) visit(v);
    }
  };
  for (const d of file.decls) visit(d);
  assert.ok(found, `no ${kind} at ${line}:${col}`);
  return found;
}

describe('escape analysis results for the code generator', () => {
  it('newlocal: &T{} returned is heap, local new/&T{} are stack, v moved to heap', () => {
    const { file, result } = analyze('newlocal');
    // return &Point{X: x, Y: y} in newPoint (the out-of-line function escapes)
    assert.ok(result.heap.has(nodeAt<CompositeLit>(file, 'CompositeLit', 8, 10)));
    // p := new(Point) in newPointNoInline is returned
    assert.ok(result.heap.has(nodeAt<CallExpr>(file, 'CallExpr', 13, 7)));
    // sumLocal: &Point{...} and new(Point) stay on the stack
    assert.ok(!result.heap.has(nodeAt<CompositeLit>(file, 'CompositeLit', 20, 8)));
    assert.ok(!result.heap.has(nodeAt<CallExpr>(file, 'CallExpr', 21, 7)));
    assert.deepEqual(
      [...result.movedToHeap].map((o) => o.name),
      ['v'],
    );
  });

  it('makeslice: non-constant and large make calls are heap, small constant ones stack', () => {
    const { file, result } = analyze('makeslice');
    const make = (line: number, col: number) =>
      result.heap.has(nodeAt<CallExpr>(file, 'CallExpr', line, col));
    assert.equal(make(9, 11), false, 'make([]int, 10)');
    assert.equal(make(10, 11), false, 'make([]int, n) with const n');
    assert.equal(make(11, 9), true, 'make([]int, k)');
    assert.equal(make(12, 12), false, 'make([]byte, 0, 64)');
    assert.equal(make(13, 10), true, 'make([]int64, 10000): 80 KB > 64 KiB');
  });

  it('closures: only escaping literals that capture variables allocate; z is moved to heap', () => {
    const { file, result } = analyze('closures');
    const lit = (line: number, col: number) => result.heap.has(nodeAt<FuncLit>(file, 'FuncLit', line, col));
    assert.equal(lit(10, 7), false, 'called in place');
    assert.equal(lit(26, 9), true, 'escaping, captures y by value');
    assert.equal(lit(32, 9), true, 'escaping, captures z by reference');
    const moved = [...result.movedToHeap].map((o) => o.name).sort();
    assert.deepEqual(moved, ['table', 'z']);
  });

  it('fmtargs: interface conversions of Println arguments escape; the ... slice does not', () => {
    const { file, result } = analyzeWithDetails('fmtargs');
    const call = nodeAt<CallExpr>(file, 'CallExpr', 16, 2);
    // u.Name, u.Age are converted to interfaces that escape
    for (const a of call.args.slice(1)) assert.ok(result.heap.has(a), `${a.kind} converted to any`);
    // the constant "user" escapes as well (the caller knows constants need no allocation)
    assert.ok(result.heap.has(call.args[0]));
    // fmt.Sprintf("%v/%v", u, p): the struct u is boxed on the heap, the pointer p needs no box
    const sprintf = nodeAt<CallExpr>(file, 'CallExpr', 18, 9);
    assert.equal(result.heap.has(sprintf.args[1]), true);
    assert.equal(result.heap.has(sprintf.args[2]), false);
    assert.equal(result.variadicHeap.size, 0, 'no ... slice escapes');
  });

  it('strconv_concat: escaping concatenations and conversions are heap, local ones are not', () => {
    const { file, result } = analyze('strconv_concat');
    const bin = (line: number, col: number) => {
      let found: Node | null = null;
      for (const n of result.heap) {
        if (n.kind !== 'BinaryExpr') continue;
        const p = positionFor(file, n.opPos);
        if (p.line === line && p.col === col) found = n;
      }
      return found !== null;
    };
    assert.equal(bin(12, 26), true, '"hello, " + name + "!" is returned');
    assert.equal(bin(17, 9), false, 'a + b stays local');
    const conv = (line: number, col: number) =>
      result.heap.has(nodeAt<CallExpr>(file, 'CallExpr', line, col));
    assert.equal(conv(23, 7), false, '[]byte(s) local');
    assert.equal(conv(31, 9), true, '[]byte(s) returned');
    // s += strconv.Itoa(i) never uses a stack buffer
    assert.ok([...result.heap].some((n) => n.kind === 'AssignStmt'));
  });

  it('varargs: a variadic call whose ... slice escapes is listed by its call', () => {
    const { file, result } = analyzeWithDetails('varargs');
    // stash(7, 8) stores its xs slice in a global: the implicit slice escapes
    const stash = nodeAt<CallExpr>(file, 'CallExpr', 33, 2);
    assert.ok(result.variadicHeap.has(stash));
    assert.ok(result.heap.has(stash));
    assert.equal(result.variadicHeap.size, 1);
    // keepAll(&a, &b) appends the slice's contents to a global: the slice stays, a and b move
    assert.ok(!result.heap.has(nodeAt<CallExpr>(file, 'CallExpr', 32, 2)));
    assert.deepEqual([...result.movedToHeap].map((o) => o.name).sort(), ['a', 'b']);
  });

  it('higherorder: closures passed to inlined helpers stay on the stack', () => {
    const { file, result } = analyze('higherorder');
    assert.equal(result.heap.has(nodeAt<FuncLit>(file, 'FuncLit', 26, 13)), false);
    assert.equal(result.heap.has(nodeAt<CompositeLit>(file, 'CompositeLit', 27, 8)), false);
    assert.equal(result.movedToHeap.size, 0);
  });

  it('is deterministic and does not depend on earlier runs', () => {
    const a = analyze('iface').lines;
    const b = analyze('iface').lines;
    assert.deepEqual(a, b);
  });

  it('records &T{...} by its composite literal, not the & expression', () => {
    const { file, result } = analyze('leakresult');
    // b := &Buf{data: []byte("abc")} escapes (b.next points back to it and follow returns it)
    assert.equal(result.heap.has(nodeAt<CompositeLit>(file, 'CompositeLit', 44, 8)), true);
    assert.equal(result.heap.has(nodeAt<UnaryExpr>(file, 'UnaryExpr', 44, 7)), false);
  });
});

function analyzeWithDetails(name: string) {
  const src = readFileSync(join(dir, name, 'main.go'), 'utf8');
  const r = checkFile('main.go', src);
  assert.ok(r.file && r.info);
  return { file: r.file, info: r.info, result: analyzeEscapeDetails(r.file, r.info) };
}
