/**
 * The calendar for keyboard, screen-reader, phone and high-contrast readers, and on partner pages whose
 * themes set odd root sizes (issues 11 and 12), plus the "no upcoming event" view (issue 9 §5).
 */
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import './event-calendar.js';
import type { SiipEventCalendar } from './event-calendar.component.js';

const BASIC = new URL('../../data/fixtures/event-calendar-basic.json', import.meta.url).href;
/** The basic fixture without its endless monthly call: nothing dated after March 2027. */
const PAST = new URL('../../data/fixtures/event-calendar-past.json', import.meta.url).href;
const NY = 'America/New_York';

async function ready(el: SiipEventCalendar): Promise<ShadowRoot> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part="toolbar"]'), 'the calendar did not render', { timeout: 5000 });
  await el.updateComplete;
  return el.shadowRoot!;
}

/** A calendar between two page buttons, in a box of `width`. */
async function onPage(attrs: { width?: string; lang?: string; view?: string; month?: string; src?: string; today?: string; heading?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${attrs.width ?? '900px'}">
    <button id="before">before</button>
    <siip-event-calendar
      src=${attrs.src ?? BASIC}
      today=${attrs.today ?? '2026-11-23'}
      month=${attrs.month ?? '2026-12'}
      view=${attrs.view ?? ''}
      timezone=${NY}
      lang=${attrs.lang ?? 'en'}
      heading-level=${attrs.heading ?? '2'}
    ></siip-event-calendar>
    <button id="after">after</button>
  </div>`);
  const el = wrapper.querySelector('siip-event-calendar')!;
  const root = await ready(el);
  await aTimeout(30); // the container-width controller settles the view
  await el.updateComplete;
  return { wrapper, el, root };
}

/** The element focus is really on, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Tab presses from the button before the widget to the button after it. */
async function tabsToPass(): Promise<number> {
  document.getElementById('before')!.focus();
  for (let presses = 1; presses <= 60; presses++) {
    await sendKeys({ press: 'Tab' });
    if (deepActive()?.id === 'after') return presses;
  }
  return Infinity;
}

/** Every text the live region has held, in order. */
function recordAnnouncements(root: ShadowRoot): string[] {
  const spoken: string[] = [];
  const region = root.querySelector('[part="announcer"]')!;
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) spoken.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return spoken;
}

describe('siip-event-calendar: Tab stops', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none' }));

  it('is passed in at most 15 Tab presses in the month view', async () => {
    await onPage({ view: 'month' });
    expect(await tabsToPass()).to.be.at.most(15);
  });

  it('is passed in at most 15 Tab presses in the list view of a busy month', async () => {
    const { root } = await onPage({ view: 'list' });
    expect(root.querySelectorAll('.agenda .item-button').length, 'the month lists several events').to.be.at.least(4);
    expect(await tabsToPass()).to.be.at.most(15);
  });

  it('is passed in at most 15 Tab presses in the "no upcoming event" view', async () => {
    const { root } = await onPage({ src: PAST, today: '2027-06-10', month: '' });
    expect(root.querySelector('[part="outlook"]')).to.exist;
    expect(await tabsToPass()).to.be.at.most(15);
  });

  it('keeps one event of each list in the Tab order', async () => {
    const { root } = await onPage({ view: 'list' });
    const buttons = [...root.querySelectorAll<HTMLElement>('.agenda .item-button')];
    expect(buttons.filter((b) => b.tabIndex === 0)).to.have.length(1);
  });

  it('skips past the whole calendar from its first link', async () => {
    const { root } = await onPage({ view: 'month' });
    document.getElementById('before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(root.querySelector('[part="skip-link"]'));
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('after');
  });
});

describe('siip-event-calendar: keys inside lists and the grid', () => {
  it('moves between events with the arrow keys, Home and End', async () => {
    const { root } = await onPage({ view: 'list' });
    const buttons = [...root.querySelectorAll<HTMLElement>('.agenda .item-button')];
    buttons[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(deepActive()).to.equal(buttons[buttons.length - 1]);
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActive()).to.equal(buttons[buttons.length - 2]);
    await sendKeys({ press: 'Home' });
    expect(deepActive()).to.equal(buttons[0]);
    expect(buttons[0].tabIndex, 'the focused one is the list\'s Tab stop').to.equal(0);
  });

  it('moves into the details with Enter and back with Escape', async () => {
    const { el, root } = await onPage({ view: 'list' });
    const button = [...root.querySelectorAll<HTMLElement>('.agenda .item-button')].find((b) => b.textContent!.includes('Fixture annual convening'))!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActive()?.getAttribute('part')).to.equal('details');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(deepActive()).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('goes a year ahead with Shift+PageDown in the grid', async () => {
    const { el, root } = await onPage({ view: 'month' });
    root.querySelector<HTMLElement>('td[data-day="2026-12-08"]')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(el.month).to.equal('2027-12');
    expect(deepActive()?.getAttribute('data-day')).to.equal('2027-12-08');
  });

  it('returns from the day\'s events to the grid with Escape', async () => {
    const { el, root } = await onPage({ view: 'month' });
    root.querySelector<HTMLElement>('td[data-day="2026-12-08"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(deepActive()?.classList.contains('item-button')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(deepActive()?.getAttribute('data-day')).to.equal('2026-12-08');
  });
});

describe('siip-event-calendar: heading-level', () => {
  it('makes the month heading an h2 and the day heading an h3 by default', async () => {
    const { root } = await onPage({ view: 'month' });
    expect(root.querySelector('[part="heading"]')!.closest('h2')).to.exist;
    expect(root.querySelector('#day-heading')!.tagName).to.equal('H3');
  });

  it('follows heading-level="4": month h4, day and list headings h5', async () => {
    const { el, root } = await onPage({ view: 'month', heading: '4' });
    expect(root.querySelector('[part="heading"]')!.parentElement!.tagName).to.equal('H4');
    expect(root.querySelector('#day-heading')!.tagName).to.equal('H5');
    el.view = 'list';
    await el.updateComplete;
    expect(root.querySelector('.agenda section > :first-child')!.tagName).to.equal('H5');
  });

  it('never goes past h6', async () => {
    const { root } = await onPage({ view: 'month', heading: '9' });
    expect(root.querySelector('[part="heading"]')!.parentElement!.tagName).to.equal('H6');
    expect(root.querySelector('#day-heading')!.tagName).to.equal('H6');
  });
});

describe('siip-event-calendar: announcements', () => {
  it('announces a new month once, with its count of events', async () => {
    const { el, root } = await onPage({ view: 'month' });
    const spoken = recordAnnouncements(root);
    root.querySelector<HTMLButtonElement>('[aria-label="Next month"]')!.click();
    await el.updateComplete;
    await aTimeout(50);
    expect(spoken).to.deep.equal(['January 2027: 2 events']);
  });

  it('announces filter changes once, when the ticking stops', async () => {
    const { el, root } = await onPage({ view: 'list' });
    const spoken = recordAnnouncements(root);
    root.querySelector<HTMLElement>('[part="filters"] summary')!.click();
    for (const type of ['convening', 'meeting', 'webinar']) {
      root.querySelector<HTMLInputElement>(`input[value="${type}"]`)!.click();
      await el.updateComplete;
      await aTimeout(40);
    }
    await aTimeout(800);
    expect(spoken).to.have.length(1);
    expect(spoken[0]).to.match(/^\d+ events? shown in December 2026$/);
  });

  it('announces once when a linked widget narrows it to a community', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div id="other" group="city"></div>
      <siip-event-calendar group="city" src=${BASIC} today="2026-11-23" month="2026-12" view="list" timezone=${NY}></siip-event-calendar>
    </div>`);
    const el = wrapper.querySelector('siip-event-calendar')!;
    const root = await ready(el);
    const spoken = recordAnnouncements(root);
    wrapper.querySelector('#other')!.dispatchEvent(new CustomEvent('siip-community-select', { bubbles: true, composed: true, detail: { communityId: 'atlanta-ga' } }));
    await el.updateComplete;
    await aTimeout(800);
    expect(el.community).to.equal('atlanta-ga');
    expect(spoken).to.deep.equal(['1 event shown in December 2026']);
  });

  it('announces in the widget\'s language', async () => {
    const { el, root } = await onPage({ view: 'month', lang: 'es' });
    const spoken = recordAnnouncements(root);
    root.querySelector<HTMLButtonElement>('.nav button:nth-child(2)')!.click();
    await el.updateComplete;
    await aTimeout(50);
    expect(spoken).to.deep.equal(['enero de 2027: 2 eventos']);
  });
});

describe('siip-event-calendar: downloads in the widget\'s language', () => {
  it('names the downloaded calendar in Spanish on a Spanish widget', async () => {
    const { root } = await onPage({ view: 'month', lang: 'es' });
    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    let blob: Blob | undefined;
    let name = '';
    URL.createObjectURL = (object: Blob | MediaSource) => ((blob = object as Blob), 'blob:fake');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      name = this.download;
    };
    try {
      root.querySelector<HTMLButtonElement>('[part="download-button"]')!.click();
      // The file writer loads on first use (its time-zone code is a chunk of its own).
      await waitUntil(() => blob, 'no file was made', { timeout: 10_000 });
    } finally {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(await blob!.text()).to.contain('X-WR-CALNAME:Eventos de SIIP');
    expect(name).to.equal('eventos-de-siip.ics');
  });
});

describe('siip-event-calendar: forced colours', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none' }));

  it('keeps today marked by a ring and the selected day by a frame', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const { root } = await onPage({ view: 'month', month: '2026-11' });
    const today = getComputedStyle(root.querySelector('td[data-day="2026-11-23"] .num')!);
    expect(today.borderTopStyle).to.equal('solid');
    expect(parseFloat(today.borderTopWidth)).to.be.at.least(2);
    const plain = getComputedStyle(root.querySelector('td[data-day="2026-11-10"] .num')!);
    expect(plain.borderTopStyle, 'a plain day has no ring').to.equal('none');
    // Today is the selected (roving) day when the month opens; select another to see the frame apart.
    root.querySelector<HTMLElement>('td[data-day="2026-11-12"]')!.click();
    await (root.host as SiipEventCalendar).updateComplete;
    const selected = getComputedStyle(root.querySelector('td[data-day="2026-11-12"]')!);
    expect(selected.outlineStyle).to.equal('solid');
    expect(parseFloat(selected.outlineWidth)).to.be.at.least(2);
    expect(getComputedStyle(root.querySelector('td[data-day="2026-11-10"]')!).outlineStyle).to.equal('none');
  });

  it('gives each event type its own shape beside its colour', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const { root } = await onPage({ view: 'month' });
    const marks = [...root.querySelectorAll('.filters label .mark')].map((m) => m.textContent!.trim());
    expect(marks).to.have.length(6);
    expect(new Set(marks).size, 'six different shapes').to.equal(6);
    const chip = root.querySelector('td[data-day="2026-12-08"] .chip')!;
    expect(chip.querySelector('.mark')!.textContent!.trim()).to.equal(root.querySelector('.filters label.type-convening .mark')!.textContent!.trim());
  });
});

describe('siip-event-calendar: fits partner pages', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps the toolbar, "Today" included, inside a 300 px sidebar under a 20 px root', async () => {
    document.documentElement.style.fontSize = '20px';
    const { el, root } = await onPage({ width: '300px' });
    el.style.fontSize = '1rem';
    await aTimeout(50);
    const box = el.getBoundingClientRect();
    for (const button of root.querySelectorAll<HTMLElement>('[part="toolbar"] button')) {
      const rect = button.getBoundingClientRect();
      expect(rect.right, button.textContent!.trim() || button.getAttribute('aria-label')!).to.be.at.most(box.right + 0.5);
      expect(rect.left).to.be.at.least(box.left - 0.5);
    }
    const base = root.querySelector<HTMLElement>('[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  for (const lang of ['es', 'ar']) {
    for (const view of ['list', 'month']) {
      it(`reflows at 320 px without sideways scrolling (${lang}, ${view})`, async () => {
        await setViewport({ width: 320, height: 640 });
        const { el, root } = await onPage({ width: '100%', lang, view });
        // Open an event too: its details are the widest thing the calendar shows.
        root.querySelector<HTMLElement>('.item-button')?.click();
        await el.updateComplete;
        const base = root.querySelector<HTMLElement>('[part="base"]')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      });
    }
  }

  it('writes no text under 12 px under an html { font-size: 62.5% } theme', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const { root } = await onPage({ view: 'month' });
    root.querySelector<HTMLElement>('[part="filters"] summary')!.click();
    await aTimeout(20);
    const small: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent!.trim() || parent.closest('.siip-visually-hidden, .siip-skip-link, style')) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 12) small.push(`${node.textContent!.trim().slice(0, 30)} (${size}px)`);
    }
    expect(small).to.deep.equal([]);
  });

  it('makes every control at least 24 × 24 px', async () => {
    const { el, root } = await onPage({ view: 'month' });
    root.querySelector<HTMLElement>('[part="filters"] summary')!.click();
    root.querySelector<HTMLElement>('td[data-day="2026-12-08"]')!.click();
    await el.updateComplete;
    root.querySelector<HTMLElement>('.panel.day .item-button')!.click();
    await el.updateComplete;
    const small: string[] = [];
    // Links inside sentences (sources) are exempt, as WCAG 2.5.8 allows for inline targets.
    for (const target of root.querySelectorAll<HTMLElement>('button, summary, label, .actions a, td[role="gridcell"]')) {
      const rect = target.getBoundingClientRect();
      if (rect.width === 0 || target.closest('.siip-visually-hidden')) continue;
      if (rect.width < 24 || rect.height < 24) small.push(`${target.tagName} ${target.textContent!.trim().slice(0, 20)} ${Math.round(rect.width)}×${Math.round(rect.height)}`);
    }
    expect(small).to.deep.equal([]);
  });
});

describe('siip-event-calendar: no upcoming event', () => {
  it('says so plainly, with the most recent events and what is expected, instead of an empty month', async () => {
    const { root } = await onPage({ src: PAST, today: '2027-06-10', month: '', view: 'month' });
    const outlook = root.querySelector('[part="outlook"]')!;
    expect(outlook.querySelector('#outlook-heading')!.textContent).to.equal('No upcoming events with a date');
    expect(root.querySelector('table'), 'no empty grid').to.equal(null);
    const recent = [...outlook.querySelectorAll('[aria-labelledby="recent-heading"] .title')].map((t) => t.textContent!.trim());
    expect(recent[0]).to.equal('Fixture 2027 convening');
    expect(recent).to.have.length(3);
    const expected = [...outlook.querySelectorAll('[aria-labelledby="expected-heading"] .title')].map((t) => t.textContent!.trim());
    expect(expected[0]).to.equal('Fixture summer application window');
    expect(expected).to.include('Fixture quarterly peer exchange');
  });

  it('shows the dates of the most recent events', async () => {
    const { root } = await onPage({ src: PAST, today: '2027-06-10', month: '' });
    expect(root.querySelector('[aria-labelledby="recent-heading"] .when')!.textContent).to.equal('March 16 – 18, 2027');
  });

  it('goes to the month of the latest event', async () => {
    const { el, root } = await onPage({ src: PAST, today: '2027-06-10', month: '', view: 'month' });
    [...root.querySelectorAll<HTMLButtonElement>('[part="outlook"] button')].find((b) => b.textContent!.includes('Go to'))!.click();
    await el.updateComplete;
    expect(el.month).to.equal('2027-03');
    expect(root.querySelector('td[data-day="2027-03-16"]')!.textContent).to.contain('Fixture 2027 convening');
  });

  it('is not shown while a dated event lies ahead', async () => {
    const { root } = await onPage({ src: BASIC, today: '2027-06-10', month: '' });
    expect(root.querySelector('[part="outlook"]')).to.equal(null);
  });

  for (const lang of ['en', 'es', 'ar']) {
    it(`is accessible (${lang})`, async () => {
      const { el, root } = await onPage({ src: PAST, today: '2027-06-10', month: '', lang });
      if (lang === 'es') expect(root.querySelector('#outlook-heading')!.textContent).to.equal('No hay próximos eventos con fecha');
      await expect(el).to.be.accessible();
    });
  }
});
