import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../components/cohort-roster/cohort-roster.js';
import type { SiipCohortRoster } from '../components/cohort-roster/cohort-roster.component.js';

interface Args {
  src: string;
  cohort: string;
  state: string;
  kind: string;
  query: string;
  'group-by': 'cohort' | 'none';
  'heading-level': number;
  'page-size': number;
}

const roster = (canvas: HTMLElement) => canvas.querySelector<SiipCohortRoster>('siip-cohort-roster')!;
const rendered = async (canvas: HTMLElement) => {
  const el = roster(canvas);
  await waitFor(() => expect(el.shadowRoot!.querySelector('.count, [role="alert"], .empty')).toBeTruthy(), { timeout: 10_000 });
  // The first rows come first, the rest of the page a paint later: updateComplete waits for them.
  await el.updateComplete;
  return el.shadowRoot!;
};

/**
 * Every SIIP community with its cohorts, kind, state and lead agency. Filter with attributes or the controls,
 * sort with the column buttons, open a community's details, download what you see as CSV.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Cohort roster',
  component: 'siip-cohort-roster',
  args: { src: '', cohort: '', state: '', kind: '', query: '', 'group-by': 'cohort', 'heading-level': 2, 'page-size': 20 },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    kind: { control: 'select', options: ['', 'city', 'region', 'state'] },
    'group-by': { control: 'inline-radio', options: ['cohort', 'none'] },
  },
  render: (args) =>
    html`<siip-cohort-roster
      src=${args.src}
      cohort=${args.cohort}
      state=${args.state}
      kind=${args.kind}
      query=${args.query}
      group-by=${args['group-by']}
      heading-level=${args['heading-level']}
      page-size=${args['page-size']}
    ></siip-cohort-roster>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The built-in dataset, grouped by cohort: the first page of rows, then "Show more". */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelectorAll('.group').length).toBeGreaterThanOrEqual(2);
    await expect(root.querySelector('[part="more-button"]')).toBeTruthy();
  },
};

/** `cohort="2020"`: the eight communities of the 2020 cohort. */
export const ByCohort: Story = {
  args: { cohort: '2020' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('.count')!.textContent!.trim()).toBe('8 communities');
  },
};

/** `state="TX"`: communities in Texas. */
export const ByState: Story = {
  args: { state: 'TX' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    const states = [...root.querySelectorAll('tr.row .cell--state')].map((cell) => cell.textContent!);
    await expect(states.length).toBeGreaterThan(0);
    await expect(states.every((state) => state.includes('Texas'))).toBe(true);
  },
};

/** `kind="state"`: state-level communities only, in one list. */
export const ByKind: Story = { args: { kind: 'state', 'group-by': 'none' } };

/** `query="refugee"`: text search over names, lead agencies, partners and focus. */
export const Search: Story = { args: { query: 'Atlanta' } };

/** The 2021 cohort exists but its members were never published: the roster says so rather than invent them. */
export const UnpublishedCohort: Story = {
  args: { cohort: '2021' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('.group__unpublished')).toBeTruthy();
  },
};

/** Nothing matches: the empty state says what to change. */
export const Empty: Story = {
  args: { query: 'no such community' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('.empty')!.textContent).toContain('No communities match');
  },
};

/** While the data loads. */
export const Loading: Story = {
  args: { src: '/__never-answers__/siip.json' },
  render: () => {
    const el = document.createElement('siip-cohort-roster');
    // A fetch that never settles keeps the widget in its loading state.
    const original = window.fetch;
    window.fetch = (input, init) => (String(input).includes('__never') ? new Promise(() => {}) : original(input, init));
    el.setAttribute('src', '/__never-answers__/siip.json');
    queueMicrotask(() => (window.fetch = original));
    return el;
  },
  play: async ({ canvasElement }) => {
    const el = roster(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part="loading"]')).toBeTruthy());
  },
};

const errorPlay =
  (text: string): Story['play'] =>
  async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('[role="alert"]')!.textContent).toContain(text);
  };

/** The dataset URL answers 404. */
export const ErrorNotFound: Story = { args: { src: '/data/fixtures/does-not-exist.json' }, play: errorPlay('404') };
/** The dataset URL returns a web page instead of JSON. */
export const ErrorHtmlInsteadOfJson: Story = { args: { src: '/data/fixtures/not-json.html' }, play: errorPlay('web page') };
/** The file is not valid JSON. */
export const ErrorInvalidJson: Story = { args: { src: '/data/fixtures/invalid-json.json' }, play: errorPlay('damaged') };
/** The file's header is invalid. */
export const ErrorInvalidData: Story = { args: { src: '/data/fixtures/bad-header.json' }, play: errorPlay('expected format') };
/** The file uses a format version this widget cannot read. */
export const ErrorWrongVersion: Story = { args: { src: '/data/fixtures/wrong-major.json' }, play: errorPlay('2.0.0') };

/** Spanish. */
export const Spanish: Story = {
  render: (args) => html`<div lang="es">${meta.render!(args, {} as never)}</div>`,
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('label')!.textContent).toBe('Buscar');
  },
};

/** Arabic, right to left. */
export const Arabic: Story = {
  render: (args) => html`<div lang="ar">${meta.render!(args, {} as never)}</div>`,
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('[part="base"]')!.getAttribute('dir')).toBe('rtl');
  },
};

/**
 * Keyboard: Tab reaches the skip link, the search and filters, the download, the one header row of sort buttons,
 * then the rows as a single stop (arrow keys, Home, End move between them; Enter opens a row's details and moves
 * focus into them; Escape closes them and returns to the row), then "Show more". About a dozen Tab presses pass
 * the whole roster. The count is announced once when a search settles, and the new order when sorting.
 */
export const Keyboard: Story = {
  args: { cohort: '2020' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    const rows = [...root.querySelectorAll<HTMLButtonElement>('button.name')];
    await expect(rows.filter((row) => row.tabIndex === 0)).toHaveLength(1);
    await expect(root.querySelectorAll('[part="sort-button"]')).toHaveLength(5);
  },
};

/**
 * In a 300 px sidebar (or on a phone) the rows become compact cards: name, state and cohorts; the type and lead
 * agency open in place with the details. Cohort headings here are `h3` (`heading-level="3"`) under a page's `h2`.
 */
export const Sidebar: Story = {
  args: { 'heading-level': 3 },
  render: (args) => html`<div style="inline-size: 300px">${meta.render!(args, {} as never)}</div>`,
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('.group__title')!.tagName).toBe('H3');
  },
};

/** Hostile strings in the data render as text, never as markup. */
export const HostileData: Story = {
  args: { src: '/data/fixtures/hostile.json' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    await expect(root.querySelector('img, script')).toBeNull();
  },
};
