// Number formatting used by the runtime's own trace output.
// Models Go 1.19 runtime/mgc.go `fmtNSAsMS` and runtime/print.go `itoaDiv`
// (go-runtime-facts.md §7, "Number formatting").

/** Formats `val / 10^dec` with exactly `dec` decimals, as Go's itoaDiv does. */
export function itoaDiv(val: number, dec: number): string {
  const digits = String(Math.trunc(val));
  if (dec <= 0) return digits;
  const padded = digits.padStart(dec + 1, '0');
  return `${padded.slice(0, padded.length - dec)}.${padded.slice(padded.length - dec)}`;
}

/**
 * Formats a duration in nanoseconds as milliseconds the way gctrace does:
 * at least 10 ms prints whole milliseconds; below that, two significant
 * digits with at most three decimals; under 1 µs prints "0".
 */
export function fmtNSAsMS(ns: number): string {
  if (ns >= 10e6) return itoaDiv(Math.floor(ns / 1e6), 0);
  let x = Math.floor(ns / 1e3);
  if (x === 0) return '0';
  let dec = 3;
  while (x >= 100) {
    x = Math.floor(x / 10);
    dec--;
  }
  return itoaDiv(x, dec);
}
