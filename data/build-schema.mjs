// Writes data/siip-dataset.schema.json from src/data/schema.ts (the single source of truth).
// A browser test (src/data/schema.test.ts) fails when the two drift: run `npm run schema` after changing the schema.
import { build } from 'esbuild';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'siip-schema-'));
const outfile = join(dir, 'schema.mjs');
await build({
  stdin: {
    contents: `export { jsonSchemaOfDataset } from './src/data/json-schema.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile,
  logLevel: 'warning',
});
const { jsonSchemaOfDataset } = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true, force: true });
writeFileSync(join(root, 'data/siip-dataset.schema.json'), JSON.stringify(jsonSchemaOfDataset(), null, 2) + '\n');
console.log('wrote data/siip-dataset.schema.json');
