import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/data/schema.js';
import {
  boundsOf,
  buildMapView,
  colorOf,
  matchesFilters,
  NO_FILTERS,
  parseTileTemplate,
  pointLabel,
  pointsOf,
  PALETTE_SIZE,
} from './map-view.js';
import { normalizeForSearch } from '../../src/internal/search.js';

async function fixture(): Promise<Dataset> {
  const response = await fetch(new URL('../../data/fixtures/community-map-basic.json', import.meta.url));
  return (await response.json()) as Dataset;
}

describe('map-view', () => {
  let dataset: Dataset;
  before(async () => {
    dataset = await fixture();
  });

  it('lists every community with no filters, sorted by name', () => {
    const view = buildMapView(dataset, NO_FILTERS, 'en');
    expect(view.entries.map((e) => e.community.id)).to.deep.equal(['atlanta-ga', 'buffalo-ny', 'miami-valley-oh', 'nevada', 'seattle-wa']);
  });

  it('draws a region as its member places', () => {
    const region = dataset.communities.find((c) => c.id === 'miami-valley-oh')!;
    const points = pointsOf(region, 1);
    expect(points.map((p) => [p.lat, p.lon])).to.deep.equal([
      [39.7589, -84.1916],
      [39.9242, -83.8088],
    ]);
    expect(points.every((p) => p.communityId === 'miami-valley-oh' && p.kind === 'region')).to.equal(true);
  });

  it('keeps communities without coordinates in the list but not on the map', () => {
    const view = buildMapView(dataset, NO_FILTERS, 'en');
    expect(view.unplotted.map((e) => e.community.id)).to.deep.equal(['buffalo-ny']);
    expect(view.points.some((p) => p.communityId === 'buffalo-ny')).to.equal(false);
    expect(view.points).to.have.length(5);
  });

  it('outlines state communities', () => {
    const view = buildMapView(dataset, NO_FILTERS, 'en');
    expect(view.areas).to.deep.equal([{ state: 'NV', communityId: 'nevada', color: 2 }]);
  });

  it('filters by cohort', () => {
    const ids = buildMapView(dataset, { ...NO_FILTERS, cohort: 'siip-2021' }, 'en').entries.map((e) => e.community.id);
    expect(ids).to.deep.equal(['miami-valley-oh', 'seattle-wa']);
  });

  it('filters by kind', () => {
    const ids = buildMapView(dataset, { ...NO_FILTERS, kind: 'state' }, 'en').entries.map((e) => e.community.id);
    expect(ids).to.deep.equal(['nevada']);
  });

  it('filters by program through the cohorts', () => {
    const ids = buildMapView(dataset, { ...NO_FILTERS, program: 'demonstration' }, 'en').entries.map((e) => e.community.id);
    expect(ids).to.deep.equal(['nevada', 'seattle-wa']);
  });

  it('numbers cohorts by their place in the dataset, in the legend and on points, even where colours repeat', () => {
    const many = { ...dataset, cohorts: Array.from({ length: 10 }, (_, i) => ({ ...dataset.cohorts[0], id: `c${i}` })) };
    const legend = buildMapView(many, NO_FILTERS, 'en').legend;
    expect(legend.map((l) => l.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(legend[8].color).to.equal(legend[0].color);
    const view = buildMapView(dataset, { ...NO_FILTERS, cohort: 'siip-2021' }, 'en');
    const seattle = view.entries.find((e) => e.community.id === 'seattle-wa')!;
    const number = dataset.cohorts.findIndex((c) => c.id === 'siip-2021') + 1;
    expect(seattle.number).to.equal(number);
    expect(seattle.points.every((p) => p.number === number)).to.equal(true);
  });

  it('limits the legend to the cohorts of the chosen program', () => {
    const legend = buildMapView(dataset, { ...NO_FILTERS, program: 'siip' }, 'en').legend.map((l) => l.cohort.id);
    expect(legend).to.deep.equal(['siip-2020', 'siip-2021']);
  });

  it('searches names, places, organisations and focus in every language, ignoring case and accents', () => {
    const match = (query: string) => dataset.communities.filter((c) => matchesFilters(c, dataset, { ...NO_FILTERS, query })).map((c) => c.id);
    expect(match('dayton')).to.deep.equal(['miami-valley-oh']);
    expect(match('WELCOMING')).to.deep.equal(['atlanta-ga']);
    expect(match('trayectorías')).to.deep.equal(['atlanta-ga']);
    expect(match('nv')).to.deep.equal(['nevada']);
    expect(match('atlanta partner')).to.deep.equal(['atlanta-ga']);
    expect(match('nowhere')).to.deep.equal([]);
  });

  it('normalizes search text', () => {
    expect(normalizeForSearch('  Ciudad  de MÉXICO ')).to.equal('ciudad de mexico');
  });

  it('colours a community by its first cohort, or by the filtered cohort', () => {
    const seattle = dataset.communities.find((c) => c.id === 'seattle-wa')!;
    expect(colorOf(seattle, dataset)).to.equal(1);
    expect(colorOf(seattle, dataset, { cohort: 'demo-2023' })).to.equal(2);
    expect(PALETTE_SIZE).to.equal(8);
  });

  it('computes bounds around points', () => {
    expect(boundsOf([])).to.equal(undefined);
    expect(boundsOf([{ lat: 1, lon: 2 }, { lat: -3, lon: 5 }])).to.deep.equal([[-3, 2], [1, 5]]);
  });

  it('labels points like "Atlanta, GA — 2020 cohort"', () => {
    expect(pointLabel('Atlanta, GA', ['2020 cohort'])).to.equal('Atlanta, GA — 2020 cohort');
    expect(pointLabel('Miami Valley', ['2021 cohort', 'Demo'], 'Dayton, OH')).to.equal('Dayton, OH (Miami Valley) — 2021 cohort, Demo');
    expect(pointLabel('Nowhere', [])).to.equal('Nowhere');
  });

  describe('parseTileTemplate', () => {
    const base = 'https://partner.example/page';
    it('accepts https templates and keeps the placeholders', () => {
      expect(parseTileTemplate('https://tile.openstreetmap.org/{z}/{x}/{y}.png', base)).to.deep.equal({
        url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        host: 'tile.openstreetmap.org',
      });
    });
    it('rejects javascript:, data:, plain http and credentials', () => {
      expect(parseTileTemplate('javascript:alert(1)//{z}', base)).to.equal(undefined);
      expect(parseTileTemplate('data:image/png,{z}', base)).to.equal(undefined);
      expect(parseTileTemplate('http://tiles.example/{z}/{x}/{y}.png', base)).to.equal(undefined);
      expect(parseTileTemplate('https://user:pw@tiles.example/{z}', base)).to.equal(undefined);
      expect(parseTileTemplate('', base)).to.equal(undefined);
    });
    it('allows http on this machine and resolves relative templates', () => {
      expect(parseTileTemplate('http://localhost:8000/t/{z}/{x}/{y}.png', base)?.host).to.equal('localhost:8000');
      expect(parseTileTemplate('/tiles/{z}/{x}/{y}.png', base)?.url).to.equal('https://partner.example/tiles/{z}/{x}/{y}.png');
    });
  });
});
