// Go version profiles (go-runtime-facts.md §2 "Version differences", §4, §5,
// §6, §10). Selecting a profile switches policies, not labels.

import { type SizeClassTable, sizeClassesGo112, sizeClassesGo119 } from './sizeclasses.ts';

export type GoVersion = 'go1.19' | 'go1.12' | 'go1.23';

export interface VersionProfile {
  name: GoVersion;
  /** Size classes: 68 in 1.19 and later, 67 (no 24-byte class) before 1.16. */
  sizeClasses: SizeClassTable;
  /** Default madvise for scavenged memory on Linux: DONTNEED since 1.16, FREE in 1.12–1.15 (facts §6). */
  defaultMadvise: 'dontneed' | 'free';
  /** Heap goal rule: 1.18+ counts stacks and globals; before, goal = marked × (1 + GOGC/100) (facts §4). */
  pacer: 'go1.18+' | 'pre-go1.18';
  /** Scavenger: 1.19 background scavenger, or the pre-1.13 sysmon scavenger printing `scvg` lines (facts §5). */
  scavenger: 'go1.19' | 'sysmon-scvg';
  /** Go 1.23: unreferenced Timers/Tickers are collectable without Stop (facts §10). */
  timersCollectable: boolean;
  /** Go 1.19: new goroutines start at the average scanned stack size (facts §10). */
  adaptiveStackStart: boolean;
  /** GOMEMLIMIT / debug.SetMemoryLimit exist (Go 1.19+). */
  memoryLimit: boolean;
  /** gctrace prints `# MB stacks, # MB globals` (present in 1.19; absent in ≤ 1.17, facts §7). */
  gctraceStacks: boolean;
}

export const versionProfiles: Readonly<Record<GoVersion, VersionProfile>> = {
  'go1.19': {
    name: 'go1.19',
    sizeClasses: sizeClassesGo119,
    defaultMadvise: 'dontneed',
    pacer: 'go1.18+',
    scavenger: 'go1.19',
    timersCollectable: false,
    adaptiveStackStart: true,
    memoryLimit: true,
    gctraceStacks: true,
  },
  'go1.12': {
    name: 'go1.12',
    sizeClasses: sizeClassesGo112,
    defaultMadvise: 'free',
    pacer: 'pre-go1.18',
    scavenger: 'sysmon-scvg',
    timersCollectable: false,
    adaptiveStackStart: false,
    memoryLimit: false,
    gctraceStacks: false,
  },
  'go1.23': {
    name: 'go1.23',
    sizeClasses: sizeClassesGo119,
    defaultMadvise: 'dontneed',
    pacer: 'go1.18+',
    scavenger: 'go1.19',
    timersCollectable: true,
    adaptiveStackStart: true,
    memoryLimit: true,
    gctraceStacks: true,
  },
};

/** Resolves "1.19", "go1.19" etc.; anything else is an error naming the supported profiles. */
export function resolveVersionProfile(name: string | undefined): VersionProfile {
  const key = (name ?? 'go1.19').trim();
  const norm = (key.startsWith('go') ? key : `go${key}`) as GoVersion;
  const p = Object.hasOwn(versionProfiles, norm) ? versionProfiles[norm] : undefined;
  if (!p) {
    throw new Error(
      `unsupported Go version profile "${key}": heaplab supports ${Object.keys(versionProfiles).join(', ')}`,
    );
  }
  return p;
}
