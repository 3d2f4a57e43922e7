// heaplab command line: the same engine the workbench's worker uses, headless.
import { readFileSync } from 'node:fs';

export const usage = `heaplab: how Go programs use memory, on a simulated Go 1.19 runtime

usage:
  heaplab <command> [arguments]

commands:
  help        print this help
  version     print heaplab's version and the Go runtime it models

Run the workbench in a browser with \`npm start\`.
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return `heaplab ${pkg.version} (models go1.19 linux/amd64)`;
}

/** Runs the CLI and resolves to the process exit code. */
export async function main(
  argv: readonly string[],
  out = process.stdout,
  err = process.stderr,
): Promise<number> {
  const [cmd] = argv;
  switch (cmd) {
    case undefined:
    case 'help':
    case '-h':
    case '--help':
      out.write(usage);
      return cmd === undefined ? 2 : 0;
    case 'version':
    case '--version':
      out.write(`${version()}\n`);
      return 0;
    default:
      err.write(`heaplab: unknown command "${cmd}"\nRun 'heaplab help' for usage.\n`);
      return 2;
  }
}
