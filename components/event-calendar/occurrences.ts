/**
 * Dataset events → what a calendar shows for a span of days: exact occurrences
 * (placed on the viewer's days, in the viewer's zone) and approximate items
 * (known to the month, the season, a rhythm, or "to be announced"), which are
 * listed as such and never placed on a made-up day.
 */
import { EVENT_TYPES } from '../../src/data/constants.js';
import type { EventType, SiipEvent } from '../../src/data/schema.js';
import { DAY_MS, civilDate, civilToUtc, parseCivil, utcToCivil } from './civil-time.js';
import { ruleEngine } from './rule-engine.js';
import { addMonths } from './calendar-grid.js';

type DatetimeWhen = Extract<SiipEvent['when'], { precision: 'datetime' }>;
type DateWhen = Extract<SiipEvent['when'], { precision: 'date' }>;
export type ApproximatePrecision = 'month' | 'season' | 'cadence' | 'tba';

export interface ExactOccurrence {
  kind: 'exact';
  /** Unique per occurrence: `${eventId}@${occurrenceStart}`. */
  key: string;
  event: SiipEvent;
  allDay: boolean;
  /** Timed: UTC instant. All-day: civil ms of the first day. */
  start: number;
  /** Timed: UTC instant (equal to start when no end is given). All-day: civil ms of the last day (inclusive). */
  end: number;
  /** Identifies the occurrence in events: UTC ISO instant for timed, "YYYY-MM-DD" for all-day. */
  occurrenceStart: string;
  /** First and last day ("YYYY-MM-DD", inclusive) the occurrence touches in the viewer's zone. */
  firstDay: string;
  lastDay: string;
  /** True for every date of a series, including the one date shown for a rule that is not expanded. */
  recurring: boolean;
  /**
   * True when the event's RRULE is outside the engine's subset (or not valid): only its first date is
   * shown, and the reader is sent to the organiser's calendar for the others.
   */
  ruleIgnored: boolean;
  /** The event's own zone (timed events). */
  timeZone?: string;
}

export interface ApproximateItem {
  kind: 'approximate';
  key: string;
  event: SiipEvent;
  precision: ApproximatePrecision;
}

export type CalendarItem = ExactOccurrence | ApproximateItem;

/** Parses the `types` attribute ("meeting, training"); unknown names are ignored; empty → all types. */
export function parseTypes(value: string | null | undefined): Set<EventType> {
  const wanted = (value ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t): t is EventType => (EVENT_TYPES as readonly string[]).includes(t));
  return new Set(wanted.length ? wanted : EVENT_TYPES);
}

export function filterByType(events: readonly SiipEvent[], types: ReadonlySet<EventType>): SiipEvent[] {
  return events.filter((event) => types.has(event.type));
}

export function isExact(event: SiipEvent): boolean {
  return event.when.precision === 'datetime' || event.when.precision === 'date';
}

const MAX_PER_EVENT = 2_000;

/** Civil ms of occurrence starts of a dated event up to `before` (civil, event frame). */
function starts(when: DatetimeWhen | DateWhen, before: number): { starts: number[]; recurring: boolean; ruleIgnored: boolean } {
  const first = parseCivil(when.start);
  if (Number.isNaN(first)) return { starts: [], recurring: false, ruleIgnored: false };
  if (!when.rrule) return { starts: first < before ? [first] : [], recurring: false, ruleIgnored: false };
  const { readRRule, expandRecurrence } = ruleEngine();
  const rule = readRRule(when.rrule).rule;
  if (!rule) return { starts: first < before ? [first] : [], recurring: true, ruleIgnored: true };
  const exdates = (when.exdates ?? []).map(parseCivil).filter((ms) => !Number.isNaN(ms));
  const timeZone = when.precision === 'datetime' ? when.timeZone : undefined;
  return { starts: expandRecurrence({ start: first, rule, timeZone, exdates, before, limit: MAX_PER_EVENT }), recurring: true, ruleIgnored: false };
}

function toOccurrence(event: SiipEvent, civilStart: number, recurring: boolean, ruleIgnored: boolean, viewerZone: string): ExactOccurrence {
  const when = event.when as DatetimeWhen | DateWhen;
  const duration = Math.max(0, (when.end ? parseCivil(when.end) : NaN) - parseCivil(when.start)) || 0;
  if (when.precision === 'date') {
    const end = civilStart + Math.floor(duration / DAY_MS) * DAY_MS;
    const day = civilDate(civilStart);
    return {
      kind: 'exact',
      key: `${event.id}@${day}`,
      event,
      allDay: true,
      start: civilStart,
      end,
      occurrenceStart: day,
      firstDay: day,
      lastDay: civilDate(end),
      recurring,
      ruleIgnored,
    };
  }
  const start = civilToUtc(civilStart, when.timeZone);
  // The end keeps its wall-clock distance from the start (a 14:00–15:00 call stays 14:00–15:00 after a DST change).
  const end = Math.max(start, civilToUtc(civilStart + duration, when.timeZone));
  const occurrenceStart = new Date(start).toISOString();
  return {
    kind: 'exact',
    key: `${event.id}@${occurrenceStart}`,
    event,
    allDay: false,
    start,
    end,
    occurrenceStart,
    firstDay: civilDate(utcToCivil(start, viewerZone)),
    // An event ending exactly at midnight does not touch the next day.
    lastDay: civilDate(utcToCivil(end > start ? end - 1 : end, viewerZone)),
    recurring,
    ruleIgnored,
    timeZone: when.timeZone,
  };
}

/**
 * What to say about an occurrence's recurrence: `repeats` for a date of an expanded series,
 * `repeats-elsewhere` for the one date shown of a rule the engine does not expand (the reader should look
 * at the organiser's calendar for the others), null for a single event.
 */
export function recurrenceNote(occurrence: ExactOccurrence): 'repeats' | 'repeats-elsewhere' | null {
  if (occurrence.ruleIgnored) return 'repeats-elsewhere';
  return occurrence.recurring ? 'repeats' : null;
}

/** Orders items as an agenda reads: by first day, all-day before timed, then by start, then title id. */
export function compareOccurrences(a: ExactOccurrence, b: ExactOccurrence): number {
  if (a.firstDay !== b.firstDay) return a.firstDay < b.firstDay ? -1 : 1;
  if (a.allDay !== b.allDay) return a.allDay ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}

/** Every exact occurrence of `events` that touches a day from `fromDay` to `toDay` (inclusive) in the viewer's zone. */
export function occurrencesBetween(events: readonly SiipEvent[], fromDay: string, toDay: string, viewerZone: string): ExactOccurrence[] {
  const from = parseCivil(fromDay);
  const to = parseCivil(toDay);
  const out: ExactOccurrence[] = [];
  for (const event of events) {
    const when = event.when;
    if (when.precision !== 'datetime' && when.precision !== 'date') continue;
    const duration = Math.max(0, (when.end ? parseCivil(when.end) : NaN) - parseCivil(when.start)) || 0;
    // Zones differ from the viewer's by at most ~26 h: two days of slack, then filter exactly.
    const found = starts(when, to + 2 * DAY_MS + (when.precision === 'datetime' ? DAY_MS : 0));
    for (const civil of found.starts) {
      if (civil + duration < from - 2 * DAY_MS) continue;
      const occurrence = toOccurrence(event, civil, found.recurring, found.ruleIgnored, viewerZone);
      if (occurrence.lastDay >= fromDay && occurrence.firstDay <= toDay) out.push(occurrence);
    }
  }
  return out.sort(compareOccurrences);
}

/** Occurrences touching a month ("YYYY-MM"). */
export function occurrencesInMonth(events: readonly SiipEvent[], month: string, viewerZone: string): ExactOccurrence[] {
  const next = addMonths(month, 1);
  return occurrencesBetween(events, `${month}-01`, civilDate(parseCivil(`${next}-01`) - DAY_MS), viewerZone);
}

/** Groups occurrences by each viewer day they touch (multi-day events appear on every day). */
export function byDay(occurrences: readonly ExactOccurrence[], fromDay: string, toDay: string): Map<string, ExactOccurrence[]> {
  const map = new Map<string, ExactOccurrence[]>();
  for (const occurrence of occurrences) {
    const first = occurrence.firstDay > fromDay ? occurrence.firstDay : fromDay;
    const last = occurrence.lastDay < toDay ? occurrence.lastDay : toDay;
    for (let day = parseCivil(first), end = parseCivil(last); day <= end; day += DAY_MS) {
      const key = civilDate(day);
      const list = map.get(key);
      if (list) list.push(occurrence);
      else map.set(key, [occurrence]);
    }
  }
  return map;
}

export const SEASON_MONTHS = { spring: [3, 4, 5], summer: [6, 7, 8], fall: [9, 10, 11], winter: [12, 1, 2] } as const;

/** The "YYYY-MM" months a month- or season-precision event covers (seasons: winter YYYY is Dec YYYY – Feb YYYY+1). */
export function monthsOf(event: SiipEvent): string[] | 'every-year' | null {
  const when = event.when;
  if (when.precision === 'month') {
    const out = [when.month];
    const last = when.endMonth && when.endMonth > when.month ? when.endMonth : when.month;
    while (out[out.length - 1] < last && out.length < 120) out.push(addMonths(out[out.length - 1], 1));
    return out;
  }
  if (when.precision === 'season') {
    if (when.yearly || when.year === undefined) return 'every-year';
    const first = `${String(when.year).padStart(4, '0')}-${String(SEASON_MONTHS[when.season][0]).padStart(2, '0')}`;
    return [first, addMonths(first, 1), addMonths(first, 2)];
  }
  return null;
}

function coversMonth(event: SiipEvent, month: string): boolean {
  const when = event.when;
  if (when.precision === 'month') return (monthsOf(event) as string[]).includes(month);
  if (when.precision === 'season') {
    const months = monthsOf(event);
    if (months !== 'every-year') return months!.includes(month);
    const m = Number(month.slice(5, 7));
    const inSeason = (SEASON_MONTHS[when.season] as readonly number[]).includes(m);
    const year = Number(month.slice(0, 4));
    return inSeason && (when.year === undefined || year >= when.year) && (when.lastYear === undefined || year <= when.lastYear);
  }
  if (when.precision === 'cadence') {
    // Partial dates: from "2023" means from January 2023; until "2024" means through December 2024.
    const from = when.from ? (when.from.length === 4 ? `${when.from}-01` : when.from.slice(0, 7)) : '';
    const until = when.until ? (when.until.length === 4 ? `${when.until}-12` : when.until.slice(0, 7)) : '9999-12';
    return month >= from && month <= until;
  }
  return false;
}

/** Month-, season- and cadence-precision items that belong to `month`; `tba` items are listed separately. */
export function approximateInMonth(events: readonly SiipEvent[], month: string): ApproximateItem[] {
  const out: ApproximateItem[] = [];
  for (const event of events) {
    const precision = event.when.precision;
    if (precision === 'datetime' || precision === 'date' || precision === 'tba') continue;
    if (coversMonth(event, month)) out.push({ kind: 'approximate', key: `${event.id}@${month}`, event, precision });
  }
  const rank = { month: 0, season: 1, cadence: 2, tba: 3 } as const;
  return out.sort((a, b) => rank[a.precision] - rank[b.precision] || (a.event.id < b.event.id ? -1 : 1));
}

/** Events whose date is still to be announced. */
export function toBeAnnounced(events: readonly SiipEvent[]): ApproximateItem[] {
  return events
    .filter((event) => event.when.precision === 'tba')
    .map((event) => ({ kind: 'approximate' as const, key: `${event.id}@tba`, event, precision: 'tba' as const }));
}

export interface Neighbour {
  /** "YYYY-MM" to jump to. */
  month: string;
  item: CalendarItem;
}

const LOOK_MONTHS = 120;

/**
 * The nearest dated thing after (`direction` 1) or before (-1) `month`: an exact
 * occurrence or a month/season item (cadences recur everywhere and are not
 * "next"). Looks ten years each way.
 */
export function neighbour(events: readonly SiipEvent[], month: string, direction: 1 | -1, viewerZone: string): Neighbour | null {
  let best: { month: string; sort: number; item: CalendarItem } | null = null;
  const consider = (candidateMonth: string, sort: number, item: CalendarItem) => {
    const later = direction === 1 ? candidateMonth > month : candidateMonth < month;
    if (!later) return;
    if (!best || (direction === 1 ? sort < best.sort : sort > best.sort)) best = { month: candidateMonth, sort, item };
  };
  const [fromDay, toDay] =
    direction === 1
      ? [`${addMonths(month, 1)}-01`, `${addMonths(month, LOOK_MONTHS)}-01`]
      : [`${addMonths(month, -LOOK_MONTHS)}-01`, civilDate(parseCivil(`${month}-01`) - DAY_MS)];
  for (const event of events) {
    const when = event.when;
    if (when.precision === 'datetime' || when.precision === 'date') {
      const found = occurrencesBetween([event], fromDay, toDay, viewerZone);
      const pick = direction === 1 ? found[0] : found[found.length - 1];
      if (pick) consider((direction === 1 ? pick.firstDay : pick.lastDay).slice(0, 7), parseCivil(pick.firstDay), pick);
    } else if (when.precision === 'month' || when.precision === 'season') {
      let months = monthsOf(event);
      if (months === 'every-year') {
        // The nearest season in the search direction.
        const seasonMonths = SEASON_MONTHS[(when as { season: keyof typeof SEASON_MONTHS }).season];
        months = [];
        for (let i = 1; i <= 24; i++) {
          const candidate = addMonths(month, direction * i);
          if ((seasonMonths as readonly number[]).includes(Number(candidate.slice(5))) && coversMonth(event, candidate)) months.push(candidate);
        }
      }
      if (!months) continue;
      const ordered = direction === 1 ? months : [...months].reverse();
      const hit = ordered.find((m) => (direction === 1 ? m > month : m < month));
      if (hit) consider(hit, parseCivil(`${hit}-01`), { kind: 'approximate', key: `${event.id}@${hit}`, event, precision: when.precision });
    }
  }
  return best;
}
