/**
 * The map's credits, written by the element rather than Leaflet's attribution control: Leaflet, the state
 * outlines' source, and once the visitor has loaded third-party tiles, their credit.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { renderExternalLink } from '../../src/internal/references.js';
import { BASEMAP_CREDIT } from './map-view.js';

/** `tiles`: the tile server, only once its tiles are shown. */
export function renderAttribution(tiles: { host: string } | undefined, tilesAttribution: string) {
  const osm = tiles && /(^|\.)openstreetmap\.(org|fr|de)$/.test(tiles.host.replace(/:\d+$/, ''));
  return html`<p part="attribution" class="attribution">
    ${renderExternalLink('https://leafletjs.com', 'Leaflet')}
    <span aria-hidden="true">·</span>
    ${msg('State outlines:')}
    ${renderExternalLink(BASEMAP_CREDIT.sourceUrl, BASEMAP_CREDIT.source)} (${msg('public domain')}),
    ${renderExternalLink(BASEMAP_CREDIT.packageUrl, BASEMAP_CREDIT.package)}
    ${tiles
      ? html`<span aria-hidden="true">·</span>
          ${osm ? renderExternalLink('https://www.openstreetmap.org/copyright', '© OpenStreetMap contributors') : nothing}
          ${tilesAttribution ? html`<span class="attribution__tiles">${tilesAttribution}</span>` : nothing}`
      : nothing}
  </p>`;
}
