/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median of `runs` timings of `measure` (ms); the first `warmup` runs are discarded. */
export async function medianOf(runs: number, measure: () => Promise<number>, warmup = 1): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + warmup; i++) {
    const time = await measure();
    if (i >= warmup) times.push(time);
  }
  return median(times);
}

/**
 * Medians of several measures taken in turn within each round, the order rotating from round to round, after
 * `warmup` rounds: a slow spell of the shared machine then falls on every side alike, not on whichever ran last.
 */
export async function mediansInTurns(runs: number, measures: ReadonlyArray<() => Promise<number>>, warmup = 1): Promise<number[]> {
  return (await inTurns(runs, measures, warmup)).map(median);
}

/** What each of `sides` returned in each round, taken in turn as in mediansInTurns (one list per side). */
export async function inTurns<T>(runs: number, sides: ReadonlyArray<() => Promise<T>>, warmup = 0): Promise<T[][]> {
  const results = sides.map((): T[] => []);
  for (let round = 0; round < runs + warmup; round++) {
    for (let i = 0; i < sides.length; i++) {
      const which = (round + i) % sides.length;
      const result = await sides[which]();
      if (round >= warmup) results[which].push(result);
    }
  }
  return results;
}

/** Resolves after the next frame is painted: what the reader sees. */
export const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** Ours ÷ the baseline, to two decimals. */
export const ratio = (ours: number, baseline: number) => round(ours / baseline, 2);

export function publish(title: string, rows: Array<Record<string, unknown>>, notes?: string) {
  (window as unknown as { benchResult: unknown }).benchResult = { title, rows, notes };
}

export function fail(error: unknown) {
  (window as unknown as { benchError: string }).benchError = String(error instanceof Error ? error.stack : error);
}

/** The shipped dataset, as the bench server serves it (run.mjs copies it beside the pages). */
export const SHIPPED_URL = '/data/siip-dataset.json';

/** A URL never fetched before on this page, so the widgets' page-wide store and the baseline both fetch again. */
let fresh = 0;
export const freshShippedUrl = () => `${SHIPPED_URL}?run=${++fresh}`;

type Json = Record<string, unknown> & { sources: Array<{ id: string }>; cohorts: Array<{ id: string }> };

/**
 * The national file grown only in the collection a widget shows, as the issue measures: `count` synthetic
 * records appended to the real ones (they cite the file's own sources and cohorts).
 */
export async function nationalGrown(collection: 'communities' | 'events', count: number, make: (i: number, national: Json) => unknown): Promise<string> {
  const national = (await (await fetch(SHIPPED_URL)).json()) as Json;
  const records = national[collection] as unknown[];
  national[collection] = [...records, ...Array.from({ length: count }, (_, i) => make(i, national))];
  national.dataVersion = `bench.${collection}.${count}`;
  return JSON.stringify(national);
}

/** A fresh same-page URL for `json` (a new URL per run defeats every cache, ours and the browser's). */
export const blobUrl = (json: string) => URL.createObjectURL(new Blob([json], { type: 'application/json' }));

/** Polls (each task) until `test` holds. */
export async function until(test: () => unknown, timeout = 60_000): Promise<void> {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > timeout) throw new Error('bench: timed out');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
