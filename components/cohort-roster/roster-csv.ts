/**
 * The CSV of the roster's current view. Pure functions, no DOM; loaded only when a reader asks for the file
 * (see `roster-download.ts`).
 */
import type { Community, CommunityKind } from '../../src/data/schema.js';
import { textOf } from '../../src/data/text.js';
import type { RosterRow } from './roster.js';

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
