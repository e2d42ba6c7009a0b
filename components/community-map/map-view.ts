/**
 * Pure view logic of the community map: which communities match the filters,
 * where each one is drawn, its colour and the legend. No DOM, no Leaflet.
 */
import type { Cohort, Community, CommunityKind, Dataset, LocalizedText, StateCode } from '../../src/data/schema.js';
import { textOf } from '../../src/data/text.js';
import { normalizeForSearch } from '../../src/internal/search.js';
import { collator as sharedCollator, listParts } from '../../src/localization/intl.js';

/** Number of distinct cohort colours; cohorts beyond it reuse colours in order. */
export const PALETTE_SIZE = 8;

export interface MapFilters {
  /** A cohort id, or '' for all. */
  cohort: string;
  /** 'city' | 'region' | 'state', or '' for all. */
  kind: string;
  /** A program id, or '' for all. */
  program: string;
  /** Free text, matched against names (every language), states, places, organisations and focus. */
  query: string;
}

export const NO_FILTERS: MapFilters = { cohort: '', kind: '', program: '', query: '' };

/** One drawable point: a city, a state's marker, or one member place of a region. */
export interface MapPoint {
  communityId: string;
  lat: number;
  lon: number;
  kind: CommunityKind;
  /** Index into the cohort palette (0 … PALETTE_SIZE-1). */
  color: number;
  /**
   * The drawn cohort's number (its 1-based place in the dataset, as in the legend): a second code besides
   * colour, unique where colours repeat (more cohorts than PALETTE_SIZE). 0 or absent: no cohort.
   */
  number?: number;
  /** The member place this point stands for, for a region drawn as its places. */
  place?: LocalizedText;
  /** True when the point stands in for an area (a state's capital, a region's main city). */
  proxy: boolean;
}

export interface CommunityEntry {
  community: Community;
  /** Its cohorts, in dataset order (unknown ids are skipped). */
  cohorts: Cohort[];
  color: number;
  /** The drawn cohort's number (see MapPoint.number); 0 when it has none. */
  number: number;
  points: MapPoint[];
}

export interface LegendEntry {
  cohort: Cohort;
  color: number;
  /** Its 1-based place among the dataset's cohorts, shown in the swatch and in markers. */
  number: number;
}

export interface StateArea {
  state: StateCode;
  communityId: string;
  color: number;
}

export interface MapView {
  /** Matching communities, sorted by name in the reader's language. */
  entries: CommunityEntry[];
  /** Every point to draw, for the matching communities that have coordinates. */
  points: MapPoint[];
  /** Matching communities that cannot be drawn (no coordinates). */
  unplotted: CommunityEntry[];
  /** States to outline: state-kind communities among the matches. */
  areas: StateArea[];
  legend: LegendEntry[];
}

interface DatasetIndex {
  cohorts: Map<string, Cohort>;
  colors: Map<string, number>;
  numbers: Map<string, number>;
  search: WeakMap<Community, string>;
  communities: Map<string, Community>;
}

const indexes = new WeakMap<Dataset, DatasetIndex>();

function indexOf(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (!index) {
    const cohorts = new Map<string, Cohort>();
    const colors = new Map<string, number>();
    const numbers = new Map<string, number>();
    dataset.cohorts.forEach((cohort, i) => {
      cohorts.set(cohort.id, cohort);
      colors.set(cohort.id, i % PALETTE_SIZE);
      numbers.set(cohort.id, i + 1);
    });
    const communities = new Map(dataset.communities.map((community) => [community.id, community]));
    index = { cohorts, colors, numbers, search: new WeakMap(), communities };
    indexes.set(dataset, index);
  }
  return index;
}

function allTexts(value: LocalizedText | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return Object.values(value).filter((text): text is string => typeof text === 'string');
}

function searchTextOf(community: Community, index: DatasetIndex): string {
  let text = index.search.get(community);
  if (text === undefined) {
    const parts = [
      ...allTexts(community.name),
      ...community.states,
      ...(community.places ?? []).flatMap((place) => allTexts(place.name)),
      ...allTexts(community.leadAgency?.name),
      ...(community.partners ?? []).flatMap((partner) => allTexts(partner.name)),
      ...(community.focus ?? []).flatMap(allTexts),
    ];
    text = normalizeForSearch(parts.join(' \u0000 '));
    index.search.set(community, text);
  }
  return text;
}

/** Ids of the cohorts that belong to `program` ('' = every cohort). */
export function cohortsOfProgram(dataset: Dataset, program: string): Cohort[] {
  return program ? dataset.cohorts.filter((cohort) => cohort.program === program) : dataset.cohorts;
}

/** Whether `community` passes every filter. */
export function matchesFilters(community: Community, dataset: Dataset, filters: MapFilters): boolean {
  return passes(community, indexOf(dataset), filters, queryWords(filters.query));
}

/** The words a query must all find, normalised once per search rather than once per community. */
function queryWords(query: string): string[] {
  const normalized = normalizeForSearch(query);
  return normalized ? normalized.split(' ') : [];
}

function passes(community: Community, index: DatasetIndex, filters: MapFilters, words: readonly string[]): boolean {
  if (filters.kind && community.kind !== filters.kind) return false;
  if (filters.cohort && !community.cohorts.includes(filters.cohort)) return false;
  if (filters.program && !community.cohorts.some((id) => index.cohorts.get(id)?.program === filters.program)) return false;
  if (words.length) {
    const haystack = searchTextOf(community, index);
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/**
 * The id of the cohort a community is drawn in: the filtered cohort if it has it, else its first cohort the
 * dataset knows; undefined for none.
 */
function drawnCohortOf(community: Community, index: DatasetIndex, filters: Pick<MapFilters, 'cohort'>): string | undefined {
  if (filters.cohort && community.cohorts.includes(filters.cohort)) return filters.cohort;
  return community.cohorts.find((id) => index.cohorts.has(id));
}

/** The palette index of a community: the filtered cohort if any, else its first cohort. */
export function colorOf(community: Community, dataset: Dataset, filters: Pick<MapFilters, 'cohort'> = NO_FILTERS): number {
  const index = indexOf(dataset);
  const cohort = drawnCohortOf(community, index, filters);
  return cohort === undefined ? 0 : (index.colors.get(cohort) ?? 0);
}

/** The number of the cohort a community is drawn in (the filtered one if any, else its first); 0 for none. */
export function cohortNumberOf(community: Community, dataset: Dataset, filters: Pick<MapFilters, 'cohort'> = NO_FILTERS): number {
  const index = indexOf(dataset);
  const cohort = drawnCohortOf(community, index, filters);
  return cohort === undefined ? 0 : (index.numbers.get(cohort) ?? 0);
}

/** Where a community is drawn: a region with member places as its places, else its own coordinates. */
export function pointsOf(community: Community, color: number): MapPoint[] {
  const base = { communityId: community.id, kind: community.kind, color };
  if (community.kind === 'region' && community.places?.length) {
    return community.places.map((place) => ({
      ...base,
      lat: place.coordinates.lat,
      lon: place.coordinates.lon,
      place: place.name,
      proxy: place.coordinates.precision === 'proxy',
    }));
  }
  if (!community.coordinates) return [];
  return [
    {
      ...base,
      lat: community.coordinates.lat,
      lon: community.coordinates.lon,
      proxy: community.coordinates.precision === 'proxy',
    },
  ];
}

/** Looks a community up by id (across the whole dataset, whatever the filters). */
export function findCommunity(dataset: Dataset, id: string): Community | undefined {
  return id ? indexOf(dataset).communities.get(id) : undefined;
}

/** The cohorts a community belongs to, in dataset order. */
export function cohortsOf(community: Community, dataset: Dataset): Cohort[] {
  const index = indexOf(dataset);
  return community.cohorts.map((id) => index.cohorts.get(id)).filter((cohort): cohort is Cohort => cohort !== undefined);
}

const NAME_ORDER: Intl.CollatorOptions = { sensitivity: 'base', numeric: true };

/**
 * Makes the Intl objects a first render uses (the names' collator, the cohorts' list format): a page's first ones
 * load ICU data, tens of ms on a phone, better spent in a task of their own while the data loads. Shared and kept.
 */
export function prepareIntl(locale: string): void {
  sharedCollator(locale, NAME_ORDER);
  listParts(['', ''], locale);
}

/** Everything the element draws for the given filters. */
export function buildMapView(dataset: Dataset, filters: MapFilters, locale: string): MapView {
  const collator = sharedCollator(locale, NAME_ORDER);
  const index = indexOf(dataset);
  const words = queryWords(filters.query);
  const entries: CommunityEntry[] = [];
  for (const community of dataset.communities) {
    if (!passes(community, index, filters, words)) continue;
    const color = colorOf(community, dataset, filters);
    const number = cohortNumberOf(community, dataset, filters);
    const points = pointsOf(community, color).map((point) => ({ ...point, number }));
    entries.push({ community, cohorts: cohortsOf(community, dataset), color, number, points });
  }
  const names = new Map(entries.map((entry) => [entry, textOf(entry.community.name, locale)]));
  entries.sort((a, b) => collator.compare(names.get(a)!, names.get(b)!));
  const points: MapPoint[] = [];
  const unplotted: CommunityEntry[] = [];
  const areas: StateArea[] = [];
  for (const entry of entries) {
    if (entry.points.length) points.push(...entry.points);
    else unplotted.push(entry);
    if (entry.community.kind === 'state') {
      for (const state of entry.community.states) areas.push({ state, communityId: entry.community.id, color: entry.color });
    }
  }
  const legend = cohortsOfProgram(dataset, filters.program)
    .filter((cohort) => !filters.cohort || cohort.id === filters.cohort)
    .map((cohort) => ({ cohort, color: index.colors.get(cohort.id) ?? 0, number: index.numbers.get(cohort.id) ?? 0 }));
  return { entries, points, unplotted, areas, legend };
}

/** South-west and north-east corners around `points`, or undefined when there are none. */
export function boundsOf(points: ReadonlyArray<Pick<MapPoint, 'lat' | 'lon'>>): [[number, number], [number, number]] | undefined {
  if (!points.length) return undefined;
  let south = 90;
  let west = 180;
  let north = -90;
  let east = -180;
  for (const { lat, lon } of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return [
    [south, west],
    [north, east],
  ];
}

/** The 48 contiguous states: the view when nothing can be drawn. */
export const CONTIGUOUS_US: [[number, number], [number, number]] = [
  [24.4, -124.8],
  [49.4, -66.9],
];

/**
 * Checks a raster tile URL template (`https://tile.example/{z}/{x}/{y}.png`):
 * only https (or http on this machine, for local tile servers). Returns the
 * template resolved against `base` and its host, or undefined when unusable.
 */
export function parseTileTemplate(template: string, base: string): { url: string; host: string } | undefined {
  const trimmed = template.trim();
  if (!trimmed) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed.replace(/\{([a-z])\}/gi, '0'), base);
  } catch {
    return undefined;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) return undefined;
  if (parsed.username || parsed.password) return undefined;
  const absolute = new URL(trimmed.replace(/[{}]/g, (brace) => (brace === '{' ? '%7B' : '%7D')), base).href;
  return { url: absolute.replace(/%7B/gi, '{').replace(/%7D/gi, '}'), host: parsed.host };
}

/** A short accessible name for a point: "Atlanta, GA — 2020 cohort" (names pre-resolved by the caller). */
export function pointLabel(name: string, cohortNames: readonly string[], place?: string): string {
  const title = place ? `${place} (${name})` : name;
  return cohortNames.length ? `${title} — ${cohortNames.join(', ')}` : title;
}

/** Credit for the offline basemap, shown in the map's attribution (text and links, never HTML strings). */
export const BASEMAP_CREDIT = {
  source: 'US Census Bureau',
  sourceUrl: 'https://www.census.gov/geographies/mapping-files/time-series/geo/cartographic-boundary.html',
  package: 'us-atlas (ISC)',
  packageUrl: 'https://github.com/topojson/us-atlas',
} as const;
