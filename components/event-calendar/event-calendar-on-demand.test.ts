/**
 * The parts the calendar loads on first use: the RRULE engine (only for data with repeating events) and an
 * event's details (when one is first opened). Its own file, so this page has loaded neither when it starts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './event-calendar.js';
import type { SiipEventCalendar } from './event-calendar.component.js';

const SHIPPED = new URL('../../data/siip-dataset.json', import.meta.url).href;
const BASIC = new URL('../../data/fixtures/event-calendar-basic.json', import.meta.url).href;

/** True once the page has fetched a module whose path ends with `file`. */
const fetched = (file: string) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(`/components/event-calendar/${file}`));

async function calendar(src: string, month: string) {
  const el = await fixture<SiipEventCalendar>(html`<siip-event-calendar src=${src} today="2026-12-03" month=${month} view="list" timezone="UTC" lang="en"></siip-event-calendar>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="toolbar"]'), 'the calendar did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('siip-event-calendar: parts loaded on first use', () => {
  it('shows a dataset without repeating events, and its list, without the rule engine or the details', async () => {
    const el = await calendar(SHIPPED, '2025-04');
    const titles = [...el.shadowRoot!.querySelectorAll('.agenda .title')].map((t) => t.textContent!.trim());
    expect(titles).to.include('Physician licensure Demonstration cohort announced');
    expect(fetched('recurrence.ts'), 'the rule engine was fetched').to.equal(false);
    expect(fetched('calendar-details.ts'), 'the details were fetched').to.equal(false);
  });

  it('loads the details when an event is first opened, and shows them once loaded', async () => {
    const el = await calendar(SHIPPED, '2025-04');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.agenda .item-button')!;
    button.click();
    await el.updateComplete;
    const details = el.shadowRoot!.querySelector(`#${button.getAttribute('aria-controls')}`)!;
    expect(details.textContent).to.contain('When');
    expect(details.querySelector('a[href^="https://calendar.google.com/"]'), 'the Google Calendar link').to.exist;
    expect(fetched('calendar-details.ts')).to.equal(true);
  });

  it('loads the rule engine for a dataset with repeating events, then lists every date of the series', async () => {
    const el = await calendar(BASIC, '2027-01');
    expect(fetched('recurrence.ts')).to.equal(true);
    const titles = [...el.shadowRoot!.querySelectorAll('.agenda .title')].map((t) => t.textContent!.trim());
    expect(titles).to.include('Fixture subcohort call');
  });
});
