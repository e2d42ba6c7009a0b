// What a page downloads from dist/: the drop-in entry, the core every element shares, each element's chunk,
// the map's Leaflet chunk and its outlines, and each language's translations.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

// Minified output quotes with ", ' or ` (dynamic imports).
const staticImports = (code) => [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w${},\s*]+from\s*)?["'`](\.\/[^"'`]+)["'`]/g)].map((m) => m[1].slice(2));
const dynamicImports = (code) => [...code.matchAll(/import\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1].slice(2));
const read = (file) => readFileSync(join(DIST, file), 'utf8');

/** The file and everything it imports statically. */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of staticImports(read(file))) closure(dep, seen);
  return seen;
}

export const gzipBytes = (files) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length, 0);

export const ENTRY = 'siip-widgets.js';
/** Every widget of the registry. */
import { TAGS } from './registry.mjs';
export { TAGS };

/** Files a page with these widgets downloads (in English), before any map tiles or dataset. */
export function pageFiles(tags) {
  const files = closure(ENTRY);
  const lazy = dynamicImports(read(ENTRY));
  for (const tag of tags) {
    const chunk = lazy.find((file) => file.startsWith(`${tag}-`));
    if (!chunk) throw new Error(`no chunk for <${tag}> among ${lazy.join(', ')}`);
    closure(chunk, files);
    // The map element loads Leaflet and the outlines at once.
    if (tag === 'siip-community-map') for (const dep of mapFiles()) files.add(dep);
  }
  return files;
}

/** The map's Leaflet chunk and its outlines chunk. */
export function mapFiles() {
  const element = dynamicImports(read(ENTRY)).find((file) => file.startsWith('siip-community-map-'));
  const files = new Set();
  const visit = (file) => {
    for (const dep of [...staticImports(read(file)), ...dynamicImports(read(file))]) {
      if (/leaflet-map|us-states/.test(dep) && !files.has(dep)) {
        files.add(dep);
        visit(dep);
      }
    }
  };
  visit(element);
  for (const file of closure(element)) visit(file);
  return [...files];
}

/** The validator chunk (and what it alone imports): loaded only for a file that is not the shipped dataset. */
export function validatorFiles() {
  const page = pageFiles(TAGS);
  const chunks = new Set();
  for (const file of page) for (const dep of dynamicImports(read(file))) if (/^siip-build-dataset-/.test(dep)) closure(dep, chunks);
  return [...chunks].filter((file) => !page.has(file));
}

/** The translation chunks (one per language). */
export function localeFiles() {
  const all = new Set();
  for (const file of pageFiles(['siip-cohort-roster'])) for (const dep of dynamicImports(read(file))) all.add(dep);
  const locales = JSON.parse(readFileSync(new URL('../../src/localization/lit-localize.json', import.meta.url), 'utf8')).targetLocales;
  return [...all].filter((file) => locales.some((locale) => file.startsWith(`siip-${locale}-`)));
}
