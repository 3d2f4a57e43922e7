import { css, html, LitElement } from 'lit';
import type { GoroutineGroup } from '../protocol/api.ts';
import { bytes } from './format.ts';
import { themeTokens } from './theme.styles.ts';

/**
 * The goroutine panel: how many goroutines the program has and the stack memory they hold,
 * grouped as a goroutine profile groups them (state and start function), so a leak such as
 * "1000 goroutines blocked in chan receive, started in main.worker" stands out.
 */
export class WbGoroutines extends LitElement {
  static override properties = {
    groups: { attribute: false },
    count: { attribute: false },
    stackBytes: { attribute: false },
  };
  declare groups: readonly GoroutineGroup[];
  declare count: number;
  declare stackBytes: number;

  constructor() {
    super();
    this.groups = [];
    this.count = 0;
    this.stackBytes = 0;
  }

  static override styles = [
    themeTokens,
    css`
      :host {
        display: block;
        font-size: 0.9rem;
      }
      p {
        margin: 0 0 0.25rem;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: left;
        padding: 0.1rem 0.4rem;
        border-bottom: 1px solid var(--wb-border);
        font-variant-numeric: tabular-nums;
      }
      td.n {
        text-align: right;
      }
      td code {
        font-family: var(--wb-mono);
        overflow-wrap: anywhere;
      }
    `,
  ];

  override render() {
    const shown = this.groups.reduce((n, g) => n + g.count, 0);
    return html`<p aria-live="off">
        <strong>${this.count}</strong> goroutine${this.count === 1 ? '' : 's'}, stacks
        <strong>${bytes(this.stackBytes)}</strong> (StackInuse)
      </p>
      ${
        this.groups.length === 0
          ? ''
          : html`<table aria-label="Goroutines by state and start function">
            <thead>
              <tr><th scope="col">Count</th><th scope="col">State</th><th scope="col">Started in</th></tr>
            </thead>
            <tbody>
              ${this.groups.map(
                (g) =>
                  html`<tr><td class="n">${g.count}</td><td>${g.state}</td><td><code>${g.entry}</code></td></tr>`,
              )}
            </tbody>
          </table>
          ${shown < this.count ? html`<p>…and ${this.count - shown} more in smaller groups.</p>` : ''}`
      }`;
  }
}

customElements.define('wb-goroutines', WbGoroutines);
