/**
 * Progress on this device, only after the reader opts in. The storage belongs to
 * the partner's origin, so whatever we read back is untrusted: it is validated,
 * and anything odd (corrupt, other version, oversized) is ignored — never thrown.
 * Every storage call is guarded: private modes and sandboxed frames throw.
 */
import { RECORD_ID_PATTERN } from '../../src/data/constants.js';

export const PROGRESS_PREFIX = 'siip:v1:pathway:';
/** Larger values are not ours (or are corrupt); we never read them into memory as JSON. */
export const MAX_STORED_LENGTH = 64 * 1024;

export interface StoredProgress {
  v: 1;
  savedAt: string;
  steps: string[];
}

/**
 * Three fields checked by hand: with zod here, the pathway finder would download the validator's runtime (≈6 KiB
 * gzip) on every page, although the shipped dataset never needs it.
 */
function isStoredProgress(value: unknown): value is StoredProgress {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { v, savedAt, steps } = value as Record<string, unknown>;
  return (
    v === 1 &&
    typeof savedAt === 'string' &&
    savedAt.length <= 40 &&
    Array.isArray(steps) &&
    steps.length <= 500 &&
    steps.every((id) => typeof id === 'string' && RECORD_ID_PATTERN.test(id))
  );
}

export type ReadOutcome =
  | { status: 'none' }
  | { status: 'loaded'; steps: string[]; savedAt: string }
  /** A value was there but is not usable; it is left alone until the next save replaces it. */
  | { status: 'discarded'; reason: 'corrupt' | 'version' | 'too-large' }
  /** Storage cannot be used in this browser. */
  | { status: 'unavailable' };

export type WriteOutcome = { ok: true } | { ok: false; reason: 'unavailable' | 'quota' };

/** The versioned key for one profession, state and dataset release. */
export function progressKey(professionId: string, state: string, dataVersion: string): string {
  return `${PROGRESS_PREFIX}${encodeURIComponent(dataVersion)}:${professionId}:${state}`;
}

/** `localStorage`, or undefined where merely touching it throws (sandboxed frames, blocked cookies). */
export function getStorage(scope: { localStorage?: Storage } = globalThis as { localStorage?: Storage }): Storage | undefined {
  try {
    return scope.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readProgress(storage: Storage | undefined, key: string, knownStepIds?: ReadonlySet<string>): ReadOutcome {
  if (!storage) return { status: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'none' };
  if (typeof raw !== 'string' || raw.length > MAX_STORED_LENGTH) return { status: 'discarded', reason: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'discarded', reason: 'corrupt' };
  }
  if (typeof parsed === 'object' && parsed !== null && 'v' in parsed && (parsed as { v: unknown }).v !== 1) {
    return { status: 'discarded', reason: 'version' };
  }
  if (!isStoredProgress(parsed)) return { status: 'discarded', reason: 'corrupt' };
  const steps = knownStepIds ? parsed.steps.filter((id) => knownStepIds.has(id)) : parsed.steps;
  return { status: 'loaded', steps: [...new Set(steps)], savedAt: parsed.savedAt };
}

export function writeProgress(storage: Storage | undefined, key: string, steps: Iterable<string>, now: Date = new Date()): WriteOutcome {
  if (!storage) return { ok: false, reason: 'unavailable' };
  const value: StoredProgress = { v: 1, savedAt: now.toISOString(), steps: [...steps] };
  try {
    storage.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    return { ok: false, reason: name === 'QuotaExceededError' ? 'quota' : 'unavailable' };
  }
}

/** Removes our key only; other keys on the partner's origin are never touched. */
export function clearProgress(storage: Storage | undefined, key: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
