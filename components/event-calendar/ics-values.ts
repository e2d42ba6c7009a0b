/**
 * iCalendar values shared by the file writer (ics-file.ts) and the calendar links (calendar-links.ts):
 * date stamps, the UID, an exact event's span and its rule as it is written out.
 */
import type { SiipEvent } from '../../src/data/schema.js';
import { DAY_MS, civilDate, civilDateTime, civilToUtc, parseCivil } from './civil-time.js';
import type { RRule, RuleReading } from './recurrence.js';
import { ruleEngine } from './rule-engine.js';

/** @internal */
export const utcStamp = (utc: number) => new Date(utc).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/** @internal */
export const localStamp = (civil: number) => civilDateTime(civil).replace(/[-:]/g, '');
/** @internal */
export const dateStamp = (civil: number) => civilDate(civil).replace(/-/g, '');

/** UID stable across exports and data releases: the record id under the library's domain. */
export function uidFor(event: SiipEvent): string {
  return `${event.id}@siip-widgets`;
}

/** @internal */
export function safeUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function untilValue(rule: RRule, allDay: boolean, timeZone: string | undefined): string | undefined {
  if (rule.until === undefined) return undefined;
  if (allDay) return dateStamp(rule.until);
  if (rule.untilUtc) return utcStamp(rule.until);
  // A local or date UNTIL for a zoned start must be written in UTC; a date means "through that day".
  const civil = rule.untilDate ? rule.until + DAY_MS - 1000 : rule.until;
  return utcStamp(timeZone ? civilToUtc(civil, timeZone) : civil);
}

/** An exact event's start and end (wall-clock ms) and its rule as read; null for approximate or unreadable ones. */
export function exactSpan(event: SiipEvent) {
  const when = event.when;
  if (when.precision !== 'datetime' && when.precision !== 'date') return null;
  const start = parseCivil(when.start);
  if (Number.isNaN(start)) return null;
  const endParsed = when.end ? parseCivil(when.end) : NaN;
  const end = Number.isNaN(endParsed) || endParsed < start ? start : endParsed;
  const reading: RuleReading | null = when.rrule ? ruleEngine().readRRule(when.rrule) : null;
  return { when, start, end, reading };
}

/** The RRULE value to write: the expanded rule in conformant form, or an unexpandable rule as given; null for none. */
export function ruleValue(reading: RuleReading | null, allDay: boolean, timeZone: string | undefined): string | null {
  if (!reading) return null;
  if (reading.rule) return ruleEngine().formatRRule(reading.rule, untilValue(reading.rule, allDay, timeZone));
  return reading.text;
}
