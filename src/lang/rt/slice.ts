// Slice growth (Go 1.19 runtime/slice.go `growslice`): the new capacity for
// an append that needs `needed` elements, from the old capacity, then rounded
// up to the allocation's size class, so cap() sequences match Go exactly.

import { roundupsize } from '../../sim/msize.ts';
import type { SizeClassTable } from '../../sim/sizeclasses.ts';

/** growslice's switch from doubling to ~1.25× growth. */
export const growThreshold = 256;

/**
 * The capacity growslice gives a slice of `elemSize`-byte elements with
 * capacity `oldCap` that must hold `needed` elements (Go 1.19's `cap`
 * argument), and the bytes it allocates.
 */
export function growsliceCap(
  table: SizeClassTable,
  elemSize: number,
  oldCap: number,
  needed: number,
): { newCap: number; capBytes: number } {
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (needed > doublecap) newcap = needed;
  else if (oldCap < growThreshold) newcap = doublecap;
  else {
    while (newcap > 0 && newcap < needed) newcap += Math.floor((newcap + 3 * growThreshold) / 4);
    if (newcap <= 0) newcap = needed;
  }
  if (elemSize === 0) return { newCap: newcap, capBytes: 0 };
  const capBytes = roundupsize(table, newcap * elemSize);
  return { newCap: Math.floor(capBytes / elemSize), capBytes };
}
