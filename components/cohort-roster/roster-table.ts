/**
 * The roster's table as template functions: one header row of sort buttons, then a row group per cohort (its
 * heading row, then its communities' rows, each followed by its details row).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Cohort, Community, Dataset } from '../../src/data/schema.js';
import { communityKindLabel } from '../../src/internal/community-kinds.js';
import { heading } from '../../src/internal/heading.js';
import { renderText } from '../../src/internal/localized-text.js';
import { formatList } from '../../src/localization/intl.js';
import { plural } from '../../src/localization/plural.js';
import { rowKey, type RosterGroup, type RosterRow, type RosterSort, type SortKey } from './roster.js';

/** What the table shows and where its events go (the element's state and handlers). */
export interface RosterTableView {
  locale: string;
  /** The page-unique prefix of ids. */
  id: string;
  dataset: Dataset;
  sort: RosterSort;
  /** Id of the community whose details are open. */
  selected: string;
  /** Key of the row that holds the rows' one Tab stop. */
  tabStop: string | undefined;
  headingLevel: number;
  /** What an opened row shows, once its module is loaded (`community-details.ts`); an empty box until then. */
  details?: (row: RosterRow, locale: string, dataset: Dataset) => TemplateResult;
  onSort: (key: SortKey, label: string) => void;
  /**
   * One listener each for every row and details box: a row's name is `button.name` with its key in `data-row`
   * inside `tr[data-community]`, opened details are `[data-details]` (the row's key).
   */
  onClick: (event: Event) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onFocusin: (event: FocusEvent) => void;
}

export function rosterTable(view: RosterTableView, groups: readonly RosterGroup[]): TemplateResult {
  return html`<table part="table" class="table" @click=${view.onClick} @keydown=${view.onKeydown} @focusin=${view.onFocusin}>
    <caption class="siip-visually-hidden">
      ${msg('SIIP communities')}. ${msg('Up and down arrow keys move between communities; Enter opens their details.')}
    </caption>
    <thead>
      <tr class="sort-row" data-label=${msg('Sort by')}>
        ${sortHeader(view, 'name', msg('Community'))} ${sortHeader(view, 'state', msg('State'))}
        ${sortHeader(view, 'kind', msg('Type'), 'secondary')} ${sortHeader(view, 'cohorts', msg('Cohorts'))}
        ${sortHeader(view, 'lead', msg('Lead agency'), 'secondary')}
      </tr>
    </thead>
    ${groups.map((group) => rowGroup(view, group))}
  </table>`;
}

function sortHeader(view: RosterTableView, key: SortKey, label: string, importance: 'primary' | 'secondary' = 'primary'): TemplateResult {
  const { sort } = view;
  const active = sort.key === key;
  return html`<th scope="col" class="sort-header ${importance === 'secondary' ? 'secondary' : ''}" aria-sort=${active ? sort.direction : 'none'}>
    <button type="button" part="sort-button" class="sort" @click=${() => view.onSort(key, label)}>
      <span class="sort__label">${label}</span
      ><span class="sort__icon" aria-hidden="true">${active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
    </button>
  </th>`;
}

function rowGroup(view: RosterTableView, { cohort, rows }: RosterGroup): TemplateResult {
  if (!cohort) return html`<tbody part="group">${rows.map((row) => communityRow(view, row, undefined))}</tbody>`;
  const { locale } = view;
  return html`<tbody part="group" class="group">
    <tr class="group__header">
      <th scope="rowgroup" colspan="5">
        ${heading(view.headingLevel, 0, renderText(cohort.name, locale), { className: 'group__title' })}
        ${cohort.theme ? html`<p class="group__theme">${renderText(cohort.theme, locale)}</p>` : nothing}
        ${!cohort.membersPublished
          ? html`<p class="group__unpublished">
              ${cohort.announcedSize
                ? plural(cohort.announcedSize, msg('This cohort had {count, plural, one {# community} other {# communities}}, but their names were not published.'), locale)
                : msg('The members of this cohort were not published.')}
            </p>`
          : nothing}
      </th>
    </tr>
    ${rows.map((row) => communityRow(view, row, cohort))}
  </tbody>`;
}

function leadAgency(community: Community, locale: string): TemplateResult {
  const lead = community.leadAgency;
  if (!lead) return html`<span class="muted">${msg('Not published')}</span>`;
  // <bdi>: an English name inside Arabic keeps its own direction, so the caveat's brackets stay in place.
  return html`<bdi>${renderText(lead.name, locale, { name: true })}</bdi>${lead.certainty && lead.certainty !== 'confirmed'
    ? html` <span class="caveat">(${msg('role not confirmed by the program')})</span>`
    : nothing}`;
}

/** A community's row (its name a button that opens the details), then its details row. */
function communityRow(view: RosterTableView, row: RosterRow, cohort: Cohort | undefined): TemplateResult {
  const { community } = row;
  const { locale } = view;
  const key = rowKey(cohort?.id, community.id);
  const open = view.selected === community.id;
  const detailsId = `${view.id}-details-${cohort?.id ?? ''}-${community.id}`;
  const nameId = `${view.id}-name-${cohort?.id ?? ''}-${community.id}`;
  return html`<tr part="row" class="row" data-community=${community.id} ?data-open=${open}>
      <th scope="row" class="cell cell--name">
        <button
          type="button"
          class="name"
          id=${nameId}
          data-row=${key}
          tabindex=${key === view.tabStop ? '0' : '-1'}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${detailsId}
        >
          <span class="name__chevron" aria-hidden="true">${open ? '▾' : '▸'}</span>
          <bdi class="name__text">${renderText(community.name, locale, { name: true })}</bdi>
        </button>
      </th>
      <td class="cell cell--state">${formatList(row.stateNames, locale)}</td>
      <td class="cell secondary">${communityKindLabel(community.kind)}</td>
      <td class="cell cell--cohorts">
        ${row.cohorts.map((each) => html`<span class="chip">${renderText(each.name, locale)}</span> `)}
      </td>
      <td class="cell cell--lead secondary">${leadAgency(community, locale)}</td>
    </tr>
    <tr class="details-row" id=${detailsId} ?hidden=${!open}>
      <td colspan="5">${open
        ? html`<div part="details" class="details" role="group" aria-labelledby=${nameId} tabindex="-1" data-details=${key}>${view.details?.(row, locale, view.dataset) ?? nothing}</div>`
        : nothing}</td>
    </tr>`;
}
