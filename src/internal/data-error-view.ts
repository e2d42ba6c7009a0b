/**
 * The error box every widget shows when its data cannot be used. Loaded only when that happens (the dataset
 * controller imports it on a failure), so pages whose data loads never download it.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { LoadFailure } from '../data/fetch-json.js';

/** A plain-words, localized sentence for a whole-dataset failure. */
export function failureSummary(failure: LoadFailure): string {
  switch (failure.reason) {
    case 'network':
      return msg('We could not load the SIIP information. Check your internet connection, then try again.');
    case 'timeout':
      return msg('The SIIP information took too long to load. Please try again.');
    case 'http':
      return failure.status === 404
        ? msg('The SIIP information file was not found (error 404). The site owner may need to fix the address.')
        : msg(str`The server could not send the SIIP information (error ${failure.status ?? '?'}).`);
    case 'not-json':
      return msg('The data address leads to a web page, not to a SIIP information file.');
    case 'invalid-json':
      return msg('The SIIP information file is damaged and cannot be read.');
    case 'version':
      return msg(
        str`This information file uses format ${failure.foundVersion ?? '?'}, which this widget cannot read. Please update the widget or the file.`,
      );
    case 'schema':
    default:
      return msg('The SIIP information file is not in the expected format.');
  }
}

/** A role=alert message, details for the site owner, and a retry button. */
export function renderDataError(failure: LoadFailure, retry: () => void) {
  return html`<div part="error" class="siip-error" role="alert">
    <p class="siip-error__summary">${failureSummary(failure)}</p>
    <details class="siip-error__details">
      <summary>${msg('Details for the site owner')}</summary>
      <p><code>${failure.url}</code></p>
      <p>${failure.message}</p>
      ${failure.issues.length
        ? html`<ul>
            ${failure.issues.slice(0, 20).map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
          </ul>`
        : nothing}
    </details>
    <button type="button" part="retry-button" class="siip-button" @click=${retry}>${msg('Try again')}</button>
  </div>`;
}
