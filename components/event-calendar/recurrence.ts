/**
 * Wall-clock time in IANA zones and a subset of RFC 5545 recurrence rules, with
 * no date library: Intl.DateTimeFormat answers "what is the wall time of this
 * instant in that zone", and everything else is integer arithmetic on "civil"
 * milliseconds (a wall-clock time read as if it were UTC, via Date.UTC).
 *
 * Supported: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY, INTERVAL, BYDAY (with ordinals
 * such as 3TU and -1FR), BYMONTHDAY (negative too), BYMONTH, COUNT, UNTIL, WKST,
 * and EXDATE. Anything else makes the rule unreadable (parseRRule → null), and
 * callers show the first occurrence only rather than guess.
 */

export const DAY_MS = 86_400_000;
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

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
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

/** True when `timeZone` is an IANA zone this browser knows (one check shared with the schema). */
export { isTimeZone } from '../../src/internal/time-zone.js';

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

// ---------------------------------------------------------------------------
// RRULE

export interface ByDay {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** 3 for "third", -1 for "last"; absent for "every". */
  nth?: number;
}

export interface RRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  count?: number;
  /** Civil ms in the event's zone (or date), inclusive; from `UNTIL`. */
  until?: number;
  /** True when UNTIL was written in UTC (…Z); `until` is then a UTC instant. */
  untilUtc?: boolean;
  /** True when UNTIL was a DATE (no time). */
  untilDate?: boolean;
  byDay?: ByDay[];
  byMonthDay?: number[];
  byMonth?: number[];
  /** Week start, 0 = Sunday … 6 = Saturday (default Monday). */
  wkst: number;
}

const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;

function parseIntList(value: string, min: number, max: number, allowNegative: boolean): number[] | null {
  const out: number[] = [];
  for (const item of value.split(',')) {
    if (!/^[+-]?\d{1,3}$/.test(item)) return null;
    const n = Number(item);
    const abs = Math.abs(n);
    if (abs < min || abs > max || (n < 0 && !allowNegative)) return null;
    out.push(n);
  }
  return out;
}

function parseUntil(value: string): Pick<RRule, 'until' | 'untilUtc' | 'untilDate'> | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, z] = match;
  const iso = h === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  const until = parseCivil(iso);
  if (Number.isNaN(until)) return null;
  return { until, untilUtc: z === 'Z', untilDate: h === undefined };
}

/** Reads an RRULE value ("FREQ=MONTHLY;BYDAY=3TU", an "RRULE:" prefix allowed); null when unsupported or malformed. */
export function parseRRule(text: string): RRule | null {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (!body || /[\r\n]/.test(body)) return null;
  const rule: Partial<RRule> & { wkst: number } = { interval: 1, wkst: 1 };
  const seen = new Set<string>();
  for (const pair of body.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 1) return null;
    const key = pair.slice(0, eq).toUpperCase();
    const value = pair.slice(eq + 1).toUpperCase();
    if (seen.has(key)) return null;
    seen.add(key);
    switch (key) {
      case 'FREQ':
        if (!(FREQS as readonly string[]).includes(value)) return null;
        rule.freq = value as RRule['freq'];
        break;
      case 'INTERVAL':
        if (!/^\d{1,4}$/.test(value) || Number(value) < 1) return null;
        rule.interval = Number(value);
        break;
      case 'COUNT':
        if (!/^\d{1,5}$/.test(value) || Number(value) < 1) return null;
        rule.count = Number(value);
        break;
      case 'UNTIL': {
        const until = parseUntil(value);
        if (!until) return null;
        Object.assign(rule, until);
        break;
      }
      case 'BYDAY': {
        const days: ByDay[] = [];
        for (const item of value.split(',')) {
          const match = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(item);
          if (!match) return null;
          const nth = match[1] === undefined ? undefined : Number(match[1]);
          if (nth !== undefined && (nth === 0 || Math.abs(nth) > 53)) return null;
          days.push({ weekday: WEEKDAYS.indexOf(match[2] as Weekday), ...(nth === undefined ? {} : { nth }) });
        }
        rule.byDay = days;
        break;
      }
      case 'BYMONTHDAY': {
        const list = parseIntList(value, 1, 31, true);
        if (!list) return null;
        rule.byMonthDay = list;
        break;
      }
      case 'BYMONTH': {
        const list = parseIntList(value, 1, 12, false);
        if (!list) return null;
        rule.byMonth = list;
        break;
      }
      case 'WKST': {
        const index = WEEKDAYS.indexOf(value as Weekday);
        if (index < 0) return null;
        rule.wkst = index;
        break;
      }
      default:
        return null; // BYHOUR, BYSETPOS, BYWEEKNO…: not supported, so not guessed at.
    }
  }
  if (!rule.freq) return null;
  if (rule.count !== undefined && rule.until !== undefined) return null; // RFC 5545: MUST NOT both occur.
  // Ordinal BYDAY only makes sense in MONTHLY or YEARLY rules.
  if (rule.byDay?.some((d) => d.nth !== undefined) && (rule.freq === 'DAILY' || rule.freq === 'WEEKLY')) return null;
  return rule as RRule;
}

/** Writes a rule back as an RRULE value, with UNTIL in UTC for zoned events (RFC 5545 §3.3.10). */
export function formatRRule(rule: RRule, untilValue?: string): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (untilValue) parts.push(`UNTIL=${untilValue}`);
  if (rule.byMonth) parts.push(`BYMONTH=${rule.byMonth.join(',')}`);
  if (rule.byMonthDay) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.byDay) parts.push(`BYDAY=${rule.byDay.map((d) => `${d.nth ?? ''}${WEEKDAYS[d.weekday]}`).join(',')}`);
  if (rule.wkst !== 1) parts.push(`WKST=${WEEKDAYS[rule.wkst]}`);
  return parts.join(';');
}

/** Days (1-based) of month `month` (1-12) of `year` that match the BYDAY/BYMONTHDAY parts. */
function daysOfMonth(year: number, month: number, rule: RRule, fallbackDay: number): number[] {
  const length = daysInMonth(year, month);
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  let days: number[] | null = null;
  if (rule.byMonthDay) {
    days = rule.byMonthDay.map((d) => (d > 0 ? d : length + d + 1)).filter((d) => d >= 1 && d <= length);
  }
  if (rule.byDay) {
    const fromByDay: number[] = [];
    for (const { weekday, nth } of rule.byDay) {
      const first = 1 + ((weekday - firstWeekday + 7) % 7);
      const all: number[] = [];
      for (let d = first; d <= length; d += 7) all.push(d);
      if (nth === undefined) fromByDay.push(...all);
      else {
        const pick = nth > 0 ? all[nth - 1] : all[all.length + nth];
        if (pick !== undefined) fromByDay.push(pick);
      }
    }
    days = days ? days.filter((d) => fromByDay.includes(d)) : fromByDay;
  }
  if (!days) days = fallbackDay <= length ? [fallbackDay] : []; // The 31st skips short months; Feb 29 skips common years.
  return [...new Set(days)].sort((a, b) => a - b);
}

/** Days of a whole year matching ordinal BYDAY (YEARLY without BYMONTH: "20th Monday of the year"). */
function daysOfYear(year: number, rule: RRule): number[] {
  const start = Date.UTC(year, 0, 1);
  const length = (Date.UTC(year + 1, 0, 1) - start) / DAY_MS;
  const firstWeekday = new Date(start).getUTCDay();
  const out: number[] = [];
  for (const { weekday, nth } of rule.byDay ?? []) {
    const all: number[] = [];
    for (let d = (weekday - firstWeekday + 7) % 7; d < length; d += 7) all.push(start + d * DAY_MS);
    if (nth === undefined) out.push(...all);
    else {
      const pick = nth > 0 ? all[nth - 1] : all[all.length + nth];
      if (pick !== undefined) out.push(pick);
    }
  }
  return out;
}

export interface ExpandOptions {
  /** Civil ms of the first occurrence (DTSTART), in the event's zone or as a floating date. */
  start: number;
  rule: RRule;
  /** IANA zone of the wall-clock times; absent for all-day (floating) events. */
  timeZone?: string;
  /** Civil ms of occurrences to skip (EXDATE). */
  exdates?: readonly number[];
  /** Stop once an occurrence starts at or after this (civil ms in the same frame as `start`). */
  before?: number;
  /** Safety cap on occurrences returned. */
  limit?: number;
}

/**
 * Occurrence starts (civil ms, wall-clock in the event's zone) of a recurring
 * event, in order, from DTSTART. Wall-clock times stay put across DST changes
 * (a 14:00 New York call stays at 14:00 when the offset changes); COUNT counts
 * occurrences before EXDATE removes any, as RFC 5545 says.
 */
export function expandRecurrence({ start, rule, timeZone, exdates = [], before = Infinity, limit = 10_000 }: ExpandOptions): number[] {
  const out: number[] = [];
  const timeOfDay = ((start % DAY_MS) + DAY_MS) % DAY_MS;
  const startDay = start - timeOfDay;
  const startDate = new Date(start);
  const excluded = new Set(exdates);
  let emitted = 0;
  const untilCivil =
    rule.until === undefined
      ? Infinity
      : rule.untilDate
        ? rule.until + DAY_MS - 1
        : rule.untilUtc && timeZone
          ? utcToCivil(rule.until, timeZone)
          : rule.until;

  // Returns false when the series is over.
  const take = (civil: number): boolean => {
    if (civil < start) return true;
    if (civil > untilCivil || civil >= before) return false;
    if (rule.count !== undefined && emitted >= rule.count) return false;
    emitted++;
    if (!excluded.has(civil)) out.push(civil);
    return out.length < limit;
  };

  const monthMatches = (month: number) => !rule.byMonth || rule.byMonth.includes(month);
  const MAX_PERIODS = 100_000;

  if (rule.freq === 'DAILY') {
    for (let i = 0; i < MAX_PERIODS; i++) {
      const day = startDay + i * rule.interval * DAY_MS;
      const date = new Date(day);
      const ok =
        monthMatches(date.getUTCMonth() + 1) &&
        (!rule.byDay || rule.byDay.some((d) => d.weekday === date.getUTCDay())) &&
        (!rule.byMonthDay ||
          daysOfMonth(date.getUTCFullYear(), date.getUTCMonth() + 1, { ...rule, byDay: undefined }, 0).includes(date.getUTCDate()));
      if (ok && !take(day + timeOfDay)) break;
      if (day > untilCivil || day >= before) break;
    }
  } else if (rule.freq === 'WEEKLY') {
    const weekStart = startDay - (((startDate.getUTCDay() - rule.wkst) + 7) % 7) * DAY_MS;
    const weekdays = rule.byDay ? rule.byDay.map((d) => d.weekday) : [startDate.getUTCDay()];
    const offsets = [...new Set(weekdays.map((w) => (w - rule.wkst + 7) % 7))].sort((a, b) => a - b);
    outer: for (let i = 0; i < MAX_PERIODS; i++) {
      const base = weekStart + i * rule.interval * 7 * DAY_MS;
      for (const offset of offsets) {
        const day = base + offset * DAY_MS;
        if (!monthMatches(new Date(day).getUTCMonth() + 1)) continue;
        if (!take(day + timeOfDay)) break outer;
      }
      if (base > untilCivil || base >= before) break;
    }
  } else {
    const monthly = rule.freq === 'MONTHLY';
    const stepMonths = monthly ? rule.interval : 12 * rule.interval;
    const y0 = startDate.getUTCFullYear();
    const m0 = startDate.getUTCMonth();
    outer: for (let i = 0; i < MAX_PERIODS; i++) {
      const index = m0 + i * stepMonths;
      const year = y0 + Math.floor(index / 12);
      let days: number[];
      if (monthly) {
        const month = (index % 12) + 1;
        days = monthMatches(month) ? daysOfMonth(year, month, rule, startDate.getUTCDate()).map((d) => Date.UTC(year, month - 1, d)) : [];
      } else if (rule.byDay && !rule.byMonth && !rule.byMonthDay) {
        days = daysOfYear(year, rule);
      } else {
        const months = rule.byMonth ?? (rule.byMonthDay || rule.byDay ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [m0 + 1]);
        days = months.flatMap((month) =>
          daysOfMonth(year, month, rule, startDate.getUTCDate()).map((d) => Date.UTC(year, month - 1, d)),
        );
      }
      days.sort((a, b) => a - b);
      for (const day of days) if (!take(day + timeOfDay)) break outer;
      if (Date.UTC(year, monthly ? index % 12 : 0, 1) > untilCivil || Date.UTC(year, monthly ? index % 12 : 0, 1) >= before) break;
    }
  }
  return out;
}
