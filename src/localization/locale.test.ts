import { expect } from '@open-wc/testing';
import { addLocaleDataLoader, directionOf, isLocaleReady, loadLocale, resolveLocale, SUPPORTED_LOCALES } from './locale.js';
import { UI_LANGUAGES } from './languages.js';
import { collator, dateTimeFormat, formatList, intlLocale, listParts, numberFormat, pluralRules } from './intl.js';
import { localTimeZone } from '../internal/time-zone.js';
import { plural, pluralCategory } from './plural.js';

describe('resolveLocale', () => {
  const table: Array<[string | null | undefined, string]> = [
    ['en', 'en'],
    ['en-US', 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es_419', 'es'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['FR-ht', 'fr'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-hans-cn', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-TW', 'zh-Hans'],
    ['zh-Hant-HK', 'zh-Hans'],
    ['pt', 'pt'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['uk', 'uk'],
    ['uk-UA', 'uk'],
    ['fa', 'fa'],
    ['fa-IR', 'fa'],
    ['fa-AF', 'fa'],
    ['prs', 'fa'],
    ['prs-AF', 'fa'],
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    ['ht', 'ht'],
    ['ht-HT', 'ht'],
    ['de', 'en'],
    ['', 'en'],
    ['  ', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ];
  for (const [tag, expected] of table) {
    it(`${JSON.stringify(tag)} → ${expected}`, () => {
      expect(resolveLocale(tag)).to.equal(expected);
    });
  }

  it('offers exactly the ten languages, in the pickers too', () => {
    expect([...SUPPORTED_LOCALES].sort()).to.deep.equal(['ar', 'en', 'es', 'fa', 'fr', 'ht', 'pt', 'uk', 'vi', 'zh-Hans']);
    expect(UI_LANGUAGES.map((language) => language.code).sort()).to.deep.equal([...SUPPORTED_LOCALES].sort());
    for (const language of UI_LANGUAGES) expect(language.dir, language.code).to.equal(directionOf(language.code));
  });
});

describe('directionOf', () => {
  it('is right to left for Arabic and Persian (and Dari), left to right for the others', () => {
    for (const tag of ['ar', 'fa', 'fa-AF', 'prs', 'ar-EG']) expect(directionOf(tag), tag).to.equal('rtl');
    for (const tag of ['en', 'es', 'fr', 'zh-Hans', 'pt', 'uk', 'vi', 'ht']) expect(directionOf(tag), tag).to.equal('ltr');
  });
});

describe('plural', () => {
  const events = '{count, plural, zero {لا فعاليات} one {فعالية واحدة} two {فعاليتان} few {# فعاليات} many {# فعاليةً} other {# فعالية}}';

  it('gives Arabic its six forms: 3–10 plural, 11–99 singular accusative, 100 singular', () => {
    expect(plural(0, events, 'ar')).to.equal('لا فعاليات');
    expect(plural(1, events, 'ar')).to.equal('فعالية واحدة');
    expect(plural(2, events, 'ar')).to.equal('فعاليتان');
    expect(plural(3, events, 'ar')).to.equal('3 فعاليات');
    expect(plural(10, events, 'ar')).to.equal('10 فعاليات');
    expect(plural(11, events, 'ar')).to.equal('11 فعاليةً');
    expect(plural(99, events, 'ar')).to.equal('99 فعاليةً');
    expect(plural(100, events, 'ar')).to.equal('100 فعالية');
  });

  it('gives Ukrainian one / few / many by the last digits', () => {
    const message = '{count, plural, one {# громада} few {# громади} many {# громад} other {# громади}}';
    expect(plural(1, message, 'uk')).to.equal('1 громада');
    expect(plural(2, message, 'uk')).to.equal('2 громади');
    expect(plural(5, message, 'uk')).to.equal('5 громад');
    expect(plural(11, message, 'uk')).to.equal('11 громад');
    expect(plural(21, message, 'uk')).to.equal('21 громада');
    expect(plural(24, message, 'uk')).to.equal('24 громади');
  });

  it('counts 0 as singular in French, and falls back to "other" where a language lists no more forms', () => {
    const fr = '{count, plural, one {# événement} other {# événements}}';
    expect(plural(0, fr, 'fr')).to.equal('0 événement');
    expect(plural(2, fr, 'fr')).to.equal('2 événements');
    expect(plural(1, '{count, plural, other {# 个活动}}', 'zh-Hans')).to.equal('1 个活动');
  });

  it('uses "other" for Haitian Creole, which browsers have no rules for, unless an exact =N form is given', () => {
    expect(pluralCategory(1, 'ht')).to.equal('other');
    expect(plural(1, '{count, plural, =1 {yon fwa chak ane} other {# fwa chak ane}}', 'ht')).to.equal('yon fwa chak ane');
    expect(plural(3, '{count, plural, =1 {yon fwa chak ane} other {# fwa chak ane}}', 'ht')).to.equal('3 fwa chak ane');
  });

  it('keeps text around the plural, fills {name} values, writes numbers in the locale’s digits', () => {
    const message = 'Download {count, plural, one {# event} other {# events}} (.ics)';
    expect(plural(1, message, 'en')).to.equal('Download 1 event (.ics)');
    expect(plural(1200, message, 'en')).to.equal('Download 1,200 events (.ics)');
    const done = '{total, plural, one {{count} of # step done} other {{count} of # steps done}}';
    expect(plural(12, done, 'en', { count: 3 })).to.equal('3 of 12 steps done');
    expect(plural(1234, '{n, plural, other {# رویداد}}', 'fa')).to.equal('۱٬۲۳۴ رویداد');
    expect(plural(12, done, 'fa', { count: 3 })).to.equal('۳ of ۱۲ steps done');
    expect(plural(2, 'no plural here', 'en')).to.equal('no plural here');
  });
});

describe('lists and dates', () => {
  it('joins lists with each language’s own separators', () => {
    expect(formatList(['A', 'B', 'C'], 'en')).to.equal('A, B, and C');
    expect(formatList(['A', 'B', 'C'], 'ar')).to.not.include(',');
    expect(formatList(['A', 'B', 'C'], 'zh-Hans')).to.equal('A、B和C');
    expect(formatList(['A', 'B', 'C'], 'ht')).to.equal('A, B ak C');
    expect(formatList(['A'], 'fr')).to.equal('A');
  });

  it('keeps list items as they are, so they may be templates', () => {
    const items = [{ id: 1 }, { id: 2 }];
    const parts = listParts(items, 'es');
    expect(parts[0]).to.equal(items[0]);
    expect(parts[2]).to.equal(items[1]);
    expect(parts[1]).to.equal(' y ');
  });

  it('dates Persian in the Gregorian calendar', () => {
    const december = new Intl.DateTimeFormat(intlLocale('fa'), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 11, 15)));
    expect(december).to.equal('دسامبر');
    expect(intlLocale('es')).to.equal('es');
  });
});

describe('loadLocale', () => {
  it('loads a language’s data with its translations, again when a widget brings new data later', async () => {
    await loadLocale('vi');
    expect(isLocaleReady('vi')).to.equal(true);
    const asked: string[] = [];
    let finish!: () => void;
    addLocaleDataLoader((locale) => {
      asked.push(locale);
      return new Promise<void>((resolve) => (finish = resolve));
    });
    expect(isLocaleReady('vi'), 'not ready until the new data is there').to.equal(false);
    const loading = loadLocale('vi');
    expect(asked).to.deep.equal(['vi']);
    finish();
    await loading;
    expect(isLocaleReady('vi')).to.equal(true);
    expect(isLocaleReady('en'), 'English needs nothing loaded').to.equal(true);
  });
});

describe('shared Intl objects', () => {
  it('builds each locale-and-options pair once and hands every caller the same object', () => {
    expect(numberFormat('ar')).to.equal(numberFormat('ar'));
    expect(numberFormat('ar')).to.not.equal(numberFormat('fa'));
    expect(numberFormat('en', { style: 'percent' })).to.not.equal(numberFormat('en'));
    expect(numberFormat('en', { style: 'percent' }).format(0.5)).to.equal('50%');
    expect(collator('es', { sensitivity: 'base' })).to.equal(collator('es', { sensitivity: 'base' }));
    expect(collator('es', { sensitivity: 'base' }).compare('a', 'á')).to.equal(0);
    expect(dateTimeFormat('en', { timeZone: 'UTC', year: 'numeric' }).format(0)).to.equal('1970');
    expect(pluralRules('ar')).to.equal(pluralRules('ar'));
    expect(pluralRules('ar')!.select(2)).to.equal('two');
  });

  it('knows the reader’s own time zone', () => {
    expect(localTimeZone()).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  });
});
