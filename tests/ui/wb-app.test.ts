import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ui/wb-app.ts';
import type { WbEditor } from '../../src/ui/editor/wb-editor.ts';
import { appRegions, keepConsole, type WbApp } from '../../src/ui/wb-app.ts';

describe('wb-app', () => {
  it('is accessible', async () => {
    const el = await fixture<WbApp>(html`<wb-app></wb-app>`);
    await expect(el).to.be.accessible();
  });

  it('renders every named region as a labelled landmark-like section', async () => {
    const el = await fixture<WbApp>(html`<wb-app></wb-app>`);
    const sections = [...el.shadowRoot!.querySelectorAll('section')];
    expect(sections.map((s) => s.id)).to.deep.equal(appRegions.map((r) => r.id));
    for (const s of sections) {
      const heading = el.shadowRoot!.getElementById(s.getAttribute('aria-labelledby')!);
      expect(heading?.textContent?.trim()).to.not.equal('');
    }
  });

  it('switches between light and dark themes, kept for the next visit', async () => {
    localStorage.removeItem('heaplab.theme');
    const el = await fixture<WbApp>(html`<wb-app></wb-app>`);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('header select')!;
    expect(select.value).to.equal('system');
    select.value = 'dark';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(localStorage.getItem('heaplab.theme')).to.equal('dark');
    // the tokens inherit into every component: a child's panel colour is the dark palette's
    const ladder = el.shadowRoot!.querySelector('wb-ladder')!;
    expect(getComputedStyle(ladder).getPropertyValue('--wb-panel').trim()).to.equal('#161b22');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    // the editor (and monaco once loaded) follows the choice
    expect(el.shadowRoot!.querySelector<WbEditor>('wb-editor')!.dark).to.equal(true);
    expect(el.isDark()).to.equal(true);
    await expect(el).to.be.accessible();
    select.value = 'light';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(getComputedStyle(ladder).getPropertyValue('--wb-bg').trim()).to.equal('#ffffff');
    localStorage.removeItem('heaplab.theme');
  });

  it('the console keeps the newest lines within 1000 lines and 512 KiB', () => {
    const many = Array.from({ length: 1500 }, (_, i) => ({ id: i, kind: 'stdout' as const, text: `${i}\n` }));
    const kept = keepConsole(many);
    expect(kept.length).to.equal(1000);
    expect(kept[0].id).to.equal(500);
    const big = Array.from({ length: 10 }, (_, i) => ({
      id: i,
      kind: 'stdout' as const,
      text: 'x'.repeat(100_000),
    }));
    const keptBig = keepConsole(big);
    expect(keptBig.map((l) => l.id)).to.deep.equal([5, 6, 7, 8, 9]);
  });
});
