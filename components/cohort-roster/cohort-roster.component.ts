import { reflectIfSet } from '../../src/internal/reflect.js';
import { formatList, listParts } from '../../src/localization/intl.js';
import { plural } from '../../src/localization/plural.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { SiipElement } from '../../src/internal/siip-element.js';
import { DatasetController } from '../../src/data/dataset-controller.js';
import { renderText } from '../../src/internal/localized-text.js';
import { COMMUNITY_KINDS, communityKindLabel } from '../../src/internal/community-kinds.js';
import { downloadBlob } from '../../src/internal/download.js';
import { uniqueId } from '../../src/internal/ids.js';
import { renderOrganization, renderSourceList, sourcesOf } from '../../src/internal/references.js';
import { textOf } from '../../src/data/text.js';
import type { Community, Dataset } from '../../src/data/schema.js';
import { themeStyles } from '../../src/styles/theme.styles.js';
import { fieldStyles } from '../../src/styles/field.styles.js';
import '../../src/events/community-select.js';
import { rosterStyles } from './cohort-roster.styles.js';
import { GroupController } from '../../src/internal/group-controller.js';
import {
  buildRows,
  filterRows,
  groupByCohort,
  orderedCohorts,
  sortRows,
  statesInUse,
  toCsv,
  type RosterRow,
  type RosterSort,
  type SortKey,
} from './roster.js';

/**
 * @summary The SIIP communities with their cohorts, kind, state, lead agency and focus, grouped by cohort, filterable,
 * sortable and downloadable as CSV.
 * @tag siip-cohort-roster
 *
 * @fires siip-community-select - A community's details were opened. `detail: { communityId }`.
 *
 * @csspart filters - The filter controls.
 * @csspart count - The "N communities" line.
 * @csspart table - Each table of communities.
 * @csspart row - A community's row.
 * @csspart details - A community's opened details.
 * @csspart download-button - The CSV download button.
 *
 * @cssprop [--siip-color-surface-alt=#f3f5f8] - Header and card backgrounds.
 */
export class SiipCohortRoster extends SiipElement {
  static override styles = [themeStyles, fieldStyles, rosterStyles];

  readonly #data = new DatasetController(this, { collections: ['communities', 'cohorts', 'programs'] });

  #rowsCache?: { dataset: Dataset; locale: string; rows: RosterRow[] };
  readonly #uid = uniqueId('siip-roster');

  @state() private sort: RosterSort = { key: 'name', direction: 'ascending' };
  @state() private visibleLimit = 0;

  /** Dataset URL(s), space-separated, relative to the page; absent: the built-in SIIP dataset. */
  @property() src = '';
  /** Show only this cohort (a cohort id such as `2020` or `2023-2024`). */
  @property({ reflect: true, converter: reflectIfSet }) cohort = '';
  /** Show only communities in this state (two-letter code such as `GA`). */
  @property({ reflect: true, converter: reflectIfSet }) state = '';
  /** Show only this kind of community: `city`, `region` or `state`. */
  @property({ reflect: true, converter: reflectIfSet }) kind = '';
  /** Text search over names, lead agencies, partners, focus and states. */
  @property({ reflect: true, converter: reflectIfSet }) query = '';
  /** `cohort` (default) groups rows under each cohort; `none` shows one list. */
  @property({ attribute: 'group-by' }) groupBy: 'cohort' | 'none' = 'cohort';
  /** Id of the community whose details are open. */
  @property({ reflect: true, converter: reflectIfSet }) selected = '';
  /** How many rows to show before "Show more" (keeps very long lists fast). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 100;

  constructor() {
    super();
    // A community chosen in a linked widget opens here, with any filter that would hide it cleared.
    new GroupController(this, {
      onCommunity: (id) => {
        this.cohort = this.state = this.kind = this.query = '';
        this.selected = id;
      },
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('cohort') || changed.has('state') || changed.has('kind') || changed.has('query') || changed.has('pageSize')) {
      this.visibleLimit = this.pageSize;
    }
  }

  #rows(dataset: Dataset): RosterRow[] {
    if (this.#rowsCache?.dataset !== dataset || this.#rowsCache.locale !== this.locale) {
      this.#rowsCache = { dataset, locale: this.locale, rows: buildRows(dataset, this.locale) };
    }
    return this.#rowsCache.rows;
  }

  #onFilter(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const name = control.name as 'cohort' | 'state' | 'kind' | 'query';
    this[name] = control.value;
  }

  #clearFilters(): void {
    this.cohort = this.state = this.kind = this.query = '';
  }

  #sortBy(key: SortKey): void {
    const direction = this.sort.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction };
  }

  #toggle(community: Community): void {
    const opening = this.selected !== community.id;
    this.selected = opening ? community.id : '';
    if (opening) this.emit('siip-community-select', { communityId: community.id });
  }

  #download(rows: RosterRow[]): void {
    const header = [msg('Community'), msg('State'), msg('Type'), msg('Cohorts'), msg('Lead agency'), msg('Focus')];
    const body = rows.map((row) => [
      row.name,
      row.community.states.join(' '),
      communityKindLabel(row.community.kind),
      row.cohorts.map((cohort) => textOf(cohort.name, this.locale)).join('; '),
      row.lead,
      (row.community.focus ?? []).map((focus) => textOf(focus, this.locale)).join('; '),
    ]);
    // A byte-order mark so spreadsheet programs read the UTF-8 names correctly.
    downloadBlob(this.renderRoot, new Blob(['\ufeff', toCsv(header, body)], { type: 'text/csv;charset=utf-8' }), 'siip-communities.csv');
  }

  #renderRoster(dataset: Dataset) {
    const cohorts = orderedCohorts(dataset);
    const filters = { cohort: this.cohort, state: this.state, kind: this.kind, query: this.query };
    const matching = sortRows(filterRows(this.#rows(dataset), filters), this.sort, this.locale, communityKindLabel);
    const count = matching.length;
    const unknownCohort = this.cohort && !cohorts.some((cohort) => cohort.id === this.cohort);
    return html`
      ${this.#renderFilters(dataset, cohorts)}
      <div class="toolbar">
        <p part="count" class="count" role="status" aria-live="polite">
          ${plural(count, msg('{count, plural, one {# community} other {# communities}}'), this.locale)}
        </p>
        <button type="button" part="download-button" class="siip-button siip-button--quiet" ?disabled=${count === 0} @click=${() => this.#download(matching)}>
          ${msg('Download CSV')}
        </button>
      </div>
      ${unknownCohort ? html`<p class="notice" role="alert">${msg(str`There is no cohort "${this.cohort}" in the data. Choose a cohort from the list.`)}</p>` : nothing}
      ${count === 0 && !this.#onlyUnpublished(cohorts) ? this.#renderEmpty() : this.#renderBody(matching, cohorts)}
    `;
  }

  #onlyUnpublished(cohorts: ReturnType<typeof orderedCohorts>): boolean {
    return cohorts.some((cohort) => cohort.id === this.cohort && !cohort.membersPublished);
  }

  #renderFilters(dataset: Dataset, cohorts: ReturnType<typeof orderedCohorts>) {
    const id = this.#uid;
    const filtered = Boolean(this.cohort || this.state || this.kind || this.query);
    return html`<form part="filters" class="filters" @submit=${(e: Event) => e.preventDefault()} @input=${this.#onFilter}>
      <div class="field field--search">
        <label for="${id}-query">${msg('Search')}</label>
        <input id="${id}-query" name="query" type="search" .value=${this.query} autocomplete="off" />
      </div>
      <div class="field">
        <label for="${id}-cohort">${msg('Cohort')}</label>
        <select id="${id}-cohort" name="cohort" .value=${this.cohort}>
          <option value="">${msg('All cohorts')}</option>
          ${cohorts.map((cohort) => html`<option value=${cohort.id} ?selected=${cohort.id === this.cohort}>${textOf(cohort.name, this.locale)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="${id}-state">${msg('State')}</label>
        <select id="${id}-state" name="state" .value=${this.state}>
          <option value="">${msg('All states')}</option>
          ${statesInUse(dataset).map((code) => html`<option value=${code} ?selected=${code === this.state}>${code}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="${id}-kind">${msg('Type')}</label>
        <select id="${id}-kind" name="kind" .value=${this.kind}>
          <option value="">${msg('All types')}</option>
          ${COMMUNITY_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === this.kind}>${communityKindLabel(kind)}</option>`)}
        </select>
      </div>
      ${filtered ? html`<button type="button" class="siip-button siip-button--quiet clear" @click=${this.#clearFilters}>${msg('Clear filters')}</button>` : nothing}
    </form>`;
  }

  #renderEmpty() {
    return html`<div class="empty">
      <p>${msg('No communities match these filters. Try another search word, or choose "All" in a filter.')}</p>
      <button type="button" class="siip-button" @click=${this.#clearFilters}>${msg('Clear filters')}</button>
    </div>`;
  }

  #renderBody(rows: RosterRow[], cohorts: ReturnType<typeof orderedCohorts>) {
    let budget = this.visibleLimit || this.pageSize;
    const take = (list: RosterRow[]) => {
      const shown = list.slice(0, Math.max(0, budget));
      budget -= shown.length;
      return shown;
    };
    const hidden = Math.max(0, rows.length - (this.visibleLimit || this.pageSize));
    const more =
      hidden > 0 && this.groupBy === 'none'
        ? html`<button type="button" class="siip-button siip-button--quiet more" @click=${() => (this.visibleLimit += this.pageSize)}>
            ${msg(str`Show more (${hidden} not shown)`)}
          </button>`
        : nothing;
    if (this.groupBy === 'none') return html`${this.#renderTable(take(rows), msg('SIIP communities'))}${more}`;
    const groups = groupByCohort(rows, cohorts, this.cohort || undefined);
    let remaining = 0;
    const rendered = groups.map(({ cohort, rows: groupRows }) => {
      const shown = take(groupRows);
      remaining += groupRows.length - shown.length;
      const title = cohort ? textOf(cohort.name, this.locale) : msg('SIIP communities');
      return html`<section class="group" aria-labelledby="${this.#uid}-${cohort?.id}">
        <h3 id="${this.#uid}-${cohort?.id}" class="group__title">${cohort ? renderText(cohort.name, this.locale) : title}</h3>
        ${cohort?.theme ? html`<p class="group__theme">${renderText(cohort.theme, this.locale)}</p>` : nothing}
        ${cohort && !cohort.membersPublished
          ? html`<p class="group__unpublished">
              ${cohort.announcedSize
                ? plural(
                    cohort.announcedSize,
                    msg('This cohort had {count, plural, one {# community} other {# communities}}, but their names were not published.'),
                    this.locale,
                  )
                : msg('The members of this cohort were not published.')}
            </p>`
          : nothing}
        ${shown.length ? this.#renderTable(shown, title) : nothing}
      </section>`;
    });
    return html`${rendered}${remaining > 0
      ? html`<button type="button" class="siip-button siip-button--quiet more" @click=${() => (this.visibleLimit += this.pageSize)}>
          ${msg(str`Show more (${remaining} not shown)`)}
        </button>`
      : nothing}`;
  }

  #renderSortHeader(key: SortKey, label: string) {
    const active = this.sort.key === key;
    return html`<th scope="col" aria-sort=${active ? this.sort.direction : 'none'}>
      <button type="button" class="sort" @click=${() => this.#sortBy(key)}>
        ${label}<span class="sort__icon" aria-hidden="true">${active ? (this.sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  }

  #renderTable(rows: RosterRow[], caption: string) {
    return html`<table part="table" class="table">
      <caption class="siip-visually-hidden">${caption}</caption>
      <thead>
        <tr>
          ${this.#renderSortHeader('name', msg('Community'))} ${this.#renderSortHeader('state', msg('State'))}
          ${this.#renderSortHeader('kind', msg('Type'))} ${this.#renderSortHeader('cohorts', msg('Cohorts'))}
          ${this.#renderSortHeader('lead', msg('Lead agency'))}
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => this.#renderRow(row))}
      </tbody>
    </table>`;
  }

  #renderRow(row: RosterRow): TemplateResult {
    const { community } = row;
    const open = this.selected === community.id;
    const detailsId = `${this.#uid}-details-${community.id}`;
    return html`<tr part="row" class="row" data-community=${community.id}>
        <th scope="row" class="cell cell--name">
          <button type="button" class="name" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} @click=${() => this.#toggle(community)}>
            <span class="name__chevron" aria-hidden="true">${open ? '▾' : '▸'}</span>
            <span lang="en">${row.name}</span>
          </button>
        </th>
        <td class="cell" data-label=${msg('State')}>${formatList(community.states, this.locale)}</td>
        <td class="cell" data-label=${msg('Type')}>${communityKindLabel(community.kind)}</td>
        <td class="cell" data-label=${msg('Cohorts')}>${row.cohorts.map((cohort) => html`<span class="chip">${textOf(cohort.name, this.locale)}</span>`)}</td>
        <td class="cell" data-label=${msg('Lead agency')}>${row.lead ? html`<span lang="en">${row.lead}</span>` : html`<span class="muted">${msg('Not published')}</span>`}</td>
      </tr>
      <tr class="details-row" id=${detailsId} ?hidden=${!open}>
        <td colspan="5">${open ? this.#renderDetails(community) : nothing}</td>
      </tr>`;
  }

  #renderDetails(community: Community) {
    const sources = sourcesOf(this.#data.dataset, community.sources);
    return html`<div part="details" class="details">
      <dl>
        <dt>${msg('Lead agency')}</dt>
        <dd>${community.leadAgency ? renderOrganization(community.leadAgency, this.locale) : msg('Not published')}</dd>
        ${community.partners?.length
          ? html`<dt>${msg('Partners')}</dt>
              <dd><ul>${community.partners.map((partner) => html`<li>${renderOrganization(partner, this.locale)}</li>`)}</ul></dd>`
          : nothing}
        ${community.focus?.length
          ? html`<dt>${msg('Focus')}</dt>
              <dd><ul>${community.focus.map((focus) => html`<li>${renderText(focus, this.locale)}</li>`)}</ul></dd>`
          : nothing}
        ${community.places?.length
          ? html`<dt>${msg('Places')}</dt>
              <dd>${listParts(community.places.map((place) => html`<span lang="en">${textOf(place.name, 'en')}</span>`), this.locale)}</dd>`
          : nothing}
        ${community.note ? html`<dt>${msg('Note')}</dt><dd>${renderText(community.note, this.locale)}</dd>` : nothing}
        <dt>${msg('Sources')}</dt>
        <dd>${renderSourceList(sources)}</dd>
      </dl>
    </div>`;
  }

  override render() {
    return html`<div part="base" class="roster" dir=${this.direction} lang=${this.locale}>
      ${this.#data.render({ ready: (dataset) => this.#renderRoster(dataset) })}
    </div>`;
  }
}
