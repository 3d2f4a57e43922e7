// Models Go 1.19 runtime/mstats.go `MemStats` and `readmemstats_m`
// (go-runtime-facts.md §8). Every field, with Go's exact relations:
//   Sys = HeapSys + StackSys + MSpanSys + MCacheSys + BuckHashSys + GCSys + OtherSys
//   HeapSys = HeapInuse + HeapIdle, HeapObjects = Mallocs − Frees, Alloc = HeapAlloc
// Go's ReadMemStats stops the world and flushes every mcache first; the
// simulator's counters are exact at every instant, which is the same thing.

export interface MemStatsBySize {
  Size: number;
  Mallocs: number;
  Frees: number;
}

/** runtime.MemStats, field for field (uint64 values as JS numbers: exact below 2^53). */
export interface MemStats {
  Alloc: number;
  TotalAlloc: number;
  Sys: number;
  Lookups: number;
  Mallocs: number;
  Frees: number;
  HeapAlloc: number;
  HeapSys: number;
  HeapIdle: number;
  HeapInuse: number;
  HeapReleased: number;
  HeapObjects: number;
  StackInuse: number;
  StackSys: number;
  MSpanInuse: number;
  MSpanSys: number;
  MCacheInuse: number;
  MCacheSys: number;
  BuckHashSys: number;
  GCSys: number;
  OtherSys: number;
  NextGC: number;
  LastGC: number;
  PauseTotalNs: number;
  PauseNs: number[];
  PauseEnd: number[];
  NumGC: number;
  NumForcedGC: number;
  GCCPUFraction: number;
  EnableGC: boolean;
  DebugGC: boolean;
  BySize: MemStatsBySize[];
}

/** The MemStats fields that are plain numbers (for CSV output, charts and relation checks). */
export type MemStatsNumberField = {
  [K in keyof MemStats]: MemStats[K] extends number ? K : never;
}[keyof MemStats];

/** Number of BySize entries: the first 61 size classes (facts §8). */
export const memStatsBySizeEntries = 61;

/**
 * Checks every relation of facts §8 that must hold in any snapshot; returns
 * the broken ones as readable strings (empty when all hold).
 */
export function memStatsRelationErrors(m: MemStats): string[] {
  const errs: string[] = [];
  const eq = (name: string, a: number, b: number) => {
    if (a !== b) errs.push(`${name}: ${a} != ${b}`);
  };
  eq(
    'Sys = HeapSys+StackSys+MSpanSys+MCacheSys+BuckHashSys+GCSys+OtherSys',
    m.Sys,
    m.HeapSys + m.StackSys + m.MSpanSys + m.MCacheSys + m.BuckHashSys + m.GCSys + m.OtherSys,
  );
  eq('HeapSys = HeapInuse+HeapIdle', m.HeapSys, m.HeapInuse + m.HeapIdle);
  eq('HeapObjects = Mallocs-Frees', m.HeapObjects, m.Mallocs - m.Frees);
  eq('Alloc = HeapAlloc', m.Alloc, m.HeapAlloc);
  if (m.HeapAlloc > m.HeapInuse) errs.push(`HeapAlloc ${m.HeapAlloc} > HeapInuse ${m.HeapInuse}`);
  if (m.HeapReleased > m.HeapIdle) errs.push(`HeapReleased ${m.HeapReleased} > HeapIdle ${m.HeapIdle}`);
  if (m.StackInuse > m.StackSys) errs.push(`StackInuse ${m.StackInuse} > StackSys ${m.StackSys}`);
  if (m.MSpanInuse > m.MSpanSys) errs.push(`MSpanInuse ${m.MSpanInuse} > MSpanSys ${m.MSpanSys}`);
  if (m.MCacheInuse > m.MCacheSys) errs.push(`MCacheInuse ${m.MCacheInuse} > MCacheSys ${m.MCacheSys}`);
  if (m.TotalAlloc < m.HeapAlloc) errs.push(`TotalAlloc ${m.TotalAlloc} < HeapAlloc ${m.HeapAlloc}`);
  if (m.BySize.length !== memStatsBySizeEntries) errs.push(`BySize has ${m.BySize.length} entries`);
  if (m.PauseNs.length !== 256 || m.PauseEnd.length !== 256)
    errs.push('PauseNs/PauseEnd must have 256 entries');
  for (const b of m.BySize) if (b.Frees > b.Mallocs) errs.push(`BySize[${b.Size}] frees > mallocs`);
  return errs;
}
