/**
 * What the calendar needs of iCalendar while it renders: calendar links (Google, Outlook), the feed's
 * address, file names, and `exportIcs`, which loads the file writer (ics-file.ts, with vtimezone.ts) only
 * when a file is exported. The helpers the writer shares are exported here.
 */
import type { SiipEvent } from '../../src/data/schema.js';
import { textOf } from '../../src/data/text.js';
import { DAY_MS, civilDate, civilDateTime, civilToUtc, formatRRule, parseCivil, readRRule, type RRule, type RuleReading } from './recurrence.js';
import type { IcsOptions, IcsResult } from './ics-file.js';

export type { IcsOptions, IcsResult } from './ics-file.js';

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
  const reading: RuleReading | null = when.rrule ? readRRule(when.rrule) : null;
  return { when, start, end, reading };
}

/** The RRULE value to write: the expanded rule in conformant form, or an unexpandable rule as given; null for none. */
export function ruleValue(reading: RuleReading | null, allDay: boolean, timeZone: string | undefined): string | null {
  if (!reading) return null;
  if (reading.rule) return formatRRule(reading.rule, untilValue(reading.rule, allDay, timeZone));
  return reading.text;
}

/** Writes `events` as one iCalendar file; the writer and its VTIMEZONE data load on demand (a chunk of their own). */
export async function exportIcs(events: readonly SiipEvent[], options: IcsOptions = {}): Promise<IcsResult> {
  const { buildIcs } = await import('./ics-file.js');
  return buildIcs(events, options);
}

/** The published feed's file name for a language: siip-events.ics (English), siip-events.es.ics, siip-events.ar.ics. */
export function feedFileName(locale: string): string {
  return locale === 'es' || locale === 'ar' ? `siip-events.${locale}.ics` : 'siip-events.ics';
}

/**
 * The address calendar apps subscribe to for the national events in a language: the feed the build writes
 * beside the bundled dataset, as a `webcal:` URL (which opens the reader's calendar app) for http(s) hosts.
 */
export function subscribeUrl(datasetUrl: string, locale: string): string {
  const feed = new URL(feedFileName(locale), datasetUrl).href;
  return feed.replace(/^https?:/, 'webcal:');
}

/** A file name for the download: letters, digits and dashes only. */
export function icsFileName(base: string): string {
  const slug = base
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${slug || 'events'}.ics`;
}

/**
 * "Add to Google Calendar" for an exact event; null for approximate ones.
 * Recurring events pass their rule and zone (`recur`, `ctz`).
 */
export function googleCalendarUrl(event: SiipEvent, locale = 'en'): string | null {
  const span = exactSpan(event);
  if (!span) return null;
  const { when, start, end, reading } = span;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: textOf(event.title, locale) });
  const recur = ruleValue(reading, when.precision === 'date', when.precision === 'datetime' ? when.timeZone : undefined);
  if (when.precision === 'date') {
    params.set('dates', `${dateStamp(start)}/${dateStamp(end + DAY_MS)}`);
    if (recur) params.set('recur', `RRULE:${recur}`);
  } else if (recur) {
    params.set('dates', `${localStamp(start)}/${localStamp(end)}`);
    params.set('ctz', when.timeZone);
    params.set('recur', `RRULE:${recur}`);
  } else {
    params.set('dates', `${utcStamp(civilToUtc(start, when.timeZone))}/${utcStamp(civilToUtc(end, when.timeZone))}`);
  }
  const details = [textOf(event.description, locale), safeUrl(event.url) ?? ''].filter(Boolean).join('\n\n');
  if (details) params.set('details', details);
  if (event.location) params.set('location', textOf(event.location.name, locale));
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** "Add to Outlook.com" for a single exact event; null for recurring or approximate ones (the link cannot carry a rule). */
export function outlookCalendarUrl(event: SiipEvent, locale = 'en'): string | null {
  const when = event.when;
  if ((when.precision !== 'datetime' && when.precision !== 'date') || when.rrule) return null;
  const start = parseCivil(when.start);
  if (Number.isNaN(start)) return null;
  const endParsed = when.end ? parseCivil(when.end) : NaN;
  const end = Number.isNaN(endParsed) || endParsed < start ? start : endParsed;
  const params = new URLSearchParams({ path: '/calendar/action/compose', rru: 'addevent', subject: textOf(event.title, locale) });
  if (when.precision === 'date') {
    params.set('startdt', civilDate(start));
    params.set('enddt', civilDate(end + DAY_MS));
    params.set('allday', 'true');
  } else {
    params.set('startdt', new Date(civilToUtc(start, when.timeZone)).toISOString());
    params.set('enddt', new Date(civilToUtc(end, when.timeZone)).toISOString());
  }
  const body = [textOf(event.description, locale), safeUrl(event.url) ?? ''].filter(Boolean).join('\n\n');
  if (body) params.set('body', body);
  if (event.location) params.set('location', textOf(event.location.name, locale));
  return `https://outlook.live.com/calendar/0/action/compose?${params}`;
}
