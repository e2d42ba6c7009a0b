import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import './event-calendar.js';
import type { SiipEventCalendar } from './event-calendar.component.js';

const BASIC = new URL('../../data/fixtures/event-calendar-basic.json', import.meta.url).href;
const HOSTILE = new URL('../../data/fixtures/event-calendar-hostile.json', import.meta.url).href;
const NY = 'America/New_York';

/** A small page object for the calendar (Material Web's "harness" idea). */
class CalendarHarness {
  constructor(readonly el: SiipEventCalendar) {}
  get root() {
    return this.el.shadowRoot!;
  }
  async ready() {
    await waitUntil(() => this.root.querySelector('[part="toolbar"]'), 'the calendar did not render', { timeout: 5000 });
    await this.el.updateComplete;
    return this;
  }
  get heading() {
    return this.root.querySelector('[part="heading"]')!.textContent!.trim();
  }
  cell(day: string) {
    return this.root.querySelector<HTMLElement>(`td[data-day="${day}"]`);
  }
  get columnHeaders() {
    return [...this.root.querySelectorAll('th')].map((th) => th.getAttribute('abbr'));
  }
  get itemTitles() {
    return [...this.root.querySelectorAll('.item .title')].map((t) => t.textContent!.trim());
  }
  item(title: string) {
    return [...this.root.querySelectorAll<HTMLButtonElement>('.item-button')].find((b) => b.querySelector('.title')!.textContent!.includes(title));
  }
  get announcement() {
    return this.root.querySelector('[aria-live="polite"]')!.textContent!.trim();
  }
  async settle() {
    await this.el.updateComplete;
    await aTimeout(0);
  }
  /** Clicks a download button and returns the text of the Blob handed to URL.createObjectURL, and the file name. */
  async download(button: HTMLElement): Promise<{ text: string; name: string; type: string }> {
    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    let blob: Blob | undefined;
    let name = '';
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return 'blob:fake';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      name = this.download;
    };
    try {
      button.click();
      // The file is written after the VTIMEZONE module loads.
      await waitUntil(() => blob !== undefined, 'a Blob was created', { timeout: 5000 });
    } finally {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(blob, 'a Blob was created').to.exist;
    return { text: await blob!.text(), name, type: blob!.type };
  }
}

async function mount(template: ReturnType<typeof html>) {
  const el = await fixture<SiipEventCalendar>(template);
  return new CalendarHarness(el).ready();
}

const december = (extra: { lang?: string; view?: string; types?: string; timezone?: string; month?: string } = {}) =>
  mount(html`<siip-event-calendar
    src=${BASIC}
    today="2026-11-23"
    month=${extra.month ?? '2026-12'}
    view=${extra.view ?? 'month'}
    timezone=${extra.timezone ?? NY}
    types=${extra.types ?? ''}
    lang=${extra.lang ?? 'en'}
  ></siip-event-calendar>`);

describe('siip-event-calendar: accessibility', () => {
  for (const lang of ['en', 'es', 'ar']) {
    it(`is accessible in the month view (${lang})`, async () => {
      const cal = await december({ lang });
      await expect(cal.el).to.be.accessible();
    });
  }

  it('is accessible in the list view with an event open', async () => {
    const cal = await december({ view: 'list' });
    cal.item('Fixture annual convening')!.click();
    await cal.settle();
    await expect(cal.el).to.be.accessible();
  });

  it('is accessible in the empty state', async () => {
    const cal = await december({ month: '2026-02', types: 'convening' });
    await expect(cal.el).to.be.accessible();
  });
});

describe('siip-event-calendar: month grid', () => {
  it('is a grid with seven labelled columns starting on Sunday in en', async () => {
    const cal = await december();
    expect(cal.root.querySelector('table')!.getAttribute('role')).to.equal('grid');
    expect(cal.columnHeaders).to.have.length(7);
    expect(cal.columnHeaders[0]).to.equal('Sunday');
  });

  it('starts the week on Monday in es and Saturday in ar, with month names from Intl', async () => {
    const es = await december({ lang: 'es' });
    expect(es.columnHeaders[0]).to.equal('lunes');
    expect(es.heading).to.equal('diciembre de 2026');
    const ar = await december({ lang: 'ar' });
    expect(ar.columnHeaders[0]).to.equal('السبت');
  });

  it('lays the grid out right to left in ar', async () => {
    const cal = await december({ lang: 'ar' });
    expect(cal.root.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    const first = cal.root.querySelector('tbody td')!.getBoundingClientRect();
    const second = cal.root.querySelectorAll('tbody td')[1].getBoundingClientRect();
    expect(second.left).to.be.below(first.left);
  });

  it('puts a multi-day event on each of its days', async () => {
    const cal = await december();
    for (const day of ['2026-12-08', '2026-12-09']) expect(cal.cell(day)!.textContent).to.contain('Fixture annual convening');
    expect(cal.cell('2026-12-10')!.textContent).to.not.contain('Fixture annual convening');
  });

  it('expands the monthly "third Tuesday" call and honours its EXDATE', async () => {
    const cal = await mount(html`<siip-event-calendar src=${BASIC} today="2026-11-23" month="2026-11" view="month" timezone=${NY}></siip-event-calendar>`);
    expect(cal.cell('2026-11-17')!.textContent).to.contain('Fixture subcohort call');
    cal.root.querySelector<HTMLButtonElement>('[aria-label="Next month"]')!.click();
    await cal.settle();
    expect(cal.cell('2026-12-15')!.textContent).to.not.contain('Fixture subcohort call');
  });

  it('lists month-only and cadence items as such, never on a day', async () => {
    const cal = await december();
    const section = cal.root.querySelector('[aria-labelledby="approx-heading"]')!;
    expect(section.textContent).to.contain('Fixture cohort announcement');
    expect(section.textContent).to.contain('December 2026');
    expect(section.textContent).to.contain('Quarterly (dates not published)');
    expect([...cal.root.querySelectorAll('td')].some((td) => td.textContent!.includes('Fixture cohort announcement'))).to.equal(false);
  });

  it('shows "each summer" application windows in summer months as expected', async () => {
    const cal = await december({ month: '2027-07' });
    const section = cal.root.querySelector('[aria-labelledby="approx-heading"]')!;
    expect(section.textContent).to.contain('Each summer');
    expect(section.textContent).to.contain('Expected; dates to be announced');
  });

  it('marks today with aria-current', async () => {
    const cal = await december({ month: '2026-11' });
    expect(cal.cell('2026-11-23')!.getAttribute('aria-current')).to.equal('date');
  });
});

describe('siip-event-calendar: keyboard', () => {
  it('moves between days with the arrow keys', async () => {
    const cal = await december();
    cal.cell('2026-12-01')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await cal.settle();
    expect(cal.root.activeElement!.getAttribute('data-day')).to.equal('2026-12-02');
    await sendKeys({ press: 'ArrowDown' });
    await cal.settle();
    expect(cal.root.activeElement!.getAttribute('data-day')).to.equal('2026-12-09');
  });

  it('goes to the week start and end with Home and End', async () => {
    const cal = await december();
    cal.cell('2026-12-09')!.focus(); // a Wednesday
    await sendKeys({ press: 'Home' });
    await cal.settle();
    expect(cal.root.activeElement!.getAttribute('data-day')).to.equal('2026-12-06');
    await sendKeys({ press: 'End' });
    await cal.settle();
    expect(cal.root.activeElement!.getAttribute('data-day')).to.equal('2026-12-12');
  });

  it('changes month with PageDown and announces it', async () => {
    const cal = await december();
    cal.cell('2026-12-31')!.focus();
    await sendKeys({ press: 'PageDown' });
    await cal.settle();
    expect(cal.heading).to.equal('January 2027');
    expect(cal.el.month).to.equal('2027-01');
    expect(cal.root.activeElement!.getAttribute('data-day')).to.equal('2027-01-31');
    expect(cal.announcement).to.equal('January 2027: 2 events');
  });

  it('treats ArrowLeft as "next day" in right-to-left', async () => {
    const cal = await december({ lang: 'ar' });
    cal.cell('2026-12-01')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await cal.settle();
    expect(cal.root.activeElement!.getAttribute('data-day')).to.equal('2026-12-02');
  });

  it('keeps one day in the tab order (roving tabindex)', async () => {
    const cal = await december();
    expect(cal.root.querySelectorAll('td[tabindex="0"]')).to.have.length(1);
  });

  it('reaches the focused day\'s events with Enter', async () => {
    const cal = await december();
    cal.cell('2026-12-08')!.focus();
    await sendKeys({ press: 'Enter' });
    await cal.settle();
    expect(cal.root.activeElement!.textContent).to.contain('Fixture annual convening');
  });
});

describe('siip-event-calendar: list view and attributes', () => {
  it('shows the list view with events grouped by day', async () => {
    const cal = await december({ view: 'list' });
    expect(cal.root.querySelector('table')).to.equal(null);
    const headings = [...cal.root.querySelectorAll('.agenda h3')].map((h) => h.textContent!.trim());
    expect(headings[0]).to.equal('Tuesday, December 1, 2026');
    expect(cal.itemTitles).to.include('Fixture annual convening');
  });

  it('lists a multi-day event once, under its first day in the month', async () => {
    const cal = await december({ view: 'list' });
    expect(cal.itemTitles.filter((t) => t === 'Fixture annual convening')).to.have.length(1);
    expect(cal.itemTitles.filter((t) => t === 'Fixture cohort applications')).to.have.length(1);
  });

  it('defaults to the list when the container is narrow', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px">
      <siip-event-calendar src=${BASIC} today="2026-11-23" month="2026-12" timezone=${NY}></siip-event-calendar>
    </div>`);
    const cal = await new CalendarHarness(wrapper.querySelector('siip-event-calendar')!).ready();
    await waitUntil(() => cal.root.querySelector('.agenda'), 'list view not chosen');
    expect(cal.root.querySelector('table')).to.equal(null);
  });

  it('defaults to the month grid when the container is wide', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <siip-event-calendar src=${BASIC} today="2026-11-23" month="2026-12" timezone=${NY}></siip-event-calendar>
    </div>`);
    const cal = await new CalendarHarness(wrapper.querySelector('siip-event-calendar')!).ready();
    await aTimeout(50);
    expect(cal.root.querySelector('table')).to.exist;
  });

  it('filters by the types attribute', async () => {
    const cal = await december({ view: 'list', types: 'meeting' });
    expect(cal.itemTitles.some((t) => t.includes('convening'))).to.equal(false);
    expect(cal.itemTitles).to.deep.equal(['Fixture quarterly peer exchange']);
  });

  it('updates the types attribute from the checkboxes', async () => {
    const cal = await december({ view: 'list' });
    const box = cal.root.querySelector<HTMLInputElement>('input[value="convening"]')!;
    box.click();
    await cal.settle();
    expect(cal.el.types).to.equal('meeting,training,webinar,application-window,announcement');
    expect(cal.itemTitles).to.not.include('Fixture annual convening');
  });

  it('switches view with the view buttons', async () => {
    const cal = await december();
    [...cal.root.querySelectorAll<HTMLButtonElement>('.views button')][1].click();
    await cal.settle();
    expect(cal.el.view).to.equal('list');
    expect(cal.root.querySelector('.agenda')).to.exist;
  });

  it('defaults to the current month', async () => {
    const cal = await mount(html`<siip-event-calendar src=${BASIC} today="2026-11-23" timezone=${NY}></siip-event-calendar>`);
    expect(cal.heading).to.equal('November 2026');
  });

  it('says so, and shows the current month, when the month attribute is malformed', async () => {
    const cal = await december({ month: '2026-13' });
    expect(cal.root.querySelector('.note[role="alert"]')!.textContent).to.contain('2026-13');
    expect(cal.heading).to.equal('November 2026');
  });

  it('says so when the time zone is unknown', async () => {
    const cal = await december({ timezone: 'Mars/Olympus' });
    expect(cal.root.querySelector('.note[role="alert"]')!.textContent).to.contain('Mars/Olympus');
  });
});

describe('siip-event-calendar: time zones', () => {
  it('places an evening New York event on the next day for a viewer in Tokyo', async () => {
    const cal = await december({ timezone: 'Asia/Tokyo' });
    expect(cal.cell('2026-12-11')!.textContent).to.contain('Fixture evening session');
    expect(cal.cell('2026-12-10')!.textContent).to.not.contain('Fixture evening session');
  });

  it('shows the event\'s own time beside the viewer\'s when they differ', async () => {
    const cal = await december({ view: 'list' });
    const row = cal.item('Fixture credential-evaluation training')!;
    expect(row.querySelector('.when')!.textContent).to.match(/^12:00\sPM – 2:30\sPM$/);
    expect(row.querySelector('.meta')!.textContent).to.match(/event time 9:00\sAM – 11:30\sAM PST/);
  });

  it('shows no second time when the zones agree', async () => {
    const cal = await december({ view: 'list', timezone: 'America/Los_Angeles' });
    expect(cal.item('Fixture credential-evaluation training')!.querySelector('.meta')!.textContent).to.not.contain('event time');
  });

  it('names the zone times are shown in', async () => {
    const cal = await december({ timezone: 'Asia/Tokyo' });
    expect(cal.root.querySelector('.zone')!.textContent).to.contain('Japan');
  });
});

describe('siip-event-calendar: details, events and application windows', () => {
  it('opens details in place and fires siip-event-select with the occurrence start as a UTC instant', async () => {
    const cal = await december({ view: 'list', month: '2027-01' });
    const button = cal.item('Fixture subcohort call')!;
    setTimeout(() => button.click());
    const event = await oneEvent(cal.el, 'siip-event-select');
    expect(event.detail).to.deep.equal({ eventId: 'fx-monthly-call', occurrenceStart: '2027-01-19T19:00:00.000Z' });
    await cal.settle();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const details = cal.root.querySelector(`#${button.getAttribute('aria-controls')}`)!;
    expect(details.textContent).to.contain('Online');
    expect(details.textContent).to.contain('Subcohort members');
  });

  it('bubbles siip-event-select out of the shadow root', async () => {
    const cal = await december({ view: 'list' });
    setTimeout(() => cal.item('Fixture annual convening')!.click());
    const event = await oneEvent(document, 'siip-event-select');
    expect(event.detail).to.deep.equal({ eventId: 'fx-convening-2026', occurrenceStart: '2026-12-08' });
  });

  it('links the source of an event', async () => {
    const cal = await december({ view: 'list' });
    cal.item('Fixture annual convening')!.click();
    await cal.settle();
    const link = [...cal.root.querySelectorAll<HTMLAnchorElement>('.details a')].find((a) => a.textContent!.includes('Fixture source'))!;
    expect(link.href).to.equal('https://example.org/fixture');
  });

  it('shows an open application window calmly as "closing soon" with its date', async () => {
    const cal = await december({ view: 'list' });
    const row = cal.item('Fixture cohort applications')!;
    expect(row.querySelector('.status')!.textContent).to.equal('Closing soon: closes December 4, 2026');
  });

  it('shows the empty state with a jump to the next event', async () => {
    const cal = await december({ month: '2027-02', types: 'convening' });
    const empty = cal.root.querySelector('[part="empty"]')!;
    expect(empty.textContent).to.contain('No events this month.');
    const next = empty.querySelector('button')!;
    expect(next.textContent).to.contain('Fixture 2027 convening');
    next.click();
    await cal.settle();
    expect(cal.el.month).to.equal('2027-03');
  });
});

describe('siip-event-calendar: downloads', () => {
  it('offers the national feed to subscribe to beside Download, in the reader\'s language', async () => {
    const cal = await mount(html`<siip-event-calendar today="2026-11-23" lang="ar"></siip-event-calendar>`);
    const link = cal.root.querySelector<HTMLAnchorElement>('[part="subscribe-link"]')!;
    expect(link.textContent!.trim()).to.equal('اشترك');
    expect(link.href).to.match(/^webcal:\/\/.*\/data\/siip-events\.ar\.ics$/);
    expect(link.previousElementSibling!.getAttribute('part')).to.equal('download-button');
    await expect(cal.el).to.be.accessible();
  });

  it('offers no national feed when the page shows its own data', async () => {
    const cal = await december();
    expect(cal.root.querySelector('[part="subscribe-link"]')).to.equal(null);
  });

  it('downloads the filtered events as a valid .ics file', async () => {
    const cal = await december({ types: 'convening,meeting' });
    const file = await cal.download(cal.root.querySelector<HTMLButtonElement>('[part="download-button"]')!);
    expect(file.type).to.equal('text/calendar;charset=utf-8');
    expect(file.name).to.equal('siip-events.ics');
    const calendar = new ICAL.Component(ICAL.parse(file.text));
    const uids = calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    expect(uids).to.deep.equal(['fx-convening-2026@siip-widgets', 'fx-monthly-call@siip-widgets', 'fx-next-year@siip-widgets']);
    expect(file.text).to.contain('RRULE:FREQ=MONTHLY;BYDAY=3TU');
  });

  it('says how many events without an exact date are left out', async () => {
    const cal = await december({ types: 'convening,meeting' });
    expect(cal.root.querySelector('.footer .note')!.textContent).to.contain('2 events without an exact date are not included.');
  });

  it('downloads a single event from its details, in the reader\'s language', async () => {
    const cal = await december({ view: 'list', lang: 'es' });
    cal.item('Convocatoria anual de prueba')!.click();
    await cal.settle();
    const button = [...cal.root.querySelectorAll<HTMLButtonElement>('.details button')][0];
    const file = await cal.download(button);
    expect(file.text.match(/BEGIN:VEVENT/g)).to.have.length(1);
    expect(file.text).to.contain('SUMMARY:Convocatoria anual de prueba');
    expect(file.text).to.contain('DTSTART;VALUE=DATE:20261208');
  });
});

describe('siip-event-calendar: hostile data', () => {
  it('renders hostile strings as text and runs nothing', async () => {
    (window as unknown as { __xss?: number }).__xss = undefined;
    const cal = await mount(html`<siip-event-calendar src=${HOSTILE} today="2026-11-23" month="2026-12" view="list" timezone=${NY}></siip-event-calendar>`);
    cal.item('Convening')!.click();
    await cal.settle();
    await aTimeout(50);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    expect(cal.root.querySelector('script, img')).to.equal(null);
    expect(cal.root.textContent).to.contain('<script>window.__xss=1</script> Convening');
  });

  it('exports hostile strings without injecting properties', async () => {
    const cal = await mount(html`<siip-event-calendar src=${HOSTILE} today="2026-11-23" month="2026-12" timezone=${NY}></siip-event-calendar>`);
    const file = await cal.download(cal.root.querySelector<HTMLButtonElement>('[part="download-button"]')!);
    const unfolded = file.text.replace(/\r\n /g, '').split('\r\n');
    expect(unfolded.filter((l) => /^(ATTENDEE|BEGIN:VALARM)/.test(l))).to.deep.equal([]);
    expect(unfolded.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(3);
    for (const line of file.text.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
  });

  it('shows an event whose rule cannot be read once, not never', async () => {
    const cal = await mount(html`<siip-event-calendar src=${HOSTILE} today="2026-11-23" month="2026-12" view="list" timezone=${NY}></siip-event-calendar>`);
    expect(cal.itemTitles.filter((t) => t === 'Bad rule')).to.have.length(1);
  });

  it('says the event repeats and sends the reader to the organiser\'s calendar when its rule is not expanded', async () => {
    const cal = await mount(html`<siip-event-calendar src=${HOSTILE} today="2026-11-23" month="2026-12" view="list" timezone=${NY} lang="es"></siip-event-calendar>`);
    cal.item('Bad rule')!.click();
    await cal.settle();
    const details = cal.root.querySelector('[part="details"]')!.textContent!;
    expect(details).to.contain('se repite: consulte el calendario de quien organiza para ver todas las fechas');
  });
});

describe('siip-event-calendar: data errors', () => {
  it('shows a clear error, not a blank box, when the file is missing', async () => {
    const el = await fixture<SiipEventCalendar>(html`<siip-event-calendar src="/no/such/file.json"></siip-event-calendar>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error shown', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('not found');
  });
});

describe('siip-event-calendar: lifecycle', () => {
  it('renders again after being removed and re-added', async () => {
    const cal = await december();
    const parent = cal.el.parentElement!;
    cal.el.remove();
    parent.append(cal.el);
    await cal.ready();
    await waitUntil(() => cal.cell('2026-12-08'), 'grid not rendered again');
    expect(cal.cell('2026-12-08')!.textContent).to.contain('Fixture annual convening');
  });

  it('stops observing its size once removed', async () => {
    const cal = await december();
    const originalDisconnect = ResizeObserver.prototype.disconnect;
    let disconnected = 0;
    ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
      disconnected++;
      return originalDisconnect.call(this);
    };
    try {
      cal.el.remove();
    } finally {
      ResizeObserver.prototype.disconnect = originalDisconnect;
    }
    expect(disconnected).to.be.at.least(1);
  });
});
