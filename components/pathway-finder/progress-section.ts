/**
 * The "Your progress" section: how many main steps are done, the opt-in to keep the marks on this device
 * (what that means, and why it may not work), and "clear". The marks themselves are progress-controller.ts.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { doneCount, type Pathway } from './pathway.js';
import { stepsDoneText } from './pathway-labels.js';
import type { StorageNote } from './progress-controller.js';
import type { ViewContext } from './pathway-view.js';

export interface ProgressView {
  done: ReadonlySet<string>;
  saving: boolean;
  note: StorageNote;
}

export interface ProgressActions {
  onSaveToggle: (event: Event) => void;
  onClear: () => void;
}

export function renderProgress(pathway: Pathway, { done, saving, note }: ProgressView, { locale, uid, heading }: ViewContext, actions: ProgressActions) {
  return html`<section part="progress" class="progress" aria-labelledby="${uid}-progress">
    ${heading(1, msg('Your progress'), `${uid}-progress`)}
    <p class="progress__count">${stepsDoneText(doneCount(pathway, done), pathway.steps.length, locale)}</p>
    <label class="check">
      <input
        type="checkbox"
        class="save-toggle"
        .checked=${saving}
        ?disabled=${note === 'unavailable' || note === 'write-failed'}
        @change=${actions.onSaveToggle}
      />
      <span>${msg('Save my progress on this device')}</span>
    </label>
    <p class="muted hint">${msg('Nothing is sent to anyone. Only this browser keeps it, and some browsers delete it after a few days.')}</p>
    ${note
      ? html`<p class="notice" role="status">
          ${note === 'discarded'
            ? msg('We could not read the progress saved on this device, so the list starts fresh.')
            : msg('Progress cannot be saved in this browser. You can still check off steps, but they will be gone when you leave this page.')}
        </p>`
      : nothing}
    ${saving || done.size
      ? html`<button type="button" class="siip-button siip-button--quiet clear" @click=${actions.onClear}>${msg('Clear my progress')}</button>`
      : nothing}
  </section>`;
}
