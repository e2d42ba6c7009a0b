import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { reflectIfSet } from '../../src/internal/reflect.js';
import { SiipElement } from '../../src/internal/siip-element.js';
import { DatasetController } from '../../src/data/dataset-controller.js';
import { GroupController } from '../../src/internal/group-controller.js';
import { LiveAnnouncer } from '../../src/internal/live-announcer.js';
import { SkipPast } from '../../src/internal/skip-past.js';
import { StagedRender } from '../../src/internal/staged-render.js';
import { afterModulesLoaded } from '../../src/internal/on-demand-module.js';
import { DEFAULT_HEADING_LEVEL } from '../../src/internal/heading.js';
import { textOf } from '../../src/data/text.js';
import { withLocale, type Locale } from '../../src/localization/locale.js';
import type { Dataset } from '../../src/data/schema.js';
import '../../src/events/community-select.js';
import { themeStyles } from '../../src/styles/theme.styles.js';
import { fieldStyles } from '../../src/styles/field.styles.js';
import { communityMapStyles } from './community-map.styles.js';
import { buildMapView, findCommunity, parseTileTemplate, prepareIntl, type MapFilters, type MapView } from './map-view.js';
import { MapController } from './map-controller.js';
import type { LeafletMap } from './leaflet-map.js';
import { cohortNumberText, communitiesText, countText, pointText } from './map-text.js';
import { renderMapFilters } from './map-filters.js';
import { renderMapPane } from './map-pane.js';
import { LIST_CAP, LIST_PAGE, listKeyTarget, renderCommunityList } from './community-list.js';
import { renderCommunityDetails } from './community-details.js';

const HINT_MS = 2500;

/**
 * Layout follows the widget's own width: the list beside the map when wide (60em and more), the map above
 * the list below that, and from under 30em (about 480 px) the list first with a List/Map switch.
 * The list is the keyboard path to the markers: one Tab stop, arrow keys inside, Enter opens the details.
 *
 * @summary Every SIIP community on a map that works offline, with the same data as a list beside it.
 * @tag siip-community-map
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

  readonly #data = new DatasetController(this, { collections: ['communities', 'cohorts', 'programs'], references: ['sources'] });
  readonly #announcer = new LiveAnnouncer(this);
  readonly #skip = new SkipPast(this);
  /**
   * The first data render builds a screenful of the list (LIST_CAP rows, all a narrow layout shows) with the map and
   * its markers; the other rows once that is painted.
   */
  readonly #stages = new StagedRender(this, { stages: 2, active: () => this.#data.state.status === 'ready', afterPaint: true });
  readonly #map = new MapController(this, {
    frame: () => this.renderRoot.querySelector<HTMLElement>('.map'),
    state: () => {
      const model = this.#model;
      if (!model) return undefined;
      const tile = this.tilesAccepted ? parseTileTemplate(this.tiles, this.ownerDocument.baseURI) : undefined;
      return { content: { points: model.view.points, areas: model.view.areas, labelKey: model.key }, selected: this.selected, tiles: tile?.url };
    },
    select: (id) => this.#choose(id, this.#listButtonOf(id) ?? undefined),
    // Markers are drawn for the model's view, in its locale: looked up once per view, not for every marker.
    pointLabel: (point) => {
      const { locale, dataset } = this.#model!;
      return withLocale(locale, () => pointText(point, dataset, locale));
    },
    clusterLabel: (count) => {
      const { locale } = this.#model!;
      return withLocale(locale, () => communitiesText(count, locale));
    },
    cohortLabel: (number) => cohortNumberText(number, this.#model!.locale),
    mapLabel: () => withLocale(this.locale, () => msg('Map of SIIP communities. Arrow keys move the map; plus and minus zoom.')),
    wheelHint: () => this.#showHint(),
    tileError: () => {
      if (!this.tileFailed) this.#announcer.announce(withLocale(this.locale, () => msg('Map tiles are unavailable; the outline map is shown.')));
      this.tileFailed = true;
    },
  });
  /** The filtered communities, points and legend, rebuilt when the filters, locale or dataset change. */
  #model?: { key: string; locale: Locale; dataset: Dataset; view: MapView };
  #returnFocus?: HTMLElement;
  #focusDetails = false;
  #hintTimer = 0;
  /** The list item that is the list's one Tab stop (roving tabindex); '' = the selected or first one. */
  #rovingId = '';
  /** A filter was changed by the visitor: say the new count once it settles. */
  #announceCount = false;
  #failureAnnounced = false;

  static override properties: PropertyDeclarations = {
    shownPane: { state: true, attribute: false },
    tilesAccepted: { state: true, attribute: false },
    tileFailed: { state: true, attribute: false },
    hintVisible: { state: true, attribute: false },
    listLimit: { state: true, attribute: false },
    listExpanded: { state: true, attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    src: {},
    cohort: { reflect: true, converter: reflectIfSet },
    kind: { reflect: true, converter: reflectIfSet },
    program: { reflect: true, converter: reflectIfSet },
    query: { reflect: true, converter: reflectIfSet },
    selected: { reflect: true, converter: reflectIfSet },
    tiles: {},
    tilesAttribution: { attribute: 'tiles-attribution' },
  };

  /** On narrow containers, which of list and map is shown. */
  private shownPane: 'list' | 'map' = 'list';
  private tilesAccepted = false;
  private tileFailed = false;
  private hintVisible = false;
  private listLimit = LIST_PAGE;
  /** The visitor asked for every row on a narrow layout. */
  private listExpanded = false;

  /** Level of the map's headings (the details panel's community name, the legend), 2 to 6. */
  headingLevel = DEFAULT_HEADING_LEVEL;
  /** URL(s) of the dataset, space-separated; empty means the dataset shipped with the library. */
  src = '';
  /** Show only this cohort (a cohort id). */
  cohort = '';
  /** Show only this kind of community: `city`, `region` or `state`. */
  kind = '';
  /** Show only communities of this program (a program id, e.g. `siip`). */
  program = '';
  /** Text search over names, states, places, organisations and focus areas. */
  query = '';
  /** Id of the community whose details are open; the map centres on it. */
  selected = '';
  /** Optional raster tile URL template (`https://…/{z}/{x}/{y}.png`), loaded only after the visitor agrees. */
  tiles = '';
  /** Credit for the tiles, shown as text once they load (e.g. "© OpenStreetMap contributors"). */
  tilesAttribution = '';

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

  override connectedCallback(): void {
    super.connectedCallback();
    setTimeout(() => prepareIntl(this.locale));
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

  protected override getUpdateComplete(): Promise<boolean> {
    return afterModulesLoaded(() => super.getUpdateComplete(), [this.#stages]);
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
      this.#announcer.announce(withLocale(this.locale, () => countText(shown, total, this.locale)), { settle: true });
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

  /** The view for the current filters and locale, built again only when one of them or the dataset changed. */
  #viewOf(dataset: Dataset, filters: MapFilters): MapView {
    const locale = this.locale;
    const key = `${locale}|${filters.cohort}|${filters.kind}|${filters.program}|${filters.query}`;
    if (!this.#model || key !== this.#model.key || this.#model.dataset !== dataset) {
      this.#model = { key, locale, dataset, view: buildMapView(dataset, filters, locale) };
    }
    return this.#model.view;
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
  #onListKeydown = (event: KeyboardEvent): void => {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.list__button')].filter((button) => button.getClientRects().length > 0);
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const next = listKeyTarget(event.key, current, buttons.length - 1);
    if (next < 0) return;
    event.preventDefault();
    buttons[next].focus();
  };

  #onListFocus = (event: FocusEvent): void => {
    const id = (event.target as HTMLElement).dataset?.communityId;
    if (!id) return;
    if (id !== this.#rovingId) {
      this.#rovingId = id;
      this.requestUpdate();
    }
    this.#map.map?.setHighlighted(id);
  };

  #onListBlur = (event: FocusEvent): void => {
    const next = event.relatedTarget as HTMLElement | null;
    if (!next?.closest?.('.list__items')) this.#map.map?.setHighlighted('');
  };

  #onFilter = (event: Event, name: keyof MapFilters): void => {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this[name] = value;
    this.#announceCount = true;
    if (name === 'program' && this.cohort) {
      const cohort = this.#data.dataset?.cohorts.find((c) => c.id === this.cohort);
      if (value && cohort && cohort.program !== value) this.cohort = '';
    }
  };

  #renderReady(dataset: Dataset) {
    const locale = this.locale;
    const filters: MapFilters = { cohort: this.cohort, kind: this.kind, program: this.program, query: this.query };
    const view = this.#viewOf(dataset, filters);
    const selected = findCommunity(dataset, this.selected);
    return html`
      ${renderMapFilters(dataset, filters, locale, this.#onFilter)}
      <p class="count">${countText(view.entries.length, dataset.communities.length, locale)}</p>
      <div class="toggle" role="group" aria-label=${msg('Show as')}>
        <button type="button" class="siip-button siip-button--quiet" aria-pressed=${this.shownPane === 'list'} @click=${() => (this.shownPane = 'list')}>
          ${msg('List')}
        </button>
        <button type="button" class="siip-button siip-button--quiet" aria-pressed=${this.shownPane === 'map'} @click=${() => (this.shownPane = 'map')}>
          ${msg('Map')}
        </button>
      </div>
      <div class="layout" data-view=${this.shownPane}>
        ${selected ? renderCommunityDetails(selected, dataset, { locale, headingLevel: this.headingLevel, onClose: () => this.#close() }) : nothing}
        ${this.#renderMapPane(view)} ${this.#renderList(view)}
      </div>
    `;
  }

  #renderMapPane(view: MapView) {
    const map = this.#map;
    return renderMapPane(
      {
        view,
        locale: this.locale,
        headingLevel: this.headingLevel,
        status: map.status,
        tile: parseTileTemplate(this.tiles, this.ownerDocument.baseURI),
        tilesAccepted: this.tilesAccepted,
        tilesAttribution: this.tilesAttribution,
        tileFailed: this.tileFailed,
        hintVisible: this.hintVisible,
      },
      {
        zoomIn: () => map.map?.zoomIn(),
        zoomOut: () => map.map?.zoomOut(),
        showAll: () => map.map?.resetView(),
        acceptTiles: () => (this.tilesAccepted = true),
      },
    );
  }

  #renderList(view: MapView) {
    const shown = {
      view,
      locale: this.locale,
      selected: this.selected,
      rovingId: this.#rovingId,
      limit: this.listLimit,
      // The visitor asked for more rows before the rest came: all of them now.
      built: this.#stages.reached(1) || this.listExpanded || this.listLimit > LIST_PAGE ? this.listLimit : LIST_CAP,
      expanded: this.listExpanded,
    };
    return renderCommunityList(shown, {
      choose: (id, button) => this.#choose(id, button),
      keydown: this.#onListKeydown,
      focusin: this.#onListFocus,
      focusout: this.#onListBlur,
      showAll: this.#expandList,
      showMore: () => (this.listLimit += LIST_PAGE),
    });
  }

  override render() {
    return html`<div part="base" class="base ${this.#stages.staging ? 'siip-staging' : ''}" dir=${this.direction} lang=${this.locale} @keydown=${this.#onKeydown}>
      ${this.#skip.link(msg('Skip past the map'))}
      ${this.#data.render({ ready: (dataset) => this.#renderReady(dataset) })} ${this.#announcer.render()}
      ${this.#skip.end(msg('End of the map'))}
    </div>`;
  }
}
