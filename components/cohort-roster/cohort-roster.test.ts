import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './cohort-roster.js';
import type { SiipCohortRoster } from './cohort-roster.component.js';

const fixtureUrl = (name: string) => new URL(`../../data/fixtures/${name}`, import.meta.url).href;

async function ready(el: SiipCohortRoster) {
  await waitUntil(() => el.shadowRoot!.querySelector('.count, [role="alert"]'), 'roster did not render', { timeout: 10_000 });
  await el.updateComplete;
  return el.shadowRoot!;
}

/** Clicks "Download CSV" and returns the file the widget saved (its code loads on the first click). */
async function downloadedCsv(root: ShadowRoot): Promise<Blob> {
  const created: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob) => {
    created.push(blob);
    return original.call(URL, blob);
  };
  try {
    root.querySelector<HTMLButtonElement>('[part="download-button"]')!.click();
    await waitUntil(() => created.length > 0, 'no file was saved');
  } finally {
    URL.createObjectURL = original;
  }
  return created[0];
}

const rowIds = (root: ShadowRoot) => [...root.querySelectorAll('tr.row')].map((row) => row.getAttribute('data-community'));

describe('<siip-cohort-roster>', () => {
  it('shows the eight communities of the 2020 cohort from the built-in dataset', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster cohort="2020"></siip-cohort-roster>`);
    const root = await ready(el);
    expect(root.querySelector('.count')!.textContent!.trim()).to.equal('8 communities');
    expect(new Set(rowIds(root))).to.have.property('size', 8);
    expect(rowIds(root)).to.include.members(['atlanta-ga', 'nevada', 'new-jersey']);
  });

  it('is accessible in en, es and ar', async () => {
    for (const lang of ['en', 'es', 'ar']) {
      const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster lang=${lang} src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
      await ready(el);
      await expect(el).to.be.accessible();
    }
  });

  it('speaks Spanish and Arabic, right-to-left in Arabic', async () => {
    const es = await fixture<SiipCohortRoster>(html`<siip-cohort-roster lang="es" src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const esRoot = await ready(es);
    expect(esRoot.querySelector('label')!.textContent).to.equal('Buscar');
    expect(esRoot.querySelector('.group__title')!.textContent!.trim()).to.equal('Cohorte 2020');
    const ar = await fixture<SiipCohortRoster>(html`<div lang="ar"><siip-cohort-roster src=${fixtureUrl('minimal.json')}></siip-cohort-roster></div>`);
    const roster = ar.querySelector('siip-cohort-roster')!;
    const arRoot = await ready(roster);
    expect(arRoot.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(arRoot.querySelector('th')!).textAlign).to.equal('start');
  });

  it('marks English text that has no translation', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster lang="es" src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    // The 2021 cohort's name exists only in English.
    const titles = [...root.querySelectorAll('.group__title')];
    const english = titles.find((t) => t.textContent!.includes('2021 cohort'))!;
    expect(english.querySelector('[lang="en"]')).to.exist;
    expect(english.querySelector('.siip-untranslated')!.textContent).to.include('sin traducir');
  });

  it('filters by typing in the search box and shows the count', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    const count = root.querySelector('.count')!;
    root.querySelector<HTMLInputElement>('input[name="query"]')!.focus();
    await sendKeys({ type: 'buffalo' });
    await el.updateComplete;
    expect(el.query).to.equal('buffalo');
    expect(rowIds(root)).to.deep.equal(['buffalo-ny']);
    expect(count.textContent!.trim()).to.equal('1 community');
  });

  it('filters by the cohort, state and kind attributes', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster state="NV" src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    expect(rowIds(root)).to.deep.equal(['nevada']);
    el.state = '';
    el.kind = 'city';
    await el.updateComplete;
    expect(rowIds(root)).to.deep.equal(['atlanta-ga', 'buffalo-ny']);
    expect(root.querySelector<HTMLSelectElement>('select[name="kind"]')!.value).to.equal('city');
  });

  it('shows an empty state that says what to change, and clears filters', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster query="zzzz" src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    expect(root.querySelector('.empty')!.textContent).to.include('No communities match');
    root.querySelector<HTMLButtonElement>('.empty button')!.click();
    await el.updateComplete;
    expect(el.query).to.equal('');
    expect(rowIds(root)).to.have.length(3);
  });

  it('sorts with buttons that report aria-sort', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster group-by="none" src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    const nameHeader = root.querySelector('thead th')!;
    expect(nameHeader.getAttribute('aria-sort')).to.equal('ascending');
    nameHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(nameHeader.getAttribute('aria-sort')).to.equal('descending');
    expect(rowIds(root)).to.deep.equal(['nevada', 'buffalo-ny', 'atlanta-ga']);
  });

  it('opens details in place and fires siip-community-select', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    const button = root.querySelector<HTMLButtonElement>('tr[data-community="atlanta-ga"] button.name')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'siip-community-select');
    expect(event.detail).to.deep.equal({ communityId: 'atlanta-ga' });
    expect(event.composed && event.bubbles).to.equal(true);
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const details = root.querySelector('[part="details"]')!;
    // Its look comes with its module (community-details.ts), adopted into the shadow root.
    expect(getComputedStyle(details.querySelector('dl')!).display).to.equal('grid');
    expect(details.querySelector('a[href="https://example.org/wa"]')!.textContent).to.equal('Welcoming Atlanta');
    expect(details.querySelector('a[href="https://example.org/a"]')!.textContent).to.equal('Fixture source');
  });

  it('downloads the current view as CSV', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster kind="state" src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const file = await downloadedCsv(await ready(el));
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = await file.text();
    expect(csv).to.equal('Community,State,Type,Cohorts,Lead agency,Focus\r\nNevada,Nevada,State,2020 cohort,,\r\n');
  });

  it('writes the CSV in the widget’s language, with the caveat on an unconfirmed lead agency', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster lang="es" query="denver"></siip-cohort-roster>`);
    const file = await downloadedCsv(await ready(el));
    const [header, row] = (await file.text()).replace('\ufeff', '').split('\r\n');
    expect(header).to.equal('Comunidad,Estado,Tipo,Cohortes,Agencia líder,Enfoque');
    expect(row).to.include('Colorado,Ciudad,');
    expect(row).to.include('Emily Griffith Technical College (función no confirmada por el programa)');
  });

  it('switches to cards when its container is narrow', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><siip-cohort-roster src=${fixtureUrl('minimal.json')}></siip-cohort-roster></div>`);
    const el = wrapper.querySelector('siip-cohort-roster')!;
    const root = await ready(el);
    expect(getComputedStyle(root.querySelector('tr.row')!).display).to.equal('flex');
    wrapper.style.width = '900px';
    expect(getComputedStyle(root.querySelector('tr.row')!).display).to.equal('table-row');
  });

  it('shows a page of rows and more on request', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster page-size="2" group-by="none" src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    expect(rowIds(root)).to.have.length(2);
    root.querySelector<HTMLButtonElement>('.more')!.click();
    await el.updateComplete;
    expect(rowIds(root)).to.have.length(3);
    expect(root.querySelector('.more')).to.equal(null);
  });

  it('paints its first rows at once and the rest of the page after them, keeping its reserved room meanwhile', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('siip-cohort-roster');
    el.setAttribute('group-by', 'none');
    el.style.setProperty('--siip-reserved-height', '3000px');
    box.append(el);
    const firstRender: Array<{ rows: number; more: boolean; height: number }> = [];
    new MutationObserver(() => {
      const root = el.shadowRoot!;
      if (firstRender.length === 0 && root.querySelector('.count')) {
        firstRender.push({ rows: rowIds(root).length, more: !!root.querySelector('.more'), height: el.getBoundingClientRect().height });
      }
    }).observe(el.shadowRoot!, { childList: true, subtree: true });
    const root = await ready(el);
    // The built-in dataset's 44 communities, a page of 20: 8 first, in the room reserved for the widget.
    expect(firstRender).to.deep.equal([{ rows: 8, more: false, height: 3000 }]);
    expect(rowIds(root)).to.have.length(20);
    expect(root.querySelector('.more')).to.exist;
    expect(el.getBoundingClientRect().height).to.be.below(3000);
  });

  it('says when the 2021 cohort’s members were not published', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster cohort="2021" src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    expect(root.querySelector('.group__unpublished')!.textContent).to.include('8 communities, but their names were not published');
  });

  it('renders hostile data as text: nothing executes, no unsafe link', async () => {
    (window as unknown as { __xss?: number }).__xss = undefined;
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster src=${fixtureUrl('hostile.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    for (const button of root.querySelectorAll<HTMLButtonElement>('button.name')) {
      button.click();
      await el.updateComplete;
      expect(root.querySelector('[part="details"]')).to.exist;
    }
    expect(root.querySelector('img, script, b')).to.equal(null);
    expect(rowIds(root)).to.include.members(['js-link', 'data-link']);
    const hrefs = [...root.querySelectorAll('a:not([part="skip-link"])')].map((a) => a.getAttribute('href')!);
    expect(hrefs.every((href) => /^https?:/.test(href))).to.equal(true);
    expect(root.textContent).to.include('<img src=x onerror=');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('shows a first page, made before any row is needed in order, as every row sorted by name would: ties in the file’s order, numbers by value', async () => {
    const data = await (await fetch(fixtureUrl('minimal.json'))).json();
    // Out of order, with names equal but for case or accents (ties keep the file's order) and numbers in names.
    const names = ['Zeta', 'District 10', 'district 9', 'Éire', 'Beta', 'District 9', 'Eire', 'alpha 10', 'Alpha 2', 'beta', 'Yonder', 'Cairo'];
    const extra = names.map((name, i) => ({ ...data.communities[0], id: `extra-${i}`, name, cohorts: [i % 3 ? '2020' : '2021'] }));
    const url = URL.createObjectURL(new Blob([JSON.stringify({ ...data, communities: [...data.communities, ...extra] })], { type: 'application/json' }));
    const { compare } = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const all = [...data.communities, ...extra] as Array<{ id: string; name: string }>;
    const byName = [...all].sort((a, b) => compare(a.name, b.name)).map((community) => community.id);
    for (const groupBy of ['none', 'cohort']) {
      const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster page-size="12" group-by=${groupBy} src=${url}></siip-cohort-roster>`);
      const root = await ready(el);
      const first = [rowIds(root), root.querySelector('.more')!.textContent!.trim()];
      if (groupBy === 'none') expect(first[0]).to.deep.equal(byName.slice(0, 12));
      // A search, then none: now from every row, sorted.
      el.query = 'a';
      await el.updateComplete;
      el.query = '';
      await el.updateComplete;
      expect([rowIds(root), root.querySelector('.more')!.textContent!.trim()]).to.deep.equal(first);
    }
  });
});
