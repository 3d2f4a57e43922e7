// The installed Go 1.19 toolchain's sources (`go env GOROOT`), read as test
// input instead of copies in this repository. CI installs Debian's golang-go;
// elsewhere install it (or put `go` on PATH), or these tests fail with a hint.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Files parsed by the front-end tests: plain and generic Go from GOROOT. */
export const gorootFiles = [
  'src/bufio/scan.go',
  'src/container/list/list.go',
  'src/context/context.go',
  'src/errors/errors.go',
  'src/errors/wrap.go',
  'src/fmt/print.go',
  'src/sort/search.go',
  'src/sort/slice.go',
  'src/sort/sort.go',
  'src/sort/zsortfunc.go',
  'src/strconv/atoi.go',
  'src/strings/builder.go',
  'src/strings/reader.go',
  'src/strings/replace.go',
  'src/sync/atomic/type.go',
  'src/sync/mutex.go',
  'src/sync/once.go',
  'src/unicode/utf8/utf8.go',
  'test/typeparam/graph.go',
  'test/typeparam/orderedmap.go',
  'test/typeparam/sets.go',
];

/** GOROOT of the installed Go, or throws a message saying how to get it. */
export function goroot(): string {
  try {
    const root = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
    const version = execFileSync('go', ['version'], { encoding: 'utf8' });
    if (!version.includes('go1.19')) throw new Error(`need Go 1.19's sources, found ${version.trim()}`);
    return root;
  } catch (e) {
    throw new Error(
      `these tests read Go 1.19's own sources: install it (Debian: apt-get install -y golang-go) — ${(e as Error).message}`,
    );
  }
}

export function gorootPath(rel: string): string {
  return join(goroot(), rel);
}
