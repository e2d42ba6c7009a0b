/**
 * A deterministic synthetic dataset of `count` communities scattered over the
 * contiguous US, for the dense-cluster story and the benchmark. Not shipped.
 */
import type { Dataset } from '../../src/data/schema.js';

/** Small deterministic PRNG (mulberry32), so every run draws the same points. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HUBS: Array<[number, number]> = [
  [40.71, -74.0], [34.05, -118.24], [41.88, -87.63], [29.76, -95.37], [33.75, -84.39],
  [47.61, -122.33], [39.74, -104.99], [25.76, -80.19], [44.98, -93.27], [39.96, -83.0],
];

/** `count` points: mostly around ten metro hubs (so clusters form), the rest spread out. */
export function syntheticPoints(count: number, seed = 7): Array<{ lat: number; lon: number }> {
  const rand = random(seed);
  return Array.from({ length: count }, (_, i) => {
    if (i % 4 === 3) return { lat: 26 + rand() * 22, lon: -123 + rand() * 53 };
    const [lat, lon] = HUBS[i % HUBS.length];
    return { lat: lat + (rand() - 0.5) * 3, lon: lon + (rand() - 0.5) * 4 };
  });
}

export function syntheticDataset(count: number, seed = 7): Dataset {
  const cohorts = Array.from({ length: 6 }, (_, i) => ({
    id: `cohort-${2018 + i}`,
    program: i < 5 ? 'siip' : 'demonstration',
    name: `${2018 + i} cohort`,
    membersPublished: true,
    sources: ['src-synthetic'],
  }));
  const kinds = ['city', 'city', 'city', 'region', 'state'] as const;
  return {
    schemaVersion: '1.0.0',
    dataVersion: `synthetic-${count}`,
    asOf: '2026-11-23',
    sources: [{ id: 'src-synthetic', title: 'Synthetic data', url: 'https://example.org/synthetic', accessed: '2026-11-23' }],
    programs: [
      { id: 'siip', name: 'Skilled Immigrant Integration Program', operator: 'WES', description: 'Synthetic.', sources: ['src-synthetic'] },
      { id: 'demonstration', name: 'Demonstration Opportunity', operator: 'WES', description: 'Synthetic.', sources: ['src-synthetic'] },
    ],
    cohorts,
    communities: syntheticPoints(count, seed).map((point, i) => ({
      id: `community-${i}`,
      name: `Community ${i}`,
      kind: kinds[i % kinds.length],
      states: ['GA'],
      coordinates: point,
      cohorts: [cohorts[i % cohorts.length].id],
      sources: ['src-synthetic'],
    })),
    providers: [],
    professions: [],
    events: [],
  };
}

/** The dataset as a same-page `blob:` URL (nothing leaves the machine), for `src`. */
export function syntheticDatasetUrl(count: number, seed = 7): string {
  return URL.createObjectURL(new Blob([JSON.stringify(syntheticDataset(count, seed))], { type: 'application/json' }));
}
