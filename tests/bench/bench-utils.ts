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
export const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

export function publish(title: string, rows: Array<Record<string, unknown>>, notes?: string) {
  (window as unknown as { benchResult: unknown }).benchResult = { title, rows, notes };
}

export function fail(error: unknown) {
  (window as unknown as { benchError: string }).benchError = String(error instanceof Error ? error.stack : error);
}
