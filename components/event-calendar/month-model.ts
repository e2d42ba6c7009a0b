/**
 * What the calendar shows for one month, computed once per month, zone, filter, community and day: the
 * exact occurrences (and by day), the approximate items, the undated ones, and the outlook when nothing dated
 * lies ahead. DOM-free; the element keeps one `MonthModels` and asks it on every render.
 */
import type { Dataset, SiipEvent } from '../../src/data/schema.js';
import { addMonths } from './calendar-grid.js';
import { calendarOutlook, type Outlook } from './calendar-outlook.js';
import {
  approximateInMonth,
  byDay,
  filterByType,
  occurrencesInMonth,
  parseTypes,
  toBeAnnounced,
  type ApproximateItem,
  type ExactOccurrence,
} from './occurrences.js';
import { DAY_MS, civilDate, parseCivil } from './civil-time.js';

export interface MonthModel {
  month: string;
  occurrences: ExactOccurrence[];
  days: Map<string, ExactOccurrence[]>;
  approximate: ApproximateItem[];
  tba: ApproximateItem[];
  /** The events left by the type and community filters. */
  events: SiipEvent[];
  /** Set when nothing dated lies ahead of today and the month shown is today's or later. */
  outlook: Outlook | null;
}

export interface MonthQuery {
  /** "YYYY-MM". */
  month: string;
  /** The viewer's IANA zone. */
  zone: string;
  /** The `types` attribute (comma-separated; empty for all). */
  types: string;
  /** A community id, or '' for all. */
  community: string;
  /** Today in the viewer's zone, "YYYY-MM-DD". */
  today: string;
}

export function monthModel(dataset: Dataset, { month, zone, types, community, today }: MonthQuery): MonthModel {
  const events = filterByType(dataset.events, parseTypes(types)).filter((event) => !community || (event.communities ?? []).includes(community));
  const occurrences = occurrencesInMonth(events, month, zone);
  const last = civilDate(parseCivil(`${addMonths(month, 1)}-01`) - DAY_MS);
  const outlook = occurrences.length === 0 && month >= today.slice(0, 7) ? calendarOutlook(events, today, zone) : null;
  return {
    month,
    occurrences,
    days: byDay(occurrences, `${month}-01`, last),
    approximate: approximateInMonth(events, month),
    tba: toBeAnnounced(events),
    events,
    outlook: outlook && !outlook.upcoming ? outlook : null,
  };
}

/** The last month model, kept while its dataset and query stay the same (a render asks several times). */
export class MonthModels {
  #last?: { key: string; dataset: Dataset; value: MonthModel };

  get(dataset: Dataset, query: MonthQuery): MonthModel {
    const key = `${query.month}|${query.zone}|${[...parseTypes(query.types)].join(',')}|${query.community}|${query.today}`;
    if (this.#last && this.#last.key === key && this.#last.dataset === dataset) return this.#last.value;
    const value = monthModel(dataset, query);
    this.#last = { key, dataset, value };
    return value;
  }
}
