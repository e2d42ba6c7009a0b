/**
 * How old the data's figures and sources are: whether a dated figure may have changed, the date a source
 * gives itself, and a partial date ("2025", "2025-06") in words. Pure; a step's details and the printed plan
 * show them, so this module loads with them, not with the widget.
 */
import type { Source } from '../../src/data/schema.js';
import { dateTimeFormat } from '../../src/localization/intl.js';

/** Figures older than this many years are marked "may have changed". */
export const STALE_AFTER_YEARS = 3;

/**
 * Whether a figure dated `asOf` ("2021", "2021-06", "2021-06-30") may have changed by `today`: its age is
 * counted from the end of the period it names, so "2023" is not stale before 2027.
 */
export function isStale(asOf: string | undefined, today: Date): boolean {
  if (!asOf) return true;
  const [year, month] = asOf.split('-').map(Number);
  const endOfPeriod = Date.UTC(month ? year : year + 1, month ? month : 0, 1);
  const threshold = Date.UTC(today.getUTCFullYear() - STALE_AFTER_YEARS, today.getUTCMonth(), today.getUTCDate());
  return endOfPeriod <= threshold;
}

/** The date a source gives itself: last updated, else published; `undated` when it gives none. */
export type SourceDating = { kind: 'updated' | 'published'; date: string } | { kind: 'undated' };

export function sourceDating(source: Pick<Source, 'published' | 'updated'>): SourceDating {
  if (source.updated) return { kind: 'updated', date: source.updated };
  if (source.published) return { kind: 'published', date: source.published };
  return { kind: 'undated' };
}

/** A partial date from the data ("2025", "2025-06", "2025-06-01") in `locale`'s words. */
export function formatPartialDate(value: string, locale: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!year) return value;
  const date = new Date(Date.UTC(year, (month || 1) - 1, day || 1));
  const options: Intl.DateTimeFormatOptions = day ? { dateStyle: 'long' } : month ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}
