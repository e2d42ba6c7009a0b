/**
 * `npx siip-widgets ics <file-or-url>... > events.ics` — writes the dated events of dataset files
 * (merged in order, like the widgets' `src="national.json partner.json"`) as one iCalendar file that
 * calendar apps import or subscribe to. `--feed <folder>` writes the subscribable feeds the build
 * publishes: siip-events.ics (English), siip-events.es.ics and siip-events.ar.ics.
 *
 * The writer is the event calendar's own (`components/event-calendar/ics.ts`), so a partner's file and
 * the widget's "Download" give the same events; this is the one place `src/` reaches into a component,
 * because the CLI is a Node tool, not part of any widget bundle.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDataset } from '../data/load.js';
import { exportIcs, feedFileName } from '../../components/event-calendar/ics.js';
import translations from '../../components/event-calendar/event-calendar.i18n.json';
import { isUrl, readLocal, readRemote, type InputFile, type ReadOutcome } from './validate.js';

const LOCALES = ['en', 'es', 'ar'] as const;
type Locale = (typeof LOCALES)[number];

export const ICS_USAGE = `Usage: siip-widgets ics <file-or-url> [more files or urls...] [--lang en|es|ar] [--name "Calendar name"]
       siip-widgets ics <file-or-url>... --feed <folder>

Writes the dated events of SIIP dataset files as one iCalendar (.ics) file on
standard output. Several files are merged in order, like the widgets' src
attribute: list the national dataset first and your partner file after it.

  npx siip-widgets ics siip-dataset.json partner.json > our-events.ics

  --lang     language of titles and descriptions (default en)
  --name     calendar name shown by calendar apps (default "SIIP events")
  --feed     write siip-events.ics, siip-events.es.ics and siip-events.ar.ics
             into a folder, for people to subscribe to
  --help     show this help

Events known only to the month, season or rhythm are left out (they have no
date). Exit status: 0 written, 1 the data cannot be used, 2 wrong usage.`;

const calendarName = (locale: Locale) => (locale === 'en' ? 'SIIP events' : (translations as Record<string, Record<string, string>>)['SIIP events'][locale]);

/** Runs `ics`; `write` receives the file text (stdout), `out`/`err` messages. Returns the exit status. */
export async function icsMain(
  argv: readonly string[],
  write: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = console.error,
): Promise<number> {
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h')) {
    write(`${ICS_USAGE}\n`);
    return 0;
  }
  const options: Record<string, string> = {};
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--lang' || arg === '--name' || arg === '--feed') {
      if (args[i + 1] === undefined) {
        err(`${arg} needs a value.\n\n${ICS_USAGE}`);
        return 2;
      }
      options[arg.slice(2)] = args[++i];
    } else if (arg.startsWith('--')) {
      err(`Unknown option ${arg}.\n\n${ICS_USAGE}`);
      return 2;
    } else inputs.push(arg);
  }
  const lang = (options.lang ?? 'en') as Locale;
  if (!LOCALES.includes(lang)) {
    err(`--lang should be en, es or ar, not "${options.lang}".`);
    return 2;
  }
  if (inputs.length === 0) {
    err(`Name at least one dataset file or URL.\n\n${ICS_USAGE}`);
    return 2;
  }
  const read = await Promise.all(inputs.map((input) => (isUrl(input) ? readRemote(input) : readLocal(input))));
  const unreadable = read.filter((outcome): outcome is Extract<ReadOutcome, { ok: false }> => !outcome.ok);
  if (unreadable.length) {
    for (const outcome of unreadable) err(`ERROR ${outcome.message}`);
    return 1;
  }
  const files = read.map((outcome) => (outcome as Extract<ReadOutcome, { ok: true }>).file as InputFile);
  const result = buildDataset(files.map((file) => ({ url: file.url, data: file.data })));
  if (!result.ok) {
    err(`ERROR ${result.message}\nRun "npx siip-widgets validate ${inputs.join(' ')}" for details.`);
    return 1;
  }
  // A fixed build time (SOURCE_DATE_EPOCH) gives byte-identical feeds for identical data.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const now = Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now();
  const events = result.dataset.events;
  if (options.feed !== undefined) {
    await mkdir(options.feed, { recursive: true });
    for (const locale of LOCALES) {
      const { text, exported } = await exportIcs(events, { now, locale, calendarName: options.name ?? calendarName(locale), refreshInterval: 'P1D' });
      await writeFile(join(options.feed, feedFileName(locale)), text);
      if (locale === 'en') err(`${exported.length} dated events written to ${join(options.feed, 'siip-events{,.es,.ar}.ics')}.`);
    }
    return 0;
  }
  const { text, exported, skipped, ruleDropped } = await exportIcs(events, { now, locale: lang, calendarName: options.name ?? calendarName(lang) });
  write(text);
  err(`${exported.length} events written; ${skipped.length} without an exact date left out.`);
  if (ruleDropped.length) err(`Not valid RRULEs, written as one date: ${ruleDropped.join(', ')} (see "siip-widgets validate").`);
  return 0;
}
