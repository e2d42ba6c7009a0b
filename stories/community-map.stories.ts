import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { UI_LANGUAGES } from '../src/localization/languages.js';
import '../components/community-map/community-map.js';
import { syntheticDatasetUrl } from '../components/community-map/synthetic-dataset.js';

const BASIC = new URL('../data/fixtures/community-map-basic.json', import.meta.url).href;
const HOSTILE = new URL('../data/fixtures/hostile.json', import.meta.url).href;

interface Args {
  src: string;
  cohort: string;
  kind: string;
  program: string;
  query: string;
  selected: string;
  tiles: string;
  tilesAttribution: string;
  headingLevel: number;
  lang: string;
}

const shadow = (canvas: HTMLElement) => canvas.querySelector('siip-community-map')!.shadowRoot!;

const meta: Meta<Args> = {
  title: 'Widgets/Community map',
  component: 'siip-community-map',
  args: { src: BASIC, cohort: '', kind: '', program: '', query: '', selected: '', tiles: '', tilesAttribution: '', headingLevel: 2, lang: '' },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    kind: { control: 'select', options: ['', 'city', 'region', 'state'] },
    program: { control: 'select', options: ['', 'siip', 'demonstration'] },
    lang: { control: 'select', options: ['', ...UI_LANGUAGES.map((language) => language.code)] },
  },
  render: (args) => html`<siip-community-map
    src=${args.src || nothing}
    cohort=${args.cohort || nothing}
    kind=${args.kind || nothing}
    program=${args.program || nothing}
    query=${args.query || nothing}
    selected=${args.selected || nothing}
    tiles=${args.tiles || nothing}
    tiles-attribution=${args.tilesAttribution || nothing}
    heading-level=${args.headingLevel && args.headingLevel !== 2 ? args.headingLevel : nothing}
    lang=${args.lang || nothing}
  ></siip-community-map>`,
  parameters: {
    docs: {
      description: {
        component:
          'Every SIIP community on a map that works offline (US state outlines ship with the library), with the same data as a list beside it. The list is the keyboard and screen-reader way through the map. Leaflet loads only when a map is on the page.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The real dataset shipped with the library (no `src`). */
export const Default: Story = { args: { src: '' } };

/** A small fixture: a city, a two-city region, a state, a community without coordinates. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('.list__button').length).toBe(5));
    await waitFor(() => expect(shadow(canvasElement).querySelector('.leaflet-marker-icon[title]')).not.toBeNull(), { timeout: 5000 });
    await expect(shadow(canvasElement).querySelector('.list__note')!.textContent).toContain('not on the map');
  },
};

/** `cohort="siip-2021"`: only that cohort's communities, in its colour. */
export const FilterByCohort: Story = {
  args: { cohort: 'siip-2021' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('.list__button').length).toBe(2));
  },
};

/** `kind="state"`: states are outlined on the basemap and drawn with a square symbol. */
export const FilterByKind: Story = { args: { kind: 'state' } };

/** `program="demonstration"`: communities of the Demonstration Opportunity. */
export const FilterByProgram: Story = { args: { program: 'demonstration' } };

/** `query="dayton"`: search matches member places of regions, organisations and focus areas too. */
export const Search: Story = {
  args: { query: 'dayton' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('.list__button').length).toBe(1));
  },
};

/** `selected="atlanta-ga"`: the details are open and the map is centred on it. */
export const Selected: Story = {
  args: { selected: 'atlanta-ga' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('.details__heading')!.textContent).toContain('Atlanta'));
  },
};

/** 2,000 synthetic communities: supercluster groups crowded markers into named clusters ("312 communities"). */
export const DenseClusters: Story = {
  args: { src: syntheticDatasetUrl(2000) },
  play: async ({ canvasElement }) => {
    await waitFor(
      () => expect(shadow(canvasElement).querySelector('.siip-cluster')?.getAttribute('title')).toMatch(/^\d+ communities$/),
      { timeout: 8000 },
    );
  },
};

/** Inside a closed `<details>`: the map gets its right size when opened. */
export const HiddenThenShown: Story = {
  render: (args) => html`<details>
    <summary>Show the map of SIIP communities</summary>
    <siip-community-map src=${args.src}></siip-community-map>
  </details>`,
  play: async ({ canvasElement }) => {
    const details = canvasElement.querySelector('details')!;
    details.open = true;
    await waitFor(() => expect(shadow(canvasElement).querySelector('.leaflet-marker-icon')).not.toBeNull(), { timeout: 5000 });
  },
};

/**
 * `tiles` with OpenStreetMap: nothing is requested from the tile host until the visitor presses the button
 * (tile requests reveal visitors' IP addresses). Tiles are sent with `strict-origin-when-cross-origin`.
 */
export const TilesWithConsent: Story = {
  args: { tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', tilesAttribution: '' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part=consent-button]')).not.toBeNull());
    await expect(shadow(canvasElement).querySelector('img.leaflet-tile')).toBeNull();
  },
};

/** The dataset address is wrong: a localized error with a retry button, never a blank box. */
export const ErrorNotFound: Story = {
  args: { src: '/does-not-exist.json' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part=error]')).not.toBeNull(), { timeout: 5000 });
  },
};

/** Hostile strings in every field render as text; nothing executes. */
export const HostileData: Story = {
  args: { src: HOSTILE, selected: 'evil-city' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('.details__heading')!.textContent).toContain('<img'));
    await expect(shadow(canvasElement).querySelector('img, script')).toBeNull();
  },
};

/** Spanish. */
export const Spanish: Story = {
  args: { lang: 'es' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part=filters]')!.textContent).toContain('Buscar comunidades'));
  },
};

/** Arabic: right-to-left, map controls mirrored. */
export const Arabic: Story = {
  args: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part=base]')!.getAttribute('dir')).toBe('rtl'));
  },
};

/**
 * Layout follows the widget's own width, never the viewport. In a 620 px content column (WordPress's default)
 * the map sits above the list, which shows 12 communities and "Show all communities".
 */
export const ContentColumn: Story = {
  args: { src: '' },
  render: (args) => html`<div style="max-width: 620px"><siip-community-map src=${args.src || nothing}></siip-community-map></div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('.leaflet-marker-icon')).not.toBeNull(), { timeout: 8000 });
    await expect(shadow(canvasElement).querySelector('.list__all')!.textContent).toContain('Show all communities');
  },
};

/** A narrow container (a phone, a 300 px sidebar): under 30em the list comes first, with a List/Map switch. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-width: 300px"><siip-community-map src=${args.src}></siip-community-map></div>`,
};

/**
 * Keyboard: the list is one Tab stop (arrow keys, Home and End move through it and ring the marker; Enter opens
 * the details, Escape comes back); markers are pointer targets only. "Skip past the map" is the first stop.
 * One live region says the count once a search settles. `heading-level="3"` puts the headings at h3.
 */
export const Accessibility: Story = {
  args: { headingLevel: 3, selected: 'nevada' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('.details__heading')!.tagName).toBe('H3'));
    const stops = [...shadow(canvasElement).querySelectorAll<HTMLElement>('.list__button')].filter((b) => b.tabIndex === 0);
    await expect(stops.map((b) => b.dataset.communityId)).toEqual(['nevada']);
    await expect(shadow(canvasElement).querySelectorAll('[aria-live]').length).toBe(1);
  },
};
