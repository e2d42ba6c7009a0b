/**
 * The offline basemap: US state outlines shipped with the library (US Census
 * Bureau boundaries, public domain, via us-atlas, ISC), so the map needs no
 * tile server. Pure decoding; Leaflet drawing lives in leaflet-map.ts.
 */
import type { US_STATES as StatesData } from './us-states.data.js';

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

let loading: Promise<ReadonlyMap<string, Ring[]>> | undefined;

/**
 * Every state's rings, keyed by USPS code, loaded once per page. The outlines
 * are a chunk of their own (≈4.5 KiB gzip), fetched beside Leaflet's.
 */
export function loadStateOutlines(): Promise<ReadonlyMap<string, Ring[]>> {
  loading ??= import('./us-states.data.js').then((module) => {
    if (module.US_STATES_STEPS !== STEPS) throw new Error('us-states.data.ts and basemap.ts disagree on STEPS');
    return decodeStates(module.US_STATES);
  });
  return loading;
}
