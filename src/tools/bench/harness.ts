// Benchmark harness: every figure is the median of several runs with its min
// and max. Benchmarks never run inside `npm test`.

export interface Measurement {
  /** One run's value in the figure's unit. */
  value: number;
}

export interface BenchFigure {
  section: string;
  name: string;
  unit: string;
  /** Human-readable target, e.g. ">= 20e6" or "<= 32". */
  target?: string;
  /** Whether the median meets the target; undefined when there is no target. */
  met?: boolean;
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface BenchContext {
  quick: boolean;
  /** Wall clock for measuring (the harness is outside the pure layers). */
  now(): number;
}

export interface BenchSection {
  name: string;
  run(ctx: BenchContext): Promise<BenchFigure[]>;
}

export function summarize(
  section: string,
  name: string,
  unit: string,
  values: number[],
  target?: { text: string; ok: (median: number) => boolean },
): BenchFigure {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    section,
    name,
    unit,
    target: target?.text,
    met: target ? target.ok(median) : undefined,
    median,
    min: sorted[0],
    max: sorted[sorted.length - 1],
    runs: values.length,
  };
}

function fmtNum(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a >= 1e6) return `${(v / 1e6).toFixed(2)}M`;
  if (a >= 1e4) return `${(v / 1e3).toFixed(1)}k`;
  if (a >= 100) return v.toFixed(0);
  return v.toFixed(2);
}

export function formatTable(figures: readonly BenchFigure[]): string {
  const head = ['section', 'figure', 'median', 'min', 'max', 'unit', 'runs', 'target', 'met'];
  const rows = figures.map((f) => [
    f.section,
    f.name,
    fmtNum(f.median),
    fmtNum(f.min),
    fmtNum(f.max),
    f.unit,
    String(f.runs),
    f.target ?? '',
    f.met === undefined ? '' : f.met ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
