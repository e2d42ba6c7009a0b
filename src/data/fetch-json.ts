/**
 * Fetches one dataset file and parses its JSON, never throwing, and says whether it is exactly the shipped file
 * (then nobody needs to validate it). Part of every widget's core: it must not import the validator.
 */
import type { DataIssue } from './issues.js';
import { SHIPPED_DATASET, isShippedDataset, type ShippedFileIdentity } from './shipped-dataset.js';
import { yieldToPage } from './yield-to-page.js';

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

/** A fetched and parsed file; `trusted` when its bytes are the shipped dataset's (validated at build time). */
export type RawFetchResult = { ok: true; url: string; data: unknown; trusted?: boolean } | LoadFailure;

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Above this size, hashing, decoding and parsing a file are split into tasks (the roster's part is 87 KB). */
const LARGE_FILE_BYTES = 256_000;

/** Fetches one file and parses its JSON; never throws. `trusted` when it is `identity`'s file (by default the shipped one). */
export async function fetchJson(url: string, signal?: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS, identity?: ShippedFileIdentity): Promise<RawFetchResult> {
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
  let bytes: ArrayBuffer;
  try {
    response = await fetch(url, { signal: combined, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    bytes = await response.arrayBuffer();
  } catch (error) {
    if (signal?.aborted) return fail('aborted', 'The request was cancelled.');
    if (timeout.aborted) return fail('timeout', `No answer from ${url} within ${Math.round(timeoutMs / 1000)} s.`);
    return fail('network', `Could not reach ${url} (offline, blocked, or the server refuses cross-origin requests): ${String(error)}`);
  }
  if (!response.ok) return fail('http', `${url} answered ${response.status} ${response.statusText}.`, { status: response.status });
  // Chromium computes the digest on the main thread, as it is asked for; its answer is awaited once the text is parsed.
  const shipped = isShippedDataset(bytes, identity).catch(() => false);
  // A large file's hash, decoding and parsing each take a task of their own: on a phone, the pathway finder's part
  // (0.7 MB) took one task of ≈ 130 ms for all three.
  const large = bytes.byteLength > LARGE_FILE_BYTES;
  if (large) await yieldToPage();
  // What response.text() does: UTF-8, byte order mark dropped.
  const text = new TextDecoder().decode(bytes);
  const contentType = response.headers.get('content-type') ?? '';
  if (/html/i.test(contentType) || /^\s*</.test(text)) {
    return fail('not-json', `${url} returned a web page (${contentType || 'no content type'}), not JSON. Check the address.`);
  }
  let data: unknown;
  if (large) await yieldToPage();
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('invalid-json', `${url} is not valid JSON: ${(error as Error).message}`);
  }
  const trusted = (await shipped) && (data as { dataVersion?: unknown }).dataVersion === SHIPPED_DATASET!.dataVersion;
  return { ok: true, url, data, trusted };
}
