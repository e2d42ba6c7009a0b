/**
 * What the calendar needs of iCalendar while it shows a month: the feed's address, file names, and
 * `exportIcs`, which loads the file writer (ics-file.ts, with vtimezone.ts and the rule engine) only when a
 * file is exported. The links into Google and Outlook calendars are calendar-links.ts; the values both
 * writers share are ics-values.ts.
 */
import type { SiipEvent } from '../../src/data/schema.js';
import type { IcsOptions, IcsResult } from './ics-file.js';
import { loadRuleEngine, needsRuleEngine } from './rule-engine.js';

export type { IcsOptions, IcsResult } from './ics-file.js';

/** Writes `events` as one iCalendar file; the writer and its VTIMEZONE data load on demand (a chunk of their own), the RRULE engine too when events repeat. */
export async function exportIcs(events: readonly SiipEvent[], options: IcsOptions = {}): Promise<IcsResult> {
  const [{ buildIcs }] = await Promise.all([import('./ics-file.js'), needsRuleEngine(events) ? loadRuleEngine() : undefined]);
  return buildIcs(events, options);
}

/** The published feed's file name for a language: siip-events.ics (English), siip-events.es.ics, siip-events.ar.ics. */
export function feedFileName(locale: string): string {
  return locale === 'es' || locale === 'ar' ? `siip-events.${locale}.ics` : 'siip-events.ics';
}

/**
 * The address calendar apps subscribe to for the national events in a language: the feed the build writes
 * beside the bundled dataset, as a `webcal:` URL (which opens the reader's calendar app) for http(s) hosts.
 */
export function subscribeUrl(datasetUrl: string, locale: string): string {
  const feed = new URL(feedFileName(locale), datasetUrl).href;
  return feed.replace(/^https?:/, 'webcal:');
}

/** A file name for the download: letters, digits and dashes only. */
export function icsFileName(base: string): string {
  const slug = base
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${slug || 'events'}.ics`;
}
