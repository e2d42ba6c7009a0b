// Every widget on the built-in dataset finds the part the build wrote for what it shows (data/shipped-dataset.mjs
// lists the sets the widgets' DatasetControllers name): a widget whose collections changed without its part would
// quietly read the whole file again. The roster and the map share theirs.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/entries/define.js';
import { FULL, ROSTER_PART, partUrl, requests } from './roster-page.js';

const PARTS: Array<[string, string]> = [
  ['siip-cohort-roster', ROSTER_PART],
  ['siip-community-map', ROSTER_PART],
  ['siip-event-calendar', partUrl(['events'])],
  ['siip-pathway-finder', partUrl(['professions', 'communities'])],
];

describe('each widget on the built-in dataset', () => {
  for (const [tag, part] of PARTS) {
    it(`${tag} reads its part, not the full file`, async () => {
      const element = await fixture(`<${tag}></${tag}>`);
      await waitUntil(() => requests(part) > 0, `${tag} did not request ${part}`, { timeout: 10_000 });
      // Ready: something beside the loading status in its shadow root.
      await waitUntil(() => !element.shadowRoot?.querySelector('[part="loading"]') && element.shadowRoot?.textContent?.trim(), `${tag} did not render`, { timeout: 10_000 });
      expect(requests(FULL)).to.equal(0);
      expect(requests(part)).to.equal(1);
    });
  }
});
