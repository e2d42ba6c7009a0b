/**
 * The weeks of a month and keyboard moves between days, for the month grid.
 * Days are plain "YYYY-MM-DD" strings (no time, no zone).
 */
import { DAY_MS, civilDate, parseCivil } from './civil-time.js';

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Regions whose weeks start on Sunday or Saturday (CLDR weekData); every other region starts on Monday. */
const SUNDAY_REGIONS = new Set(
  'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(' '),
);
const SATURDAY_REGIONS = new Set('AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));
/** The region a bare language implies, as Intl.Locale#maximize would give. */
const LIKELY_REGION: Record<string, string> = { en: 'US', es: 'ES', ar: 'EG' };

/** The fallback table, for browsers without Intl.Locale week info. */
export function weekStartFromTable(tag: string): IsoWeekday {
  const [language, ...rest] = tag.split(/[-_]/);
  const region = rest.find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase() ?? LIKELY_REGION[language.toLowerCase()] ?? 'US';
  if (SUNDAY_REGIONS.has(region)) return 7;
  if (SATURDAY_REGIONS.has(region)) return 6;
  return 1;
}

/** First day of the week for a locale: Intl.Locale#getWeekInfo (or the older `weekInfo` getter), else the table. */
export function weekStartFor(tag: string): IsoWeekday {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    const first = info?.firstDay;
    if (first && first >= 1 && first <= 7) return first as IsoWeekday;
  } catch {
    // Unknown tag or no Intl.Locale: fall through to the table.
  }
  return weekStartFromTable(tag);
}

export interface GridDay {
  /** "YYYY-MM-DD". */
  date: string;
  /** Day of the month, 1-31. */
  day: number;
  /** False for the leading and trailing days of the neighbouring months. */
  inMonth: boolean;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: IsoWeekday;
}

const isoWeekday = (ms: number) => (((new Date(ms).getUTCDay() + 6) % 7) + 1) as IsoWeekday;

/** "YYYY-MM" → [year, month 1-12]; null when malformed. */
export function parseMonth(value: string | null | undefined): [number, number] | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value ?? '');
  return match ? [Number(match[1]), Number(match[2])] : null;
}

export function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** "2026-01" + 2 → "2026-03". */
export function addMonths(month: string, count: number): string {
  const [year, m] = parseMonth(month) ?? [1970, 1];
  const index = year * 12 + (m - 1) + count;
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

export function addDays(date: string, count: number): string {
  return civilDate(parseCivil(date) + count * DAY_MS);
}

/** The weeks (rows of seven days) that show `month`, starting on `weekStart`. */
export function monthWeeks(month: string, weekStart: IsoWeekday): GridDay[][] {
  const [year, m] = parseMonth(month) ?? [1970, 1];
  const first = Date.UTC(year, m - 1, 1);
  const last = Date.UTC(year, m, 0);
  const lead = (isoWeekday(first) - weekStart + 7) % 7;
  const weeks: GridDay[][] = [];
  for (let cursor = first - lead * DAY_MS; cursor <= last; ) {
    const week: GridDay[] = [];
    for (let i = 0; i < 7; i++, cursor += DAY_MS) {
      const date = new Date(cursor);
      week.push({ date: civilDate(cursor), day: date.getUTCDate(), inMonth: cursor >= first && cursor <= last, weekday: isoWeekday(cursor) });
    }
    weeks.push(week);
  }
  return weeks;
}

/** The ISO weekdays in column order. */
export function weekdayOrder(weekStart: IsoWeekday): IsoWeekday[] {
  return Array.from({ length: 7 }, (_, i) => ((((weekStart - 1 + i) % 7) + 1) as IsoWeekday));
}

export type GridKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown';

/**
 * The day a key moves focus to, as in the WAI-ARIA date-grid pattern.
 * Left/right follow the reading direction (in right-to-left, Left is the next day);
 * Home/End go to the start/end of the week; PageUp/PageDown to the same day of
 * the previous/next month (clamped: 31 March → 28/29 February).
 */
export function moveDay(date: string, key: GridKey, weekStart: IsoWeekday, direction: 'ltr' | 'rtl' = 'ltr'): string {
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      return addDays(date, key === forward ? 1 : -1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
    case 'End': {
      const offset = (isoWeekday(parseCivil(date)) - weekStart + 7) % 7;
      return addDays(date, key === 'Home' ? -offset : 6 - offset);
    }
    case 'PageUp':
    case 'PageDown': {
      const target = addMonths(date.slice(0, 7), key === 'PageUp' ? -1 : 1);
      const [y, m] = parseMonth(target)!;
      const day = Math.min(Number(date.slice(8, 10)), new Date(Date.UTC(y, m, 0)).getUTCDate());
      return `${target}-${String(day).padStart(2, '0')}`;
    }
  }
}

/**
 * The agenda's days of `month`: each occurrence once, under its first day in the month (its dates say how
 * long it runs), days in order.
 */
export function agendaDays<T extends { firstDay: string }>(occurrences: readonly T[], month: string): Array<[day: string, items: T[]]> {
  const groups = new Map<string, T[]>();
  const monthStart = `${month}-01`;
  for (const o of occurrences) {
    const day = o.firstDay < monthStart ? monthStart : o.firstDay;
    const list = groups.get(day);
    if (list) list.push(o);
    else groups.set(day, [o]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
