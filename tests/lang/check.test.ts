// The type checker's first slice: programs that check clean, error cases with the exact text `go build`
// prints (tests/lang/check-cases.ts, re-confirmed by tests/lang/confirm-check.ts), and the Info record
// the code generator will read.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkFile, type Info, typeStr } from '../../src/lang/check.ts';
import type { CallExpr, Expr, FuncDecl, Ident, Node, SelectorExpr } from '../../src/lang/index.ts';
import { formatDiagnostic } from '../../src/lang/index.ts';
import { checkCases, checkOkPrograms } from './check-cases.ts';

const lines = (src: string) =>
  checkFile('./f.go', src).diagnostics.map((d) => formatDiagnostic('', d).slice(1));

describe('check: programs that go build accepts', () => {
  it('has at least 15 realistic programs', () => {
    assert.ok(checkOkPrograms.length >= 15);
  });
  for (const p of checkOkPrograms) {
    it(p.name, () => {
      assert.deepEqual(lines(p.src), []);
    });
  }
});

describe('check: errors as go build prints them', () => {
  it('has at least 40 cases confirmed against go build', () => {
    assert.ok(checkCases.filter((c) => !c.heaplab).length >= 40);
  });
  for (const c of checkCases) {
    it(`${c.name}${c.heaplab ? ' (heaplab)' : ''}`, () => {
      assert.deepEqual(lines(c.src), c.want);
    });
  }
});

/** Every node of a file, depth first (a small generic walker over the tree's object fields). */
function nodes(root: unknown): Node[] {
  const out: Node[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const n = v as { kind?: unknown };
    if (typeof n.kind === 'string') out.push(v as Node);
    for (const [k, x] of Object.entries(v)) if (k !== 'lineStarts' && k !== 'comments') visit(x);
  };
  visit(root);
  return out;
}

function checked(src: string): { info: Info; all: Node[] } {
  const r = checkFile('./f.go', src);
  assert.deepEqual(r.diagnostics, []);
  assert.ok(r.info && r.file);
  return { info: r.info, all: nodes(r.file.decls) };
}

const idents = (all: Node[], name: string) =>
  all.filter((n): n is Ident => n.kind === 'Ident' && n.name === name);

describe('check: Info for the code generator', () => {
  const src = `package main

import "fmt"

type Base struct{ id int }

func (b *Base) ID() int { return b.id }

type User struct {
	Base
	name string
}

const (
	A = iota * 10
	B
)

func main() {
	u := User{Base{1}, "x"}
	var f float64 = 1 << 3
	x := B + 1
	fmt.Println(u.ID(), u.id, f, x)
}
`;
  const { info, all } = checked(src);

  it('records constants with their final types and values', () => {
    const b = idents(all, 'B').find((i) => info.uses.has(i));
    assert.ok(b);
    const tv = info.types.get(b);
    assert.equal(tv?.mode, 'constant');
    assert.deepEqual(tv?.value, { kind: 'int', v: 10n });
    // 1 << 3 assigned to float64: the untyped constant takes the variable's type
    const shift = all.find((n): n is Expr => n.kind === 'BinaryExpr' && n.op === '<<');
    assert.ok(shift);
    assert.equal(typeStr(info.types.get(shift)!.type, 'main'), 'float64');
    assert.deepEqual(info.types.get(shift)!.value, { kind: 'int', v: 8n });
  });

  it('defaults untyped operands of := (x is int)', () => {
    const x = idents(all, 'x').find((i) => info.defs.has(i));
    assert.ok(x);
    assert.equal(typeStr(info.defs.get(x)!.type!, 'main'), 'int');
  });

  it('records promoted fields and methods through embedding with their paths', () => {
    const sels = all.filter((n): n is SelectorExpr => n.kind === 'SelectorExpr');
    const id = sels.find((s) => s.sel.name === 'ID');
    const fid = sels.find((s) => s.sel.name === 'id' && s.x.kind === 'Ident' && s.x.name === 'u');
    assert.ok(id && fid);
    const m = info.selections.get(id);
    assert.equal(m?.kind, 'MethodVal');
    assert.deepEqual(m?.index, [0]);
    assert.equal(m?.ptrRecv, true);
    assert.equal(m?.obj.kind, 'Func');
    const f = info.selections.get(fid);
    assert.equal(f?.kind, 'FieldVal');
    assert.deepEqual(f?.index, [0, 0]);
  });

  it('records signatures of functions and methods', () => {
    const decls = all.filter((n): n is FuncDecl => n.kind === 'FuncDecl');
    const id = decls.find((d) => d.name.name === 'ID');
    assert.ok(id);
    assert.equal(typeStr(info.signatures.get(id)!, 'main'), 'func() int');
  });

  it('resolves package members and the call of a variadic std function', () => {
    const call = all.find(
      (n): n is CallExpr =>
        n.kind === 'CallExpr' && n.fun.kind === 'SelectorExpr' && n.fun.sel.name === 'Println',
    );
    assert.ok(call);
    const fun = info.types.get(call.fun);
    assert.equal(typeStr(fun!.type, 'main', null), 'func(a ...interface{}) (n int, err error)');
    assert.deepEqual(
      info.types.get(call)?.tuple?.map((t) => typeStr(t, 'main')),
      ['int', 'error'],
    );
    const fmtId = idents(all, 'fmt').find((i) => info.uses.has(i));
    assert.equal(fmtId && info.uses.get(fmtId)?.kind, 'PkgName');
  });
});

describe('check: Info for comma-ok, type switches and conversions', () => {
  const src = `package main

func main() {
	m := map[string]int{}
	v, ok := m["a"]
	var i interface{} = v
	switch t := i.(type) {
	case int:
		_ = t + 1
	case string, bool:
		_ = t
	}
	for _, r := range "héllo" {
		_ = byte(r)
	}
	_ = ok
}
`;
  const { info, all } = checked(src);

  it('records the (value, bool) tuple of a comma-ok map index', () => {
    const idx = all.find((n): n is Expr => n.kind === 'IndexExpr');
    assert.ok(idx);
    const tv = info.types.get(idx);
    assert.equal(tv?.mode, 'mapindex');
    assert.deepEqual(
      tv?.tuple?.map((t) => typeStr(t, 'main')),
      ['int', 'bool'],
    );
  });

  it('gives each type switch clause its own variable with the clause type', () => {
    const clauses = all.filter((n) => n.kind === 'CaseClause');
    const types = clauses.map((c) => {
      const o = info.implicits.get(c);
      return o?.type ? typeStr(o.type, 'main', null) : '';
    });
    assert.deepEqual(types, ['int', 'interface{}']);
  });

  it('types a range over a string as (int, rune) and records conversions as type expressions', () => {
    const r = idents(all, 'r').find((i) => info.defs.has(i));
    assert.equal(r && typeStr(info.defs.get(r)!.type!, 'main'), 'rune');
    const conv = all.find(
      (n): n is CallExpr => n.kind === 'CallExpr' && n.fun.kind === 'Ident' && n.fun.name === 'byte',
    );
    assert.ok(conv);
    assert.equal(info.types.get(conv.fun)?.mode, 'typexpr');
    assert.equal(typeStr(info.types.get(conv)!.type, 'main'), 'byte');
  });
});

describe('check: stages', () => {
  it('stops before type checking on a syntax error', () => {
    const r = checkFile('./f.go', 'package main\n\nfunc main() {\n\tx := \n}\n');
    assert.equal(r.info, null);
    assert.deepEqual(
      r.diagnostics.map((d) => d.message),
      ['syntax error: unexpected }, expecting expression'],
    );
  });

  it('counts parser and checker errors against one limit of 10', () => {
    const body = Array.from({ length: 12 }, (_, i) => `\tv${i} := ${i}`).join('\n');
    const out = lines(`package main\n\nfunc main() {\n${body}\n}\n`);
    assert.equal(out.length, 11);
    assert.equal(out[10], '13:2: too many errors');
  });
});
