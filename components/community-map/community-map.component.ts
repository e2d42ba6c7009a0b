import { reflectIfSet } from '../../src/internal/reflect.js';
import { formatList, listParts } from '../../src/localization/intl.js';
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
import { renderAttribution } from './map-attribution.js';
import type { LeafletMap } from './leaflet-map.js';

/** How many list rows are shown before "Show more". */
const LIST_PAGE = 100;
const HINT_MS = 2500;

/**
 * @summary Every SIIP community on a map that works offline, with the same data as a list beside it.
 * @tag siip-community-map
 *
 * @csspart filters - The search and filter form.
 * @csspart list - The list of communities (the text alternative to the map).
 * @csspart map - The box Leaflet draws into.
 * @csspart legend - The colour and symbol key.
 * @csspart details - The panel with the chosen community's details.
 * @csspart attribution - The map credits.
 * @csspart consent-button - The button that loads third-party tiles.
 *
 * @cssprop [--siip-map-height=28em] - Height of the map.
 * @cssprop [--siip-map-land=#e8edf2] - Fill of the states on the offline basemap.
 * @cssprop [--siip-map-water=#c9dcee] - Background of the map (sea).
 * @cssprop [--siip-map-border=#8a97a6] - State borders on the offline basemap.
 *
 * @fires siip-community-select - A community was chosen on the map or in the list; `detail.communityId`.
 */
export class SiipCommunityMap extends SiipElement {
  static override styles = [themeStyles, fieldStyles, communityMapStyles];

  readonly #data = new DatasetController(this, { collections: ['communities', 'cohorts', 'programs'] });
  readonly #map = new MapController(this, {
    frame: () => this.renderRoot.querySelector<HTMLElement>('.map'),
    state: () => {
      const model = this.#model;
      if (!model) return undefined;
      const tile = this.tilesAccepted ? parseTileTemplate(this.tiles, this.ownerDocument.baseURI) : undefined;
      return { content: { points: model.view.points, areas: model.view.areas, labelKey: model.key }, selected: this.selected, tiles: tile?.url };
    },
    select: (id, origin) => this.#choose(id, origin),
    pointLabel: (point) => this.#pointLabel(point),
    clusterLabel: (count) => withLocale(this.locale, () => plural(count, msg('{count, plural, one {# community} other {# communities}}'), this.locale)),
    wheelHint: () => this.#showHint(),
    tileError: () => (this.tileFailed = true),
  });
  /** The filtered communities, points and legend, rebuilt when the filters, locale or dataset change. */
  #model?: { key: string; dataset: Dataset; view: MapView };
  #returnFocus?: HTMLElement;
  #focusDetails = false;
  #hintTimer = 0;

  /** On narrow containers, which of list and map is shown. */
  @state() private shownPane: 'list' | 'map' = 'list';
  @state() private tilesAccepted = false;
  @state() private tileFailed = false;
  @state() private hintVisible = false;
  @state() private listLimit = LIST_PAGE;

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
        this.cohort = this.kind = this.program = this.query = '';
        this.selected = id;
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

  #showHint(): void {
    this.hintVisible = true;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = window.setTimeout(() => (this.hintVisible = false), HINT_MS);
  }

  #choose(id: string, origin: HTMLElement | undefined): void {
    this.#returnFocus = origin;
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
      else if (id) (this.#map.map?.markerElementOf(id) ?? this.#listButtonOf(id))?.focus();
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

  #onFilter(event: Event, name: 'cohort' | 'kind' | 'program' | 'query'): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this[name] = value;
    if (name === 'program' && this.cohort) {
      const cohort = this.#data.dataset?.cohorts.find((c) => c.id === this.cohort);
      if (value && cohort && cohort.program !== value) this.cohort = '';
    }
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
    const shown = view.entries.length;
    return html`
      ${this.#renderFilters(dataset)}
      <p class="count" role="status" aria-live="polite">
        ${shown === dataset.communities.length
          ? plural(shown, msg('{count, plural, one {# community} other {# communities}}'), this.locale)
          : plural(
              dataset.communities.length,
              msg('{total, plural, one {{shown} of # community matches} other {{shown} of # communities match}}'),
              this.locale,
              { shown },
            )}
      </p>
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
        ${this.#map.status === 'loading' || this.#map.status === 'idle'
          ? html`<p class="map-status" role="status">${msg('Loading map…')}</p>`
          : nothing}
        ${this.#map.status === 'failed'
          ? html`<p class="map-status" role="alert">${msg('The map could not be loaded. The list shows every community.')}</p>`
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
        <p class="hint" ?hidden=${!this.hintVisible} aria-live="polite">
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
        ${this.tileFailed ? html`<p class="tile-error" role="status">${msg('Map tiles are unavailable; the outline map is shown.')}</p>` : nothing}
      </div>
      ${this.#renderLegend(view)} ${renderAttribution(tile && this.tilesAccepted ? tile : undefined, this.tilesAttribution)}
    </section>`;
  }

  #renderLegend(view: MapView) {
    const locale = this.locale;
    return html`<div part="legend" class="legend">
      <h3 class="legend__title">${msg('Legend')}</h3>
      <ul class="legend__list">
        ${view.legend.map(
          ({ cohort, color }) => html`<li>
            <span class="swatch siip-color-${color}" aria-hidden="true"></span>${textOf(cohort.name, locale)}
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

  #renderList(view: MapView) {
    const locale = this.locale;
    const rows = view.entries.slice(0, this.listLimit);
    return html`<section part="list" class="list" aria-label=${msg('List of SIIP communities')}>
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
      <ul class="list__items">
        ${rows.map(
          (entry) => html`<li class="list__item ${entry.community.id === this.selected ? 'is-selected' : ''}">
            <button
              type="button"
              class="list__button"
              data-community-id=${entry.community.id}
              aria-current=${entry.community.id === this.selected ? 'true' : 'false'}
              @click=${(e: Event) => this.#choose(entry.community.id, e.currentTarget as HTMLElement)}
            >
              <span class="symbol symbol--${entry.community.kind} siip-color-${entry.color}" aria-hidden="true"></span>
              <span class="list__text">
                <span class="list__name">${renderText(entry.community.name, locale, { name: true })}</span>
                <span class="list__meta">
                  ${communityKindLabel(entry.community.kind)} · ${formatList(entry.cohorts.map((c) => textOf(c.name, locale)), locale)}
                  ${entry.points.length ? nothing : html`· <em>${msg('not on the map')}</em>`}
                </span>
              </span>
            </button>
          </li>`,
        )}
      </ul>
      ${view.entries.length > rows.length
        ? html`<button type="button" class="siip-button siip-button--quiet list__more" @click=${() => (this.listLimit += LIST_PAGE)}>
            ${msg(str`Show more (${view.entries.length - rows.length} left)`)}
          </button>`
        : nothing}
    </section>`;
  }

  #renderDetails(community: Community, dataset: Dataset) {
    const locale = this.locale;
    const cohorts = cohortsOf(community, dataset);
    const sources = sourcesOf(dataset, community.sources);
    return html`<section part="details" class="details" aria-labelledby="details-heading">
      <div class="details__header">
        <h3 id="details-heading" class="details__heading" tabindex="-1">${renderText(community.name, locale, { name: true })}</h3>
        <button type="button" class="details__close" aria-label=${msg('Close details')} @click=${() => this.#close()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <dl class="details__list">
        <dt>${msg('Kind')}</dt>
        <dd>${communityKindLabel(community.kind)} (${formatList(community.states, locale)})</dd>
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
        ${community.leadAgency
          ? html`<dt>${msg('Lead agency')}</dt>
              <dd>${renderOrganization(community.leadAgency, locale)}</dd>`
          : nothing}
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

  override render() {
    return html`<div part="base" class="base" dir=${this.direction} lang=${this.locale} @keydown=${this.#onKeydown}>
      ${this.#data.render({ ready: (dataset) => this.#renderReady(dataset) })}
    </div>`;
  }
}
