import { expect } from '@open-wc/testing';
import { jsonSchemaOfDataset } from './json-schema.js';
import { Dataset } from './schema.js';

describe('dataset schema', () => {
  it('matches the published JSON Schema (run `npm run schema` after changing schema.ts)', async () => {
    const published = await (await fetch(new URL('../../data/siip-dataset.schema.json', import.meta.url))).json();
    expect(published).to.deep.equal(JSON.parse(JSON.stringify(jsonSchemaOfDataset())));
  });

  it('validates the built-in dataset without a single issue', async () => {
    const data = await (await fetch(new URL('../../data/siip-dataset.json', import.meta.url))).json();
    const result = Dataset.safeParse(data);
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 5))).to.equal(true);
  });

  it('rejects links other than http(s), and accepts mailto/tel only where contact links are meant', () => {
    const base = { schemaVersion: '1.0.0', dataVersion: 'x', asOf: '2026-01-01', programs: [], cohorts: [], communities: [], providers: [], professions: [], events: [] };
    const source = (url: string) => ({ ...base, sources: [{ id: 's', title: 't', url, accessed: '2026' }] });
    expect(Dataset.safeParse(source('https://example.org')).success).to.equal(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.org', 'ftp://example.org', 'JaVaScRiPt:alert(1)']) {
      expect(Dataset.safeParse(source(bad)).success, bad).to.equal(false);
    }
  });
});
