import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ui/wb-app.ts';
import { appRegions, type WbApp } from '../../src/ui/wb-app.ts';

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
});
