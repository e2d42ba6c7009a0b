import { expect } from '@open-wc/testing';
import { anchorOf, decodeRing, loadStateOutlines, type Ring } from './basemap.js';
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

  it('anchors a state marker at the centre of its largest ring', () => {
    const square: Ring = [[0, 0], [0, 2], [2, 2], [2, 0]];
    const islet: Ring = [[10, 10], [10, 10.1], [10.1, 10.1], [10.1, 10]];
    expect(anchorOf([islet, square])).to.deep.equal([1, 1]);
    const [lat, lon] = anchorOf(outlines.get('TX')!)!;
    expect(lat).to.be.within(30, 33);
    expect(lon).to.be.within(-101, -97);
    expect(Math.hypot(lat - 30.27, lon + 97.74), 'away from Austin').to.be.greaterThan(1.5);
  });
});
