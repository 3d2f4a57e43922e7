// Size-class table generator: writes src/sim/sizeclasses.ts.
//
// Re-implements the class-selection algorithm of Go's runtime/mksizeclasses.go
// `makeClasses` as described in go-runtime-facts.md §1 "How each class's span
// is sized", checked against the full table in facts §2. Two variants:
//
// - go1.19: the current algorithm (68 classes including the dummy class 0).
// - go1.12: the older generator (Go <= 1.15), whose alignment became 16 at
//   size 16 rather than 32, so there is no 24-byte class and 67 classes result
//   (facts §2 "Version differences").
//
// Run with `npm run gen:sizeclasses`. The output is emitted already in Biome's
// format, so tests/sim/sizeclasses.test.ts can regenerate it in memory and
// compare it with the file on disk byte for byte.

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type SizeClassVariant = 'go1.19' | 'go1.12';

export const sizeClassVariants: readonly SizeClassVariant[] = ['go1.19', 'go1.12'];

// Allocator constants (facts §1 table). They are emitted into the generated file.
export const pageShift = 13;
export const pageSize = 1 << pageShift;
export const maxSmallSize = 32768;
export const smallSizeDiv = 8;
export const smallSizeMax = 1024;
export const largeSizeDiv = 128;
export const tinySize = 16;
export const tinySizeClass = 2;

/** One row of the size-class table; row 0 is the dummy class used for large objects. */
export interface SizeClassRow {
  readonly sizeClass: number;
  /** Bytes per object (class_to_size). */
  readonly size: number;
  /** Pages per span (class_to_allocnpages). */
  readonly npages: number;
  readonly spanBytes: number;
  readonly objects: number;
  /** Bytes left over at the end of a span. */
  readonly tailWaste: number;
  /** Numerator of the worst-case waste fraction; the denominator is spanBytes. */
  readonly maxWasteBytes: number;
  /** Guaranteed alignment of every object: lowest set bit of size, capped at the page size. */
  readonly minAlign: number;
}

/** One line of the alignment summary printed under Go's table. */
export interface AlignmentRow {
  readonly align: number;
  readonly bits: number;
  /** Smallest class size from which every larger class has at least this alignment. */
  readonly minObjSize: number;
}

export interface SizeClasses {
  readonly variant: SizeClassVariant;
  /** Indexed by class; rows[0] is the dummy class. */
  readonly rows: readonly SizeClassRow[];
  readonly classToSize: readonly number[];
  readonly classToAllocNPages: readonly number[];
  readonly classToNObjects: readonly number[];
  /** Index ceil(size/8) for size <= 1024; length smallSizeMax/smallSizeDiv+1 = 129. */
  readonly sizeToClass8: readonly number[];
  /** Index ceil((size-1024)/128) for 1024 <= size <= 32768; length (maxSmallSize-smallSizeMax)/largeSizeDiv+1 = 249. */
  readonly sizeToClass128: readonly number[];
  readonly alignments: readonly AlignmentRow[];
}

const expectedClassCount: Record<SizeClassVariant, number> = { 'go1.19': 68, 'go1.12': 67 };

function isPowerOfTwo(x: number): boolean {
  return x > 0 && (x & (x - 1)) === 0;
}

function trailingZeros(x: number): number {
  let n = 0;
  while (n < 31 && (x & (1 << n)) === 0) n++;
  return n;
}

/** Alignment step after reaching a power-of-two size (facts §1 step 1). */
function nextAlign(variant: SizeClassVariant, size: number, align: number): number {
  if (size >= 2048) return 256;
  if (size >= 128) return size / 8;
  // Go 1.19 keeps 8-byte steps up to 32 (giving the 24-byte class); the old
  // generator switched to 16-byte steps already at 16.
  const sixteenFrom = variant === 'go1.19' ? 32 : 16;
  if (size >= sixteenFrom) return 16;
  return align;
}

/** Pure: computes every table of one variant. */
export function makeSizeClasses(variant: SizeClassVariant): SizeClasses {
  // Each entry is [size, npages]; entry 0 is the dummy class.
  const classes: [number, number][] = [[0, 0]];

  let align = 8;
  for (let size = align; size <= maxSmallSize; size += align) {
    if (isPowerOfTwo(size)) align = nextAlign(variant, size, align);
    if (!isPowerOfTwo(align)) throw new Error(`mksizeclasses: alignment ${align} is not a power of two`);

    // Smallest span whose leftover after cutting it into objects is at most 1/8 of it (step 2).
    let spanBytes = pageSize;
    while (spanBytes % size > spanBytes / 8) spanBytes += pageSize;
    const npages = spanBytes / pageSize;

    // Same span size and same object count as the previous class: widen that class instead (step 3).
    const last = classes[classes.length - 1];
    if (
      classes.length > 1 &&
      last[1] === npages &&
      Math.floor(spanBytes / last[0]) === Math.floor(spanBytes / size)
    ) {
      last[0] = size;
      continue;
    }
    classes.push([size, npages]);
  }

  // Grow each class to the largest 128-aligned size that still fits the same number of objects (step 4).
  for (let i = 1; i < classes.length; i++) {
    const c = classes[i];
    const spanBytes = c[1] * pageSize;
    const widened = Math.floor(spanBytes / Math.floor(spanBytes / c[0])) & ~(largeSizeDiv - 1);
    if (widened > c[0]) c[0] = widened;
  }

  if (classes.length !== expectedClassCount[variant]) {
    throw new Error(
      `mksizeclasses: ${variant} produced ${classes.length} classes, want ${expectedClassCount[variant]}`,
    );
  }

  // Derived columns (step 6).
  const rows: SizeClassRow[] = [];
  let prevSize = 0;
  for (let i = 0; i < classes.length; i++) {
    const [size, npages] = classes[i];
    const spanBytes = npages * pageSize;
    if (i === 0) {
      rows.push({
        sizeClass: 0,
        size,
        npages,
        spanBytes,
        objects: 0,
        tailWaste: 0,
        maxWasteBytes: 0,
        minAlign: 0,
      });
      continue;
    }
    const objects = Math.floor(spanBytes / size);
    const tailWaste = spanBytes - objects * size;
    const maxWasteBytes = (size - prevSize - 1) * objects + tailWaste;
    const minAlign = 1 << Math.min(trailingZeros(size), pageShift);
    rows.push({ sizeClass: i, size, npages, spanBytes, objects, tailWaste, maxWasteBytes, minAlign });
    prevSize = size;
  }

  const classToSize = rows.map((r) => r.size);

  // Smallest class whose size is at least `size` (class 0 for size 0).
  const classFor = (size: number): number => {
    const c = classToSize.findIndex((s) => s >= size);
    if (c < 0) throw new Error(`mksizeclasses: no class holds ${size} bytes`);
    return c;
  };
  const sizeToClass8: number[] = [];
  for (let i = 0; i <= smallSizeMax / smallSizeDiv; i++) sizeToClass8.push(classFor(i * smallSizeDiv));
  const sizeToClass128: number[] = [];
  for (let i = 0; i <= (maxSmallSize - smallSizeMax) / largeSizeDiv; i++) {
    sizeToClass128.push(classFor(smallSizeMax + i * largeSizeDiv));
  }

  return {
    variant,
    rows,
    classToSize,
    classToAllocNPages: rows.map((r) => r.npages),
    classToNObjects: rows.map((r) => r.objects),
    sizeToClass8,
    sizeToClass128,
    alignments: alignmentSummary(rows),
  };
}

/**
 * For each alignment 2^bits, the smallest class size from which all larger
 * classes are at least that aligned; collapsed to the rows where it changes.
 */
function alignmentSummary(rows: readonly SizeClassRow[]): AlignmentRow[] {
  const minSizeForBits = new Array<number>(pageShift + 1).fill(0);
  for (const r of rows) {
    if (r.sizeClass === 0) continue;
    const alignBits = Math.min(trailingZeros(r.size), pageShift);
    for (let b = 0; b <= pageShift; b++) {
      if (b > alignBits) minSizeForBits[b] = 0;
      else if (minSizeForBits[b] === 0) minSizeForBits[b] = r.size;
    }
  }
  const out: AlignmentRow[] = [];
  for (let b = 0; b <= pageShift; b++) {
    const size = minSizeForBits[b];
    if (size === 0) break;
    if (b + 1 <= pageShift && size === minSizeForBits[b + 1]) continue;
    out.push({ align: 1 << b, bits: b, minObjSize: size });
  }
  return out;
}

/**
 * Max waste as Go prints it (`%8.2f%%` of 100*waste, without padding), e.g.
 * "87.50%". The value is computed in float64 like Go; Go rounds an exact
 * decimal tie to even where JavaScript's toFixed rounds it up, so ties are
 * handled explicitly.
 */
export function formatMaxWaste(row: SizeClassRow): string {
  const pct = 100 * (row.maxWasteBytes / row.spanBytes);
  const eighths = pct * 8;
  if (Number.isInteger(eighths) && eighths % 2 === 1) {
    // pct ends in .125, .375, .625 or .875: round half to even at two decimals.
    const low = Math.floor(pct * 100);
    const hundredths = low % 2 === 0 ? low : low + 1;
    return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}%`;
  }
  return `${pct.toFixed(2)}%`;
}

const pad = (v: string | number, width: number): string => String(v).padStart(width);

function commentTable(t: SizeClasses): string[] {
  const lines: string[] = [];
  lines.push('// class  bytes/obj  bytes/span  objects  tail waste  max waste  min align');
  for (const r of t.rows) {
    if (r.sizeClass === 0) continue;
    lines.push(
      `// ${pad(r.sizeClass, 5)}  ${pad(r.size, 9)}  ${pad(r.spanBytes, 10)}  ${pad(r.objects, 7)}  ` +
        `${pad(r.tailWaste, 10)}  ${pad(formatMaxWaste(r), 9)}  ${pad(r.minAlign, 9)}`,
    );
  }
  lines.push('//');
  lines.push('// alignment  bits  min obj size');
  for (const a of t.alignments)
    lines.push(`// ${pad(a.align, 9)}  ${pad(a.bits, 4)}  ${pad(a.minObjSize, 12)}`);
  return lines;
}

const lineWidth = 110;

/** A typed-array literal laid out the way Biome fills a long array of numbers. */
function typedArrayProperty(
  name: string,
  ctor: 'Uint8Array' | 'Uint16Array',
  values: readonly number[],
): string[] {
  const max = ctor === 'Uint8Array' ? 0xff : 0xffff;
  const bad = values.find((v) => !Number.isInteger(v) || v < 0 || v > max);
  if (bad !== undefined) throw new Error(`mksizeclasses: ${name} value ${bad} does not fit ${ctor}`);
  const indent = '    ';
  const out = [`  ${name}: new ${ctor}([`];
  let line = '';
  for (const v of values) {
    const item = `${v},`;
    if (line === '') line = indent + item;
    else if (line.length + 1 + item.length <= lineWidth) line += ` ${item}`;
    else {
      out.push(line);
      line = indent + item;
    }
  }
  if (line !== '') out.push(line);
  out.push('  ]),');
  return out;
}

function constName(variant: SizeClassVariant): string {
  return variant === 'go1.19' ? 'sizeClassesGo119' : 'sizeClassesGo112';
}

const variantNotes: Record<SizeClassVariant, string> = {
  'go1.19': 'go1.19: Go 1.19 runtime/sizeclasses.go (facts §2); 68 classes including the dummy class 0.',
  'go1.12':
    'go1.12: the older generator (Go <= 1.15): 67 classes, no 24-byte class (facts §2 "Version differences").',
};

/** Text of src/sim/sizeclasses.ts for the given tables (default: every variant). */
export function renderSizeClassesModule(
  tables: readonly SizeClasses[] = sizeClassVariants.map(makeSizeClasses),
): string {
  const l: string[] = [];
  l.push('// Code generated by src/tools/mksizeclasses.ts; DO NOT EDIT.');
  l.push('// Regenerate with `npm run gen:sizeclasses`.');
  l.push('//');
  l.push("// Size classes of Go's small-object allocator, models runtime/sizeclasses.go.");
  l.push('// How the classes are chosen: go-runtime-facts.md §1 "How each class\'s span is sized".');
  l.push('// Lookup (size -> class) lives in msize.ts.');
  for (const t of tables) {
    l.push('');
    l.push(`// ${variantNotes[t.variant]}`);
    l.push('//');
    l.push(...commentTable(t));
  }
  l.push('');
  l.push('/** log2 of the runtime page size (facts §1). */');
  l.push(`export const pageShift = ${pageShift};`);
  l.push(`export const pageSize = ${pageSize};`);
  l.push('/** Largest small object; anything bigger is a large object with its own span (facts §1). */');
  l.push(`export const maxSmallSize = ${maxSmallSize};`);
  l.push(`export const smallSizeDiv = ${smallSizeDiv};`);
  l.push(`export const smallSizeMax = ${smallSizeMax};`);
  l.push(`export const largeSizeDiv = ${largeSizeDiv};`);
  l.push(
    '/** Noscan objects smaller than this go to the tiny allocator (facts §1 "Tiny allocator rules"). */',
  );
  l.push(`export const tinySize = ${tinySize};`);
  l.push('/** The 16-byte class that holds tiny blocks. */');
  l.push(`export const tinySizeClass = ${tinySizeClass};`);
  l.push('');
  l.push('export interface SizeClassTable {');
  l.push('  readonly variant: string;');
  l.push('  /** Number of classes including the dummy class 0 (used for large objects). */');
  l.push('  readonly numSizeClasses: number;');
  l.push('  /** Bytes per object, by class (class_to_size). */');
  l.push('  readonly classToSize: Uint16Array;');
  l.push('  /** Pages per span, by class (class_to_allocnpages). */');
  l.push('  readonly classToAllocNPages: Uint8Array;');
  l.push('  /** Objects per span, by class. */');
  l.push('  readonly classToNObjects: Uint16Array;');
  l.push('  /** Class for size <= smallSizeMax-8, indexed by ceil(size/smallSizeDiv) (size_to_class8). */');
  l.push('  readonly sizeToClass8: Uint8Array;');
  l.push(
    '  /** Class for larger small sizes, indexed by ceil((size-smallSizeMax)/largeSizeDiv) (size_to_class128). */',
  );
  l.push('  readonly sizeToClass128: Uint8Array;');
  l.push('}');
  for (const t of tables) {
    l.push('');
    l.push(`export const ${constName(t.variant)}: SizeClassTable = {`);
    l.push(`  variant: '${t.variant}',`);
    l.push(`  numSizeClasses: ${t.rows.length},`);
    l.push(...typedArrayProperty('classToSize', 'Uint16Array', t.classToSize));
    l.push(...typedArrayProperty('classToAllocNPages', 'Uint8Array', t.classToAllocNPages));
    l.push(...typedArrayProperty('classToNObjects', 'Uint16Array', t.classToNObjects));
    l.push(...typedArrayProperty('sizeToClass8', 'Uint8Array', t.sizeToClass8));
    l.push(...typedArrayProperty('sizeToClass128', 'Uint8Array', t.sizeToClass128));
    l.push('};');
  }
  return `${l.join('\n')}\n`;
}

/** Where the generated module lives, relative to this file. */
export const sizeClassesModulePath = join(import.meta.dirname, '..', 'sim', 'sizeclasses.ts');

const invokedAsScript =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedAsScript) {
  writeFileSync(sizeClassesModulePath, renderSizeClassesModule());
  console.log(`mksizeclasses: wrote ${sizeClassesModulePath}`);
}
