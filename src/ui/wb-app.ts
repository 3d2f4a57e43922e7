import { css, html, LitElement } from 'lit';
import { type Update, WorkbenchClient } from '../client/client.ts';
import {
  type Diagnostic,
  defaultPhysicalMemoryBytes,
  type RunState,
  type Snapshot,
  type TimelineEvent,
  type TimelineRange,
} from '../protocol/api.ts';
import { catalog } from './catalog.gen.ts';
import type { WbEditor } from './editor/wb-editor.ts';
import { rootThemeStyle, type ThemeChoice, themeTokens } from './theme.styles.ts';
import type { ConsoleLine } from './wb-console.ts';
import type { ControlAction } from './wb-controls.ts';
import './editor/wb-editor.ts';
import './wb-controls.ts';
import './wb-ladder.ts';
import './wb-chart.ts';
import './wb-console.ts';
import './wb-goroutines.ts';
import './wb-heapmap.ts';

/** The regions of the workbench, in reading order. */
export const appRegions = [
  { id: 'editor', label: 'Go program' },
  { id: 'controls', label: 'Runtime controls' },
  { id: 'gauges', label: 'Memory ladder' },
  { id: 'charts', label: 'Timeline' },
  { id: 'console', label: 'Console' },
  { id: 'goroutines', label: 'Goroutines' },
  { id: 'heapmap', label: 'Heap map' },
] as const;

/** Controls that are settings: they apply at once and again to every new run. */
type SettingAction = Extract<
  ControlAction,
  { kind: 'speed' | 'gogc' | 'memlimit' | 'madvise' | 'container' }
>;

function isSetting(a: ControlAction): a is SettingAction {
  return (
    a.kind === 'speed' ||
    a.kind === 'gogc' ||
    a.kind === 'memlimit' ||
    a.kind === 'madvise' ||
    a.kind === 'container'
  );
}

function applySetting(api: WorkbenchClient['api'], a: SettingAction): Promise<void> {
  switch (a.kind) {
    case 'speed':
      return api.setSpeed(a.speed);
    case 'gogc':
      return api.setGOGC(a.percent);
    case 'memlimit':
      return api.setMemoryLimit(a.bytes);
    case 'madvise':
      return api.setMadvise(a.mode);
    case 'container':
      return api.setContainerLimit(a.bytes);
  }
}

/**
 * @summary The workbench shell: header plus the named regions laid out on a grid.
 * @csspart region - each region's section element.
 */
export class WbApp extends LitElement {
  static override styles = [
    themeTokens,
    css`
      :host {
        display: grid;
        grid-template-rows: auto 1fr;
        min-height: 100vh;
        background: var(--wb-bg);
        color: var(--wb-fg);
        font-family: var(--wb-font);
      }
      header {
        display: flex;
        align-items: baseline;
        gap: 1rem;
        padding: 0.5rem 1rem;
        border-bottom: 1px solid var(--wb-border);
      }
      h1 {
        font-size: 1.25rem;
        margin: 0;
      }
      header p {
        margin: 0;
        color: var(--wb-muted);
      }
      main {
        display: grid;
        gap: 0.5rem;
        padding: 0.5rem;
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        grid-template-areas:
          'editor controls'
          'editor gauges'
          'charts charts'
          'console heapmap'
          'goroutines heapmap';
      }
      section {
        background: var(--wb-panel);
        border: 1px solid var(--wb-border);
        border-radius: 6px;
        padding: 0.5rem 0.75rem;
        min-height: 6rem;
      }
      section h2 {
        font-size: 1rem;
        margin: 0 0 0.25rem;
      }
      section p {
        margin: 0;
        color: var(--wb-muted);
      }
      #editor { grid-area: editor; min-height: 20rem; }
      #controls { grid-area: controls; }
      #gauges { grid-area: gauges; }
      #charts { grid-area: charts; }
      #console { grid-area: console; }
      #heapmap { grid-area: heapmap; }
      #goroutines { grid-area: goroutines; }
      .notice { color: var(--wb-danger); margin: 0 1rem; }
      .theme { margin-left: auto; font-size: 0.85rem; }
      @media (max-width: 900px) {
        main {
          grid-template-columns: 1fr;
          grid-template-areas: 'editor' 'controls' 'gauges' 'charts' 'console' 'heapmap' 'goroutines';
        }
      }
    `,
  ];

  // ------------------------------------------------------------ state

  static override properties = {
    source: { state: true },
    snapshot: { state: true },
    lines: { state: true },
    timeline: { state: true },
    events: { state: true },
    diagnostics: { state: true },
    runState: { state: true },
    scenario: { state: true },
    notice: { state: true },
    theme: { state: true },
  };
  declare theme: ThemeChoice;
  declare source: string;
  declare snapshot: Snapshot | null;
  declare lines: ConsoleLine[];
  declare timeline: TimelineRange | null;
  declare events: TimelineEvent[];
  declare diagnostics: Diagnostic[];
  declare runState: RunState;
  declare scenario: string;
  declare notice: string;
  private client: WorkbenchClient | null = null;
  private args: string[] = [];
  private env: Record<string, string> = {};
  private lastTimelineMs = 0;
  /** Console line ids (the console keys its DOM by them). */
  private lineId = 0;

  constructor() {
    super();
    const read = readSaved();
    const saved = read === 'malformed' ? null : read;
    const lru = catalog.find((c) => c.name === 'lru-shrink');
    this.scenario = saved ? saved.scenario : (lru?.name ?? '');
    this.source = saved ? saved.source : (lru?.source ?? '');
    this.args = saved ? saved.args : (lru?.smallArgs ?? []);
    this.snapshot = null;
    this.lines = [];
    this.timeline = null;
    this.events = [];
    this.diagnostics = [];
    this.runState = 'idle';
    this.theme = readTheme();
    this.notice =
      read === 'malformed'
        ? 'Your saved work could not be read (it is malformed); starting from the lru-shrink scenario.'
        : '';
  }

  override firstUpdated(): void {
    // monaco loads after the first paint, never before it
    setTimeout(() => void this.renderRoot.querySelector<WbEditor>('wb-editor')?.enhance(), 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.darkQuery.removeEventListener('change', this.onSchemeChange);
    this.client?.dispose();
    this.client = null;
  }

  private ensureClient(): WorkbenchClient {
    if (!this.client) {
      this.client = new WorkbenchClient({
        onUpdate: (u) => this.update_(u),
        onCrash: (msg) => {
          this.notice = `The simulation worker crashed (${msg}) and was restarted. Your program is unchanged: press Run to start again.`;
          this.runState = 'idle';
        },
      });
    }
    return this.client;
  }

  private readonly darkQuery = matchMedia('(prefers-color-scheme: dark)');
  private readonly onSchemeChange = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    this.darkQuery.addEventListener('change', this.onSchemeChange);
  }

  /** Whether the page is dark now: the user's choice, else the system's. */
  isDark(): boolean {
    return this.theme === 'dark' || (this.theme === 'system' && this.darkQuery.matches);
  }

  /** Light, dark, or the system's preference; kept in localStorage. */
  private setTheme(t: ThemeChoice): void {
    this.theme = t;
    try {
      localStorage.setItem(themeKey, t);
    } catch {
      // storage disabled: the choice lasts for this page
    }
  }

  override willUpdate(): void {
    const style = rootThemeStyle(this.theme);
    if (this.getAttribute('style') !== style) this.setAttribute('style', style);
  }

  /** The heap map's span lookup, answered by the worker. */
  private readonly spanAt = (addr: number) => this.client?.api.span(addr) ?? Promise.resolve(null);

  private save(): void {
    try {
      localStorage.setItem(
        storageKey,
        JSON.stringify({ v: 1, source: this.source, scenario: this.scenario, args: this.args }),
      );
    } catch {
      // storage full or disabled: editing still works, only the reload memory is lost
    }
  }

  private update_(u: Update): void {
    const s = u.latest;
    this.snapshot = s;
    this.runState = s.state;
    const add: ConsoleLine[] = [];
    if (u.stdout) add.push({ id: this.lineId++, kind: 'stdout', text: u.stdout });
    if (u.stderr) add.push({ id: this.lineId++, kind: 'stderr', text: u.stderr });
    for (const t of u.traces) add.push({ id: this.lineId++, kind: 'trace', trace: t });
    if (add.length) this.lines = keepConsole([...this.lines, ...add]);
    if (u.events.length) this.events = [...this.events, ...u.events];
    const now = performance.now();
    if (now - this.lastTimelineMs > 250 || s.state !== 'running') {
      this.lastTimelineMs = now;
      const runId = s.runId;
      void this.client?.api.timeline(0, Number.POSITIVE_INFINITY, 400).then((t) => {
        // a reply that arrives after a new run started belongs to the old one
        if (this.snapshot?.runId === runId) this.timeline = t;
      });
    }
  }

  private async runProgram(): Promise<void> {
    const client = this.ensureClient();
    this.notice = '';
    this.lines = [];
    this.events = [];
    this.timeline = null;
    this.snapshot = null;
    const entry = catalog.find((c) => c.name === this.scenario);
    const r = await client.load({
      filename: this.scenario ? `${this.scenario}.go` : 'main.go',
      src: this.source,
      args: this.args,
      env: { ...(entry?.env ?? {}), ...this.env },
      goVersion: '1.19',
      seed: 1,
    });
    this.diagnostics = r.diagnostics;
    if (r.diagnostics.length > 0) return;
    // the controls' current settings apply to every run (they were chosen before it, or carry over)
    const api = client.api;
    for (const a of this.settings.values()) await applySetting(api, a);
    await api.play();
  }

  /** Settings chosen in the controls (the newest of each kind), applied again to each new run. */
  private settings = new Map<SettingAction['kind'], SettingAction>();

  private async control(e: CustomEvent<ControlAction>): Promise<void> {
    const a = e.detail;
    const api = this.client?.api;
    switch (a.kind) {
      case 'run':
        await this.runProgram();
        return;
      case 'args':
        this.args = a.args;
        this.save();
        return;
      case 'scenario': {
        const entry = catalog.find((c) => c.name === a.name);
        this.scenario = a.name;
        if (entry) {
          this.source = entry.source;
          this.args = entry.smallArgs;
        }
        this.save();
        return;
      }
    }
    if (isSetting(a)) {
      this.settings.set(a.kind, a);
      if (api) await applySetting(api, a);
      return;
    }
    if (!api) return;
    switch (a.kind) {
      case 'play':
        return api.play();
      case 'pause':
        return api.pause();
      case 'step':
        return api.step(a.unit);
      case 'stop':
        return api.stop();
      case 'reset':
        this.lines = [];
        this.events = [];
        await this.client!.reset();
        return;
      case 'pressure':
        return api.setMemoryPressure(a.level);
      case 'gc':
        return api.gc();
      case 'freeosmemory':
        return api.freeOSMemory();
    }
  }

  private region(id: (typeof appRegions)[number]['id'], body: unknown) {
    const r = appRegions.find((x) => x.id === id)!;
    return html`<section id=${r.id} part="region" aria-labelledby="${r.id}-h">
      <h2 id="${r.id}-h">${r.label}</h2>
      ${body}
    </section>`;
  }

  override render() {
    return html`
      <header>
        <h1>heaplab</h1>
        <p>How Go programs use memory, on a simulated Go 1.19 runtime.</p>
        <label class="theme"
          >Theme
          <select
            @change=${(e: Event) => this.setTheme((e.target as HTMLSelectElement).value as ThemeChoice)}
          >
            ${(['system', 'light', 'dark'] as const).map(
              (t) =>
                html`<option value=${t} ?selected=${this.theme === t}>${t === 'system' ? 'as the system' : t}</option>`,
            )}
          </select></label
        >
        ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : ''}
      </header>
      <main>
        ${this.region(
          'editor',
          html`<wb-editor
            .value=${this.source}
            .dark=${this.isDark()}
            .diagnostics=${this.diagnostics}
            @source-change=${(e: CustomEvent<string>) => {
              this.source = e.detail;
              this.save();
            }}
            @run-request=${() => void this.runProgram()}
          ></wb-editor>`,
        )}
        ${this.region(
          'controls',
          html`<wb-controls
            .state=${this.runState}
            .catalog=${catalog}
            .scenario=${this.scenario}
            .physicalMemoryBytes=${this.snapshot?.physicalMemoryBytes ?? defaultPhysicalMemoryBytes}
            @control=${(e: CustomEvent<ControlAction>) => void this.control(e)}
          ></wb-controls>`,
        )}
        ${this.region('gauges', html`<wb-ladder .snapshot=${this.snapshot}></wb-ladder>`)}
        ${this.region('charts', html`<wb-chart .data=${this.timeline} .events=${this.events} .dark=${this.isDark()}></wb-chart>`)}
        ${this.region('console', html`<wb-console .lines=${this.lines}></wb-console>`)}
        ${this.region(
          'goroutines',
          html`<wb-goroutines
            .groups=${this.snapshot?.goroutines ?? []}
            .count=${this.snapshot?.numGoroutine ?? 0}
            .stackBytes=${this.snapshot?.memstats.StackInuse ?? 0}
          ></wb-goroutines>`,
        )}
        ${this.region(
          'heapmap',
          html`<wb-heapmap .map=${this.snapshot?.heapMap ?? null} .spanAt=${this.spanAt}></wb-heapmap>`,
        )}
      </main>
    `;
  }
}

const storageKey = 'heaplab.workbench';
const themeKey = 'heaplab.theme';

function readTheme(): ThemeChoice {
  try {
    const t = localStorage.getItem(themeKey);
    return t === 'light' || t === 'dark' ? t : 'system';
  } catch {
    return 'system';
  }
}
/** Lines and characters the console keeps (the oldest are dropped). */
const consoleLines = 1000;
const consoleChars = 512 * 1024;

/** The newest console lines within both limits (a program printing in a loop must not fill the page). */
export function keepConsole(lines: ConsoleLine[]): ConsoleLine[] {
  let out = lines.length > consoleLines ? lines.slice(-consoleLines) : lines;
  let chars = 0;
  for (let i = out.length - 1; i >= 0; i--) {
    const l = out[i];
    chars += l.kind === 'trace' ? l.trace.text.length : l.text.length;
    if (chars > consoleChars) {
      out = out.slice(i + 1);
      break;
    }
  }
  return out;
}

/** The last program the user worked on (a reload loses nothing), 'malformed' when it cannot be read. */
export function readSaved(): { source: string; scenario: string; args: string[] } | 'malformed' | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(storageKey);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as { v?: number; source?: unknown; scenario?: unknown; args?: unknown };
    if (
      v.v !== 1 ||
      typeof v.source !== 'string' ||
      typeof v.scenario !== 'string' ||
      !Array.isArray(v.args)
    ) {
      return 'malformed';
    }
    return {
      source: v.source,
      scenario: v.scenario,
      args: v.args.filter((a): a is string => typeof a === 'string'),
    };
  } catch {
    return 'malformed';
  }
}

customElements.define('wb-app', WbApp);

declare global {
  interface HTMLElementTagNameMap {
    'wb-app': WbApp;
  }
}
