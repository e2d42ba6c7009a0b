import { expect } from '@open-wc/testing';
import { STATE_CODES } from '../../src/data/schema.js';
import { isStateCode, stateName, statesSorted } from './states.js';

describe('states', () => {
  it('names all 50 states, DC and Puerto Rico in every language', () => {
    expect(STATE_CODES.length).to.equal(52);
    for (const locale of ['en', 'es', 'ar']) {
      for (const code of STATE_CODES) expect(stateName(code, locale), `${code} ${locale}`).to.not.equal(code);
    }
  });

  it('translates where the name differs and falls back to English', () => {
    expect(stateName('NY', 'es')).to.equal('Nueva York');
    expect(stateName('TX', 'es')).to.equal('Texas');
    expect(stateName('NY', 'ar')).to.equal('نيويورك');
    expect(stateName('NY', 'fr')).to.equal('New York');
  });

  it('recognises only upper-case codes it knows', () => {
    expect(isStateCode('NY')).to.equal(true);
    expect(isStateCode('ny')).to.equal(false);
    expect(isStateCode('ZZ')).to.equal(false);
  });

  it('sorts by the localized name', () => {
    const es = statesSorted('es').map((s) => s.code);
    expect(es.indexOf('NC')).to.be.lessThan(es.indexOf('CO')); // Carolina del Norte before Colorado
    expect(statesSorted('en')).to.have.length(52);
  });
});
