/**
 * The list of communities, the text alternative to the map and its keyboard path: a template function, and the
 * pure key logic of its roving tabindex (one Tab stop; arrow keys, Home, End, PageUp and PageDown inside).
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { communityKindLabel } from '../../src/internal/community-kinds.js';
import { listParts } from '../../src/localization/intl.js';
import { plural } from '../../src/localization/plural.js';
import { cohortNumberText, isolatedText } from './map-text.js';
import type { MapView } from './map-view.js';

/** How many list rows are shown before "Show more". */
export const LIST_PAGE = 100;
/**
 * Rows shown under the map or on phones (under 60em) before "Show all communities": keeps the widget within
 * a couple of screens there. The CSS hides rows from the 13th (`nth-child(n + 13)`): keep the two in step.
 */
export const LIST_CAP = 12;

/** Rows PageUp and PageDown move by. */
const PAGE_STEP = 10;

/** Where a key moves the list's focus from row `current` of rows 0 … `last`; -1 when the key is not the list's. */
export function listKeyTarget(key: string, current: number, last: number): number {
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(last, current + PAGE_STEP);
    case 'PageUp':
      return Math.max(0, current - PAGE_STEP);
    default:
      return -1;
  }
}

export interface ListState {
  view: MapView;
  locale: string;
  selected: string;
  /** The row that holds the list's Tab stop, if it is shown; else the selected or the first one. */
  rovingId: string;
  /** Rows shown ("Show more" adds LIST_PAGE). */
  limit: number;
  /**
   * Rows built now, when fewer than `limit`: a first render builds a screenful and the rest a task later (counts and
   * buttons already say `limit`). All of them when the row holding the Tab stop is further down.
   */
  built: number;
  /** The visitor asked for every row on a narrow layout. */
  expanded: boolean;
}

export interface ListHandlers {
  choose(id: string, button: HTMLElement): void;
  keydown(event: KeyboardEvent): void;
  focusin(event: FocusEvent): void;
  focusout(event: FocusEvent): void;
  showAll(): void;
  showMore(): void;
}

/** One listener for every row (a list of hundreds would otherwise add as many): the row whose button was used. */
function chooseFrom(event: Event, on: ListHandlers): void {
  const button = (event.target as Element).closest<HTMLElement>('.list__button');
  if (button) on.choose(button.dataset.communityId!, button);
}

export function renderCommunityList({ view, locale, selected, rovingId, limit, built, expanded }: ListState, on: ListHandlers) {
  const rows = view.entries.slice(0, limit);
  const ids = new Set(rows.map((entry) => entry.community.id));
  const roving = ids.has(rovingId) ? rovingId : ids.has(selected) ? selected : (rows[0]?.community.id ?? '');
  // Never hide the row that holds the list's Tab stop.
  const rovingAt = rows.findIndex((entry) => entry.community.id === roving);
  const capped = !expanded && rows.length > LIST_CAP && rovingAt < LIST_CAP;
  const builtRows = rovingAt < built ? rows.slice(0, built) : rows;
  return html`<section part="list" class="list" aria-label=${msg('List of SIIP communities')} data-capped=${capped ? '' : nothing}>
    ${view.unplotted.length
      ? html`<p class="list__note">
          ${plural(
            view.unplotted.length,
            msg(
              '{count, plural, one {# of these communities is listed but not on the map: its location is not known.} other {# of these communities are listed but not on the map: their location is not known.}}',
            ),
            locale,
          )}
        </p>`
      : nothing}
    ${view.entries.length === 0 ? html`<p class="list__empty">${msg('No community matches these filters.')}</p>` : nothing}
    <p class="siip-visually-hidden" id="list-keys">${msg('Arrow keys move through the list; Enter opens the details.')}</p>
    <ul class="list__items" @click=${(event: Event) => chooseFrom(event, on)} @keydown=${on.keydown} @focusin=${on.focusin} @focusout=${on.focusout}>
      ${builtRows.map(
        (entry) => html`<li class="list__item ${entry.community.id === selected ? 'is-selected' : ''}">
          <button
            type="button"
            class="list__button"
            data-community-id=${entry.community.id}
            tabindex=${entry.community.id === roving ? '0' : '-1'}
            aria-current=${entry.community.id === selected ? 'true' : 'false'}
            aria-describedby="list-keys"
          >
            <span class="symbol symbol--${entry.community.kind} siip-color-${entry.color}" aria-hidden="true"
              ><span class="symbol__label">${cohortNumberText(entry.number, locale)}</span></span
            >
            <span class="list__text">
              <span class="list__name">${isolatedText(entry.community.name, locale)}</span>
              <span class="list__meta">
                ${communityKindLabel(entry.community.kind)} ·
                ${listParts(
                  entry.cohorts.map((c) => isolatedText(c.name, locale)),
                  locale,
                )}
                ${entry.points.length ? nothing : html`· <em>${msg('not on the map')}</em>`}
              </span>
            </span>
          </button>
        </li>`,
      )}
    </ul>
    ${capped
      ? html`<button type="button" class="siip-button siip-button--quiet list__all" @click=${on.showAll}>
          ${msg(str`Show all communities (${rows.length})`)}
        </button>`
      : nothing}
    ${view.entries.length > rows.length
      ? html`<button type="button" class="siip-button siip-button--quiet list__more" @click=${on.showMore}>
          ${msg(str`Show more (${view.entries.length - rows.length} left)`)}
        </button>`
      : nothing}
  </section>`;
}
