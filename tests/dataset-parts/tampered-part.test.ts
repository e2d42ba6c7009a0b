// A part with other bytes than were built (an edited copy, a part of another release) is never used, even at the
// same length: the roster reads the full file and shows it as before. Here the roster's part has one letter of its
// first community's name changed, so only its SHA-256 tells it from the part that was built.
import { expect } from '@open-wc/testing';
import { FULL, ROSTER_PART, answerFor, requests, roster, shown } from './roster-page.js';

let edited = '';
let sameLength = false;
const part = answerFor(ROSTER_PART, async (real) => {
  const built = new Uint8Array(await (await real()).arrayBuffer());
  const bytes = built.slice();
  const text = new TextDecoder().decode(bytes);
  const at = new TextEncoder().encode(text.slice(0, text.indexOf('"name":', text.indexOf('"communities":[')) + 14)).length;
  bytes[at] = bytes[at] === 0x58 ? 0x59 : 0x58;
  sameLength = bytes.length === built.length;
  edited = JSON.parse(new TextDecoder().decode(bytes)).communities[0].name.en;
  return new Response(bytes, { headers: { 'Content-Type': 'application/json' } });
});

describe('a part with other bytes than were built', () => {
  after(() => part.restore());

  it('is never used, even at the same length: the roster shows the full file as before', async () => {
    const element = await roster();
    const fromFallback = await shown(element);
    expect(part.calls).to.equal(1);
    expect(sameLength).to.equal(true);
    expect(requests(FULL)).to.equal(1);
    const full = await (await fetch(`${FULL}?compare`)).json();
    expect(edited).to.be.a('string').and.not.equal(full.communities[0].name.en);
    expect(element.shadowRoot!.textContent).to.not.include(edited);
    expect(fromFallback).to.deep.equal(await shown(await roster(`${FULL}?whole`)));
  });
});
