import { css } from 'lit';

/**
 * The styles of what Leaflet draws (outlines, areas, markers), adopted with Leaflet's own CSS from the map's
 * lazily loaded chunk (leaflet-map.ts): a page whose map is never shown does not download them. After Leaflet's
 * sheet, before the element's (community-map.styles.ts, which keeps the cohort colours and forced-colours rules).
 */
export const mapLayerStyles = css`
    .siip-basemap {
      fill: var(--_siip-map-land);
      fill-opacity: 1;
      stroke: var(--_siip-map-border);
      stroke-width: 1;
    }
    .siip-area {
      fill: var(--_c);
      fill-opacity: 0.18;
      stroke: var(--_c);
      stroke-width: 2;
    }
    /*
     * Markers (plain elements in Leaflet's marker pane, leaflet-map.ts), sized here in em. Two codes besides
     * colour: the shape says the kind (circle city, diamond region, square state) and the number says the cohort,
     * as in the legend. A point marker is its number (max(0.875em, 12px) of the widget's text) on its shape, drawn
     * under it: 2em of that number = max(1.75em, 24px) of the widget's text, the figure leaflet-map.ts reads.
     * A line as tall as the marker centres the number: block layout, the least work for a hundred markers.
     */
    .siip-marker,
    .siip-cluster {
      cursor: pointer;
    }
    .siip-marker {
      inline-size: 2em;
      block-size: 2em;
      margin: -1em 0 0 -1em;
      color: #fff;
      font-size: max(0.875em, 12px);
      font-weight: 700;
      line-height: 2em;
      text-align: center;
    }
    .siip-marker::before {
      content: '';
      position: absolute;
      inset: 0;
      z-index: -1;
      background: var(--_c, #0b5cad);
      border: 2px solid #fff;
      box-shadow: 0 0 0 1px #1b1f24;
      border-radius: 50%;
    }
    /* As Leaflet's riseOnHover: the marker under the pointer comes to the top. */
    .leaflet-marker-icon:hover {
      z-index: 2147483647 !important;
    }
    .siip-cluster__count {
      position: relative;
      color: #fff;
      font-size: max(0.875em, 12px);
      font-weight: 700;
      line-height: 1;
    }
    /* In em of the number: 0.2em and 0.15em of the widget's text. */
    .siip-marker--state::before {
      border-radius: 0.23em;
    }
    .siip-marker--region::before {
      border-radius: 0.17em;
      transform: rotate(45deg) scale(0.78);
    }
    .siip-marker--proxy::before {
      border-style: dashed;
    }
    .siip-marker.is-selected::before {
      box-shadow: 0 0 0 2px #1b1f24, 0 0 0 5px #ffd33d;
    }
    .siip-marker.is-highlighted {
      outline: 3px solid var(--_siip-focus);
      outline-offset: 3px;
      border-radius: 50%;
    }
    .siip-cluster {
      --_size: 2em;
      display: flex;
      align-items: center;
      justify-content: center;
      inline-size: var(--_size);
      block-size: var(--_size);
      margin: calc(var(--_size) / -2) 0 0 calc(var(--_size) / -2);
      border-radius: 50%;
      background: var(--_c, #37414d);
      border: 3px solid rgb(255 255 255 / 0.9);
      box-shadow: 0 0 0 1px #1b1f24;
    }
    .siip-cluster--m {
      --_size: 2.5em;
    }
    .siip-cluster--l {
      --_size: 2.75em;
    }
    .leaflet-marker-icon:focus-visible {
      outline: 3px solid var(--_siip-focus);
      outline-offset: 3px;
    }
    .siip-leaflet.leaflet-container:focus-visible {
      outline: 3px solid var(--_siip-focus);
      outline-offset: -3px;
    }

`;
