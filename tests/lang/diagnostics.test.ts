// parseFile's diagnostics against what go1.19.8's `go build` printed for the same files
// (diagnostic-cases.ts; re-confirm with `node --import tsx tests/lang/confirm-diagnostics.ts`).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDiagnostic, parseFile } from '../../src/lang/index.ts';
import { diagnosticCases } from './diagnostic-cases.ts';

describe('diagnostics as go build prints them', () => {
  it('has a broad table', () => {
    assert.ok(diagnosticCases.length >= 20);
    assert.ok(diagnosticCases.some((c) => c.stage === 'list'));
  });

  for (const c of diagnosticCases) {
    it(`${c.stage}: ${c.name}`, () => {
      const r = parseFile('./f.go', c.src);
      // go prints "./f.go:" for compiler errors and "f.go:" for the go command's header errors
      const got = r.diagnostics.map((d) => formatDiagnostic('', d).slice(1));
      assert.deepEqual(got, c.want);
      for (const d of r.diagnostics) assert.equal(d.severity, 'error');
      if (c.stage === 'list') assert.equal(r.typecheck, false);
      if (c.want.some((w) => w.includes(': syntax error: '))) assert.equal(r.typecheck, false);
    });
  }

  it('gives byte offsets that agree with line and column', () => {
    for (const c of diagnosticCases) {
      if (c.name.includes('(cmd/compile quirk)') || c.name === 'empty file') continue;
      const bytes = Buffer.from(c.src, 'utf8');
      for (const d of parseFile('./f.go', c.src).diagnostics) {
        if (d.message === 'too many errors') continue;
        const before = bytes.subarray(0, d.offset).toString('utf8');
        const line = before.split('\n').length;
        const col = d.offset - Buffer.byteLength(before.slice(0, before.lastIndexOf('\n') + 1)) + 1;
        assert.deepEqual([d.line, d.col], [line, col], `${c.name}: ${d.message}`);
      }
    }
  });
});
