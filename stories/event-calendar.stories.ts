import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { UI_LANGUAGES } from '../src/localization/languages.js';
import '../components/event-calendar/event-calendar.js';
import type { SiipEventCalendar } from '../components/event-calendar/event-calendar.component.js';

interface Args {
  src: string;
  view: '' | 'month' | 'list';
  month: string;
  types: string;
  timezone: string;
  today: string;
  lang: string;
  width: string;
  headingLevel: number;
  /** Font size of the box around the widget (a partner theme's base). */
  fontSize: string;
}

/** Made-up events (clearly marked FIXTURE) of every kind: exact, recurring, all-day, multi-day, month, season, cadence, tba. */
const FIXTURE = '/data/fixtures/event-calendar-basic.json';
const HOSTILE = '/data/fixtures/event-calendar-hostile.json';
/** The fixture without its endless monthly call: nothing dated after March 2027. */
const PAST = '/data/fixtures/event-calendar-past.json';

const calendar = (canvas: HTMLElement) => canvas.querySelector<SiipEventCalendar>('siip-event-calendar')!;
const rendered = async (canvas: HTMLElement) => {
  const el = calendar(canvas);
  await waitFor(() => expect(el.shadowRoot!.querySelector('[part="toolbar"], [part="error"]')).toBeTruthy(), { timeout: 10_000 });
  await el.updateComplete;
  return el.shadowRoot!;
};
const text = (root: ShadowRoot, selector: string) => root.querySelector(selector)?.textContent ?? '';

/**
 * Convenings, cohort meetings, trainings, webinars and application windows, in a month grid or an agenda
 * list, in the reader's time zone. Dates known only to the month or season are listed as such, never placed
 * on a made-up day. "Download … (.ics)" puts the filtered events into the reader's own calendar.
 *
 * Most stories use a fixture of made-up events and pin `today` to 23 November 2026 so they look the same
 * on every day; the Playground uses the real dataset and the real date.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Event calendar',
  component: 'siip-event-calendar',
  args: { src: '', view: '', month: '', types: '', timezone: '', today: '', lang: 'en', width: '900px', headingLevel: 2, fontSize: '' },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    view: { control: 'inline-radio', options: ['', 'month', 'list'] },
    lang: { control: 'select', options: UI_LANGUAGES.map((language) => language.code) },
    timezone: { control: 'select', options: ['', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/Madrid', 'Asia/Tokyo'] },
  },
  render: (args) =>
    html`<div style="max-width: ${args.width}; ${args.fontSize ? `font-size: ${args.fontSize}` : ''}">
      <siip-event-calendar
        heading-level=${args.headingLevel}
        src=${args.src}
        view=${args.view}
        month=${args.month}
        types=${args.types}
        timezone=${args.timezone}
        today=${args.today}
        lang=${args.lang}
      ></siip-event-calendar>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const fixture = { src: FIXTURE, today: '2026-11-23', month: '2026-12', timezone: 'America/New_York' };

/** The real SIIP dataset and today's date. Few real events have exact dates: the agenda shows months, seasons and rhythms honestly, and the empty state points to the nearest dated item. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('[part="heading"]')).toBeTruthy();
  },
};

/** The month grid: multi-day and recurring events on their days, month-only items below the grid. */
export const MonthView: Story = {
  args: { ...fixture, view: 'month' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('table[role="grid"]')).toBeTruthy();
    await expect(text(root, 'td[data-day="2026-12-08"]')).toContain('Fixture annual convening');
    await expect(text(root, '[aria-labelledby="approx-heading"]')).toContain('December 2026');
  },
};

/** The agenda list, grouped by day. */
export const ListView: Story = {
  args: { ...fixture, view: 'list' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('table')).toBeNull();
    await expect(root.querySelectorAll('.agenda h3').length).toBeGreaterThan(3);
  },
};

/** No `view`: a narrow container (a phone, a sidebar) gets the list. */
export const NarrowContainer: Story = {
  args: { ...fixture, width: '360px' },
  play: async ({ canvasElement }) => {
    const el = calendar(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('.agenda')).toBeTruthy(), { timeout: 10_000 });
  },
};

/** Every kind of event: single timed, recurring ("third Tuesday", weekly across the DST change), all-day, multi-day, month-only, "each summer", cadence, to be announced. */
export const EveryEventKind: Story = {
  args: { ...fixture, view: 'list' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    const all = root.textContent ?? '';
    for (const expected of ['Fixture annual convening', 'Fixture credential-evaluation training', 'December 2026', 'Quarterly (dates not published)', 'Date to be announced']) {
      await expect(all).toContain(expected);
    }
  },
};

/** A weekly webinar at 12:00 New York time keeps its wall-clock time across the November DST change. */
export const RecurringAcrossDst: Story = {
  args: { ...fixture, view: 'list', month: '2026-11', types: 'webinar' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    const times = [...root.querySelectorAll('.item .when')].map((n) => n.textContent!.trim());
    await expect(times.length).toBe(2);
    await expect(new Set(times).size).toBe(1);
  },
};

/** Application windows: open / closing soon / upcoming / closed, or "expected" when only "each summer" is known. */
export const ApplicationWindows: Story = {
  args: { ...fixture, view: 'list', month: '2026-11', types: 'application-window' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(text(root, '.status')).toContain('Closing soon');
  },
};

/** `types="meeting,training"` and the matching checkboxes. */
export const FilteredByType: Story = {
  args: { ...fixture, view: 'list', types: 'meeting,training' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.textContent).not.toContain('Fixture annual convening');
    await expect(root.querySelector<HTMLInputElement>('input[value="convening"]')!.checked).toBe(false);
  },
};

/** The same events for a reader in Tokyo: the New York evening session moves to the next day, and each timed event shows its own zone's time too. */
export const ViewerInTokyo: Story = {
  args: { ...fixture, view: 'month', timezone: 'Asia/Tokyo' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(text(root, 'td[data-day="2026-12-11"]')).toContain('Fixture evening session');
  },
};

/** The same events for a reader in Los Angeles. */
export const ViewerInLosAngeles: Story = {
  args: { ...fixture, view: 'list', timezone: 'America/Los_Angeles' },
};

/** A month with nothing in it: says so and offers to jump to the next event. */
export const EmptyMonth: Story = {
  args: { ...fixture, month: '2027-02', types: 'convening' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(text(root, '[part="empty"]')).toContain('Next: Fixture 2027 convening');
  },
};

/** Spanish: month and weekday names from Intl, weeks from Monday. */
export const Spanish: Story = {
  args: { ...fixture, lang: 'es', view: 'month' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(text(root, '[part="heading"]')).toBe('diciembre de 2026');
  },
};

/** Arabic: right-to-left grid, weeks from Saturday; ArrowLeft moves to the next day. */
export const Arabic: Story = {
  args: { ...fixture, lang: 'ar', view: 'month' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('[part="base"]')!.getAttribute('dir')).toBe('rtl');
    await expect(root.querySelector('th')!.getAttribute('abbr')).toBe('السبت');
  },
};

/** Arabic, list view. */
export const ArabicList: Story = { args: { ...fixture, lang: 'ar', view: 'list' } };

/** Hostile strings (script tags, CR/LF property injection) render as plain text and export safely. */
export const HostileData: Story = {
  args: { ...fixture, src: HOSTILE, view: 'list' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('script, img')).toBeNull();
    await expect(root.textContent).toContain('<script>');
  },
};

/** Bad attributes never blank the widget: a clear message, then sensible defaults. */
export const BadAttributes: Story = {
  args: { ...fixture, month: '2026-13', timezone: 'Mars/Olympus' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelectorAll('.note[role="alert"]').length).toBe(2);
  },
};

/** The data file is missing: a clear, localized error with "Try again". */
export const ErrorNotFound: Story = {
  args: { src: '/data/fixtures/does-not-exist.json' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(text(root, '[part="error"]')).toContain('404');
  },
};

/**
 * Nothing dated lies ahead (here: "today" is June 2027 and the fixture's last dated event was in March). The
 * calendar says so plainly and offers the most recent events, with their dates, and what is still expected,
 * instead of an empty month.
 */
export const NoUpcomingEvent: Story = {
  args: { ...fixture, src: PAST, today: '2027-06-10', month: '' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(text(root, '[part="outlook"]')).toContain('No upcoming events with a date');
    await expect(text(root, '[aria-labelledby="recent-heading"]')).toContain('Fixture 2027 convening');
    await expect(text(root, '[aria-labelledby="expected-heading"]')).toContain('Fixture summer application window');
  },
};

/** The same in Arabic. */
export const NoUpcomingEventArabic: Story = { args: { ...NoUpcomingEvent.args, lang: 'ar' } };

/**
 * Accessibility: `heading-level="4"` under a page's h3 (month h4, day heading h5). The grid is one Tab stop with
 * arrow keys inside; each list of events is one Tab stop (Up/Down); a "Skip past the calendar" link appears on
 * the first Tab.
 */
export const HeadingLevel: Story = {
  args: { ...fixture, view: 'month', headingLevel: 4 },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('[part="heading"]')!.parentElement!.tagName).toBe('H4');
    await expect(root.querySelector('#day-heading')!.tagName).toBe('H5');
  },
};

/** A 300 px sidebar in a theme with a 20 px base: the toolbar wraps and "Today" stays inside. */
export const SidebarLargeText: Story = {
  args: { ...fixture, width: '300px', fontSize: '20px' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    const host = calendar(canvasElement).getBoundingClientRect();
    for (const button of root.querySelectorAll('[part="toolbar"] button')) {
      await expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(host.right + 0.5);
    }
  },
};
