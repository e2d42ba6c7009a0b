/**
 * The roster as people reach it: by keyboard (counted Tab presses, arrow keys, Enter/Escape), by screen
 * reader (announcements counted), in a phone, a sidebar and a content column (no sideways scroll), with
 * old themes' root sizes, in forced colours, and in the widget's own language for everything it writes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import './cohort-roster.js';
import type { SiipCohortRoster } from './cohort-roster.component.js';

const fixtureUrl = (name: string) => new URL(`../../data/fixtures/${name}`, import.meta.url).href;

async function ready(el: SiipCohortRoster): Promise<ShadowRoot> {
  await waitUntil(() => el.shadowRoot!.querySelector('.count, [role="alert"]'), 'roster did not render', { timeout: 10_000 });
  await el.updateComplete;
  return el.shadowRoot!;
}

/** The element focused now, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Tab presses from the button before the widget until the button after it has focus. */
async function tabsToPass(before: HTMLElement, after: HTMLElement): Promise<number> {
  before.focus();
  for (let presses = 1; presses <= 200; presses++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement === after) return presses;
  }
  return Infinity;
}

/** Every text announced by the widget's live region while `act` runs and the settle delay passes. */
async function announcements(root: ShadowRoot, act: () => Promise<void>, wait = 1200): Promise<string[]> {
  const region = root.querySelector('[part="announcer"]')!;
  const heard: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) heard.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  await act();
  await new Promise((resolve) => setTimeout(resolve, wait));
  observer.disconnect();
  return heard;
}

function overflows(el: HTMLElement): boolean {
  const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
  return el.scrollWidth > el.clientWidth || base.scrollWidth > base.clientWidth || document.documentElement.scrollWidth > document.documentElement.clientWidth;
}

afterEach(async () => {
  await executeServerCommand('emulate-forced-colors', { active: false });
  await setViewport({ width: 800, height: 600 });
  document.documentElement.style.fontSize = '';
});

describe('<siip-cohort-roster> keyboard', () => {
  it('is passed in at most 15 Tab presses with the whole built-in dataset', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 728px">
      <button id="before">before</button><siip-cohort-roster></siip-cohort-roster><button id="after">after</button>
    </div>`);
    await ready(wrapper.querySelector('siip-cohort-roster')!);
    const presses = await tabsToPass(wrapper.querySelector('#before')!, wrapper.querySelector('#after')!);
    // Skip link, search, 3 filters, download, 5 sort buttons, the rows, "Show more", then the next button.
    expect(presses).to.be.at.most(15);
  });

  it('has one header row of sort buttons for all the cohorts', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster page-size="500"></siip-cohort-roster>`);
    const root = await ready(el);
    expect(root.querySelectorAll('.group__title').length).to.be.greaterThan(3);
    expect(root.querySelectorAll('table')).to.have.length(1);
    expect(root.querySelectorAll('[part="sort-button"]')).to.have.length(5);
  });

  it('offers a skip link that moves focus past the roster', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><siip-cohort-roster></siip-cohort-roster><button id="after">after</button></div>`);
    const el = wrapper.querySelector('siip-cohort-roster')!;
    const root = await ready(el);
    const link = root.querySelector<HTMLAnchorElement>('[part="skip-link"]')!;
    expect(link.textContent).to.equal('Skip past the list of communities');
    link.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
  });

  it('gives the rows one Tab stop and moves between them with arrow keys, Home and End', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('button.name')];
    expect(buttons().filter((b) => b.tabIndex === 0)).to.have.length(1);
    buttons()[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(buttons()[1]);
    await sendKeys({ press: 'End' });
    expect(deepActive()).to.equal(buttons()[2]);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(buttons()[2]);
    await sendKeys({ press: 'Home' });
    expect(deepActive()).to.equal(buttons()[0]);
    await el.updateComplete;
    expect(buttons().map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
  });

  it('opens a row with Enter, moves focus into its details, and returns with Escape', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    const button = root.querySelector<HTMLButtonElement>('tr[data-community="atlanta-ga"] button.name')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('atlanta-ga');
    expect(deepActive()).to.equal(root.querySelector('[part="details"]'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal('');
    expect(deepActive()).to.equal(button);
  });

  it('moves focus to the first new row after "Show more"', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster page-size="2" src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    root.querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    const third = root.querySelectorAll<HTMLButtonElement>('button.name')[2];
    expect(deepActive()).to.equal(third);
    expect(third.tabIndex).to.equal(0);
  });
});

describe('<siip-cohort-roster> announcements', () => {
  it('announces the count once when typing settles', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    expect(root.querySelector('.count')!.getAttribute('aria-live')).to.equal(null);
    root.querySelector<HTMLInputElement>('input[name="query"]')!.focus();
    const heard = await announcements(root, () => sendKeys({ type: 'buffalo' }));
    expect(heard).to.deep.equal(['1 community']);
  });

  it('announces the new sort order in the widget’s language', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster lang="es" src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    const heard = await announcements(
      root,
      async () => {
        root.querySelector<HTMLButtonElement>('[part="sort-button"]')!.click();
        await el.updateComplete;
      },
      100,
    );
    expect(heard).to.deep.equal(['Ordenado por Comunidad, en orden descendente']);
  });

  it('announces a community opened from a linked widget, and shows it beyond "Show more"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <siip-cohort-roster group="g" page-size="1" group-by="none" src=${fixtureUrl('minimal.json')}></siip-cohort-roster>
      <div group="g" id="sender"></div>
    </div>`);
    const el = wrapper.querySelector('siip-cohort-roster')!;
    const root = await ready(el);
    const heard = await announcements(
      root,
      async () => {
        wrapper.querySelector('#sender')!.dispatchEvent(new CustomEvent('siip-community-select', { bubbles: true, composed: true, detail: { communityId: 'nevada' } }));
        await el.updateComplete;
      },
      100,
    );
    expect(heard).to.deep.equal(['Nevada: details open']);
    expect(root.querySelector('tr[data-community="nevada"] button.name')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('announces nothing on first render', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster query="atl" src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(root.querySelector('[part="announcer"]')!.textContent!.trim()).to.equal('');
  });
});

describe('<siip-cohort-roster> language', () => {
  it('is accessible with the whole dataset and a row open, in en, es and ar', async function () {
    this.timeout(90_000);
    for (const lang of ['en', 'es', 'ar']) {
      const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster lang=${lang} selected="denver-co"></siip-cohort-roster>`);
      const root = await ready(el);
      expect(root.querySelector('[part="details"]')).to.exist;
      await expect(el).to.be.accessible();
    }
  });

  it('isolates English names inside Arabic', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster lang="ar" query="griffith"></siip-cohort-roster>`);
    const root = await ready(el);
    const lead = root.querySelector('.row .cell--lead')!;
    expect(lead.querySelector('bdi')!.textContent).to.equal('Emily Griffith Technical College');
    expect(root.querySelector('button.name bdi')).to.exist;
  });

  it('names states in the reader’s language and script', async () => {
    for (const [lang, name] of [['es', 'Nueva York'], ['ar', 'نيويورك']]) {
      const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster lang=${lang} src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
      const root = await ready(el);
      expect(root.querySelector('tr[data-community="buffalo-ny"] .cell--state')!.textContent!.trim()).to.equal(name);
      expect([...root.querySelectorAll('select[name="state"] option')].map((o) => o.textContent)).to.include(name);
    }
  });

  it('shows the caveat beside a lead agency whose role is not confirmed', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster query="denver"></siip-cohort-roster>`);
    const root = await ready(el);
    expect(root.querySelector('.row .caveat')!.textContent).to.equal('(role not confirmed by the program)');
  });

  it('puts cohort headings at heading-level, h2 by default', async () => {
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    expect(root.querySelector('.group__title')!.tagName).to.equal('H2');
    el.headingLevel = 4;
    await el.updateComplete;
    expect([...root.querySelectorAll('.group__title')].map((h) => h.tagName)).to.deep.equal(['H4', 'H4']);
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(root.querySelector('.group__title')!.tagName).to.equal('H6');
  });
});

describe('<siip-cohort-roster> fits its column', () => {
  for (const lang of ['es', 'ar']) {
    it(`does not scroll sideways at 320 px in ${lang}`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster lang=${lang} cohort="demo-2023"></siip-cohort-roster>`);
      const root = await ready(el);
      // The longest chip: "Cohorte de Trayectorias Docentes Equitativas (2023)".
      expect(root.querySelector('.chip')).to.exist;
      expect(overflows(el)).to.equal(false);
    });
  }

  for (const width of [300, 620, 728]) {
    it(`fits a ${width} px column in Spanish with a row open`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><siip-cohort-roster lang="es"></siip-cohort-roster></div>`);
      const el = wrapper.querySelector('siip-cohort-roster')!;
      const root = await ready(el);
      el.selected = root.querySelector('tr.row')!.getAttribute('data-community')!;
      await el.updateComplete;
      expect(overflows(el)).to.equal(false);
      const table = root.querySelector('table')!.getBoundingClientRect();
      expect(table.width).to.be.at.most(el.getBoundingClientRect().width + 0.5);
    });
  }

  it('moves the type and lead agency into the details in a mid-width column', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 560px"><siip-cohort-roster src=${fixtureUrl('minimal.json')}></siip-cohort-roster></div>`);
    const el = wrapper.querySelector('siip-cohort-roster')!;
    const root = await ready(el);
    expect(getComputedStyle(root.querySelector('tr.row')!).display).to.equal('table-row');
    expect(getComputedStyle(root.querySelector('tr.row td.secondary')!).display).to.equal('none');
    el.selected = 'atlanta-ga';
    await el.updateComplete;
    expect(root.querySelector('[part="details"]')!.textContent).to.include('Welcoming Atlanta');
    wrapper.style.width = '900px';
    expect(getComputedStyle(root.querySelector('tr.row td.secondary')!).display).to.equal('table-cell');
  });

  it('stays a few screens tall on a phone: compact rows, details closed, paged', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster></siip-cohort-roster>`);
    const root = await ready(el);
    expect(root.querySelectorAll('tr.row')).to.have.length(20);
    expect(getComputedStyle(root.querySelector('tr.row td.secondary')!).display).to.equal('none');
    // 13,945 px before rows were compact and paged.
    expect(el.getBoundingClientRect().height).to.be.below(5 * 844);
  });

  for (const [name, rootSize] of [['62.5 %', '62.5%'], ['20 px', '20px']]) {
    it(`keeps text at 12 px or more and targets at 24 px or more with a ${name} root`, async () => {
      document.documentElement.style.fontSize = rootSize;
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300px"><siip-cohort-roster lang="es"></siip-cohort-roster></div>`);
      const el = wrapper.querySelector('siip-cohort-roster')!;
      const root = await ready(el);
      const visible = [...root.querySelectorAll<HTMLElement>('[part="base"] *')].filter(
        (node) => node.getClientRects().length > 0 && !node.closest('.siip-visually-hidden, .siip-skip-link') && node.textContent!.trim(),
      );
      const small = visible.filter((node) => parseFloat(getComputedStyle(node).fontSize) < 12);
      expect(small.map((node) => node.className || node.tagName)).to.deep.equal([]);
      const targets = [...root.querySelectorAll<HTMLElement>('button, select, input')].filter((node) => node.getClientRects().length > 0);
      const tooSmall = targets.filter((node) => node.getBoundingClientRect().height < 24 || node.getBoundingClientRect().width < 24);
      expect(tooSmall.map((node) => node.textContent!.trim() || node.tagName)).to.deep.equal([]);
      expect(overflows(el)).to.equal(false);
    });
  }
});

describe('<siip-cohort-roster> forced colours', () => {
  it('keeps the open row and the sorted column visible without colour', async () => {
    // emulateMedia drops forcedColors on Chrome: a CDP command of our own (tests/wtr-plugins.mjs).
    await executeServerCommand('emulate-forced-colors', { active: true });
    const el = await fixture<SiipCohortRoster>(html`<siip-cohort-roster selected="atlanta-ga" src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`);
    const root = await ready(el);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    const openName = getComputedStyle(root.querySelector('tr[data-open] > th')!);
    expect(openName.borderInlineStartStyle).to.equal('solid');
    expect(parseFloat(openName.borderInlineStartWidth)).to.be.at.least(2);
    const sorted = getComputedStyle(root.querySelector('[aria-sort="ascending"] .sort')!);
    expect(sorted.outlineStyle).to.equal('solid');
    expect(root.querySelector('[aria-sort="ascending"] .sort__icon')!.textContent).to.equal('▲');
    const unsorted = getComputedStyle(root.querySelector('[aria-sort="none"] .sort')!);
    expect(unsorted.outlineStyle).to.equal('none');
  });
});
