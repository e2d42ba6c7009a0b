/**
 * Fetches dataset files and turns them into validated data or a clear failure.
 * Knows nothing of widgets; `dataset-store.ts` shares results between them.
 */
import type { Dataset } from './schema.js';
import type { DataIssue } from './issues.js';
import { mergeDatasets } from './merge.js';
import { COLLECTION_NAMES, upgradeToCurrent, validateDataset } from './validate.js';

export type { DataIssue } from './issues.js';

/** Why a whole dataset could not be used. */
export type LoadFailureReason = 'network' | 'timeout' | 'http' | 'not-json' | 'invalid-json' | 'version' | 'schema' | 'aborted';

export interface LoadFailure {
  ok: false;
  url: string;
  reason: LoadFailureReason;
  /** Precise English detail for developers (the widget shows a localized summary). */
  message: string;
  issues: DataIssue[];
  status?: number;
  foundVersion?: string;
}

export interface LoadSuccess {
  ok: true;
  urls: string[];
  dataset: Dataset;
  /** Records and references that were dropped, by path; the rest is usable. */
  issues: DataIssue[];
}

export type LoadResult = LoadSuccess | LoadFailure;

export type RawFetchResult = { ok: true; url: string; data: unknown } | LoadFailure;

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Fetches one file and parses its JSON; never throws. */
export async function fetchJson(url: string, signal?: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RawFetchResult> {
  const fail = (reason: LoadFailureReason, message: string, extra: Partial<LoadFailure> = {}): LoadFailure => ({
    ok: false,
    url,
    reason,
    message,
    issues: [],
    ...extra,
  });
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal: combined, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) return fail('aborted', 'The request was cancelled.');
    if (timeout.aborted) return fail('timeout', `No answer from ${url} within ${Math.round(timeoutMs / 1000)} s.`);
    return fail('network', `Could not reach ${url} (offline, blocked, or the server refuses cross-origin requests): ${String(error)}`);
  }
  if (!response.ok) return fail('http', `${url} answered ${response.status} ${response.statusText}.`, { status: response.status });
  const contentType = response.headers.get('content-type') ?? '';
  const start = text.trimStart().slice(0, 1);
  if (/html/i.test(contentType) || start === '<') {
    return fail('not-json', `${url} returned a web page (${contentType || 'no content type'}), not JSON. Check the address.`);
  }
  try {
    return { ok: true, url, data: JSON.parse(text) };
  } catch (error) {
    return fail('invalid-json', `${url} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Checks versions, migrates, merges in order and validates already-fetched files. Pure. */
export function buildDataset(files: ReadonlyArray<{ url: string; data: unknown }>): LoadResult {
  const upgraded = [];
  for (const file of files) {
    const result = upgradeToCurrent(file.data);
    if (!result.ok) return { url: file.url, ...result };
    upgraded.push({ url: file.url, data: result.data });
  }
  const { merged, issues: mergeIssues } = mergeDatasets(upgraded, COLLECTION_NAMES);
  const validated = validateDataset(merged);
  if (!validated.ok) return { url: files[0].url, ...validated };
  return { ok: true, urls: files.map((f) => f.url), dataset: validated.dataset, issues: [...mergeIssues, ...validated.issues] };
}

/** Fetches every URL (in parallel) and builds one dataset from them. */
export async function loadDataset(urls: readonly string[], signal?: AbortSignal, timeoutMs?: number): Promise<LoadResult> {
  const fetched = await Promise.all(urls.map((url) => fetchJson(url, signal, timeoutMs)));
  const failure = fetched.find((result): result is LoadFailure => !result.ok);
  if (failure) return failure;
  return buildDataset(fetched as Array<{ ok: true; url: string; data: unknown }>);
}
