import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { checkArchitecture, type SourceFile } from '../../src/tools/arch-rules.ts';

const root = join(import.meta.dirname, '..', '..');

function walk(dir: string, out: SourceFile[]): SourceFile[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|mts|js|mjs)$/.test(name)) {
      out.push({ path: relative(root, p).split('\\').join('/'), source: readFileSync(p, 'utf8') });
    }
  }
  return out;
}

describe('architecture rules', () => {
  it('the real src/ tree has no violations', () => {
    const files = walk(join(root, 'src'), []);
    assert.ok(files.length > 10, 'expected to scan the source tree');
    assert.deepEqual(checkArchitecture(files), []);
  });

  const cases: { name: string; file: SourceFile; expect: RegExp | null }[] = [
    {
      name: 'sim importing ui',
      file: { path: 'src/sim/x.ts', source: "import { a } from '../ui/app.ts';" },
      expect: /layer sim may not import layer ui/,
    },
    {
      name: 'lang importing worker',
      file: { path: 'src/lang/x.ts', source: "import '../worker/entry.ts';" },
      expect: /layer lang may not import layer worker/,
    },
    {
      name: 'client importing sim',
      file: { path: 'src/client/x.ts', source: "import type { Runtime } from '../sim/index.ts';" },
      expect: /layer client may not import layer sim/,
    },
    {
      name: 'dynamic import against direction',
      file: { path: 'src/profile/x.ts', source: "const m = await import('../cli/main.ts');" },
      expect: /layer profile may not import layer cli/,
    },
    {
      name: 'comlink in ui',
      file: { path: 'src/ui/x.ts', source: "import * as Comlink from 'comlink';" },
      expect: /only src\/worker and src\/client may import comlink/,
    },
    {
      name: 'monaco outside ui/editor',
      file: { path: 'src/ui/app.ts', source: "import * as monaco from 'monaco-editor/editor';" },
      expect: /only src\/ui\/editor may import monaco-editor/,
    },
    {
      name: 'Math.random in sim',
      file: { path: 'src/sim/x.ts', source: 'export const r = Math.random();' },
      expect: /uses Math\.random/,
    },
    {
      name: 'Date.now in lang',
      file: { path: 'src/lang/x.ts', source: 'const t = Date.now();' },
      expect: /uses Date\.now/,
    },
    {
      name: 'package import in pure layer',
      file: { path: 'src/sim/x.ts', source: "import fc from 'fast-check';" },
      expect: /pure layer sim may not import package/,
    },
    {
      name: 'allowed: Go source embedded in a template literal',
      file: { path: 'src/lang/std/x.ts', source: 'export const src = `package fmt\n\nimport "errors"\n`;' },
      expect: null,
    },
    {
      name: 'package import after a template literal',
      file: { path: 'src/lang/x.ts', source: "const s = `a`;\nimport fc from 'fast-check';" },
      expect: /pure layer lang may not import package/,
    },
    {
      name: 'allowed: lang imports sim',
      file: { path: 'src/lang/x.ts', source: "import { createRuntime } from '../sim/runtime.ts';" },
      expect: null,
    },
    {
      name: 'allowed: monaco inside ui/editor',
      file: { path: 'src/ui/editor/go-editor.ts', source: "const m = await import('monaco-editor/editor');" },
      expect: null,
    },
    {
      name: 'allowed: comlink in worker',
      file: { path: 'src/worker/entry.ts', source: "import { expose } from 'comlink';" },
      expect: null,
    },
    {
      name: 'comment mentioning Math.random is fine',
      file: { path: 'src/sim/x.ts', source: '// never call Math.random() here' },
      expect: null,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const v = checkArchitecture([c.file]);
      if (c.expect === null) assert.deepEqual(v, []);
      else {
        assert.equal(v.length, 1, JSON.stringify(v));
        assert.match(v[0].message, c.expect);
      }
    });
  }
});
