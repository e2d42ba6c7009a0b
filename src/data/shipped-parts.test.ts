// A widget reading the built-in dataset fetches the part for the collections it shows (served as the drop-in's
// build writes them, by tests/wtr-plugins.mjs) instead of the whole file, and gets the same records in the same order.
// Like shipped-dataset.test.ts, this file imports only what widgets import, and its tests run in order: the ones
// that prove the validator is never requested come before any that loads it, and the one that leaves the page
// without parts comes last.
import { expect } from '@open-wc/testing';
import { forgetDataset, leaseDataset } from './dataset-store.js';
import { defaultDatasetUrl } from './default-dataset.js';
import type { LoadResult } from './build-dataset.js';
import type { CollectionName, Dataset } from './schema.js';

const FULL = defaultDatasetUrl();
const partUrl = (collections: readonly string[]) => FULL.replace(/\.json$/, `.${collections.join('-')}.json`);
const COLLECTIONS: CollectionName[] = ['sources', 'programs', 'cohorts', 'communities', 'providers', 'professions', 'events'];
const requests = (url: string) => performance.getEntriesByType('resource').filter((entry) => entry.name === url).length;
const validatorRequests = () => performance.getEntriesByType('resource').filter((entry) => /\/src\/data\/(build-dataset|validate|schema)\.|dataset-check|zod/.test(entry.name));

/** What each widget leases (components/*\/*.component.ts; tests/dataset-parts/widgets.test.ts checks the elements). */
const WIDGETS: Record<string, CollectionName[]> = {
  'roster and map': ['communities', 'cohorts', 'programs'],
  calendar: ['events'],
  'pathway finder': ['professions', 'communities'],
};
const PARTS = Object.values(WIDGETS).map(partUrl);

type Data = Dataset & Record<string, unknown>;
type Ref = { id: string };

async function lease(urls: string[], collections?: CollectionName[]): Promise<Extract<LoadResult, { ok: true }>> {
  const borrowed = leaseDataset(urls, collections);
  const result = await borrowed.result;
  borrowed.release();
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** The ids the records of `dataset` name in `field`, wherever it appears in them (steps, state notes, boards…). */
function named(dataset: Data, field: string): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === field && (typeof inner === 'string' || Array.isArray(inner))) [inner].flat().forEach((id) => ids.add(id as string));
      else walk(inner);
    }
  };
  for (const name of COLLECTIONS) if (name !== 'sources') walk(dataset[name]);
  return ids;
}

describe('a widget on the built-in dataset', () => {
  let full: Data;
  before(async () => {
    full = await (await fetch(`${FULL}?compare`)).json();
  });

  // First: nothing on this page has loaded the validator yet.
  it('fetches the part of what it shows, not the full file nor other parts, and never the validator', async () => {
    const result = await lease([FULL], WIDGETS['roster and map']);
    expect(result.issues).to.deep.equal([]);
    expect(PARTS.map(requests)).to.deep.equal([1, 0, 0]);
    expect(requests(FULL)).to.equal(0);
    expect(validatorRequests().map((entry) => entry.name)).to.deep.equal([]);
  });

  for (const [widget, collections] of Object.entries(WIDGETS)) {
    it(`gets, as the ${widget}, what the full file holds: the same records, in its order, and all they name`, async () => {
      const { dataset } = (await lease([FULL], collections)) as { dataset: Data };
      expect(requests(partUrl(collections))).to.equal(1);
      expect(requests(FULL)).to.equal(0);
      // The header, as in the file, and nothing a part adds.
      expect(Object.keys(dataset)).to.deep.equal(Object.keys(full));
      for (const key of Object.keys(full)) if (!COLLECTIONS.includes(key as CollectionName)) expect(dataset[key], key).to.deep.equal(full[key]);
      // What it shows: every record (the calendar's `community` attribute may name any community).
      for (const name of widget === 'calendar' ? [...collections, 'communities'] : collections) expect(dataset[name], name).to.deep.equal(full[name]);
      // The rest: the file's own records, in the file's order.
      for (const name of COLLECTIONS) {
        const order = new Map((full[name] as Ref[]).map((record, index) => [record.id, index]));
        const records = dataset[name] as Ref[];
        const positions = records.map((record) => order.get(record.id)!);
        expect(positions.every((at, i) => at !== undefined && (i === 0 || at > positions[i - 1])), `${name} in the file's order`).to.equal(true);
        records.forEach((record, i) => expect(record, `${name} ${record.id}`).to.deep.equal((full[name] as Ref[])[positions[i]]));
      }
      // Every reference a widget follows leads to a record it has; the sources are exactly those cited.
      const has = (name: CollectionName) => new Set((dataset[name] as Ref[]).map((record) => record.id));
      expect([...named(dataset, 'sources')].filter((id) => !has('sources').has(id)), 'sources cited, missing').to.deep.equal([]);
      expect([...has('sources')].filter((id) => !named(dataset, 'sources').has(id)), 'sources held, never cited').to.deep.equal([]);
      expect([...named(dataset, 'program')].filter((id) => !has('programs').has(id)), 'programs').to.deep.equal([]);
      expect([...named(dataset, 'cohorts')].filter((id) => !has('cohorts').has(id)), 'cohorts').to.deep.equal([]);
      expect([...named(dataset, 'communities')].filter((id) => !has('communities').has(id)), 'communities').to.deep.equal([]);
      // A community's professions only where the widget shows professions (see data/shipped-dataset.mjs).
      if (collections.includes('professions')) expect([...named(dataset, 'professions')].filter((id) => !has('professions').has(id))).to.deep.equal([]);
      else expect(dataset.professions).to.deep.equal([]);
    });
  }

  it('fetches a part once for the widgets that show its collections, and gives them the same records', async () => {
    forgetDataset(PARTS);
    const before = PARTS.map(requests);
    const [roster, map, pathway] = await Promise.all([lease([FULL], WIDGETS['roster and map']), lease([FULL], WIDGETS['roster and map']), lease([FULL], WIDGETS['pathway finder'])]);
    expect(PARTS.map((url, i) => requests(url) - before[i])).to.deep.equal([1, 0, 1]);
    expect(roster.dataset).to.equal(map.dataset);
    expect(pathway.dataset.communities).to.deep.equal(roster.dataset.communities);
  });

  it('fetches nothing more for a widget that lets go while its part loads, and still uses parts afterwards', async () => {
    const part = partUrl(WIDGETS['roster and map']);
    forgetDataset([part]);
    const asked: string[] = [];
    const fetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (asked.push(String(input)), fetch(input, init));
    try {
      const borrowed = leaseDataset([FULL], WIDGETS['roster and map']);
      borrowed.release();
      const result = await borrowed.result;
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.equal('aborted');
      await lease([FULL], WIDGETS['roster and map']);
    } finally {
      window.fetch = fetch;
    }
    expect(asked).to.deep.equal([part, part]);
  });

  // Each of the next: the parts where the feature applies, the full file as before just outside it.
  it('reads the full file for a widget that does not say what it shows, or shows collections no part is for', async () => {
    forgetDataset(PARTS);
    const before = PARTS.map(requests);
    await lease([FULL], WIDGETS.calendar);
    expect(PARTS.map((url, i) => requests(url) - before[i])).to.deep.equal([0, 1, 0]);
    expect(requests(FULL)).to.equal(0);
    const providers = await lease([FULL], ['providers']);
    expect(requests(FULL)).to.equal(1);
    expect(providers.dataset.providers).to.deep.equal(full.providers);
    const all = await lease([FULL]);
    expect(requests(FULL)).to.equal(1);
    expect(all.dataset.events).to.deep.equal(full.events);
    expect(PARTS.map((url, i) => requests(url) - before[i])).to.deep.equal([0, 1, 0]);
    expect(validatorRequests()).to.have.length(0);
  });

  it('reads the file at another address, or several files, as before', async () => {
    forgetDataset(PARTS);
    const before = requests(partUrl(WIDGETS.calendar));
    const copy = `${FULL}?copy`;
    await lease([copy], WIDGETS.calendar);
    expect(requests(copy)).to.equal(1);
    const partner = new URL('../../data/siip-partner-example.json', import.meta.url).href;
    const merged = await lease([FULL, partner], WIDGETS.calendar);
    expect(merged.dataset.events.length).to.be.greaterThan(full.events.length);
    expect(requests(partUrl(WIDGETS.calendar))).to.equal(before);
  });

  // Last: it leaves this page reading the full file.
  it('reads the full file, validated, where a part cannot be recognised (no crypto.subtle: a page over plain http)', async () => {
    const subtle = Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle')!;
    const [roster, , part] = PARTS;
    forgetDataset([FULL, ...PARTS]);
    const beforeFull = requests(FULL);
    const beforePart = requests(part);
    const beforeRoster = requests(roster);
    Object.defineProperty(Crypto.prototype, 'subtle', { configurable: true, get: () => undefined });
    try {
      const result = await lease([FULL], WIDGETS['pathway finder']);
      expect(requests(part)).to.equal(beforePart + 1);
      expect(requests(FULL)).to.equal(beforeFull + 1);
      expect(result.dataset.professions).to.deep.equal(full.professions);
      // Later widgets go to the full file at once.
      await lease([FULL], WIDGETS['roster and map']);
      expect(requests(roster)).to.equal(beforeRoster);
      expect(requests(FULL)).to.equal(beforeFull + 1);
    } finally {
      Object.defineProperty(Crypto.prototype, 'subtle', subtle);
    }
  });
});
