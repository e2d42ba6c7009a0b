// Fills missing <target>s in the XLIFF files from the `*.i18n.json` files kept beside each component
// ({ "<English source as written in msg()>": { "es": "…", "ar": "…" } }). Targets already in the XLIFF
// (a translator's work) are never overwritten. Run through `npm run localize`.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const xliffDir = join(root, 'src/localization/xliff');

function findJson(dir, found = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findJson(path, found);
    else if (name.endsWith('.i18n.json')) found.push(path);
  }
  return found;
}

const translations = {};
for (const file of [...findJson(join(root, 'src')), ...findJson(join(root, 'components'))]) {
  Object.assign(translations, JSON.parse(readFileSync(file, 'utf8')));
}

const unescapeXml = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let missing = 0;
for (const file of readdirSync(xliffDir).filter((f) => f.endsWith('.xlf'))) {
  const locale = file.replace('.xlf', '');
  const path = join(xliffDir, file);
  const xml = readFileSync(path, 'utf8');
  const updated = xml.replace(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?/g, (unit, id, source, target) => {
    if (target) return unit;
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
      missing++;
      console.warn(`missing ${locale}: ${key}`);
      return unit;
    }
    let body = escapeXml(translated);
    for (const [code, x] of Object.entries(placeholders)) body = body.split(escapeXml(code)).join(x);
    return `${unit}\n<target>${body}</target>`;
  });
  writeFileSync(path, updated);
}
console.log(missing ? `${missing} translation(s) missing` : 'all translations present');
