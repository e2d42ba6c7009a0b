/**
 * Fetches dataset files and turns them into validated data or a clear failure.
 * Knows nothing of widgets; `dataset-store.ts` shares results between them.
 *
 * `loadDataset` always validates every collection of every file, the shipped dataset included: it is what
 * tests, the CLI and npm users call to check data. Widgets go through the store, which trusts the shipped file.
 */
import { fetchJson, type LoadFailure } from './fetch-json.js';
import { buildDatasetWithChecks, type FetchedFile, type LoadResult } from './build-dataset.js';
import { ALL_FAST_CHECKS } from './all-fast-checks.js';
import type { ValidationScope } from './validate.js';

export type { DataIssue } from './issues.js';
export { DEFAULT_TIMEOUT_MS, fetchJson, type LoadFailure, type LoadFailureReason, type RawFetchResult } from './fetch-json.js';
export { buildDatasetInSlices, type LoadResult, type LoadSuccess } from './build-dataset.js';

/**
 * Checks versions, migrates, merges in order and validates already-fetched files, at once. Pure. `collections` and
 * `references` scope the validation to what a widget reads (see `ValidationScope`); all of it when omitted.
 */
export function buildDataset(files: readonly FetchedFile[], collections?: ValidationScope['collections'], references?: ValidationScope['references']): LoadResult {
  return buildDatasetWithChecks(files, ALL_FAST_CHECKS, collections, references);
}

/** Fetches every URL (in parallel) and builds one dataset from them, validating everything. */
export async function loadDataset(urls: readonly string[], signal?: AbortSignal, timeoutMs?: number): Promise<LoadResult> {
  const fetched = await Promise.all(urls.map((url) => fetchJson(url, signal, timeoutMs)));
  const failure = fetched.find((result): result is LoadFailure => !result.ok);
  if (failure) return failure;
  return buildDataset((fetched as Array<{ ok: true; url: string; data: unknown }>).map(({ url, data }) => ({ url, data })));
}
