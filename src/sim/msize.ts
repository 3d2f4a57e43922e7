// Request size -> size class and rounded allocation size.
// Models Go 1.19 runtime/malloc.go `mallocgc` (the class lookup) and
// runtime/msize.go `roundupsize`, over the tables in sizeclasses.ts.
//
// Both functions are on the allocation hot path: no allocation, no checks,
// only integer arithmetic and typed-array reads. `size` must be a
// non-negative integer (a Go uintptr). The shifts divide by smallSizeDiv
// (8 = 1<<3) and largeSizeDiv (128 = 1<<7); sizes there are at most 32768.

import {
  largeSizeDiv,
  maxSmallSize,
  pageSize,
  type SizeClassTable,
  smallSizeDiv,
  smallSizeMax,
} from './sizeclasses.ts';

/**
 * Size class for a request of `size` bytes (facts §1 "Size → class lookup"):
 * `size_to_class8[ceil(size/8)]` up to 1016 bytes, else
 * `size_to_class128[ceil((size-1024)/128)]` up to maxSmallSize (32768).
 * Returns 0 for a large object (size > 32768, facts §1 "Small / large
 * threshold"); size 0 also maps to class 0 (Go returns &zerobase for it
 * before any lookup).
 *
 * This is the class a plain small allocation uses. Noscan requests under
 * tinySize (16) are served by the tiny allocator from the 16-byte class
 * instead (facts §1 "Tiny allocator rules"); that decision belongs to the
 * caller.
 */
export function sizeToClass(table: SizeClassTable, size: number): number {
  if (size <= smallSizeMax - 8) return table.sizeToClass8[(size + smallSizeDiv - 1) >>> 3];
  if (size <= maxSmallSize) return table.sizeToClass128[(size - smallSizeMax + largeSizeDiv - 1) >>> 7];
  return 0;
}

/**
 * Bytes actually allocated for a request of `size` bytes, as Go's
 * `roundupsize`: the class size for small objects, and for large objects
 * (> 32768) the size rounded up to whole 8 KiB pages, which is the large
 * span's elemsize (facts §1 "Small / large threshold").
 */
export function roundupsize(table: SizeClassTable, size: number): number {
  if (size < maxSmallSize) {
    if (size <= smallSizeMax - 8)
      return table.classToSize[table.sizeToClass8[(size + smallSizeDiv - 1) >>> 3]];
    return table.classToSize[table.sizeToClass128[(size - smallSizeMax + largeSizeDiv - 1) >>> 7]];
  }
  // Plain arithmetic rather than bit masks: large sizes may exceed 2^31.
  const rem = size % pageSize;
  return rem === 0 ? size : size - rem + pageSize;
}
