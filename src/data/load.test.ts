import { expect } from '@open-wc/testing';
import { loadDataset, type LoadFailure } from './load.js';

const fixture = (name: string) => new URL(`../../data/fixtures/${name}`, import.meta.url).href;

async function failure(urls: string[], timeoutMs?: number): Promise<LoadFailure> {
  const result = await loadDataset(urls, undefined, timeoutMs);
  if (result.ok) throw new Error('expected a failure');
  return result;
}

describe('loadDataset', () => {
  it('loads and validates a real file', async () => {
    const result = await loadDataset([fixture('minimal.json')]);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (result.ok) {
      expect(result.dataset.communities.map((c) => c.id)).to.deep.equal(['atlanta-ga', 'nevada', 'buffalo-ny']);
      expect(result.issues).to.deep.equal([]);
    }
  });

  it('reports a 404 with its status', async () => {
    const result = await failure([fixture('does-not-exist.json')]);
    expect(result.reason).to.equal('http');
    expect(result.status).to.equal(404);
  });

  it('reports a network failure', async () => {
    const result = await failure(['http://127.0.0.1:9/siip.json']);
    expect(result.reason).to.equal('network');
  });

  it('gives up after its timeout', async () => {
    const result = await failure([new URL('/__siip/never', location.href).href], 300);
    expect(result.reason).to.equal('timeout');
  });

  it('recognises an HTML page instead of JSON', async () => {
    const result = await failure([fixture('not-json.html')]);
    expect(result.reason).to.equal('not-json');
  });

  it('reports invalid JSON with the parser’s position', async () => {
    const result = await failure([fixture('invalid-json.json')]);
    expect(result.reason).to.equal('invalid-json');
    expect(result.message).to.match(/position|column|line/i);
  });

  it('refuses another major version, naming both versions', async () => {
    const result = await failure([fixture('wrong-major.json')]);
    expect(result.reason).to.equal('version');
    expect(result.foundVersion).to.equal('2.0.0');
    expect(result.message).to.include('2.0.0').and.include('1.x');
  });

  it('accepts a newer minor version and ignores unknown fields', async () => {
    const result = await loadDataset([fixture('newer-minor.json')]);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.dataset.communities[0]).to.not.have.property('futureField');
  });

  it('migrates the 0.x format', async () => {
    const result = await loadDataset([fixture('old-format-0.9.json')]);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (result.ok) {
      expect(result.dataset.communities[0].cohorts).to.deep.equal(['2020']);
      expect(result.dataset.communities[0].coordinates).to.deep.equal({ lat: 33.749, lon: -84.388 });
    }
  });

  it('fails the whole file when the header is invalid, with paths', async () => {
    const result = await failure([fixture('bad-header.json')]);
    expect(result.reason).to.equal('schema');
    expect(result.issues.map((i) => i.path)).to.include.members(['dataVersion', 'asOf']);
  });

  it('drops only the faulty parts, skips unusable records, and reports each by path', async () => {
    const result = await loadDataset([fixture('partly-invalid.json')]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const ids = result.dataset.communities.map((c) => c.id);
    // bad-lat keeps its name and cohorts but loses its impossible coordinates (listed, not plotted);
    // bad-state has no valid state left and is skipped; the duplicate Atlanta is skipped.
    expect(ids).to.deep.equal(['atlanta-ga', 'nevada', 'buffalo-ny', 'bad-lat', 'ghost-cohort']);
    expect(result.dataset.communities[3].coordinates).to.equal(undefined);
    const paths = result.issues.map((i) => i.path);
    expect(paths).to.include.members(['communities[3].coordinates.lat', 'communities[4].states[0]', 'communities[5].id', 'communities[6].cohorts[1]']);
    expect(result.dataset.communities[4].cohorts).to.deep.equal(['2020']);
  });

  it('merges a partner file over the national data by id', async () => {
    const result = await loadDataset([fixture('minimal.json'), fixture('partner-overlay.json')]);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (!result.ok) return;
    const buffalo = result.dataset.communities.find((c) => c.id === 'buffalo-ny')!;
    expect(buffalo.leadAgency?.name).to.equal('Buffalo Partner Office');
    expect(buffalo.name).to.equal('Buffalo, NY');
    expect(result.dataset.communities.map((c) => c.id)).to.include('rochester-ny');
    expect(result.dataset.dataVersion).to.equal('test.1');
  });

  it('rejects javascript: and data: links in the schema', async () => {
    const result = await loadDataset([fixture('hostile.json')]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const byId = new Map(result.dataset.communities.map((c) => [c.id, c]));
    expect(byId.get('js-link')!.leadAgency).to.deep.equal({ name: 'Bad' });
    expect(byId.get('data-link')!.leadAgency).to.deep.equal({ name: 'Bad' });
    expect(result.dataset.sources.map((s) => s.id)).to.deep.equal(['src-h']);
    expect(result.dataset.professions[0].steps[1]).to.not.have.property('link');
    expect(result.issues.map((i) => i.path)).to.include.members(['communities[2].leadAgency.url', 'professions[0].steps[1].link', 'sources[1].url']);
  });
});

describe('prototype pollution', () => {
  it('a dataset or partner file with __proto__ and constructor keys pollutes nothing', async () => {
    const result = await loadDataset([fixture('prototype-pollution.json'), fixture('prototype-pollution-overlay.json')]);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).to.equal(undefined);
    expect(probe.isAdmin).to.equal(undefined);
    expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
    if (result.ok) {
      const atlanta = result.dataset.communities.find((c) => c.id === 'atlanta-ga')!;
      expect(Object.getPrototypeOf(atlanta)).to.equal(Object.prototype);
      expect((atlanta as Record<string, unknown>).isAdmin).to.equal(undefined);
      expect(atlanta.leadAgency!.name).to.equal('X');
    }
  });
});
