/**
 * A subset of RFC 5545 recurrence rules, on the civil times of civil-time.ts: `readRRule` reads an RRULE
 * tolerantly and says whether the engine expands it (FREQ=DAILY…YEARLY with every BY… part, INTERVAL, COUNT,
 * UNTIL, WKST), keeps it for calendar apps (HOURLY and finer, RSCALE/SKIP, X- parts) or refuses it (not an
 * RRULE); `expandRecurrence` lists the dates with dateutil's algorithm. The component README lists the
 * subset and every rule outside it. A chunk of its own in the drop-in: the calendar loads it only for a
 * dataset with repeating events (rule-engine.ts), and the file writer with it.
 */
import { DAY_MS, WEEKDAYS, daysInMonth, parseCivil, utcToCivil, type Weekday } from './civil-time.js';

// ---------------------------------------------------------------------------
// RRULE: reading

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
  byYearDay?: number[];
  byWeekNo?: number[];
  byMonth?: number[];
  byHour?: number[];
  byMinute?: number[];
  bySecond?: number[];
  bySetPos?: number[];
  /** Week start, 0 = Sunday … 6 = Saturday (default Monday). */
  wkst: number;
}

/**
 * - `expandable`: the engine lists every occurrence.
 * - `unexpandable`: a valid RFC 5545 rule outside the engine's subset (HOURLY and finer, RSCALE/SKIP,
 *   X- parts, leap seconds). Callers show the first date with a "repeats" note and write the rule,
 *   unchanged, into .ics files so calendar apps expand it.
 * - `invalid`: not an RRULE (no FREQ, unknown part, value out of range, COUNT with UNTIL, line breaks).
 *   Shown like `unexpandable`, but never written into a file.
 */
export type RuleStatus = 'expandable' | 'unexpandable' | 'invalid';

export interface RuleReading {
  status: RuleStatus;
  /** The parsed rule when `expandable`. */
  rule: RRule | null;
  /**
   * The rule as written, tidied for strict readers (no "RRULE:" prefix, spaces and empty parts removed,
   * names and standard values upper-cased); null when invalid.
   */
  text: string | null;
  /** What was tolerated, reinterpreted or refused, in plain English for the validator. */
  notes: string[];
}

const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
const UNEXPANDABLE_FREQS = ['HOURLY', 'MINUTELY', 'SECONDLY'];

function parseIntList(value: string, min: number, max: number, allowNegative: boolean): number[] | null {
  const out: number[] = [];
  for (const item of value.split(',')) {
    if (!/^[+-]?\d{1,3}$/.test(item)) return null;
    const n = Number(item);
    const abs = Math.abs(n);
    if (abs < min || abs > max || ((n < 0 || item.startsWith('-')) && !allowNegative)) return null;
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

const LIST_PARTS = {
  BYSECOND: { key: 'bySecond', min: 0, max: 60, negative: false },
  BYMINUTE: { key: 'byMinute', min: 0, max: 59, negative: false },
  BYHOUR: { key: 'byHour', min: 0, max: 23, negative: false },
  BYMONTHDAY: { key: 'byMonthDay', min: 1, max: 31, negative: true },
  BYYEARDAY: { key: 'byYearDay', min: 1, max: 366, negative: true },
  BYWEEKNO: { key: 'byWeekNo', min: 1, max: 53, negative: true },
  BYMONTH: { key: 'byMonth', min: 1, max: 12, negative: false },
  BYSETPOS: { key: 'bySetPos', min: 1, max: 366, negative: true },
} as const;

/**
 * Reads an RRULE value ("FREQ=MONTHLY;BYDAY=3TU", an "RRULE:" prefix allowed) the way hand-edited
 * feeds are written: names and values in any case, spaces around `;` `,` `=` and a trailing `;` are
 * accepted. Rule parts RFC 5545 forbids for the frequency are read as dateutil and rrule.js read them
 * (see `notes`): BYMONTHDAY, BYYEARDAY and BYWEEKNO outside their frequencies filter the days the
 * frequency gives, and an ordinal BYDAY in a DAILY or WEEKLY rule means every such weekday.
 */
export function readRRule(input: string): RuleReading {
  const notes: string[] = [];
  const invalid = (why: string): RuleReading => ({ status: 'invalid', rule: null, text: null, notes: [...notes, why] });
  // Line breaks and other control characters could add properties to an .ics file: never tolerated.
  if (/[\u0000-\u0008\u000A-\u001F\u007F]/.test(input)) return invalid('The rule contains a line break or control character.');
  const body = input.replace(/[ \t]+/g, '').replace(/^RRULE:/i, '');
  const pairs = body.split(';').filter(Boolean);
  if (pairs.length === 0) return invalid('The rule is empty.');
  if (body.endsWith(';') || /;;/.test(body)) notes.push('Empty rule parts (a trailing ";") were ignored.');
  const rule: Partial<RRule> & { wkst: number; interval: number } = { interval: 1, wkst: 1 };
  const seen = new Set<string>();
  const written: string[] = [];
  let unexpandable: string | null = null;
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq < 1) return invalid(`"${pair}" is not NAME=VALUE.`);
    const key = pair.slice(0, eq).toUpperCase();
    const raw = pair.slice(eq + 1);
    const value = key.startsWith('X-') ? raw : raw.toUpperCase();
    if (!/^[A-Za-z0-9+\-,._/:]+$/.test(value)) return invalid(`${key} has an empty or unreadable value "${raw}".`);
    if (seen.has(key)) return invalid(`${key} appears twice.`);
    seen.add(key);
    written.push(`${key}=${value}`);
    if (key in LIST_PARTS) {
      const spec = LIST_PARTS[key as keyof typeof LIST_PARTS];
      const list = parseIntList(value, spec.min, spec.max, spec.negative);
      if (!list) return invalid(`${key}=${value} is out of range (${spec.negative ? '±' : ''}${spec.min}…${spec.max}).`);
      if (key === 'BYSECOND' && list.includes(60)) unexpandable ??= 'BYSECOND=60 (a leap second) is not expanded.';
      (rule as Record<string, unknown>)[spec.key] = [...new Set(list)];
      continue;
    }
    switch (key) {
      case 'FREQ':
        if (UNEXPANDABLE_FREQS.includes(value)) unexpandable ??= `FREQ=${value} is not expanded (only DAILY, WEEKLY, MONTHLY and YEARLY are).`;
        else if (!(FREQS as readonly string[]).includes(value)) return invalid(`FREQ=${value} is not a frequency.`);
        else rule.freq = value as RRule['freq'];
        break;
      case 'INTERVAL':
        if (!/^\d{1,4}$/.test(value) || Number(value) < 1) return invalid(`INTERVAL=${value} should be a whole number from 1.`);
        rule.interval = Number(value);
        break;
      case 'COUNT':
        if (!/^\d{1,5}$/.test(value) || Number(value) < 1) return invalid(`COUNT=${value} should be a whole number from 1.`);
        rule.count = Number(value);
        break;
      case 'UNTIL': {
        const until = parseUntil(value);
        if (!until) return invalid(`UNTIL=${value} should be a date (20261231) or date-time (20261231T235959Z).`);
        Object.assign(rule, until);
        break;
      }
      case 'BYDAY': {
        const days: ByDay[] = [];
        for (const item of value.split(',')) {
          const match = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(item);
          const nth = match?.[1] === undefined ? undefined : Number(match[1]);
          if (!match || (nth !== undefined && (nth === 0 || Math.abs(nth) > 53))) return invalid(`BYDAY item "${item}" should be like MO, 3TU or -1FR.`);
          days.push({ weekday: WEEKDAYS.indexOf(match[2] as Weekday), ...(nth === undefined ? {} : { nth }) });
        }
        rule.byDay = days;
        break;
      }
      case 'WKST': {
        const index = WEEKDAYS.indexOf(value as Weekday);
        if (index < 0) return invalid(`WKST=${value} should be a weekday (MO…SU).`);
        rule.wkst = index;
        break;
      }
      case 'RSCALE':
      case 'SKIP':
        unexpandable ??= `${key} (RFC 7529 calendar scales) is not expanded.`;
        break;
      default:
        if (!/^X-[A-Z0-9-]+$/.test(key)) return invalid(`${key} is not an RRULE part.`);
        unexpandable ??= `The extension part ${key} is not understood, so the rule is not expanded.`;
    }
  }
  if (!seen.has('FREQ')) return invalid('FREQ is missing.');
  if (seen.has('COUNT') && seen.has('UNTIL')) return invalid('COUNT and UNTIL must not both be given (RFC 5545).');
  const text = written.join(';');
  if (unexpandable) return { status: 'unexpandable', rule: null, text, notes: [...notes, unexpandable] };
  const freq = rule.freq!;
  const withinPeriod = (what: string, allowed: string) =>
    notes.push(`${what} is not allowed with FREQ=${freq} (RFC 5545 allows it with ${allowed}); like dateutil and rrule.js, it filters the days the rule gives.`);
  if (rule.byMonthDay && freq === 'WEEKLY') withinPeriod('BYMONTHDAY', 'DAILY, MONTHLY and YEARLY');
  if (rule.byYearDay && freq !== 'YEARLY') withinPeriod('BYYEARDAY', 'YEARLY');
  if (rule.byWeekNo && freq !== 'YEARLY') withinPeriod('BYWEEKNO', 'YEARLY');
  if (rule.byDay?.some((d) => d.nth !== undefined)) {
    if (freq === 'DAILY' || freq === 'WEEKLY') {
      notes.push(`An ordinal BYDAY (such as 1MO) is not allowed with FREQ=${freq}; like dateutil and rrule.js, the number is ignored (every such weekday).`);
      rule.byDay = rule.byDay.map(({ weekday }) => ({ weekday }));
    } else if (freq === 'YEARLY' && rule.byWeekNo) {
      notes.push('An ordinal BYDAY is not allowed with YEARLY and BYWEEKNO; the ordinal counts within the year, as in dateutil and rrule.js.');
    }
  }
  if (rule.bySetPos && !(rule.byDay || rule.byMonthDay || rule.byYearDay || rule.byWeekNo || rule.byMonth || rule.byHour || rule.byMinute || rule.bySecond)) {
    notes.push('BYSETPOS should come with another BY… part; it picks from the one date each period gives.');
  }
  if (rule.byDay) rule.byDay = rule.byDay.filter((d, i, all) => all.findIndex((e) => e.weekday === d.weekday && e.nth === d.nth) === i);
  return { status: 'expandable', rule: rule as RRule, text, notes };
}

/** The rule when the engine can expand it; null otherwise (see `readRRule` for why). */
export function parseRRule(text: string): RRule | null {
  return readRRule(text).rule;
}

/**
 * The expanded rule written back as an RFC 5545-conformant RRULE value, with UNTIL as given (UTC for zoned
 * events, §3.3.10). A part the RFC forbids for the frequency is moved to an equivalent frequency where one
 * exists (WEEKLY;BYDAY=MO;BYMONTHDAY=1,…,7 → MONTHLY;BYDAY=MO;BYMONTHDAY=1,…,7: the same dates), so calendar
 * apps list the dates the widget lists.
 */
export function formatRRule(rule: RRule, untilValue?: string): string {
  let freq: RRule['freq'] = rule.freq;
  if (rule.interval === 1 && !rule.bySetPos) {
    if ((rule.byYearDay || rule.byWeekNo) && freq !== 'YEARLY') freq = 'YEARLY';
    else if (rule.byMonthDay && freq === 'WEEKLY') freq = 'MONTHLY';
  }
  const parts = [`FREQ=${freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (untilValue) parts.push(`UNTIL=${untilValue}`);
  const list = (name: string, values: readonly number[] | undefined) => values && parts.push(`${name}=${values.join(',')}`);
  list('BYMONTH', rule.byMonth);
  list('BYWEEKNO', rule.byWeekNo);
  list('BYYEARDAY', rule.byYearDay);
  list('BYMONTHDAY', rule.byMonthDay);
  if (rule.byDay) parts.push(`BYDAY=${rule.byDay.map((d) => `${d.nth ?? ''}${WEEKDAYS[d.weekday]}`).join(',')}`);
  list('BYHOUR', rule.byHour);
  list('BYMINUTE', rule.byMinute);
  list('BYSECOND', rule.bySecond);
  list('BYSETPOS', rule.bySetPos);
  if (rule.wkst !== 1) parts.push(`WKST=${WEEKDAYS[rule.wkst]}`);
  return parts.join(';');
}

// ---------------------------------------------------------------------------
// RRULE: expansion (the algorithm of Python's dateutil, which rrule.js also follows)

const mod = (a: number, b: number) => ((a % b) + b) % b;

/** Per-year lookup tables, indexed by day of the year (0-based), running 14 days into the next year. */
interface YearInfo {
  year: number;
  /** Civil ms of 1 January. */
  start: number;
  length: number;
  nextLength: number;
  month: Uint8Array;
  monthDay: Int8Array;
  negativeMonthDay: Int8Array;
  weekday: Uint8Array;
  /** Day-of-year index where each month starts; [12] is the year's length. */
  monthStart: number[];
}

const yearInfos = new Map<number, YearInfo>();

function yearInfo(year: number): YearInfo {
  let info = yearInfos.get(year);
  if (info) return info;
  const start = Date.UTC(year, 0, 1);
  const length = (Date.UTC(year + 1, 0, 1) - start) / DAY_MS;
  const size = length + 14;
  info = {
    year,
    start,
    length,
    nextLength: (Date.UTC(year + 2, 0, 1) - Date.UTC(year + 1, 0, 1)) / DAY_MS,
    month: new Uint8Array(size),
    monthDay: new Int8Array(size),
    negativeMonthDay: new Int8Array(size),
    weekday: new Uint8Array(size),
    monthStart: [],
  };
  for (let i = 0; i < size; i++) {
    const date = new Date(start + i * DAY_MS);
    const month = date.getUTCMonth() + 1;
    info.month[i] = month;
    info.monthDay[i] = date.getUTCDate();
    info.negativeMonthDay[i] = date.getUTCDate() - daysInMonth(date.getUTCFullYear(), month) - 1;
    info.weekday[i] = date.getUTCDay();
    if (i < length && date.getUTCDate() === 1) info.monthStart.push(i);
  }
  info.monthStart.push(length);
  if (yearInfos.size > 500) yearInfos.clear();
  yearInfos.set(year, info);
  return info;
}

/** Days of the year in the weeks `byWeekNo` names (ISO 8601 numbering from `wkst`); dateutil's wnomask. */
function weekNumberMask(info: YearInfo, byWeekNo: readonly number[], wkst: number): Uint8Array {
  const mask = new Uint8Array(info.length + 14);
  const yearWeekday = info.weekday[0];
  const markWeek = (i: number) => {
    for (let j = 0; j < 7; j++) {
      mask[i] = 1;
      i++;
      if (info.weekday[i] === wkst) break;
    }
  };
  const firstWkst = mod(7 - yearWeekday + wkst, 7);
  let no1Wkst = firstWkst;
  let weekYearLength: number;
  if (no1Wkst >= 4) {
    no1Wkst = 0;
    weekYearLength = info.length + mod(yearWeekday - wkst, 7);
  } else {
    weekYearLength = info.length - no1Wkst;
  }
  const numWeeks = Math.floor(weekYearLength / 7) + Math.floor((weekYearLength % 7) / 4);
  for (let n of byWeekNo) {
    if (n < 0) n += numWeeks + 1;
    if (!(n > 0 && n <= numWeeks)) continue;
    let i = no1Wkst;
    if (n > 1) {
      i = no1Wkst + (n - 1) * 7;
      if (no1Wkst !== firstWkst) i -= 7 - firstWkst;
    }
    markWeek(i);
  }
  if (byWeekNo.includes(1)) {
    // Week 1 of next year may start in the last days of this one.
    let i = no1Wkst + numWeeks * 7;
    if (no1Wkst !== firstWkst) i -= 7 - firstWkst;
    if (i < info.length) markWeek(i);
  }
  if (no1Wkst) {
    // The first days of the year may belong to the last week of the year before.
    let lastWeeks = -1;
    if (!byWeekNo.includes(-1)) {
      const lastYearWeekday = new Date(Date.UTC(info.year - 1, 0, 1)).getUTCDay();
      const lastNo1Wkst = mod(7 - lastYearWeekday + wkst, 7);
      const lastYearLength = (info.start - Date.UTC(info.year - 1, 0, 1)) / DAY_MS;
      lastWeeks =
        lastNo1Wkst >= 4
          ? 52 + Math.floor(mod(lastYearLength + mod(lastYearWeekday - wkst, 7), 7) / 4)
          : 52 + Math.floor(mod(info.length - no1Wkst, 7) / 4);
    }
    if (byWeekNo.includes(lastWeeks)) for (let i = 0; i < no1Wkst; i++) mask[i] = 1;
  }
  return mask;
}

/** Days matching the ordinal BYDAY items ("3TU", "-1FR") within each range of day indexes; dateutil's nwdaymask. */
function ordinalWeekdayMask(info: YearInfo, ranges: ReadonlyArray<readonly [number, number]>, ordinals: readonly ByDay[]): Uint8Array {
  const mask = new Uint8Array(info.length);
  for (const [first, end] of ranges) {
    const last = end - 1;
    for (const { weekday, nth } of ordinals) {
      let i: number;
      if (nth! < 0) {
        i = last + (nth! + 1) * 7;
        if (i < first) continue;
        i -= mod(info.weekday[i] - weekday, 7);
      } else {
        i = first + (nth! - 1) * 7;
        if (i > last) continue;
        i += mod(7 - info.weekday[i] + weekday, 7);
      }
      if (i >= first && i <= last) mask[i] = 1;
    }
  }
  return mask;
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
  /**
   * False: list only the dates the rule itself gives, counting from the first of them (dateutil's and
   * rrule.js's reading, and many calendar apps'). Default true: DTSTART is always first (RFC 5545).
   */
  startAlwaysFirst?: boolean;
}

/** Years without a single match after which a rule is taken to match nothing more (one Gregorian cycle). */
const BARREN_YEARS = 400;

/**
 * Occurrence starts (civil ms, wall-clock in the event's zone) of a recurring event, in order.
 * DTSTART is always the first occurrence and counts towards COUNT, even when it does not match the
 * rule (RFC 5545 §3.8.5.3). Wall-clock times stay put across DST changes (a 14:00 New York call stays
 * at 14:00 when the offset changes); COUNT counts occurrences before EXDATE removes any.
 *
 * Each period (year, month, week or day, stepped by INTERVAL) gives candidate days, which the BY… parts
 * filter; BYHOUR/BYMINUTE/BYSECOND give the times of each day; BYSETPOS picks from the period's list.
 * This is dateutil's algorithm (rrule.js is a port of it), with two differences that follow the RFC:
 * DTSTART is always included, and a BYDAY list mixing plain and ordinal days ("MO,1TU") means the union
 * (dateutil and rrule.js require both).
 */
export function expandRecurrence({ start, rule, timeZone, exdates = [], before = Infinity, limit = 10_000, startAlwaysFirst = true }: ExpandOptions): number[] {
  const out: number[] = [];
  if (start >= before || limit <= 0) return out;
  const excluded = new Set(exdates);
  const untilCivil =
    rule.until === undefined
      ? Infinity
      : rule.untilDate
        ? rule.until + DAY_MS - 1
        : rule.untilUtc && timeZone
          ? utcToCivil(rule.until, timeZone)
          : rule.until;

  // DTSTART is the first occurrence, whatever the rule says.
  let emitted = 0;
  if (startAlwaysFirst) {
    emitted = 1;
    if (!excluded.has(start)) out.push(start);
    if (rule.count === 1 || out.length >= limit) return out;
  }

  // Returns false when the series is over.
  const take = (civil: number): boolean => {
    if (startAlwaysFirst ? civil <= start : civil < start) return true;
    if (civil > untilCivil || civil >= before) return false;
    if (rule.count !== undefined && emitted >= rule.count) return false;
    emitted++;
    if (!excluded.has(civil)) out.push(civil);
    return out.length < limit;
  };

  const first = new Date(start);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth() + 1;
  const day = first.getUTCDate();
  const { freq, interval, wkst } = rule;

  // Defaults from DTSTART when no BY… part names the days (RFC 5545 §3.3.10, as dateutil does).
  let byMonth = rule.byMonth ?? null;
  let byMonthDay = rule.byMonthDay ?? null;
  let byDay = rule.byDay ?? null;
  if (!rule.byWeekNo && !rule.byYearDay && !byMonthDay && !byDay) {
    if (freq === 'YEARLY') {
      byMonth ??= [month];
      byMonthDay = [day];
    } else if (freq === 'MONTHLY') byMonthDay = [day];
    else if (freq === 'WEEKLY') byDay = [{ weekday: first.getUTCDay() }];
  }
  const positiveMonthDays = new Set(byMonthDay?.filter((d) => d > 0));
  const negativeMonthDays = new Set(byMonthDay?.filter((d) => d < 0));
  const ordinalsAllowed = freq === 'MONTHLY' || freq === 'YEARLY';
  const plainDays = byDay ? new Set(byDay.filter((d) => d.nth === undefined || !ordinalsAllowed).map((d) => d.weekday)) : null;
  const ordinalDays = ordinalsAllowed ? (byDay?.filter((d) => d.nth !== undefined) ?? []) : [];
  const yearDays = rule.byYearDay ? new Set(rule.byYearDay) : null;
  const monthSet = byMonth ? new Set(byMonth) : null;
  const sortedMonths = byMonth ? [...monthSet!].sort((a, b) => a - b) : null;

  const times: number[] = [];
  const timeOfDay = mod(start, DAY_MS);
  for (const h of rule.byHour ?? [Math.floor(timeOfDay / 3_600_000)])
    for (const m of rule.byMinute ?? [Math.floor(timeOfDay / 60_000) % 60])
      for (const s of rule.bySecond ?? [Math.floor(timeOfDay / 1000) % 60]) times.push(h * 3_600_000 + m * 60_000 + s * 1000);
  times.sort((a, b) => a - b);

  let info = yearInfo(year);
  // DAILY and WEEKLY periods step by day of the year; MONTHLY and YEARLY by month and year.
  let dayIndex = (Date.UTC(year, month - 1, day) - info.start) / DAY_MS;
  let weekMask: Uint8Array | null = null;
  let ordinalMask: Uint8Array | null = null;
  let ordinalKey = '';
  let lastHitYear = year;

  const keep = (i: number): boolean => {
    if (monthSet && !monthSet.has(info.month[i])) return false;
    if (weekMask && !weekMask[i]) return false;
    if (byDay) {
      const plain = plainDays!.has(info.weekday[i]);
      const ordinal = ordinalMask !== null && i < info.length && ordinalMask[i] === 1;
      if (!plain && !ordinal) return false;
    }
    if (byMonthDay && !positiveMonthDays.has(info.monthDay[i]) && !negativeMonthDays.has(info.negativeMonthDay[i])) return false;
    if (yearDays) {
      const ok =
        i < info.length
          ? yearDays.has(i + 1) || yearDays.has(i - info.length)
          : yearDays.has(i + 1 - info.length) || yearDays.has(i - info.length - info.nextLength);
      if (!ok) return false;
    }
    return true;
  };

  for (let period = 0; period < 1_000_000; period++) {
    if (info.year !== year) info = yearInfo(year);
    if (year > 9999 || year - lastHitYear > BARREN_YEARS) break;
    // The period's candidate days, as indexes into this year's tables.
    let from: number;
    let to: number;
    if (freq === 'YEARLY') [from, to] = [0, info.length];
    else if (freq === 'MONTHLY') [from, to] = [info.monthStart[month - 1], info.monthStart[month]];
    else {
      from = dayIndex;
      to = from + 1;
      if (freq === 'WEEKLY') while (to - from < 7 && info.weekday[to] !== wkst) to++;
    }
    const periodStart = info.start + from * DAY_MS;
    if (periodStart > untilCivil || periodStart >= before) break;
    weekMask = rule.byWeekNo ? weekNumberMask(info, rule.byWeekNo, wkst) : null;
    if (ordinalDays.length) {
      const key = `${year}-${freq === 'MONTHLY' ? month : 0}`;
      if (key !== ordinalKey) {
        const ranges: Array<readonly [number, number]> =
          freq === 'MONTHLY'
            ? [[info.monthStart[month - 1], info.monthStart[month]]]
            : byMonth
              ? byMonth.map((m) => [info.monthStart[m - 1], info.monthStart[m]] as const)
              : [[0, info.length]];
        ordinalMask = ordinalWeekdayMask(info, ranges, ordinalDays);
        ordinalKey = key;
      }
    }

    const days: number[] = [];
    if (freq === 'YEARLY' && sortedMonths) {
      // Only the listed months can match: skip the rest of the year.
      for (const m of sortedMonths) for (let i = info.monthStart[m - 1]; i < info.monthStart[m]; i++) if (keep(i)) days.push(i);
    } else for (let i = from; i < to; i++) if (keep(i)) days.push(i);

    let found: number[];
    if (rule.bySetPos) {
      const picked = new Set<number>();
      const total = days.length * times.length;
      for (const pos of rule.bySetPos) {
        const index = pos > 0 ? pos - 1 : total + pos;
        if (index < 0 || index >= total) continue;
        picked.add(info.start + days[Math.floor(index / times.length)] * DAY_MS + times[index % times.length]);
      }
      found = [...picked].sort((a, b) => a - b);
    } else {
      found = [];
      for (const i of days) for (const t of times) found.push(info.start + i * DAY_MS + t);
    }
    if (found.length) lastHitYear = year;
    let over = false;
    for (const civil of found) {
      if (!take(civil)) {
        over = true;
        break;
      }
    }
    if (over) break;

    // Next period.
    if (freq === 'YEARLY') year += interval;
    else if (freq === 'MONTHLY') {
      const index = month - 1 + interval;
      year += Math.floor(index / 12);
      month = (index % 12) + 1;
    } else {
      dayIndex += freq === 'WEEKLY' ? interval * 7 - mod(info.weekday[dayIndex] - wkst, 7) : interval;
      while (dayIndex >= info.length) {
        dayIndex -= info.length;
        info = yearInfo(++year);
      }
    }
  }
  return out;
}
