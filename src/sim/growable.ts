// Growable typed arrays for the struct-of-arrays tables that replace one JS
// object per simulated span, page or object. Capacity doubles; contents are kept.

export function growInt32(a: Int32Array<ArrayBuffer>, minLength: number, fill = 0): Int32Array<ArrayBuffer> {
  if (a.length >= minLength) return a;
  let n = Math.max(16, a.length);
  while (n < minLength) n *= 2;
  const b = new Int32Array(n);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

export function growUint32(a: Uint32Array<ArrayBuffer>, minLength: number): Uint32Array<ArrayBuffer> {
  if (a.length >= minLength) return a;
  let n = Math.max(16, a.length);
  while (n < minLength) n *= 2;
  const b = new Uint32Array(n);
  b.set(a);
  return b;
}

export function growUint16(a: Uint16Array<ArrayBuffer>, minLength: number): Uint16Array<ArrayBuffer> {
  if (a.length >= minLength) return a;
  let n = Math.max(16, a.length);
  while (n < minLength) n *= 2;
  const b = new Uint16Array(n);
  b.set(a);
  return b;
}

export function growUint8(a: Uint8Array<ArrayBuffer>, minLength: number): Uint8Array<ArrayBuffer> {
  if (a.length >= minLength) return a;
  let n = Math.max(16, a.length);
  while (n < minLength) n *= 2;
  const b = new Uint8Array(n);
  b.set(a);
  return b;
}

export function growFloat64(a: Float64Array<ArrayBuffer>, minLength: number): Float64Array<ArrayBuffer> {
  if (a.length >= minLength) return a;
  let n = Math.max(16, a.length);
  while (n < minLength) n *= 2;
  const b = new Float64Array(n);
  b.set(a);
  return b;
}
