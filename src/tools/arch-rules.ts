// Layer rules for src/ (ARCHITECTURE.md, "Layers"). Arrows point from importer
// to imported. The checker is a pure function over {path, source} records so
// tests can feed it deliberately wrong files as well as the real tree.

export type Layer =
  | 'sim'
  | 'lang'
  | 'profile'
  | 'protocol'
  | 'worker'
  | 'client'
  | 'ui'
  | 'lessons'
  | 'cli'
  | 'tools';

/** Which layers each layer may import (itself included). */
export const allowedImports: Record<Layer, readonly Layer[]> = {
  sim: ['sim'],
  lang: ['lang', 'sim'],
  profile: ['profile', 'sim'],
  lessons: ['lessons', 'sim'],
  protocol: ['protocol', 'sim', 'lang', 'profile', 'lessons'],
  worker: ['worker', 'protocol', 'lang', 'profile', 'sim', 'lessons'],
  client: ['client', 'protocol'],
  ui: ['ui', 'client', 'protocol'],
  cli: ['cli', 'lang', 'profile', 'sim', 'protocol', 'lessons'],
  tools: ['tools', 'cli', 'lang', 'profile', 'sim', 'protocol', 'lessons'],
};

/** Layers that must stay free of host APIs: no DOM, no Node, no clocks or randomness. */
export const pureLayers: readonly Layer[] = ['sim', 'lang', 'profile', 'lessons'];

export interface SourceFile {
  /** Path relative to the project root, with forward slashes, e.g. "src/sim/mheap.ts". */
  path: string;
  source: string;
}

export interface Violation {
  path: string;
  line: number;
  message: string;
}

const importRe =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function layerOf(path: string): Layer | undefined {
  const m = /^src\/([^/]+)\//.exec(path);
  if (!m) return undefined;
  const name = m[1] as Layer;
  return name in allowedImports ? name : undefined;
}

function resolveRelative(from: string, spec: string): string {
  const parts = from.split('/');
  parts.pop();
  for (const seg of spec.split('/')) {
    if (seg === '.' || seg === '') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** Forbidden host APIs in pure layers; comments are stripped before matching. */
const impureCalls: readonly [RegExp, string][] = [
  [/\bMath\.random\s*\(/, 'Math.random (inject a seeded rand instead)'],
  [/\bDate\.now\s*\(/, 'Date.now (inject the clock instead)'],
  [/\bnew Date\s*\(/, 'new Date (inject the clock instead)'],
  [/\bperformance\.now\s*\(/, 'performance.now (inject the clock instead)'],
];

/** Blanks template literals (Go sources embedded as text hold `import "errors"` lines), then comments. */
function stripComments(source: string): string {
  return source
    .replace(/`(?:\\[\s\S]|[^`\\])*`/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/\/\/[^\n]*/g, '');
}

export function checkArchitecture(files: readonly SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const f of files) {
    const layer = layerOf(f.path);
    if (!layer) continue;
    const code = stripComments(f.source);
    for (const m of code.matchAll(importRe)) {
      const spec = m[1] ?? m[2];
      const line = lineAt(code, m.index ?? 0);
      if (spec.startsWith('.')) {
        const target = layerOf(resolveRelative(f.path, spec));
        if (target === undefined) {
          const resolved = resolveRelative(f.path, spec);
          if (!resolved.startsWith('src/')) {
            out.push({ path: f.path, line, message: `imports "${spec}" from outside src/` });
          }
          continue;
        }
        if (!allowedImports[layer].includes(target)) {
          out.push({
            path: f.path,
            line,
            message: `layer ${layer} may not import layer ${target} ("${spec}")`,
          });
        }
        continue;
      }
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (pkg === 'comlink' && layer !== 'worker' && layer !== 'client') {
        out.push({ path: f.path, line, message: 'only src/worker and src/client may import comlink' });
      }
      if (pkg === 'monaco-editor' && !f.path.startsWith('src/ui/editor/')) {
        out.push({ path: f.path, line, message: 'only src/ui/editor may import monaco-editor' });
      }
      if (pureLayers.includes(layer)) {
        out.push({ path: f.path, line, message: `pure layer ${layer} may not import package "${spec}"` });
      }
    }
    if (pureLayers.includes(layer)) {
      for (const [re, what] of impureCalls) {
        const hit = re.exec(code);
        if (hit)
          out.push({
            path: f.path,
            line: lineAt(code, hit.index),
            message: `pure layer ${layer} uses ${what}`,
          });
      }
    }
  }
  return out;
}
