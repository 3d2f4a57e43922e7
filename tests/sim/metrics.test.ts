import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  type MetricDescriptor,
  type MetricUnit,
  memStatsFieldOrder,
  metricByKey,
  metricDescriptors,
} from '../../src/sim/metrics.ts';
import { createRuntime } from '../../src/sim/runtime.ts';

// runtime.MemStats fields in declaration order, as the simulated runtime fills them
// (src/sim/mstats.ts declares them in Go 1.19 runtime/mstats.go order).
const memStatsFields = Object.keys(createRuntime({ bareHeap: true }).readMemStats());

// Go 1.19's runtime/metrics.All(), produced by tests/sim/fixtures/go119-metrics.go.
interface GoMetric {
  kind: string;
  cumulative: boolean;
}
const goMetrics = new Map<string, GoMetric>();
for (const line of readFileSync(new URL('./fixtures/go119-metrics.txt', import.meta.url), 'utf8').split(
  '\n',
)) {
  if (line === '' || line.startsWith('#')) continue;
  const [name, kind, cumulative] = line.split('\t');
  goMetrics.set(name, { kind, cumulative: cumulative === 'true' });
}

/** heaplab unit for each unit suffix of a runtime/metrics name. */
const unitOfSuffix: Record<string, MetricUnit> = {
  bytes: 'bytes',
  objects: 'objects',
  'gc-cycles': 'gc-cycles',
  'gc-cycle': 'gc-cycles',
  seconds: 'seconds',
  goroutines: 'goroutines',
  threads: 'threads',
  calls: 'count',
};

const metricNameRe = /\/[a-z0-9/-]+:[a-z-]+/g;
const keys = new Set(metricDescriptors.map((d) => d.key));

describe('go119-metrics.txt fixture', () => {
  it('holds the Go 1.19 metric set', () => {
    assert.equal(goMetrics.size, 33);
    assert.deepEqual(goMetrics.get('/memory/classes/heap/released:bytes'), {
      kind: 'uint64',
      cumulative: false,
    });
    assert.deepEqual(goMetrics.get('/gc/pauses:seconds'), { kind: 'float64-histogram', cumulative: true });
  });
});

describe('memStatsFieldOrder', () => {
  it('lists every MemStats field once, in declaration order', () => {
    assert.deepEqual(memStatsFieldOrder, memStatsFields);
  });
});

describe('metricDescriptors table', () => {
  it('has unique keys', () => {
    assert.equal(keys.size, metricDescriptors.length);
  });

  it('has unique labels', () => {
    const labels = metricDescriptors.map((d) => d.label);
    assert.equal(new Set(labels).size, labels.length);
  });

  it('has exactly the MemStats fields as MemStats entries, once each, in declaration order', () => {
    const fromTable = metricDescriptors.filter((d) => d.source === 'MemStats').map((d) => d.key);
    assert.deepEqual(fromTable, memStatsFields);
  });

  const required: [string, MetricDescriptor['source'], string | undefined][] = [
    ['VmRSS', 'linux', undefined],
    ['RssAnon', 'linux', undefined],
    ['LazyFree', 'linux', undefined],
    ['VmSize', 'linux', undefined],
    ['ContainerMemoryLimit', 'linux', undefined],
    ['PhysicalMemory', 'linux', undefined],
    ['NumGoroutine', 'runtime/metrics', '/sched/goroutines:goroutines'],
    ['HeapGoal', 'runtime/metrics', '/gc/heap/goal:bytes'],
    ['GCCyclesAutomatic', 'runtime/metrics', '/gc/cycles/automatic:gc-cycles'],
    ['NumForcedGC', 'MemStats', '/gc/cycles/forced:gc-cycles'],
    ['NumGC', 'MemStats', '/gc/cycles/total:gc-cycles'],
    ['TotalAlloc', 'MemStats', '/gc/heap/allocs:bytes'],
    ['TotalFree', 'runtime/metrics', '/gc/heap/frees:bytes'],
    ['TinyAllocs', 'runtime/metrics', '/gc/heap/tiny/allocs:objects'],
    ['StackStartingSize', 'runtime/metrics', '/gc/stack/starting-size:bytes'],
    ['GCLimiterLastEnabled', 'runtime/metrics', '/gc/limiter/last-enabled:gc-cycle'],
    ['HeapReleased', 'MemStats', '/memory/classes/heap/released:bytes'],
    ['Sys', 'MemStats', '/memory/classes/total:bytes'],
    ['HeapLive', 'heaplab', undefined],
    ['HeapMarked', 'heaplab', undefined],
    ['MemoryLimit', 'heaplab', undefined],
    ['GOGC', 'heaplab', undefined],
  ];
  for (const [key, source, metric] of required) {
    it(`has ${key} from ${source}${metric ? ` as ${metric}` : ''}`, () => {
      const d = metricByKey(key);
      assert.ok(d, `missing ${key}`);
      assert.equal(d.source, source);
      assert.equal(d.metric, metric);
    });
  }

  it('relates HeapIdle to runtime/metrics as released + free', () => {
    assert.equal(
      metricByKey('HeapIdle')?.metricRelation,
      '/memory/classes/heap/released:bytes + /memory/classes/heap/free:bytes',
    );
  });
});

describe('metricByKey', () => {
  it('returns the table entry itself', () => {
    for (const d of metricDescriptors) assert.equal(metricByKey(d.key), d);
  });
  it('returns undefined for an unknown key', () => {
    assert.equal(metricByKey('HeapIdleness'), undefined);
    assert.equal(metricByKey(''), undefined);
  });
});

describe('each descriptor', () => {
  for (const d of metricDescriptors) {
    describe(d.key, () => {
      it('has a CamelCase key', () => assert.match(d.key, /^[A-Z][A-Za-z0-9]*$/));

      it('has a short label', () => {
        assert.ok(d.label.trim().length > 0, 'empty label');
        assert.equal(d.label, d.label.trim());
        assert.ok(d.label.length <= 24, `label too long: ${d.label}`);
      });

      it('has a one-sentence description ending with a period', () => {
        assert.match(d.description, /^[A-Z"'a-z]/);
        assert.ok(d.description.endsWith('.'), 'no final period');
        assert.ok(d.description.length <= 200, `${d.description.length} chars`);
        assert.doesNotMatch(d.description.slice(0, -1), /[.!?]\s/, 'more than one sentence');
        assert.doesNotMatch(d.description, /\s{2}|\n/);
      });

      it('names only Go 1.19 runtime/metrics', () => {
        if (d.metric !== undefined) {
          assert.ok(goMetrics.has(d.metric), `${d.metric} is not in Go 1.19's metrics.All()`);
          assert.equal(d.metric.match(metricNameRe)?.[0], d.metric);
        }
        for (const name of d.metricRelation?.match(metricNameRe) ?? []) {
          assert.ok(goMetrics.has(name), `${name} is not in Go 1.19's metrics.All()`);
        }
      });

      it('keeps metric, metricRelation and source consistent', () => {
        if (d.metricRelation !== undefined) {
          assert.notEqual(d.metricRelation.trim(), '');
          assert.ok(d.metricRelation.match(metricNameRe), 'metricRelation names no metric');
          if (d.metric !== undefined)
            assert.ok(d.metricRelation.includes(d.metric), 'metric missing from relation');
        }
        if (d.source === 'runtime/metrics')
          assert.ok(d.metric, 'runtime/metrics entry without a metric name');
        if (d.source === 'linux' || d.source === 'heaplab') assert.equal(d.metric, undefined);
      });

      const go =
        d.metric !== undefined && d.metricRelation === undefined ? goMetrics.get(d.metric) : undefined;
      if (go && d.metric) {
        it(`matches ${d.metric} exactly in unit, cumulativeness and shape`, () => {
          const suffix = d.metric!.slice(d.metric!.indexOf(':') + 1);
          assert.equal(d.unit, unitOfSuffix[suffix]);
          assert.equal(d.cumulative, go.cumulative);
          assert.equal(d.kind === 'histogram', go.kind === 'float64-histogram');
        });
      }

      it('has a kind that fits its unit and cumulativeness', () => {
        if (d.kind === 'counter') assert.equal(d.cumulative, true);
        if (d.kind === 'gauge' || d.kind === 'ring' || d.kind === 'flag') assert.equal(d.cumulative, false);
        assert.equal(d.kind === 'flag', d.unit === 'bool');
      });

      it('states relations that start with its key and use only known keys', () => {
        for (const r of d.relations ?? []) {
          assert.match(r, /^[A-Za-z0-9 +*/()=<>-]+$/, r);
          const sides = r.split(/\s(?:=|<=|>=)\s/);
          assert.equal(sides.length, 2, `not one comparison: ${r}`);
          assert.equal(sides[0], d.key, `left side is not ${d.key}: ${r}`);
          for (const id of r.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [])
            assert.ok(keys.has(id), `unknown key ${id} in ${r}`);
        }
      });
    });
  }
});
