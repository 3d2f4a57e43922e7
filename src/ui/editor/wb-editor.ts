import { css, html, LitElement, type PropertyValues } from 'lit';
import type { Diagnostic } from '../../protocol/api.ts';
import { themeTokens } from '../theme.styles.ts';

type Monaco = typeof import('monaco-editor/editor');

/**
 * The Go editor. The page paints with a plain, accessible text area; monaco (syntax colouring,
 * diagnostics as markers) replaces it once it has loaded lazily. Ctrl/Cmd+Enter asks to run.
 * Fires `source-change` with the text after every edit and `run-request` on Ctrl/Cmd+Enter.
 */
export class WbEditor extends LitElement {
  static override properties = {
    value: {},
    diagnostics: { attribute: false },
    rich: { state: true },
    loadError: { state: true },
    dark: { type: Boolean },
  };
  declare value: string;
  /** Dark theme (the app's choice or the system's): monaco's own theme follows it. */
  declare dark: boolean;
  declare diagnostics: readonly Diagnostic[];
  declare rich: boolean;
  declare loadError: string;
  private editor: import('monaco-editor/editor').editor.IStandaloneCodeEditor | null = null;
  private monaco: Monaco | null = null;

  constructor() {
    super();
    this.value = '';
    this.diagnostics = [];
    this.rich = false;
    this.loadError = '';
    this.dark = false;
  }

  static override styles = [
    themeTokens,
    css`
      :host {
        display: block;
      }
      textarea {
        width: 100%;
        min-height: 24rem;
        box-sizing: border-box;
        font-family: var(--wb-mono);
        font-size: 0.9rem;
        tab-size: 4;
        background: var(--wb-bg);
        color: var(--wb-fg);
        border: 1px solid var(--wb-border);
      }
      .monaco {
        height: 28rem;
        border: 1px solid var(--wb-border);
      }
      ul {
        margin: 0.25rem 0 0;
        padding-left: 1.2rem;
        color: var(--wb-danger);
        font-family: var(--wb-mono);
        font-size: 0.85rem;
      }
      p {
        margin: 0.25rem 0 0;
        font-size: 0.8rem;
        color: var(--wb-muted);
      }
    `,
  ];

  /** Loads monaco (the caller decides when: after first paint). */
  async enhance(): Promise<void> {
    try {
      const { monaco } = await import('./monaco-go.ts');
      this.monaco = monaco;
      this.adoptMonacoStyles();
      this.rich = true;
      await this.updateComplete;
      const host = this.renderRoot.querySelector<HTMLElement>('.monaco')!;
      this.editor = monaco.editor.create(host, {
        value: this.value,
        language: 'go',
        automaticLayout: true,
        minimap: { enabled: false },
        fontSize: 14,
        ariaLabel: 'Go program',
        theme: this.dark ? 'vs-dark' : 'vs',
      });
      this.editor.onDidChangeModelContent(() => this.changed(this.editor!.getValue()));
      this.editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => this.requestRun());
      this.showMarkers();
    } catch (e) {
      this.loadError = `The rich editor could not load (${(e as Error).message}); the plain editor keeps working.`;
    }
  }

  /**
   * Monaco's stylesheet is loaded into the document, which does not reach into shadow roots: copy
   * its rules into this element's shadow root (monaco puts its runtime styles there itself).
   */
  private adoptMonacoStyles(): void {
    const rules: string[] = [];
    for (const ss of Array.from(document.styleSheets)) {
      let list: CSSRuleList;
      try {
        list = ss.cssRules;
      } catch {
        continue;
      }
      const text = Array.from(list, (r) => r.cssText);
      if (text.some((t) => t.includes('.monaco-editor')))
        rules.push(...text.filter((t) => !t.startsWith('@font-face')));
    }
    const root = this.renderRoot as ShadowRoot;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  private changed(text: string): void {
    this.value = text;
    this.dispatchEvent(new CustomEvent('source-change', { detail: text, bubbles: true, composed: true }));
  }

  private requestRun(): void {
    this.dispatchEvent(new CustomEvent('run-request', { bubbles: true, composed: true }));
  }

  private showMarkers(): void {
    const m = this.monaco;
    const model = this.editor?.getModel();
    if (!m || !model) return;
    m.editor.setModelMarkers(
      model,
      'go',
      this.diagnostics.map((d) => ({
        startLineNumber: d.line,
        startColumn: d.col,
        endLineNumber: d.line,
        endColumn: d.col + 1,
        message: d.msg,
        severity: m.MarkerSeverity.Error,
      })),
    );
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('diagnostics')) this.showMarkers();
    if (changed.has('dark') && this.monaco) this.monaco.editor.setTheme(this.dark ? 'vs-dark' : 'vs');
    if (changed.has('value') && this.editor && this.editor.getValue() !== this.value)
      this.editor.setValue(this.value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor?.dispose();
  }

  private keydown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this.requestRun();
    }
  }

  override render() {
    return html`${
      this.rich
        ? html`<div class="monaco"></div>`
        : html`<label for="src" hidden>Go program</label><textarea
              id="src"
              aria-label="Go program"
              spellcheck="false"
              .value=${this.value}
              @input=${(e: Event) => this.changed((e.target as HTMLTextAreaElement).value)}
              @keydown=${this.keydown}
            ></textarea>`
    }
      ${
        this.diagnostics.length
          ? html`<ul aria-label="Compile errors">
              ${this.diagnostics.map((d) => html`<li>main.go:${d.line}:${d.col}: ${d.msg}</li>`)}
            </ul>`
          : ''
      }
      ${this.loadError ? html`<p role="status">${this.loadError}</p>` : ''}`;
  }
}

customElements.define('wb-editor', WbEditor);
