/**
 * The roster's view logic: which communities match, in which order, groups and pages.
 * Pure functions; no DOM. The CSV of the current view is in `roster-csv.ts`, loaded on demand.
 */
import type { Cohort, Community, CommunityKind, Dataset } from '../../src/data/schema.js';
import { textOf } from '../../src/data/text.js';
import { normalizeForSearch } from '../../src/internal/search.js';
import { stateName } from '../../src/localization/state-names.js';
import { collator } from '../../src/localization/intl.js';

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
  /**
   * Lower-cased, accent-free text the search matches against, worked out on the first search: a first render
   * of 10,000 rows should not fold 10,000 texts.
   */
  searchText: string | undefined;
}

export interface RosterGroup {
  cohort?: Cohort;
  rows: readonly RosterRow[];
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

/**
 * What makes a community's row, with the text a reader sees in `locale`. Plain loops: a partner file may list
 * 10,000 communities.
 */
export function rowMaker(dataset: Dataset, locale: string): (community: Community) => RosterRow {
  const cohortOrder = orderedCohorts(dataset);
  const rank = new Map(cohortOrder.map((cohort, index) => [cohort, index]));
  const byId = new Map(cohortOrder.map((cohort) => [cohort.id, cohort]));
  const byRank = (a: Cohort, b: Cohort) => rank.get(a)! - rank.get(b)!;
  return (community) => {
    const cohorts: Cohort[] = [];
    for (const id of community.cohorts) {
      const cohort = byId.get(id);
      if (cohort) cohorts.push(cohort);
    }
    if (cohorts.length > 1) cohorts.sort(byRank);
    const stateNames: string[] = [];
    for (const code of community.states) stateNames.push(stateName(code, locale));
    const name = textOf(community.name, locale);
    const lead = community.leadAgency ? textOf(community.leadAgency.name, locale) : '';
    return { community, name, lead, stateNames, cohorts, searchText: undefined };
  };
}

/** One row per community, in the data's order. */
export const buildRows = (dataset: Dataset, locale: string): RosterRow[] => dataset.communities.map(rowMaker(dataset, locale));

/** What the search matches in a row: its words in `locale`, lower-cased and without accents. */
function searchTextOf(row: RosterRow, locale: string): string {
  const { community } = row;
  return normalizeForSearch(
    [
      row.name,
      row.lead,
      community.states.join(' '),
      ...row.stateNames,
      ...(community.partners ?? []).map((partner) => textOf(partner.name, locale)),
      ...(community.focus ?? []).map((focus) => textOf(focus, locale)),
      ...row.cohorts.map((cohort) => textOf(cohort.name, locale)),
    ].join(' '),
  );
}

/**
 * The rows that pass every filter, in their order (the same list when no filter is set); `locale` is the rows'
 * (the search folds their text on its first use).
 */
export function filterRows(rows: readonly RosterRow[], filters: RosterFilters, locale: string): readonly RosterRow[] {
  const terms = normalizeForSearch(filters.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (!filters.cohort && !filters.state && !filters.kind && terms.length === 0) return rows;
  return rows.filter(
    (row) =>
      (!filters.cohort || row.cohorts.some((cohort) => cohort.id === filters.cohort)) &&
      (!filters.state || row.community.states.includes(filters.state.toUpperCase() as Community['states'][number])) &&
      (!filters.kind || row.community.kind === (filters.kind as CommunityKind)) &&
      (terms.length === 0 || terms.every((term) => (row.searchText ??= searchTextOf(row, locale)).includes(term))),
  );
}

/** How names compare: as the reader's language orders them, numbers by value ("District 9" before "District 10"). */
export const nameOrder = (locale: string) => collator(locale, { sensitivity: 'base', numeric: true }).compare;

/**
 * The rows in `sort` order, ties by name. Each row's key is worked out once, not once per comparison: sorting
 * 10,000 rows compares some 130,000 pairs.
 */
export function sortRows(rows: readonly RosterRow[], sort: RosterSort, locale: string, kindLabel: (kind: CommunityKind) => string): RosterRow[] {
  const compare = nameOrder(locale);
  const keyOf = (row: RosterRow): string => {
    switch (sort.key) {
      case 'state':
        return row.stateNames.join(' ');
      case 'kind':
        return kindLabel(row.community.kind);
      case 'cohorts':
        return row.cohorts.map((cohort) => cohort.programYear ?? cohort.id).join(' ');
      case 'lead':
        return row.lead;
      default:
        return row.name;
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = sort.key === 'name';
  return rows
    .map((row) => ({ row, key: keyOf(row) }))
    .sort(
      (a, b) =>
        // Rows without a known lead agency sort last whichever the direction.
        (sort.key === 'lead' ? Number(!a.row.lead) - Number(!b.row.lead) : 0) ||
        sign * compare(a.key, b.key) ||
        (byName ? 0 : compare(a.row.name, b.row.name)),
    )
    .map(({ row }) => row);
}

/**
 * Groups rows (or communities) under each cohort they belong to (a community in two cohorts appears twice), cohorts
 * in order.
 */
export function groupByCohort<T extends RosterRow | Community>(rows: readonly T[], cohorts: readonly Cohort[], onlyCohort?: string): Array<{ cohort: Cohort; rows: T[] }> {
  return cohorts
    .filter((cohort) => !onlyCohort || cohort.id === onlyCohort)
    .map((cohort) => ({ cohort, rows: rows.filter((row) => ((row as RosterRow).community ?? row).cohorts.includes(cohort.id)) }))
    .filter((group) => group.rows.length > 0 || group.cohort.membersPublished === false);
}

/** States that appear in the data, for the state filter, by their names in `locale` in that language's order. */
export function statesInUse(dataset: Dataset, locale = 'en'): Array<{ code: string; name: string }> {
  const order = collator(locale);
  const codes = new Set<string>();
  for (const community of dataset.communities) for (const code of community.states) codes.add(code);
  return [...codes]
    .map((code) => ({ code, name: stateName(code, locale) }))
    .sort((a, b) => order.compare(a.name, b.name));
}

/** Where the community with `id` is among the grouped rows, in display order; -1 when it is not there. */
export function positionOf(groups: readonly RosterGroup[], id: string): number {
  if (!id) return -1;
  let before = 0;
  for (const group of groups) {
    const at = group.rows.findIndex((row) => row.community.id === id);
    if (at >= 0) return before + at;
    before += group.rows.length;
  }
  return -1;
}

export interface RosterPage<T = RosterRow> {
  /** The groups on the page, each with the rows shown. */
  groups: Array<{ cohort?: Cohort; rows: readonly T[] }>;
  /** How many rows are shown, and how many are left for "Show more". */
  shown: number;
  hidden: number;
}

/**
 * The first `limit` rows across the groups, in order. A cohort's heading shows with its first shown row; a
 * cohort with no published members only while the page has room left (so "Show more" never leaves a heading
 * without rows above it). `make` turns what a group lists into the rows shown (communities into rows).
 */
export function pageOfGroups<T, R = T>(
  groups: ReadonlyArray<{ cohort?: Cohort; rows: readonly T[] }>,
  limit: number,
  make = (row: T) => row as unknown as R,
): RosterPage<R> {
  let room = limit;
  let total = 0;
  const shownGroups: RosterPage<R>['groups'] = [];
  for (const group of groups) {
    total += group.rows.length;
    const rows = group.rows.slice(0, Math.max(0, room)).map(make);
    if (rows.length > 0 || (group.rows.length === 0 && room > 0)) shownGroups.push({ cohort: group.cohort, rows });
    room -= rows.length;
  }
  const shown = Math.min(total, limit);
  return { groups: shownGroups, shown, hidden: total - shown };
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
