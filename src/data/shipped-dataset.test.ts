// The shipped dataset is used as it is, without downloading the validator; every other file is validated.
// This file imports only what widgets import (the store), so the validator chunk is loaded only when requested.
import { expect, waitUntil } from '@open-wc/testing';
import { leaseDataset } from './dataset-store.js';
import { SHIPPED_DATASET, isShippedDataset } from './shipped-dataset.js';
import type { LoadResult } from './build-dataset.js';

const SHIPPED = new URL('../../data/siip-dataset.json', import.meta.url).href;
const PARTNER = new URL('../../data/siip-partner-example.json', import.meta.url).href;
const fixture = (name: string) => new URL(`../../data/fixtures/${name}`, import.meta.url).href;
const validatorRequests = () => performance.getEntriesByType('resource').filter((entry) => /\/src\/data\/(build-dataset|validate|schema)\.|dataset-check|zod/.test(entry.name));
const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

async function lease(urls: string[], collections?: Parameters<typeof leaseDataset>[1]): Promise<Extract<LoadResult, { ok: true }>> {
  const borrowed = leaseDataset(urls, collections);
  const result = await borrowed.result;
  borrowed.release();
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('the shipped dataset', () => {
  // Must run first: once any test validates, the validator's modules are in this page.
  it('loads without requesting the validator', async () => {
    const result = await lease([SHIPPED]);
    expect(result.issues).to.deep.equal([]);
    expect(result.dataset.communities.length).to.be.greaterThan(10);
    expect(result.dataset.dataVersion).to.equal(SHIPPED_DATASET!.dataVersion);
    expect(validatorRequests().map((entry) => entry.name)).to.deep.equal([]);
  });

  it('is recognised by its bytes, not by its version or length', async () => {
    const bytes = await (await fetch(SHIPPED)).arrayBuffer();
    expect(await isShippedDataset(bytes)).to.equal(true);
    // Same length, same dataVersion, one character changed.
    const edited = new Uint8Array(bytes.slice(0));
    const at = new TextDecoder().decode(edited).indexOf('"name": "') + 9;
    edited[at] = edited[at] === 0x58 ? 0x59 : 0x58;
    expect(edited.byteLength).to.equal(bytes.byteLength);
    expect(await isShippedDataset(edited.buffer)).to.equal(false);
  });
});

describe('files other than the shipped dataset', () => {
  // First of this block: no test before it has validated anything.
  it('start downloading the validator beside the file, not after it (here the file is never there)', async () => {
    expect(validatorRequests()).to.have.length(0);
    const borrowed = leaseDataset([fixture('does-not-exist.json')]);
    const result = await borrowed.result;
    borrowed.release();
    expect(result.ok).to.equal(false);
    await waitUntil(() => validatorRequests().length > 0, 'the validator was not requested', { timeout: 5_000 });
  });

  it('an edited copy loads the validator and is repaired as before', async () => {
    const data = await (await fetch(SHIPPED)).json();
    data.communities[0].leadAgency = { name: 'Edited agency', url: 'javascript:alert(1)' };
    data.communities[1].name = '   ';
    const result = await lease([blobUrl(JSON.stringify(data))]);
    expect(validatorRequests().length).to.be.greaterThan(0);
    expect(result.dataset.communities[0].leadAgency).to.deep.equal({ name: 'Edited agency' });
    expect(result.dataset.communities.map((c) => c.id)).to.not.include(data.communities[1].id);
    expect(result.issues.map((issue) => issue.path)).to.include.members(['communities[0].leadAgency.url', 'communities[1].name']);
  });

  it('a partner file over the shipped dataset is validated and merged', async () => {
    const partner = await (await fetch(PARTNER)).json();
    const result = await lease([SHIPPED, PARTNER]);
    expect(result.issues).to.deep.equal([]);
    for (const event of partner.events) expect(result.dataset.events.map((e) => e.id)).to.include(event.id);
    expect(result.dataset.dataVersion).to.equal(SHIPPED_DATASET!.dataVersion);
  });

  it('a partner file’s faulty change to a shipped record is refused, the shipped records stay', async () => {
    const shipped = await (await fetch(SHIPPED)).json();
    const target = shipped.communities[2];
    const overlay = { schemaVersion: '1.0.0', dataVersion: 'partner.1', asOf: '2026-11-23', communities: [{ id: target.id, kind: 'planet' }] };
    const result = await lease([SHIPPED, blobUrl(JSON.stringify(overlay))]);
    expect(result.dataset.communities.map((c) => c.id)).to.not.include(target.id);
    expect(result.dataset.communities).to.have.length(shipped.communities.length - 1);
    expect(result.issues.map((issue) => issue.path)).to.include('communities[2].kind');
  });

  it('a hostile file is repaired or refused as before', async () => {
    const result = await lease([fixture('hostile.json')]);
    const byId = new Map(result.dataset.communities.map((c) => [c.id, c]));
    expect(byId.get('js-link')!.leadAgency).to.deep.equal({ name: 'Bad' });
    expect(result.dataset.sources.map((s) => s.id)).to.deep.equal(['src-h']);
    expect(result.issues.map((i) => i.path)).to.include.members(['communities[2].leadAgency.url', 'sources[1].url']);
  });
});

describe('a widget’s validation', () => {
  it('ignores collections it does not show, and checks the records its own refer to', async () => {
    // The calendar shows events: it checks them, the communities they name (and what those name), nothing else.
    const data = await (await fetch(SHIPPED)).json();
    const named = new Set<string>(data.events.flatMap((event: { communities?: string[] }) => event.communities ?? []));
    const unnamed = data.communities.findIndex((c: { id: string }) => !named.has(c.id));
    const namedIndex = data.communities.findIndex((c: { id: string }) => named.has(c.id));
    expect(unnamed).to.be.at.least(0);
    expect(namedIndex).to.be.at.least(0);
    data.communities[unnamed].kind = 'planet';
    data.communities[namedIndex].kind = 'planet';
    data.providers[0].name = '';
    const url = blobUrl(JSON.stringify(data));

    const calendar = await lease([url], ['events']);
    const paths = calendar.issues.map((issue) => issue.path);
    expect(paths).to.include(`communities[${namedIndex}].kind`);
    expect(paths).to.not.include(`communities[${unnamed}].kind`);
    expect(paths.some((path) => path.startsWith('providers'))).to.equal(false);
    expect(calendar.dataset.events).to.have.length(data.events.length);
    expect(calendar.dataset.communities.every((c) => named.has(c.id))).to.equal(true);

    const roster = await lease([url], ['communities', 'cohorts', 'programs']);
    expect(roster.issues.map((issue) => issue.path)).to.include.members([`communities[${unnamed}].kind`, `communities[${namedIndex}].kind`]);
    expect(roster.dataset.events).to.deep.equal([]);
    expect(roster.issues.map((issue) => issue.path)).to.not.include('providers[0].name');
  });
});
