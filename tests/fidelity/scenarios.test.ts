// The fidelity harness in CI (npm run fidelity runs the same code standalone): every scenario at its
// test scale keeps its expectations in heaplab and, when `go` is on PATH, in real Go 1.19, and the
// two agree within the tolerances of its expectation file. The Markdown table is printed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runScenario, scenarioMarkdown, scenarioNames } from '../../src/tools/fidelity.ts';

describe('scenarios tell the same story in heaplab and Go', () => {
  for (const name of scenarioNames('.')) {
    test(name, () => {
      const r = runScenario('.', name);
      console.log(scenarioMarkdown(r));
      assert.deepEqual(r.failures, []);
    });
  }
});
