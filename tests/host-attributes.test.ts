import { expect, fixture, aTimeout } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../components/cohort-roster/cohort-roster.js';
import '../components/community-map/community-map.js';
import '../components/pathway-finder/pathway-finder.js';
import '../components/event-calendar/event-calendar.js';

const TAGS = ['siip-cohort-roster', 'siip-community-map', 'siip-pathway-finder', 'siip-event-calendar'];

/** Attributes a widget wrote onto its host after it loaded its data and rendered. */
async function attributesAfterRender(markup: string): Promise<string[]> {
  const wrapper = await fixture<HTMLElement>(html`<div>${unsafeStatic(markup)}</div>`);
  const element = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await element.updateComplete;
  await aTimeout(300); // the built-in dataset arrives and the widget renders again
  await element.updateComplete;
  return element.getAttributeNames().sort();
}

describe('host attributes', () => {
  for (const tag of TAGS) {
    it(`<${tag}> adds nothing to a bare host (no lang="", no empty filters)`, async () => {
      expect(await attributesAfterRender(`<${tag}></${tag}>`)).to.deep.equal([]);
    });
  }

  it('keeps what the page set, and adds no lang inside a Spanish page section', async () => {
    expect(await attributesAfterRender(`<siip-cohort-roster cohort="2020" group="g"></siip-cohort-roster>`)).to.deep.equal(['cohort', 'group']);
    const wrapper = await fixture<HTMLElement>(html`<section lang="es"><siip-pathway-finder profession="registered-nurse"></siip-pathway-finder></section>`);
    const finder = wrapper.querySelector('siip-pathway-finder')!;
    await aTimeout(300);
    expect(finder.hasAttribute('lang')).to.equal(false);
    expect(finder.shadowRoot!.textContent).to.match(/Enfermer/);
  });
});
