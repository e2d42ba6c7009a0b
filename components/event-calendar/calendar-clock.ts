/**
 * The calendar's sense of time and place, from its attributes: the zone times are shown in, "now", today's
 * date and the month shown. Pure functions of attribute values, so an element and a test read them alike.
 */
import { isTimeZone, localTimeZone } from '../../src/internal/time-zone.js';
import { parseMonth } from './calendar-grid.js';
import { DAY_MS, civilDate, civilToUtc, parseCivil, utcToCivil } from './civil-time.js';

/** True when `timezone` is empty (the reader's own zone) or a zone this browser knows. */
export function isUsableZone(timezone: string): boolean {
  return !timezone || isTimeZone(timezone);
}

/** The zone times are shown in: `timezone` when usable, else the reader's own. */
export function viewerZone(timezone: string): string {
  if (timezone && isTimeZone(timezone)) return timezone;
  return localTimeZone();
}

/** "Now" as a UTC instant: `today` as "YYYY-MM-DD" (its noon in `zone`) or an ISO instant, else the clock. */
export function nowFrom(today: string, zone: string): number {
  const value = today.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(parseCivil(value))) return civilToUtc(parseCivil(value) + DAY_MS / 2, zone);
  const parsed = value ? Date.parse(value) : NaN;
  return Number.isNaN(parsed) ? Date.now() : parsed;
}

/** "YYYY-MM-DD" of the instant `now` in `zone`. */
export function dayIn(now: number, zone: string): string {
  return civilDate(utcToCivil(now, zone));
}

/** True when `month` is empty (the current month) or a valid "YYYY-MM". */
export function isUsableMonth(month: string): boolean {
  return !month || parseMonth(month) !== null;
}

/** The month shown: `month` when valid, else the month of `today` ("YYYY-MM-DD"). */
export function shownMonth(month: string, today: string): string {
  return month && parseMonth(month) ? month : today.slice(0, 7);
}

/** The grid's focused day within `month`: `focusedDay` when it lies there, else today when it does, else the 1st. */
export function dayInMonth(month: string, focusedDay: string, today: string): string {
  if (focusedDay.startsWith(month)) return focusedDay;
  return today.startsWith(month) ? today : `${month}-01`;
}
