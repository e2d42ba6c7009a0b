// A site that copied only siip-widgets.js and data/siip-dataset.json: a part answers 404. The roster then reads the
// full file (trusted by its bytes, so still no validator) and shows the same; later widgets on the page, whatever
// they show, go to the full file at once.
import { expect } from '@open-wc/testing';
import { leaseDataset } from '../../src/data/dataset-store.js';
import { FULL, ROSTER_PART, answerFor, partUrl, requests, roster, shown, validatorRequests } from './roster-page.js';

describe('a missing part', () => {
  const missing = answerFor(ROSTER_PART, async () => new Response('Not found', { status: 404, statusText: 'Not Found' }));
  after(() => missing.restore());

  it('sends the roster to the full file, which it shows as before, without the validator', async () => {
    const fromFallback = await shown(await roster());
    expect(missing.calls).to.equal(1);
    expect(requests(FULL)).to.equal(1);
    expect(validatorRequests().map((entry) => entry.name)).to.deep.equal([]);
    const fromFile = await shown(await roster(`${FULL}?whole`));
    expect(fromFallback).to.deep.equal(fromFile);
  });

  it('sends later widgets on the page straight to the full file, without asking for parts again', async () => {
    const before = requests(FULL);
    for (const collections of [['events'], ['communities', 'cohorts', 'programs']] as const) {
      const lease = leaseDataset([FULL], collections);
      const result = await lease.result;
      lease.release();
      expect(result.ok).to.equal(true);
    }
    expect(missing.calls).to.equal(1);
    expect(requests(partUrl(['events']))).to.equal(0);
    // One request for both widgets at most: none while the page still keeps the file from the test before (the store
    // keeps the last file let go, and that test let go of another after it).
    expect(requests(FULL) - before).to.be.at.most(1);
  });
});
