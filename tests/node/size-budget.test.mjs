// Size budgets (gzip bytes of built files, deterministic): run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bundleReport, DIST } from './bundle-files.mjs';

const KIB = 1024;
const report = bundleReport();

test('the drop-in without the map is at most 30 KiB gzip', () => {
  console.log(`drop-in (${report.entryFiles.join(' + ')}): ${(report.dropInGzip / KIB).toFixed(1)} KiB gzip`);
  assert.ok(report.dropInGzip <= 30 * KIB, `${report.dropInGzip} bytes`);
});

test('the map’s extra chunks are at most 55 KiB gzip, and not part of the drop-in', () => {
  console.log(`map chunks (${report.mapFiles.join(' + ')}): ${(report.mapGzip / KIB).toFixed(1)} KiB gzip`);
  assert.ok(report.mapFiles.length > 0, 'no lazily loaded map chunk found');
  assert.ok(report.mapGzip <= 55 * KIB, `${report.mapGzip} bytes`);
  for (const file of report.entryFiles) assert.doesNotMatch(readFileSync(`${DIST}/${file}`, 'utf8'), /L\.TileLayer|leaflet-pane/);
});

test('translations load on demand, one small chunk per language', () => {
  for (const chunk of report.lazyChunks) console.log(`lazy ${chunk.file}: ${(chunk.gzip / KIB).toFixed(1)} KiB gzip`);
  assert.ok(report.lazyChunks.length >= 2);
});
