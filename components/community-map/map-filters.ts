/** The map's search and filter form, as a template function. */
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { Dataset } from '../../src/data/schema.js';
import { textOf } from '../../src/data/text.js';
import { COMMUNITY_KINDS, communityKindLabel } from '../../src/internal/community-kinds.js';
import { cohortsOfProgram, type MapFilters } from './map-view.js';

/** A filter the visitor changed, with the event of its field. */
export type FilterChange = (event: Event, name: keyof MapFilters) => void;

/** One filter as a list: "all" first, then `options` as [value, text]. */
function selectField(
  label: string,
  name: keyof MapFilters,
  current: string,
  allLabel: string,
  options: ReadonlyArray<readonly [value: string, text: string]>,
  onFilter: FilterChange,
) {
  return html`<label class="field">
    <span>${label}</span>
    <select @change=${(e: Event) => onFilter(e, name)}>
      <option value="" ?selected=${!current}>${allLabel}</option>
      ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === current}>${text}</option>`)}
    </select>
  </label>`;
}

export function renderMapFilters(dataset: Dataset, filters: MapFilters, locale: string, onFilter: FilterChange) {
  const programs = dataset.programs.map((program) => [program.id, textOf(program.shortName ?? program.name, locale)] as const);
  const cohorts = cohortsOfProgram(dataset, filters.program).map((cohort) => [cohort.id, textOf(cohort.name, locale)] as const);
  const kinds = COMMUNITY_KINDS.map((kind) => [kind, communityKindLabel(kind)] as const);
  return html`<form part="filters" class="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
    <label class="field field--query">
      <span>${msg('Search communities')}</span>
      <input type="search" .value=${filters.query} @input=${(e: Event) => onFilter(e, 'query')} autocomplete="off" />
    </label>
    ${selectField(msg('Program'), 'program', filters.program, msg('All programs'), programs, onFilter)}
    ${selectField(msg('Cohort'), 'cohort', filters.cohort, msg('All cohorts'), cohorts, onFilter)}
    ${selectField(msg('Kind'), 'kind', filters.kind, msg('Cities, regions and states'), kinds, onFilter)}
  </form>`;
}
