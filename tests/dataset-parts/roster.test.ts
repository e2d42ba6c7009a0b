// The roster on the built-in dataset reads its part (communities, cohorts, programs and what they cite), never the
// full file nor the validator, and shows exactly what it shows from the full file.
import { expect } from '@open-wc/testing';
import { FULL, ROSTER_PART, requests, roster, shown, validatorRequests } from './roster-page.js';

describe('the roster on the built-in dataset', () => {
  // First: nothing on this page has loaded the validator yet.
  it('requests its part, not siip-dataset.json, and not the validator', async () => {
    await roster();
    expect(requests(ROSTER_PART)).to.equal(1);
    expect(requests(FULL)).to.equal(0);
    expect(validatorRequests().map((entry) => entry.name)).to.deep.equal([]);
  });

  it('shows from its part what it shows from the full file, every community’s details included', async () => {
    const fromParts = await shown(await roster());
    expect(requests(FULL)).to.equal(0);
    // The same file at another address: read whole (and trusted by its bytes).
    const whole = `${FULL}?whole`;
    const fromFile = await shown(await roster(whole));
    expect(requests(whole)).to.equal(1);
    expect(fromParts.length).to.be.greaterThan(40);
    expect(fromParts).to.deep.equal(fromFile);
  });
});
