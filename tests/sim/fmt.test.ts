import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fmtNSAsMS, itoaDiv } from '../../src/sim/fmt.ts';

describe('fmtNSAsMS (gctrace number format, facts §7)', () => {
  // Values taken from the run-verified gctrace lines in go-runtime-facts.md §7.
  const cases: [number, string][] = [
    [5_000, '0.005'],
    [96_000, '0.096'],
    [100_000, '0.10'],
    [1_000, '0.001'],
    [999, '0'],
    [0, '0'],
    [520_000, '0.52'],
    [1_700_000, '1.7'],
    [9_999_999, '9.9'],
    [10_000_000, '10'],
    [12_345_678, '12'],
    [2_000_000_000, '2000'],
  ];
  for (const [ns, want] of cases) {
    it(`${ns} ns -> ${want}`, () => assert.equal(fmtNSAsMS(ns), want));
  }
});

describe('itoaDiv', () => {
  const cases: [number, number, string][] = [
    [6, 3, '0.006'],
    [1234, 3, '1.234'],
    [17, 1, '1.7'],
    [42, 0, '42'],
  ];
  for (const [v, d, want] of cases) it(`${v}/10^${d} -> ${want}`, () => assert.equal(itoaDiv(v, d), want));
});
