import { expect } from '@open-wc/testing';
import { buildFragment, parseFragment, shareUrl } from './share-link.js';

describe('share-link', () => {
  it('round-trips profession, state and step', () => {
    const plan = { profession: 'registered-nurse', state: 'NY', step: 'rn-nclex' };
    expect(parseFragment(buildFragment('', plan))).to.deep.equal(plan);
  });

  it('keeps the partner’s own fragment parameters', () => {
    const fragment = buildFragment('#tab=2', { profession: 'cpa' });
    expect(fragment).to.equal('#tab=2&siip-profession=cpa');
    expect(buildFragment(fragment, {})).to.equal('#tab=2');
  });

  it('ignores a fragment that is not ours', () => {
    expect(parseFragment('#top')).to.deep.equal({});
    expect(parseFragment('')).to.deep.equal({});
  });

  it('ignores overlong values', () => {
    expect(parseFragment(`#siip-profession=${'a'.repeat(500)}`)).to.deep.equal({});
  });

  it('encodes awkward characters safely', () => {
    const fragment = buildFragment('', { profession: '<a&b>#' });
    expect(fragment).to.not.contain('<');
    expect(parseFragment(fragment).profession).to.equal('<a&b>#');
  });

  it('builds a full address with the fragment replaced', () => {
    expect(shareUrl('https://partner.example/page?x=1#old', { state: 'GA' })).to.equal('https://partner.example/page?x=1#old=&siip-state=GA');
    expect(shareUrl('https://partner.example/page', {})).to.equal('https://partner.example/page');
  });
});
