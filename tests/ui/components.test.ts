// Workbench components in Chromium: each renders accessibly (checked first) and does its job with
// sample data shaped like the worker's snapshots.
import { expect, fixture, html } from '@open-wc/testing';
import type { Snapshot, SpanInfo, TimelineRange } from '../../src/protocol/api.ts';
import {
  heapPageIdle,
  heapPageInUseBase,
  heapPageLazyFree,
  heapPageReleased,
  heapPageStack,
} from '../../src/protocol/api.ts';
import { catalog } from '../../src/ui/catalog.gen.ts';
import '../../src/ui/editor/wb-editor.ts';
import type { WbEditor } from '../../src/ui/editor/wb-editor.ts';
import '../../src/ui/wb-chart.ts';
import { secondsTick, type WbChart } from '../../src/ui/wb-chart.ts';
import '../../src/ui/wb-console.ts';
import type { WbConsole } from '../../src/ui/wb-console.ts';
import '../../src/ui/wb-controls.ts';
import { palettes } from '../../src/ui/theme.styles.ts';
import type { ControlAction, WbControls } from '../../src/ui/wb-controls.ts';
import { pageStateName, type WbHeapMap } from '../../src/ui/wb-heapmap.ts';
import '../../src/ui/wb-goroutines.ts';
import type { WbGoroutines } from '../../src/ui/wb-goroutines.ts';
import '../../src/ui/wb-ladder.ts';
import type { WbLadder } from '../../src/ui/wb-ladder.ts';

const MiB = 2 ** 20;

function snapshot(): Snapshot {
  return {
    runId: 1,
    seq: 3,
    state: 'paused',
    simNs: 1.5e9,
    exitCode: null,
    memstats: {
      HeapAlloc: 80 * MiB,
      HeapInuse: 90 * MiB,
      HeapIdle: 150 * MiB,
      HeapReleased: 100 * MiB,
      HeapSys: 240 * MiB,
      StackInuse: 2 * MiB,
      Sys: 260 * MiB,
      NumGC: 12,
    },
    rssBytes: 180 * MiB,
    lazyFreeBytes: 20 * MiB,
    physicalMemoryBytes: 24 * 2 ** 30,
    containerLimitBytes: 0,
    numGoroutine: 3,
    goroutines: [
      { state: 'chan receive', entry: 'main.worker', count: 2 },
      { state: 'running', entry: 'main.main', count: 1 },
    ],
    stdout: '',
    stderr: '',
    traces: [],
    events: [],
    heapMap: null,
  };
}

describe('wb-ladder', () => {
  it('is accessible and shows every rung with its meaning', async () => {
    const el = await fixture<WbLadder>(html`<wb-ladder .snapshot=${snapshot()}></wb-ladder>`);
    await expect(el).to.be.accessible();
    const text = el.shadowRoot!.textContent!;
    for (const v of ['80.0 MiB', '90.0 MiB', '150 MiB', '240 MiB', '180 MiB', '3 goroutines'])
      expect(text).to.contain(v);
    const dfn = el.shadowRoot!.querySelector('dfn')!;
    expect(dfn.getAttribute('title')!.length).to.be.above(20);
    expect(el.shadowRoot!.textContent).to.contain('20.0 MiB');
  });
});

describe('wb-console', () => {
  it('is accessible; one tab stop, arrow keys reach each trace number, which explains itself', async () => {
    const el = await fixture<WbConsole>(html`<wb-console
      .lines=${[
        { id: 1, kind: 'stdout', text: 'added: inuse 2 GB\n' },
        {
          id: 2,
          kind: 'trace',
          trace: {
            simNs: 1,
            text: 'gc 1 @0.006s 3%: ... 2373->2373->1 MB',
            segments: [
              { text: 'gc ' },
              { text: '1', field: 'cycle', explain: 'GC cycle number' },
              { text: ' @0.006s 3%: ... ' },
              { text: '2373', field: 'heapStart', explain: 'heap size when this GC started' },
              { text: '->2373->1 MB' },
            ],
          },
        },
      ]}
    ></wb-console>`);
    await expect(el).to.be.accessible();
    const abbrs = [...el.shadowRoot!.querySelectorAll('abbr')];
    expect(abbrs.map((a) => a.getAttribute('aria-label'))).to.deep.equal([
      '1: GC cycle number',
      '2373: heap size when this GC started',
    ]);
    // the log is the only tab stop; the numbers are reached with the arrow keys
    const pre = el.shadowRoot!.querySelector('pre')!;
    expect(pre.getAttribute('role')).to.equal('log');
    expect(pre.tabIndex).to.equal(0);
    expect(abbrs.every((a) => a.tabIndex === -1)).to.equal(true);
    pre.focus();
    pre.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    expect(el.shadowRoot!.activeElement).to.equal(abbrs[0]);
    abbrs[0].dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
    );
    expect(el.shadowRoot!.activeElement).to.equal(abbrs[1]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('2373: heap size when this GC started');
    // appending a line keeps the DOM of the lines already shown
    const first = el.shadowRoot!.querySelector('pre span');
    el.lines = [...el.lines, { id: 3, kind: 'stdout', text: 'after gc\n' }];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('pre span')).to.equal(first);
    expect(pre.textContent).to.contain('after gc');
    // the focused number's line is dropped: the focus goes back to the log, the meaning is cleared
    abbrs[1].focus();
    el.lines = el.lines.filter((l) => l.id !== 2);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(pre);
    expect(el.explained).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('abbr').length).to.equal(0);
    expect(pre.childNodes.length).to.equal(2);
  });
});

describe('wb-chart', () => {
  it('is accessible, draws with uPlot and offers the data as a table', async () => {
    const n = 20;
    const simNs = Float64Array.from({ length: n }, (_, i) => i * 1e8);
    const col = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
    const data: TimelineRange = {
      simNs,
      columns: {
        HeapAlloc: col((i) => i * MiB),
        HeapInuse: col((i) => i * MiB + MiB),
        HeapIdle: col(() => 4 * MiB),
        HeapReleased: col(() => 2 * MiB),
        NextGC: col(() => 16 * MiB),
        Sys: col(() => 40 * MiB),
        RSS: col((i) => 10 * MiB + i * MiB),
      },
    };
    const el = await fixture<WbChart>(
      html`<wb-chart .data=${data} .events=${[{ simNs: 5e8, kind: 'gc', text: 'GC 1' }]}></wb-chart>`,
    );
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('canvas')).to.not.equal(null);
    const rows = el.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(n);
    expect(el.shadowRoot!.querySelector('thead')!.textContent).to.contain('HeapReleased');
    // a new run empties the chart, then its data arrives: the plot is drawn again, in the page
    el.data = null;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
    el.data = data;
    await el.updateComplete;
    const canvas = el.shadowRoot!.querySelector('canvas');
    expect(canvas).to.not.equal(null);
    expect(canvas!.isConnected).to.equal(true);
    expect(canvas!.getBoundingClientRect().height).to.be.above(100);
    // the theme changes the text colour: the plot is made again with it (canvas text cannot use
    // currentColor)
    el.style.color = 'rgb(1, 2, 3)';
    el.dark = true;
    await el.updateComplete;
    const again = el.shadowRoot!.querySelector('canvas');
    expect(again).to.not.equal(null);
    expect(again).to.not.equal(canvas);
  });
});

describe('chart time ticks', () => {
  it('have the decimals their spacing needs', () => {
    expect([0, 0.0005, 0.001].map((v) => secondsTick(v, 0.0005))).to.deep.equal([
      '0.0000',
      '0.0005',
      '0.0010',
    ]);
    expect(secondsTick(0.5, 0.25)).to.equal('0.50');
    expect(secondsTick(120, 20)).to.equal('120');
  });
});

describe('theme palettes', () => {
  const luminance = (hex: string) => {
    const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
    const [r, g, b] = c.map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  it('give every text colour at least 4.5:1 on the background and on panels, in both themes', () => {
    for (const [name, p] of Object.entries(palettes)) {
      for (const text of ['fg', 'muted', 'accent', 'danger'] as const) {
        for (const ground of ['bg', 'panel'] as const) {
          const r = contrast(p[text], p[ground]);
          expect(r, `${name} ${text} on ${ground}: ${r.toFixed(2)}`).to.be.at.least(4.5);
        }
      }
    }
  });
});

describe('wb-heapmap', () => {
  it('is accessible, summarises page states and names them', async () => {
    const pages = new Uint8Array(1024);
    pages.fill(heapPageInUseBase + 3, 0, 100);
    pages.fill(heapPageStack, 100, 110);
    pages.fill(heapPageIdle, 110, 300);
    pages.fill(heapPageLazyFree, 300, 400);
    pages.fill(heapPageReleased, 400);
    const el = await fixture<WbHeapMap>(
      html`<wb-heapmap .map=${{ baseAddr: 0xc000000000, pages }}></wb-heapmap>`,
    );
    await expect(el).to.be.accessible();
    const label = el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')!;
    expect(label).to.contain('in use 800 KiB');
    expect(label).to.contain('free, released to the OS 4.9 MiB');
    expect(pageStateName(heapPageLazyFree)).to.equal('free, MADV_FREE but still resident');
    expect(pageStateName(heapPageInUseBase)).to.equal('in use: large objects');
  });

  it('zooms from all arenas to an arena and a chunk; the cursor names the span under it', async () => {
    const pages = new Uint8Array(3 * 8192);
    pages.fill(heapPageInUseBase + 5, 0, 600);
    pages.fill(heapPageReleased, 600);
    const asked: number[] = [];
    const spanAt = async (addr: number): Promise<SpanInfo | null> => {
      asked.push(addr);
      return {
        baseAddr: addr,
        npages: 1,
        kind: 'heap',
        sizeClass: 5,
        elemBytes: 48,
        nelems: 170,
        allocCount: 12,
      };
    };
    const el = await fixture<WbHeapMap>(
      html`<wb-heapmap .map=${{ baseAddr: 0xc000000000, pages }} .spanAt=${spanAt}></wb-heapmap>`,
    );
    const canvas = () => el.shadowRoot!.querySelector('canvas')!;
    // overview: a pixel per page, a row per 1 MiB while the heap is small
    expect([canvas().width, canvas().height]).to.deep.equal([128, 192]);
    const key = (k: string) => canvas().dispatchEvent(new KeyboardEvent('keydown', { key: k }));
    for (let i = 0; i < 4; i++) key('ArrowDown'); // from page 0, four rows down: chunk 1
    await el.updateComplete;
    expect(el.cursor).to.equal(512);
    key('Enter'); // into arena 0
    await el.updateComplete;
    expect(el.view).to.deep.equal({ level: 'arena', arena: 0 });
    expect([canvas().width, canvas().height]).to.deep.equal([128 * 4, 64 * 4]);
    key('Enter'); // into the chunk under the cursor (chunk 1)
    await el.updateComplete;
    expect(el.view).to.deep.equal({ level: 'chunk', chunk: 1 });
    expect([canvas().width, canvas().height]).to.deep.equal([32 * 16, 16 * 16]);
    key('ArrowRight');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.cursor).to.equal(513);
    expect(asked.at(-1)).to.equal(0xc000000000 + 513 * 8192);
    const described = el.shadowRoot!.querySelector('#described')!.textContent!;
    expect(described).to.contain('arena 0, chunk 1, page 0xc000402000');
    expect(described).to.contain('size class 5 (48 B objects): 170 slots, 12 allocated');
    // a released page needs no span
    key('End');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#described')!.textContent).to.contain('free, released to the OS');
    key('Escape');
    key('Escape');
    await el.updateComplete;
    expect(el.view).to.deep.equal({ level: 'all' });
    await expect(el).to.be.accessible();
    // a new run: back to the overview with nothing under the cursor
    key('Enter');
    await el.updateComplete;
    expect(el.view.level).to.equal('arena');
    el.map = null;
    await el.updateComplete;
    el.map = { baseAddr: 0xc000000000, pages: new Uint8Array(512) };
    await el.updateComplete;
    expect(el.view).to.deep.equal({ level: 'all' });
    expect(el.cursor).to.equal(-1);
    expect(el.described).to.equal('');
  });
});

describe('wb-goroutines', () => {
  it('is accessible; shows the count, the stack bytes and the groups', async () => {
    const s = snapshot();
    const el = await fixture<WbGoroutines>(html`<wb-goroutines
      .groups=${s.goroutines}
      .count=${1003}
      .stackBytes=${2 * MiB}
    ></wb-goroutines>`);
    await expect(el).to.be.accessible();
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('1003 goroutines, stacks 2.0 MiB');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].map((d) => d.textContent),
    );
    expect(rows).to.deep.equal([
      ['2', 'chan receive', 'main.worker'],
      ['1', 'running', 'main.main'],
    ]);
    expect(text).to.contain('and 1000 more in smaller groups');
  });
});

describe('wb-controls', () => {
  it('is accessible; every control sends its action', async () => {
    const actions: ControlAction[] = [];
    const el = await fixture<WbControls>(html`<wb-controls
      .state=${'paused'}
      .catalog=${catalog}
      .scenario=${'lru-shrink'}
      @control=${(e: CustomEvent<ControlAction>) => actions.push(e.detail)}
    ></wb-controls>`);
    await expect(el).to.be.accessible();
    const root = el.shadowRoot!;
    const button = (text: string) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent!.includes(text))!;
    button('Play').click();
    button('Step GC cycle').click();
    button('debug.FreeOSMemory()').click();
    button('Run').click();
    const gogcOff = [...root.querySelectorAll('label')]
      .find((l) => l.textContent!.includes('GOGC off'))!
      .querySelector('input')!;
    gogcOff.click();
    expect(actions.map((a) => a.kind)).to.deep.equal(['play', 'step', 'freeosmemory', 'args', 'run', 'gogc']);
    expect(actions[5]).to.deep.equal({ kind: 'gogc', percent: -1 });
    // the scenario's flags are inputs, prefilled at its small scale
    const args = actions[3] as { kind: 'args'; args: string[] };
    expect(args.args).to.include('-entries');
    expect(root.querySelector<HTMLInputElement>('#flag-entries')!.value).to.equal(
      catalog.find((c) => c.name === 'lru-shrink')!.smallArgs[1],
    );
  });
});

describe('wb-editor', () => {
  it('is accessible before monaco loads; edits and Ctrl+Enter reach the page; diagnostics are listed', async () => {
    const el = await fixture<WbEditor>(html`<wb-editor
      .value=${'package main\n'}
      .diagnostics=${[{ line: 4, col: 2, msg: 'x declared but not used' }]}
    ></wb-editor>`);
    await expect(el).to.be.accessible();
    const ta = el.shadowRoot!.querySelector('textarea')!;
    let changed = '';
    let runs = 0;
    el.addEventListener('source-change', (e) => {
      changed = (e as CustomEvent<string>).detail;
    });
    el.addEventListener('run-request', () => runs++);
    ta.value = 'package main\n\nfunc main() {}\n';
    ta.dispatchEvent(new Event('input'));
    ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }));
    expect(changed).to.contain('func main');
    expect(runs).to.equal(1);
    expect(el.shadowRoot!.textContent).to.contain('main.go:4:2: x declared but not used');
  });
});
