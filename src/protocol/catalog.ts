// The scenario catalogue's shape: what `npm run gen:catalog` writes to src/ui/catalog.gen.ts for
// the workbench's picker (one hand-written copy; the generated file imports it).

/** A command-line flag a scenario declares with the flag package, for the picker's inputs. */
export interface CatalogFlag {
  name: string;
  kind: 'int' | 'int64' | 'string' | 'bool' | 'float64' | 'duration';
  default: string;
  usage: string;
}

export interface CatalogEntry {
  name: string;
  title: string;
  summary: string;
  flags: CatalogFlag[];
  /** Arguments of the scenario's test scale (small enough for a classroom run). */
  smallArgs: string[];
  env: Record<string, string>;
  source: string;
}
