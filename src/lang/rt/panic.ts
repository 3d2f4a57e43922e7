// Runtime panics in Go 1.19's exact words (runtime/error.go, panic.go,
// chan.go, map.go, iface.go): what compiled code raises for bounds, nil
// dereferences, division by zero, failed type assertions and misuse of maps
// and channels.

import { GoPanic } from './sched.ts';

/** Go's boundsErrorCode, in runtime/error.go order. */
export type BoundsKind =
  | 'index'
  | 'sliceAlen'
  | 'sliceAcap'
  | 'sliceB'
  | 'slice3Alen'
  | 'slice3Acap'
  | 'slice3B'
  | 'slice3C'
  | 'convert';

const boundsFmt: Record<BoundsKind, string> = {
  index: 'index out of range [%x] with length %y',
  sliceAlen: 'slice bounds out of range [:%x] with length %y',
  sliceAcap: 'slice bounds out of range [:%x] with capacity %y',
  sliceB: 'slice bounds out of range [%x:%y]',
  slice3Alen: 'slice bounds out of range [::%x] with length %y',
  slice3Acap: 'slice bounds out of range [::%x] with capacity %y',
  slice3B: 'slice bounds out of range [:%x:%y]',
  slice3C: 'slice bounds out of range [%x:%y:]',
  convert: 'cannot convert slice with length %x to pointer to array with length %y',
};

/** With a negative x there is no need to report y (Go: boundsNegErrorFmt). */
const boundsNegFmt: Record<BoundsKind, string> = {
  index: 'index out of range [%x]',
  sliceAlen: 'slice bounds out of range [:%x]',
  sliceAcap: 'slice bounds out of range [:%x]',
  sliceB: 'slice bounds out of range [%x:]',
  slice3Alen: 'slice bounds out of range [::%x]',
  slice3Acap: 'slice bounds out of range [::%x]',
  slice3B: 'slice bounds out of range [:%x:]',
  slice3C: 'slice bounds out of range [%x::]',
  convert: 'cannot convert slice with length %x to pointer to array with length %y',
};

/** A runtime.Error: its message carries the "runtime error: " prefix. */
export class RuntimeError extends GoPanic {}

/** The runtime error for a failed bounds check (Go: boundsError.Error). */
export function boundsError(kind: BoundsKind, x: number | bigint, y: number | bigint): RuntimeError {
  const f = x < 0 ? boundsNegFmt[kind] : boundsFmt[kind];
  return new RuntimeError(`runtime error: ${f.replace('%x', String(x)).replace('%y', String(y))}`);
}

export const nilDereference = () =>
  new RuntimeError('runtime error: invalid memory address or nil pointer dereference');
export const divideByZero = () => new RuntimeError('runtime error: integer divide by zero');
export const nilMapWrite = () => new GoPanic('assignment to entry in nil map');
export const makesliceLen = () => new RuntimeError('runtime error: makeslice: len out of range');
export const makesliceCap = () => new RuntimeError('runtime error: makeslice: cap out of range');
export const makechanSize = () => new GoPanic('makechan: size out of range');

/**
 * A failed type assertion x.(T) (Go: runtime.TypeAssertionError.Error):
 * `have` is the dynamic type or null for a nil interface; `missingMethod`
 * names what an interface target lacks.
 */
export function typeAssertionError(
  iface: string,
  have: string | null,
  want: string,
  missingMethod = '',
): GoPanic {
  if (have === null) return new RuntimeError(`interface conversion: ${iface} is nil, not ${want}`);
  if (missingMethod) {
    return new RuntimeError(`interface conversion: ${have} is not ${want}: missing method ${missingMethod}`);
  }
  return new RuntimeError(`interface conversion: ${iface} is ${have}, not ${want}`);
}

/** Exit status of a program that dies of an unrecovered panic or a fatal error. */
export const panicExitCode = 2;
