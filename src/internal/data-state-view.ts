import { html } from 'lit';
import { msg } from '@lit/localize';

/**
 * What a widget shows while its data loads: a polite status, not a blank box. It takes the height the drop-in
 * reserved for the widget (`src/entries/reserved-size.ts`, through the theme's `.siip-loading`), so nothing moves
 * when it appears. The error view is `data-error-view.ts`, a chunk loaded only when a file cannot be used.
 */
export function renderLoading() {
  return html`<p part="loading" class="siip-loading" role="status">${msg('Loading SIIP information…')}</p>`;
}
