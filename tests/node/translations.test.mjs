// Every UI string in every language: each msg() in the code has an entry in a `*.i18n.json` file, each entry
// names every target locale of lit-localize.json, translations keep the English placeholders, and counted
// strings are ICU plurals in every language. So a new string cannot ship untranslated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES, extractMsgSources as extractSources, i18nEntries as entries } from './msg-sources.mjs';

const placeholders = (text) => (text.match(/\$\{[^}]*\}/g) ?? []).sort();
const namedValues = (text) => [...new Set((text.match(/\{(\w+)\}/g) ?? []).map((token) => token.slice(1, -1)))].sort();
const PLURAL = /\{\s*\w+\s*,\s*plural\s*,/;

test('the ten UI languages are en plus the nine target locales', () => {
  assert.deepEqual([...LOCALES].sort(), ['ar', 'es', 'fa', 'fr', 'ht', 'pt', 'uk', 'vi', 'zh-Hans']);
});

test('every msg() string in the code has an i18n.json entry', () => {
  const known = new Set(entries.map((entry) => entry.english));
  const sources = extractSources();
  assert.ok(sources.length > 150, `only ${sources.length} strings extracted`);
  const missing = sources.filter((source) => !known.has(source));
  assert.deepEqual(missing, [], `add these to the component's *.i18n.json with ${LOCALES.join(', ')}`);
});

test('every i18n.json entry has every target language, and nothing else', () => {
  const problems = [];
  for (const { file, english, translations } of entries) {
    for (const locale of LOCALES) {
      if (typeof translations[locale] !== 'string' || !translations[locale].trim()) problems.push(`${file}: "${english}" lacks ${locale}`);
    }
    for (const locale of Object.keys(translations)) if (!LOCALES.includes(locale)) problems.push(`${file}: "${english}" has unknown locale ${locale}`);
  }
  assert.deepEqual(problems, []);
});

test('translations keep the English placeholders, and counted strings stay plurals with an "other" form', () => {
  const problems = [];
  for (const { file, english, translations } of entries) {
    for (const locale of LOCALES) {
      const text = translations[locale] ?? '';
      if (placeholders(text).join() !== placeholders(english).join()) problems.push(`${file} ${locale}: placeholders of "${english}"`);
      if (PLURAL.test(english)) {
        if (!PLURAL.test(text) || !/\bother\s*\{/.test(text)) problems.push(`${file} ${locale}: "${english}" needs a plural with an other form`);
        if (namedValues(text).join() !== namedValues(english).join()) problems.push(`${file} ${locale}: {values} of "${english}"`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('French puts a no-break space before its colons and inside its quotes', () => {
  const bad = entries.filter(({ translations }) => / [:;»]|« /.test(translations.fr ?? '')).map(({ english }) => english);
  assert.deepEqual(bad, []);
});
