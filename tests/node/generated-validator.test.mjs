// The committed fast-path validator (src/data/generated/dataset-check*.js) is what `npm run schema` generates
// from src/data/schema.ts today: a schema change without regenerating fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { generate } from '../../data/build-schema.mjs';

test('the generated validator and JSON Schema match src/data/schema.ts', async () => {
  const files = await generate();
  for (const [path, text] of Object.entries(files)) {
    assert.equal(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), text, `${path} is stale: run npm run schema`);
  }
});

test('the generated validator runs under a CSP without eval: no Function, no eval, no imports but its own modules', () => {
  const dir = new URL('../../src/data/generated/', import.meta.url);
  const modules = readdirSync(dir).filter((file) => file.endsWith('.js'));
  assert.ok(modules.includes('dataset-check.js'));
  for (const file of modules) {
    // The split modules import what they share from the first one, the lists of them load or re-export them, and
    // nothing else.
    const code = readFileSync(new URL(file, dir), 'utf8')
      .replace(/^import \{[\w, ]+\} from '\.\/dataset-check\.js';$/m, '')
      .replace(/^export \{[\w, ]+\} from '\.\/dataset-check(?:-\w+)?\.js';$/gm, '')
      .replace(/\(\) => import\('\.\/dataset-check-\w+\.js'\)/g, '');
    assert.doesNotMatch(code, /\bnew Function\b|\beval\(|\bimport\b|\brequire\(/, file);
  }
});
