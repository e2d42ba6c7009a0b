/**
 * The iCalendar file writer, loaded only when a file is exported (`exportIcs` in ics.ts imports it on
 * demand, with vtimezone.ts): pages that only show the calendar do not download it.
 *
 * An RFC 5545 writer for dataset events, built so no dataset string can break
 * out of its property: TEXT values are escaped (backslash first, then `;` `,`
 * and newlines), control characters are dropped, and lines are folded at 75
 * octets between UTF-8 characters, never inside one.
 *
 * Only events with a real date are written. Month-, season-, cadence- and
 * tba-precision events are skipped (and reported), never given a fake day.
 * Single timed events use UTC times; recurring timed events use TZID with a
 * VTIMEZONE exact for the series' span, so calendar apps expand the rule in the
 * event's own zone across DST changes. A rule the widget cannot expand is
 * written as it was given (tidied), so calendar apps list every date the widget
 * could not; a rule that is not valid is left out.
 */
import type { SiipEvent } from '../../src/data/schema.js';
import { textOf } from '../../src/data/text.js';
import { DAY_MS, civilToUtc, parseCivil } from './civil-time.js';
import { isTimeZone } from '../../src/internal/time-zone.js';
import type { RuleReading } from './recurrence.js';
import { ruleEngine } from './rule-engine.js';
import { dateStamp, exactSpan, localStamp, ruleValue, safeUrl, uidFor, utcStamp } from './ics-values.js';
import { vtimezoneLines } from './vtimezone.js';

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

/** Only plain IANA names go into a TZID parameter (no quoting needed, nothing to inject). */
const SAFE_TZID = /^[A-Za-z0-9_+\-/]{1,64}$/;

export interface IcsOptions {
  /** DTSTAMP (default: now). */
  now?: number;
  /** Language of the text (default en). */
  locale?: string;
  /** Calendar name (X-WR-CALNAME), e.g. "SIIP events". */
  calendarName?: string;
  /** Days before an application window closes for its reminder (VALARM); 0 for none. Default 3. */
  reminderDays?: number;
  /** For a subscribed feed: how often calendar apps should fetch it again (REFRESH-INTERVAL, X-PUBLISHED-TTL), e.g. "P1D". */
  refreshInterval?: string;
}

export interface IcsResult {
  text: string;
  /** Ids written. */
  exported: string[];
  /** Ids left out because their date is not exact (month, season, cadence, tba). */
  skipped: string[];
  /** Ids written as one date because their RRULE is not valid (it cannot be written into a file). */
  ruleDropped: string[];
}

const YEAR_MS = 365.25 * DAY_MS;

/** The UTC span a zoned series covers, for its VTIMEZONE: to UNTIL, to the COUNT-th date, or ten years past now. */
function seriesSpan(start: number, reading: RuleReading, timeZone: string, now: number): [number, number] {
  const startUtc = civilToUtc(start, timeZone);
  const rule = reading.rule;
  let endUtc = Math.max(startUtc, now) + 10 * YEAR_MS;
  if (rule?.until !== undefined) endUtc = rule.untilUtc ? rule.until : civilToUtc(rule.until + (rule.untilDate ? DAY_MS : 0), timeZone);
  else if (rule?.count !== undefined) {
    const starts = ruleEngine().expandRecurrence({ start, rule, limit: rule.count });
    endUtc = civilToUtc(starts[starts.length - 1] + DAY_MS, timeZone);
  }
  return [startUtc, Math.max(startUtc, endUtc)];
}

interface Collect {
  zones: Map<string, [number, number]>;
  ruleDropped: string[];
}

function eventLines(event: SiipEvent, options: Required<Pick<IcsOptions, 'now' | 'locale' | 'reminderDays'>>, collect: Collect): string[] | null {
  const span = exactSpan(event);
  if (!span) return null;
  const { when, reading } = span;
  let { start, end } = span;
  const text = (value: Parameters<typeof textOf>[0]) => escapeText(textOf(value, options.locale));
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(uidFor(event))}`, `DTSTAMP:${utcStamp(options.now)}`, `SUMMARY:${text(event.title)}`];
  if (reading?.status === 'invalid') collect.ruleDropped.push(event.id);
  const exdates = (when.exdates ?? []).map(parseCivil).filter((d) => !Number.isNaN(d));
  // RFC 5545 makes DTSTART the first date even when the rule does not give it, but many apps (ical.js,
  // dateutil) then drop it or count it apart. A DTSTART off its rule is therefore moved to the rule's
  // first date (COUNT one less) and the original date written as an RDATE: every reader lists the same dates.
  let rdate: number | null = null;
  let rule = reading?.rule;
  if (rule) {
    const [ruleFirst] = ruleEngine().expandRecurrence({ start, rule, limit: 1, startAlwaysFirst: false, before: start + 500 * YEAR_MS });
    if (ruleFirst !== start) {
      rdate = start;
      if (ruleFirst === undefined || rule.count === 1) rule = null;
      else {
        end += ruleFirst - start;
        start = ruleFirst;
        if (rule.count !== undefined) rule = { ...rule, count: rule.count - 1 };
      }
      if (!rule) rdate = null; // Only the one date: written as a single event.
    }
  }
  const finalReading = !reading?.rule ? reading : rule ? { ...reading, rule } : null;

  if (when.precision === 'date') {
    lines.push(`DTSTART;VALUE=DATE:${dateStamp(start)}`, `DTEND;VALUE=DATE:${dateStamp(end + DAY_MS)}`);
    const rrule = ruleValue(finalReading, true, undefined);
    if (rrule) {
      lines.push(`RRULE:${rrule}`);
      if (rdate !== null) lines.push(`RDATE;VALUE=DATE:${dateStamp(rdate)}`);
      if (exdates.length) lines.push(`EXDATE;VALUE=DATE:${exdates.map(dateStamp).join(',')}`);
    }
  } else if (finalReading?.text && SAFE_TZID.test(when.timeZone) && isTimeZone(when.timeZone)) {
    const zone = when.timeZone;
    const [from, to] = seriesSpan(Math.min(start, rdate ?? start), finalReading, zone, options.now);
    const known = collect.zones.get(zone);
    collect.zones.set(zone, known ? [Math.min(known[0], from), Math.max(known[1], to)] : [from, to]);
    lines.push(`DTSTART;TZID=${zone}:${localStamp(start)}`);
    if (end > start) lines.push(`DTEND;TZID=${zone}:${localStamp(end)}`);
    lines.push(`RRULE:${ruleValue(finalReading, false, zone)}`);
    if (rdate !== null) lines.push(`RDATE;TZID=${zone}:${localStamp(rdate)}`);
    if (exdates.length) lines.push(`EXDATE;TZID=${zone}:${exdates.map(localStamp).join(',')}`);
  } else {
    // A single timed event (or one whose rule is not valid): exact UTC instants, no zone data needed.
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
  const collect: Collect = { zones: new Map(), ruleDropped: [] };
  const exported: string[] = [];
  const skipped: string[] = [];
  const bodies: string[] = [];
  for (const event of events) {
    const lines = eventLines(event, resolved, collect);
    if (lines) {
      exported.push(event.id);
      bodies.push(...lines);
    } else skipped.push(event.id);
  }
  const head = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//SIIP widgets//Event calendar//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName) head.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  if (options.refreshInterval && /^P[0-9WDTHMS]+$/.test(options.refreshInterval)) {
    head.push(`REFRESH-INTERVAL;VALUE=DURATION:${options.refreshInterval}`, `X-PUBLISHED-TTL:${options.refreshInterval}`);
  }
  for (const [zone, [from, to]] of collect.zones) {
    // Whole years either side, so the zone data covers every date of the series in the event's zone.
    const fromYear = new Date(from).getUTCFullYear();
    const toYear = new Date(to).getUTCFullYear();
    head.push(...vtimezoneLines(zone, Date.UTC(fromYear, 0, 1), Date.UTC(toYear + 1, 0, 1)));
  }
  const all = [...head, ...bodies, 'END:VCALENDAR'];
  return { text: all.map(foldLine).join(CRLF) + CRLF, exported, skipped, ruleDropped: collect.ruleDropped };
}
