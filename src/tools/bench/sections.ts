// The registry of benchmark sections, in the order the table prints them.
import { allocSection } from './alloc.ts';
import { browserSection } from './browser.ts';
import { compilerSection, e2eSection } from './e2e.ts';
import { frontendSection } from './frontend.ts';
import { gcSection } from './gc.ts';
import type { BenchSection } from './harness.ts';

export const sections: readonly BenchSection[] = [
  allocSection,
  gcSection,
  frontendSection,
  compilerSection,
  e2eSection,
  browserSection,
];
