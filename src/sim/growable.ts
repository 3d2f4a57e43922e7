// Growable typed arrays for the struct-of-arrays tables that replace one JS
// object per simulated span, page or object. Capacity doubles; contents are kept.

interface Typed {
  readonly length: number;
  set(src: ArrayLike<number>): void;
}

function grow<T extends Typed>(a: T, minLength: number, make: (n: number) => T): T {
  if (a.length >= minLength) return a;
  let n = Math.max(16, a.length);
  while (n < minLength) n *= 2;
  const b = make(n);
  b.set(a as unknown as ArrayLike<number>);
  return b;
}

export function growInt32(a: Int32Array<ArrayBuffer>, minLength: number, fill = 0): Int32Array<ArrayBuffer> {
  const old = a.length;
  const b = grow(a, minLength, (n) => new Int32Array(n));
  if (fill !== 0 && b !== a) b.fill(fill, old);
  return b;
}
export const growUint32 = (a: Uint32Array<ArrayBuffer>, minLength: number) =>
  grow(a, minLength, (n) => new Uint32Array(n));
export const growUint16 = (a: Uint16Array<ArrayBuffer>, minLength: number) =>
  grow(a, minLength, (n) => new Uint16Array(n));
export const growUint8 = (a: Uint8Array<ArrayBuffer>, minLength: number) =>
  grow(a, minLength, (n) => new Uint8Array(n));
export const growFloat64 = (a: Float64Array<ArrayBuffer>, minLength: number) =>
  grow(a, minLength, (n) => new Float64Array(n));
