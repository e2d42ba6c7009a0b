// Every UI string in every language: each msg() in the code has an entry in a `*.i18n.json` file, each entry
// names every target locale of lit-localize.json, translations keep the English placeholders, and counted
// strings are ICU plurals in every language. So a new string cannot ship untranslated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'src/localization/lit-localize.json'), 'utf8'));
const LOCALES = config.targetLocales;

function findJson(dir, found = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findJson(path, found);
    else if (name.endsWith('.i18n.json')) found.push(path);
  }
  return found;
}
const files = [...findJson(join(root, 'src')), ...findJson(join(root, 'components'))];
const entries = files.flatMap((file) =>
  Object.entries(JSON.parse(readFileSync(file, 'utf8'))).map(([english, translations]) => ({ file: file.slice(root.length), english, translations })),
);

/** The msg() sources of the code as the i18n.json keys spell them, extracted by lit-localize into a scratch dir. */
function extractSources() {
  const scratch = mkdtempSync(join(tmpdir(), 'siip-xliff-'));
  try {
    const checkConfig = {
      ...config,
      tsConfig: join(root, 'tsconfig.json'),
      output: { ...config.output, outputDir: join(scratch, 'out'), localeCodesModule: join(scratch, 'locale-codes.ts') },
      interchange: { ...config.interchange, xliffDir: join(scratch, 'xliff') },
    };
    writeFileSync(join(scratch, 'lit-localize.json'), JSON.stringify(checkConfig));
    execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', join(scratch, 'lit-localize.json')], { cwd: root, stdio: 'pipe' });
    const xml = readFileSync(join(scratch, 'xliff', `${LOCALES[0]}.xlf`), 'utf8');
    const unescape = (t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    return [...xml.matchAll(/<source>([\s\S]*?)<\/source>/g)].map((m) => unescape(m[1].replace(/<x id="\d+" equiv-text="([^"]*)"\/>/g, (_, code) => unescape(code))));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

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
