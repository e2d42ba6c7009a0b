/**
 * What the calendar offers when nothing dated lies ahead: the most recent dated items and the rhythms that
 * are still expected (application windows each summer, meetings "monthly, dates not published"). A reader
 * who opens the calendar in a quiet year learns that at once, instead of paging through empty months.
 */
import type { SiipEvent } from '../../src/data/schema.js';
import { DAY_MS, civilDate, parseCivil } from './civil-time.js';
import { addMonths } from './calendar-grid.js';
import { monthsOf, occurrencesBetween, type ApproximateItem, type CalendarItem } from './occurrences.js';

/** How far the outlook looks for dated items, each way (ten years, as `neighbour` does). */
const LOOK_DAYS = 3653;

export interface Outlook {
  /** True when some exact occurrence, or an item dated to a month or season, touches today or later. */
  upcoming: boolean;
  /** The latest dated items before today, newest first. */
  recent: CalendarItem[];
  /** Rhythms that have not ended (yearly seasons, open cadences), application windows first. */
  expected: ApproximateItem[];
}

/** The month ("YYYY-MM") an item is dated to, for jumping there and for ordering. */
export function monthOfItem(item: CalendarItem): string {
  if (item.kind === 'exact') return item.firstDay.slice(0, 7);
  const months = monthsOf(item.event);
  return Array.isArray(months) ? months[months.length - 1] : '';
}

/** Months a month- or season-dated event covers, or null for yearly seasons, cadences and tba. */
function datedMonths(event: SiipEvent): string[] | null {
  const months = monthsOf(event);
  return Array.isArray(months) ? months : null;
}

function stillExpected(event: SiipEvent, today: string): boolean {
  const when = event.when;
  const month = today.slice(0, 7);
  if (when.precision === 'season') return Boolean(when.yearly || when.year === undefined) && (when.lastYear === undefined || when.lastYear >= Number(today.slice(0, 4)));
  if (when.precision === 'cadence') {
    if (!when.until) return true;
    const until = when.until.length === 4 ? `${when.until}-12` : when.until.slice(0, 7);
    return until >= month;
  }
  return false;
}

/**
 * The outlook from `today` ("YYYY-MM-DD" in the viewer's zone) over `events` (already filtered by type and
 * community): whether anything dated lies ahead, the `recentCount` latest dated items, and what is expected.
 */
export function calendarOutlook(events: readonly SiipEvent[], today: string, viewerZone: string, recentCount = 3): Outlook {
  const todayMs = parseCivil(today);
  const month = today.slice(0, 7);
  const ahead = occurrencesBetween(events, today, civilDate(todayMs + LOOK_DAYS * DAY_MS), viewerZone);
  const datedAhead = events.some((event) => datedMonths(event)?.some((m) => m >= month));
  const upcoming = ahead.length > 0 || datedAhead;

  const past: CalendarItem[] = occurrencesBetween(events, civilDate(todayMs - LOOK_DAYS * DAY_MS), civilDate(todayMs - DAY_MS), viewerZone).filter(
    (o) => o.lastDay < today,
  );
  for (const event of events) {
    const months = datedMonths(event);
    const last = months?.[months.length - 1];
    if (last && last < month && last >= addMonths(month, -LOOK_DAYS / 30)) {
      past.push({ kind: 'approximate', key: `${event.id}@${last}`, event, precision: event.when.precision as 'month' | 'season' });
    }
  }
  // Newest first: by the last month (or day) an item touches; exact days break ties within a month.
  const sortKey = (item: CalendarItem) => (item.kind === 'exact' ? item.lastDay : `${monthOfItem(item)}-99`);
  const recent = past.sort((a, b) => (sortKey(a) < sortKey(b) ? 1 : sortKey(a) > sortKey(b) ? -1 : 0)).slice(0, recentCount);

  const expected = events
    .filter((event) => stillExpected(event, today))
    .map((event): ApproximateItem => ({ kind: 'approximate', key: `${event.id}@expected`, event, precision: event.when.precision as 'season' | 'cadence' }))
    .sort((a, b) => Number(b.event.type === 'application-window') - Number(a.event.type === 'application-window') || (a.event.id < b.event.id ? -1 : 1));

  return { upcoming, recent, expected };
}
