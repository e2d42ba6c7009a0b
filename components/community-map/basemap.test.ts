import { expect } from '@open-wc/testing';
import { decodeRing, loadStateOutlines, type Ring } from './basemap.js';
import { STATE_CODES } from '../../src/data/schema.js';

describe('basemap', () => {
  let outlines: ReadonlyMap<string, Ring[]>;
  before(async () => {
    outlines = await loadStateOutlines();
  });

  it('decodes delta-encoded rings into [lat, lon] pairs', () => {
    expect(decodeRing([20, 40, 20, -20, -40, 0], 20)).to.deep.equal([
      [2, 1],
      [1, 2],
      [1, 0],
    ]);
  });

  it('has an outline for every state code but DC (too small at this resolution)', () => {
    const missing = STATE_CODES.filter((code) => !outlines.has(code));
    expect(missing).to.deep.equal(['DC']);
  });

  it('puts each state where it belongs', () => {
    const inside = (code: string, lat: number, lon: number) => {
      // Ray casting over every ring of the state.
      let hit = false;
      for (const ring of outlines.get(code)!) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [yi, xi] = ring[i];
          const [yj, xj] = ring[j];
          if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit;
        }
      }
      return hit;
    };
    expect(inside('GA', 33.749, -84.388), 'Atlanta in Georgia').to.equal(true);
    expect(inside('NV', 36.17, -115.14), 'Las Vegas in Nevada').to.equal(true);
    expect(inside('GA', 36.17, -115.14), 'Las Vegas not in Georgia').to.equal(false);
  });
});
