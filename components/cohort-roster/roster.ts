/**
 * The roster's view logic: which communities match, in which order and groups,
 * and the CSV of the current view. Pure functions; no DOM.
 */
import type { Cohort, Community, CommunityKind, Dataset } from '../../src/data/schema.js';
import { textOf } from '../../src/data/text.js';
import { normalizeForSearch } from '../../src/internal/search.js';
import { stateName } from '../pathway-finder/states.js';

export interface RosterFilters {
  cohort?: string;
  state?: string;
  kind?: string;
  query?: string;
}

export const SORT_KEYS = ['name', 'state', 'kind', 'cohorts', 'lead'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface RosterSort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

export interface RosterRow {
  community: Community;
  name: string;
  lead: string;
  /** The community's states by name in the reader's language and script ("Nueva York", "نيويورك"). */
  stateNames: string[];
  /** Cohorts in programme order. */
  cohorts: Cohort[];
  /** Lower-cased, accent-free text the search matches against. */
  haystack: string;
}

export interface RosterGroup {
  cohort?: Cohort;
  rows: RosterRow[];
}

/** Cohorts in the order people know them: SIIP by ordinal/year, then the Demonstration cohorts. */
export function orderedCohorts(dataset: Dataset): Cohort[] {
  const programRank = new Map(dataset.programs.map((program, index) => [program.id, index]));
  return [...dataset.cohorts].sort(
    (a, b) =>
      (programRank.get(a.program) ?? 99) - (programRank.get(b.program) ?? 99) ||
      (a.ordinal ?? 99) - (b.ordinal ?? 99) ||
      a.id.localeCompare(b.id),
  );
}

/** One row per community, with the text a reader sees in `locale`. */
export function buildRows(dataset: Dataset, locale: string): RosterRow[] {
  const cohortOrder = orderedCohorts(dataset);
  const rank = new Map(cohortOrder.map((cohort, index) => [cohort.id, index]));
  const byId = new Map(cohortOrder.map((cohort) => [cohort.id, cohort]));
  return dataset.communities.map((community) => {
    const cohorts = community.cohorts
      .map((id) => byId.get(id))
      .filter((cohort): cohort is Cohort => cohort !== undefined)
      .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
    const name = textOf(community.name, locale);
    const lead = community.leadAgency ? textOf(community.leadAgency.name, locale) : '';
    const stateNames = community.states.map((code) => stateName(code, locale));
    const haystack = normalizeForSearch(
      [
        name,
        lead,
        community.states.join(' '),
        ...stateNames,
        ...(community.partners ?? []).map((partner) => textOf(partner.name, locale)),
        ...(community.focus ?? []).map((focus) => textOf(focus, locale)),
        ...cohorts.map((cohort) => textOf(cohort.name, locale)),
      ].join(' '),
    );
    return { community, name, lead, stateNames, cohorts, haystack };
  });
}

export function filterRows(rows: readonly RosterRow[], filters: RosterFilters): RosterRow[] {
  const terms = normalizeForSearch(filters.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return rows.filter(
    ({ community, cohorts, haystack }) =>
      (!filters.cohort || cohorts.some((cohort) => cohort.id === filters.cohort)) &&
      (!filters.state || community.states.includes(filters.state.toUpperCase() as Community['states'][number])) &&
      (!filters.kind || community.kind === (filters.kind as CommunityKind)) &&
      terms.every((term) => haystack.includes(term)),
  );
}

export function sortRows(rows: readonly RosterRow[], sort: RosterSort, locale: string, kindLabel: (kind: CommunityKind) => string): RosterRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const keyOf = (row: RosterRow): string => {
    switch (sort.key) {
      case 'state':
        return row.stateNames.join(' ');
      case 'kind':
        return kindLabel(row.community.kind);
      case 'cohorts':
        return row.cohorts.map((cohort) => cohort.programYear ?? cohort.id).join(' ');
      case 'lead':
        // Rows without a known lead agency sort last whichever the direction.
        return row.lead || '\uffff';
      default:
        return row.name;
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    if (sort.key === 'lead' && (ka === '\uffff') !== (kb === '\uffff')) return ka === '\uffff' ? 1 : -1;
    return sign * collator.compare(ka, kb) || collator.compare(a.name, b.name);
  });
}

/** Groups rows under each cohort they belong to (a community in two cohorts appears twice), cohorts in order. */
export function groupByCohort(rows: readonly RosterRow[], cohorts: readonly Cohort[], onlyCohort?: string): RosterGroup[] {
  return cohorts
    .filter((cohort) => !onlyCohort || cohort.id === onlyCohort)
    .map((cohort) => ({ cohort, rows: rows.filter((row) => row.cohorts.includes(cohort)) }))
    .filter((group) => group.rows.length > 0 || group.cohort.membersPublished === false);
}

/** States that appear in the data, for the state filter, by their names in `locale` in that language's order. */
export function statesInUse(dataset: Dataset, locale = 'en'): Array<{ code: string; name: string }> {
  const collator = new Intl.Collator(locale);
  return [...new Set(dataset.communities.flatMap((community) => community.states))]
    .map((code) => ({ code, name: stateName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The key of one rendered row: a community listed under two cohorts has two rows. */
export function rowKey(groupId: string | undefined, communityId: string): string {
  return `${groupId ?? ''}/${communityId}`;
}

/**
 * The row keyboard focus moves to from `current` on `key` (roving tabindex over the rows, in display
 * order): arrows one step, Home/End to the ends, no wrap-around. Undefined for other keys.
 */
export function nextRowIndex(current: number, count: number, key: string): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: RFC 4180 quoting, and spreadsheet formulas neutralised with a leading apostrophe. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rows as CSV (CRLF line ends, header row first). */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** What the CSV says in the widget's language (from msg(), called under the widget's locale). */
export interface CsvLabels {
  kind: (kind: CommunityKind) => string;
  /** The caveat after a lead agency whose role the program has not confirmed. */
  unconfirmed: string;
}

/** A lead agency as one line: its name, its role if known, and the caveat where the role is not confirmed. */
export function leadAgencyText(community: Community, locale: string, unconfirmed: string): string {
  const lead = community.leadAgency;
  if (!lead) return '';
  const role = lead.role ? ` — ${textOf(lead.role, locale)}` : '';
  const caveat = lead.certainty && lead.certainty !== 'confirmed' ? ` (${unconfirmed})` : '';
  return `${textOf(lead.name, locale)}${role}${caveat}`;
}

/** The body of the CSV download: one line per row, every label and name in `locale`. */
export function csvBody(rows: readonly RosterRow[], locale: string, labels: CsvLabels): string[][] {
  return rows.map((row) => [
    row.name,
    row.stateNames.join('; '),
    labels.kind(row.community.kind),
    row.cohorts.map((cohort) => textOf(cohort.name, locale)).join('; '),
    leadAgencyText(row.community, locale, labels.unconfirmed),
    (row.community.focus ?? []).map((focus) => textOf(focus, locale)).join('; '),
  ]);
}
