// Runs the installed Go's `go build` on one source file in a fresh module and
// returns what it printed to stderr (empty when it built). Used by the
// confirm-* scripts that re-check recorded diagnostics against real Go.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function goBuildStderr(src: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'heaplab-go-'));
  try {
    writeFileSync(join(dir, 'go.mod'), 'module x\n\ngo 1.19\n');
    writeFileSync(join(dir, 'f.go'), src);
    try {
      execFileSync('go', ['build', '-o', join(dir, 'out'), '.'], {
        cwd: dir,
        stdio: 'pipe',
        encoding: 'utf8',
      });
      return '';
    } catch (e) {
      return String((e as { stderr?: string }).stderr ?? '');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
