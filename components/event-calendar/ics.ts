/**
 * An RFC 5545 writer for dataset events, built so no dataset string can break
 * out of its property: TEXT values are escaped (backslash first, then `;` `,`
 * and newlines), control characters are dropped, and lines are folded at 75
 * octets between UTF-8 characters, never inside one.
 *
 * Only events with a real date are written. Month-, season-, cadence- and
 * tba-precision events are skipped (and reported), never given a fake day.
 * Single timed events use UTC times; recurring timed events use TZID with a
 * VTIMEZONE derived from Intl, so calendar apps expand the rule in the event's
 * own zone across DST changes.
 */
import type { SiipEvent } from '../../src/data/schema.js';
import { textOf } from '../../src/data/text.js';
import {
  DAY_MS,
  WEEKDAYS,
  civilDate,
  civilDateTime,
  civilToUtc,
  daysInMonth,
  formatRRule,
  isTimeZone,
  parseCivil,
  parseRRule,
  zoneOffset,
  type RRule,
} from './recurrence.js';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Replaces lone surrogates (which UTF-8 cannot carry) with U+FFFD. */
function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * RFC 5545 §3.3.11 TEXT escaping. Every line break (CRLF, CR, LF, NEL, U+2028,
 * U+2029) becomes `\n`; other control characters, which TEXT may not contain,
 * are dropped; tab stays.
 */
export function escapeText(value: string): string {
  return wellFormed(value)
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds one content line into physical lines of at most 75 octets (the continuation's leading space included). */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

const utcStamp = (utc: number) => new Date(utc).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const localStamp = (civil: number) => civilDateTime(civil).replace(/[-:]/g, '');
const dateStamp = (civil: number) => civilDate(civil).replace(/-/g, '');

function offsetText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** Only plain IANA names go into a TZID parameter (no quoting needed, nothing to inject). */
const SAFE_TZID = /^[A-Za-z0-9_+\-/]{1,64}$/;

/**
 * A VTIMEZONE for `timeZone` from the transitions Intl reports in `year`, each
 * written as a yearly rule (e.g. 2nd Sunday of March), which is how the zones
 * partners use (North America) define DST.
 */
export function vtimezoneLines(timeZone: string, year: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const transitions: Array<{ at: number; from: number; to: number }> = [];
  let previous = zoneOffset(start, timeZone);
  for (let t = start + DAY_MS; t <= end; t += DAY_MS) {
    const offset = zoneOffset(t, timeZone);
    if (offset !== previous) {
      let lo = t - DAY_MS;
      let hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (zoneOffset(mid, timeZone) === previous) lo = mid;
        else hi = mid;
      }
      transitions.push({ at: hi, from: previous, to: offset });
      previous = offset;
    }
  }
  if (transitions.length === 0) {
    const offset = offsetText(previous);
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD');
  }
  for (const { at, from, to } of transitions) {
    const onset = at + from; // Wall-clock time of the change, in the offset before it (RFC 5545 §3.6.5).
    const date = new Date(onset);
    const day = date.getUTCDate();
    const month = date.getUTCMonth() + 1;
    const nth = day + 7 > daysInMonth(date.getUTCFullYear(), month) ? -1 : Math.ceil(day / 7);
    const kind = to > from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(onset)}`,
      `RRULE:FREQ=YEARLY;BYMONTH=${month};BYDAY=${nth}${WEEKDAYS[date.getUTCDay()]}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

export interface IcsOptions {
  /** DTSTAMP (default: now). */
  now?: number;
  /** Language of the text (default en). */
  locale?: string;
  /** Calendar name (X-WR-CALNAME), e.g. "SIIP events". */
  calendarName?: string;
  /** Days before an application window closes for its reminder (VALARM); 0 for none. Default 3. */
  reminderDays?: number;
}

export interface IcsResult {
  text: string;
  /** Ids written. */
  exported: string[];
  /** Ids left out because their date is not exact (month, season, cadence, tba). */
  skipped: string[];
}

/** UID stable across exports and data releases: the record id under the library's domain. */
export function uidFor(event: SiipEvent): string {
  return `${event.id}@siip-widgets`;
}

function safeUrl(value: string | undefined): string | null {
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

/** An exact event's start and end (wall-clock ms) and parsed rule; null for approximate or unreadable ones. */
function exactSpan(event: SiipEvent) {
  const when = event.when;
  if (when.precision !== 'datetime' && when.precision !== 'date') return null;
  const start = parseCivil(when.start);
  if (Number.isNaN(start)) return null;
  const endParsed = when.end ? parseCivil(when.end) : NaN;
  const end = Number.isNaN(endParsed) || endParsed < start ? start : endParsed;
  return { when, start, end, rule: when.rrule ? parseRRule(when.rrule) : null };
}

function eventLines(event: SiipEvent, options: Required<Pick<IcsOptions, 'now' | 'locale' | 'reminderDays'>>, zones: Map<string, number>): string[] | null {
  const span = exactSpan(event);
  if (!span) return null;
  const { when, start, end, rule } = span;
  const text = (value: Parameters<typeof textOf>[0]) => escapeText(textOf(value, options.locale));
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(uidFor(event))}`, `DTSTAMP:${utcStamp(options.now)}`, `SUMMARY:${text(event.title)}`];

  if (when.precision === 'date') {
    lines.push(`DTSTART;VALUE=DATE:${dateStamp(start)}`, `DTEND;VALUE=DATE:${dateStamp(end + DAY_MS)}`);
    if (rule) {
      lines.push(`RRULE:${formatRRule(rule, untilValue(rule, true, undefined))}`);
      const exdates = (when.exdates ?? []).map(parseCivil).filter((d) => !Number.isNaN(d));
      if (exdates.length) lines.push(`EXDATE;VALUE=DATE:${exdates.map(dateStamp).join(',')}`);
    }
  } else if (rule && SAFE_TZID.test(when.timeZone) && isTimeZone(when.timeZone)) {
    const zone = when.timeZone;
    // Observances start the year before, so the zone data covers the first occurrence.
    zones.set(zone, Math.min(zones.get(zone) ?? Infinity, new Date(start).getUTCFullYear() - 1));
    lines.push(`DTSTART;TZID=${zone}:${localStamp(start)}`);
    if (end > start) lines.push(`DTEND;TZID=${zone}:${localStamp(end)}`);
    lines.push(`RRULE:${formatRRule(rule, untilValue(rule, false, zone))}`);
    const exdates = (when.exdates ?? []).map(parseCivil).filter((d) => !Number.isNaN(d));
    if (exdates.length) lines.push(`EXDATE;TZID=${zone}:${exdates.map(localStamp).join(',')}`);
  } else {
    // A single timed event (or one whose rule cannot be read): exact UTC instants, no zone data needed.
    const startUtc = civilToUtc(start, when.timeZone);
    lines.push(`DTSTART:${utcStamp(startUtc)}`);
    if (end > start) lines.push(`DTEND:${utcStamp(civilToUtc(end, when.timeZone))}`);
  }

  const description = [textOf(event.description, options.locale), textOf(event.audience, options.locale)].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (event.location) lines.push(`LOCATION:${text(event.location.name)}`);
  const url = safeUrl(event.url);
  if (url) lines.push(`URL:${url}`);
  lines.push(`CATEGORIES:${escapeText(event.type.toUpperCase())}`);
  if (event.certainty === 'reported' || event.certainty === 'inferred') lines.push('STATUS:TENTATIVE');
  if (event.type === 'application-window' && options.reminderDays > 0) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${text(event.title)}`,
      `TRIGGER;RELATED=END:-P${Math.floor(options.reminderDays)}D`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** Writes `events` as one iCalendar file (CRLF line ends, folded lines). */
export function buildIcs(events: readonly SiipEvent[], options: IcsOptions = {}): IcsResult {
  const resolved = { now: options.now ?? Date.now(), locale: options.locale ?? 'en', reminderDays: options.reminderDays ?? 3 };
  const zones = new Map<string, number>();
  const exported: string[] = [];
  const skipped: string[] = [];
  const bodies: string[] = [];
  for (const event of events) {
    const lines = eventLines(event, resolved, zones);
    if (lines) {
      exported.push(event.id);
      bodies.push(...lines);
    } else skipped.push(event.id);
  }
  const head = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//SIIP widgets//Event calendar//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName) head.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  for (const [zone, year] of zones) head.push(...vtimezoneLines(zone, year));
  const all = [...head, ...bodies, 'END:VCALENDAR'];
  return { text: all.map(foldLine).join(CRLF) + CRLF, exported, skipped };
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
  const { when, start, end, rule } = span;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: textOf(event.title, locale) });
  if (when.precision === 'date') {
    params.set('dates', `${dateStamp(start)}/${dateStamp(end + DAY_MS)}`);
    if (rule) params.set('recur', `RRULE:${formatRRule(rule, untilValue(rule, true, undefined))}`);
  } else if (rule) {
    params.set('dates', `${localStamp(start)}/${localStamp(end)}`);
    params.set('ctz', when.timeZone);
    params.set('recur', `RRULE:${formatRRule(rule, untilValue(rule, false, when.timeZone))}`);
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
