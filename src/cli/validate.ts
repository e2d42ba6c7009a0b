/**
 * `npx siip-widgets validate <file-or-url>...` — checks dataset files the way the
 * widgets read them (same loader: version check, migration, merge in order,
 * record-by-record validation, references) and explains every problem by its
 * JSON path in plain words. Several files are merged in order, exactly like the
 * widgets' `src="national.json partner.json"`.
 *
 * Exit status: 0 when the data is clean, 1 when a file cannot be used or any
 * record, field or reference would be dropped, 2 on a usage mistake.
 *
 * Runs on Node 20 after bundling:
 * `npx esbuild src/cli/validate.ts --bundle --platform=node --format=esm --outfile=dist/cli/siip-widgets.js --banner:js='#!/usr/bin/env node'`
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDataset, fetchJson, type DataIssue, type LoadResult } from '../data/load.js';
import { COLLECTION_NAMES } from '../data/validate.js';
import { SCHEMA_VERSION, type Dataset } from '../data/schema.js';
import { missingTranslations, type MissingTranslation } from '../data/translations.js';
import { readRRule } from '../../components/event-calendar/recurrence.js';

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface InputFile {
  /** What the user typed (shown in messages). */
  label: string;
  /** The URL the loader sees (file:// for local files). */
  url: string;
  data: unknown;
}

export type ReadOutcome = { ok: true; file: InputFile } | { ok: false; label: string; message: string };

const USAGE = `Usage: siip-widgets validate <file-or-url> [more files or urls...] [--json]
       siip-widgets ics <file-or-url>... > events.ics   (see: siip-widgets ics --help)

Checks SIIP dataset files the way the widgets read them. Several files are
merged in order, like the widgets' src="national.json partner.json" attribute:
list the national dataset first and your partner file after it.

  --json     print the result as JSON (for scripts)
  --help     show this help

Exit status: 0 no problems, 1 problems found, 2 wrong usage.
This validator reads dataset format ${SCHEMA_VERSION.split('.')[0]}.x (${SCHEMA_VERSION}).`;

/** Line and column of a character position, for JSON syntax errors. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/**
 * Where JSON text first goes wrong (V8 does not always say): a small scanner that
 * follows the JSON grammar and returns the offset of the first bad character.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += match![0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') return container('}', true);
    if (ch === '[') return container(']', false);
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  const container = (close: string, keyed: boolean) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      if (keyed) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
      }
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === close) return void i++;
      fail();
    }
  };
  try {
    value();
    ws();
    return i < text.length ? i : undefined;
  } catch (offset) {
    return typeof offset === 'number' ? offset : undefined;
  }
}

/** Reads and parses one local file; never throws. */
export async function readLocal(label: string, cwd = process.cwd()): Promise<ReadOutcome> {
  const path = resolve(cwd, label);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : String((error as Error).message);
    return { ok: false, label, message: `Cannot read ${label}: ${why}.` };
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('<')) return { ok: false, label, message: `${label} is a web page (HTML), not a JSON dataset.` };
  try {
    return { ok: true, file: { label, url: pathToFileURL(path).href, data: JSON.parse(text) } };
  } catch (error) {
    const message = (error as Error).message.replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '');
    const offset = jsonErrorOffset(text);
    const where = offset === undefined ? '' : (({ line, column }) => ` at line ${line}, column ${column}`)(lineAndColumn(text, offset));
    return { ok: false, label, message: `${label} is not valid JSON${where}: ${message}` };
  }
}

/** Fetches one URL with the widgets' own fetch logic. */
export async function readRemote(label: string): Promise<ReadOutcome> {
  const result = await fetchJson(label);
  if (!result.ok) return { ok: false, label, message: result.message };
  return { ok: true, file: { label, url: label, data: result.data } };
}

export const isUrl = (arg: string) => /^https?:\/\//i.test(arg);

interface Origin {
  file: number;
  index: number;
}

/**
 * Where each record of the merged dataset came from, replaying the merge rules
 * (first file as is; later files add records or change the record with the same id).
 */
export function recordOrigins(files: readonly InputFile[]): Map<string, Array<{ id?: string; origins: Origin[] }>> {
  const table = new Map<string, Array<{ id?: string; origins: Origin[] }>>();
  for (const name of COLLECTION_NAMES) {
    const entries: Array<{ id?: string; origins: Origin[] }> = [];
    const byId = new Map<string, number>();
    files.forEach((file, fileIndex) => {
      const list = isObject(file.data) ? file.data[name] : undefined;
      if (!Array.isArray(list)) return;
      list.forEach((record, index) => {
        const id = isObject(record) && typeof record.id === 'string' ? record.id : undefined;
        if (fileIndex === 0) {
          if (id !== undefined && !byId.has(id)) byId.set(id, entries.length);
          entries.push({ id, origins: [{ file: 0, index }] });
          return;
        }
        if (id === undefined) return;
        const existing = byId.get(id);
        if (existing === undefined) {
          byId.set(id, entries.length);
          entries.push({ id, origins: [{ file: fileIndex, index }] });
        } else {
          entries[existing].origins.push({ file: fileIndex, index });
        }
      });
    });
    table.set(name, entries);
  }
  return table;
}

export interface LocatedIssue extends DataIssue {
  /** Where to look: file label and the path inside that file. */
  where: string;
}

/** Turns a path in the merged dataset (`events[57].when`) into the file(s) and path(s) a partner can open. */
export function locateIssue(issue: DataIssue, files: readonly InputFile[], origins = recordOrigins(files)): LocatedIssue {
  // Merge issues already name their file's URL first.
  const fileByUrl = files.find((file) => issue.path.startsWith(`${file.url} `));
  if (fileByUrl) return { ...issue, where: `${fileByUrl.label} › ${issue.path.slice(fileByUrl.url.length + 1)}` };
  const match = /^([A-Za-z]+)\[(\d+)\](.*)$/.exec(issue.path);
  const entry = match ? origins.get(match[1])?.[Number(match[2])] : undefined;
  if (!match || !entry) return { ...issue, where: `${files[0].label} › ${issue.path}` };
  const [, collection, , rest] = match;
  const places = entry.origins.map((origin) => `${files[origin.file].label} › ${collection}[${origin.index}]${rest}`);
  const idNote = entry.id ? ` (id "${entry.id}")` : '';
  if (places.length === 1) return { ...issue, where: `${places[0]}${idNote}` };
  return { ...issue, where: `${places[places.length - 1]}${idNote}; the record merges ${places.join(' + ')}` };
}

export interface Summary {
  ok: boolean;
  files: Array<{ label: string; schemaVersion?: string; added: Record<string, number>; changed: Record<string, string[]> }>;
  failure?: { label: string; reason: string; message: string; issues: DataIssue[] };
  issues: LocatedIssue[];
  /** Things the widgets read differently from what was probably meant; they do not fail validation. */
  warnings?: LocatedIssue[];
  counts?: Record<string, number>;
  /** Texts each file leaves without a Spanish or Arabic version (the widgets show English there). Not a failure. */
  untranslated: Array<{ label: string; texts: MissingTranslation[] }>;
}

/**
 * Recurrence rules the event calendar cannot expand, or reads by a documented convention: each as a
 * warning on `events[i].when.rrule`, by the event's place in the merged dataset.
 */
export function ruleWarnings(dataset: Dataset, origins: ReturnType<typeof recordOrigins>): DataIssue[] {
  const out: DataIssue[] = [];
  const entries = origins.get('events') ?? [];
  for (const event of dataset.events) {
    const when = event.when;
    if ((when.precision !== 'datetime' && when.precision !== 'date') || !when.rrule) continue;
    const reading = readRRule(when.rrule);
    if (reading.status === 'expandable' && reading.notes.length === 0) continue;
    const index = entries.findIndex((entry) => entry.id === event.id);
    const path = `events[${index < 0 ? '?' : index}].when.rrule`;
    const notes = reading.notes.join(' ');
    const message =
      reading.status === 'expandable'
        ? `the rule "${when.rrule}" is read as follows: ${notes}`
        : reading.status === 'unexpandable'
          ? `the rule "${reading.text}" is valid but not expanded by the calendar: ${notes} The widgets show the first date marked "repeats — see the organiser's calendar for all dates", and .ics files carry the rule unchanged for calendar apps to expand.`
          : `the rule is not a valid RRULE: ${notes} The widgets show the first date marked as repeating, and .ics files leave the rule out.`;
    out.push({ path, message } as DataIssue);
  }
  return out;
}

/** Validates already-read files and describes the result; pure apart from the loader's own checks. */
export function validateFiles(files: readonly InputFile[]): Summary {
  const result: LoadResult = buildDataset(files.map((file) => ({ url: file.url, data: file.data })));
  const origins = recordOrigins(files);
  const untranslated = files
    .map((file) => ({ label: file.label, texts: missingTranslations(file.data) }))
    .filter((entry) => entry.texts.length > 0);
  const perFile: Summary['files'] = files.map((file) => ({
    label: file.label,
    schemaVersion: declaredVersionOf(file.data),
    added: {},
    changed: {},
  }));
  for (const [name, entries] of origins) {
    for (const entry of entries) {
      const [first, ...later] = entry.origins;
      perFile[first.file].added[name] = (perFile[first.file].added[name] ?? 0) + 1;
      for (const origin of later) (perFile[origin.file].changed[name] ??= []).push(entry.id ?? '?');
    }
  }
  if (!result.ok) {
    const label = files.find((file) => file.url === result.url)?.label ?? result.url;
    return { ok: false, files: perFile, failure: { label, reason: result.reason, message: result.message, issues: result.issues }, issues: [], untranslated };
  }
  const issues = result.issues.map((issue) => locateIssue(issue, files, origins));
  const warnings = ruleWarnings(result.dataset, origins).map((issue) => locateIssue(issue, files, origins));
  const counts = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, (result.dataset[name] as unknown[]).length]));
  return { ok: issues.length === 0, files: perFile, issues, warnings, counts, untranslated };
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** The format version a file declares (`schemaVersion`, or the pre-release `version`). */
function declaredVersionOf(data: unknown): string | undefined {
  if (!isObject(data)) return undefined;
  const version = data.schemaVersion ?? data.version;
  return typeof version === 'string' ? version : undefined;
}

/** Long lists of allowed values (52 state codes) shortened for reading. */
export function shortenMessage(message: string): string {
  return message.replace(/should be one of ((?:"[^"]*", ){8,}"[^"]*")/, (_, list: string) => {
    const values = list.split(', ');
    return `should be one of ${values.slice(0, 6).join(', ')} … (${values.length} allowed values; see siip-dataset.schema.json)`;
  });
}

/** The human-readable report. */
export function formatReport(summary: Summary): string {
  const lines: string[] = [];
  for (const file of summary.files) {
    const added = Object.entries(file.added).map(([name, n]) => `${n} ${name}`);
    const changed = Object.entries(file.changed).map(([name, ids]) => `${name} ${ids.join(', ')}`);
    const parts = [added.length ? `adds ${added.join(', ')}` : 'adds no records', changed.length ? `changes ${changed.join('; ')}` : ''].filter(Boolean);
    lines.push(`${file.label} (format ${file.schemaVersion ?? 'not declared'}): ${parts.join('; ')}`);
  }
  lines.push('');
  if (summary.failure) {
    lines.push(`ERROR ${summary.failure.label}: ${summary.failure.message}`);
    for (const issue of summary.failure.issues) lines.push(`  ${summary.failure.label} › ${issue.path}: ${issue.message}`);
    lines.push('', `FAILED: the widgets cannot use this data (${summary.failure.reason}). Fix the problem above and run the validator again.`);
    return lines.join('\n');
  }
  for (const issue of summary.issues) lines.push(`PROBLEM ${issue.where}: ${shortenMessage(issue.message)}`);
  for (const warning of summary.warnings ?? []) lines.push(`WARNING ${warning.where}: ${warning.message}`);
  if (summary.warnings?.length) lines.push('');
  const skippedIssues = summary.issues.filter((issue) => /skipped/.test(issue.message));
  // One skipped record can have several faults; count records, not faults.
  const skipped = new Set(skippedIssues.map((issue) => /^[A-Za-z]+\[\d+\]/.exec(issue.path)?.[0] ?? issue.path)).size;
  const ignored = summary.issues.length - skippedIssues.length;
  const counts = Object.entries(summary.counts ?? {})
    .map(([name, n]) => `${n} ${name}`)
    .join(', ');
  if (summary.issues.length > 0) {
    lines.push(
      '',
      `FAILED: ${plural(summary.issues.length, 'problem')} (${plural(skipped, 'record')} skipped, ${plural(ignored, 'field or reference', 'fields or references')} ignored). ` +
        `The widgets would still show the rest: ${counts}.`,
    );
    if (summary.files.length === 1 && summary.issues.some((issue) => /unknown/.test(issue.message))) {
      lines.push('Hint: a partner file that refers to national records is checked together with the national dataset: list it first, then your file.');
    }
  } else {
    lines.push(`OK: no problems in ${plural(summary.files.length, 'file')}. The widgets will show ${counts}.`);
  }
  lines.push(...formatUntranslated(summary.untranslated));
  return lines.join('\n');
}

const SHOWN_PER_FILE = 10;

/** Untranslated texts per file: a note, not a failure (readers of Spanish and Arabic see English there). */
function formatUntranslated(untranslated: Summary['untranslated']): string[] {
  const lines: string[] = [];
  for (const { label, texts } of untranslated) {
    lines.push('', `NOTE ${label}: ${plural(texts.length, 'text')} without a Spanish or Arabic version (the widgets show the English):`);
    for (const text of texts.slice(0, SHOWN_PER_FILE)) lines.push(`  ${label} › ${text.path}: no ${text.missing.join(', ')}`);
    if (texts.length > SHOWN_PER_FILE) lines.push(`  … and ${texts.length - SHOWN_PER_FILE} more (--json lists them all)`);
  }
  return lines;
}

/** Runs the command; returns the exit status. */
export async function main(argv: readonly string[], out: (text: string) => void = console.log, err: (text: string) => void = console.error): Promise<number> {
  const args = [...argv];
  if (args[0] === 'ics') return (await import('./ics.js')).icsMain(args.slice(1), undefined, err);
  if (args[0] === 'validate') args.shift();
  else if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
    out(USAGE);
    return args.length === 0 ? 2 : 0;
  } else {
    err(`Unknown command "${args[0]}".\n\n${USAGE}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    out(USAGE);
    return 0;
  }
  const json = args.includes('--json');
  const unknown = args.find((arg) => arg.startsWith('--') && arg !== '--json');
  if (unknown) {
    err(`Unknown option ${unknown}.\n\n${USAGE}`);
    return 2;
  }
  const inputs = args.filter((arg) => !arg.startsWith('--'));
  if (inputs.length === 0) {
    err(`Name at least one dataset file or URL.\n\n${USAGE}`);
    return 2;
  }
  const read = await Promise.all(inputs.map((input) => (isUrl(input) ? readRemote(input) : readLocal(input))));
  const unreadable = read.filter((outcome): outcome is Extract<ReadOutcome, { ok: false }> => !outcome.ok);
  if (unreadable.length > 0) {
    if (json) out(JSON.stringify({ ok: false, unreadable: unreadable.map(({ label, message }) => ({ label, message })) }, null, 2));
    else {
      for (const outcome of unreadable) out(`ERROR ${outcome.message}`);
      out(`\nFAILED: ${plural(unreadable.length, 'file')} could not be read.`);
    }
    return 1;
  }
  const summary = validateFiles(read.map((outcome) => (outcome as Extract<ReadOutcome, { ok: true }>).file));
  out(json ? JSON.stringify(summary, null, 2) : formatReport(summary));
  return summary.ok ? 0 : 1;
}

const invokedDirectly = (() => {
  try {
    const entry = process.argv[1];
    return Boolean(entry) && (import.meta.url === pathToFileURL(entry).href || /siip-widgets(\.js)?$/.test(basename(entry)));
  } catch {
    return false;
  }
})();

if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error) => {
      console.error(`siip-widgets: unexpected failure: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 1;
    },
  );
}
