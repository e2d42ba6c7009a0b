/**
 * Clustering of map points with supercluster (chosen by measurement: 4.0 KiB
 * gzip and 149 ms to first frame for 10,000 points, against 8.4 KiB and 455 ms
 * for leaflet.markercluster). Pure: no DOM, no Leaflet.
 */
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { MapPoint } from './map-view.js';

export type ClusterItem =
  | { type: 'point'; key: string; point: MapPoint; lat: number; lon: number }
  | { type: 'cluster'; key: string; clusterId: number; count: number; lat: number; lon: number; color: number | undefined };

interface PointProps {
  i: number;
}
interface ClusterProps {
  /** The common colour of the members, or -1 when they differ. */
  color: number;
}

/** A spatial index over the points, asked for clusters per view. */
export class PointClusters {
  readonly #points: readonly MapPoint[];
  readonly #index: Supercluster<PointProps, ClusterProps>;

  constructor(points: readonly MapPoint[], options: { radius?: number; maxZoom?: number } = {}) {
    this.#points = points;
    this.#index = new Supercluster<PointProps, ClusterProps>({
      radius: options.radius ?? 48,
      maxZoom: options.maxZoom ?? 12,
      map: (props) => ({ color: points[props.i].color }),
      reduce: (acc, props) => {
        if (acc.color !== props.color) acc.color = -1;
      },
    });
    this.#index.load(
      points.map((point, i) => ({
        type: 'Feature' as const,
        properties: { i },
        geometry: { type: 'Point' as const, coordinates: [point.lon, point.lat] },
      })),
    );
  }

  /** Clusters and lone points inside [west, south, east, north] at integer `zoom`. */
  at(bbox: [number, number, number, number], zoom: number): ClusterItem[] {
    const features = this.#index.getClusters(bbox, Math.round(zoom));
    return features.map((feature) => {
      const [lon, lat] = feature.geometry.coordinates;
      const props = feature.properties as Partial<ClusterProperties & ClusterProps & PointProps>;
      if (props.cluster) {
        const clusterId = props.cluster_id!;
        return {
          type: 'cluster',
          key: `c${clusterId}`,
          clusterId,
          count: props.point_count!,
          lat,
          lon,
          color: props.color === -1 ? undefined : props.color,
        };
      }
      const index = props.i!;
      const point = this.#points[index];
      return { type: 'point', key: `p${index}`, point, lat, lon };
    });
  }

  /** The zoom at which a cluster falls apart into smaller ones. */
  expansionZoom(clusterId: number): number {
    return this.#index.getClusterExpansionZoom(clusterId);
  }

  /** Community ids inside a cluster (for its label and tests). */
  leaves(clusterId: number): MapPoint[] {
    return this.#index.getLeaves(clusterId, Infinity).map((leaf) => this.#points[(leaf.properties as PointProps).i]);
  }
}
