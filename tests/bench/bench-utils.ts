/** Median of `runs` timings of `measure` (ms); the first `warmup` runs are discarded. */
export async function medianOf(runs: number, measure: () => Promise<number>, warmup = 1): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + warmup; i++) {
    const time = await measure();
    if (i >= warmup) times.push(time);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Resolves after the next frame is painted: what the reader sees. */
/**
 * Medians of two measures taken in turns (a, b, a, b…), after `warmup` turns of each: a slow spell of the shared
 * machine then falls on both sides alike, not on whichever ran second.
 */
export async function mediansInTurns(runs: number, a: () => Promise<number>, b: () => Promise<number>, warmup = 1): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs + warmup; i++) {
    const timeA = await a();
    const timeB = await b();
    if (i < warmup) continue;
    times[0].push(timeA);
    times[1].push(timeB);
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
  return [median(times[0]), median(times[1])];
}

export const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

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
