// Models Go 1.19 runtime/map.go (and the string fast paths of
// runtime/map_faststr.go) with the map's memory on the simulated heap.
//
// What lives where:
//   - Simulated heap (through Runtime.mallocgc, so size classes, heapLive and
//     GC triggering are real): the hmap header (48 B, scan), the mapextra
//     struct (24 B, scan), each bucket array (one object: 2^B buckets plus, for
//     B >= 4, 2^(B-4) preallocated overflow buckets, rounded up the way
//     makeBucketArray does), each further overflow bucket (one object each,
//     `newoverflow`), indirect keys/elems (> 128 B), and for maps whose buckets
//     hold no pointers the extra.overflow slices that keep overflow buckets
//     alive. Every pointer Go stores is a real pointer word written with
//     Allocator.writePointer, so the collector traces hmap → buckets →
//     overflow chain → key/elem targets exactly as Go's would.
//   - JavaScript typed arrays (no object per entry or per bucket): per bucket
//     array generation, the tophash byte and an entry id of each slot, the
//     overflow link and address of each bucket, and which of a bucket's OS
//     pages were already written. They mirror the heap so lookups never read
//     simulated memory. The JS key (and optional JS value) of an entry sit in
//     per-map stores indexed by its id; ids are reused last-freed-first, so an
//     LRU's insert/delete churn walks the key store sequentially, and
//     evacuation copies ids, not object references (V8 makes random stores of
//     young objects into big old arrays expensive).
//
// Layout (runtime/map.go `bmap`, cmd/compile reflectdata `MapBucketType`):
//   bucket = tophash [8]uint8 | keys [8]K | elems [8]E | overflow pointer,
//   dataOffset = 8, so bucketsize = 8 + 8*keysize + 8*elemsize + 8. On amd64
//   every term is a multiple of 8 and the struct needs no padding: map[string]*T
//   has 8 + 128 + 64 + 8 = 208 B buckets. Keys or elems over 128 B
//   (maxKeySize/maxElemSize) are stored indirectly: the slot holds a pointer
//   to a separately allocated key/elem object.
//
// Hash: MapType.hash returns 32 bits (Go's is 64 on amd64). The bucket index
// is the low B bits and tophash the top 8 bits, as in Go (`tophash`, values
// below minTopHash are bumped by minTopHash). 32 bits keep the two disjoint up
// to B = 24, which is the model's limit (maxB: 2^24 buckets of 208 B are
// 3.5 GB, beyond anything the simulator runs); a second mixed word would be
// needed past that. As in Go, evacuate and the iterator rehash keys when they
// need the hash.
//
// Page residency: every store faults in the OS pages it writes (rt.heap.touch,
// or inside writePointer), as Go's writes do. A page of an allocated object
// cannot lose residency (only free pages are scavenged), so each bucket keeps
// two bits saying its first/second OS page was written and skips repeat
// touches.
//
// Deliberate differences from Go (see also ARCHITECTURE.md):
//   - Keys compare with `===` (Go: the key type's equal function). NaN keys
//     therefore behave as in Go: never found, each insert adds an entry.
//   - Go's hash of a NaN key is random on every call; MapType.hash is whatever
//     the type supplies (deterministic for `inthash`). The NaN rules of
//     evacuate and mapiternext (tophash&1 while an iterator exists) are kept.
//   - No hashWriting flag (the simulation is single-threaded, nothing can race).
//   - The compiler's choice between mapassign and mapassign_faststr is modelled
//     by MapType.needkeyupdate: the fast path (string keys, elems <= 128 B)
//     keeps the old key on update, generic mapassign overwrites keys that need
//     it (strings, floats, interfaces).

import { roundupsize } from './msize.ts';
import type { Runtime } from './runtime.ts';

/** Maximum key/elem pairs per bucket (runtime/map.go `bucketCnt`). */
export const bucketCntBits = 3;
export const bucketCnt = 1 << bucketCntBits;
/** Growth threshold 6.5 = loadFactorNum/loadFactorDen (runtime/map.go). */
export const loadFactorNum = 13;
export const loadFactorDen = 2;
/** Keys/elems larger than this are stored indirectly (runtime/map.go `maxKeySize`, `maxElemSize`). */
export const maxKeySize = 128;
export const maxElemSize = 128;
/** Offset of the keys in a bucket: after the 8 tophash bytes (runtime/map.go `dataOffset`). */
export const dataOffset = 8;

// tophash states (runtime/map.go).
/** Cell empty, and no non-empty cells at higher indexes or in overflow buckets. */
export const emptyRest = 0;
/** Cell empty. */
export const emptyOne = 1;
/** Entry valid, evacuated to the first half of the larger table. */
export const evacuatedX = 2;
/** Entry valid, evacuated to the second half. */
export const evacuatedY = 3;
/** Cell empty, bucket evacuated. */
export const evacuatedEmpty = 4;
/** Smallest tophash of a filled cell. */
export const minTopHash = 5;

// hmap.flags (runtime/map.go); hashWriting is not modelled (single-threaded).
const iterator = 1;
const oldIterator = 2;
const sameSizeGrow = 8;

/** sizeof(hmap) on amd64: count, flags/B/noverflow/hash0, buckets, oldbuckets, nevacuate, extra. */
export const hmapSize = 48;
/** Byte offsets of hmap's pointer fields. */
export const hmapBucketsOff = 16;
export const hmapOldbucketsOff = 24;
export const hmapExtraOff = 40;
/** sizeof(mapextra): overflow, oldoverflow, nextOverflow. */
export const mapextraSize = 24;
export const mapextraOverflowOff = 0;
export const mapextraOldoverflowOff = 8;
export const mapextraNextOverflowOff = 16;
/** A slice header ([]*bmap): data pointer, len, cap. */
const sliceHeaderSize = 24;
const ptrSize = 8;
/** Largest supported B (32-bit hashes keep tophash and the bucket index disjoint; see the header). */
export const maxB = 24;
/** Bytes of one bucket's JS-side record (see BucketArray). */
const recordBytes = 64;
/** malloc.go `maxAlloc` on linux/amd64. */
const maxAlloc = 2 ** 48;
/** mapiternext's `noCheck` sentinel. */
const noCheck = -1;

/**
 * A Go map type (Go: `maptype`). Sizes are Go type sizes on amd64, e.g. a
 * string key is 16 B with a pointer in word 0; a pointer elem is 8 B with a
 * pointer in word 0. Key equality is JavaScript `===`.
 */
export interface MapType<K> {
  /** Size of the key type in bytes (Go: t.key.size). */
  keySize: number;
  /** Size of the elem type in bytes (Go: t.elem.size). */
  elemSize: number;
  /** Word offsets inside a key that hold pointers (Go: the key type's pointer bitmap). */
  keyPtrWords?: readonly number[];
  /** Word offsets inside an elem that hold pointers. */
  elemPtrWords?: readonly number[];
  /** The key's hash under `seed` (Go: t.hasher), a uint32. Equal keys must hash equally. */
  hash(key: K, seed: number): number;
  /**
   * Whether an assignment to an existing key overwrites the stored key (Go:
   * t.needkeyupdate(), true for strings, floats and interfaces, used by the
   * generic mapassign). The compiler sends map[string]V with elems <= 128 B to
   * mapassign_faststr, which never updates the key, so the default is false.
   */
  needkeyupdate?: boolean;
}

/** Go's string header size: data pointer + length. */
export const stringHeaderSize = 16;

/** Map type of map[string]E (default E = *T: one pointer word), hashed with `strhash`. */
export function stringMapType(elemSize = 8, elemPtrWords: readonly number[] = [0]): MapType<string> {
  return { keySize: stringHeaderSize, elemSize, keyPtrWords: [0], elemPtrWords, hash: strhash };
}

/**
 * A 32-bit string hash: MurmurHash3 (x86, 32-bit) over the UTF-16 code units,
 * two per block, seeded. Go hashes the UTF-8 bytes with AES or wyhash; any
 * well-mixed hash gives the same bucket statistics, which is what the model
 * needs (overflow-bucket counts depend on the distribution only).
 */
export function strhash(s: string, seed: number): number {
  let h = seed | 0;
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    let k = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  if (i < n) {
    let k = s.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
  }
  h ^= n << 1;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit integer hash (for map[int]V in tests and programs): the murmur3 finaliser of key ^ seed. */
export function inthash(key: number, seed: number): number {
  let h = (key ^ seed ^ Math.floor(key / 4294967296)) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** runtime/map.go `tophash` on a 32-bit hash. */
export function tophash(hash: number): number {
  const top = hash >>> 24;
  return top < minTopHash ? top + minTopHash : top;
}

/** runtime/map.go `overLoadFactor`: count items in 1<<B buckets exceed load factor 6.5. */
export function overLoadFactor(count: number, B: number): boolean {
  return count > bucketCnt && count > loadFactorNum * Math.floor(2 ** B / loadFactorDen);
}

/**
 * runtime/map.go `tooManyOverflowBuckets`: "too many" is (approximately) as
 * many overflow buckets as regular buckets, with B capped at 15 because
 * noverflow is a uint16 (see `incrnoverflow`).
 */
export function tooManyOverflowBuckets(noverflow: number, B: number): boolean {
  return noverflow >= 2 ** Math.min(B, 15);
}

/** runtime/map.go `makemap`: the B that holds `hint` elements. */
export function bucketsLogForHint(hint: number): number {
  let B = 0;
  while (overLoadFactor(hint, B)) B++;
  return B;
}

/**
 * One bucket-array generation (what h.buckets or h.oldbuckets points to) and
 * the overflow buckets chained from it. Bucket records are numbered locally:
 * 0..2^B-1 the regular buckets, then the preallocated overflow buckets of the
 * array object, then one record per overflow bucket allocated with newobject.
 * When the generation is dropped, its JS storage goes with it.
 *
 * Each bucket's JS state is one 64-byte record (one cache line) in a single
 * ArrayBuffer, seen through three views:
 *   bytes 0..7    tophash[8]                   u8[(b << 6) + i]
 *   bytes 8..11   overflow link (-1 = nil)     i32[(b << 4) + 2]
 *   bytes 12..15  offset of the bucket's second OS page (>= bucketsize: none)
 *                                              i32[(b << 4) + 3]
 *   bytes 16..47  entry id per cell (0 = none)  i32[(b << 4) + 4 + i]
 *   bytes 48..55  simulated address             f64[(b << 3) + 6]
 *   byte  56      OS pages written (bits 0, 1)  u8[(b << 6) + 56]
 * A cell ("slot") is s = b*8 + i.
 */
class BucketArray<K> {
  /** Records in use. */
  n = 0;
  /** Index of the next free preallocated overflow bucket (Go: extra.nextOverflow), or -1. */
  nextOverflow = -1;
  /** Records allocated with newobject (not part of the array object). */
  allocatedOverflow = 0;
  u8: Uint8Array;
  i32: Int32Array;
  f64: Float64Array;
  /**
   * Keys of evacuated cells, kept only while an iterator may walk this array
   * (Go keeps the old bucket's keys when oldIterator is set; here the entry's
   * id moves on and may be reused, so the key itself is kept).
   */
  evacKeys: (K | undefined)[] | null = null;
  // Maps whose buckets hold no pointers: this generation's extra.overflow
  // slice (header object, backing array, len, cap), keeping its overflow
  // buckets reachable (runtime/map.go `mapextra`).
  ovfSlice = 0;
  ovfArray = 0;
  ovfLen = 0;
  ovfCap = 0;

  constructor(
    /** log2 of the number of regular buckets. */
    readonly B: number,
    /** Address of the array object. */
    readonly addr0: number,
    /** Buckets in the array object (regular + preallocated overflow). */
    readonly nbuckets: number,
    private readonly bucketsize: number,
    private readonly osPageSize: number,
  ) {
    const buf = new ArrayBuffer((nbuckets + (nbuckets >>> 3) + 1) * recordBytes);
    this.u8 = new Uint8Array(buf);
    this.i32 = new Int32Array(buf);
    this.f64 = new Float64Array(buf);
    this.init();
  }

  private init(): void {
    const nb = this.nbuckets;
    for (let b = 0; b < nb; b++) this.setRecord(b, this.addr0 + b * this.bucketsize);
    this.n = nb;
    const base = 2 ** this.B;
    this.nextOverflow = nb > base ? base : -1;
  }

  /** Back to a fresh array (mapclear reuses the object, so iterators holding it see the zeroed cells). */
  reset(): void {
    const buf = new ArrayBuffer(this.u8.length);
    this.u8 = new Uint8Array(buf);
    this.i32 = new Int32Array(buf);
    this.f64 = new Float64Array(buf);
    // Records past the array (stale iterators may still name them) read as empty, unlinked buckets.
    for (let b = this.nbuckets; b < this.n; b++) this.i32[(b << 4) + 2] = -1;
    this.init();
    this.allocatedOverflow = 0;
    this.ovfSlice = 0;
    this.ovfArray = 0;
    this.ovfLen = 0;
    this.ovfCap = 0;
  }

  /** Adds a record for an overflow bucket allocated at `addr`; returns its index. */
  push(addr: number): number {
    if (this.n * recordBytes === this.u8.length) this.grow();
    const b = this.n++;
    this.setRecord(b, addr);
    this.allocatedOverflow++;
    return b;
  }

  private setRecord(b: number, addr: number): void {
    this.f64[(b << 3) + 6] = addr;
    this.i32[(b << 4) + 2] = -1;
    this.i32[(b << 4) + 3] = this.osPageSize - (addr % this.osPageSize);
  }

  private grow(): void {
    const cap = this.n + (this.n >>> 1) + 8;
    const buf = new ArrayBuffer(cap * recordBytes);
    const u8 = new Uint8Array(buf);
    u8.set(this.u8);
    this.u8 = u8;
    this.i32 = new Int32Array(buf);
    this.f64 = new Float64Array(buf);
  }

  addr(b: number): number {
    return this.f64[(b << 3) + 6];
  }
  ovf(b: number): number {
    return this.i32[(b << 4) + 2];
  }
  setOvf(b: number, next: number): void {
    this.i32[(b << 4) + 2] = next;
  }
  th(s: number): number {
    return this.u8[((s >>> bucketCntBits) << 6) + (s & (bucketCnt - 1))];
  }
  setTh(s: number, v: number): void {
    this.u8[((s >>> bucketCntBits) << 6) + (s & (bucketCnt - 1))] = v;
  }
  id(s: number): number {
    return this.i32[((s >>> bucketCntBits) << 4) + 4 + (s & (bucketCnt - 1))];
  }
  setId(s: number, id: number): void {
    this.i32[((s >>> bucketCntBits) << 4) + 4 + (s & (bucketCnt - 1))] = id;
  }

  /** runtime/map.go `evacuated`: the bucket's first tophash holds an evacuation mark. */
  evacuated(b: number): boolean {
    const h = this.u8[b << 6];
    return h > emptyOne && h < minTopHash;
  }
}

/** Counts of the buckets a map holds, for tests and the UI. */
export interface MapBucketStats {
  /** 2^B regular buckets of the current array. */
  buckets: number;
  /** Preallocated overflow buckets in the current array object. */
  preallocatedOverflow: number;
  /** Of those, handed out by newoverflow. */
  preallocatedUsed: number;
  /** Overflow buckets allocated as objects of their own, chained from the current array. */
  allocatedOverflow: number;
  /** The same for the old array while growing (0 otherwise). */
  oldAllocatedOverflow: number;
}

/**
 * A Go map on the simulated heap (runtime/map.go `hmap`). The owner keeps
 * `hmapAddr` in a pointer word the collector sees (a root slot or a field of
 * another object); everything else is reached from it through pointer words.
 *
 * Slots: `get`, `assign` and `set` return a slot id naming the entry's cell,
 * valid until the next assign/set/delete/clear (growth moves entries). Slots
 * >= 0 are in the current bucket array; slots <= -2 are in the old array of
 * a growth in progress (only `get` returns those); -1 means absent.
 */
export class GoMap<K, V = unknown> {
  readonly rt: Runtime;
  readonly type: MapType<K>;
  /** Address of the hmap object. */
  readonly hmapAddr: number;
  /** Slot sizes in the bucket (8 for an indirect key/elem). */
  readonly keysize: number;
  readonly elemsize: number;
  /** Size of one bucket (Go: t.bucketsize). */
  readonly bucketsize: number;
  /** Key/elem stored as a pointer to a separate object (Go: t.indirectkey(), t.indirectelem()). */
  readonly indirectkey: boolean;
  readonly indirectelem: boolean;
  /** Buckets hold no pointers (Go: t.bucket.ptrdata == 0), so they are noscan objects. */
  readonly bucketNoscan: boolean;
  private readonly keyPtrWords: readonly number[];
  private readonly elemPtrWords: readonly number[];
  /** Key/elem have non-pointer bytes that a store writes besides the pointer words. */
  private readonly keyHasScalars: boolean;
  private readonly elemHasScalars: boolean;
  private readonly needkeyupdate: boolean;
  /** Offset of the elems in a bucket: dataOffset + 8*keysize. */
  private readonly elemsOff: number;
  private readonly osPageSize: number;

  // hmap fields (runtime/map.go `hmap`); the heap copy holds the pointer fields.
  #count = 0;
  #flags = 0;
  #B = 0;
  #noverflow = 0;
  #hash0 = 0;
  #nevacuate = 0;
  private buckets: BucketArray<K> | null = null;
  private oldbuckets: BucketArray<K> | null = null;
  /** Address of the mapextra object, 0 until created. */
  private extra = 0;
  /** JS keys and values by entry id (id 0 unused). */
  private keyStore: (K | undefined)[] = [undefined];
  private valStore: (V | undefined)[] | null = null;
  /** Free entry ids, a stack (last freed is reused first). */
  private freeIds = new Int32Array(64);
  private nfree = 0;
  private nextId = 1;

  /** runtime/map.go `makemap` (and `makemap_small` for hints up to 8). */
  constructor(rt: Runtime, type: MapType<K>, hint = 0) {
    this.rt = rt;
    this.type = type;
    const { keySize, elemSize } = type;
    if (!Number.isInteger(keySize) || keySize < 0 || !Number.isInteger(elemSize) || elemSize < 0) {
      throw new Error(
        `GoMap: key and elem sizes must be non-negative integers (got ${keySize}, ${elemSize})`,
      );
    }
    this.keyPtrWords = type.keyPtrWords ?? [];
    this.elemPtrWords = type.elemPtrWords ?? [];
    checkPtrWords('key', keySize, this.keyPtrWords);
    checkPtrWords('elem', elemSize, this.elemPtrWords);
    // runtime/map.go maxKeySize/maxElemSize: larger ones live behind a pointer.
    this.indirectkey = keySize > maxKeySize;
    this.indirectelem = elemSize > maxElemSize;
    this.keysize = this.indirectkey ? ptrSize : keySize;
    this.elemsize = this.indirectelem ? ptrSize : elemSize;
    this.elemsOff = dataOffset + bucketCnt * this.keysize;
    this.bucketsize = this.elemsOff + bucketCnt * this.elemsize + ptrSize;
    this.bucketNoscan =
      !this.indirectkey &&
      !this.indirectelem &&
      this.keyPtrWords.length === 0 &&
      this.elemPtrWords.length === 0;
    this.keyHasScalars = keySize > this.keyPtrWords.length * ptrSize;
    this.elemHasScalars = elemSize > this.elemPtrWords.length * ptrSize;
    this.needkeyupdate = type.needkeyupdate ?? false;
    this.osPageSize = rt.linux.osPageSize;

    if (!Number.isInteger(hint)) throw new Error(`GoMap: hint must be an integer, got ${hint}`);
    // makemap: a hint whose bucket memory overflows maxAlloc is treated as 0;
    // for hint < 0 overLoadFactor is false, so B = 0.
    if (hint * this.bucketsize > maxAlloc) hint = 0;
    const B = bucketsLogForHint(hint);
    if (B > maxB) throw new Error(`GoMap: a hint of ${hint} needs B=${B}, beyond the model's limit ${maxB}`);
    this.hmapAddr = rt.mallocgc(hmapSize, false);
    this.#hash0 = rt.rand.uint32();
    // count, flags, B, noverflow and hash0 share the first 16 bytes.
    rt.heap.touch(this.hmapAddr, 16);
    this.#B = B;
    if (B !== 0) {
      // B == 0: the bucket is allocated lazily by mapassign.
      // makemap's h is a local until it returns: keep it reachable meanwhile.
      const pin = this.pin(this.hmapAddr);
      const arr = this.makeBucketArray(B);
      this.buckets = arr;
      rt.alloc.writePointer(this.hmapAddr + hmapBucketsOff, arr.addr0);
      if (arr.nextOverflow >= 0) {
        this.ensureExtra();
        this.setNextOverflowWord(arr);
      }
      this.unpin(pin);
    }
  }

  /**
   * Keeps `addr` reachable across the allocations that follow, as a local
   * variable on Go's stack would: a collection can start at any mallocgc
   * (a safe point), and it only sees what roots and pointer words reach.
   * Returns the slot to pass to `unpin`.
   */
  private pin(addr: number): number {
    return this.rt.roots.internal.push(addr);
  }

  private unpin(slot: number): void {
    const slots = this.rt.roots.internal;
    if (slot === slots.len - 1) slots.truncate(slot);
    else if (slot < slots.len) slots.set(slot, 0);
  }

  // ---- hmap state ----

  /** len(m) (hmap.count). */
  get len(): number {
    return this.#count;
  }
  /** log2 of the number of buckets (hmap.B). */
  get B(): number {
    return this.#B;
  }
  /** Approximate overflow-bucket count (hmap.noverflow, a uint16; see `incrnoverflow`). */
  get noverflow(): number {
    return this.#noverflow;
  }
  /** Hash seed (hmap.hash0). */
  get hash0(): number {
    return this.#hash0;
  }
  /** Evacuation progress (hmap.nevacuate). */
  get nevacuate(): number {
    return this.#nevacuate;
  }
  /** hmap.flags (iterator 1, oldIterator 2, sameSizeGrow 8). */
  get flags(): number {
    return this.#flags;
  }
  /** A growth is in progress (hmap.growing()). */
  get growing(): boolean {
    return this.oldbuckets !== null;
  }
  /** The growth in progress keeps the size (hmap.sameSizeGrow()). */
  get sameSizeGrow(): boolean {
    return (this.#flags & sameSizeGrow) !== 0;
  }
  /** Address of the current bucket array (hmap.buckets), 0 if none yet. */
  get bucketsAddr(): number {
    return this.buckets === null ? 0 : this.buckets.addr0;
  }
  /** Address of the old bucket array (hmap.oldbuckets), 0 unless growing. */
  get oldbucketsAddr(): number {
    return this.oldbuckets === null ? 0 : this.oldbuckets.addr0;
  }
  /** Address of the mapextra object (hmap.extra), 0 if none. */
  get extraAddr(): number {
    return this.extra;
  }

  /** Bucket counts (exact, unlike noverflow). */
  bucketStats(): MapBucketStats {
    const a = this.buckets;
    const old = this.oldbuckets;
    if (a === null) {
      return {
        buckets: 0,
        preallocatedOverflow: 0,
        preallocatedUsed: 0,
        allocatedOverflow: 0,
        oldAllocatedOverflow: 0,
      };
    }
    const base = 2 ** a.B;
    const pre = a.nbuckets - base;
    return {
      buckets: base,
      preallocatedOverflow: pre,
      preallocatedUsed: a.nextOverflow < 0 ? pre : a.nextOverflow - base,
      allocatedOverflow: a.allocatedOverflow,
      oldAllocatedOverflow: old === null ? 0 : old.allocatedOverflow,
    };
  }

  /**
   * Addresses of the overflow buckets allocated as objects of their own
   * (newoverflow's newobject) for the current bucket array, or with `old` for
   * the array being evacuated (some of those may already be unlinked).
   */
  overflowAddrs(old = false): number[] {
    const a = old ? this.oldbuckets : this.buckets;
    const out: number[] = [];
    if (a !== null) for (let b = a.nbuckets; b < a.n; b++) out.push(a.addr(b));
    return out;
  }

  // ---- lookups ----

  /** mapaccess2: slot of `key`, or -1. */
  get(key: K): number {
    if (this.#count === 0) return -1;
    return this.lookup(key, this.type.hash(key, this.#hash0) | 0);
  }

  has(key: K): boolean {
    return this.get(key) !== -1;
  }

  /** The bucket walk of mapaccess1/2 and mapaccessK, for a hashed key. */
  private lookup(key: K, hash: number): number {
    let arr = this.buckets!;
    let m = (1 << this.#B) - 1;
    let b = hash & m;
    let old = false;
    const oa = this.oldbuckets;
    if (oa !== null) {
      // There used to be half as many buckets; mask down one more power of two.
      if ((this.#flags & sameSizeGrow) === 0) m >>>= 1;
      const ob = hash & m;
      if (!oa.evacuated(ob)) {
        arr = oa;
        b = ob;
        old = true;
      }
    }
    const top = tophash(hash);
    const u8 = arr.u8;
    const i32 = arr.i32;
    const ks = this.keyStore;
    for (; b >= 0; b = i32[(b << 4) + 2]) {
      const tb = b << 6;
      const ib = (b << 4) + 4;
      for (let i = 0; i < bucketCnt; i++) {
        const x = u8[tb + i];
        if (x !== top) {
          if (x === emptyRest) return -1;
          continue;
        }
        if (ks[i32[ib + i]] === key) {
          const s = (b << bucketCntBits) + i;
          return old ? -2 - s : s;
        }
      }
    }
    return -1;
  }

  private arrOf(slot: number): BucketArray<K> {
    const a = slot >= 0 ? this.buckets : this.oldbuckets;
    if (a === null || slot === -1) throw new Error(`GoMap: slot ${slot} does not name a cell`);
    return a;
  }

  /** The key stored in a slot. */
  keyAt(slot: number): K {
    const a = this.arrOf(slot);
    return this.keyStore[a.id(slot >= 0 ? slot : -2 - slot)] as K;
  }

  /** The JS-side elem value stored with `set`/`writeElem`, if any. */
  value(slot: number): V | undefined {
    const a = this.arrOf(slot);
    return this.valStore === null ? undefined : this.valStore[a.id(slot >= 0 ? slot : -2 - slot)];
  }

  /** Address of the key in a slot (the key object itself for indirect keys). */
  keyAddr(slot: number): number {
    const a = this.arrOf(slot);
    return this.keyAddrIn(a, slot >= 0 ? slot : -2 - slot);
  }

  /** Address of the elem in a slot (the elem object itself for indirect elems). */
  elemAddr(slot: number): number {
    const a = this.arrOf(slot);
    return this.elemAddrIn(a, slot >= 0 ? slot : -2 - slot);
  }

  /** Reads pointer word `word` of the elem in a slot (0 = nil). */
  elemPtr(slot: number, word: number): number {
    return this.rt.alloc.readPointer(this.elemAddr(slot) + word * ptrSize);
  }

  /** Reads pointer word `word` of the key in a slot (0 = nil). */
  keyPtr(slot: number, word: number): number {
    return this.rt.alloc.readPointer(this.keyAddr(slot) + word * ptrSize);
  }

  /** @internal The key and JS value of a live cell s of an array (for MapIter). */
  cellKey(a: BucketArray<K>, s: number): K {
    return this.keyStore[a.id(s)] as K;
  }
  /** @internal */
  cellValue(a: BucketArray<K>, s: number): V | undefined {
    return this.valStore === null ? undefined : this.valStore[a.id(s)];
  }

  /** @internal Key address of cell s of an array (follows an indirect key). */
  keyAddrIn(a: BucketArray<K>, s: number): number {
    const at = a.addr(s >>> bucketCntBits) + dataOffset + (s & (bucketCnt - 1)) * this.keysize;
    return this.indirectkey ? this.rt.alloc.readPointer(at) : at;
  }

  /** @internal Elem address of cell s of an array (follows an indirect elem). */
  elemAddrIn(a: BucketArray<K>, s: number): number {
    const at = a.addr(s >>> bucketCntBits) + this.elemsOff + (s & (bucketCnt - 1)) * this.elemsize;
    return this.indirectelem ? this.rt.alloc.readPointer(at) : at;
  }

  // ---- memory writes ----

  /**
   * Writes [off, off+len) of bucket b: faults in the OS pages it covers the
   * first time (they stay resident while the bucket is allocated).
   */
  private touchBucket(arr: BucketArray<K>, b: number, off: number, len: number): void {
    if (len <= 0) return;
    const split = arr.i32[(b << 4) + 3];
    const bits = (off < split ? 1 : 0) | (off + len > split ? 2 : 0);
    const t = (b << 6) + 56;
    if ((arr.u8[t] & bits) !== bits || this.bucketsize > this.osPageSize) {
      this.rt.heap.touch(arr.f64[(b << 3) + 6] + off, len);
      arr.u8[t] |= bits;
    }
  }

  /** Stores pointer words at byte offset `off` of bucket b (a key or elem inside the bucket). */
  private storePtrs(
    arr: BucketArray<K>,
    b: number,
    off: number,
    ptrWords: readonly number[],
    targets: ArrayLike<number> | undefined,
  ): void {
    const alloc = this.rt.alloc;
    const at = arr.addr(b) + off;
    const split = arr.i32[(b << 4) + 3];
    let bits = 0;
    for (let j = 0; j < ptrWords.length; j++) {
      const t = targets !== undefined && j < targets.length ? targets[j] : 0;
      const w = off + ptrWords[j] * ptrSize;
      alloc.writePointer(at + ptrWords[j] * ptrSize, t); // faults the word's page in
      bits |= w < split ? 1 : 2;
    }
    arr.u8[(b << 6) + 56] |= bits;
  }

  /** Stores a key or elem that lives in its own object (indirect): its bytes and pointer words. */
  private storeObject(
    addr: number,
    size: number,
    ptrWords: readonly number[],
    hasScalars: boolean,
    targets: ArrayLike<number> | undefined,
  ): void {
    const rt = this.rt;
    if (hasScalars) rt.heap.touch(addr, size);
    for (let j = 0; j < ptrWords.length; j++) {
      const t = targets !== undefined && j < targets.length ? targets[j] : 0;
      rt.alloc.writePointer(addr + ptrWords[j] * ptrSize, t);
    }
  }

  /** typedmemmove of a key into cell s (its indirect key object, if any). */
  private storeKey(arr: BucketArray<K>, s: number, targets: ArrayLike<number> | undefined): void {
    if (this.indirectkey) {
      this.storeObject(
        this.keyAddrIn(arr, s),
        this.type.keySize,
        this.keyPtrWords,
        this.keyHasScalars,
        targets,
      );
      return;
    }
    const b = s >>> bucketCntBits;
    const off = dataOffset + (s & (bucketCnt - 1)) * this.keysize;
    if (this.keyHasScalars) this.touchBucket(arr, b, off, this.keysize);
    this.storePtrs(arr, b, off, this.keyPtrWords, targets);
  }

  /** typedmemmove of an elem into cell s (its indirect elem object, if any). */
  private storeElem(arr: BucketArray<K>, s: number, targets: ArrayLike<number> | undefined): void {
    if (this.indirectelem) {
      this.storeObject(
        this.elemAddrIn(arr, s),
        this.type.elemSize,
        this.elemPtrWords,
        this.elemHasScalars,
        targets,
      );
      return;
    }
    const b = s >>> bucketCntBits;
    const off = this.elemsOff + (s & (bucketCnt - 1)) * this.elemsize;
    if (this.elemHasScalars) this.touchBucket(arr, b, off, this.elemsize);
    this.storePtrs(arr, b, off, this.elemPtrWords, targets);
  }

  // ---- stores ----

  /**
   * m[key] = elem: `assign` then `writeElem`. Pointer targets are the values
   * of the key's/elem's pointer words (MapType.keyPtrWords/elemPtrWords, in
   * order; missing ones are nil). Returns the slot.
   */
  set(key: K, keyPtrTargets?: ArrayLike<number>, elemPtrTargets?: ArrayLike<number>, value?: V): number {
    const s = this.assign(key, keyPtrTargets);
    this.writeElem(s, elemPtrTargets, value);
    return s;
  }

  /**
   * runtime/map.go `mapassign` (`mapassign_faststr` for string keys): finds or
   * adds the cell for `key` and returns its slot; the caller writes the elem
   * (`writeElem`), as compiled Go code does with the returned pointer. A new
   * key is stored with its pointer words; an existing one only if
   * MapType.needkeyupdate.
   */
  assign(key: K, keyPtrTargets?: ArrayLike<number>): number {
    const hash = this.type.hash(key, this.#hash0) | 0;
    if (this.buckets === null) {
      // h.buckets = newobject(t.bucket)
      const addr = this.rt.mallocgc(this.bucketsize, this.bucketNoscan);
      this.buckets = new BucketArray<K>(0, addr, 1, this.bucketsize, this.osPageSize);
      this.rt.alloc.writePointer(this.hmapAddr + hmapBucketsOff, addr);
    }
    const top = tophash(hash);
    for (;;) {
      // again:
      const B = this.#B;
      const bucket = hash & ((1 << B) - 1);
      if (this.oldbuckets !== null) this.growWork(bucket);
      const arr: BucketArray<K> = this.buckets!;
      const u8 = arr.u8;
      const i32: Int32Array = arr.i32;
      const ks = this.keyStore;
      let b = bucket;
      let insb = -1;
      let insi = 0;
      bucketloop: for (;;) {
        const tb = b << 6;
        const ib = (b << 4) + 4;
        for (let i = 0; i < bucketCnt; i++) {
          const x = u8[tb + i];
          if (x !== top) {
            if (x <= emptyOne && insb < 0) {
              insb = b;
              insi = i;
            }
            if (x === emptyRest) break bucketloop;
            continue;
          }
          const id = i32[ib + i];
          if (ks[id] !== key) continue;
          // Already have a mapping for key: update it.
          const s = (b << bucketCntBits) + i;
          if (this.needkeyupdate) {
            ks[id] = key;
            this.storeKey(arr, s, keyPtrTargets);
          }
          return s;
        }
        const n = i32[(b << 4) + 2];
        if (n < 0) break;
        b = n;
      }
      // Not found. If we hit the max load factor or have too many overflow
      // buckets, and are not already growing, start growing and try again.
      // (overLoadFactor and tooManyOverflowBuckets in integer form; B <= maxB.)
      const c = this.#count + 1;
      if (
        this.oldbuckets === null &&
        ((c > bucketCnt && c > loadFactorNum * ((1 << B) >>> 1)) || this.#noverflow >= 1 << Math.min(B, 15))
      ) {
        this.hashGrow();
        continue;
      }
      if (insb < 0) {
        // The bucket and its overflow chain are full: chain a new one.
        insb = this.newoverflow(b);
        insi = 0;
      }
      const a = this.buckets!; // newoverflow may have reallocated the typed arrays
      const s = (insb << bucketCntBits) + insi;
      a.u8[(insb << 6) + insi] = top;
      const id = this.nfree > 0 ? this.freeIds[--this.nfree] : this.nextId++;
      a.i32[(insb << 4) + 4 + insi] = id;
      this.keyStore[id] = key;
      this.touchBucket(a, insb, insi, 1);
      const rt = this.rt;
      if (this.indirectkey) {
        const kmem = rt.mallocgc(this.type.keySize, this.keyPtrWords.length === 0);
        rt.alloc.writePointer(a.addr(insb) + dataOffset + insi * this.keysize, kmem);
      }
      if (this.indirectelem) {
        const vmem = rt.mallocgc(this.type.elemSize, this.elemPtrWords.length === 0);
        rt.alloc.writePointer(a.addr(insb) + this.elemsOff + insi * this.elemsize, vmem);
      }
      this.storeKey(a, s, keyPtrTargets);
      this.#count++;
      return s;
    }
  }

  /**
   * Writes the elem of a slot (typedmemmove of the value compiled code stores
   * through mapassign's pointer): its bytes are written and its pointer words
   * set to `elemPtrTargets` (missing ones nil). `value` is kept JS-side.
   */
  writeElem(slot: number, elemPtrTargets?: ArrayLike<number>, value?: V): void {
    const a = this.arrOf(slot);
    const s = slot >= 0 ? slot : -2 - slot;
    this.storeElem(a, s, elemPtrTargets);
    if (value !== undefined && this.valStore === null) this.valStore = [];
    if (this.valStore !== null) this.valStore[a.id(s)] = value;
  }

  /**
   * runtime/map.go `mapdelete` (`mapdelete_faststr`): clears the key's
   * pointers and the elem, marks the cell emptyOne and turns a trailing run of
   * emptyOne cells into emptyRest. Buckets are never freed: a Go map does not
   * shrink. Returns whether the key was present.
   */
  delete(key: K): boolean {
    if (this.#count === 0) return false;
    const hash = this.type.hash(key, this.#hash0) | 0;
    const bucket = hash & ((1 << this.#B) - 1);
    if (this.oldbuckets !== null) this.growWork(bucket);
    const arr = this.buckets!;
    const u8 = arr.u8;
    const i32 = arr.i32;
    const ks = this.keyStore;
    const top = tophash(hash);
    const bOrig = bucket;
    for (let b = bucket; b >= 0; b = i32[(b << 4) + 2]) {
      const tb = b << 6;
      const ib = (b << 4) + 4;
      for (let i = 0; i < bucketCnt; i++) {
        const x = u8[tb + i];
        if (x !== top) {
          if (x === emptyRest) return false;
          continue;
        }
        const id = i32[ib + i];
        if (ks[id] !== key) continue;
        this.clearCell(arr, (b << bucketCntBits) + i);
        ks[id] = undefined;
        if (this.valStore !== null) this.valStore[id] = undefined;
        i32[ib + i] = 0;
        this.freeId(id);
        u8[tb + i] = emptyOne;
        this.touchBucket(arr, b, i, 1);
        // If the bucket now ends in a run of emptyOne cells, make them emptyRest.
        let notLast: boolean;
        if (i === bucketCnt - 1) {
          const n = i32[(b << 4) + 2];
          notLast = n >= 0 && u8[n << 6] !== emptyRest;
        } else {
          notLast = u8[tb + i + 1] !== emptyRest;
        }
        if (!notLast) {
          let cb = b;
          let ci = i;
          for (;;) {
            u8[(cb << 6) + ci] = emptyRest;
            this.touchBucket(arr, cb, ci, 1);
            if (ci === 0) {
              if (cb === bOrig) break; // beginning of the initial bucket
              // Find the previous bucket, continue at its last entry.
              const c = cb;
              for (cb = bOrig; i32[(cb << 4) + 2] !== c; cb = i32[(cb << 4) + 2]) {}
              ci = bucketCnt - 1;
            } else {
              ci--;
            }
            if (u8[(cb << 6) + ci] !== emptyOne) break;
          }
        }
        this.#count--;
        // Reset the hash seed to make collisions harder to trigger repeatedly (issue 25237).
        if (this.#count === 0) this.#hash0 = this.rt.rand.uint32();
        return true;
      }
    }
    return false;
  }

  private freeId(id: number): void {
    if (this.nfree === this.freeIds.length) {
      const f = new Int32Array(this.freeIds.length * 2);
      f.set(this.freeIds);
      this.freeIds = f;
    }
    this.freeIds[this.nfree++] = id;
  }

  /** mapdelete's clearing of one cell's key and elem memory. */
  private clearCell(arr: BucketArray<K>, s: number): void {
    const alloc = this.rt.alloc;
    const b = s >>> bucketCntBits;
    const i = s & (bucketCnt - 1);
    const koff = dataOffset + i * this.keysize;
    const eoff = this.elemsOff + i * this.elemsize;
    // Only clear the key if there are pointers in it (memclrHasPointers).
    if (this.indirectkey) alloc.writePointer(arr.addr(b) + koff, 0);
    else if (this.keyPtrWords.length > 0) {
      this.touchBucket(arr, b, koff, this.keysize);
      this.storePtrs(arr, b, koff, this.keyPtrWords, undefined);
    }
    // The elem is always cleared (memclrHasPointers / memclrNoHeapPointers).
    if (this.indirectelem) alloc.writePointer(arr.addr(b) + eoff, 0);
    else {
      this.touchBucket(arr, b, eoff, this.elemsize);
      this.storePtrs(arr, b, eoff, this.elemPtrWords, undefined);
    }
  }

  /**
   * runtime/map.go `mapclear` (clear(m), and the compiled form of
   * `for k := range m { delete(m, k) }`): keeps the bucket array, zeroes it,
   * recovers its preallocated overflow buckets and drops every other
   * overflow bucket and the old array.
   */
  clear(): void {
    if (this.#count === 0) return;
    const rt = this.rt;
    this.#flags &= ~sameSizeGrow;
    const oldArr = this.oldbuckets;
    if (oldArr !== null) {
      this.oldbuckets = null;
      rt.alloc.writePointer(this.hmapAddr + hmapOldbucketsOff, 0);
    }
    this.#nevacuate = 0;
    this.#noverflow = 0;
    this.#count = 0;
    this.#hash0 = rt.rand.uint32();
    // Keep the mapextra allocation but clear it.
    if (this.extra !== 0) {
      rt.alloc.writePointer(this.extra + mapextraOverflowOff, 0);
      rt.alloc.writePointer(this.extra + mapextraOldoverflowOff, 0);
      rt.alloc.writePointer(this.extra + mapextraNextOverflowOff, 0);
    }
    // makeBucketArray(t, h.B, h.buckets): clear the array in place.
    const old = this.buckets!;
    rt.heap.touch(old.addr0, old.nbuckets * this.bucketsize);
    if (!this.bucketNoscan) {
      // memclrHasPointers: only non-nil words need a store (deleted cells are nil already).
      for (let b = 0; b < old.nbuckets; b++) {
        const base = b << bucketCntBits;
        for (let i = 0; i < bucketCnt; i++) {
          if (old.th(base + i) >= minTopHash) this.clearCellPointers(old, base + i);
        }
        if (old.ovf(b) >= 0 || b === old.nbuckets - 1) {
          rt.alloc.writePointer(old.addr(b) + this.bucketsize - ptrSize, 0);
        }
      }
    }
    // The JS side: the same array object emptied (an iterator holding it sees
    // the zeroed cells, as in Go); an old array's cells read as evacuated-empty.
    const arr = old;
    arr.reset();
    for (let b = 0; b < arr.nbuckets; b++) arr.u8[(b << 6) + 56] = 3;
    if (oldArr !== null) {
      for (let b = 0; b < oldArr.n; b++) oldArr.u8.fill(evacuatedEmpty, b << 6, (b << 6) + bucketCnt);
    }
    this.keyStore = [undefined];
    this.valStore = null;
    this.nfree = 0;
    this.nextId = 1;
    this.setPreallocSentinel(arr);
    if (arr.nextOverflow >= 0) this.setNextOverflowWord(arr);
  }

  /** Zeroes the pointer words of an occupied cell (its bytes were written by the caller). */
  private clearCellPointers(arr: BucketArray<K>, s: number): void {
    const alloc = this.rt.alloc;
    const b = s >>> bucketCntBits;
    const i = s & (bucketCnt - 1);
    const koff = dataOffset + i * this.keysize;
    const eoff = this.elemsOff + i * this.elemsize;
    if (this.indirectkey) alloc.writePointer(arr.addr(b) + koff, 0);
    else this.storePtrs(arr, b, koff, this.keyPtrWords, undefined);
    if (this.indirectelem) alloc.writePointer(arr.addr(b) + eoff, 0);
    else this.storePtrs(arr, b, eoff, this.elemPtrWords, undefined);
  }

  // ---- growth ----

  /**
   * runtime/map.go `makeBucketArray`: 2^b buckets, plus for b >= 4 an
   * estimated 2^(b-4) overflow buckets, rounded up to the allocation's size
   * class; one heap object. The last preallocated overflow bucket gets a
   * non-nil sentinel overflow pointer (the array itself).
   */
  private makeBucketArray(b: number): BucketArray<K> {
    const base = 2 ** b;
    let nbuckets = base;
    if (b >= 4) {
      nbuckets += 2 ** (b - 4);
      const sz = this.bucketsize * nbuckets;
      const up = roundupsize(this.rt.version.sizeClasses, sz);
      if (up !== sz) nbuckets = Math.floor(up / this.bucketsize);
    }
    const addr = this.rt.mallocgc(this.bucketsize * nbuckets, this.bucketNoscan);
    const arr = new BucketArray<K>(b, addr, nbuckets, this.bucketsize, this.osPageSize);
    this.setPreallocSentinel(arr);
    return arr;
  }

  private setPreallocSentinel(arr: BucketArray<K>): void {
    if (arr.nextOverflow < 0) return;
    this.storeOverflowWord(arr, arr.nbuckets - 1, arr.addr0);
  }

  /** b.setoverflow on the heap: a pointer in scan buckets, a plain uintptr store otherwise. */
  private storeOverflowWord(arr: BucketArray<K>, b: number, target: number): void {
    const off = this.bucketsize - ptrSize;
    if (this.bucketNoscan) this.touchBucket(arr, b, off, ptrSize);
    else this.rt.alloc.writePointer(arr.addr(b) + off, target);
  }

  private ensureExtra(): void {
    if (this.extra !== 0) return;
    this.extra = this.rt.mallocgc(mapextraSize, false);
    this.rt.alloc.writePointer(this.hmapAddr + hmapExtraOff, this.extra);
  }

  /** extra.nextOverflow: an interior pointer into the bucket array, or nil. */
  private setNextOverflowWord(arr: BucketArray<K>): void {
    const t = arr.nextOverflow < 0 ? 0 : arr.addr(arr.nextOverflow);
    this.rt.alloc.writePointer(this.extra + mapextraNextOverflowOff, t);
  }

  /**
   * runtime/map.go `incrnoverflow`: exact below B=16; above, incremented with
   * probability 1/2^(B-15) (randomness from rt.rand, Go's fastrand), so that
   * noverflow, a uint16, reaches 2^15 at about as many overflow buckets as
   * buckets.
   */
  private incrnoverflow(): void {
    const B = this.#B;
    if (B < 16) {
      this.#noverflow = (this.#noverflow + 1) & 0xffff;
      return;
    }
    const mask = (1 << (B - 15)) - 1;
    if ((this.rt.rand.uint32() & mask) === 0) this.#noverflow = (this.#noverflow + 1) & 0xffff;
  }

  /**
   * runtime/map.go `newoverflow`: chains an overflow bucket after bucket `b`
   * of the current array: the next preallocated one if any, else a new
   * object. Returns its record index.
   */
  private newoverflow(b: number): number {
    const rt = this.rt;
    const arr = this.buckets!;
    let ovf: number;
    if (arr.nextOverflow >= 0) {
      ovf = arr.nextOverflow;
      if (ovf < arr.nbuckets - 1) {
        // Not at the end of the preallocated buckets: bump the pointer.
        arr.nextOverflow = ovf + 1;
      } else {
        // The last one: reset its sentinel overflow pointer.
        this.storeOverflowWord(arr, ovf, 0);
        arr.nextOverflow = -1;
      }
      this.setNextOverflowWord(arr);
    } else {
      ovf = arr.push(rt.mallocgc(this.bucketsize, this.bucketNoscan));
    }
    this.incrnoverflow();
    if (this.bucketNoscan) {
      // Buckets without pointers: keep the overflow bucket alive through
      // h.extra.overflow. Creating or growing that slice allocates, and the
      // new bucket (a local in Go) is not reachable from the map yet.
      const pin = this.pin(arr.addr(ovf));
      this.createOverflow();
      this.appendOverflow(arr, arr.addr(ovf));
      this.unpin(pin);
    }
    arr.setOvf(b, ovf);
    this.storeOverflowWord(arr, b, arr.addr(ovf));
    return ovf;
  }

  /** runtime/map.go `createOverflow`: h.extra and h.extra.overflow (a new empty []*bmap). */
  private createOverflow(): void {
    this.ensureExtra();
    const arr = this.buckets!;
    if (arr.ovfSlice === 0) {
      arr.ovfSlice = this.rt.mallocgc(sliceHeaderSize, false);
      this.rt.alloc.writePointer(this.extra + mapextraOverflowOff, arr.ovfSlice);
    }
  }

  /**
   * `*h.extra.overflow = append(*h.extra.overflow, ovf)`, growing the backing
   * array as runtime/slice.go `growslice` does in Go 1.19 (double below 256
   * elements, then grow by (cap + 3*256)/4 until it fits; round the bytes up
   * to the size class).
   */
  private appendOverflow(arr: BucketArray<K>, ovfAddr: number): void {
    const rt = this.rt;
    const alloc = rt.alloc;
    if (arr.ovfLen === arr.ovfCap) {
      const want = arr.ovfLen + 1;
      const oldCap = arr.ovfCap;
      let newcap = oldCap;
      const doublecap = newcap + newcap;
      if (want > doublecap) newcap = want;
      else if (oldCap < 256) newcap = doublecap;
      else {
        while (newcap > 0 && newcap < want) newcap += Math.floor((newcap + 3 * 256) / 4);
        if (newcap <= 0) newcap = want;
      }
      const capmem = roundupsize(rt.version.sizeClasses, newcap * ptrSize);
      const p = rt.mallocgc(capmem, false);
      for (let j = 0; j < arr.ovfLen; j++) {
        alloc.writePointer(p + j * ptrSize, alloc.readPointer(arr.ovfArray + j * ptrSize));
      }
      arr.ovfArray = p;
      arr.ovfCap = capmem / ptrSize;
      alloc.writePointer(arr.ovfSlice, p);
      rt.heap.touch(arr.ovfSlice + 16, ptrSize);
    }
    alloc.writePointer(arr.ovfArray + arr.ovfLen * ptrSize, ovfAddr);
    arr.ovfLen++;
    rt.heap.touch(arr.ovfSlice + 8, ptrSize);
  }

  /**
   * runtime/map.go `hashGrow`: a bucket array twice as big when over the load
   * factor, else the same size (too many overflow buckets). The old array and
   * its overflow buckets are evacuated incrementally by growWork.
   */
  private hashGrow(): void {
    const rt = this.rt;
    // If we've hit the load factor, get bigger; otherwise grow "laterally".
    const bigger = overLoadFactor(this.#count + 1, this.#B) ? 1 : 0;
    if (this.#B + bigger > maxB) {
      throw new Error(`GoMap: growing to B=${this.#B + bigger} exceeds the model's limit ${maxB}`);
    }
    if (bigger === 0) this.#flags |= sameSizeGrow;
    const old = this.buckets!;
    const nb = this.makeBucketArray(this.#B + bigger);
    let flags = this.#flags & ~(iterator | oldIterator);
    if ((this.#flags & iterator) !== 0) flags |= oldIterator;
    // Commit the grow.
    this.#B += bigger;
    this.#flags = flags;
    this.oldbuckets = old;
    this.buckets = nb;
    this.#nevacuate = 0;
    this.#noverflow = 0;
    rt.alloc.writePointer(this.hmapAddr + hmapOldbucketsOff, old.addr0);
    rt.alloc.writePointer(this.hmapAddr + hmapBucketsOff, nb.addr0);
    if (this.extra !== 0 && old.ovfSlice !== 0) {
      // Promote the current overflow buckets to the old generation.
      rt.alloc.writePointer(this.extra + mapextraOldoverflowOff, old.ovfSlice);
      rt.alloc.writePointer(this.extra + mapextraOverflowOff, 0);
    }
    if (nb.nextOverflow >= 0) {
      this.ensureExtra();
      this.setNextOverflowWord(nb);
    }
  }

  /** Number of buckets before the current growth (hmap.noldbuckets). */
  private noldbuckets(): number {
    let oldB = this.#B;
    if ((this.#flags & sameSizeGrow) === 0) oldB--;
    return 1 << oldB;
  }

  /** runtime/map.go `growWork`: evacuate the old bucket about to be used, and one more. */
  private growWork(bucket: number): void {
    this.evacuate(bucket & (this.noldbuckets() - 1));
    if (this.oldbuckets !== null) this.evacuate(this.#nevacuate);
  }

  /**
   * runtime/map.go `evacuate`: moves the entries of old bucket `oldbucket`
   * (and its overflow chain) to bucket x = oldbucket or y = oldbucket+newbit
   * of the new array by hash&newbit (always x for a same-size grow), marking
   * each old cell evacuatedX/Y/Empty. Without an iterator on the old array,
   * scan buckets then get their keys, elems and overflow pointer cleared so
   * the collector can free what only they referenced.
   */
  private evacuate(oldbucket: number): void {
    const old = this.oldbuckets!;
    const newbit = this.noldbuckets();
    if (!old.evacuated(oldbucket)) {
      const same = (this.#flags & sameSizeGrow) !== 0;
      let xb = oldbucket;
      let xi = 0;
      let yb = oldbucket + newbit;
      let yi = 0;
      for (let b = oldbucket; b >= 0; b = old.ovf(b)) {
        // Each cell's tophash is rewritten with its evacuation mark.
        this.touchBucket(old, b, 0, bucketCnt);
        const base = b << bucketCntBits;
        for (let i = 0; i < bucketCnt; i++) {
          const s = base + i;
          let top = old.th(s);
          if (top <= emptyOne) {
            old.setTh(s, evacuatedEmpty);
            continue;
          }
          if (top < minTopHash) throw new Error('GoMap: bad map state');
          let useY = 0;
          if (!same) {
            // Compute the hash to decide between x and y.
            const k = this.keyStore[old.id(s)] as K;
            const hash = this.type.hash(k, this.#hash0) | 0;
            if ((this.#flags & iterator) !== 0 && !reflexive(k)) {
              // key != key (NaN): send it by the low bit of tophash, which the
              // iterator repeats, and give it a new tophash for the next level.
              useY = top & 1;
              top = tophash(hash);
            } else if ((hash & newbit) !== 0) {
              useY = 1;
            }
          }
          old.setTh(s, evacuatedX + useY);
          let db: number;
          let di: number;
          if (useY === 1) {
            if (yi === bucketCnt) {
              yb = this.newoverflow(yb);
              yi = 0;
            }
            db = yb;
            di = yi++;
          } else {
            if (xi === bucketCnt) {
              xb = this.newoverflow(xb);
              xi = 0;
            }
            db = xb;
            di = xi++;
          }
          this.moveCell(old, s, (db << bucketCntBits) + di, top);
        }
      }
      if ((this.#flags & oldIterator) === 0) {
        // Unlink the overflow buckets & clear key/elem to help GC (scan buckets only on the heap).
        if (!this.bucketNoscan) {
          this.touchBucket(old, oldbucket, dataOffset, this.bucketsize - dataOffset);
          const base = oldbucket << bucketCntBits;
          for (let i = 0; i < bucketCnt; i++) {
            if (old.th(base + i) !== evacuatedEmpty) this.clearCellPointers(old, base + i);
          }
          this.rt.alloc.writePointer(old.addr(oldbucket) + this.bucketsize - ptrSize, 0);
        }
        // The JS link follows the heap word.
        if (!this.bucketNoscan) old.setOvf(oldbucket, -1);
      }
    }
    if (oldbucket === this.#nevacuate) this.advanceEvacuationMark(newbit);
  }

  /** Copies one entry into cell d of the current array (typedmemmove of key and elem). */
  private moveCell(old: BucketArray<K>, s: number, d: number, top: number): void {
    const alloc = this.rt.alloc;
    const cur = this.buckets!;
    cur.setTh(d, top);
    const id = old.id(s);
    cur.setId(d, id);
    if ((this.#flags & oldIterator) !== 0) {
      // An iterator may still walk the old cell and look its key up later.
      if (old.evacKeys === null) old.evacKeys = [];
      old.evacKeys[s] = this.keyStore[id];
    }
    const si = s & (bucketCnt - 1);
    const di = d & (bucketCnt - 1);
    const sb = s >>> bucketCntBits;
    const db = d >>> bucketCntBits;
    this.touchBucket(cur, db, di, 1);
    const sk = dataOffset + si * this.keysize;
    const dk = dataOffset + di * this.keysize;
    if (this.indirectkey) alloc.writePointer(cur.addr(db) + dk, alloc.readPointer(old.addr(sb) + sk));
    else this.copyWords(old, sb, sk, cur, db, dk, this.keysize, this.keyPtrWords, this.keyHasScalars);
    const se = this.elemsOff + si * this.elemsize;
    const de = this.elemsOff + di * this.elemsize;
    if (this.indirectelem) alloc.writePointer(cur.addr(db) + de, alloc.readPointer(old.addr(sb) + se));
    else this.copyWords(old, sb, se, cur, db, de, this.elemsize, this.elemPtrWords, this.elemHasScalars);
  }

  private copyWords(
    src: BucketArray<K>,
    sb: number,
    soff: number,
    dst: BucketArray<K>,
    db: number,
    doff: number,
    size: number,
    ptrWords: readonly number[],
    hasScalars: boolean,
  ): void {
    const alloc = this.rt.alloc;
    if (hasScalars) this.touchBucket(dst, db, doff, size);
    const from = src.addr(sb) + soff;
    const to = dst.addr(db) + doff;
    for (let j = 0; j < ptrWords.length; j++) {
      const off = ptrWords[j] * ptrSize;
      alloc.writePointer(to + off, alloc.readPointer(from + off));
    }
  }

  /**
   * runtime/map.go `advanceEvacuationMark`: moves nevacuate past evacuated
   * buckets (at most 1024 at a time); when all are done, drops the old array
   * (and extra.oldoverflow), which the collector then frees.
   */
  private advanceEvacuationMark(newbit: number): void {
    const old = this.oldbuckets!;
    let nev = this.#nevacuate + 1;
    const stop = Math.min(nev + 1024, newbit);
    while (nev !== stop && old.evacuated(nev)) nev++;
    this.#nevacuate = nev;
    if (nev === newbit) {
      this.oldbuckets = null;
      this.rt.alloc.writePointer(this.hmapAddr + hmapOldbucketsOff, 0);
      if (this.extra !== 0) this.rt.alloc.writePointer(this.extra + mapextraOldoverflowOff, 0);
      this.#flags &= ~sameSizeGrow;
    }
  }

  // ---- iteration ----

  /**
   * runtime/map.go `mapiterinit`: an iterator starting at a random bucket and
   * offset (from rt.rand, Go's fastrand). Use as `while (it.next()) {...}`.
   * Deleting and inserting during iteration behave as in Go.
   */
  iter(): MapIter<K, V> {
    const it = new MapIter<K, V>(this);
    if (this.#count === 0) return it;
    const B = this.#B;
    it.B = B;
    it.buckets = this.buckets;
    if (this.bucketNoscan) {
      // Keep the current and old overflow buckets alive for the iterator.
      this.createOverflow();
      it.overflowAddr = this.buckets!.ovfSlice;
      it.oldoverflowAddr = this.oldbuckets === null ? 0 : this.oldbuckets.ovfSlice;
    }
    const rand = this.rt.rand;
    let r = rand.uint32();
    if (B > 31 - bucketCntBits) r += rand.uint32() * 2 ** 31;
    const nb = 2 ** B;
    it.startBucket = r % nb;
    it.offset = Math.floor(r / nb) & (bucketCnt - 1);
    it.bucket = it.startBucket;
    this.#flags |= iterator | oldIterator;
    it.started = true;
    return it;
  }

  /** Calls `visit` for every entry (a full `for k, v := range m`). */
  forEach(visit: (key: K, it: MapIter<K, V>) => void): void {
    const it = this.iter();
    while (it.next()) visit(it.key, it);
  }

  /** @internal runtime/map.go `mapiternext`: advances `it`; false at the end. Use MapIter.next. */
  mapiternext(it: MapIter<K, V>): boolean {
    if (!it.started) return false;
    const itb = it.buckets!;
    let bucket = it.bucket;
    let barr = it.barr;
    let b = it.bptr;
    let i = it.i;
    let checkBucket = it.checkBucket;
    const nb = 2 ** it.B;
    for (;;) {
      if (b < 0 || barr === null) {
        if (bucket === it.startBucket && it.wrapped) {
          it.started = false;
          it.curArr = null;
          it.curSlot = -1;
          return false;
        }
        const old = this.oldbuckets;
        if (old !== null && it.B === this.#B) {
          // Started during the growth and it is not done: if the old bucket is
          // not evacuated yet, walk it and return only the entries that go here.
          const oldbucket = bucket & (this.noldbuckets() - 1);
          if (!old.evacuated(oldbucket)) {
            barr = old;
            b = oldbucket;
            checkBucket = bucket;
          } else {
            barr = itb;
            b = bucket;
            checkBucket = noCheck;
          }
        } else {
          barr = itb;
          b = bucket;
          checkBucket = noCheck;
        }
        bucket++;
        if (bucket === nb) {
          bucket = 0;
          it.wrapped = true;
        }
        i = 0;
      }
      for (; i < bucketCnt; i++) {
        const offi = (i + it.offset) & (bucketCnt - 1);
        const s = (b << bucketCntBits) + offi;
        const top = barr.th(s);
        if (top <= emptyOne || top === evacuatedEmpty) continue;
        let k: K;
        if (top === evacuatedX || top === evacuatedY) {
          if (barr.evacKeys === null)
            throw new Error('GoMap: iterator reached an evacuated cell without its key');
          k = barr.evacKeys[s] as K;
        } else {
          k = this.keyStore[barr.id(s)] as K;
        }
        if (checkBucket !== noCheck && (this.#flags & sameSizeGrow) === 0) {
          // Iterating an unevacuated old bucket for a grow to a larger size:
          // skip entries destined for the other half.
          if (reflexive(k)) {
            if ((this.type.hash(k, this.#hash0) & (nb - 1)) !== checkBucket) continue;
          } else if (checkBucket >>> (it.B - 1) !== (top & 1)) {
            // NaN: evacuate sends it by the low bit of tophash.
            continue;
          }
        }
        if ((top !== evacuatedX && top !== evacuatedY) || !reflexive(k)) {
          // Golden data (or key != key, which cannot be looked up).
          it.curArr = barr;
          it.curSlot = s;
        } else {
          // The table grew since: the golden data for this key is elsewhere.
          const r = this.lookup(k, this.type.hash(k, this.#hash0) | 0);
          if (r === -1) continue; // deleted
          it.curArr = r >= 0 ? this.buckets : this.oldbuckets;
          it.curSlot = r >= 0 ? r : -2 - r;
        }
        it.bucket = bucket;
        it.barr = barr;
        it.bptr = b;
        it.i = i + 1;
        it.checkBucket = checkBucket;
        return true;
      }
      b = barr.ovf(b);
      i = 0;
    }
  }

  // ---- checking ----

  /**
   * Verifies the map against its own rules and its heap words; throws on the
   * first violation. O(size): for tests.
   */
  checkInvariants(): void {
    const fail = (msg: string): never => {
      throw new Error(`GoMap invariant broken: ${msg}`);
    };
    const alloc = this.rt.alloc;
    const arr = this.buckets;
    const old = this.oldbuckets;
    if (alloc.readPointer(this.hmapAddr + hmapBucketsOff) !== (arr === null ? 0 : arr.addr0))
      fail('hmap.buckets word');
    if (alloc.readPointer(this.hmapAddr + hmapOldbucketsOff) !== (old === null ? 0 : old.addr0)) {
      fail('hmap.oldbuckets word');
    }
    if (alloc.readPointer(this.hmapAddr + hmapExtraOff) !== this.extra) fail('hmap.extra word');
    if (arr === null) {
      if (this.#count !== 0) fail('entries without buckets');
      return;
    }
    if (arr.B !== this.#B) fail(`array B ${arr.B} != hmap.B ${this.#B}`);
    const mask = (1 << this.#B) - 1;
    let live = 0;
    const seen = new Uint8Array(this.nextId);
    const checkChain = (a: BucketArray<K>, head: number, isOld: boolean) => {
      const evac = isOld && a.evacuated(head);
      let sawRest = false;
      for (let b = head; b >= 0; b = a.ovf(b)) {
        const next = a.ovf(b);
        if (!this.bucketNoscan && !evac) {
          const w = alloc.readPointer(a.addr(b) + this.bucketsize - ptrSize);
          const want = next >= 0 ? a.addr(next) : 0;
          if (w !== want) fail(`overflow word of bucket ${b} is ${w}, want ${want}`);
        }
        for (let i = 0; i < bucketCnt; i++) {
          const s = (b << bucketCntBits) + i;
          const top = a.th(s);
          if (evac) {
            if (top < evacuatedX || top > evacuatedEmpty)
              fail(`old bucket ${head}: cell ${s} not marked evacuated`);
            continue;
          }
          if (sawRest && top !== emptyRest) fail(`bucket ${head}: cell after emptyRest is ${top}`);
          if (top === emptyRest) sawRest = true;
          if (top >= minTopHash) {
            live++;
            const id = a.id(s);
            if (id <= 0 || id >= this.nextId) fail(`cell ${s}: bad entry id ${id}`);
            if (seen[id] === 1) fail(`entry id ${id} used twice`);
            seen[id] = 1;
            const k = this.keyStore[id] as K;
            if (!reflexive(k)) continue;
            const h = this.type.hash(k, this.#hash0) | 0;
            if (tophash(h) !== top) fail(`cell ${s}: tophash ${top} does not match its hash`);
            const want = isOld ? h & (this.noldbuckets() - 1) : h & mask;
            if (want !== head) fail(`cell ${s} in bucket ${head}, hash says ${want}`);
            if (this.lookup(k, h) !== (isOld ? -2 - s : s)) fail(`cell ${s}: lookup finds another cell`);
          } else if (top > emptyOne) {
            fail(`cell ${s} of a current bucket holds evacuation mark ${top}`);
          } else if (!this.bucketNoscan) {
            const kaddr = a.addr(b) + dataOffset + i * this.keysize;
            const eaddr = a.addr(b) + this.elemsOff + i * this.elemsize;
            const kw = this.indirectkey ? [0] : this.keyPtrWords;
            const ew = this.indirectelem ? [0] : this.elemPtrWords;
            for (const w of kw) {
              if (alloc.readPointer(kaddr + w * ptrSize) !== 0) fail(`empty cell ${s} key pointer`);
            }
            for (const w of ew) {
              if (alloc.readPointer(eaddr + w * ptrSize) !== 0) fail(`empty cell ${s} elem pointer`);
            }
          }
        }
      }
    };
    for (let b = 0; b <= mask; b++) checkChain(arr, b, false);
    if (old !== null) {
      const nold = this.noldbuckets();
      for (let b = 0; b < nold; b++) {
        if (b < this.#nevacuate && !old.evacuated(b)) fail(`old bucket ${b} below nevacuate not evacuated`);
        checkChain(old, b, true);
      }
    }
    if (live !== this.#count) fail(`count ${this.#count} but ${live} live cells`);
    if (this.nextId - 1 - this.nfree !== live)
      fail(`${this.nextId - 1 - this.nfree} entry ids in use for ${live} cells`);
    for (let j = 0; j < this.nfree; j++) {
      const id = this.freeIds[j];
      if (seen[id] === 1 || this.keyStore[id] !== undefined) fail(`free entry id ${id} still in use`);
    }
    if (this.extra !== 0) {
      const no = alloc.readPointer(this.extra + mapextraNextOverflowOff);
      const want = arr.nextOverflow < 0 ? 0 : arr.addr(arr.nextOverflow);
      if (no !== want) fail('extra.nextOverflow word');
    }
  }
}

/**
 * A map iterator (runtime/map.go `hiter`). `next()` moves to the next entry;
 * then `key`, `value`, `keyAddr`, `elemAddr`, `elemPtr(word)` describe it.
 */
export class MapIter<K, V = unknown> {
  /** hiter fields. */
  buckets: BucketArray<K> | null = null;
  B = 0;
  startBucket = 0;
  offset = 0;
  wrapped = false;
  bucket = 0;
  /** The array `bptr` indexes (it.buckets or the map's old array). */
  barr: BucketArray<K> | null = null;
  bptr = -1;
  i = 0;
  checkBucket = noCheck;
  /** it.overflow / it.oldoverflow (noscan maps): slice headers the iterator keeps alive. */
  overflowAddr = 0;
  oldoverflowAddr = 0;
  /** Not finished (false before mapiterinit on an empty map and after the end). */
  started = false;
  /** The current entry's cell. */
  curArr: BucketArray<K> | null = null;
  curSlot = -1;

  constructor(readonly map: GoMap<K, V>) {}

  next(): boolean {
    return this.map.mapiternext(this);
  }

  private cur(): BucketArray<K> {
    if (this.curArr === null) throw new Error('MapIter: no current entry');
    return this.curArr;
  }

  get key(): K {
    return this.map.cellKey(this.cur(), this.curSlot);
  }
  get value(): V | undefined {
    return this.map.cellValue(this.cur(), this.curSlot);
  }
  get keyAddr(): number {
    return this.map.keyAddrIn(this.cur(), this.curSlot);
  }
  get elemAddr(): number {
    return this.map.elemAddrIn(this.cur(), this.curSlot);
  }
  /** Reads pointer word `word` of the current elem. */
  elemPtr(word: number): number {
    return this.map.rt.alloc.readPointer(this.elemAddr + word * ptrSize);
  }

  /**
   * The heap addresses a Go hiter holds (it.buckets, it.bptr, key, elem,
   * it.overflow, it.oldoverflow). hiter lives on the goroutine's stack, so a
   * caller that lets the collector run mid-iteration must report these as
   * roots: after a growth completes, only the iterator keeps the old array.
   */
  roots(): number[] {
    const out: number[] = [];
    if (this.buckets !== null) out.push(this.buckets.addr0);
    if (this.barr !== null && this.bptr >= 0) out.push(this.barr.addr(this.bptr));
    if (this.curArr !== null) out.push(this.keyAddr, this.elemAddr);
    if (this.overflowAddr !== 0) out.push(this.overflowAddr);
    if (this.oldoverflowAddr !== 0) out.push(this.oldoverflowAddr);
    return out.filter((a) => a !== 0);
  }
}

/** Whether a key equals itself (Go: t.key.equal(k, k)); only NaN does not. */
function reflexive<K>(k: K): boolean {
  return !(typeof k === 'number' && Number.isNaN(k));
}

function checkPtrWords(what: string, size: number, words: readonly number[]): void {
  let prev = -1;
  for (const w of words) {
    if (!Number.isInteger(w) || w <= prev || (w + 1) * ptrSize > size) {
      throw new Error(
        `GoMap: ${what} pointer words must be ascending word offsets inside the ${size}-byte ${what}`,
      );
    }
    prev = w;
  }
  if (words.length > 0 && size % ptrSize !== 0) {
    throw new Error(`GoMap: a ${what} with pointers has a size that is a multiple of 8 (got ${size})`);
  }
}
