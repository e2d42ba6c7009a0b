/**
 * Application windows as calm states, not countdowns: open, closing soon,
 * closed, upcoming (dates known), or expected (only a month, season or rhythm
 * is known). Everything is computed from a reference instant passed in.
 */
import type { SiipEvent } from '../../src/data/schema.js';
import { DAY_MS, civilDate, parseCivil, utcToCivil } from './civil-time.js';
import { occurrencesBetween, monthsOf, type ExactOccurrence } from './occurrences.js';

export type WindowStatus = 'upcoming' | 'open' | 'closing-soon' | 'closed' | 'expected';

export interface WindowState {
  status: WindowStatus;
  /** The occurrence the status refers to (the open one, else the next, else the last), when dates are exact. */
  occurrence?: ExactOccurrence;
}

export interface WindowOptions {
  /** Days before the close that count as "closing soon" (default 14). */
  closingSoonDays?: number;
  /** The viewer's zone, for all-day windows and for placing days. */
  viewerZone: string;
}

/**
 * The state of an application window at `reference` (UTC ms). All-day windows
 * close at the end of their last day in the viewer's zone. A recurring window
 * (e.g. every June) reports the open occurrence, else the next one.
 */
export function windowState(event: SiipEvent, reference: number, { closingSoonDays = 14, viewerZone }: WindowOptions): WindowState {
  const when = event.when;
  const today = civilDate(utcToCivil(reference, viewerZone));
  if (when.precision === 'datetime' || when.precision === 'date') {
    // Look back a year for a window still open today and ahead ten years for the next one.
    const from = civilDate(parseCivil(today) - 400 * DAY_MS);
    const to = civilDate(parseCivil(today) + 3653 * DAY_MS);
    const all = occurrencesBetween([event], from, to, viewerZone);
    const closes = (o: ExactOccurrence) => (o.allDay ? parseCivil(o.lastDay) + DAY_MS : o.end);
    const opens = (o: ExactOccurrence) => (o.allDay ? parseCivil(o.firstDay) : o.start);
    const nowCivil = utcToCivil(reference, viewerZone);
    // All-day bounds are civil days in the viewer's zone; timed bounds are UTC instants.
    const now = (occurrence: ExactOccurrence) => (occurrence.allDay ? nowCivil : reference);
    const open = all.find((x) => opens(x) <= now(x) && now(x) < closes(x));
    if (open) {
      const soon = closes(open) - now(open) <= closingSoonDays * DAY_MS;
      return { status: soon ? 'closing-soon' : 'open', occurrence: open };
    }
    const next = all.find((x) => opens(x) > now(x));
    if (next) return { status: 'upcoming', occurrence: next };
    const last = all[all.length - 1];
    return last ? { status: 'closed', occurrence: last } : { status: 'closed' };
  }
  if (when.precision === 'month' || when.precision === 'season') {
    const months = monthsOf(event);
    if (months === 'every-year' || months === null) return { status: 'expected' };
    return { status: months[months.length - 1] < today.slice(0, 7) ? 'closed' : 'expected' };
  }
  if (when.precision === 'cadence' && when.until) {
    const until = when.until.length === 4 ? `${when.until}-12` : when.until.slice(0, 7);
    if (until < today.slice(0, 7)) return { status: 'closed' };
  }
  return { status: 'expected' };
}
