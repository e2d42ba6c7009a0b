/**
 * VTIMEZONE blocks (RFC 5545 §3.6.5) that match the platform's IANA zone data exactly over a span of
 * time. Loaded only when a file is exported (`ics.ts` imports it dynamically), so pages that never
 * export do not pay for it.
 *
 * Why not a fixed "nth weekday of a month" rule: zones such as Africa/Cairo (last Friday of April, at
 * midnight), Asia/Jerusalem (the Friday before the last Sunday of March) and America/Santiago (rules that
 * changed from year to year) do not fit it, and a guessed rule lands transitions a week off. Here every
 * transition in the span is found by searching `Intl.DateTimeFormat` offsets, then written either as a
 * yearly RRULE, when one rule reproduces every transition of its kind in the span exactly, or as RDATEs
 * (one per transition, DTSTART repeated as the first), which are exact whatever the zone does. Why not `timezones-ical-library`: its
 * blocks describe the rules of one tzdata release and would have to ship as a data chunk for every zone,
 * while the browser already carries the zone database the widget's own times come from.
 */
import { DAY_MS, WEEKDAYS, daysInMonth, partsFormatter } from './civil-time.js';

const MINUTE = 60_000;

/** Offset of `timeZone` from UTC at `utc` (ms), straight from Intl (no caching by quarter hour). */
export function intlOffset(utc: number, timeZone: string): number {
  const formatter = partsFormatter(timeZone);
  const at = Math.floor(utc / 1000) * 1000;
  const f: Record<string, number> = {};
  for (const part of formatter.formatToParts(at)) if (part.type !== 'literal' && part.type !== 'era') f[part.type] = Number(part.value);
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - at;
}

export interface Transition {
  /** UTC instant of the change (to the minute). */
  at: number;
  /** Offsets before and after (ms). */
  from: number;
  to: number;
}

/**
 * Every offset change of `timeZone` from `fromUtc` to `toUtc`. Offsets are sampled every two days (no zone
 * in use changes twice within that; Morocco's Ramadan changes are a month apart), then each change is
 * narrowed to the minute by bisection. The tests check the result against the database every 3 hours.
 */
export function zoneTransitions(timeZone: string, fromUtc: number, toUtc: number): Transition[] {
  const STEP = 2 * DAY_MS;
  const out: Transition[] = [];
  let previous = intlOffset(fromUtc, timeZone);
  for (let t = fromUtc + STEP; t - STEP < toUtc; t += STEP) {
    const offset = intlOffset(t, timeZone);
    if (offset === previous) continue;
    let lo = t - STEP;
    let hi = t;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (intlOffset(mid, timeZone) === previous) lo = mid;
      else hi = mid;
    }
    if (hi <= toUtc) out.push({ at: hi, from: previous, to: offset });
    previous = offset;
  }
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "19700101T000000" of a wall-clock (civil) time. */
function localStamp(civil: number): string {
  const d = new Date(civil);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** "+0530" / "-0300" of an offset. */
export function offsetText(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** The candidate yearly rules (BYMONTH=… plus the rest) that put a change on this day. */
function candidateRules(civil: number): string[] {
  const date = new Date(civil);
  const day = date.getUTCDate();
  const month = date.getUTCMonth() + 1;
  const weekday = WEEKDAYS[date.getUTCDay()];
  const out = [`BYMONTH=${month};BYDAY=${Math.ceil(day / 7)}${weekday}`];
  if (day + 7 > daysInMonth(date.getUTCFullYear(), month)) out.push(`BYMONTH=${month};BYDAY=-1${weekday}`);
  // "The weekday on or after the d-th" (Israel: the Friday from 23 to 29 March).
  for (let first = Math.max(1, day - 6); first <= Math.min(day, daysInMonth(2001, month) - 6); first++) {
    const days = Array.from({ length: 7 }, (_, i) => first + i).join(',');
    out.push(`BYMONTH=${month};BYMONTHDAY=${days};BYDAY=${weekday}`);
  }
  out.push(`BYMONTH=${month};BYMONTHDAY=${day}`);
  return out;
}

/** The day (civil ms at 00:00) a yearly candidate rule gives in `year`, or null. */
function dayOfRule(rule: string, year: number): number | null {
  const month = Number(/BYMONTH=(\d+)/.exec(rule)![1]);
  const monthDays = /BYMONTHDAY=([\d,]+)/.exec(rule)?.[1].split(',').map(Number);
  const byDay = /BYDAY=(-?\d)?([A-Z]{2})/.exec(rule);
  const length = daysInMonth(year, month);
  const matches: number[] = [];
  for (let d = 1; d <= length; d++) {
    const civil = Date.UTC(year, month - 1, d);
    if (monthDays && !monthDays.includes(d)) continue;
    if (byDay && WEEKDAYS[new Date(civil).getUTCDay()] !== byDay[2]) continue;
    matches.push(civil);
  }
  if (!byDay?.[1]) return matches.length === 1 ? matches[0] : null;
  const nth = Number(byDay[1]);
  return (nth > 0 ? matches[nth - 1] : matches[matches.length + nth]) ?? null;
}

interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  from: number;
  to: number;
  /** Wall-clock onsets (civil ms, in the offset before the change), in order. */
  onsets: number[];
}

/**
 * A VTIMEZONE for `timeZone` whose observances equal the zone's offsets from `fromUtc` to `toUtc`.
 * Each kind of change (same offsets, same wall-clock time) is written as one yearly RRULE when a rule
 * of the usual shapes (nth or last weekday, weekday on or after a day, fixed day) gives exactly the
 * span's changes of that kind, every year of the span; otherwise every change is listed as an RDATE.
 */
export function vtimezoneLines(timeZone: string, fromUtc: number, toUtc: number): string[] {
  const transitions = zoneTransitions(timeZone, fromUtc, toUtc);
  const initial = intlOffset(fromUtc, timeZone);
  const offsets = [initial, ...transitions.map((t) => t.to)];
  const lowest = Math.min(...offsets);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const block = (kind: string, start: number, from: number, to: number, extra: string[]) =>
    lines.push(`BEGIN:${kind}`, `DTSTART:${localStamp(start)}`, ...extra, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, `END:${kind}`);

  // The offset in force when the span begins, so times before the first change are read right.
  block(initial > lowest ? 'DAYLIGHT' : 'STANDARD', fromUtc + initial, initial, initial, []);

  const groups = new Map<string, Observance>();
  for (const { at, from, to } of transitions) {
    const onset = at + from; // RFC 5545: DTSTART of an observance is the wall-clock time before the change.
    const kind = to > from ? 'DAYLIGHT' : 'STANDARD';
    const key = `${kind} ${from} ${to} ${onset % DAY_MS}`;
    const group = groups.get(key);
    if (group) group.onsets.push(onset);
    else groups.set(key, { kind, from, to, onsets: [onset] });
  }

  const firstYear = new Date(fromUtc).getUTCFullYear();
  const lastYear = new Date(toUtc).getUTCFullYear();
  const ruleFor = (group: Observance): string | null => {
    const timeOfDay = group.onsets[0] % DAY_MS;
    const onsetYear = (civil: number) => new Date(civil).getUTCFullYear();
    const years = group.onsets.map(onsetYear);
    // One change a year, every year from the first to the end of the span.
    if (years.some((year, i) => year !== years[0] + i) || years[years.length - 1] < lastYear - 1) return null;
    for (const rule of candidateRules(group.onsets[0] - timeOfDay)) {
      let exact = true;
      for (let year = years[0]; year <= lastYear && exact; year++) {
        const day = dayOfRule(rule, year);
        const actual = group.onsets[year - years[0]];
        const inSpan = day !== null && day + timeOfDay - group.from <= toUtc;
        if (actual === undefined ? inSpan : day === null || day + timeOfDay !== actual) exact = false;
      }
      if (exact) return rule;
    }
    return null;
  };
  const rules = [...groups.values()].map(ruleFor);
  // Rules continue past the span, so they are used only when every kind of change has one.
  const useRules = rules.every(Boolean) && firstYear <= lastYear;
  [...groups.values()].forEach((group, i) => {
    const extra = useRules
      ? [`RRULE:FREQ=YEARLY;${rules[i]}`]
      : // One RDATE per change, the first included: ical.js reads only the first value of an RDATE and,
        // when RDATEs are present, not DTSTART itself.
        group.onsets.map((onset) => `RDATE:${localStamp(onset)}`);
    block(group.kind, group.onsets[0], group.from, group.to, extra);
  });
  lines.push('END:VTIMEZONE');
  return lines;
}
