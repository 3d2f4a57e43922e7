import { css, html, LitElement } from 'lit';
import { defaultPhysicalMemoryBytes, type RunState, type Speed } from '../protocol/api.ts';
import type { CatalogEntry } from './catalog.gen.ts';
import { themeTokens } from './theme.styles.ts';

/** What the controls ask for; wb-app turns each into a worker call. */
export type ControlAction =
  | { kind: 'run' }
  | { kind: 'play' }
  | { kind: 'pause' }
  | { kind: 'step'; unit: 'gc' | 'ms' }
  | { kind: 'stop' }
  | { kind: 'reset' }
  | { kind: 'speed'; speed: Speed }
  | { kind: 'gogc'; percent: number }
  | { kind: 'memlimit'; bytes: number | null }
  | { kind: 'madvise'; mode: 'dontneed' | 'free' }
  | { kind: 'pressure'; level: number }
  | { kind: 'container'; bytes: number }
  | { kind: 'gc' }
  | { kind: 'freeosmemory' }
  | { kind: 'scenario'; name: string }
  | { kind: 'args'; args: string[] };

const MiB = 2 ** 20;

/**
 * Run and runtime controls: play/pause/step/speed/stop/reset; GOGC (10–800 or off), the memory
 * limit, madvise mode, OS memory pressure, the container limit, runtime.GC and FreeOSMemory; and
 * the scenario picker with the scenario's flags as inputs. Every control is a labelled native
 * widget (keyboard and screen-reader friendly). Fires `control` events with a ControlAction.
 */
export class WbControls extends LitElement {
  static override properties = {
    state: {},
    catalog: { attribute: false },
    scenario: {},
    physicalMemoryBytes: { type: Number },
    gogc: { state: true },
    gogcOff: { state: true },
  };
  declare state: RunState;
  declare catalog: readonly CatalogEntry[];
  declare scenario: string;
  declare physicalMemoryBytes: number;
  declare gogc: number;
  declare gogcOff: boolean;

  constructor() {
    super();
    this.state = 'idle';
    this.catalog = [];
    this.scenario = '';
    this.physicalMemoryBytes = defaultPhysicalMemoryBytes;
    this.gogc = 100;
    this.gogcOff = false;
  }

  static override styles = [
    themeTokens,
    css`
      :host {
        display: block;
        font-size: 0.9rem;
      }
      fieldset {
        border: 1px solid var(--wb-border);
        margin: 0 0 0.5rem;
        padding: 0.4rem 0.6rem;
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 0.8rem;
        align-items: center;
      }
      legend {
        font-weight: 600;
      }
      button,
      select,
      input {
        font: inherit;
      }
      button {
        min-height: 2rem;
      }
      label {
        display: inline-flex;
        gap: 0.3rem;
        align-items: center;
      }
      input[type='number'] {
        width: 7rem;
      }
      small {
        color: var(--wb-muted);
      }
      button small {
        /* the button's own text colour: native buttons have their own background in each scheme */
        color: inherit;
      }
    `,
  ];

  private send(a: ControlAction): void {
    this.dispatchEvent(
      new CustomEvent<ControlAction>('control', { detail: a, bubbles: true, composed: true }),
    );
  }

  private flagsOf(): CatalogEntry | undefined {
    return this.catalog.find((c) => c.name === this.scenario);
  }

  private argsFromForm(): string[] {
    const entry = this.flagsOf();
    if (!entry) return [];
    const args: string[] = [];
    for (const f of entry.flags) {
      const el = this.renderRoot.querySelector<HTMLInputElement>(`#flag-${f.name}`);
      if (!el) continue;
      if (f.kind === 'bool') args.push(`-${f.name}=${el.checked}`);
      else if (el.value !== '') args.push(`-${f.name}`, el.value);
    }
    return args;
  }

  override render() {
    const running = this.state === 'running';
    const loaded = this.state !== 'idle';
    const entry = this.flagsOf();
    return html`
      <fieldset>
        <legend>Program</legend>
        <label
          >Scenario
          <select
            @change=${(e: Event) => this.send({ kind: 'scenario', name: (e.target as HTMLSelectElement).value })}
          >
            <option value="" ?selected=${this.scenario === ''}>your own program</option>
            ${this.catalog.map((c) => html`<option value=${c.name} ?selected=${c.name === this.scenario}>${c.name}</option>`)}
          </select>
        </label>
        ${entry ? html`<small>${entry.summary}</small>` : ''}
        ${entry?.flags.map((f) =>
          f.kind === 'bool'
            ? html`<label title=${f.usage}><input id=${`flag-${f.name}`} type="checkbox" ?checked=${f.default === 'true'} />-${f.name}</label>`
            : html`<label title=${f.usage}
                >-${f.name}
                <input id=${`flag-${f.name}`} type="text" size="10" .value=${smallValue(entry, f.name) ?? f.default}
              /></label>`,
        )}
        <button type="button" @click=${() => {
          this.send({ kind: 'args', args: this.argsFromForm() });
          this.send({ kind: 'run' });
        }}>
          Run <small>(Ctrl+Enter)</small>
        </button>
      </fieldset>
      <fieldset>
        <legend>Run</legend>
        <button type="button" ?disabled=${!loaded || running} @click=${() => this.send({ kind: 'play' })}>Play</button>
        <button type="button" ?disabled=${!running} @click=${() => this.send({ kind: 'pause' })}>Pause</button>
        <button type="button" ?disabled=${!loaded || running} @click=${() => this.send({ kind: 'step', unit: 'gc' })}>
          Step GC cycle
        </button>
        <button type="button" ?disabled=${!loaded || running} @click=${() => this.send({ kind: 'step', unit: 'ms' })}>
          Step 1 ms
        </button>
        <button type="button" ?disabled=${!loaded} @click=${() => this.send({ kind: 'stop' })}>Stop</button>
        <button type="button" ?disabled=${!loaded} @click=${() => this.send({ kind: 'reset' })}>Reset</button>
        <label
          >Speed
          <select
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              this.send({ kind: 'speed', speed: v === 'max' ? 'max' : (Number(v) as Speed) });
            }}
          >
            <option value="max" selected>as fast as possible</option>
            <option value="1">×1</option>
            <option value="10">×10</option>
            <option value="100">×100</option>
          </select>
        </label>
        <span role="status">${this.state}</span>
      </fieldset>
      <fieldset>
        <legend>Runtime</legend>
        <label
          >GOGC
          <input
            type="range"
            min="10"
            max="800"
            step="10"
            .value=${String(this.gogc)}
            ?disabled=${this.gogcOff}
            aria-valuetext=${this.gogcOff ? 'off' : String(this.gogc)}
            @change=${(e: Event) => {
              this.gogc = Number((e.target as HTMLInputElement).value);
              this.send({ kind: 'gogc', percent: this.gogc });
            }}
          />
          <output>${this.gogcOff ? 'off' : this.gogc}</output>
        </label>
        <label
          ><input
            type="checkbox"
            .checked=${this.gogcOff}
            @change=${(e: Event) => {
              this.gogcOff = (e.target as HTMLInputElement).checked;
              this.send({ kind: 'gogc', percent: this.gogcOff ? -1 : this.gogc });
            }}
          />GOGC off</label
        >
        <label
          >Memory limit (MiB, 0 = off)
          <input
            type="number"
            min="0"
            max=${Math.floor(this.physicalMemoryBytes / MiB)}
            value="0"
            @change=${(e: Event) => {
              const v = Number((e.target as HTMLInputElement).value);
              this.send({ kind: 'memlimit', bytes: v > 0 ? v * MiB : null });
            }}
          />
        </label>
        <label
          >madvise
          <select
            @change=${(e: Event) =>
              this.send({
                kind: 'madvise',
                mode: (e.target as HTMLSelectElement).value as 'dontneed' | 'free',
              })}
          >
            <option value="dontneed" selected>MADV_DONTNEED (Go 1.19 default)</option>
            <option value="free">MADV_FREE (GODEBUG=madvdontneed=0)</option>
          </select>
        </label>
        <label
          >Memory pressure
          <input
            type="range"
            min="0"
            max="100"
            value="0"
            @change=${(e: Event) => this.send({ kind: 'pressure', level: Number((e.target as HTMLInputElement).value) / 100 })}
          />
        </label>
        <label
          >Container limit (MiB, 0 = none)
          <input
            type="number"
            min="0"
            value="0"
            @change=${(e: Event) => this.send({ kind: 'container', bytes: Number((e.target as HTMLInputElement).value) * MiB })}
          />
        </label>
        <button type="button" ?disabled=${!loaded} @click=${() => this.send({ kind: 'gc' })}>runtime.GC()</button>
        <button type="button" ?disabled=${!loaded} @click=${() => this.send({ kind: 'freeosmemory' })}>
          debug.FreeOSMemory()
        </button>
      </fieldset>
    `;
  }
}

/** A scenario's small-scale value for a flag (from its expectation file), if any. */
function smallValue(entry: CatalogEntry, flag: string): string | undefined {
  const i = entry.smallArgs.indexOf(`-${flag}`);
  return i >= 0 ? entry.smallArgs[i + 1] : undefined;
}

customElements.define('wb-controls', WbControls);
