/**
 * What only a widget with `sync-url` uses: the plan in the page address (url-sync-controller.ts, with the
 * fragment format of share-link.ts) and "Copy a link to this plan" with its outcome. Such a widget loads this
 * before its first render (the plan in the address must be read first); partner pages without `sync-url`, the
 * default, never download it.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';

export { shareUrl } from './share-link.js';
export { UrlSyncController } from './url-sync-controller.js';

/** What became of the last "Copy a link": copied, or shown for copying by hand (clipboard refused). */
export type ShareStatus = '' | 'copied' | 'manual';

export async function copyLink(url: string): Promise<ShareStatus> {
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'manual';
  }
}

/** The share button (while `sync-url` is on) and the outcome of the last copy. */
export function renderShareActions(showButton: boolean, status: ShareStatus, link: () => string, onShare: () => void) {
  return html`${showButton
      ? html`<button type="button" class="siip-button siip-button--quiet share" @click=${onShare}>${msg('Copy a link to this plan')}</button>`
      : nothing}
    ${status === 'copied' ? html`<p class="muted">${msg('Link copied.')}</p>` : nothing}
    ${status === 'manual'
      ? html`<label class="field share-manual">
          <span class="field__label">${msg('Copy this link:')}</span>
          <input type="text" readonly .value=${link()} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
        </label>`
      : nothing}`;
}
