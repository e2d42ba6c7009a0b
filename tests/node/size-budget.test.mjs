// Size budgets (gzip bytes of built files, deterministic): run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bundleReport, DIST } from './bundle-files.mjs';

const KIB = 1024;
const report = bundleReport();

/**
 * Ceilings that stop size regressions. The partner-kit issue asks for 30 KiB (drop-in without the map) and
 * 55 KiB (the map's extra chunks); today's build is above both (see README, "Size"), so these guard the
 * current figures until the drop-in is split per widget.
 */
const DROP_IN_CEILING = 64 * KIB;
const MAP_CEILING = 66 * KIB;

test('the drop-in without the map stays under its ceiling', () => {
  console.log(`drop-in (${report.entryFiles.join(' + ')}): ${(report.dropInGzip / KIB).toFixed(1)} KiB gzip`);
  assert.ok(report.dropInGzip <= DROP_IN_CEILING, `${report.dropInGzip} bytes`);
});

test('the map’s extra chunks stay under their ceiling and are not part of the drop-in', () => {
  console.log(`map chunks (${report.mapFiles.join(' + ')}): ${(report.mapGzip / KIB).toFixed(1)} KiB gzip`);
  assert.ok(report.mapFiles.length > 0, 'no lazily loaded map chunk found');
  assert.ok(report.mapGzip <= MAP_CEILING, `${report.mapGzip} bytes`);
  for (const file of report.entryFiles) assert.doesNotMatch(readFileSync(`${DIST}/${file}`, 'utf8'), /L\.TileLayer|leaflet-pane/);
});

test('translations load on demand, one small chunk per language', () => {
  for (const chunk of report.lazyChunks) console.log(`lazy ${chunk.file}: ${(chunk.gzip / KIB).toFixed(1)} KiB gzip`);
  assert.ok(report.lazyChunks.length >= 2);
});
