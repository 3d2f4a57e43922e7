// Regenerates the golden files that come from the real Go toolchain
// (`npm run update:goldens [name…]`). Golden files change only through this
// script; tests fail when one is missing. Needs `go` (Go 1.19) on PATH.
// `npm run update:goldens -- --check [conformance]` only compares the
// conformance suite's goldens with real Go (src/tools/conformance-goldens.ts).

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { updateConformanceGoldens } from './conformance-goldens.ts';

const root = join(import.meta.dirname, '..', '..');

/** name → [generator, output], relative to the repository root. */
const goldens: Record<string, [string, string]> = {
  strconv: ['tests/lang/testdata/strconv/main.go', 'tests/lang/testdata/strconv/expected.txt'],
  fmt: ['tests/lang/testdata/fmt/main.go', 'tests/lang/testdata/fmt/expected.txt'],
  growslice: ['tests/lang/testdata/growslice/main.go', 'tests/lang/testdata/growslice/expected.txt'],
  panics: ['tests/lang/testdata/panics/main.go', 'tests/lang/testdata/panics/expected.txt'],
  layout: ['tests/lang/testdata/layout/main.go', 'tests/lang/testdata/layout/expected.txt'],
  strings: ['tests/lang/testdata/strings/main.go', 'tests/lang/testdata/strings/expected.txt'],
  sort: ['tests/lang/testdata/sort/main.go', 'tests/lang/testdata/sort/expected.txt'],
  bytesbuf: ['tests/lang/testdata/bytesbuf/main.go', 'tests/lang/testdata/bytesbuf/expected.txt'],
  math: ['tests/lang/testdata/math/main.go', 'tests/lang/testdata/math/expected.txt'],
  'go119-metrics': ['tests/sim/fixtures/go119-metrics.go', 'tests/sim/fixtures/go119-metrics.txt'],
  // writes each case's expected.txt (go build -gcflags=-m) and prints the index
  escape: ['tests/lang/testdata/escape/gen.go', 'tests/lang/testdata/escape/index.txt'],
};

const check = process.argv.includes('--check');
const wanted = process.argv.slice(2).filter((a) => a !== '--check');
for (const name of wanted)
  if (!(name in goldens) && name !== 'conformance')
    throw new Error(`unknown golden "${name}"; known: ${Object.keys(goldens).join(', ')}, conformance`);
const version = execFileSync('go', ['version'], { encoding: 'utf8' }).trim();
if (!version.includes('go1.19')) console.warn(`update-goldens: expected Go 1.19, found "${version}"`);
for (const [name, [gen, out]] of Object.entries(goldens)) {
  if (check || (wanted.length && !wanted.includes(name))) continue;
  const text = execFileSync('go', ['run', join(root, gen)], {
    cwd: root,
    env: { ...process.env, GO111MODULE: 'off', GOFLAGS: '' },
    maxBuffer: 64 << 20,
  });
  writeFileSync(join(root, out), text);
  console.log(`update-goldens: ${name}: wrote ${out} (${text.length} bytes) with ${version}`);
}
if (!wanted.length || wanted.includes('conformance')) {
  const report = await updateConformanceGoldens(root, check);
  if (report.mismatches.length) process.exitCode = 1;
}
