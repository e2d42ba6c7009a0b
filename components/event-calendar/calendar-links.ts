/**
 * "Add to Google Calendar" and "Add to Outlook.com" links for an exact event, shown in its details (and
 * loaded with them, on first use).
 */
import type { SiipEvent } from '../../src/data/schema.js';
import { textOf } from '../../src/data/text.js';
import { DAY_MS, civilDate, civilToUtc, parseCivil } from './civil-time.js';
import { dateStamp, exactSpan, localStamp, ruleValue, safeUrl, utcStamp } from './ics-values.js';

/**
 * "Add to Google Calendar" for an exact event; null for approximate ones.
 * Recurring events pass their rule and zone (`recur`, `ctz`).
 */
export function googleCalendarUrl(event: SiipEvent, locale = 'en'): string | null {
  const span = exactSpan(event);
  if (!span) return null;
  const { when, start, end, reading } = span;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: textOf(event.title, locale) });
  const recur = ruleValue(reading, when.precision === 'date', when.precision === 'datetime' ? when.timeZone : undefined);
  if (when.precision === 'date') {
    params.set('dates', `${dateStamp(start)}/${dateStamp(end + DAY_MS)}`);
    if (recur) params.set('recur', `RRULE:${recur}`);
  } else if (recur) {
    params.set('dates', `${localStamp(start)}/${localStamp(end)}`);
    params.set('ctz', when.timeZone);
    params.set('recur', `RRULE:${recur}`);
  } else {
    params.set('dates', `${utcStamp(civilToUtc(start, when.timeZone))}/${utcStamp(civilToUtc(end, when.timeZone))}`);
  }
  const details = [textOf(event.description, locale), safeUrl(event.url) ?? ''].filter(Boolean).join('\n\n');
  if (details) params.set('details', details);
  if (event.location) params.set('location', textOf(event.location.name, locale));
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** "Add to Outlook.com" for a single exact event; null for recurring or approximate ones (the link cannot carry a rule). */
export function outlookCalendarUrl(event: SiipEvent, locale = 'en'): string | null {
  const when = event.when;
  if ((when.precision !== 'datetime' && when.precision !== 'date') || when.rrule) return null;
  const start = parseCivil(when.start);
  if (Number.isNaN(start)) return null;
  const endParsed = when.end ? parseCivil(when.end) : NaN;
  const end = Number.isNaN(endParsed) || endParsed < start ? start : endParsed;
  const params = new URLSearchParams({ path: '/calendar/action/compose', rru: 'addevent', subject: textOf(event.title, locale) });
  if (when.precision === 'date') {
    params.set('startdt', civilDate(start));
    params.set('enddt', civilDate(end + DAY_MS));
    params.set('allday', 'true');
  } else {
    params.set('startdt', new Date(civilToUtc(start, when.timeZone)).toISOString());
    params.set('enddt', new Date(civilToUtc(end, when.timeZone)).toISOString());
  }
  const body = [textOf(event.description, locale), safeUrl(event.url) ?? ''].filter(Boolean).join('\n\n');
  if (body) params.set('body', body);
  if (event.location) params.set('location', textOf(event.location.name, locale));
  return `https://outlook.live.com/calendar/0/action/compose?${params}`;
}
