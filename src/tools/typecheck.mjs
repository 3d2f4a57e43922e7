// Type-checks every layer with its own tsconfig, so each folder's `lib` applies
// to its own files: DOM in src/sim is a compile error, not a warning.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function hasTs(dir) {
  return readdirSync(dir, { withFileTypes: true }).some((e) =>
    e.isDirectory() ? hasTs(join(dir, e.name)) : e.name.endsWith('.ts'),
  );
}

const tsc = join('node_modules', 'typescript', 'bin', 'tsc');
const projects = [
  ...readdirSync('src', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join('src', d.name, 'tsconfig.json')))
    .filter((d) => hasTs(join('src', d.name)))
    .map((d) => join('src', d.name, 'tsconfig.json')),
  join('tests', 'tsconfig.json'),
  'tsconfig.json',
];
let failed = 0;
for (const p of projects) {
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '-p', p], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`typecheck failed: ${p}`);
  }
}
console.log(`typecheck: ${projects.length - failed} of ${projects.length} projects clean`);
process.exit(failed ? 1 : 0);
