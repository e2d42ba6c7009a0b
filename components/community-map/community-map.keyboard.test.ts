/**
 * Issue 11 for the map: Tab stops, the skip link, announcements, forced colours, heading levels and the
 * reader's language in the details. Against the real dataset (44 communities) where counts matter.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import './community-map.js';
import type { SiipCommunityMap } from './community-map.component.js';

const BASIC = new URL('../../data/fixtures/community-map-basic.json', import.meta.url).href;

const $ = <T extends HTMLElement = HTMLElement>(el: SiipCommunityMap, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: SiipCommunityMap, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function mapReady(el: SiipCommunityMap): Promise<void> {
  await waitUntil(() => $$(el, '.leaflet-marker-icon').length > 0 && el.mapController, 'markers drawn', { timeout: 10000 });
  await waitUntil(() => !$$(el, '.zoom__button').some((b) => (b as HTMLButtonElement).disabled), 'zoom enabled');
}

/** The map between two buttons, as on a page: what Tab passes through. */
async function betweenButtons(map: ReturnType<typeof html>, style = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}><button id="before">before</button>${map}<button id="after">after</button></div>`);
  return {
    el: wrapper.querySelector('siip-community-map')!,
    before: wrapper.querySelector<HTMLElement>('#before')!,
    after: wrapper.querySelector<HTMLElement>('#after')!,
  };
}

/** Presses Tab from the button before the widget until the button after it has focus; returns the presses. */
async function tabsToPass(before: HTMLElement, after: HTMLElement, limit = 200): Promise<number> {
  before.focus();
  for (let presses = 1; presses <= limit; presses++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement === after) return presses;
  }
  return Infinity;
}

/** Every non-empty text the live region says, in order. */
function recordAnnouncements(el: SiipCommunityMap): { said: string[]; stop: () => void } {
  const region = $(el, '[part=announcer]')!;
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) said.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { said, stop: () => observer.disconnect() };
}

/** What the live region says while `text` is typed into the search box and the count settles. */
async function saidWhileTyping(el: SiipCommunityMap, text: string): Promise<string[]> {
  const recorder = recordAnnouncements(el);
  $<HTMLInputElement>(el, 'input[type=search]')!.focus();
  await sendKeys({ type: text });
  await aTimeout(1200);
  recorder.stop();
  return recorder.said;
}

describe('<siip-community-map> keyboard, announcements and high contrast', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('is passed in at most 15 Tab presses with the whole dataset on the map', async () => {
    const { el, before, after } = await betweenButtons(html`<siip-community-map></siip-community-map>`);
    await mapReady(el);
    expect($$(el, '.list__button').length, 'all communities listed').to.be.greaterThan(40);
    const presses = await tabsToPass(before, after);
    console.log(`Tab presses to pass the map at 1280 px: ${presses}`);
    expect(presses).to.be.at.most(15);
  });

  it('is passed in at most 15 Tab presses in a 390 px column too', async () => {
    const { el, before, after } = await betweenButtons(html`<siip-community-map></siip-community-map>`, 'width: 390px');
    await waitUntil(() => $(el, '.list__all'), 'list');
    const presses = await tabsToPass(before, after);
    console.log(`Tab presses to pass the map at 390 px: ${presses}`);
    expect(presses).to.be.at.most(15);
  });

  it('reaches the zoom buttons and the list by Tab', async () => {
    const { el, before, after } = await betweenButtons(html`<siip-community-map src=${BASIC}></siip-community-map>`);
    await mapReady(el);
    before.focus();
    const reached = new Set<string>();
    for (let i = 0; i < 30 && document.activeElement !== after; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (active) reached.add(active.className || active.tagName);
    }
    expect([...reached]).to.include.members(['zoom__button', 'list__button', 'siip-skip-link']);
  });

  it('offers a skip link that takes the next Tab past the map', async () => {
    const { el, before, after } = await betweenButtons(html`<siip-community-map src=${BASIC}></siip-community-map>`);
    await mapReady(el);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const link = el.shadowRoot!.activeElement as HTMLElement;
    expect(link.getAttribute('part')).to.equal('skip-link');
    expect(link.textContent).to.equal('Skip past the map');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
  });

  it('has one live region, and says the count once when typing "tex" settles', async () => {
    const el = await fixture<SiipCommunityMap>(html`<siip-community-map></siip-community-map>`);
    await waitUntil(() => $(el, '.list'), 'list');
    expect($$(el, '[aria-live], [role=status], [role=alert], [role=log]')).to.have.length(1);
    const said = await saidWhileTyping(el, 'tex');
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^\d+ of 44 communities match$/);
    expect(said[0]).to.equal($(el, '.count')!.textContent!.trim());
  });

  it('says the count in the widget\'s language', async () => {
    const el = await fixture<SiipCommunityMap>(html`<siip-community-map lang="es"></siip-community-map>`);
    await waitUntil(() => $(el, '.list'), 'list');
    const said = await saidWhileTyping(el, 'tex');
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('comunidades');
  });

  it('says once that a linked widget chose Denver, and opens it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <siip-community-map group="g" query="chicago"></siip-community-map><div id="other" group="g"></div>
    </div>`);
    const el = wrapper.querySelector('siip-community-map')!;
    await waitUntil(() => $(el, '.list'), 'list');
    const recorder = recordAnnouncements(el);
    wrapper.querySelector('#other')!.dispatchEvent(
      new CustomEvent('siip-community-select', { bubbles: true, composed: true, detail: { communityId: 'denver-co' } }),
    );
    await aTimeout(1200);
    recorder.stop();
    expect(el.selected).to.equal('denver-co');
    expect(recorder.said).to.have.length(1);
    expect(recorder.said[0]).to.contain('Denver, CO');
  });

  it('keeps a number besides colour in the legend and markers in forced colours, and marks the selection', async () => {
    // @web/test-runner-commands' emulateMedia ignores forcedColors on Chrome: tests/wtr-plugins.mjs speaks CDP.
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await fixture<SiipCommunityMap>(html`<siip-community-map src=${BASIC} selected="atlanta-ga"></siip-community-map>`);
    await mapReady(el);
    const labels = $$(el, '.legend .swatch__label').map((label) => label.textContent);
    expect(labels.length).to.be.greaterThan(1);
    expect(new Set(labels).size, 'one number per cohort').to.equal(labels.length);
    for (const label of $$(el, '.legend .swatch__label')) {
      const style = getComputedStyle(label);
      expect(style.color, 'number drawn in a colour unlike its box').to.not.equal(getComputedStyle(label.parentElement!).backgroundColor);
    }
    const selected = $(el, '.siip-marker.is-selected')!;
    const other = $$(el, '.siip-marker').find((m) => !m.classList.contains('is-selected'))!;
    expect(selected.textContent).to.match(/\d/);
    expect(getComputedStyle(selected).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(selected).outlineWidth)).to.be.at.least(2);
    expect(getComputedStyle(other).outlineStyle).to.equal('none');
    const item = $(el, '.list__item.is-selected .list__button')!;
    expect(getComputedStyle(item).outlineStyle).to.equal('solid');
  });

  it('draws the kind as a shape and the cohort as a number in every marker', async () => {
    const el = await fixture<SiipCommunityMap>(html`<siip-community-map src=${BASIC}></siip-community-map>`);
    await mapReady(el);
    const atlanta = $$(el, '.siip-marker').find((m) => m.dataset.communityId === 'atlanta-ga')!;
    const nevada = $$(el, '.siip-marker').find((m) => m.dataset.communityId === 'nevada')!;
    expect(atlanta.textContent).to.equal($$(el, '.list__button').find((b) => b.dataset.communityId === 'atlanta-ga')!.querySelector('.symbol__label')!.textContent);
    expect(getComputedStyle(atlanta, '::before').borderTopLeftRadius).to.equal('50%');
    expect(getComputedStyle(nevada, '::before').borderTopLeftRadius).to.not.equal('50%');
  });

  it('puts its headings at heading-level', async () => {
    const el = await fixture<SiipCommunityMap>(html`<siip-community-map src=${BASIC} heading-level="4" selected="atlanta-ga"></siip-community-map>`);
    await waitUntil(() => $(el, '.details'), 'details');
    expect($(el, '.details__heading')!.tagName).to.equal('H4');
    expect($(el, '.legend__title')!.tagName).to.equal('H4');
    expect(el.hasAttribute('heading-level')).to.equal(true);
    const plain = await fixture<SiipCommunityMap>(html`<siip-community-map src=${BASIC} selected="atlanta-ga"></siip-community-map>`);
    await waitUntil(() => $(plain, '.details'), 'details');
    expect($(plain, '.details__heading')!.tagName).to.equal('H2');
    expect(plain.hasAttribute('heading-level')).to.equal(false);
  });

  it('names the states in the reader\'s script and gives lead agencies with their caveat', async () => {
    const el = await fixture<SiipCommunityMap>(html`<siip-community-map lang="ar" selected="denver-co"></siip-community-map>`);
    await waitUntil(() => $(el, '.details'), 'details');
    const details = $(el, '.details')!;
    expect(details.textContent).to.contain('كولورادو');
    expect(details.textContent).to.not.match(/\bCO\b/);
    expect(details.querySelector('.details__note')!.textContent).to.contain('الجهة الرائدة');
  });

  it('isolates English inside Arabic with its own direction', async () => {
    const el = await fixture<SiipCommunityMap>(html`<siip-community-map lang="ar" src=${BASIC}></siip-community-map>`);
    await waitUntil(() => $(el, '.list'), 'list');
    const english = $$(el, '.list [lang=en]');
    expect(english.length).to.be.greaterThan(0);
    for (const span of english) expect(span.getAttribute('dir')).to.equal('ltr');
  });
});
