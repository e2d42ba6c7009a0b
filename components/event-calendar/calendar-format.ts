/**
 * Dates and times of the calendar in one locale, with the caches that keep long agendas fast. One
 * CalendarFormatter per locale is shared by every calendar on the page (`calendarFormat(locale)`); it owns
 * the ranges it has already written, and takes its Intl formatters from the page's shared ones
 * (`src/localization/intl.ts`). No DOM, no msg(): words live in calendar-labels.ts.
 */
import { dateTimeFormat, intlLocale } from '../../src/localization/intl.js';
import { civilDate, parseCivil, utcToCivil } from './civil-time.js';
import { weekdayOrder, type IsoWeekday } from './calendar-grid.js';
import type { ExactOccurrence } from './occurrences.js';

/** Past this many entries a cache starts again, so a page left open for days does not grow without end. */
const CACHE_LIMIT = 5_000;

export interface WeekdayName {
  short: string;
  long: string;
}

export class CalendarFormatter {
  readonly locale: string;
  readonly #dateRanges = new Map<string, string>();
  readonly #timeRanges = new Map<string, string>();

  constructor(locale: string) {
    this.locale = locale;
  }

  /** "December 2026". */
  monthTitle(month: string): string {
    return this.#formatter({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parseCivil(`${month}-15`));
  }

  /** "June – August 2018" for a span of months, "June 2018" for one. */
  monthSpan(month: string, endMonth?: string): string {
    const f = this.#formatter({ month: 'long', year: 'numeric', timeZone: 'UTC' });
    const first = parseCivil(`${month}-15`);
    return endMonth && endMonth > month ? f.formatRange(first, parseCivil(`${endMonth}-15`)) : f.format(first);
  }

  /** "Thursday, December 3, 2026". */
  fullDate(day: string): string {
    return this.#formatter({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parseCivil(day));
  }

  /** "December 3, 2026" or "December 3 – 5, 2026". */
  dateRange(first: string, last: string): string {
    const key = `${first}|${last}`;
    let text = this.#dateRanges.get(key);
    if (text === undefined) {
      const f = this.#formatter({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      // formatRange is slow in Chromium; the same few ranges recur on every render, so keep them.
      text = first === last ? f.format(parseCivil(first)) : f.formatRange(parseCivil(first), parseCivil(last));
      remember(this.#dateRanges, key, text);
    }
    return text;
  }

  /** "2:00 PM – 3:30 PM" in `zone` (with the zone's short name when asked), or with dates when it spans days. */
  timeRange(occurrence: ExactOccurrence, zone: string, withZoneName: boolean): string {
    // Recurring events and busy days repeat the same times: format each distinct range once.
    const key = `${zone}|${withZoneName}|${occurrence.start}|${occurrence.end}`;
    let text = this.#timeRanges.get(key);
    if (text === undefined) {
      text = this.#formatTimeRange(occurrence, zone, withZoneName);
      remember(this.#timeRanges, key, text);
    }
    return text;
  }

  /** "2:00 PM": the start time on a grid chip. */
  time(instant: number, zone: string): string {
    return this.#formatter({ hour: 'numeric', minute: '2-digit', timeZone: zone }).format(instant);
  }

  /** The column headings of the grid, starting on `weekStart`. */
  weekdays(weekStart: IsoWeekday): WeekdayName[] {
    const long = this.#formatter({ weekday: 'long', timeZone: 'UTC' });
    const short = this.#formatter({ weekday: 'short', timeZone: 'UTC' });
    // 2024-01-01 was a Monday: ISO weekday n is 2024-01-0n.
    return weekdayOrder(weekStart).map((d) => {
      const day = parseCivil(`2024-01-0${d}`);
      return { short: short.format(day), long: long.format(day) };
    });
  }

  /** "Eastern Time": the reader-facing name of `zone` at `instant`. */
  zoneName(zone: string, instant: number): string {
    return (
      this.#formatter({ timeZone: zone, timeZoneName: 'longGeneric' })
        .formatToParts(instant)
        .find((p) => p.type === 'timeZoneName')?.value ?? zone
    );
  }

  /** The event's own local time, when its zone's clock differs from the viewer's at that moment. */
  eventZoneTime(occurrence: ExactOccurrence, viewerZone: string): string | null {
    const zone = occurrence.timeZone;
    if (!zone || occurrence.allDay) return null;
    if (utcToCivil(occurrence.start, zone) === utcToCivil(occurrence.start, viewerZone)) return null;
    return this.timeRange(occurrence, zone, true);
  }

  #formatTimeRange(occurrence: ExactOccurrence, zone: string, withZoneName: boolean): string {
    const named = withZoneName ? { timeZoneName: 'short' as const } : {};
    const base: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZone: zone };
    if (occurrence.end <= occurrence.start) return this.#formatter({ ...base, ...named }).format(occurrence.start);
    const sameDay = civilDate(utcToCivil(occurrence.start, zone)) === civilDate(utcToCivil(occurrence.end - 1, zone));
    const options = sameDay ? base : { ...base, day: 'numeric' as const, month: 'short' as const };
    // Two format() calls, not formatRange(): the latter costs ~20x more per call in Chromium, which long agendas feel.
    return `${this.#formatter(options).format(occurrence.start)} – ${this.#formatter({ ...options, ...named }).format(occurrence.end)}`;
  }

  #formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    return dateTimeFormat(intlLocale(this.locale), options);
  }
}

function remember(cache: Map<string, string>, key: string, text: string): void {
  if (cache.size > CACHE_LIMIT) cache.clear();
  cache.set(key, text);
}

const byLocale = new Map<string, CalendarFormatter>();

/** The page-wide formatter of `locale`. */
export function calendarFormat(locale: string): CalendarFormatter {
  let format = byLocale.get(locale);
  if (!format) byLocale.set(locale, (format = new CalendarFormatter(locale)));
  return format;
}
