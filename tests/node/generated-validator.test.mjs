// The committed fast-path validator (src/data/generated/dataset-check.js) is what `npm run schema` generates
// from src/data/schema.ts today: a schema change without regenerating fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generate } from '../../data/build-schema.mjs';

test('the generated validator and JSON Schema match src/data/schema.ts', async () => {
  const files = await generate();
  for (const [path, text] of Object.entries(files)) {
    assert.equal(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), text, `${path} is stale: run npm run schema`);
  }
});

test('the generated validator runs under a CSP without eval: no Function, no eval, no imports', () => {
  const code = readFileSync(new URL('../../src/data/generated/dataset-check.js', import.meta.url), 'utf8');
  assert.doesNotMatch(code, /\bnew Function\b|\beval\(|\bimport\b|\brequire\(/);
});
