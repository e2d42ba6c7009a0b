/**
 * The profession and state pickers, and the message shown instead of a plan: nothing chosen yet, an unknown
 * profession or state, or a file with no career steps.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Dataset } from '../../src/data/schema.js';
import { textOf } from '../../src/data/text.js';
import { normaliseState, type PathwayResult } from './pathway.js';
import { statesSorted } from '../../src/localization/state-names.js';

/** What the reader chose, as the element's `profession` and `state` hold it. */
export interface Choice {
  profession: string;
  state: string;
}

export function renderPickers(dataset: Dataset, choice: Choice, locale: string, onPick: (field: keyof Choice, event: Event) => void) {
  const chosenState = normaliseState(choice.state);
  return html`<div part="pickers" class="pickers">
    <label class="field">
      <span class="field__label">${msg('Your profession')}</span>
      <select @change=${(e: Event) => onPick('profession', e)}>
        <option value="" ?selected=${!dataset.professions.some((p) => p.id === choice.profession)}>${msg('Choose a profession')}</option>
        ${dataset.professions.map((p) => html`<option value=${p.id} ?selected=${p.id === choice.profession}>${textOf(p.name, locale)}</option>`)}
      </select>
    </label>
    <label class="field">
      <span class="field__label">${msg('Your state')}</span>
      <select @change=${(e: Event) => onPick('state', e)}>
        <option value="" ?selected=${!chosenState}>${msg('Choose a state')}</option>
        ${statesSorted(locale).map((s) => html`<option value=${s.code} ?selected=${s.code === chosenState}>${s.name}</option>`)}
      </select>
    </label>
  </div>`;
}

/** Why no plan is shown, as an alert when something is wrong; nothing when there is a plan. */
export function renderNoPlanMessage(result: PathwayResult, dataset: Dataset, choice: Choice) {
  if (result.ok) return nothing;
  let text: string;
  const value = result.reason === 'unknown-state' ? choice.state : choice.profession;
  if (dataset.professions.length === 0) text = msg('This information file has no career steps yet.');
  else if (result.reason === 'unknown-profession')
    text = msg(str`We have no steps for the profession "${value}". Please choose a profession from the list.`);
  else if (result.reason === 'unknown-state') text = msg(str`"${value}" is not a US state we know. Please choose a state from the list.`);
  else text = msg('Choose your profession to see your steps. Then choose your state to see what is different there.');
  const problem = result.reason !== 'no-profession' || dataset.professions.length === 0;
  return html`<p part="message" class="message ${problem ? 'message--problem' : ''}" role=${problem ? 'alert' : nothing}>${text}</p>`;
}
