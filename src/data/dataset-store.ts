/**
 * One fetch per dataset URL per page, shared by every widget on it. A fetch no
 * widget needs any more is aborted; failures are not cached, so "Try again"
 * fetches afresh. Of the files no widget uses any more, only the last is kept.
 *
 * The shipped dataset (recognised by its bytes, see `shipped-dataset.ts`) is used as it is. Any other file loads
 * the validator chunk (`build-dataset.ts`) and is validated in slices, only in the collections the widget shows and
 * the records it reads through their references.
 *
 * The built-in dataset in parts: the drop-in's build writes, beside `siip-dataset.json`, one file per set of
 * collections a widget shows (the roster's and the map's communities, cohorts and programs; the calendar's events;
 * the pathway finder's professions and communities), each holding those collections, what they refer to and the
 * sources cited, as a dataset (`data/shipped-dataset.mjs`), and embeds each part's length and SHA-256. A widget
 * reading the built-in dataset fetches its part (the roster a tenth of the file) and uses it as it is; widgets
 * showing the same set share it. A part is trusted only by its bytes, like the full file, and never validated:
 * it is not a whole dataset (a community's professions are left out of the roster's), so its references would fail
 * validation where the full file's do not. A part that is missing (a site copied only `siip-dataset.json`), cannot
 * be fetched or is not the one built sends the widget to the full file, which then takes its usual path: used as
 * it is when it is the shipped file, validated otherwise. After a missing or unusable one, widgets go there at once.
 */
import { fetchJson, type RawFetchResult } from './fetch-json.js';
import { defaultDatasetUrl } from './default-dataset.js';
import { SHIPPED_DATASET, type ShippedFileIdentity } from './shipped-dataset.js';
import type { LoadResult } from './build-dataset.js';
import type { CollectionName, Dataset } from './schema.js';

interface FileEntry {
  users: number;
  controller: AbortController;
  result: Promise<RawFetchResult>;
  settled?: RawFetchResult;
}

const files = new Map<string, FileEntry>();
const built = new WeakMap<object, Map<string, Promise<LoadResult>>>();
/** Set once a part could not be used: the page reads the full file from then on. */
let noParts = false;

/** Resolves `src` (space-separated URLs, relative to the page) into absolute URLs. */
export function resolveSources(src: string | null | undefined, base: string, fallback: () => string): string[] {
  const parts = (src ?? '').split(/\s+/).filter(Boolean);
  if (parts.length === 0) return [fallback()];
  return parts.map((part) => new URL(part, base).href);
}

function acquireFile(url: string, identity?: ShippedFileIdentity): FileEntry {
  let entry = files.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: FileEntry = { users: 0, controller, result: fetchJson(url, controller.signal, undefined, identity) };
    created.result.then((result) => {
      created.settled = result;
      if (!result.ok && files.get(url) === created) files.delete(url);
    });
    files.set(url, created);
    entry = created;
  }
  entry.users++;
  return entry;
}

/**
 * The last file that widgets let go of, kept for one that comes back (a widget moved in the page, a view shown again)
 * so it is not fetched, parsed and validated again; the one kept before it is forgotten. A page that changes `src`
 * again and again (a partner's picker of files) would otherwise hold every file it ever showed, and each one makes
 * every later garbage collection longer.
 */
let spare: FileEntry | undefined;
let spareUrl = '';

function releaseFile(url: string, entry: FileEntry): void {
  entry.users--;
  if (entry.users > 0) return;
  if (!entry.settled) {
    entry.controller.abort();
    if (files.get(url) === entry) files.delete(url);
    return;
  }
  if (spare !== entry && spare?.users === 0 && files.get(spareUrl) === spare) files.delete(spareUrl);
  spare = entry;
  spareUrl = url;
}

export interface DatasetLease {
  result: Promise<LoadResult>;
  release(): void;
}

type Fetched = Extract<RawFetchResult, { ok: true }>;

type Validator = Pick<typeof import('./build-dataset.js'), 'buildDatasetInSlices' | 'reportDroppedRecords'>;
let validator: Promise<Validator> | undefined;

/** The validator chunk (zod, the generated checks), imported once; a failed import is tried again next time. */
function loadValidator(): Promise<Validator> {
  // Named, not the whole module: the bundler then reads the two exports from the chunk instead of building a
  // module namespace object at run time (a helper chunk of its own).
  validator ??= import('./build-dataset.js').then(
    ({ buildDatasetInSlices, reportDroppedRecords }) => ({ buildDatasetInSlices, reportDroppedRecords }),
    (error: unknown) => {
      validator = undefined;
      throw error;
    },
  );
  return validator;
}

/** Builds (once per combination of files and scope) what widgets get; widgets with the same scope get the same objects. */
function datasetOf(urls: readonly string[], fetched: Fetched[], collections?: readonly CollectionName[], references?: readonly CollectionName[]): Promise<LoadResult> {
  const key = urls.join(' ');
  const cacheKey = `${key}\n${collections && [...collections].sort()}\n${references}`;
  let byKey = built.get(fetched[0]);
  if (!byKey) built.set(fetched[0], (byKey = new Map()));
  let dataset = byKey.get(cacheKey);
  if (!dataset) {
    if (fetched.every((file) => file.trusted)) {
      // The shipped file, validated when it was built: nothing to check, whatever the widget shows.
      dataset = Promise.resolve({ ok: true, urls: [...urls], dataset: fetched[0].data as Dataset, issues: [] });
    } else {
      dataset = loadValidator().then(async ({ buildDatasetInSlices, reportDroppedRecords }) => {
        const result = await buildDatasetInSlices(fetched, collections, references);
        reportDroppedRecords(key, result);
        return result;
      });
    }
    byKey.set(cacheKey, dataset);
  }
  return dataset;
}

/**
 * Borrows the dataset built from `urls`; call `release()` when the widget no longer needs it. `collections` are
 * those the widget shows (all when omitted); `references`, those it reads only through references (all when
 * omitted): their records are validated only where they are referred to, and other collections not at all.
 */
export function leaseDataset(urls: readonly string[], collections?: readonly CollectionName[], references?: readonly CollectionName[]): DatasetLease {
  // A file at another address than the shipped one is almost always a partner's own or an edited copy: its
  // validator downloads beside the file instead of after it (an exact copy elsewhere is still trusted).
  if (urls.some((url) => url !== defaultDatasetUrl())) loadValidator().catch(() => {});
  let released = false;
  const held: Array<() => void> = [];
  const release = () => {
    released = true;
    held.splice(0).forEach((free) => free());
  };
  const acquire = (names: readonly string[], identity?: ShippedFileIdentity) =>
    Promise.all(
      names.map((url) => {
        const entry = acquireFile(url, identity);
        held.push(() => releaseFile(url, entry));
        // The full file after an unusable part, for a widget that let go meanwhile: given back at once (aborted).
        if (released) release();
        return entry.result;
      }),
    );
  const whole = () =>
    acquire(urls).then((fetched): LoadResult | Promise<LoadResult> => {
      const failure = fetched.find((f) => !f.ok);
      if (failure && !failure.ok) return failure;
      return datasetOf(urls, fetched as Fetched[], collections, references);
    });
  const key = collections?.join('-');
  const part = !noParts && urls.join(' ') === defaultDatasetUrl() && SHIPPED_DATASET?.parts?.[key!];
  const result = part
    ? acquire([urls[0].replace(/json$/, `${key}.json`)], part).then(([file]): LoadResult | Promise<LoadResult> => {
        if (file.ok && file.trusted) return datasetOf(urls, [file], collections, references);
        // The widget let go while its part loaded: nothing more to fetch.
        if (!file.ok && file.reason === 'aborted') return file;
        // A part not on this server (only the full file was copied, or a page where it should be), not the one built,
        // or that cannot be recognised here (no crypto.subtle): later widgets read the full file at once.
        noParts = true;
        return whole();
      })
    : whole();
  return { result, release };
}

/** Forgets cached files (tests, and "Try again" after a partner fixes their file). */
export function forgetDataset(urls: readonly string[]): void {
  for (const url of urls) {
    const entry = files.get(url);
    if (entry?.settled) files.delete(url);
  }
}
