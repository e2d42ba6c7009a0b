import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { UI_LANGUAGES } from '../src/localization/languages.js';
import '../components/pathway-finder/pathway-finder.js';
import { progressKey } from '../components/pathway-finder/progress-store.js';

/**
 * `<siip-pathway-finder>` shows the steps from a foreign diploma to a US licence for one profession in one
 * state: cost, time, documents, what differs in the state, who can help there, progress the reader can keep
 * on their device, a printable plan and (with `sync-url`) a share link.
 */
const FIXTURE = new URL('../data/fixtures/pathway-finder-basic.json', import.meta.url).href;
const FIXTURE_KEY = progressKey('registered-nurse', 'NY', 'pf-test.1');

interface Args {
  src: string;
  profession: string;
  state: string;
  lang: string;
  headingLevel: number;
  syncUrl: boolean;
}

const root = (canvas: HTMLElement) => canvas.querySelector('siip-pathway-finder')!.shadowRoot!;
const ready = (canvas: HTMLElement) => waitFor(() => expect(root(canvas).querySelector('.pickers')).not.toBeNull(), { timeout: 5000 });

const meta: Meta<Args> = {
  title: 'Widgets/Pathway finder',
  component: 'siip-pathway-finder',
  args: { src: '', profession: 'registered-nurse', state: 'NY', lang: 'en', headingLevel: 2, syncUrl: false },
  argTypes: {
    profession: { control: 'select', options: ['', 'registered-nurse', 'k12-teacher', 'engineer-pe', 'physician', 'cpa', 'pharmacist'] },
    lang: { control: 'select', options: UI_LANGUAGES.map((language) => language.code) },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) => html`<siip-pathway-finder
    src=${args.src}
    profession=${args.profession}
    state=${args.state}
    lang=${args.lang}
    heading-level=${args.headingLevel}
    ?sync-url=${args.syncUrl}
  ></siip-pathway-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Change the profession, state and language in the controls. Uses the built-in SIIP dataset. */
export const Playground: Story = {};

// ---- One story per profession (the real dataset) ----

const professionStory = (profession: string, state: string): Story => ({
  args: { profession, state },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelectorAll('.steps > .step').length).toBeGreaterThan(0));
  },
});

export const RegisteredNurse = professionStory('registered-nurse', 'GA');
export const K12Teacher = professionStory('k12-teacher', 'TX');
export const EngineerPE = professionStory('engineer-pe', 'WA');
export const Physician = professionStory('physician', 'TN');
export const CPA = professionStory('cpa', 'AZ');
export const Pharmacist = professionStory('pharmacist', 'NY');

// ---- States ----

/** Georgia has its own notes for several nursing steps: they are shown under "In Georgia". */
export const StateWithOverrides: Story = {
  args: { profession: 'registered-nurse', state: 'GA' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    // Steps open in place: open them all, as a reader checking Georgia's rules would.
    root(canvasElement).querySelectorAll<HTMLButtonElement>('.step__toggle[aria-expanded="false"]').forEach((button) => button.click());
    await waitFor(() => expect(root(canvasElement).querySelector('.state--state-note')?.textContent ?? '').toContain('In Georgia'));
  },
};

/** Wyoming has no notes in the dataset: steps that differ by state name and link Wyoming's board of nursing. */
export const StateWithoutOverrides: Story = {
  args: { profession: 'registered-nurse', state: 'WY' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    root(canvasElement).querySelectorAll<HTMLButtonElement>('.step__toggle[aria-expanded="false"]').forEach((button) => button.click());
    await waitFor(() => expect(root(canvasElement).querySelector('.state--check-board')?.textContent ?? '').toContain('Wyoming'));
  },
};

/** A reader who saved progress earlier on this device: the saved steps come back checked. */
export const SavedProgress: Story = {
  args: { src: FIXTURE, profession: 'registered-nurse', state: 'NY' },
  beforeEach: () => {
    localStorage.setItem(FIXTURE_KEY, JSON.stringify({ v: 1, savedAt: new Date().toISOString(), steps: ['rn-credentials', 'rn-english'] }));
    return () => localStorage.removeItem(FIXTURE_KEY);
  },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelector('.progress__count')?.textContent).toContain('2 of 4 steps done'));
    expect(root(canvasElement).querySelector<HTMLInputElement>('.save-toggle')!.checked).toBe(true);
  },
};

/** Private mode or blocked storage: the widget still works and says progress cannot be saved. */
export const StorageUnavailable: Story = {
  args: { src: FIXTURE, profession: 'registered-nurse', state: 'NY' },
  beforeEach: () => {
    const original = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    return () => {
      Storage.prototype.getItem = original;
    };
  },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelector('.notice')?.textContent).toContain('Progress cannot be saved in this browser'));
    expect(root(canvasElement).querySelector<HTMLInputElement>('.save-toggle')!.disabled).toBe(true);
  },
};

/** An unknown `profession` value: a clear message and the pickers, never a blank widget. */
export const UnknownProfession: Story = {
  args: { profession: 'astronaut', state: 'NY' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="message"]')?.textContent).toContain('"astronaut"'));
    expect(root(canvasElement).querySelectorAll('.pickers select').length).toBe(2);
  },
};

/**
 * What "Print my plan" prints: a print view holding only the plan (every step open, done boxes ☑ / ☐, links
 * written out, when the data release was compiled and that each figure carries its own date), whatever else the
 * partner page holds. Press the button to see the browser's print preview of that view alone (the browser tests
 * check its content: pathway-finder.test.ts, "print").
 */
export const PrintView: Story = {
  args: { src: FIXTURE, profession: 'registered-nurse', state: 'NY' },
  beforeEach: () => {
    localStorage.setItem(FIXTURE_KEY, JSON.stringify({ v: 1, savedAt: new Date().toISOString(), steps: ['rn-credentials'] }));
    return () => localStorage.removeItem(FIXTURE_KEY);
  },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    expect(root(canvasElement).querySelector('.print')?.textContent).toContain('Print my plan');
    expect(root(canvasElement).querySelector('[data-step="rn-credentials"] .step__check input')).toHaveProperty('checked', true);
  },
};

/** Spanish: interface and dataset text in Spanish; text not yet translated is shown in English and marked. */
export const Spanish: Story = {
  args: { src: FIXTURE, profession: 'registered-nurse', state: 'NY', lang: 'es' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    expect(root(canvasElement).querySelector('.title')?.textContent).toContain('Nueva York');
  },
};

/** Arabic: right-to-left layout; step numbers, borders and check marks mirror. */
export const Arabic: Story = {
  args: { src: FIXTURE, profession: 'registered-nurse', state: 'NY', lang: 'ar' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    expect(root(canvasElement).querySelector('[part="base"]')?.getAttribute('dir')).toBe('rtl');
  },
};

/** With `sync-url`, the choice lives in the page address and a "Copy a link to this plan" button appears. */
export const ShareLink: Story = {
  args: { src: FIXTURE, profession: 'registered-nurse', state: 'NY', syncUrl: true },
};
