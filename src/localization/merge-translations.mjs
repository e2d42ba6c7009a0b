// Writes the <target>s of the XLIFF file of every target locale in lit-localize.json from the `*.i18n.json`
// files kept beside each component ({ "<English source as written in msg()>": { "es": "…", "ar": "…",
// "fr": "…", … } }, one key per target locale). The i18n.json files are the translations' home: a target
// that differs from its entry is replaced, so a corrected wording reaches the XLIFF; a target with no entry
// (added in the XLIFF alone) is kept. Counted strings are ICU plurals ("{count, plural, one {…} other {…}}")
// chosen at run time by src/localization/plural.ts. Run through `npm run localize`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { i18nFiles, root } from './i18n-files.mjs';

const xliffDir = join(root, 'src/localization/xliff');

const translations = {};
for (const file of i18nFiles) {
  Object.assign(translations, JSON.parse(readFileSync(file, 'utf8')));
}

const unescapeXml = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const config = JSON.parse(readFileSync(join(root, 'src/localization/lit-localize.json'), 'utf8'));
let missing = 0;
for (const locale of config.targetLocales) {
  const path = join(xliffDir, `${locale}.xlf`);
  const xml = readFileSync(path, 'utf8');
  const updated = xml.replace(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?/g, (unit, id, source, target) => {
    const placeholders = {};
    const key = unescapeXml(
      source.replace(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g, (x, _n, equiv) => {
        const code = unescapeXml(equiv);
        placeholders[code] = x;
        return code;
      }),
    );
    const translated = translations[key]?.[locale];
    if (!translated) {
      if (target) return unit;
      missing++;
      console.warn(`missing ${locale}: ${key}`);
      return unit;
    }
    let body = escapeXml(translated);
    for (const [code, x] of Object.entries(placeholders)) body = body.split(escapeXml(code)).join(x);
    const head = target ? unit.slice(0, unit.length - target.length) : unit;
    return `${head}\n<target>${body}</target>`;
  });
  writeFileSync(path, updated);
}
console.log(missing ? `${missing} translation(s) missing` : 'all translations present');
