// What a page downloads from dist/: the drop-in entry and its static imports, and each lazily loaded chunk.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

const staticImports = (code) => [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w${},\s*]+from\s*)?["'](\.\/[^"']+)["']/g)].map((m) => m[1].slice(2));
const dynamicImports = (code) => [...code.matchAll(/import\(\s*["'](\.\/[^"']+)["']\s*\)/g)].map((m) => m[1].slice(2));
const read = (file) => readFileSync(join(DIST, file), 'utf8');

/** The file and everything it imports statically. */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of staticImports(read(file))) closure(dep, seen);
  return seen;
}

export const gzipBytes = (files) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length, 0);

/** Sizes of the drop-in without the map, the map's extra chunks, and one locale's chunk. */
export function bundleReport() {
  const entry = closure('siip-widgets.js');
  const lazy = new Set();
  for (const file of entry) for (const dep of dynamicImports(read(file))) lazy.add(dep);
  // A lazy chunk brings its static imports and, later, its own lazy chunks (the map's state outlines).
  const lazyClosure = (file, seen = new Set()) => {
    for (const f of closure(file)) {
      if (seen.has(f)) continue;
      seen.add(f);
      for (const dep of dynamicImports(read(f))) lazyClosure(dep, seen);
    }
    return seen;
  };
  const lazyGroups = [...lazy].map((file) => ({ file, files: [...lazyClosure(file)].filter((f) => !entry.has(f)) }));
  const isMap = (group) => group.files.some((f) => /leaflet/i.test(read(f)) || /us-states/.test(f));
  const mapFiles = new Set(lazyGroups.filter(isMap).flatMap((g) => g.files));
  const otherLazy = lazyGroups.filter((g) => !isMap(g));
  return {
    entryFiles: [...entry],
    dropInGzip: gzipBytes(entry),
    mapFiles: [...mapFiles],
    mapGzip: gzipBytes(mapFiles),
    lazyChunks: otherLazy.map((g) => ({ file: g.file, gzip: gzipBytes(g.files) })),
    allFiles: readdirSync(DIST),
  };
}
