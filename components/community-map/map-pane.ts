/**
 * The map's pane as a template function: the box Leaflet draws into, its status, the zoom buttons, the wheel
 * hint, the consent to third-party tiles, the legend and the credits. The element owns the state; Leaflet
 * itself is the map controller's.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { COMMUNITY_KINDS, communityKindLabel } from '../../src/internal/community-kinds.js';
import { heading } from '../../src/internal/heading.js';
import { renderAttribution } from './map-attribution.js';
import { cohortNumberText, isolatedText } from './map-text.js';
import type { MapStatus } from './map-controller.js';
import type { MapView } from './map-view.js';

export interface MapPaneState {
  view: MapView;
  locale: string;
  headingLevel: number;
  status: MapStatus;
  /** The tile server the element may offer (parsed `tiles`), and whether the visitor agreed to load it. */
  tile: { url: string; host: string } | undefined;
  tilesAccepted: boolean;
  tilesAttribution: string;
  tileFailed: boolean;
  /** The wheel was used without a modifier: say how to zoom. */
  hintVisible: boolean;
}

export interface MapPaneHandlers {
  zoomIn(): void;
  zoomOut(): void;
  showAll(): void;
  acceptTiles(): void;
}

function renderLegend({ view, locale, headingLevel }: MapPaneState) {
  return html`<div part="legend" class="legend">
    ${heading(headingLevel, 0, msg('Legend'), { className: 'legend__title' })}
    <ul class="legend__list">
      ${view.legend.map(
        ({ cohort, color, number }) => html`<li>
          <span class="swatch siip-color-${color}" aria-hidden="true"><span class="swatch__label">${cohortNumberText(number, locale)}</span></span>${isolatedText(cohort.name, locale)}
        </li>`,
      )}
    </ul>
    <ul class="legend__list">
      ${COMMUNITY_KINDS.map((kind) => html`<li><span class="symbol symbol--${kind}" aria-hidden="true"></span>${communityKindLabel(kind)}</li>`)}
    </ul>
  </div>`;
}

export function renderMapPane(state: MapPaneState, on: MapPaneHandlers) {
  const { status, tile, tilesAccepted, hintVisible } = state;
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  return html`<section class="map-pane" aria-label=${msg('Map of SIIP communities')}>
    <div class="map-frame">
      <div class="map" part="map"></div>
      ${status === 'pending' ? html`<p class="map-status">${msg('Loading map…')}</p>` : nothing}
      ${status === 'failed' ? html`<p class="map-status">${msg('The map could not be loaded. The list shows every community.')}</p>` : nothing}
      <div class="zoom" role="group" aria-label=${msg('Zoom')}>
        <button type="button" class="zoom__button" aria-label=${msg('Zoom in')} ?disabled=${status !== 'ready'} @click=${on.zoomIn}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" class="zoom__button" aria-label=${msg('Zoom out')} ?disabled=${status !== 'ready'} @click=${on.zoomOut}>
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" class="zoom__button" aria-label=${msg('Show all communities')} ?disabled=${status !== 'ready'} @click=${on.showAll}>
          <span aria-hidden="true">⤢</span>
        </button>
      </div>
      <p class="hint" ?hidden=${!hintVisible}>
        ${hintVisible
          ? mac
            ? msg('To zoom the map, hold ⌘ and scroll, or click the map first.')
            : msg('To zoom the map, hold Ctrl and scroll, or click the map first.')
          : nothing}
      </p>
      ${tile && !tilesAccepted
        ? html`<div class="consent">
            <button type="button" part="consent-button" class="siip-button" @click=${on.acceptTiles}>
              ${msg(str`Load the detailed map from ${tile.host}`)}
            </button>
            <p class="consent__note">${msg(str`This sends your IP address to ${tile.host}.`)}</p>
          </div>`
        : nothing}
      ${state.tileFailed ? html`<p class="tile-error">${msg('Map tiles are unavailable; the outline map is shown.')}</p>` : nothing}
    </div>
    ${renderLegend(state)} ${renderAttribution(tile && tilesAccepted ? tile : undefined, state.tilesAttribution)}
  </section>`;
}
