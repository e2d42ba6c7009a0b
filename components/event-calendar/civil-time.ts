/**
 * Wall-clock time in IANA zones with no date library: Intl.DateTimeFormat answers "what is the wall time of
 * this instant in that zone", and everything else is integer arithmetic on "civil" milliseconds (a
 * wall-clock time read as if it were UTC, via Date.UTC). Every date of the calendar goes through here; the
 * recurrence rules (recurrence.ts) build on it and load only when a dataset has repeating events.
 */

export const DAY_MS = 86_400_000;
/** RFC 5545 weekday codes, indexed like Date#getUTCDay (0 = Sunday). */
export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

// ---------------------------------------------------------------------------
// Civil (wall-clock) times

const parsed = new Map<string, number>();

/** Parses "2026-03-08", "2026-03-08T02:30" or "2026-03-08T02:30:15" into civil ms; NaN when malformed. */
export function parseCivil(value: string): number {
  // Memoised: the same dataset strings are read on every render.
  let ms = parsed.get(value);
  if (ms === undefined) {
    if (parsed.size > 20_000) parsed.clear();
    parsed.set(value, (ms = parseCivilUncached(value)));
  }
  return ms;
}

function parseCivilUncached(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  if (!match) return NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  // Reject 2026-02-30 and friends instead of rolling them over.
  const date = new Date(ms);
  return date.getUTCDate() === +d && date.getUTCMonth() === +mo - 1 && +h < 24 && +mi < 60 && +s < 60 ? ms : NaN;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "YYYY-MM-DD" of a civil time. */
export function civilDate(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** "YYYY-MM-DDTHH:MM:SS" of a civil time. */
export function civilDateTime(ms: number): string {
  const d = new Date(ms);
  return `${civilDate(ms)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// ---------------------------------------------------------------------------
// Zones

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached Intl formatter per zone that splits an instant into its wall-clock parts. */
export function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Zone offsets by quarter hour: every zone's transitions fall on quarter-hour
 * instants, so one Intl call per zone per quarter hour is enough, and agenda
 * rendering stops being dominated by formatToParts.
 */
const QUARTER_HOUR = 15 * 60_000;
const offsetCache = new Map<string, Map<number, number>>();

/** The wall-clock (civil ms) of a UTC instant in `timeZone`. */
export function utcToCivil(utc: number, timeZone: string): number {
  const bucket = Math.floor(utc / QUARTER_HOUR);
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  let offset = zone.get(bucket);
  if (offset === undefined) {
    if (zone.size > 50_000) zone.clear();
    const start = bucket * QUARTER_HOUR;
    offset = exactUtcToCivil(start, timeZone) - start;
    zone.set(bucket, offset);
  }
  return utc + offset;
}

function exactUtcToCivil(utc: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  let bc = false;
  for (const part of partsFormatter(timeZone).formatToParts(utc)) {
    if (part.type === 'era') bc = part.value.startsWith('B');
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = bc ? 1 - fields.year : fields.year;
  const seconds = Math.floor(utc / 1000) * 1000;
  return Date.UTC(year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second) + (utc - seconds);
}

/** Offset of `timeZone` from UTC at a UTC instant, in ms (New York in winter: -5 h). */
export function zoneOffset(utc: number, timeZone: string): number {
  return utcToCivil(utc, timeZone) - utc;
}

/**
 * The UTC instant of a wall-clock time in `timeZone`. As RFC 5545 §3.3.5 asks:
 * a time that does not exist (skipped by a spring-forward gap) is read with the
 * offset before the gap (02:30 → 03:30 daylight time), and a time that occurs
 * twice (fall-back overlap) means its first occurrence.
 */
export function civilToUtc(civil: number, timeZone: string): number {
  const before = zoneOffset(civil - DAY_MS, timeZone);
  const after = zoneOffset(civil + DAY_MS, timeZone);
  const candidates = [civil - before, civil - after].filter((utc) => utcToCivil(utc, timeZone) === civil);
  if (candidates.length) return Math.min(...candidates);
  return civil - before;
}
