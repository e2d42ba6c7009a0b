// The fast path (ajv code generated from the zod schema) must never accept what zod would reject or change;
// validation yields to the page while it works; the build's check of the shipped dataset finds every kind of fault.
import { expect } from '@open-wc/testing';
import { COLLECTIONS, type CollectionName } from './schema.js';
import { COLLECTION_NAMES, fastCheck as fastCheckWith, validateDataset as validateWith, validateDatasetInSlices } from './validate.js';
import { ALL_FAST_CHECKS } from './all-fast-checks.js';
import { faultsOfShippedDataset } from './shipped-dataset-faults.js';

type Raw = Record<string, unknown>;
const fastCheck = (name: CollectionName, record: Raw) => fastCheckWith(name, record, ALL_FAST_CHECKS);
const validateDataset = (data: Raw, scope: Parameters<typeof validateWith>[1] = {}) => validateWith(data, scope, ALL_FAST_CHECKS);
const json = async (path: string) => (await fetch(new URL(path, import.meta.url))).json();
const FIXTURES = ['minimal', 'partly-invalid', 'hostile', 'event-calendar-basic', 'event-calendar-hostile', 'pathway-finder-basic', 'pathway-finder-hostile', 'community-map-basic', 'partner-overlay', 'prototype-pollution', 'newer-minor'];

/** Same value, ignoring key order (zod returns keys in schema order). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Raw)[k], (b as Raw)[k]));
}

/** When the fast path accepts a record, zod accepts it too and returns it unchanged. */
function expectNoLaxerThanZod(name: CollectionName, record: unknown, label: string): boolean {
  const fast = typeof record === 'object' && record !== null && !Array.isArray(record) && fastCheck(name, record as Raw);
  if (fast) {
    const parsed = COLLECTIONS[name].safeParse(record);
    expect(parsed.success, `${label}: fast path accepts what zod rejects ${JSON.stringify(record).slice(0, 200)}`).to.equal(true);
    expect(sameValue(parsed.data, record), `${label}: zod would change ${JSON.stringify(record).slice(0, 200)}`).to.equal(true);
  }
  return fast;
}

/** Deterministic variations of a record: whitespace, wrong types, extra keys, hostile links, odd zones. */
function* variants(record: unknown, depth = 0): Generator<unknown> {
  if (typeof record === 'string') {
    yield ` ${record}`;
    yield `${record}\n`;
    yield `\u00a0${record}\u2028`;
    yield '';
    yield 'javascript:alert(1)';
    yield 'HTTPS://EXAMPLE.ORG/';
    yield 'https://xn--e1afmkfd.xn--p1ai/';
    yield 'https://example.org:99999/';
    yield 'https://user@example.org/';
    yield 'https://exa mple.org/';
    yield 'https://192.168.0.1/';
    yield 'Mars/Olympus_Mons';
    yield 7 as unknown as string;
    return;
  }
  if (typeof record === 'number') {
    yield -1;
    yield 1.5;
    yield 1e300;
    yield '3';
    return;
  }
  if (Array.isArray(record)) {
    yield [];
    yield [...record, record[0]];
    yield 'a list';
    if (depth < 4) for (let i = 0; i < record.length; i++) for (const item of variants(record[i], depth + 1)) yield record.map((x, j) => (j === i ? item : x));
    return;
  }
  if (typeof record === 'object' && record !== null) {
    yield { ...record, futureField: 1 };
    yield { ...record, es: 'hola', fr: 5 };
    yield JSON.parse(`{"__proto__": {"polluted": 1}, ${JSON.stringify(record).slice(1)}`);
    if (depth < 4) {
      for (const key of Object.keys(record)) {
        const { [key]: removed, ...rest } = record as Raw;
        yield rest;
        for (const value of variants(removed, depth + 1)) yield { ...record, [key]: value };
      }
    }
  }
}

describe('the fast path', () => {
  it('accepts every record of the shipped dataset as it is', async () => {
    const data = await json('../../data/siip-dataset.json');
    for (const name of COLLECTION_NAMES) {
      (data[name] as unknown[]).forEach((record, index) => expect(expectNoLaxerThanZod(name, record, `${name}[${index}]`), `${name}[${index}]`).to.equal(true));
    }
  });

  it('never accepts what zod would reject or change, over every fixture and thousands of variations', async function () {
    // Thousands of full validations of the national file: slow on a busy machine, so it gets its own limit.
    this.timeout(90_000);
    let accepted = 0;
    let rejected = 0;
    const files = [await json('../../data/siip-dataset.json'), ...(await Promise.all(FIXTURES.map((name) => json(`../../data/fixtures/${name}.json`))))];
    for (const data of files) {
      for (const name of COLLECTION_NAMES) {
        const records = Array.isArray(data[name]) ? (data[name] as unknown[]) : [];
        // A few records per collection per file keep this test a few seconds long.
        for (const record of records.slice(0, 3)) {
          for (const variant of variants(record)) {
            if (expectNoLaxerThanZod(name, variant, name)) accepted++;
            else rejected++;
          }
        }
      }
    }
    // Both outcomes must be exercised, or the test proves nothing.
    expect(accepted).to.be.greaterThan(100);
    expect(rejected).to.be.greaterThan(1000);
  });

  it('rejects, for zod to repair, the faults JSON Schema alone would miss', () => {
    const community = { id: 'c', name: 'C', kind: 'city', states: ['GA'], cohorts: [], sources: ['s'] };
    expect(fastCheck('communities', community)).to.equal(true);
    expect(fastCheck('communities', { ...community, name: ' C' })).to.equal(false);
    expect(fastCheck('communities', { ...community, name: { en: 'C', es: 5 } })).to.equal(false);
    expect(fastCheck('communities', { ...community, leadAgency: { name: 'A', url: 'javascript:alert(1)' } })).to.equal(false);
    const event = { id: 'e', type: 'meeting', title: 'E', when: { precision: 'datetime', start: '2026-01-01T10:00', timeZone: 'Mars/Olympus' }, sources: ['s'] };
    const data = { schemaVersion: '1.0.0', dataVersion: 't', asOf: '2026-01-01', sources: [{ id: 's', title: 'S', url: 'https://example.org/', accessed: '2026' }], events: [event] };
    const result = validateDataset(data);
    expect(result.ok && result.issues.map((issue) => issue.path)).to.deep.equal(['events[0].when.timeZone']);
  });
});

describe('validation', () => {
  it('never edits the parsed file, so every widget’s build of it reports the same', () => {
    const data = {
      schemaVersion: '1.0.0',
      dataVersion: 't',
      asOf: '2026-01-01',
      sources: [{ id: 's', title: 'S', url: 'https://example.org/', accessed: '2026' }],
      programs: [{ id: 'p', name: 'P', operator: 'O', description: 'D', sources: ['s', 'ghost-source'] }],
      cohorts: [{ id: 'c', program: 'p', name: 'C', membersPublished: true, sources: ['s'] }],
      communities: [{ id: 'a', name: 'A', kind: 'city', states: ['GA'], cohorts: ['c', 'ghost-cohort'], sources: ['s'] }],
      events: [{ id: 'e', type: 'meeting', title: 'E', when: { precision: 'tba' }, program: 'ghost-program', communities: ['a'], sources: ['s'] }],
    };
    const before = JSON.stringify(data);
    const roster = validateDataset(data, { collections: ['communities', 'cohorts', 'programs'] });
    const calendar = validateDataset(data, { collections: ['events'] });
    const everything = validateDataset(data);
    expect(JSON.stringify(data)).to.equal(before);
    const paths = (result: typeof roster) => (result.ok ? result.issues.map((issue) => issue.path) : []);
    expect(paths(roster), JSON.stringify(paths(roster))).to.have.members(['programs[0].sources[1]', 'communities[0].cohorts[1]']);
    expect(paths(calendar), JSON.stringify(paths(calendar))).to.have.members(['programs[0].sources[1]', 'communities[0].cohorts[1]', 'events[0].program']);
    expect(paths(everything), JSON.stringify(paths(everything))).to.have.members(paths(calendar));
    if (roster.ok) expect(roster.dataset.communities[0].cohorts).to.deep.equal(['c']);
    if (calendar.ok) expect(calendar.dataset.events[0]).to.not.have.property('program');
  });

  it('follows references only into the collections a widget reads', () => {
    const data = {
      schemaVersion: '1.0.0',
      dataVersion: 't',
      asOf: '2026-01-01',
      sources: [
        { id: 's', title: 'S', url: 'https://example.org/', accessed: '2026' },
        { id: 'bad-source', title: ' padded ', url: 'javascript:alert(1)', accessed: '2026' },
      ],
      programs: [{ id: 'p', name: 'P', operator: 'O', description: 'D', sources: ['s'] }],
      cohorts: [{ id: 'c', program: 'p', name: 'C', membersPublished: true, sources: ['s'] }],
      communities: [{ id: 'a', name: 'A', kind: 'city', states: ['GA'], cohorts: ['c'], professions: ['nurse', 'ghost'], sources: ['s', 'ghost-source'] }],
      professions: [{ id: 'nurse', name: ' Nurse', steps: 'not a list', sources: ['bad-source'] }],
    };
    const map = validateDataset(data, { collections: ['communities', 'cohorts', 'programs'], references: ['sources'] });
    const everything = validateDataset(data, { collections: ['communities', 'cohorts', 'programs'] });
    const paths = (result: typeof map) => (result.ok ? result.issues.map((issue) => issue.path) : []);
    // The map never shows a community's professions: neither they nor the sources only they cite are checked.
    expect(paths(map), JSON.stringify(paths(map))).to.have.members(['communities[0].sources[1]']);
    expect(map.ok && map.dataset.professions).to.deep.equal([]);
    expect(map.ok && map.dataset.sources.map((source) => source.id)).to.deep.equal(['s']);
    expect(map.ok && map.dataset.communities[0].professions).to.deep.equal(['nurse', 'ghost']);
    // Without `references`, every referred collection is followed and checked, as before.
    expect(paths(everything)).to.include.members(['communities[0].sources[1]', 'communities[0].professions[0]', 'communities[0].professions[1]']);
  });

  it('follows and checks the sources that professions’ licensing boards and directory cite', () => {
    const source = (id: string, url = `https://${id}.example.org/`) => ({ id, title: id, url, accessed: '2026' });
    const data = {
      schemaVersion: '1.1.0',
      dataVersion: 't',
      asOf: '2026-01-01',
      sources: [source('s'), source('board-source'), source('directory-source'), source('hostile-source', 'javascript:alert(1)')],
      professions: [
        {
          id: 'nurse',
          name: 'Nurse',
          boardKind: 'board of nursing',
          boards: { GA: { name: 'Georgia Board of Nursing', url: 'https://sos.ga.example.org/', sources: ['board-source', 'hostile-source', 'ghost-source'] } },
          directory: { name: 'NCSBN', url: 'https://ncsbn.example.org/', sources: ['directory-source', 'ghost-directory-source'] },
          steps: [{ id: 'exam', order: 1, kind: 'required', title: 'Exam', description: 'Pass it', variesByState: false, sources: ['s'] }],
          sources: ['s'],
        },
      ],
    };
    const before = JSON.stringify(data);
    // The pathway finder's scope, and everything.
    for (const scope of [{ collections: ['professions', 'communities'] as CollectionName[] }, {}]) {
      const result = validateDataset(data, scope);
      const label = JSON.stringify(scope);
      expect(result.ok, label).to.equal(true);
      if (!result.ok) continue;
      const paths = result.issues.map((issue) => issue.path);
      expect(result.dataset.sources.map((s) => s.id), label).to.have.members(['s', 'board-source', 'directory-source']);
      expect(paths, `${label} ${JSON.stringify(paths)}`).to.include.members([
        'sources[3].url',
        'professions[0].boards.GA.sources[1]',
        'professions[0].boards.GA.sources[2]',
        'professions[0].directory.sources[1]',
      ]);
      const [nurse] = result.dataset.professions;
      expect(nurse.boards?.GA?.sources, label).to.deep.equal(['board-source']);
      expect(nurse.directory?.sources, label).to.deep.equal(['directory-source']);
    }
    expect(JSON.stringify(data)).to.equal(before);
  });
});

describe('validation in slices', () => {
  it('gives the page turns while it validates a large file', async () => {
    const communities = Array.from({ length: 10_000 }, (_, i) => ({ id: `c-${i}`, name: `Community ${i}`, kind: 'city', states: ['GA'], cohorts: [], sources: ['s'] }));
    const data = { schemaVersion: '1.0.0', dataVersion: 't', asOf: '2026-01-01', sources: [{ id: 's', title: 'S', url: 'https://example.org/', accessed: '2026' }], communities };
    // Frames are painted between slices; a validation that never yielded would let none through.
    let frames = 0;
    let done = false;
    const frame = () => {
      if (done) return;
      frames++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const result = await validateDatasetInSlices(data, {}, ALL_FAST_CHECKS, 0);
    done = true;
    expect(frames).to.be.greaterThan(0);
    expect(result.ok && result.dataset.communities.length).to.equal(10_000);
    expect(result).to.deep.equal(validateDataset(data));
  });
});

describe('the build’s check of the shipped dataset', () => {
  it('finds no fault in the shipped file and one in each kind of faulty copy', async () => {
    const shipped = await json('../../data/siip-dataset.json');
    expect(faultsOfShippedDataset(shipped, sameValue)).to.deep.equal([]);
    const faulty = (edit: (data: Raw & { communities: Raw[] }) => void) => {
      const copy = structuredClone(shipped);
      edit(copy);
      return faultsOfShippedDataset(copy, sameValue);
    };
    expect(faulty((d) => (d.communities[0].leadAgency = { name: 'A', url: 'javascript:alert(1)' }))).to.have.length.greaterThan(0);
    expect(faulty((d) => (d.communities[0].name = ' Padded '))).to.have.length.greaterThan(0);
    expect(faulty((d) => (d.communities[0].futureField = 1))).to.have.length.greaterThan(0);
    expect(faulty((d) => delete (d as Raw).providers)).to.have.length.greaterThan(0);
    expect(faulty((d) => (d.communities[0].cohorts = ['no-such-cohort']))).to.have.length.greaterThan(0);
    expect(faulty((d) => (d.schemaVersion = '2.0.0'))).to.have.length.greaterThan(0);
  });
});
