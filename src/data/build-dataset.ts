/**
 * Turns fetched files into one validated dataset: version check and migration, merge in order, validation.
 * The drop-in loads this module (with zod and the generated fast-path checks the map and the roster need) as a
 * chunk of its own, and only when a widget reads a file that is not the shipped dataset; the checks of other
 * collections load when a widget validates them (`fast-checks.ts`).
 */
import type { Dataset } from './schema.js';
import type { DataIssue } from './issues.js';
import type { LoadFailure } from './fetch-json.js';
import { mergeDatasets } from './merge.js';
import { COLLECTION_NAMES, readCollections, upgradeToCurrent, validateDataset, validateDatasetInSlices, type ValidationResult, type ValidationScope } from './validate.js';
import { loadFastChecks, type FastChecks } from './fast-checks.js';

export interface LoadSuccess {
  ok: true;
  urls: string[];
  dataset: Dataset;
  /** Records and references that were dropped, by path; the rest is usable. */
  issues: DataIssue[];
}

export type LoadResult = LoadSuccess | LoadFailure;

/** A fetched file; `trusted` files are the shipped dataset, whose records need no validation. */
export interface FetchedFile {
  url: string;
  data: unknown;
  trusted?: boolean;
}

type Raw = Record<string, unknown>;

type Scope = Pick<ValidationScope, 'collections' | 'references'>;

function prepare(files: readonly FetchedFile[], { collections, references }: Scope) {
  const upgraded = [];
  const trusted = new Set<object>();
  for (const file of files) {
    const result = upgradeToCurrent(file.data);
    if (!result.ok) return { failure: { url: file.url, ...result } as LoadFailure };
    upgraded.push({ url: file.url, data: result.data });
    if (file.trusted) for (const name of COLLECTION_NAMES) for (const record of (result.data[name] as unknown[]) ?? []) trusted.add(record as object);
  }
  const { merged, issues } = mergeDatasets(upgraded, COLLECTION_NAMES);
  return { merged, mergeIssues: issues, scope: { collections, references, trusted: trusted.size ? trusted : undefined } satisfies ValidationScope };
}

function finish(files: readonly FetchedFile[], mergeIssues: DataIssue[], validated: ValidationResult): LoadResult {
  if (!validated.ok) return { url: files[0].url, ...validated };
  return { ok: true, urls: files.map((f) => f.url), dataset: validated.dataset, issues: [...mergeIssues, ...validated.issues] };
}

/**
 * Checks versions, migrates, merges in order and validates already-fetched files, at once, with the fast path's
 * `checks` of every collection the scope reads. Pure. `collections` and `references` scope the validation to what
 * a widget reads (see `ValidationScope`); all of it when omitted. (`buildDataset` in `load.ts` has every check.)
 */
export function buildDatasetWithChecks(files: readonly FetchedFile[], checks: FastChecks, collections?: Scope['collections'], references?: Scope['references']): LoadResult {
  const prepared = prepare(files, { collections, references });
  if ('failure' in prepared) return prepared.failure!;
  return finish(files, prepared.mergeIssues, validateDataset(prepared.merged as Raw, prepared.scope, checks));
}

/** The same, loading the checks it needs and validating in slices that leave the page responsive (what widgets use). */
export async function buildDatasetInSlices(files: readonly FetchedFile[], collections?: Scope['collections'], references?: Scope['references']): Promise<LoadResult> {
  const prepared = prepare(files, { collections, references });
  if ('failure' in prepared) return prepared.failure!;
  const checks = await loadFastChecks(readCollections(prepared.scope));
  return finish(files, prepared.mergeIssues, await validateDatasetInSlices(prepared.merged as Raw, prepared.scope, checks));
}

const warned = new Set<string>();

/** Tells the site owner once per set of files what was dropped from them (the widgets show the rest). */
export function reportDroppedRecords(key: string, result: LoadResult): void {
  if (!result.ok || result.issues.length === 0 || warned.has(key)) return;
  warned.add(key);
  const lines = result.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');
  console.warn(`siip-widgets: ${result.issues.length} problem(s) in ${key}; the rest of the data is shown.\n${lines}`);
}
