/**
 * THE list of SIIP widgets: the one place that learns a new tag. From it come the drop-in's lazy loaders
 * (autoload.ts), the embedding kit's allowlist and configurator fields (src/embed/snippet.ts), the size
 * test's pages (tests/node/bundle-files.mjs) and the stories' lists; define.ts, index.ts and package.json's
 * `sideEffects` are checked against it by tests (src/entries/widgets.test.ts, tests/node/package.test.mjs).
 * `npm run new-widget <name>` adds an entry here.
 *
 * Plain data plus dynamic imports: importing this file downloads no widget.
 */

import { UI_LANGUAGES } from '../localization/languages.js';

export type AttributeKind = 'text' | 'number' | 'boolean' | 'choice';

/** An attribute the snippet configurator offers (an allowlist: nothing else is passed on). */
export interface EmbedAttribute {
  name: string;
  kind: AttributeKind;
  /** Allowed values for `choice`. */
  choices?: readonly string[];
  /** What a picker shows for each choice, when not the value itself. */
  choiceLabels?: Readonly<Record<string, string>>;
  /** One line for the configurator. */
  label: string;
}

export interface WidgetEntry {
  /** The custom element's tag. */
  tag: `siip-${string}`;
  /** The class exported by the package's index (`import { SiipCohortRoster } from 'siip-widgets'`). */
  className: string;
  /** Loads the widget's folder and registers its tag (its `<name>.ts` file). */
  load: () => Promise<unknown>;
}

/** What the snippet configurator offers for a widget. */
export interface EmbedOptions {
  /** Its name in the configurator. */
  label: string;
  /** The widget's own attributes (the common ones are added to all). */
  attributes: readonly EmbedAttribute[];
}

const text = (name: string, label: string): EmbedAttribute => ({ name, kind: 'text', label });
const choice = (name: string, label: string, choices: readonly string[]): EmbedAttribute => ({ name, kind: 'choice', label, choices });
const number = (name: string, label: string): EmbedAttribute => ({ name, kind: 'number', label });

/**
 * Tags, classes and loaders: all the drop-in entry needs. A loader drops the module it imports: were its namespace
 * used, the bundler would build one at run time for each widget whose chunk also exports code to its lazy parts
 * (a helper chunk and about 200 B on each of those pages).
 */
export const WIDGETS = [
  { tag: 'siip-cohort-roster', className: 'SiipCohortRoster', load: () => import('../../components/cohort-roster/cohort-roster.js').then(() => {}) },
  { tag: 'siip-community-map', className: 'SiipCommunityMap', load: () => import('../../components/community-map/community-map.js').then(() => {}) },
  { tag: 'siip-pathway-finder', className: 'SiipPathwayFinder', load: () => import('../../components/pathway-finder/pathway-finder.js').then(() => {}) },
  { tag: 'siip-event-calendar', className: 'SiipEventCalendar', load: () => import('../../components/event-calendar/event-calendar.js').then(() => {}) },
] as const satisfies readonly WidgetEntry[];

export type WidgetTag = (typeof WIDGETS)[number]['tag'];

/**
 * Attributes every widget takes (declared on SiipElement or read by the shared data controller). The language
 * lists are getters: computed at the top level, they would keep this list, and the languages' names, in the
 * drop-in's entry, which imports this file for WIDGETS only.
 */
export const COMMON_ATTRIBUTES: readonly EmbedAttribute[] = [
  {
    name: 'lang',
    kind: 'choice',
    label: 'Language (empty: follow the page)',
    get choices() {
      return ['', ...UI_LANGUAGES.map((language) => language.code)];
    },
    get choiceLabels() {
      return Object.fromEntries(UI_LANGUAGES.map(({ code, name }) => [code, `${name} (${code})`]));
    },
  },
  text('src', 'Dataset URL(s), space-separated; empty: the built-in SIIP data'),
  text('group', 'Group name: widgets with the same group follow each other'),
];

/**
 * What the snippet configurator offers, per tag. A separate export of this same file, so the drop-in entry
 * (which needs only WIDGETS) does not carry the configurator's labels; the type makes it list every tag.
 */
export const EMBED_OPTIONS: Readonly<Record<WidgetTag, EmbedOptions>> = {
  'siip-cohort-roster': {
    label: 'Cohort roster',
    attributes: [
      text('cohort', 'Only this cohort (e.g. 2020)'),
      text('state', 'Only this state (e.g. GA)'),
      choice('kind', 'Only this kind', ['', 'city', 'region', 'state']),
      text('query', 'Search words'),
      choice('group-by', 'Grouping', ['', 'cohort', 'none']),
      text('selected', 'Open this community (id)'),
      number('page-size', 'Rows before "Show more"'),
      number('heading-level', 'Heading level of the cohort headings (2–6)'),
    ],
  },
  'siip-community-map': {
    label: 'Community map',
    attributes: [
      text('cohort', 'Only this cohort'),
      choice('kind', 'Only this kind', ['', 'city', 'region', 'state']),
      text('program', 'Only this programme (siip, demonstration)'),
      text('query', 'Search words'),
      text('selected', 'Select this community (id)'),
    ],
  },
  'siip-pathway-finder': {
    label: 'Career pathway finder',
    attributes: [
      text('profession', 'Profession id (e.g. registered-nurse)'),
      text('state', 'State (e.g. NY)'),
      // The element clamps its heading level to 2–6 (an h1 belongs to the partner's page).
      number('heading-level', 'Heading level of its title (2–6)'),
    ],
  },
  'siip-event-calendar': {
    label: 'Event calendar',
    attributes: [
      choice('view', 'View', ['', 'month', 'list']),
      text('month', 'First month shown (YYYY-MM)'),
      // parseTypes() splits on commas.
      text('types', 'Event types, comma-separated (e.g. webinar,training)'),
      text('timezone', 'Time zone (IANA, e.g. America/New_York)'),
      text('community', 'Only this community (id)'),
      // The element clamps its heading level to 2–6, as the pathway finder does.
      number('heading-level', 'Heading level of the month title (2–6)'),
    ],
  },
};

/** The registry entry of `tag`, if it is a SIIP widget. */
export function widgetOf(tag: string): WidgetEntry | undefined {
  return WIDGETS.find((widget) => widget.tag === tag);
}
