import { expect } from '@open-wc/testing';
import { STATE_CODES } from '../data/constants.js';
import { STATE_NAME_SCRIPTS, isStateCode, stateName, statesSorted } from './state-names.js';
import { SUPPORTED_LOCALES, isLocaleReady, loadLocale } from './locale.js';

describe('state names', () => {
  before(async () => {
    await Promise.all(SUPPORTED_LOCALES.map((locale) => loadLocale(locale)));
  });

  it('names all 50 states, DC and Puerto Rico in every language', () => {
    expect(STATE_CODES.length).to.equal(52);
    for (const locale of SUPPORTED_LOCALES) {
      for (const code of STATE_CODES) expect(stateName(code, locale), `${code} ${locale}`).to.not.equal(code);
    }
  });

  it('translates where the name differs and falls back to English', () => {
    expect(stateName('NY', 'es')).to.equal('Nueva York');
    expect(stateName('TX', 'es')).to.equal('Texas');
    expect(stateName('NY', 'ar')).to.equal('نيويورك');
    expect(stateName('NY', 'fr')).to.equal('New York');
    expect([stateName('GA', 'fr'), stateName('NY', 'pt'), stateName('TX', 'vi'), stateName('TX', 'ht')]).to.deep.equal(['Géorgie', 'Nova York', 'Texas', 'Texas']);
  });

  it('writes every name in the reader’s script for Chinese, Ukrainian and Persian, each name different', () => {
    const scripts: Record<string, RegExp> = { 'zh-Hans': /^\p{Script=Han}+$/u, uk: /^[\p{Script=Cyrillic} -]+$/u, fa: /^[\p{Script=Arabic}\p{Mn}\u200c ]+$/u };
    expect([...STATE_NAME_SCRIPTS].sort()).to.deep.equal(Object.keys(scripts).sort());
    for (const [locale, script] of Object.entries(scripts)) {
      const names = STATE_CODES.map((code) => stateName(code, locale));
      for (const name of names) expect(name, locale).to.match(script);
      expect(new Set(names).size, `${locale}: 52 distinct names`).to.equal(52);
    }
    expect([stateName('TX', 'zh-Hans'), stateName('TX', 'uk'), stateName('TX', 'fa')]).to.deep.equal(['得克萨斯州', 'Техас', 'تگزاس']);
  });

  it('loads a language’s names with its translations: the language is not ready before', async () => {
    // Every language was loaded above; ready means translations and names, so Arabic names are there.
    expect(isLocaleReady('ar')).to.equal(true);
    expect(stateName('CA', 'ar')).to.equal('كاليفورنيا');
  });

  it('recognises only upper-case codes it knows', () => {
    expect(isStateCode('NY')).to.equal(true);
    expect(isStateCode('ny')).to.equal(false);
    expect(isStateCode('ZZ')).to.equal(false);
    expect(stateName('ZZ', 'es')).to.equal('ZZ');
  });

  it('sorts by the localized name', () => {
    const es = statesSorted('es').map((s) => s.code);
    expect(es.indexOf('NC')).to.be.lessThan(es.indexOf('CO')); // Carolina del Norte before Colorado
    expect(statesSorted('en')).to.have.length(52);
  });
});
