// The widget registry (src/entries/widgets.ts) read from node tests without a TypeScript loader: its tags and
// the folders they live in. WIDGETS keeps one `{ tag: 'siip-…', … }` line per widget, which this relies on.
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);
const source = readFileSync(new URL('src/entries/widgets.ts', ROOT), 'utf8');

/** The registered tags, in registry order. */
export const TAGS = [...source.matchAll(/^\s*\{ tag: '(siip-[a-z-]+)',/gm)].map((m) => m[1]);

/** `siip-cohort-roster` → `cohort-roster`: the widget's folder under components/. */
export const folderOf = (tag) => tag.replace(/^siip-/, '');
