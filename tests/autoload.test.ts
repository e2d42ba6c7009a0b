import { expect, fixture, html } from '@open-wc/testing';
import { loadAll, loadElement } from '../src/entries/autoload.js';
import { WIDGETS } from '../src/entries/widgets.js';

describe('the drop-in entry (autoload)', () => {
  it('loads an element’s code when its tag appears on the page, and nothing else', async () => {
    expect(customElements.get('siip-cohort-roster')).to.equal(undefined);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = '<section><siip-cohort-roster src="/data/fixtures/minimal.json"></siip-cohort-roster></section>';
    await customElements.whenDefined('siip-cohort-roster');
    expect(wrapper.querySelector('siip-cohort-roster')!.shadowRoot).to.exist;
    expect(customElements.get('siip-event-calendar')).to.equal(undefined);
    expect(customElements.get('siip-community-map')).to.equal(undefined);
  });

  it('loads everything on request, for widgets inside a page’s own shadow roots', async () => {
    await loadAll();
    for (const { tag } of WIDGETS) expect(customElements.get(tag), tag).to.exist;
  });

  it('refuses unknown tags', async () => {
    let error: unknown;
    await loadElement('siip-unknown').catch((e: unknown) => (error = e));
    expect(String(error)).to.include('unknown element');
  });
});
