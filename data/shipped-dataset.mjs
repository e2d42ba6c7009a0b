// The identity of data/siip-dataset.json that builds embed as __SIIP_SHIPPED_DATASET__ (see
// src/data/shipped-dataset.ts): a file fetched at run time with the same SHA-256 is used without validation.
// And its parts: the same file cut into one file per set of collections a widget shows, so that a widget reading
// the built-in dataset downloads what it reads, not the whole file (src/data/dataset-store.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const SHIPPED_DATASET_FILE = new URL('./siip-dataset.json', import.meta.url);

/**
 * The first 128 bits of the SHA-256, in hex: finding another file with the same ones is as far out of reach as with
 * all 256 (2^128 tries), and each embedded hash costs every page half the bytes (four are embedded).
 */
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

/** { dataVersion, bytes, sha256 } of the shipped file. */
export function shippedDatasetIdentity(file = SHIPPED_DATASET_FILE) {
  const bytes = readFileSync(file);
  return { dataVersion: JSON.parse(bytes.toString('utf8')).dataVersion, bytes: bytes.length, sha256: sha256(bytes) };
}

/** The collections of the format (src/data/schema.ts `COLLECTIONS`). */
export const COLLECTION_NAMES = ['sources', 'programs', 'cohorts', 'communities', 'providers', 'professions', 'events'];

/**
 * The sets of collections the widgets show (the `collections` of their DatasetController, in its order): one part
 * each. The roster and the map show the same set and share its part. A widget showing a set not listed here reads
 * the full file (tests/dataset-parts check that every widget finds its part).
 */
export const PART_SETS = [['communities', 'cohorts', 'programs'], ['events'], ['professions', 'communities']];

/**
 * What a part holds besides its own collections, in full. The calendar shows events, but names any community it
 * is narrowed to (its `community` attribute, set by a linked roster or map), not only those its events name.
 */
const ALSO_IN_FULL = { events: ['communities'] };

/** Calls `visit` with each source id cited anywhere in `value` (a record, its steps, state notes, boards…). */
function forEachSource(value, visit) {
  if (Array.isArray(value)) for (const item of value) forEachSource(item, visit);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(inner)) inner.forEach((id) => visit('sources', id));
      else forEachSource(inner, visit);
    }
  }
}

/**
 * The references a part follows: those validation follows (`forEachReference` in src/data/validate.ts), sources
 * wherever a record cites them (a board's too), and a community's `professions` only in a part that shows
 * professions. Only the pathway finder reads those; followed everywhere, they would put five professions (60 % of
 * the file) in the roster's, map's and calendar's parts. Other parts therefore hold communities whose `professions`
 * name records they do not hold (the parts' tests allow exactly those).
 */
function forEachReference(name, record, set, visit) {
  if (name !== 'sources') forEachSource(record, visit);
  if (typeof record.program === 'string') visit('programs', record.program);
  if (name === 'communities' || name === 'events') for (const id of record.cohorts ?? []) visit('cohorts', id);
  if (name === 'events') for (const id of record.communities ?? []) visit('communities', id);
  if (name === 'communities' && set.includes('professions')) for (const id of record.professions ?? []) visit('professions', id);
}

/** The key of a set of collections, which names its part: `siip-dataset.<key>.json` beside the full file. */
export const partKey = (set) => set.join('-');

/**
 * The parts of the shipped file: for each set, the file's header (everything but the collections), the set's
 * collections in full, the records of other collections they refer to (and those these refer to), and so exactly
 * the sources cited by what the part holds. Records are the file's own, byte for byte as JSON, in the file's
 * order. Every collection is present (empty when none of its records is needed), so a part reads like a dataset.
 * Returns [{ key, fileName, source }], `source` the part's bytes (compact JSON, UTF-8).
 */
export function shippedDatasetParts(file = SHIPPED_DATASET_FILE) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  // A collection this module does not know would be copied into every part as if it were part of the header.
  const unknown = Object.keys(data).filter((key) => !COLLECTION_NAMES.includes(key) && Array.isArray(data[key]) && data[key].some((item) => typeof item?.id === 'string'));
  if (unknown.length) throw new Error(`data/shipped-dataset.mjs does not know the collection(s) ${unknown.join(', ')}: add them to COLLECTION_NAMES`);
  const indexOf = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Map((data[name] ?? []).map((record, index) => [record.id, index]))]));
  return PART_SETS.map((set) => {
    const held = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Set()]));
    const queue = [];
    const hold = (name, id) => {
      const index = indexOf[name].get(id);
      if (index === undefined || held[name].has(index)) return;
      held[name].add(index);
      queue.push([name, data[name][index]]);
    };
    for (const name of set.flatMap((shown) => [shown, ...(ALSO_IN_FULL[shown] ?? [])])) for (const record of data[name] ?? []) hold(name, record.id);
    while (queue.length) {
      const [name, record] = queue.pop();
      forEachReference(name, record, set, hold);
    }
    const part = {};
    for (const [key, value] of Object.entries(data)) {
      part[key] = COLLECTION_NAMES.includes(key) ? [...held[key]].sort((a, b) => a - b).map((index) => value[index]) : value;
    }
    const key = partKey(set);
    return { key, fileName: `siip-dataset.${key}.json`, source: Buffer.from(JSON.stringify(part)) };
  });
}

/**
 * The identity the drop-in embeds when its dist/data holds the parts: the full file's, and under `parts` each
 * part's { bytes, sha256 } by its key. With it, the files to write beside the full file.
 */
export function shippedDatasetWithParts(file = SHIPPED_DATASET_FILE) {
  const files = shippedDatasetParts(file);
  const parts = Object.fromEntries(files.map(({ key, source }) => [key, { bytes: source.length, sha256: sha256(source) }]));
  return { identity: { ...shippedDatasetIdentity(file), parts }, files };
}
