// The registry of benchmark sections, in the order the table prints them.
import type { BenchSection } from './harness.ts';

export const sections: readonly BenchSection[] = [];
