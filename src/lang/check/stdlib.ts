// The standard library of the dialect, as Go source checked and compiled like the program:
// declarations without bodies are native (src/lang/rt/natives.ts), declarations with bodies are
// compiled with the program, so their allocations (list elements, builders, buffers, contexts)
// are Go's own. Members not listed are reported as "undefined: pkg.Name". Signatures follow Go
// 1.19's documentation. Sources live in src/lang/std/.

import { errorsSource, ioSource } from '../std/errors.ts';
import { fmtSource, osSource } from '../std/fmtos.ts';
import { listSource } from '../std/list.ts';
import { debugSource, flagSource, mathSource, runtimeSource } from '../std/runtime.ts';
import { bufioSource, bytesSource, strconvSource, stringsSource } from '../std/strs.ts';
import { atomicSource, sortSource, syncSource } from '../std/syncsort.ts';
import { contextSource, timeSource } from '../std/timectx.ts';

/** The packages a heaplab program may import (the dialect's std subset). */
export const importablePackages: readonly string[] = [
  'fmt',
  'strings',
  'strconv',
  'bytes',
  'errors',
  'sort',
  'math',
  'container/list',
  'sync',
  'sync/atomic',
  'time',
  'context',
  'runtime',
  'runtime/debug',
  'os',
  'flag',
  'bufio',
  'io',
];

export const stdlibSources: Readonly<Record<string, string>> = {
  fmt: fmtSource,
  strings: stringsSource,
  strconv: strconvSource,
  bytes: bytesSource,
  errors: errorsSource,
  io: ioSource,
  sort: sortSource,
  math: mathSource,
  'container/list': listSource,
  sync: syncSource,
  'sync/atomic': atomicSource,
  time: timeSource,
  context: contextSource,
  runtime: runtimeSource,
  'runtime/debug': debugSource,
  os: osSource,
  flag: flagSource,
  bufio: bufioSource,
};
