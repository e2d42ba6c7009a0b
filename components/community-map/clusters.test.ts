import { expect } from '@open-wc/testing';
import { clusterRadius, PointClusters } from './clusters.js';
import type { MapPoint } from './map-view.js';

const point = (id: string, lat: number, lon: number, color = 0): MapPoint => ({ communityId: id, lat, lon, kind: 'city', color, proxy: false });
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

describe('PointClusters', () => {
  const near = [point('a', 40, -100), point('b', 40.01, -100.01, 1), point('c', 40.02, -100, 0)];
  const far = point('far', 30, -80);

  it('groups crowded points into one cluster with a count at a low zoom', () => {
    const items = new PointClusters([...near, far]).at(WORLD, 3);
    const cluster = items.find((i) => i.type === 'cluster');
    expect(cluster && cluster.type === 'cluster' && cluster.count).to.equal(3);
    expect(items.filter((i) => i.type === 'point').map((i) => i.type === 'point' && i.point.communityId)).to.deep.equal(['far']);
  });

  it('shows every point on its own when zoomed in far enough', () => {
    const items = new PointClusters([...near, far]).at(WORLD, 16);
    expect(items.every((i) => i.type === 'point')).to.equal(true);
    expect(items).to.have.length(4);
  });

  it('reports a common colour only when all members share it', () => {
    const mixed = new PointClusters(near).at(WORLD, 2)[0];
    expect(mixed.type === 'cluster' && mixed.color).to.equal(undefined);
    const same = new PointClusters([point('a', 40, -100, 3), point('b', 40.01, -100, 3)]).at(WORLD, 2)[0];
    expect(same.type === 'cluster' && same.color).to.equal(3);
  });

  it('gives the zoom at which a cluster opens and its members', () => {
    const clusters = new PointClusters([...near, far]);
    const cluster = clusters.at(WORLD, 3).find((i) => i.type === 'cluster')!;
    if (cluster.type !== 'cluster') throw new Error('expected a cluster');
    expect(clusters.expansionZoom(cluster.clusterId)).to.be.greaterThan(3);
    expect(clusters.leaves(cluster.clusterId).map((p) => p.communityId).sort()).to.deep.equal(['a', 'b', 'c']);
  });

  it('only returns what lies inside the asked box', () => {
    const items = new PointClusters([...near, far]).at([-90, 20, -70, 35], 10);
    expect(items.map((i) => i.type === 'point' && i.point.communityId)).to.deep.equal(['far']);
  });

  describe('clusterRadius', () => {
    /** Longitude degrees that are `px` map pixels apart at `zoom` (256-pixel tiles). */
    const degrees = (px: number, zoom: number) => (px * 360) / (256 * 2 ** zoom);
    const MARKER = 28;
    const types = (markers: number, zoom: number) =>
      new PointClusters([point('a', 0, 0), point('b', 0, degrees(MARKER * markers, zoom))], { radius: clusterRadius(MARKER) })
        .at(WORLD, zoom)
        .map((i) => i.type);

    it('merges markers that would overlap on screen', () => {
      expect(types(0.9, 4)).to.deep.equal(['cluster']);
    });

    it('keeps markers apart that have room', () => {
      expect(types(1.3, 4).sort()).to.deep.equal(['point', 'point']);
    });

    it('answers half zooms exactly: apart when they have room, merged when they would overlap', () => {
      expect(types(1.3, 4.5).sort()).to.deep.equal(['point', 'point']);
      expect(types(1.1, 4.5)).to.deep.equal(['cluster']);
    });

    it('opens a cluster seen at a half zoom at a half zoom', () => {
      const clusters = new PointClusters([point('a', 0, 0), point('b', 0, degrees(MARKER, 4.5))], { radius: clusterRadius(MARKER) });
      const cluster = clusters.at(WORLD, 4.5)[0];
      if (cluster.type !== 'cluster') throw new Error('expected a cluster');
      expect(cluster.half).to.equal(true);
      expect(clusters.expansionZoom(cluster.clusterId, true) % 1).to.equal(0.5);
      expect(clusters.leaves(cluster.clusterId, true)).to.have.length(2);
    });
  });
});
