import { reflectIfSet } from '../../src/internal/reflect.js';
import { plural } from '../../src/localization/plural.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { SiipElement } from '../../src/internal/siip-element.js';
import { DatasetController } from '../../src/data/dataset-controller.js';
import { GroupController } from '../../src/internal/group-controller.js';
import { renderText } from '../../src/internal/localized-text.js';
import { COMMUNITY_KINDS, communityKindLabel } from '../../src/internal/community-kinds.js';
import { renderOrganization, renderSourceList, sourcesOf } from '../../src/internal/references.js';
import { textOf } from '../../src/data/text.js';
import { withLocale } from '../../src/localization/locale.js';
import type { Community, Dataset } from '../../src/data/schema.js';
import '../../src/events/community-select.js';
import { themeStyles } from '../../src/styles/theme.styles.js';
import { fieldStyles } from '../../src/styles/field.styles.js';
import { communityMapStyles } from './community-map.styles.js';
import {
  buildMapView,
  cohortsOf,
  cohortsOfProgram,
  findCommunity,
  parseTileTemplate,
  pointLabel,
  type MapFilters,
  type MapPoint,
  type MapView,
} from './map-view.js';
import { MapController } from './map-controller.js';
import { stateName } from '../../src/localization/state-names.js';
import { LiveAnnouncer } from '../../src/internal/live-announcer.js';
import { SkipPast } from '../../src/internal/skip-past.js';
import { DEFAULT_HEADING_LEVEL, heading } from '../../src/internal/heading.js';
import { listParts } from '../../src/localization/intl.js';
import { resolveText } from '../../src/data/text.js';
import { directionOf } from '../../src/localization/locale.js';
import { renderAttribution } from './map-attribution.js';
import type { LeafletMap } from './leaflet-map.js';

/** How many list rows are shown before "Show more". */
const LIST_PAGE = 100;
/**
 * Rows shown under the map or on phones (under 60em) before "Show all communities": keeps the widget within
 * a couple of screens there. The CSS hides rows from the 13th (`nth-child(n + 13)`): keep the two in step.
 */
const LIST_CAP = 12;
const HINT_MS = 2500;

/**
 * @summary Every SIIP community on a map that works offline, with the same data as a list beside it.
 * @tag siip-community-map
 *
 * Layout follows the widget's own width: the list beside the map when wide (60em and more), the map above
 * the list below that, and from under 30em (about 480 px) the list first with a List/Map switch.
 * The list is the keyboard path to the markers: one Tab stop, arrow keys inside, Enter opens the details.
 *
 * @csspart skip-link - "Skip past the map", shown when focused: the first Tab stop.
 * @csspart announcer - The one polite live region (counts after a search settles, linked selections).
 * @csspart filters - The search and filter form.
 * @csspart list - The list of communities (the text alternative to the map).
 * @csspart map - The box Leaflet draws into.
 * @csspart legend - The colour and symbol key.
 * @csspart details - The panel with the chosen community's details.
 * @csspart attribution - The map credits.
 * @csspart consent-button - The button that loads third-party tiles.
 *
 * @cssprop [--siip-map-height=28em] - Height of the map, in em of the widget's text so a small page root does not shrink it.
 * @cssprop [--siip-map-land=#e8edf2] - Fill of the states on the offline basemap.
 * @cssprop [--siip-map-water=#c9dcee] - Background of the map (sea).
 * @cssprop [--siip-map-border=#8a97a6] - State borders on the offline basemap.
 *
 * @fires siip-community-select - A community was chosen on the map or in the list; `detail.communityId`.
 */
export class SiipCommunityMap extends SiipElement {
  static override styles = [themeStyles, fieldStyles, communityMapStyles];

  readonly #data = new DatasetController(this, { collections: ['communities', 'cohorts', 'programs'] });
  readonly #announcer = new LiveAnnouncer(this);
  readonly #skip = new SkipPast(this);
  readonly #map = new MapController(this, {
    frame: () => this.renderRoot.querySelector<HTMLElement>('.map'),
    state: () => {
      const model = this.#model;
      if (!model) return undefined;
      const tile = this.tilesAccepted ? parseTileTemplate(this.tiles, this.ownerDocument.baseURI) : undefined;
      return { content: { points: model.view.points, areas: model.view.areas, labelKey: model.key }, selected: this.selected, tiles: tile?.url };
    },
    select: (id) => this.#choose(id, this.#listButtonOf(id) ?? undefined),
    pointLabel: (point) => this.#pointLabel(point),
    clusterLabel: (count) => withLocale(this.locale, () => plural(count, msg('{count, plural, one {# community} other {# communities}}'), this.locale)),
    cohortLabel: (number) => this.#cohortNumber(number),
    mapLabel: () => withLocale(this.locale, () => msg('Map of SIIP communities. Arrow keys move the map; plus and minus zoom.')),
    wheelHint: () => this.#showHint(),
    tileError: () => {
      if (!this.tileFailed) this.#announcer.announce(withLocale(this.locale, () => msg('Map tiles are unavailable; the outline map is shown.')));
      this.tileFailed = true;
    },
  });
  /** The filtered communities, points and legend, rebuilt when the filters, locale or dataset change. */
  #model?: { key: string; dataset: Dataset; view: MapView };
  #returnFocus?: HTMLElement;
  #focusDetails = false;
  #hintTimer = 0;
  /** The list item that is the list's one Tab stop (roving tabindex); '' = the selected or first one. */
  #rovingId = '';
  /** A filter was changed by the visitor: say the new count once it settles. */
  #announceCount = false;
  #failureAnnounced = false;

  /** On narrow containers, which of list and map is shown. */
  @state() private shownPane: 'list' | 'map' = 'list';
  @state() private tilesAccepted = false;
  @state() private tileFailed = false;
  @state() private hintVisible = false;
  @state() private listLimit = LIST_PAGE;
  /** The visitor asked for every row on a narrow layout. */
  @state() private listExpanded = false;

  /** Level of the map's headings (the details panel's community name, the legend), 2 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = DEFAULT_HEADING_LEVEL;
  /** URL(s) of the dataset, space-separated; empty means the dataset shipped with the library. */
  @property() src = '';
  /** Show only this cohort (a cohort id). */
  @property({ reflect: true, converter: reflectIfSet }) cohort = '';
  /** Show only this kind of community: `city`, `region` or `state`. */
  @property({ reflect: true, converter: reflectIfSet }) kind = '';
  /** Show only communities of this program (a program id, e.g. `siip`). */
  @property({ reflect: true, converter: reflectIfSet }) program = '';
  /** Text search over names, states, places, organisations and focus areas. */
  @property({ reflect: true, converter: reflectIfSet }) query = '';
  /** Id of the community whose details are open; the map centres on it. */
  @property({ reflect: true, converter: reflectIfSet }) selected = '';
  /** Optional raster tile URL template (`https://…/{z}/{x}/{y}.png`), loaded only after the visitor agrees. */
  @property() tiles = '';
  /** Credit for the tiles, shown as text once they load (e.g. "© OpenStreetMap contributors"). */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution = '';

  constructor() {
    super();
    // A community chosen in a linked widget (same `group`) opens and centres here.
    new GroupController(this, {
      onCommunity: (id) => {
        if (id === this.selected) return;
        this.cohort = this.kind = this.program = this.query = '';
        this.selected = id;
        this.#rovingId = id;
        this.#announceSelection(id);
      },
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#hintTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selected')) this.#map.centerOnSelection();
    if (changed.has('tiles')) {
      this.tilesAccepted = false;
      this.tileFailed = false;
    }
    if (changed.has('query') || changed.has('cohort') || changed.has('kind') || changed.has('program')) this.listLimit = LIST_PAGE;
  }

  protected override updated(): void {
    if (this.#focusDetails) {
      this.#focusDetails = false;
      this.renderRoot.querySelector<HTMLElement>('.details__heading')?.focus();
    }
    if (this.#map.status === 'failed' && !this.#failureAnnounced) {
      this.#failureAnnounced = true;
      this.#announcer.announce(withLocale(this.locale, () => msg('The map could not be loaded. The list shows every community.')));
    }
    if (this.#announceCount && this.#model) {
      this.#announceCount = false;
      const shown = this.#model.view.entries.length;
      const total = this.#model.dataset.communities.length;
      this.#announcer.announce(withLocale(this.locale, () => this.#countText(shown, total)), { settle: true });
    }
  }

  /** The Leaflet map, once loaded (for tests and advanced hosts). */
  get leafletMap() {
    return this.#map.map?.map;
  }

  /** The map, once Leaflet has loaded. @internal */
  get mapController(): LeafletMap | undefined {
    return this.#map.map;
  }

  #pointLabel(point: MapPoint): string {
    const dataset = this.#data.dataset;
    const community = dataset && findCommunity(dataset, point.communityId);
    if (!community || !dataset) return point.communityId;
    const locale = this.locale;
    const name = textOf(community.name, locale);
    const cohorts = cohortsOf(community, dataset).map((cohort) => textOf(cohort.name, locale));
    const label = pointLabel(name, cohorts, point.place ? textOf(point.place, locale) : undefined);
    return point.proxy && community.kind !== 'state'
      ? withLocale(locale, () => msg(str`${label} (approximate location)`))
      : label;
  }

  /** A cohort's number in the legend and inside markers, in the reader's digits ('' for none). */
  #cohortNumber(number: number): string {
    return number ? new Intl.NumberFormat(this.locale).format(number) : '';
  }

  #countText(shown: number, total: number): string {
    if (shown === 0) return msg('No community matches these filters.');
    if (shown === total) return plural(shown, msg('{count, plural, one {# community} other {# communities}}'), this.locale);
    return plural(total, msg('{total, plural, one {{shown} of # community matches} other {{shown} of # communities match}}'), this.locale, { shown });
  }

  /** A linked widget chose a community: one polite sentence, in this widget's language. */
  #announceSelection(id: string): void {
    const dataset = this.#data.dataset;
    const community = dataset && findCommunity(dataset, id);
    if (!community) return;
    const name = textOf(community.name, this.locale);
    this.#announcer.announce(withLocale(this.locale, () => msg(str`Map: ${name} is selected and its details are open.`)));
  }

  #showHint(): void {
    this.hintVisible = true;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = window.setTimeout(() => (this.hintVisible = false), HINT_MS);
  }

  #choose(id: string, origin: HTMLElement | undefined): void {
    this.#returnFocus = origin;
    this.#rovingId = id;
    this.#focusDetails = true;
    this.selected = id;
    this.#map.centerOnSelection();
    this.emit('siip-community-select', { communityId: id });
  }

  #close(): void {
    if (!this.selected) return;
    const focusTarget = this.#returnFocus;
    this.selected = '';
    this.#returnFocus = undefined;
    this.updateComplete.then(() => {
      const id = focusTarget?.dataset.communityId;
      if (focusTarget?.isConnected) focusTarget.focus();
      else if (id) this.#listButtonOf(id)?.focus();
    });
  }

  #listButtonOf(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.list button[data-community-id="${CSS.escape(id)}"]`);
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.selected) {
      event.preventDefault();
      this.#close();
    }
  }

  /** Shows every row, and takes focus to the first one that was hidden (the button itself goes away). */
  #expandList = async (): Promise<void> => {
    this.listExpanded = true;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.list__button')[LIST_CAP]?.focus();
  };

  /** Roving tabindex: arrow keys, Home and End move through the rows shown; Tab leaves the list. */
  #onListKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.list__button')].filter((button) => button.getClientRects().length > 0);
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const last = buttons.length - 1;
    const next =
      event.key === 'ArrowDown' ? Math.min(last, current + 1)
      : event.key === 'ArrowUp' ? Math.max(0, current - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : event.key === 'PageDown' ? Math.min(last, current + 10)
      : event.key === 'PageUp' ? Math.max(0, current - 10)
      : -1;
    if (next < 0) return;
    event.preventDefault();
    buttons[next].focus();
  }

  #onListFocus(event: FocusEvent): void {
    const id = (event.target as HTMLElement).dataset?.communityId;
    if (!id) return;
    if (id !== this.#rovingId) {
      this.#rovingId = id;
      this.requestUpdate();
    }
    this.#map.map?.setHighlighted(id);
  }

  #onListBlur(event: FocusEvent): void {
    const next = event.relatedTarget as HTMLElement | null;
    if (!next?.closest?.('.list__items')) this.#map.map?.setHighlighted('');
  }

  #onFilter(event: Event, name: 'cohort' | 'kind' | 'program' | 'query'): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this[name] = value;
    this.#announceCount = true;
    if (name === 'program' && this.cohort) {
      const cohort = this.#data.dataset?.cohorts.find((c) => c.id === this.cohort);
      if (value && cohort && cohort.program !== value) this.cohort = '';
    }
  }

  override render() {
    return html`<div part="base" class="base" dir=${this.direction} lang=${this.locale} @keydown=${this.#onKeydown}>
      ${this.#skip.link(msg('Skip past the map'))}
      ${this.#data.render({ ready: (dataset) => this.#renderReady(dataset) })} ${this.#announcer.render()}
      ${this.#skip.end(msg('End of the map'))}
    </div>`;
  }

  #renderReady(dataset: Dataset) {
    const locale = this.locale;
    const filters: MapFilters = { cohort: this.cohort, kind: this.kind, program: this.program, query: this.query };
    const key = `${locale}|${filters.cohort}|${filters.kind}|${filters.program}|${filters.query}`;
    if (!this.#model || key !== this.#model.key || this.#model.dataset !== dataset) {
      this.#model = { key, dataset, view: buildMapView(dataset, filters, locale) };
    }
    const view = this.#model.view;
    const selected = findCommunity(dataset, this.selected);
    return html`
      ${this.#renderFilters(dataset)}
      <p class="count">${this.#countText(view.entries.length, dataset.communities.length)}</p>
      <div class="toggle" role="group" aria-label=${msg('Show as')}>
        <button type="button" class="siip-button siip-button--quiet" aria-pressed=${this.shownPane === 'list'} @click=${() => (this.shownPane = 'list')}>
          ${msg('List')}
        </button>
        <button type="button" class="siip-button siip-button--quiet" aria-pressed=${this.shownPane === 'map'} @click=${() => (this.shownPane = 'map')}>
          ${msg('Map')}
        </button>
      </div>
      <div class="layout" data-view=${this.shownPane}>
        ${selected ? this.#renderDetails(selected, dataset) : nothing} ${this.#renderMapPane(view)} ${this.#renderList(view)}
      </div>
    `;
  }

  #renderFilters(dataset: Dataset) {
    const cohorts = cohortsOfProgram(dataset, this.program);
    const locale = this.locale;
    return html`<form part="filters" class="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <label class="field field--query">
        <span>${msg('Search communities')}</span>
        <input type="search" .value=${this.query} @input=${(e: Event) => this.#onFilter(e, 'query')} autocomplete="off" />
      </label>
      <label class="field">
        <span>${msg('Program')}</span>
        <select @change=${(e: Event) => this.#onFilter(e, 'program')}>
          <option value="" ?selected=${!this.program}>${msg('All programs')}</option>
          ${dataset.programs.map(
            (program) =>
              html`<option value=${program.id} ?selected=${program.id === this.program}>
                ${textOf(program.shortName ?? program.name, locale)}
              </option>`,
          )}
        </select>
      </label>
      <label class="field">
        <span>${msg('Cohort')}</span>
        <select @change=${(e: Event) => this.#onFilter(e, 'cohort')}>
          <option value="" ?selected=${!this.cohort}>${msg('All cohorts')}</option>
          ${cohorts.map(
            (cohort) => html`<option value=${cohort.id} ?selected=${cohort.id === this.cohort}>${textOf(cohort.name, locale)}</option>`,
          )}
        </select>
      </label>
      <label class="field">
        <span>${msg('Kind')}</span>
        <select @change=${(e: Event) => this.#onFilter(e, 'kind')}>
          <option value="" ?selected=${!this.kind}>${msg('Cities, regions and states')}</option>
          ${COMMUNITY_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === this.kind}>${communityKindLabel(kind)}</option>`)}
        </select>
      </label>
    </form>`;
  }

  #renderMapPane(view: MapView) {
    const tile = parseTileTemplate(this.tiles, this.ownerDocument.baseURI);
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    return html`<section class="map-pane" aria-label=${msg('Map of SIIP communities')}>
      <div class="map-frame">
        <div class="map" part="map"></div>
        ${this.#map.status === 'loading' || this.#map.status === 'idle' ? html`<p class="map-status">${msg('Loading map…')}</p>` : nothing}
        ${this.#map.status === 'failed'
          ? html`<p class="map-status">${msg('The map could not be loaded. The list shows every community.')}</p>`
          : nothing}
        <div class="zoom" role="group" aria-label=${msg('Zoom')}>
          <button type="button" class="zoom__button" aria-label=${msg('Zoom in')} ?disabled=${this.#map.status !== 'ready'} @click=${() => this.#map.map?.zoomIn()}>
            <span aria-hidden="true">+</span>
          </button>
          <button type="button" class="zoom__button" aria-label=${msg('Zoom out')} ?disabled=${this.#map.status !== 'ready'} @click=${() => this.#map.map?.zoomOut()}>
            <span aria-hidden="true">−</span>
          </button>
          <button type="button" class="zoom__button" aria-label=${msg('Show all communities')} ?disabled=${this.#map.status !== 'ready'} @click=${() => this.#map.map?.resetView()}>
            <span aria-hidden="true">⤢</span>
          </button>
        </div>
        <p class="hint" ?hidden=${!this.hintVisible}>
          ${this.hintVisible
            ? mac
              ? msg('To zoom the map, hold ⌘ and scroll, or click the map first.')
              : msg('To zoom the map, hold Ctrl and scroll, or click the map first.')
            : nothing}
        </p>
        ${tile && !this.tilesAccepted
          ? html`<div class="consent">
              <button type="button" part="consent-button" class="siip-button" @click=${() => (this.tilesAccepted = true)}>
                ${msg(str`Load the detailed map from ${tile.host}`)}
              </button>
              <p class="consent__note">${msg(str`This sends your IP address to ${tile.host}.`)}</p>
            </div>`
          : nothing}
        ${this.tileFailed ? html`<p class="tile-error">${msg('Map tiles are unavailable; the outline map is shown.')}</p>` : nothing}
      </div>
      ${this.#renderLegend(view)} ${renderAttribution(tile && this.tilesAccepted ? tile : undefined, this.tilesAttribution)}
    </section>`;
  }

  #renderLegend(view: MapView) {
    return html`<div part="legend" class="legend">
      ${heading(this.headingLevel, 0, msg('Legend'), { className: 'legend__title' })}
      <ul class="legend__list">
        ${view.legend.map(
          ({ cohort, color, number }) => html`<li>
            <span class="swatch siip-color-${color}" aria-hidden="true"><span class="swatch__label">${this.#cohortNumber(number)}</span></span>${this.#isolated(cohort.name)}
          </li>`,
        )}
      </ul>
      <ul class="legend__list">
        ${COMMUNITY_KINDS.map(
          (kind) => html`<li><span class="symbol symbol--${kind}" aria-hidden="true"></span>${communityKindLabel(kind)}</li>`,
        )}
      </ul>
    </div>`;
  }

  /** Dataset text in the reader's language; text that fell back to another language keeps its own direction. */
  #isolated(value: Parameters<typeof resolveText>[0]) {
    const resolved = resolveText(value, this.locale);
    return resolved.lang === this.locale ? resolved.text : html`<span lang=${resolved.lang} dir=${directionOf(resolved.lang)}>${resolved.text}</span>`;
  }

  #renderList(view: MapView) {
    const rows = view.entries.slice(0, this.listLimit);
    const ids = new Set(rows.map((entry) => entry.community.id));
    const roving = ids.has(this.#rovingId) ? this.#rovingId : ids.has(this.selected) ? this.selected : (rows[0]?.community.id ?? '');
    // Never hide the row that holds the list's Tab stop.
    const capped = !this.listExpanded && rows.length > LIST_CAP && rows.findIndex((entry) => entry.community.id === roving) < LIST_CAP;
    return html`<section part="list" class="list" aria-label=${msg('List of SIIP communities')} data-capped=${capped ? '' : nothing}>
      ${view.unplotted.length
        ? html`<p class="list__note">
            ${plural(
              view.unplotted.length,
              msg(
                '{count, plural, one {# of these communities is listed but not on the map: its location is not known.} other {# of these communities are listed but not on the map: their location is not known.}}',
              ),
              this.locale,
            )}
          </p>`
        : nothing}
      ${view.entries.length === 0 ? html`<p class="list__empty">${msg('No community matches these filters.')}</p>` : nothing}
      <p class="siip-visually-hidden" id="list-keys">${msg('Arrow keys move through the list; Enter opens the details.')}</p>
      <ul class="list__items" @keydown=${this.#onListKeydown} @focusin=${this.#onListFocus} @focusout=${this.#onListBlur}>
        ${rows.map(
          (entry) => html`<li class="list__item ${entry.community.id === this.selected ? 'is-selected' : ''}">
            <button
              type="button"
              class="list__button"
              data-community-id=${entry.community.id}
              tabindex=${entry.community.id === roving ? '0' : '-1'}
              aria-current=${entry.community.id === this.selected ? 'true' : 'false'}
              aria-describedby="list-keys"
              @click=${(e: Event) => this.#choose(entry.community.id, e.currentTarget as HTMLElement)}
            >
              <span class="symbol symbol--${entry.community.kind} siip-color-${entry.color}" aria-hidden="true"
                ><span class="symbol__label">${this.#cohortNumber(entry.number)}</span></span
              >
              <span class="list__text">
                <span class="list__name">${this.#isolated(entry.community.name)}</span>
                <span class="list__meta">
                  ${communityKindLabel(entry.community.kind)} ·
                  ${listParts(
                    entry.cohorts.map((c) => this.#isolated(c.name)),
                    this.locale,
                  )}
                  ${entry.points.length ? nothing : html`· <em>${msg('not on the map')}</em>`}
                </span>
              </span>
            </button>
          </li>`,
        )}
      </ul>
      ${capped
        ? html`<button type="button" class="siip-button siip-button--quiet list__all" @click=${this.#expandList}>
            ${msg(str`Show all communities (${rows.length})`)}
          </button>`
        : nothing}
      ${view.entries.length > rows.length
        ? html`<button type="button" class="siip-button siip-button--quiet list__more" @click=${() => (this.listLimit += LIST_PAGE)}>
            ${msg(str`Show more (${view.entries.length - rows.length} left)`)}
          </button>`
        : nothing}
    </section>`;
  }

  #renderLeadAgency(community: Community) {
    const lead = community.leadAgency;
    if (!lead) return html`<dt>${msg('Lead agency')}</dt><dd class="muted">${msg('Not published')}</dd>`;
    return html`<dt>${msg('Lead agency')}</dt>
      <dd>
        ${renderOrganization(lead, this.locale)}
        ${lead.note ? html`<p class="details__note">${renderText(lead.note, this.locale)}</p>` : nothing}
      </dd>`;
  }

  #renderDetails(community: Community, dataset: Dataset) {
    const locale = this.locale;
    const cohorts = cohortsOf(community, dataset);
    const sources = sourcesOf(dataset, community.sources);
    const states = listParts(
      community.states.map((code) => stateName(code, locale)),
      locale,
    );
    return html`<section part="details" class="details" aria-labelledby="details-heading">
      <div class="details__header">
        ${heading(this.headingLevel, 0, renderText(community.name, locale, { name: true }), { className: 'details__heading', id: 'details-heading' })}
        <button type="button" class="details__close" aria-label=${msg('Close details')} @click=${() => this.#close()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <dl class="details__list">
        <dt>${msg('Kind')}</dt>
        <dd>${communityKindLabel(community.kind)} (${states})</dd>
        ${community.places?.length
          ? html`<dt>${msg('Places')}</dt>
              <dd>
                <ul>
                  ${community.places.map((place) => html`<li>${renderText(place.name, locale, { name: true })}</li>`)}
                </ul>
              </dd>`
          : nothing}
        <dt>${msg('Cohorts')}</dt>
        <dd>${cohorts.length ? listParts(cohorts.map((c) => renderText(c.name, locale)), locale) : msg('None listed')}</dd>
        ${this.#renderLeadAgency(community)}
        ${community.partners?.length
          ? html`<dt>${msg('Partners')}</dt>
              <dd>
                <ul>
                  ${community.partners.map((partner) => html`<li>${renderOrganization(partner, locale)}</li>`)}
                </ul>
              </dd>`
          : nothing}
        ${community.focus?.length
          ? html`<dt>${msg('Focus')}</dt>
              <dd>
                <ul>
                  ${community.focus.map((focus) => html`<li>${renderText(focus, locale)}</li>`)}
                </ul>
              </dd>`
          : nothing}
        ${community.note ? html`<dt>${msg('Note')}</dt><dd>${renderText(community.note, locale)}</dd>` : nothing}
        ${community.coordinates || community.places?.length
          ? nothing
          : html`<dt>${msg('Map')}</dt><dd>${msg('Not on the map: its location is not known.')}</dd>`}
        ${sources.length ? html`<dt>${msg('Sources')}</dt><dd>${renderSourceList(sources, { publisher: true })}</dd>` : nothing}
      </dl>
    </section>`;
  }
}
