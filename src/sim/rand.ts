// Seeded pseudo-random numbers for the simulated runtime (the pure core never
// calls Math.random). xoshiro128** over 32-bit state: fast, and the same seed
// gives the same sequence on every engine.

export interface Rand {
  /** Uniform float in [0, 1). */
  float64(): number;
  /** Uniform uint32. */
  uint32(): number;
}

export function createRand(seed: number): Rand {
  // splitmix32 expands the seed into four non-zero state words.
  let x = seed >>> 0;
  const next = () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = next() | 1;
  let b = next();
  let c = next();
  let d = next();
  const uint32 = (): number => {
    const result = Math.imul(((Math.imul(b, 5) << 7) | (Math.imul(b, 5) >>> 25)) >>> 0, 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    return result;
  };
  return { uint32, float64: () => uint32() / 4294967296 };
}
