import { reflectIfSet } from '../../src/internal/reflect.js';
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
import { LiveAnnouncer } from '../../src/internal/live-announcer.js';
import { SkipPast } from '../../src/internal/skip-past.js';
import { heading } from '../../src/internal/heading.js';
import { withLocale } from '../../src/localization/locale.js';
import { formatList, listParts } from '../../src/localization/intl.js';
import { plural } from '../../src/localization/plural.js';
import { textOf } from '../../src/data/text.js';
import type { Cohort, Community, Dataset } from '../../src/data/schema.js';
import { themeStyles } from '../../src/styles/theme.styles.js';
import { fieldStyles } from '../../src/styles/field.styles.js';
import '../../src/events/community-select.js';
import { rosterStyles } from './cohort-roster.styles.js';
import { GroupController } from '../../src/internal/group-controller.js';
import {
  buildRows,
  csvBody,
  filterRows,
  groupByCohort,
  nextRowIndex,
  orderedCohorts,
  rowKey,
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
 * Keyboard: one Tab stop for all the rows (arrow keys, Home and End move between them); Enter opens a row's
 * details and moves focus into them, Escape closes them and returns to the row. A "skip past" link comes first.
 * The count is announced once when typing or filtering settles, and the new order when the sort changes.
 *
 * @fires siip-community-select - A community's details were opened. `detail: { communityId }`.
 *
 * @csspart skip-link - The "Skip past the list of communities" link (shown when focused).
 * @csspart filters - The filter controls.
 * @csspart count - The "N communities" line.
 * @csspart table - The table of communities (one for all cohorts).
 * @csspart sort-button - Each column's sort button, in the one header row.
 * @csspart group - A cohort's row group (its heading row and its rows).
 * @csspart row - A community's row.
 * @csspart details - A community's opened details.
 * @csspart download-button - The CSV download button.
 * @csspart more-button - The "Show more" button.
 * @csspart announcer - The polite live region (visually hidden).
 *
 * @cssprop [--siip-color-surface-alt=#f3f5f8] - Header and card backgrounds.
 */
export class SiipCohortRoster extends SiipElement {
  static override styles = [themeStyles, fieldStyles, rosterStyles];

  readonly #data = new DatasetController(this, { collections: ['communities', 'cohorts', 'programs'] });
  readonly #announcer = new LiveAnnouncer(this);
  readonly #skip = new SkipPast(this);

  #rowsCache?: { dataset: Dataset; locale: string; rows: RosterRow[] };
  readonly #uid = uniqueId('siip-roster');
  /** Set by the reader's own filtering, so the count is announced once it settles (not on first render). */
  #countPending = false;
  /** Set when a linked widget opened a community here: the reader hears which, once. */
  #announceLinked = false;
  /** The row that holds the rows' one Tab stop (roving tabindex). */
  #activeRow = '';
  /** Where focus goes after the next render (details opened with Enter, first new row after "Show more"). */
  #focusAfterRender?: () => HTMLElement | null | undefined;

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
  /** How many rows to show before "Show more": a few screens on a phone, and fast with very long lists. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;
  /** Level (2–6) of the cohort headings, to fit the page's outline under its `h1`. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  constructor() {
    super();
    // A community chosen in a linked widget opens here, with any filter that would hide it cleared.
    new GroupController(this, {
      onCommunity: (id) => {
        this.cohort = this.state = this.kind = this.query = '';
        this.selected = id;
        this.#announceLinked = true;
      },
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('cohort') || changed.has('state') || changed.has('kind') || changed.has('query') || changed.has('pageSize')) {
      this.visibleLimit = this.pageSize;
    }
  }

  protected override updated(): void {
    const target = this.#focusAfterRender?.();
    this.#focusAfterRender = undefined;
    target?.focus();
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
    this.#countPending = true;
  }

  #clearFilters(): void {
    this.cohort = this.state = this.kind = this.query = '';
    this.#countPending = true;
  }

  #sortBy(key: SortKey, label: string): void {
    const direction = this.sort.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction };
    this.#announcer.announce(
      withLocale(this.locale, () => (direction === 'ascending' ? msg(str`Sorted by ${label}, ascending`) : msg(str`Sorted by ${label}, descending`))),
    );
  }

  #toggle(community: Community): void {
    const opening = this.selected !== community.id;
    this.selected = opening ? community.id : '';
    if (opening) this.emit('siip-community-select', { communityId: community.id });
  }

  #rowButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.name')];
  }

  #rowButton(key: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`button.name[data-row="${CSS.escape(key)}"]`);
  }

  /** Arrow keys, Home and End between rows; Enter opens a row's details and moves focus into them. */
  #onRowKeydown(event: KeyboardEvent, key: string, community: Community): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (this.selected !== community.id) this.#toggle(community);
      this.#activeRow = key;
      this.#focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>(`[data-details="${CSS.escape(key)}"]`);
      this.requestUpdate();
      return;
    }
    if (event.key === 'Escape' && this.selected === community.id) {
      event.preventDefault();
      this.selected = '';
      return;
    }
    const buttons = this.#rowButtons();
    const next = nextRowIndex(buttons.indexOf(event.currentTarget as HTMLButtonElement), buttons.length, event.key);
    if (next === undefined) return;
    event.preventDefault();
    this.#moveTo(buttons, next);
  }

  /** A row reached by click or by Tab becomes the rows' one Tab stop. */
  #onRowFocus(key: string): void {
    if (this.#activeRow === key) return;
    this.#activeRow = key;
    this.requestUpdate();
  }

  #moveTo(buttons: HTMLButtonElement[], index: number): void {
    const target = buttons[index];
    for (const button of buttons) button.tabIndex = button === target ? 0 : -1;
    this.#activeRow = target.dataset.row ?? '';
    target.focus();
  }

  /** Escape in the details closes them and returns to their row. */
  #onDetailsKeydown(event: KeyboardEvent, key: string): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.selected = '';
    this.#activeRow = key;
    this.#focusAfterRender = () => this.#rowButton(key);
  }

  #showMore(shownBefore: number): void {
    this.visibleLimit += this.pageSize;
    // The button may disappear; the reader continues at the first row that was not shown before.
    this.#focusAfterRender = () => {
      const buttons = this.#rowButtons();
      const first = buttons[shownBefore];
      if (!first) return null;
      for (const button of buttons) button.tabIndex = button === first ? 0 : -1;
      this.#activeRow = first.dataset.row ?? '';
      return first;
    };
  }

  #download(rows: RosterRow[]): void {
    // Outside render(), msg() would answer in the page's language: ask in the widget's.
    const csv = withLocale(this.locale, () =>
      toCsv(
        [msg('Community'), msg('State'), msg('Type'), msg('Cohorts'), msg('Lead agency'), msg('Focus')],
        csvBody(rows, this.locale, { kind: communityKindLabel, unconfirmed: msg('role not confirmed by the program') }),
      ),
    );
    // A byte-order mark so spreadsheet programs read the UTF-8 names correctly.
    downloadBlob(this.renderRoot, new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), 'siip-communities.csv');
  }

  override render() {
    return html`<div part="base" class="roster" dir=${this.direction} lang=${this.locale}>
      ${this.#skip.link(msg('Skip past the list of communities'))}
      ${this.#data.render({ ready: (dataset) => this.#renderRoster(dataset) })}
      ${this.#announcer.render()} ${this.#skip.end(msg('End of the list of communities'))}
    </div>`;
  }

  #countText(count: number): string {
    return plural(count, msg('{count, plural, one {# community} other {# communities}}'), this.locale);
  }

  #renderRoster(dataset: Dataset) {
    const cohorts = orderedCohorts(dataset);
    const filters = { cohort: this.cohort, state: this.state, kind: this.kind, query: this.query };
    const matching = sortRows(filterRows(this.#rows(dataset), filters), this.sort, this.locale, communityKindLabel);
    const count = matching.length;
    const countText = this.#countText(count);
    if (this.#countPending) {
      this.#countPending = false;
      this.#announcer.announce(countText, { settle: true });
    }
    const unknownCohort = this.cohort && !cohorts.some((cohort) => cohort.id === this.cohort);
    return html`
      ${this.#renderFilters(dataset, cohorts)}
      <div class="toolbar">
        <p part="count" class="count">${countText}</p>
        <button type="button" part="download-button" class="siip-button siip-button--quiet" ?disabled=${count === 0} @click=${() => this.#download(matching)}>
          ${msg('Download CSV')}
        </button>
      </div>
      ${unknownCohort ? html`<p class="notice" role="alert">${msg(str`There is no cohort "${this.cohort}" in the data. Choose a cohort from the list.`)}</p>` : nothing}
      ${count === 0 && !this.#onlyUnpublished(cohorts) ? this.#renderEmpty() : this.#renderBody(matching, cohorts)}
    `;
  }

  #onlyUnpublished(cohorts: Cohort[]): boolean {
    return cohorts.some((cohort) => cohort.id === this.cohort && !cohort.membersPublished);
  }

  #renderFilters(dataset: Dataset, cohorts: Cohort[]) {
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
          ${statesInUse(dataset, this.locale).map(({ code, name }) => html`<option value=${code} ?selected=${code === this.state}>${name}</option>`)}
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

  /**
   * One table for every cohort: one header row of sort buttons, then a row group per cohort (its heading
   * row, then its communities), and one "Show more" for the whole table.
   */
  #renderBody(rows: RosterRow[], cohorts: Cohort[]) {
    const groups: Array<{ cohort?: Cohort; rows: RosterRow[] }> =
      this.groupBy === 'none' ? [{ rows }] : groupByCohort(rows, cohorts, this.cohort || undefined);
    // The open community is always on the page, even when a linked widget chose one beyond "Show more".
    const selectedAt = groups.flatMap((group) => group.rows).findIndex((row) => row.community.id === this.selected);
    const limit = Math.max(this.visibleLimit || this.pageSize, selectedAt + 1);
    if (this.#announceLinked && selectedAt >= 0) {
      this.#announceLinked = false;
      const name = textOf(rows.find((row) => row.community.id === this.selected)!.community.name, this.locale);
      this.#announcer.announce(msg(str`${name}: details open`));
    }
    let budget = limit;
    const take = (list: RosterRow[]) => {
      const shown = list.slice(0, Math.max(0, budget));
      budget -= shown.length;
      return shown;
    };
    const total = groups.reduce((sum, group) => sum + group.rows.length, 0);
    // A cohort's heading shows with its first shown row; a cohort with no published members only while
    // the page has room left (so "Show more" never leaves headings without rows above it).
    const shownGroups = groups
      .map((group) => ({ ...group, room: budget > 0, shown: take(group.rows) }))
      .filter((group) => group.shown.length > 0 || (group.rows.length === 0 && group.room));
    const shownCount = total - Math.max(0, total - limit);
    const hidden = total - Math.min(total, limit);
    const keys = shownGroups.flatMap(({ cohort, shown }) => shown.map((row) => rowKey(cohort?.id, row.community.id)));
    // The rows' one Tab stop: the last row the reader was on, else the open one, else the first.
    const selectedKey = keys.find((key) => key.endsWith(`/${this.selected}`));
    const active = keys.includes(this.#activeRow) ? this.#activeRow : (selectedKey ?? keys[0]);
    return html`<table part="table" class="table">
        <caption class="siip-visually-hidden">
          ${msg('SIIP communities')}. ${msg('Up and down arrow keys move between communities; Enter opens their details.')}
        </caption>
        <thead>
          <tr class="sort-row" data-label=${msg('Sort by')}>
            ${this.#renderSortHeader('name', msg('Community'))} ${this.#renderSortHeader('state', msg('State'))}
            ${this.#renderSortHeader('kind', msg('Type'), 'secondary')} ${this.#renderSortHeader('cohorts', msg('Cohorts'))}
            ${this.#renderSortHeader('lead', msg('Lead agency'), 'secondary')}
          </tr>
        </thead>
        ${shownGroups.map(({ cohort, shown }) => this.#renderGroup(cohort, shown, active))}
      </table>
      ${hidden > 0
        ? html`<button type="button" part="more-button" class="siip-button siip-button--quiet more" @click=${() => this.#showMore(shownCount)}>
            ${msg(str`Show more (${hidden} not shown)`)}
          </button>`
        : nothing}`;
  }

  #renderGroup(cohort: Cohort | undefined, rows: RosterRow[], active: string) {
    if (!cohort) return html`<tbody part="group">${rows.map((row) => this.#renderRow(row, undefined, active))}</tbody>`;
    return html`<tbody part="group" class="group">
      <tr class="group__header">
        <th scope="rowgroup" colspan="5">
          ${heading(this.headingLevel, 0, renderText(cohort.name, this.locale), { className: 'group__title' })}
          ${cohort.theme ? html`<p class="group__theme">${renderText(cohort.theme, this.locale)}</p>` : nothing}
          ${!cohort.membersPublished
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
        </th>
      </tr>
      ${rows.map((row) => this.#renderRow(row, cohort, active))}
    </tbody>`;
  }

  #renderSortHeader(key: SortKey, label: string, importance: 'primary' | 'secondary' = 'primary') {
    const active = this.sort.key === key;
    return html`<th scope="col" class="sort-header ${importance === 'secondary' ? 'secondary' : ''}" aria-sort=${active ? this.sort.direction : 'none'}>
      <button type="button" part="sort-button" class="sort" @click=${() => this.#sortBy(key, label)}>
        <span class="sort__label">${label}</span
        ><span class="sort__icon" aria-hidden="true">${active ? (this.sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  }

  #renderLead(community: Community) {
    const lead = community.leadAgency;
    if (!lead) return html`<span class="muted">${msg('Not published')}</span>`;
    // <bdi>: an English name inside Arabic keeps its own direction, so the caveat's brackets stay in place.
    return html`<bdi>${renderText(lead.name, this.locale, { name: true })}</bdi>${lead.certainty && lead.certainty !== 'confirmed'
      ? html` <span class="caveat">(${msg('role not confirmed by the program')})</span>`
      : nothing}`;
  }

  #renderRow(row: RosterRow, cohort: Cohort | undefined, active: string): TemplateResult {
    const { community } = row;
    const key = rowKey(cohort?.id, community.id);
    const open = this.selected === community.id;
    const detailsId = `${this.#uid}-details-${cohort?.id ?? ''}-${community.id}`;
    const nameId = `${this.#uid}-name-${cohort?.id ?? ''}-${community.id}`;
    return html`<tr part="row" class="row" data-community=${community.id} ?data-open=${open}>
        <th scope="row" class="cell cell--name">
          <button
            type="button"
            class="name"
            id=${nameId}
            data-row=${key}
            tabindex=${key === active ? '0' : '-1'}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${detailsId}
            @click=${() => this.#toggle(community)}
            @keydown=${(event: KeyboardEvent) => this.#onRowKeydown(event, key, community)}
            @focus=${() => this.#onRowFocus(key)}
          >
            <span class="name__chevron" aria-hidden="true">${open ? '▾' : '▸'}</span>
            <bdi class="name__text">${renderText(community.name, this.locale, { name: true })}</bdi>
          </button>
        </th>
        <td class="cell cell--state" data-label=${msg('State')}>${formatList(row.stateNames, this.locale)}</td>
        <td class="cell secondary" data-label=${msg('Type')}>${communityKindLabel(community.kind)}</td>
        <td class="cell cell--cohorts" data-label=${msg('Cohorts')}>
          ${row.cohorts.map((each) => html`<span class="chip">${renderText(each.name, this.locale)}</span> `)}
        </td>
        <td class="cell cell--lead secondary" data-label=${msg('Lead agency')}>${this.#renderLead(community)}</td>
      </tr>
      <tr class="details-row" id=${detailsId} ?hidden=${!open}>
        <td colspan="5">${open ? this.#renderDetails(community, row, key, nameId) : nothing}</td>
      </tr>`;
  }

  #renderDetails(community: Community, row: RosterRow, key: string, nameId: string) {
    const sources = sourcesOf(this.#data.dataset, community.sources);
    const lead = community.leadAgency;
    return html`<div
      part="details"
      class="details"
      role="group"
      aria-labelledby=${nameId}
      tabindex="-1"
      data-details=${key}
      @keydown=${(event: KeyboardEvent) => this.#onDetailsKeydown(event, key)}
    >
      <dl>
        <dt>${msg('State')}</dt>
        <dd>${formatList(row.stateNames, this.locale)}</dd>
        <dt>${msg('Type')}</dt>
        <dd>${communityKindLabel(community.kind)}</dd>
        <dt>${msg('Lead agency')}</dt>
        <dd>
          ${lead ? renderOrganization(lead, this.locale) : msg('Not published')}
          ${lead?.note ? html`<p class="details__note">${renderText(lead.note, this.locale)}</p>` : nothing}
        </dd>
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
}
