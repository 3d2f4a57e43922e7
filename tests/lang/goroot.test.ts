// Real Go: every listed file of the installed Go 1.19 sources (fixtures-goroot.ts) parses with no
// diagnostics, with sane node ranges. Also prints the parsing speed over the subset (not asserted).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Node } from '../../src/lang/ast.ts';
import { formatDiagnostic, parseFile } from '../../src/lang/index.ts';
import { gorootFiles, gorootPath } from './fixtures-goroot.ts';

function walk(n: unknown, f: (n: Node) => void): void {
  if (Array.isArray(n)) {
    for (const x of n) walk(x, f);
    return;
  }
  if (n === null || typeof n !== 'object' || !('kind' in n)) return;
  f(n as Node);
  for (const [k, v] of Object.entries(n)) if (k !== 'pragma') walk(v, f);
}

const files = gorootFiles.map(gorootPath);

describe('parsing Go 1.19 sources', () => {
  it('reads the listed subset of GOROOT', () => {
    assert.ok(files.length >= 15, `${files.length} files`);
  });

  for (const path of files) {
    const name = gorootFiles[files.indexOf(path)];
    it(name, () => {
      const src = readFileSync(path, 'utf8');
      const r = parseFile(name, src);
      assert.deepEqual(
        r.diagnostics.map((d) => formatDiagnostic(name, d)),
        [],
      );
      assert.ok(r.file);
      assert.equal(r.typecheck, true);
      const bytes = Buffer.from(src, 'utf8');
      let nodes = 0;
      walk(r.file, (n) => {
        nodes++;
        assert.ok(n.pos >= 0 && n.pos <= n.end && n.end <= r.file!.size, `${n.kind} at ${n.pos}-${n.end}`);
        if (n.kind === 'Ident' && n.end > n.pos)
          assert.equal(bytes.subarray(n.pos, n.end).toString('utf8'), n.name);
      });
      assert.ok(nodes > 10);
    });
  }

  it('parses the generic declarations into type parameter lists', () => {
    const r = parseFile('type.go', readFileSync(gorootPath('src/sync/atomic/type.go'), 'utf8'));
    const ptr = r.file!.decls.find(
      (d) => d.kind === 'GenDecl' && d.specs[0]?.kind === 'TypeSpec' && d.specs[0].name.name === 'Pointer',
    );
    assert.ok(ptr && ptr.kind === 'GenDecl' && ptr.specs[0].kind === 'TypeSpec');
    const tp = ptr.specs[0].typeParams;
    assert.ok(tp);
    assert.deepEqual(
      tp.list.map((f) => f.names.map((n) => n.name).join(',')),
      ['T'],
    );
    const methods = r.file!.decls.filter(
      (d) => d.kind === 'FuncDecl' && d.recv?.list[0].type.kind === 'StarExpr',
    );
    assert.ok(methods.length > 10);
  });

  it('reports the parsing speed (informational)', (t) => {
    const srcs = files.map((p) => readFileSync(p, 'utf8'));
    const lines = srcs.reduce((n, s) => n + s.split('\n').length, 0);
    for (const s of srcs) parseFile('f.go', s); // warm up
    const rounds = 5;
    const t0 = performance.now();
    for (let i = 0; i < rounds; i++) for (const s of srcs) parseFile('f.go', s);
    const ms = (performance.now() - t0) / rounds;
    t.diagnostic(
      `${files.length} files, ${lines} lines in ${ms.toFixed(1)} ms: ${Math.round((lines / ms) * 1000)} lines/s`,
    );
  });
});
