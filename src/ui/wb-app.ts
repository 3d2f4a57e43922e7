import { css, html, LitElement } from 'lit';
import { themeTokens } from './theme.styles.ts';

/** The regions of the workbench, in reading order. Later issues fill each one. */
export const appRegions = [
  { id: 'editor', label: 'Go program', empty: 'The Go editor loads here.' },
  {
    id: 'controls',
    label: 'Runtime controls',
    empty: 'GOGC, memory limit and madvise controls appear once a program is loaded.',
  },
  { id: 'gauges', label: 'Memory ladder', empty: 'MemStats gauges appear when a program runs.' },
  { id: 'charts', label: 'Timeline', empty: 'Heap and RSS charts appear when a program runs.' },
  { id: 'console', label: 'Console', empty: 'Program output and gctrace lines appear here.' },
] as const;

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
          'console console';
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
      @media (max-width: 900px) {
        main {
          grid-template-columns: 1fr;
          grid-template-areas: 'editor' 'controls' 'gauges' 'charts' 'console';
        }
      }
    `,
  ];

  override render() {
    return html`
      <header>
        <h1>heaplab</h1>
        <p>How Go programs use memory, on a simulated Go 1.19 runtime.</p>
      </header>
      <main>
        ${appRegions.map(
          (r) => html`<section id=${r.id} part="region" aria-labelledby="${r.id}-h">
            <h2 id="${r.id}-h">${r.label}</h2>
            <p>${r.empty}</p>
          </section>`,
        )}
      </main>
    `;
  }
}

customElements.define('wb-app', WbApp);

declare global {
  interface HTMLElementTagNameMap {
    'wb-app': WbApp;
  }
}
