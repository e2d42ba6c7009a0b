import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { RosterFilters } from './roster.js';

type Option = readonly [value: string, label: string];

export interface RosterFiltersView {
  /** The page-unique prefix of the controls' ids. */
  id: string;
  filters: Required<RosterFilters>;
  cohorts: readonly Option[];
  states: readonly Option[];
  kinds: readonly Option[];
  /** Any input in the form (the control's `name` is the filter's). */
  onInput: (event: Event) => void;
  onClear: () => void;
}

/** One filter list: "All …" first, then the options, the current one selected. */
function filterSelect(id: string, name: keyof RosterFilters, label: string, all: string, value: string, options: readonly Option[]): TemplateResult {
  return html`<div class="field">
    <label for="${id}-${name}">${label}</label>
    <select id="${id}-${name}" name=${name} .value=${value}>
      <option value="">${all}</option>
      ${options.map(([option, text]) => html`<option value=${option} ?selected=${option === value}>${text}</option>`)}
    </select>
  </div>`;
}

/** The search box, the cohort, state and type lists, and "Clear filters" while any filter is set. */
export function rosterFilters(view: RosterFiltersView): TemplateResult {
  const { id, filters } = view;
  const filtered = Boolean(filters.cohort || filters.state || filters.kind || filters.query);
  return html`<form part="filters" class="filters" @submit=${(e: Event) => e.preventDefault()} @input=${view.onInput}>
    <div class="field field--search">
      <label for="${id}-query">${msg('Search')}</label>
      <input id="${id}-query" name="query" type="search" .value=${filters.query} autocomplete="off" />
    </div>
    ${filterSelect(id, 'cohort', msg('Cohort'), msg('All cohorts'), filters.cohort, view.cohorts)}
    ${filterSelect(id, 'state', msg('State'), msg('All states'), filters.state, view.states)}
    ${filterSelect(id, 'kind', msg('Type'), msg('All types'), filters.kind, view.kinds)}
    ${filtered ? html`<button type="button" class="siip-button siip-button--quiet clear" @click=${view.onClear}>${msg('Clear filters')}</button>` : nothing}
  </form>`;
}
