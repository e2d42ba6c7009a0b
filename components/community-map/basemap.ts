/**
 * The offline basemap: US state outlines shipped with the library (US Census
 * Bureau boundaries, public domain, via us-atlas, ISC), so the map needs no
 * tile server. Pure decoding; Leaflet drawing lives in leaflet-map.ts.
 */
import type { US_STATES as StatesData } from './us-states.data.js';
import type * as StatesModule from './us-states.data.js';

/** Steps per degree in us-states.data.ts (kept in sync by its generator). */
const STEPS = 20;

/** [lat, lon] pairs of one closed ring. */
export type Ring = Array<[number, number]>;

/** Decodes one delta-encoded [lon, lat, dlon, dlat, …] ring into [lat, lon] pairs. */
export function decodeRing(deltas: ReadonlyArray<number>, steps = STEPS): Ring {
  const ring: Ring = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < deltas.length; i += 2) {
    x += deltas[i];
    y += deltas[i + 1];
    ring.push([y / steps, x / steps]);
  }
  return ring;
}

/** Decodes the packed states into rings keyed by USPS code. */
export function decodeStates(states: typeof StatesData): Map<string, Ring[]> {
  return new Map(states.map(([code, rings]) => [code, rings.map((ring) => decodeRing(ring))]));
}

/**
 * Where a state's own marker goes: the centroid of its largest ring (the mainland), not its capital, so
 * the state's marker stands apart from the city communities in it (Austin and Texas, Denver and Colorado).
 */
export function anchorOf(rings: readonly Ring[]): [number, number] | undefined {
  let best: { area: number; lat: number; lon: number } | undefined;
  for (const ring of rings) {
    let area = 0;
    let lat = 0;
    let lon = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [yi, xi] = ring[i];
      const [yj, xj] = ring[j];
      const cross = xj * yi - xi * yj;
      area += cross;
      lon += (xj + xi) * cross;
      lat += (yj + yi) * cross;
    }
    if (!area) continue;
    if (!best || Math.abs(area) > Math.abs(best.area)) best = { area, lat: lat / (3 * area), lon: lon / (3 * area) };
  }
  return best && [best.lat, best.lon];
}

let loading: Promise<ReadonlyMap<string, Ring[]>> | undefined;

/**
 * Every state's rings, keyed by USPS code, loaded once per page. The outlines
 * are a chunk of their own (≈4.5 KiB gzip); `data` is that chunk when its
 * download was started already (the map controller starts it beside Leaflet's).
 */
export function loadStateOutlines(data: Promise<typeof StatesModule> = import('./us-states.data.js')): Promise<ReadonlyMap<string, Ring[]>> {
  loading ??= data.then((module) => {
    if (module.US_STATES_STEPS !== STEPS) throw new Error('us-states.data.ts and basemap.ts disagree on STEPS');
    return decodeStates(module.US_STATES);
  });
  return loading;
}
