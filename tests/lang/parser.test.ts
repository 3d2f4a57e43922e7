// The parser against representative Go 1.19 programs: expected tree shapes (as compact S-expressions,
// see src/lang/dump.ts), positions, the cmd/compile printing of expressions, and the File-level API.
// Every shape was checked by hand against the Go grammar; the generic cases follow cmd/compile's
// resolution of `type T[P *C] ...` (an array length unless the constraint is a type element or a comma
// follows).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Expr, File, FuncDecl, Node, Stmt } from '../../src/lang/ast.ts';
import { constSpecSources, positionFor, syntaxPos, syntaxStartPos } from '../../src/lang/ast.ts';
import { PragmaFlag } from '../../src/lang/directives.ts';
import { dumpNode } from '../../src/lang/dump.ts';
import { Errors, formatDiagnostic } from '../../src/lang/errors.ts';
import { parseFile } from '../../src/lang/index.ts';
import { exprString, stmtString } from '../../src/lang/printer.ts';

function parseOk(src: string): File {
  const r = parseFile('f.go', src);
  assert.deepEqual(
    r.diagnostics.map((d) => formatDiagnostic('f.go', d)),
    [],
  );
  assert.ok(r.file);
  return r.file;
}

function exprOf(e: string): Expr {
  const f = parseOk(`package p\nvar _ = ${e}\n`);
  const d = f.decls[0];
  assert.ok(d.kind === 'GenDecl' && d.specs[0].kind === 'ValueSpec');
  return d.specs[0].values[0];
}

/** Source text of a node (positions are UTF-8 byte offsets). */
function textOf(src: string, n: { pos: number; end: number }): string {
  return Buffer.from(src, 'utf8').subarray(n.pos, n.end).toString('utf8');
}

export const exprCases: [string, string][] = [
  ['a + b*c - d', '(BinaryExpr (BinaryExpr a + (BinaryExpr b * c)) - d)'],
  ['a || b && c == d', '(BinaryExpr a || (BinaryExpr b && (BinaryExpr c == d)))'],
  ['x << 2 & 0xF', '(BinaryExpr (BinaryExpr x << 2) & 0xF)'],
  ['-x * +y', '(BinaryExpr (UnaryExpr - x) * (UnaryExpr + y))'],
  ['^x &^ y', '(BinaryExpr (UnaryExpr ^ x) &^ y)'],
  ['!ok', '(UnaryExpr ! ok)'],
  ['&T{1, 2}', '(UnaryExpr & (CompositeLit T [1 2]))'],
  ['*p', '(StarExpr p)'],
  ['<-ch', '(UnaryExpr <- ch)'],
  ['<-chan int(nil)', '(UnaryExpr <- (CallExpr (ChanType both int) [nil]))'],
  ['f(a, b...)', '(CallExpr f [a b] ...)'],
  ['f()', '(CallExpr f [])'],
  ['x.y.z', '(SelectorExpr (SelectorExpr x y) z)'],
  ['p.(T)', '(TypeAssertExpr p T)'],
  ['a[i]', '(IndexExpr a i)'],
  ['a[i:j]', '(SliceExpr a i j _)'],
  ['a[:j]', '(SliceExpr a _ j _)'],
  ['a[i:]', '(SliceExpr a i _ _)'],
  ['a[:]', '(SliceExpr a _ _ _)'],
  ['a[i:j:k]', '(SliceExpr a i j k slice3)'],
  ['m[K, V]', '(IndexListExpr m [K V])'],
  ['F[int]', '(IndexExpr F int)'],
  ['G[int, string](x)', '(CallExpr (IndexListExpr G [int string]) [x])'],
  ['[]int{1, 2, 3}', '(CompositeLit (SliceType int) [1 2 3])'],
  ['[...]string{"a", "b"}', '(CompositeLit (ArrayType (Ellipsis _) string) ["a" "b"])'],
  ['map[string]int{"a": 1}', '(CompositeLit (MapType string int) [(KeyValueExpr "a" 1)])'],
  ['struct{ x, y int }{1, 2}', '(CompositeLit (StructType [(Field [x y] int _)]) [1 2])'],
  [
    '[][]int{{1}, {2, 3}}',
    '(CompositeLit (SliceType (SliceType int)) [(CompositeLit _ [1]) (CompositeLit _ [2 3])])',
  ],
  [
    'map[P]Q{{1, 2}: {3}}',
    '(CompositeLit (MapType P Q) [(KeyValueExpr (CompositeLit _ [1 2]) (CompositeLit _ [3]))])',
  ],
  [
    'func(x int) int { return x * 2 }',
    '(FuncLit (FuncType _ [(Field [x] int _)] [(Field [] int _)]) (BlockStmt [(ReturnStmt [(BinaryExpr x * 2)])]))',
  ],
  ['func() {}', '(FuncLit (FuncType _ [] _) (BlockStmt []))'],
  ['(a + b) * c', '(BinaryExpr (ParenExpr (BinaryExpr a + b)) * c)'],
  ['([]int)(x)', '(CallExpr (ParenExpr (SliceType int)) [x])'],
  ['interface{}(nil)', '(CallExpr (InterfaceType []) [nil])'],
  ['chan<- int(nil)', '(CallExpr (ChanType send int) [nil])'],
  ['(<-chan int)(nil)', '(CallExpr (ParenExpr (ChanType recv int)) [nil])'],
  ['1.5e3 + 0x1p-2 + 07 + 3i', '(BinaryExpr (BinaryExpr (BinaryExpr 1.5e3 + 0x1p-2) + 07) + 3i)'],
  ["'a' + '\\n'", "(BinaryExpr 'a' + '\\n')"],
  ['`raw` + "s"', '(BinaryExpr `raw` + "s")'],
  ['a == b != c', '(BinaryExpr (BinaryExpr a == b) != c)'],
  ['x.(type)', '(TypeAssertExpr x _)'],
];

export const stmtCases: [string, string, string[]][] = [
  ['x := 1', '(AssignStmt [x] := [1])', []],
  ['a, b = b, a', '(AssignStmt [a b] = [b a])', []],
  ['x += 2', '(AssignStmt [x] += [2])', []],
  ['x <<= 1', '(AssignStmt [x] <<= [1])', []],
  ['x &^= y', '(AssignStmt [x] &^= [y])', []],
  ['i++', '(IncDecStmt i ++)', []],
  ['p.n--', '(IncDecStmt (SelectorExpr p n) --)', []],
  ['ch <- v', '(SendStmt ch v)', []],
  ['f(x)', '(ExprStmt (CallExpr f [x]))', []],
  ['<-done', '(ExprStmt (UnaryExpr <- done))', []],
  ['var x int', '(DeclStmt (GenDecl var [(ValueSpec [x] int [] iota=0)]))', []],
  ['var a, b = 1, "s"', '(DeclStmt (GenDecl var [(ValueSpec [a b] _ [1 "s"] iota=0)]))', []],
  ['const c = 10', '(DeclStmt (GenDecl const [(ValueSpec [c] _ [10] iota=0)]))', []],
  ['type T struct{}', '(DeclStmt (GenDecl type [(TypeSpec T _ (StructType []))]))', []],
  [
    'var (\n\tx int\n\ty = 2\n)',
    '(DeclStmt (GenDecl var [(ValueSpec [x] int [] iota=0) (ValueSpec [y] _ [2] iota=0)]))',
    [],
  ],
  ['return', '(ReturnStmt [])', []],
  ['return x, nil', '(ReturnStmt [x nil])', []],
  ['break', '(BranchStmt break _)', [':3:2: break is not in a loop, switch, or select']],
  ['break L', '(BranchStmt break L)', [':3:8: break label not defined: L']],
  ['continue L', '(BranchStmt continue L)', [':3:11: continue label not defined: L']],
  ['goto L', '(BranchStmt goto L)', [':3:7: label L not defined']],
  ['L:\n\tfor {\n\t\tbreak L\n\t}', '(LabeledStmt L (ForStmt _ _ _ (BlockStmt [(BranchStmt break L)])))', []],
  ['go f(1)', '(GoStmt (CallExpr f [1]))', []],
  ['defer mu.Unlock()', '(DeferStmt (CallExpr (SelectorExpr mu Unlock) []))', []],
  ['go func() {}()', '(GoStmt (CallExpr (FuncLit (FuncType _ [] _) (BlockStmt [])) []))', []],
  ['{\n\tx := 1\n\t_ = x\n}', '(BlockStmt [(AssignStmt [x] := [1]) (AssignStmt [_] = [x])])', []],
  [';', '(EmptyStmt)', []],
  ['if x > 0 {\n}', '(IfStmt _ (BinaryExpr x > 0) (BlockStmt []) _)', []],
  [
    'if v, ok := m[k]; ok {\n} else if x {\n} else {\n}',
    '(IfStmt (AssignStmt [v ok] := [(IndexExpr m k)]) ok (BlockStmt []) (IfStmt _ x (BlockStmt []) (BlockStmt [])))',
    [],
  ],
  [
    'if err := f(); err != nil {\n\treturn\n}',
    '(IfStmt (AssignStmt [err] := [(CallExpr f [])]) (BinaryExpr err != nil) (BlockStmt [(ReturnStmt [])]) _)',
    [],
  ],
  ['for {\n}', '(ForStmt _ _ _ (BlockStmt []))', []],
  ['for x < 10 {\n}', '(ForStmt _ (BinaryExpr x < 10) _ (BlockStmt []))', []],
  [
    'for i := 0; i < n; i++ {\n}',
    '(ForStmt (AssignStmt [i] := [0]) (BinaryExpr i < n) (IncDecStmt i ++) (BlockStmt []))',
    [],
  ],
  ['for ; ; {\n}', '(ForStmt _ _ _ (BlockStmt []))', []],
  ['for i := 0; ; {\n}', '(ForStmt (AssignStmt [i] := [0]) _ _ (BlockStmt []))', []],
  ['for k, v := range m {\n}', '(RangeStmt k v [] := m (BlockStmt []))', []],
  ['for i := range s {\n}', '(RangeStmt i _ [] := s (BlockStmt []))', []],
  ['for range ch {\n}', '(RangeStmt _ _ [] _ ch (BlockStmt []))', []],
  ['for k, v = range m {\n}', '(RangeStmt k v [] = m (BlockStmt []))', []],
  [
    'for _, p := range []P{{1}} {\n}',
    '(RangeStmt _ p [] := (CompositeLit (SliceType P) [(CompositeLit _ [1])]) (BlockStmt []))',
    [],
  ],
  [
    'switch {\ncase x > 0:\n\tfallthrough\ndefault:\n}',
    '(SwitchStmt _ _ [(CaseClause [(BinaryExpr x > 0)] [(BranchStmt fallthrough _)]) (CaseClause _ [])])',
    [],
  ],
  [
    'switch x := f(); x {\ncase 1, 2:\ncase 3:\n}',
    '(SwitchStmt (AssignStmt [x] := [(CallExpr f [])]) x [(CaseClause [1 2] []) (CaseClause [3] [])])',
    [],
  ],
  [
    'switch t := v.(type) {\ncase int, string:\ncase nil:\ndefault:\n}',
    '(TypeSwitchStmt _ t (TypeAssertExpr v _) [(CaseClause [int string] []) (CaseClause [nil] []) (CaseClause _ [])])',
    [],
  ],
  ['switch v.(type) {\n}', '(TypeSwitchStmt _ _ (TypeAssertExpr v _) [])', []],
  [
    'switch x := 1; y := x.(type) {\n}',
    '(TypeSwitchStmt (AssignStmt [x] := [1]) y (TypeAssertExpr x _) [])',
    [],
  ],
  [
    'select {\ncase v := <-ch:\n\t_ = v\ncase v, ok := <-ch:\ncase ch <- 1:\ncase <-done:\ndefault:\n}',
    '(SelectStmt [(CommClause (AssignStmt [v] := [(UnaryExpr <- ch)]) [(AssignStmt [_] = [v])]) (CommClause (AssignStmt [v ok] := [(UnaryExpr <- ch)]) []) (CommClause (SendStmt ch 1) []) (CommClause (ExprStmt (UnaryExpr <- done)) []) (CommClause _ [])])',
    [],
  ],
  ['if (T{}) == x {\n}', '(IfStmt _ (BinaryExpr (ParenExpr (CompositeLit T [])) == x) (BlockStmt []) _)', []],
  [
    'for x := (T{}); ; {\n}',
    '(ForStmt (AssignStmt [x] := [(ParenExpr (CompositeLit T []))]) _ _ (BlockStmt []))',
    [],
  ],
  ['switch (T{1}) {\n}', '(SwitchStmt _ (ParenExpr (CompositeLit T [1])) [])', []],
];

export const declCases: [string, string][] = [
  ['import "fmt"', '(GenDecl import [(ImportSpec _ "fmt")])'],
  [
    'import (\n\t"fmt"\n\tstr "strings"\n\t. "math"\n\t_ "embed"\n)',
    '(GenDecl import [(ImportSpec _ "fmt") (ImportSpec str "strings") (ImportSpec . "math") (ImportSpec _ "embed")])',
  ],
  [
    'const (\n\tA = iota\n\tB\n\tC\n\tD, E = iota * 10, "e"\n\tF, G\n)',
    '(GenDecl const [(ValueSpec [A] _ [iota] iota=0) (ValueSpec [B] _ [] iota=1) (ValueSpec [C] _ [] iota=2) (ValueSpec [D E] _ [(BinaryExpr iota * 10) "e"] iota=3) (ValueSpec [F G] _ [] iota=4)])',
  ],
  ['const X, Y int = 1, 2', '(GenDecl const [(ValueSpec [X Y] int [1 2] iota=0)])'],
  ['var V = []int{}', '(GenDecl var [(ValueSpec [V] _ [(CompositeLit (SliceType int) [])] iota=0)])'],
  ['var W map[string]*T', '(GenDecl var [(ValueSpec [W] (MapType string (StarExpr T)) [] iota=0)])'],
  [
    'type Point struct {\n\tX, Y float64 `json:"x"`\n\tname string\n\tio.Reader\n\t*Node\n\tList[int]\n}',
    '(GenDecl type [(TypeSpec Point _ (StructType [(Field [X Y] float64 `json:"x"`) (Field [name] string _) (Field [] (SelectorExpr io Reader) _) (Field [] (StarExpr Node) _) (Field [] (IndexExpr List int) _)]))])',
  ],
  [
    'type I interface {\n\tM(x int) (int, error)\n\tfmt.Stringer\n\tN()\n}',
    '(GenDecl type [(TypeSpec I _ (InterfaceType [(Field [M] (FuncType _ [(Field [x] int _)] [(Field [] int _) (Field [] error _)]) _) (Field [] (SelectorExpr fmt Stringer) _) (Field [N] (FuncType _ [] _) _)]))])',
  ],
  [
    'type C interface {\n\t~int | ~int64 | float64\n\tString() string\n}',
    '(GenDecl type [(TypeSpec C _ (InterfaceType [(Field [] (BinaryExpr (BinaryExpr (UnaryExpr ~ int) | (UnaryExpr ~ int64)) | float64) _) (Field [String] (FuncType _ [] [(Field [] string _)]) _)]))])',
  ],
  ['type A = B', '(GenDecl type [(TypeSpec A _ alias B)])'],
  [
    'type F func(int, ...string) bool',
    '(GenDecl type [(TypeSpec F _ (FuncType _ [(Field [] int _) (Field [] (Ellipsis string) _)] [(Field [] bool _)]))])',
  ],
  ['type Ch <-chan chan<- int', '(GenDecl type [(TypeSpec Ch _ (ChanType recv (ChanType send int)))])'],
  [
    'type M map[[2]int][]*T',
    '(GenDecl type [(TypeSpec M _ (MapType (ArrayType 2 int) (SliceType (StarExpr T))))])',
  ],
  ['type Arr [N * 2]byte', '(GenDecl type [(TypeSpec Arr _ (ArrayType (BinaryExpr N * 2) byte))])'],
  ['type Sl []T', '(GenDecl type [(TypeSpec Sl _ (SliceType T))])'],
  [
    'type G[T any] struct {\n\tv T\n}',
    '(GenDecl type [(TypeSpec G [(Field [T] any _)] (StructType [(Field [v] T _)]))])',
  ],
  [
    'type Pair[K comparable, V any] struct{}',
    '(GenDecl type [(TypeSpec Pair [(Field [K] comparable _) (Field [V] any _)] (StructType []))])',
  ],
  [
    'type Num[T int | float64] []T',
    '(GenDecl type [(TypeSpec Num [(Field [T] (BinaryExpr int | float64) _)] (SliceType T))])',
  ],
  [
    'type P[T *int] struct{}',
    '(GenDecl type [(TypeSpec P _ (ArrayType (BinaryExpr T * int) (StructType [])))])',
  ],
  [
    'type Q[T *int,] struct{}',
    '(GenDecl type [(TypeSpec Q [(Field [T] (StarExpr int) _)] (StructType []))])',
  ],
  [
    'type R[T interface{ ~int }] int',
    '(GenDecl type [(TypeSpec R [(Field [T] (InterfaceType [(Field [] (UnaryExpr ~ int) _)]) _)] int)])',
  ],
  ['type Arr2 [n]int', '(GenDecl type [(TypeSpec Arr2 _ (ArrayType n int))])'],
  ['func main() {}', '(FuncDecl _ main (FuncType _ [] _) (BlockStmt []))'],
  [
    'func (p *Point) Dist(q Point) float64 { return 0 }',
    '(FuncDecl [(Field [p] (StarExpr Point) _)] Dist (FuncType _ [(Field [q] Point _)] [(Field [] float64 _)]) (BlockStmt [(ReturnStmt [0])]))',
  ],
  ['func (Point) M() {}', '(FuncDecl [(Field [] Point _)] M (FuncType _ [] _) (BlockStmt []))'],
  [
    'func Map[T, U any](s []T, f func(T) U) []U { return nil }',
    '(FuncDecl _ Map (FuncType [(Field [T U] any _)] [(Field [s] (SliceType T) _) (Field [f] (FuncType _ [(Field [] T _)] [(Field [] U _)]) _)] [(Field [] (SliceType U) _)]) (BlockStmt [(ReturnStmt [nil])]))',
  ],
  ['func ext(x int) int', '(FuncDecl _ ext (FuncType _ [(Field [x] int _)] [(Field [] int _)]) _)'],
  [
    'func f(a, b int, c ...string) (x, y int) { return }',
    '(FuncDecl _ f (FuncType _ [(Field [a b] int _) (Field [c] (Ellipsis string) _)] [(Field [x y] int _)]) (BlockStmt [(ReturnStmt [])]))',
  ],
  [
    'func g(int, string) (bool, error)',
    '(FuncDecl _ g (FuncType _ [(Field [] int _) (Field [] string _)] [(Field [] bool _) (Field [] error _)]) _)',
  ],
  ['func h() (err error)', '(FuncDecl _ h (FuncType _ [] [(Field [err] error _)]) _)'],
];

describe('parser: expressions', () => {
  for (const [src, want] of exprCases) {
    it(src, () => assert.equal(dumpNode(exprOf(src)), want));
  }
});

describe('parser: statements', () => {
  for (const [src, want, diags] of stmtCases) {
    it(JSON.stringify(src), () => {
      const r = parseFile('f.go', `package p\nfunc f() {\n\t${src.replace(/\n/g, '\n\t')}\n}\n`);
      // label checks run on every function body, so an unmatched break or goto is reported
      assert.deepEqual(
        r.diagnostics.map((d) => formatDiagnostic('', d)),
        diags,
      );
      const fn = r.file!.decls[0] as FuncDecl;
      assert.equal(fn.body!.list.map(dumpNode).join(' '), want);
    });
  }
});

describe('parser: declarations', () => {
  for (const [src, want] of declCases) {
    it(JSON.stringify(src), () => {
      const f = parseOk(`package p\n${src}\n`);
      assert.equal(f.decls.map(dumpNode).join(' '), want);
    });
  }
});

describe('parser: a whole program', () => {
  const src = `// A program with a bit of everything.
package main

import (
	"fmt"
	"strings"
)

// Shape is an interface.
type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

//go:noinline
func total(shapes ...Shape) (sum float64) {
	for _, s := range shapes {
		sum += s.Area()
	}
	return
}

func main() {
	ch := make(chan int, 1)
	go func() { ch <- 1 }()
	select {
	case v := <-ch:
		fmt.Println(strings.Repeat("é", v), total(Rect{2, 3}, &Rect{W: 1, H: 1}))
	}
}
`;
  it('parses without diagnostics into the expected declarations', () => {
    const f = parseOk(src);
    assert.equal(f.name.name, 'main');
    assert.deepEqual(
      f.imports.map((i) => i.path.value),
      ['"fmt"', '"strings"'],
    );
    assert.deepEqual(
      f.decls.map((d) =>
        d.kind === 'FuncDecl' ? `func ${d.name.name}` : d.kind === 'GenDecl' ? d.tok : d.kind,
      ),
      ['import', 'type', 'type', 'func Area', 'func total', 'func main'],
    );
    assert.equal(f.size, Buffer.byteLength(src));
  });

  it('attaches //go: directives to the declaration that follows', () => {
    const f = parseOk(src);
    const total = f.decls[4] as FuncDecl;
    assert.equal(total.pragma?.flag, PragmaFlag.Noinline);
    assert.equal((f.decls[5] as FuncDecl).pragma, null);
  });

  it('keeps comments only when asked', () => {
    assert.deepEqual(parseFile('f.go', src).file!.comments, []);
    const f = parseFile('f.go', src, { comments: true }).file!;
    assert.deepEqual(
      f.comments.map((c) => c.text),
      ['// A program with a bit of everything.', '// Shape is an interface.', '//go:noinline'],
    );
    assert.equal(textOf(src, f.comments[1]), '// Shape is an interface.');
  });

  it('gives every node a byte range inside the file, and identifiers and literals their exact text', () => {
    const f = parseOk(src);
    let n = 0;
    walk(f, (node) => {
      n++;
      assert.ok(
        node.pos >= 0 && node.pos <= node.end && node.end <= f.size,
        `${node.kind} ${node.pos}-${node.end}`,
      );
      if (node.kind === 'Ident' && node.name !== '_') assert.equal(textOf(src, node), node.name);
      if (node.kind === 'BasicLit') assert.equal(textOf(src, node), node.value);
    });
    assert.ok(n > 100);
  });

  it('reports positions in lines and byte columns', () => {
    const f = parseOk(src);
    const main = f.decls[5] as FuncDecl;
    const sel = main.body!.list[2];
    assert.equal(sel.kind, 'SelectStmt');
    const p = positionFor(f, sel.pos);
    assert.deepEqual([p.line, p.col], [29, 2]);
    const call = (sel.kind === 'SelectStmt' && sel.clauses[0].body[0]) as Stmt;
    assert.equal(call.kind, 'ExprStmt');
    const args = call.kind === 'ExprStmt' && call.x.kind === 'CallExpr' ? call.x.args : [];
    // "é" takes two bytes: total( is at byte column 40 (a UTF-16 count would say 39)
    assert.equal(textOf(src, args[1]), 'total(Rect{2, 3}, &Rect{W: 1, H: 1})');
    assert.deepEqual(positionFor(f, args[1].pos), { line: 31, col: 40, offset: args[1].pos });
  });
});

function walk(n: unknown, f: (n: Node) => void): void {
  if (Array.isArray(n)) {
    for (const x of n) walk(x, f);
    return;
  }
  if (n === null || typeof n !== 'object' || !('kind' in n)) return;
  f(n as Node);
  for (const [k, v] of Object.entries(n)) if (k !== 'pragma') walk(v, f);
}

describe('parser: positions Go reports errors at', () => {
  const src = 'package p\nvar _ = f(a.b[i] + s[1:2], T{k: v})\n';
  const f = parseOk(src);
  const call = (f.decls[0] as { specs: { values: Expr[] }[] }).specs[0].values[0];
  it('start positions', () => {
    assert.equal(textOf(src, call), 'f(a.b[i] + s[1:2], T{k: v})');
    assert.ok(call.kind === 'CallExpr');
    const [sum, lit] = call.args;
    assert.equal(textOf(src, sum), 'a.b[i] + s[1:2]');
    assert.equal(syntaxStartPos(call), call.pos);
    assert.equal(syntaxStartPos(sum), sum.pos);
    assert.equal(syntaxStartPos(lit), lit.pos);
  });
  it('the syntax package positions (operator, (, [, ., {, :)', () => {
    assert.ok(call.kind === 'CallExpr');
    const at = (p: number) => src.slice(p, p + 1);
    assert.equal(at(syntaxPos(call)), '(');
    const [sum, lit] = call.args;
    assert.equal(at(syntaxPos(sum)), '+');
    assert.ok(sum.kind === 'BinaryExpr' && lit.kind === 'CompositeLit');
    assert.equal(at(syntaxPos(sum.x)), '[');
    assert.ok(sum.x.kind === 'IndexExpr');
    assert.equal(at(syntaxPos(sum.x.x)), '.');
    assert.equal(at(syntaxPos(lit)), '{');
    assert.equal(at(syntaxPos(lit.elts[0])), ':');
    // cmd/compile's StartPos does not correct slice expressions: they "start" at their [
    assert.equal(at(syntaxStartPos(sum.y)), '[');
  });
});

describe('printer: expressions as cmd/compile quotes them', () => {
  const cases: [string, string][] = [
    ['(1 + 2) * 3', '(1 + 2) * 3'],
    ['a+b*c', 'a + b * c'],
    ['func(x int) int { return x }', 'func(x int) int {…}'],
    ['func() {}', 'func() {}'],
    ['struct{a int; b string}{1, "x"}', 'struct{a int; b string}{…}'],
    ['[]int{}', '[]int{}'],
    ['map[string][]*T{}', 'map[string][]*T{}'],
    ['f(xs...)', 'f(xs...)'],
    ['s[1:2:3]', 's[1:2:3]'],
    ['s[:]', 's[:]'],
    ['x.(T)', 'x.(T)'],
    ['<-ch', '<-ch'],
    ['-x', '-x'],
    ['&T{}', '&T{}'],
    ['(<-chan int)(nil)', '(<-chan int)(nil)'],
    ['(chan (<-chan int))(nil)', '(chan (<-chan int))(nil)'],
    ['interface{ M(); N() int }(nil)', 'interface{M(); N() int}(nil)'],
    [
      'func(a, b int, c ...string) (x int, err error) {}',
      'func(a, b int, c ...string) (x int, err error) {}',
    ],
    ['G[int, string]', 'G[int, string]'],
    ['[...]int{1}', '[...]int{…}'],
  ];
  for (const [src, want] of cases) it(src, () => assert.equal(exprString(exprOf(src)), want));

  it('prints simple statements', () => {
    const f = parseOk('package p\nfunc f() {\n\tx := 5\n\tx++\n\tch <- v\n\ta, b = b, a\n\tx += 1\n}\n');
    const body = (f.decls[0] as FuncDecl).body!.list;
    assert.deepEqual(body.map(stmtString), ['x := 5', 'x++', 'ch <- v', 'a, b = b, a', 'x += 1']);
  });
});

describe('parser: constant groups', () => {
  it('pairs each spec with the spec whose type and values it repeats', () => {
    const f = parseOk('package p\nconst (\n\tA, B = iota, iota * 2\n\tC, D\n\tE int = 7\n\tF\n)\n');
    const d = f.decls[0];
    assert.ok(d.kind === 'GenDecl');
    const src = constSpecSources(d).map(
      ({ spec, source }) => `${spec.names[0].name}<-${source?.names[0].name}@${spec.iota}`,
    );
    assert.deepEqual(src, ['A<-A@0', 'C<-A@1', 'E<-E@2', 'F<-E@3']);
  });
});

describe('parseFile: results', () => {
  it('returns no file when the package clause is broken, as cmd/compile gives up there', () => {
    const r = parseFile('f.go', 'package\nfunc main() {}\n');
    assert.equal(r.file, null);
    assert.equal(r.typecheck, false);
    assert.ok(r.diagnostics.length > 0);
  });

  it('says whether Go would go on to type-check', () => {
    assert.equal(parseFile('f.go', 'package main\nfunc main() {}\n').typecheck, true);
    // lexical and label errors do not stop cmd/compile; syntax errors and header errors do
    assert.equal(parseFile('f.go', 'package main\nfunc main() {\n\tx := 1 @\n\t_ = x\n}\n').typecheck, true);
    assert.equal(parseFile('f.go', 'package main\nfunc main() {\nL:\n}\n').typecheck, true);
    assert.equal(parseFile('f.go', 'package main\nfunc main() {\n\tx := \n}\n').typecheck, false);
    assert.equal(parseFile('f.go', 'package main\nimport fmt\nfunc main() {}\n').typecheck, false);
  });

  it('still builds a tree when go would stop at the header', () => {
    // go/build's reader stops before "os", so the go command accepts the header and the compiler complains
    // (confirmed with go1.19.8)
    const r = parseFile('f.go', 'package main\nimport "fmt" "os"\nfunc main() {}\n');
    assert.deepEqual(
      r.diagnostics.map((d) => formatDiagnostic('./f.go', d)),
      ['./f.go:2:14: syntax error: unexpected literal "os", expecting semicolon or newline'],
    );
    const r2 = parseFile('f.go', 'package main\nimport (\n\t"fmt" "os"\n)\nfunc main() {}\n');
    assert.deepEqual(
      r2.diagnostics.map((d) => formatDiagnostic('f.go', d)),
      ['f.go:3:8: expected \';\', found "os"'],
    );
    assert.ok(r2.file);
  });

  it('records //go:linkname directives on the file', () => {
    const r = parseFile(
      'f.go',
      'package main\n\nimport _ "unsafe"\n\n//go:linkname now time.now\nfunc now() (int64, int32)\n\nfunc main() {}\n',
    );
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(
      r.file!.linknames.map((l) => [l.local, l.remote]),
      [['now', 'time.now']],
    );
  });
});

describe('errors: cmd/compile reporting rules', () => {
  it('keeps one syntax error per line, sorts, and stops at ten', () => {
    const e = new Errors();
    e.errorAt(30, 3, 1, 'syntax error: b');
    e.errorAt(31, 3, 2, 'syntax error: dropped, same line');
    e.errorAt(10, 1, 5, 'x declared but not used');
    e.errorAt(10, 1, 5, 'x declared but not used');
    assert.deepEqual(
      e.flush().map((d) => formatDiagnostic('f.go', d)),
      ['f.go:1:5: x declared but not used', 'f.go:3:1: syntax error: b'],
    );
    assert.equal(e.syntaxErrors, 2);
    const many = new Errors();
    for (let i = 1; i <= 12; i++) many.errorAt(i * 10, i, 1, `e${i}`);
    const out = many.flush().map((d) => formatDiagnostic('f.go', d));
    assert.equal(out.length, 11);
    assert.equal(out[10], 'f.go:10:1: too many errors');
    assert.equal(many.stopped, true);
  });

  it('prints no column from column 255 on', () => {
    assert.equal(
      formatDiagnostic('f.go', { line: 2, col: 254, offset: 0, message: 'm', severity: 'error' }),
      'f.go:2:254: m',
    );
    assert.equal(
      formatDiagnostic('f.go', { line: 2, col: 255, offset: 0, message: 'm', severity: 'error' }),
      'f.go:2: m',
    );
  });
});
