// Child process of the end-to-end benchmark: runs one Go program on heaplab (bundled by esbuild so
// module getters and kept names do not distort the figure) and prints its wall time as JSON.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { runProgram } from '../../lang/run.ts';

const [file, ...args] = process.argv.slice(2);
const src = readFileSync(file, 'utf8');
const t0 = performance.now();
let out = '';
const r = runProgram({
  filename: file,
  src,
  args,
  env: {},
  stdout: (s) => {
    out += s;
  },
  stderr: () => {},
});
const wallMs = performance.now() - t0;
// peak resident memory of this process (bench figure 7: the Node equivalent of the worker's heap)
const maxRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(
  `${JSON.stringify({ exitCode: r.exitCode, wallMs, maxRssBytes, lines: out.split('\n').length })}\n`,
);
