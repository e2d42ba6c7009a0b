/**
 * The community map's reactive controller: downloads Leaflet (leaflet-map.ts, a chunk of its own) and the state
 * outlines (another) as soon as the element is on the page and wide enough to show its map, while the dataset is
 * still being fetched, creates the LeafletMap once the element has rendered its map box and the box is shown,
 * keeps it in step with the element after every update (content, selection, tiles), and frees it when the element
 * leaves the page. A move in the page (disconnect then connect) recreates the map.
 *
 * A box that has no size (the list-first layout of narrow widgets, a tab or wrapper with display: none) gets its
 * map when it first has one: setting Leaflet up is the longest task of a map's first render, and on a phone the
 * reader may never open the map (the list-first layout downloads Leaflet only then).
 */
import type { LitElement, ReactiveController } from 'lit';
import type { Ring } from './basemap.js';
import type { LeafletMap, MapCallbacks, MapContent } from './leaflet-map.js';

type LeafletModule = typeof import('./leaflet-map.js');

let leaflet: Promise<[LeafletModule, ReadonlyMap<string, Ring[]> | undefined]> | undefined;

/**
 * Leaflet and the outlines, fetched side by side once per page (their decoding is in Leaflet's chunk, so this
 * one stays small). The map can do without its outlines (a warning), not without Leaflet (the caller shows that
 * the map failed; the list still works).
 */
function loadLeaflet() {
  if (!leaflet) {
    const outlines = import('./us-states.data.js');
    outlines.catch(() => undefined); // handled below, once Leaflet's chunk is in
    leaflet = import('./leaflet-map.js').then(async (module) => {
      const decoded = await module.loadStateOutlines(outlines).catch((error: unknown) => {
        console.warn('siip-community-map: the state outlines could not be loaded.', error);
        return undefined;
      });
      return [module, decoded];
    });
  }
  return leaflet;
}

/** `pending`: Leaflet is on its way or the map box is not rendered yet; `ready`: drawing; `failed`: Leaflet could not be loaded. */
export type MapStatus = 'pending' | 'ready' | 'failed';

export interface MapState {
  content: MapContent;
  selected: string;
  /** The tile URL template, once the visitor agreed to load tiles. */
  tiles: string | undefined;
}

export interface MapControllerOptions extends MapCallbacks {
  /** The box Leaflet draws into, when the element has rendered one. */
  frame: () => HTMLElement | null;
  /** What the map should show now; undefined while there is nothing to show. */
  state: () => MapState | undefined;
}

export class MapController implements ReactiveController {
  /** Whether the map is still to come, drawing, or could not be loaded (the list still works). */
  status: MapStatus = 'pending';
  readonly #host: LitElement;
  readonly #options: MapControllerOptions;
  #map?: LeafletMap;
  #frame?: HTMLElement;
  /** Counts map starts: a load that finishes after a newer start (or a disconnect) is dropped. */
  #generation = 0;
  /** Waits for a box that is not shown to get a size. */
  #shown?: ResizeObserver;
  /** Measures the widget once, to decide whether Leaflet downloads before the reader asks for the map. */
  #width?: ResizeObserver;
  #centerPending = true;

  constructor(host: LitElement, options: MapControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The map, once Leaflet has loaded. */
  get map(): LeafletMap | undefined {
    return this.#map;
  }

  /** Moves the map to the selection at the next sync (a new selection, or the same one chosen again). */
  centerOnSelection(): void {
    this.#centerPending = true;
  }

  hostConnected(): void {
    this.#preloadUnlessListFirst();
    // Back in the page after a move: the next update recreates the map.
    if (this.#host.hasUpdated) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#generation++;
    this.#width?.disconnect();
    this.#stopWaiting();
    this.#map?.destroy();
    this.#map = undefined;
    this.#frame = undefined;
    if (this.status !== 'failed') this.#setStatus('pending');
  }

  hostUpdated(): void {
    const frame = this.#options.frame() ?? undefined;
    if (frame !== this.#frame) {
      this.#stopWaiting();
      this.#map?.destroy();
      this.#map = undefined;
      if (this.status === 'ready') this.#setStatus('pending');
      this.#frame = frame;
      if (frame && this.#host.isConnected) void this.#start(frame);
    }
    this.#sync();
  }

  async #start(frame: HTMLElement): Promise<void> {
    const generation = ++this.#generation;
    try {
      // Leaflet measures its box at once anyway, so reading the size here costs no extra layout. A box not shown
      // waits, and so does Leaflet's download when the widget did not start it (#preloadUnlessListFirst).
      if (!hasSize(frame)) await this.#whenShown(frame);
      if (generation !== this.#generation) return;
      const [{ LeafletMap }, outlines] = await loadLeaflet();
      if (generation !== this.#generation || !this.#host.isConnected || frame !== this.#frame) return;
      this.#map = new LeafletMap(frame, this.#host.renderRoot as ShadowRoot, this.#options, outlines);
      this.#setStatus('ready');
      this.#sync();
    } catch (error) {
      if (generation !== this.#generation) return;
      console.warn('siip-community-map: the map could not be loaded; the list still works.', error);
      this.#setStatus('failed');
    }
  }

  /**
   * Starts Leaflet's download as soon as the widget's width is known (its first layout, while the dataset is still
   * being fetched), so both arrive together, unless the widget is narrow enough to show its list first: there the
   * map waits for the reader to ask for it, and so does its download (#start loads it then). A guess only: whatever
   * it says, the map is drawn when its box has a size.
   */
  #preloadUnlessListFirst(): void {
    this.#width = new ResizeObserver(([entry]) => {
      this.#width?.disconnect();
      const em = parseFloat(getComputedStyle(this.#host).fontSize) || 16;
      if (entry.contentRect.width >= LIST_FIRST_EM * em) loadLeaflet().then(([module]) => module.adoptLeafletCss(this.#host.renderRoot as ShadowRoot), () => undefined);
    });
    this.#width.observe(this.#host);
  }

  /** Resolves when `frame` first has a size; never, if the map is stopped before (the generation tells). */
  #whenShown(frame: HTMLElement): Promise<void> {
    return new Promise((resolve) => {
      this.#shown = new ResizeObserver(() => {
        if (!hasSize(frame)) return;
        this.#stopWaiting();
        resolve();
      });
      this.#shown.observe(frame);
    });
  }

  #stopWaiting(): void {
    this.#shown?.disconnect();
    this.#shown = undefined;
  }

  #sync(): void {
    const map = this.#map;
    const state = this.#options.state();
    if (!map || !state) return;
    map.showContent(state.content);
    map.setSelected(state.selected, this.#centerPending);
    this.#centerPending = false;
    map.setTiles(state.tiles);
  }

  #setStatus(status: MapStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.#host.requestUpdate();
  }
}

const hasSize = (element: HTMLElement) => element.clientWidth > 0 && element.clientHeight > 0;

/** Under this width (in em of the widget's text) the widget shows its list first (community-map.styles.ts). */
const LIST_FIRST_EM = 30;
