/**
 * One Leaflet map inside a community-map element's shadow root (a plain class, not a
 * reactive controller: map-controller.ts decides when it exists): creates it,
 * keeps it sized (ResizeObserver → invalidateSize), draws the offline basemap,
 * the state outlines and the clustered markers, and frees everything in
 * destroy(). Loaded with a dynamic import, so Leaflet is downloaded only when a
 * map is on the page.
 *
 * No string ever reaches an HTML sink: markers are elements built here with
 * textContent (not Leaflet Markers); there are no popups, tooltips or
 * Leaflet controls (zoom buttons, attribution and hints are rendered by the
 * element with Lit), which also keeps the map working under Trusted Types.
 *
 * Markers are pointer targets only (not focusable, aria-hidden): the element's
 * list is the keyboard and screen-reader path to the same communities (one Tab
 * stop, arrow keys inside), so 35 markers do not cost 35 Tab presses. Their size
 * is set in em by the element's CSS, and the cluster
 * radius follows the marker size measured in pixels, so bubbles never cover
 * markers beside them.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { unsafeCSS, supportsAdoptingStyleSheets } from 'lit';
import { anchorOf, type Ring } from './basemap.js';
import { mapLayerStyles } from './map-layer.styles.js';

export { loadStateOutlines } from './basemap.js';
import { clusterRadius, PointClusters, type ClusterItem } from './clusters.js';
import { boundsOf, CONTIGUOUS_US, type MapPoint, type StateArea } from './map-view.js';

export interface MapCallbacks {
  /** A community was chosen on the map (a click or tap on its marker). */
  select(communityId: string): void;
  /** Name of a point marker, shown as its tooltip (`title`). */
  pointLabel(point: MapPoint): string;
  /** Name of a cluster of `count` points, shown as its tooltip. */
  clusterLabel(count: number): string;
  /** A cohort's number (MapPoint.number) in the reader's digits, drawn inside its markers. */
  cohortLabel(number: number): string;
  /** Accessible name of the map's keyboard area (arrow keys pan, + and − zoom). */
  mapLabel(): string;
  /** The wheel was used over the map without a modifier: the page scrolled; show how to zoom. */
  wheelHint(): void;
  /** Tiles failed to load. */
  tileError(): void;
}

export interface MapContent {
  points: readonly MapPoint[];
  areas: readonly StateArea[];
  /** Changes whenever the labels would (locale, dataset): markers are rebuilt. */
  labelKey: string;
}

const LEAFLET_SHEET = unsafeCSS(leafletCss);
const adopted = new WeakSet<ShadowRoot>();

/**
 * Leaflet's CSS and the styles of what it draws here (map-layer.styles.ts), adopted into the shadow root first so the
 * element's own styles win. The map controller adopts them as soon as Leaflet's chunk is in, while the data loads: a
 * sheet adopted when the map is created would send the freshly laid-out widget through its styles again (and its
 * layout in the first frame).
 */
export function adoptLeafletCss(root: ShadowRoot): void {
  if (adopted.has(root)) return;
  adopted.add(root);
  const sheets = [LEAFLET_SHEET.styleSheet, mapLayerStyles.styleSheet];
  if (supportsAdoptingStyleSheets && sheets[0] && sheets[1]) {
    root.adoptedStyleSheets = [...(sheets as CSSStyleSheet[]), ...root.adoptedStyleSheets.filter((s) => !sheets.includes(s))];
    return;
  }
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = leafletCss + mapLayerStyles.cssText;
  root.prepend(style);
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Extra view-box around the visible area, so short pans do not uncover empty margins. */
const PAD = 0.1;

function inContiguousUs({ lat, lon }: { lat: number; lon: number }): boolean {
  const [[south, west], [north, east]] = CONTIGUOUS_US;
  return lat >= south - 1 && lat <= north + 1 && lon >= west - 1 && lon <= east + 1;
}

/** A point marker's diameter in em, never under 24 px (the CSS in map-layer.styles.ts uses the same figures). */
const MARKER_EM = 1.75;

/** A marker drawn on the map: its element, what it stands for, and its place in the stack (Leaflet's: its y). */
interface Drawn {
  element: HTMLElement;
  item: ClusterItem;
  latLng: L.LatLng;
  y: number;
}

export class LeafletMap {
  readonly map: L.Map;
  readonly #element: HTMLDivElement;
  readonly #callbacks: MapCallbacks;
  readonly #resize: ResizeObserver;
  /** The markers drawn, by cluster item key. */
  readonly #markers = new Map<string, Drawn>();
  readonly #markerOf = new WeakMap<Element, Drawn>();
  /** Where the markers are drawn: Leaflet's marker pane. */
  #markerPane!: HTMLElement;
  readonly #areaLayer = L.layerGroup();
  #tiles?: L.TileLayer;
  #clusters?: PointClusters;
  #content: MapContent = { points: [], areas: [], labelKey: '' };
  /** The content's points where they are drawn. */
  #placed: readonly MapPoint[] = [];
  #selected = '';
  #highlighted = '';
  #viewSet = false;
  /** The box's size when the first view was fitted before the ResizeObserver's first report. */
  #earlySize?: L.Point;
  #centerPending = false;
  #activated = false;
  #wheelDelta = 0;
  #wheelTimer = 0;
  #destroyed = false;
  readonly #outlines?: ReadonlyMap<string, Ring[]>;
  /** Cluster names by size, for the current labels (a plural message costs more than a marker). */
  readonly #clusterLabels = new Map<number, string>();
  /** The widget's text size in px, read when styles are up to date anyway (see #readFontSize). */
  #fontPx = 16;

  /** `outlines`: the states' rings (basemap.ts), loaded beside Leaflet; without them the map has no basemap. */
  constructor(host: HTMLElement, root: ShadowRoot, callbacks: MapCallbacks, outlines?: ReadonlyMap<string, Ring[]>) {
    adoptLeafletCss(root);
    this.#callbacks = callbacks;
    // Leaflet gets a container of its own, created and removed here, so the
    // Lit-rendered host element never carries Leaflet's state between maps.
    this.#element = document.createElement('div');
    this.#element.className = 'siip-leaflet';
    host.append(this.#element);
    // Leaflet is about to read the box's styles, which brings them up to date: read the text size with them, not
    // after Leaflet has added its panes (a second style pass).
    this.#readFontSize();
    this.map = L.map(this.#element, {
      zoomControl: false,
      attributionControl: false,
      scrollWheelZoom: false,
      trackResize: false,
      // One finger scrolls the page on phones; two fingers zoom (pinch).
      dragging: !L.Browser.mobile,
      zoomSnap: 0.5,
      minZoom: 2,
      maxZoom: 14,
      worldCopyJump: false,
      fadeAnimation: !reducedMotion(),
      zoomAnimation: !reducedMotion(),
      markerZoomAnimation: !reducedMotion(),
      renderer: L.svg({ padding: 0.5 }),
    });
    const container = this.map.getContainer();
    container.setAttribute('role', 'application');
    container.setAttribute('aria-label', callbacks.mapLabel());
    // Outlines sit above raster tiles (200) and below areas and markers (overlay 400).
    this.map.createPane('siip-basemap').style.zIndex = '350';
    this.#outlines = outlines;
    if (outlines) this.#drawBasemap(outlines);
    this.#areaLayer.addTo(this.map);
    this.#markerPane = this.map.getPane('markerPane')!;
    this.#markerPane.addEventListener('click', this.#onMarkerClick);
    this.map.on('moveend', this.#renderMarkers);
    this.map.on('zoom viewreset', this.#moveMarkers);
    if (this.#zoomAnimated()) this.map.on('zoomanim', this.#animateMarkers);
    this.#element.addEventListener('wheel', this.#onWheel, { passive: false });
    this.#element.addEventListener('pointerdown', this.#onActivate);
    this.#element.addEventListener('pointerleave', this.#onDeactivate);
    this.#element.addEventListener('focusout', this.#onFocusOut);
    this.#resize = new ResizeObserver(() => this.#onResize());
    this.#resize.observe(this.#element);
  }

  /** Replaces what is drawn; rebuilds the cluster index only when the points changed. */
  showContent(content: MapContent): void {
    const pointsChanged = content.points !== this.#content.points;
    const labelsChanged = content.labelKey !== this.#content.labelKey;
    if (labelsChanged) {
      this.map.getContainer().setAttribute('aria-label', this.#callbacks.mapLabel());
      this.#clusterLabels.clear();
    }
    const areasChanged = content.areas !== this.#content.areas;
    this.#content = content;
    if (areasChanged) this.#drawAreas();
    if (pointsChanged) this.#placePoints(this.#viewSet);
    else if (labelsChanged) {
      this.#clearMarkers();
      this.#renderMarkers();
    }
    // Drawn now when the box already has a size, as bare Leaflet would; a hidden box waits for the ResizeObserver.
    if (!this.#viewSet && this.#setFirstView()) this.#earlySize = this.map.getSize();
  }

  /** Marks a community as selected; `center` moves the map to it. */
  setSelected(communityId: string, center: boolean): void {
    // Called after every update of the element: the markers are marked again only when the selection changed.
    if (communityId !== this.#selected) {
      this.#selected = communityId;
      for (const drawn of this.#markers.values()) this.#markSelected(drawn);
    }
    if (center && !this.#viewSet) this.#centerPending = true;
    if (!center || !communityId || !this.#viewSet) return;
    const points = this.#placed.filter((point) => point.communityId === communityId);
    if (!points.length) return;
    const animate = !reducedMotion();
    if (points.length === 1) {
      this.map.setView([points[0].lat, points[0].lon], Math.max(this.map.getZoom(), 7), { animate });
    } else {
      this.map.fitBounds(boundsOf(points)!, { padding: [32, 32], maxZoom: 9, animate });
    }
  }

  /**
   * Rings the marker of a community without selecting it (the list item that has keyboard focus), so a
   * keyboard user sees where each item is. Empty: none.
   */
  setHighlighted(communityId: string): void {
    if (communityId === this.#highlighted) return;
    this.#highlighted = communityId;
    for (const drawn of this.#markers.values()) this.#markSelected(drawn);
  }

  /** Adds (or with undefined, removes) a raster tile layer. Call only after the visitor agreed. */
  setTiles(url: string | undefined): void {
    if (this.#tiles && (this.#tiles as unknown as { _url: string })._url === url) return;
    this.#tiles?.remove();
    this.#tiles = undefined;
    if (!url) return;
    this.#tiles = L.tileLayer(url, {
      // Leaflet 1.9.4 defaults to no policy; OSM answers 403 without a Referer on strict pages.
      referrerPolicy: 'strict-origin-when-cross-origin',
      maxZoom: 19,
      attribution: '',
    } as L.TileLayerOptions);
    this.#tiles.on('tileerror', () => this.#callbacks.tileError());
    this.#tiles.addTo(this.map);
    this.#tiles.bringToBack();
  }

  zoomIn(): void {
    this.map.zoomIn(1, { animate: !reducedMotion() });
  }

  zoomOut(): void {
    this.map.zoomOut(1, { animate: !reducedMotion() });
  }

  /** Shows the whole current content, Alaska and islands included. */
  resetView(): void {
    if (this.#viewSet) this.#fitContent(true);
  }

  /** The marker element currently standing for a community, if it is drawn on its own. */
  markerElementOf(communityId: string): HTMLElement | undefined {
    for (const { element, item } of this.#markers.values()) {
      if (item.type === 'point' && item.point.communityId === communityId) return element;
    }
    return undefined;
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    clearTimeout(this.#wheelTimer);
    this.#resize.disconnect();
    this.#element.removeEventListener('wheel', this.#onWheel);
    this.#element.removeEventListener('pointerdown', this.#onActivate);
    this.#element.removeEventListener('pointerleave', this.#onDeactivate);
    this.#element.removeEventListener('focusout', this.#onFocusOut);
    this.#markerPane.removeEventListener('click', this.#onMarkerClick);
    this.#clearMarkers();
    this.map.stop();
    // Leaflet 1.9 ends a zoom animation from an unguarded 250 ms timer that would touch the
    // removed panes ("reading '_leaflet_pos'"): end it now, while the panes still exist.
    const internal = this.map as unknown as { _animatingZoom?: boolean; _onZoomTransitionEnd?: () => void };
    if (internal._animatingZoom) internal._onZoomTransitionEnd?.();
    this.map.off();
    this.map.remove();
    this.#element.remove();
  }

  /** Where each point is drawn (state markers at their outline's centre once known) and the cluster index over them. */
  #placePoints(refit: boolean): void {
    const outlines = this.#outlines;
    const areas = new Map(this.#content.areas.map((area) => [area.communityId, area.state]));
    this.#placed = this.#content.points.map((point) => {
      const state = point.kind === 'state' && point.proxy ? areas.get(point.communityId) : undefined;
      const anchor = state && outlines?.get(state) && anchorOf(outlines.get(state)!);
      return anchor ? { ...point, lat: anchor[0], lon: anchor[1] } : point;
    });
    this.#clusters = new PointClusters(this.#placed, { radius: clusterRadius(this.#markerPixels()) });
    this.#clearMarkers();
    if (refit) this.#fitContent();
    else this.#renderMarkers();
  }

  #drawBasemap(outlines: ReadonlyMap<string, Ring[]>): void {
    const rings = [...outlines.values()].flat();
    L.polygon(rings, { className: 'siip-basemap', interactive: false, smoothFactor: 0.5, pane: 'siip-basemap' }).addTo(this.map);
  }

  #drawAreas(): void {
    this.#areaLayer.clearLayers();
    const outlines = this.#outlines;
    if (!outlines) return;
    // Communities of one state in one colour would draw the same outline again and again (darker with each
    // translucent copy, slower with each path): one each.
    const drawn = new Set<string>();
    for (const area of this.#content.areas) {
      const rings = outlines.get(area.state);
      const key = `${area.state} ${area.color}`;
      if (!rings || drawn.has(key)) continue;
      drawn.add(key);
      L.polygon(rings, { className: `siip-area siip-color-${area.color}`, interactive: false }).addTo(this.#areaLayer);
    }
  }

  #onResize(): void {
    if (this.#destroyed || !this.#hasSize()) return;
    this.#readFontSize();
    const early = this.#earlySize;
    this.#earlySize = undefined;
    this.map.invalidateSize({ pan: false, animate: false });
    if (early && !early.equals(this.map.getSize())) {
      // The page moved on between the first view and the first frame (other widgets rendering, a scrollbar):
      // fit that view again at the size the reader sees, as if it had waited for this report.
      this.#fitContent();
      this.setSelected(this.#selected, true);
    } else this.#setFirstView();
  }

  /** Hidden (display:none, closed <details>, inactive tab): no view can be fitted until shown. */
  #hasSize(): boolean {
    const { clientWidth, clientHeight } = this.#element;
    return clientWidth > 0 && clientHeight > 0;
  }

  /** The first view, and the selection it was waiting for, once the box has a size; whether it was set now. */
  #setFirstView(): boolean {
    if (this.#viewSet || this.#destroyed || !this.#hasSize()) return false;
    this.#viewSet = true;
    this.#fitContent();
    if (this.#centerPending) {
      this.#centerPending = false;
      this.setSelected(this.#selected, true);
    }
    return true;
  }

  /**
   * The first view: the points in the 48 contiguous states when most are there, so one community in Alaska
   * does not halve the size of all the others (it is a pan away, in the list, and in "Show all").
   */
  #fitContent(everything = false): void {
    const points = this.#placed;
    const main = everything ? points : points.filter((point) => inContiguousUs(point));
    const bounds = boundsOf(main.length >= points.length * 0.75 ? main : points) ?? CONTIGUOUS_US;
    this.map.fitBounds(bounds, { padding: [24, 24], maxZoom: 7, animate: false });
    this.#renderMarkers();
  }

  #clearMarkers(): void {
    for (const { element } of this.#markers.values()) element.remove();
    this.#markers.clear();
  }

  /**
   * The markers of the current view: those not drawn yet are built in one pass into one fragment, those out of view
   * removed. Plain elements in Leaflet's marker pane, not a Leaflet Marker each: one listener on the pane handles
   * every click, hover lifts a marker with CSS, and a hundred markers cost a hundred elements, not a hundred layers
   * with their own events and icons.
   */
  readonly #renderMarkers = (): void => {
    if (!this.#viewSet || !this.#clusters || this.#destroyed) return;
    const map = this.map;
    const bounds = map.getBounds().pad(PAD);
    const items = this.#clusters.at(
      [Math.max(-180, bounds.getWest()), Math.max(-85, bounds.getSouth()), Math.min(180, bounds.getEast()), Math.min(85, bounds.getNorth())],
      map.getZoom(),
    );
    const seen = new Set<string>();
    const added = document.createDocumentFragment();
    for (const item of items) {
      const key = item.type === 'cluster' ? `${item.key}:${item.count}` : item.key;
      seen.add(key);
      if (this.#markers.has(key)) continue;
      const drawn = this.#createMarker(item);
      this.#markers.set(key, drawn);
      added.append(drawn.element);
    }
    for (const [key, { element }] of this.#markers) {
      if (seen.has(key)) continue;
      element.remove();
      this.#markers.delete(key);
    }
    this.#markerPane.append(added);
  };

  #createMarker(item: ClusterItem): Drawn {
    const element = document.createElement('div');
    // As Leaflet's own markers: placed by its CSS, animated with the map's zoom (or hidden during it).
    let className = `leaflet-marker-icon leaflet-interactive ${this.#zoomAnimated() ? 'leaflet-zoom-animated' : 'leaflet-zoom-hide'}`;
    if (item.type === 'cluster') {
      const count = document.createElement('span');
      count.className = 'siip-cluster__count';
      count.textContent = String(item.count);
      element.append(count);
      const size = item.count < 10 ? 's' : item.count < 100 ? 'm' : 'l';
      className += ` siip-cluster siip-cluster--${size}${item.color === undefined ? '' : ` siip-color-${item.color}`}`;
      element.title = this.#clusterLabel(item.count);
    } else {
      const { point } = item;
      // The number is the marker's own text (its shape is drawn under it): one element per marker to build and lay out.
      element.textContent = point.number ? this.#callbacks.cohortLabel(point.number) : '';
      className += ` siip-marker siip-marker--${point.kind} siip-color-${point.color}${point.proxy ? ' siip-marker--proxy' : ''}`;
      // The list carries the same names to assistive technology; the title is for mouse users.
      element.title = this.#callbacks.pointLabel(point);
      element.dataset.communityId = point.communityId;
    }
    element.className = className;
    element.setAttribute('aria-hidden', 'true');
    const drawn: Drawn = { element, item, latLng: L.latLng(item.lat, item.lon), y: 0 };
    this.#markerOf.set(element, drawn);
    this.#markSelected(drawn, false);
    this.#place(drawn, this.map.latLngToLayerPoint(drawn.latLng).round());
    return drawn;
  }

  /**
   * Moves a marker with a 2D translate. Leaflet's translate3d makes every marker a compositing layer of its own
   * (Chromium promotes any 3D transform): a hundred markers were a hundred layers to build, paint and composite in
   * the first frame. Drawn in the marker pane's one layer they look the same, and panning still only moves that
   * pane's layer; the zoom animation's transition works on a 2D transform as on a 3D one. Lower markers are drawn
   * over higher ones, as Leaflet stacks them.
   */
  #place(drawn: Drawn, position: L.Point): void {
    drawn.y = position.y;
    drawn.element.style.transform = `translate(${position.x}px,${position.y}px)`;
    this.#stack(drawn);
  }

  #stack({ element, item, y }: Drawn): void {
    const id = item.type === 'point' ? item.point.communityId : undefined;
    element.style.zIndex = String(y + (id !== undefined && (id === this.#selected || id === this.#highlighted) ? 1000 : 0));
  }

  /** After a zoom (or a reset of the view) the same markers stand elsewhere. */
  readonly #moveMarkers = (): void => {
    for (const drawn of this.#markers.values()) this.#place(drawn, this.map.latLngToLayerPoint(drawn.latLng).round());
  };

  /** During the zoom animation, each marker goes to where it will stand (Leaflet's CSS transition moves it there). */
  readonly #animateMarkers = (event: L.ZoomAnimEvent): void => {
    const map = this.map as unknown as { _latLngToNewLayerPoint(latLng: L.LatLng, zoom: number, center: L.LatLng): L.Point };
    for (const drawn of this.#markers.values()) this.#place(drawn, map._latLngToNewLayerPoint(drawn.latLng, event.zoom, event.center).round());
  };

  #zoomAnimated(): boolean {
    return !!(this.map as unknown as { _zoomAnimated?: boolean })._zoomAnimated && !!this.map.options.markerZoomAnimation;
  }

  /** One listener for every marker; a click that ends a drag of the map is not a choice. */
  readonly #onMarkerClick = (event: MouseEvent): void => {
    const element = (event.target as Element).closest('.leaflet-marker-icon');
    const drawn = element && this.#markerOf.get(element);
    if (!drawn || (this.map.dragging as unknown as { moved?(): boolean } | undefined)?.moved?.()) return;
    this.#activate(drawn.item);
  };

  #clusterLabel(count: number): string {
    let label = this.#clusterLabels.get(count);
    if (label === undefined) this.#clusterLabels.set(count, (label = this.#callbacks.clusterLabel(count)));
    return label;
  }

  #markSelected(drawn: Drawn, restack = true): void {
    const { element, item } = drawn;
    if (item.type !== 'point') return;
    const id = item.point.communityId;
    const selected = id === this.#selected;
    const highlighted = id === this.#highlighted;
    if (element.classList.contains('is-selected') !== selected) element.classList.toggle('is-selected', selected);
    if (element.classList.contains('is-highlighted') !== highlighted) element.classList.toggle('is-highlighted', highlighted);
    if (restack) this.#stack(drawn);
  }

  #activate(item: ClusterItem): void {
    if (item.type === 'point') {
      this.#callbacks.select(item.point.communityId);
      return;
    }
    // A cluster opens up: zoom to where it falls apart.
    const zoom = Math.min(this.#clusters!.expansionZoom(item.clusterId, item.half), this.map.getMaxZoom());
    this.map.setView([item.lat, item.lon], zoom, { animate: !reducedMotion() });
  }

  #readFontSize(): void {
    const size = parseFloat(getComputedStyle(this.#element).fontSize);
    this.#fontPx = Number.isFinite(size) && size > 0 ? size : 16;
  }

  /** Diameter of a point marker in CSS pixels (1.75em of the widget's text), for the cluster radius. */
  #markerPixels(): number {
    return Math.max(24, this.#fontPx * MARKER_EM);
  }

  readonly #onWheel = (event: WheelEvent): void => {
    if (!(event.ctrlKey || event.metaKey || this.#activated)) {
      // Let the page scroll; say how to zoom instead of trapping the wheel.
      this.#callbacks.wheelHint();
      return;
    }
    event.preventDefault();
    this.#wheelDelta += event.deltaY;
    if (this.#wheelTimer) return;
    this.#wheelTimer = window.setTimeout(() => {
      this.#wheelTimer = 0;
      const steps = Math.max(-2, Math.min(2, -this.#wheelDelta / 100));
      this.#wheelDelta = 0;
      if (this.#destroyed || Math.abs(steps) < 0.25) return;
      const around = this.map.mouseEventToContainerPoint(event);
      this.map.setZoomAround(around, this.map.getZoom() + (steps > 0 ? Math.max(0.5, steps) : Math.min(-0.5, steps)), {
        animate: !reducedMotion(),
      });
    }, 80);
  };

  readonly #onActivate = (): void => {
    this.#activated = true;
  };

  readonly #onDeactivate = (): void => {
    this.#activated = false;
  };

  readonly #onFocusOut = (event: FocusEvent): void => {
    if (!this.#element.contains(event.relatedTarget as Node | null)) this.#activated = false;
  };
}
