/**
 * Benchmark of <siip-community-map>: first render and one pan/zoom step with
 * 100, 1,000 and 10,000 communities, side by side with bare Leaflet drawing the
 * same points as L.circleMarker, as numbered L.divIcon markers (100 and 1,000),
 * and (10,000) a hand-drawn canvas. Medians of runsFor(count) runs; the result
 * goes to window.benchResult for the runner.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import '../../components/community-map/community-map.js';
import '../../components/community-map/leaflet-map.js';
import type { SiipCommunityMap } from '../../components/community-map/community-map.component.js';
import { syntheticPoints } from '../../components/community-map/synthetic-dataset.js';
import { boundsOf } from '../../components/community-map/map-view.js';
import { loadStateOutlines } from '../../components/community-map/basemap.js';
import type { Dataset } from '../../src/data/schema.js';
import { blobUrl, inTurns, median, nationalGrown, nextPaint, ratio, round } from './bench-utils.js';

const SIZES = (new URLSearchParams(location.search).get("sizes") ?? "100,1000,10000").split(",").map(Number);
const RUNS_PARAM = new URLSearchParams(location.search).get('runs');
/**
 * Runs per size: the small files take ≈ 0.1 s a run, and on a shared machine a median of 5 moved by ±20 % from one
 * bench to the next (1.15–1.48× at 100 communities); 11 steady it. 10,000 communities take seconds a run.
 */
const runsFor = (count: number) => (RUNS_PARAM ? Number(RUNS_PARAM) : count <= 1000 ? 11 : 5);
const stage = document.getElementById('stage')!;
const style = document.createElement('style');
style.textContent = leafletCss;
document.head.append(style);

type Scheduler = { postTask?: (callback: () => void, options: { priority: 'user-blocking' }) => Promise<void> };
const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
/**
 * When the next paint is done, two ways: `painted`, the first task after it, ahead of tasks already queued for after
 * that paint (a widget's own post-paint work, such as the map's list rows off the first screen), which is when
 * markers added before it are on the screen; `next`, the next ordinary task after it (behind that work), what this
 * bench measured before. The same for the element and the baseline; both `next` where there is no postTask.
 */
function afterPaint(): { painted: Promise<number>; next: Promise<number> } {
  let painted!: (t: number) => void;
  let next!: (t: number) => void;
  const result = { painted: new Promise<number>((r) => (painted = r)), next: new Promise<number>((r) => (next = r)) };
  requestAnimationFrame(() => {
    setTimeout(() => next(performance.now()), 0);
    if (scheduler?.postTask) void scheduler.postTask(() => painted(performance.now()), { priority: 'user-blocking' });
    else void result.next.then(painted);
  });
  return result;
}

/** The national file grown by `count` communities scattered over the contiguous US (same points every run). */
function grown(count: number): Promise<string> {
  const points = syntheticPoints(count);
  return nationalGrown('communities', count, (i, national) => ({
    id: `bench-community-${i}`,
    name: `Community ${i}`,
    kind: i % 5 === 4 ? 'state' : 'city',
    states: ['GA'],
    coordinates: points[i],
    cohorts: [national.cohorts[i % national.cohorts.length].id],
    sources: [national.sources[0].id],
  }));
}

/**
 * The time `test` first holds, checked whenever something under `root` changes: in the task that made the change,
 * as the baseline's own code knows when it has added its markers. (Polling in later tasks would come after the
 * next paint when the element's task is long, and the frame awaited then would charge the element one frame more.)
 */
function whenShown(root: Node, test: () => unknown): Promise<number> {
  return new Promise((resolve) => {
    if (test()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** The element from a never-fetched URL: append → list (data ready) → markers painted; then one pan/zoom step. */
async function elementRun(json: string) {
  const url = blobUrl(json);
  const el = document.createElement('siip-community-map') as SiipCommunityMap;
  el.src = url;
  const t0 = performance.now();
  stage.append(el);
  const root = el.shadowRoot!;
  const listShown = whenShown(root, () => root.querySelector('.list'));
  await whenShown(root, () => el.mapController && root.querySelector('.leaflet-marker-icon'));
  // Markers are in the page: from here, exactly what the baseline waits for after adding its own.
  const shown = afterPaint();
  const tMap = await shown.painted;
  const tNext = await shown.next;
  const tList = await listShown;
  const map = el.leafletMap!;
  const p0 = performance.now();
  map.setView([39.5, -95], map.getZoom() + 1, { animate: false });
  await nextPaint();
  const pan = performance.now() - p0;
  el.remove();
  URL.revokeObjectURL(url);
  return { total: tMap - t0, next: tNext - t0, data: tList - t0, map: tMap - tList, pan };
}

/**
 * The markers a page written with bare Leaflet would draw to look like the element's (one `L.marker` with an
 * `L.divIcon` per community, as Leaflet's docs show: its cohort's number on a coloured disc, its name as a title),
 * styled as the element's are (map-layer.styles.ts), without the element's shapes per kind.
 */
const NUMBERED_MARKER_CSS = `.bench-marker{box-sizing:border-box;border-radius:50%;background:#0b5cad;border:2px solid #fff;box-shadow:0 0 0 1px #1b1f24;color:#fff;font:700 12px/20px sans-serif;text-align:center}`;
const numberedStyle = document.createElement('style');
numberedStyle.textContent = NUMBERED_MARKER_CSS;
document.head.append(numberedStyle);

/**
 * Bare Leaflet from the same file: fetch, parse, a map with the same state outlines (same module, same polygons)
 * and a marker per located community: SVG circles, canvas ones for large files, or `numbered`: the element's kind
 * of marker (see NUMBERED_MARKER_CSS).
 */
async function leafletRun(json: string, markers: 'svg' | 'canvas' | 'numbered') {
  const url = blobUrl(json);
  const div = document.createElement('div');
  stage.append(div);
  const t0 = performance.now();
  const data = (await (await fetch(url)).json()) as Dataset;
  const located = data.communities.filter((c) => c.coordinates);
  const points = located.map((c) => c.coordinates!);
  const map = L.map(div, { zoomControl: false, attributionControl: false, fadeAnimation: false, zoomAnimation: false, preferCanvas: markers === 'canvas' });
  map.fitBounds(boundsOf(points)!, { padding: [24, 24], maxZoom: 7, animate: false });
  for (const rings of (await loadStateOutlines()).values()) L.polygon(rings, { interactive: false, smoothFactor: 0.5, weight: 1 }).addTo(map);
  if (markers === 'numbered') {
    const cohortNumbers = new Map(data.cohorts.map((cohort, index) => [cohort.id, String(index + 1)]));
    for (const c of located) {
      const icon = L.divIcon({ className: 'bench-marker', html: cohortNumbers.get(c.cohorts?.[0] ?? '') ?? '', iconSize: [24, 24] });
      L.marker([c.coordinates!.lat, c.coordinates!.lon], { icon, title: typeof c.name === 'string' ? c.name : c.name.en }).addTo(map);
    }
  } else {
    for (const p of points) L.circleMarker([p.lat, p.lon], { radius: 6 }).addTo(map);
  }
  const shown = afterPaint();
  const first = (await shown.painted) - t0;
  const next = (await shown.next) - t0;
  const p0 = performance.now();
  map.setView([39.5, -95], map.getZoom() + 1, { animate: false });
  await nextPaint();
  const pan = performance.now() - p0;
  map.remove();
  div.remove();
  URL.revokeObjectURL(url);
  return { first, next, pan };
}

/** The floor: project and draw the points on a canvas by hand. */
async function canvasRun(count: number) {
  const points = syntheticPoints(count);
  const t0 = performance.now();
  const canvas = document.createElement('canvas');
  canvas.width = 800;
  canvas.height = 500;
  stage.append(canvas);
  const ctx = canvas.getContext('2d')!;
  const [[south, west], [north, east]] = boundsOf(points)!;
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const sx = 800 / (east - west);
  const sy = 500 / (y(north) - y(south));
  ctx.fillStyle = '#0b5cad';
  ctx.beginPath();
  for (const p of points) {
    const px = (p.lon - west) * sx;
    const py = (y(north) - y(p.lat)) * sy;
    ctx.moveTo(px + 6, py);
    ctx.arc(px, py, 6, 0, Math.PI * 2);
  }
  ctx.fill();
  await nextPaint();
  const first = performance.now() - t0;
  canvas.remove();
  return { first };
}

type ElementRun = Awaited<ReturnType<typeof elementRun>>;
type LeafletRun = Awaited<ReturnType<typeof leafletRun>>;
type CanvasRun = Awaited<ReturnType<typeof canvasRun>>;

async function main() {
  // Warm up module evaluation, the outlines chunk and the JIT so the first case is not penalised.
  const warm = await grown(100);
  await elementRun(warm);
  await leafletRun(warm, 'svg');
  const rows: Array<Record<string, number | string>> = [];
  for (const count of SIZES) {
    const json = await grown(count);
    const renderer = count >= 10_000 ? 'canvas' : 'svg';
    const element: ElementRun[] = [];
    const leaflet: LeafletRun[] = [];
    const canvas: CanvasRun[] = [];
    for (let i = 0; i < runsFor(count); i++) {
      element.push(await elementRun(json));
      leaflet.push(await leafletRun(json, renderer));
      if (count === 10000) canvas.push(await canvasRun(count));
    }
    // The element against numbered markers, in a loop of its own so the figures above are taken as before; in turns,
    // the order rotating each round, since a thousand markers leave garbage that the next run pays for.
    const [elementAgain, numbered] = renderer === 'svg' ? ((await inTurns<ElementRun | LeafletRun>(runsFor(count), [() => elementRun(json), () => leafletRun(json, 'numbered')])) as [ElementRun[], LeafletRun[]]) : [[], []];
    const row: Record<string, number | string> = {
      case: `national file + ${count} communities`,
      baseline: `bare Leaflet, outlines + ${renderer} circle markers, incl. fetch`,
      elementTotalMs: round(median(element.map((r) => r.total))),
      elementDataMs: round(median(element.map((r) => r.data))),
      elementMapMs: round(median(element.map((r) => r.map))),
      leafletFirstMs: round(median(leaflet.map((r) => r.first))),
      firstRatio: ratio(median(element.map((r) => r.total)), median(leaflet.map((r) => r.first))),
      elementNextMs: round(median(element.map((r) => r.next))),
      leafletNextMs: round(median(leaflet.map((r) => r.next))),
      nextRatio: ratio(median(element.map((r) => r.next)), median(leaflet.map((r) => r.next))),
      elementPanMs: round(median(element.map((r) => r.pan))),
      leafletPanMs: round(median(leaflet.map((r) => r.pan))),
      panRatio: ratio(median(element.map((r) => r.pan)), median(leaflet.map((r) => r.pan))),
    };
    if (numbered.length) {
      row.numberedFirstMs = round(median(numbered.map((r) => r.first)));
      row.elementAgainMs = round(median(elementAgain.map((r) => r.total)));
      row.numberedRatio = ratio(median(elementAgain.map((r) => r.total)), median(numbered.map((r) => r.first)));
    }
    if (canvas.length) {
      row.canvasFirstMs = round(median(canvas.map((r) => r.first)));
      row.elementTotalVsCanvasRatio = ratio(median(element.map((r) => r.total)), median(canvas.map((r) => r.first)));
    }
    rows.push(row);
  }
  const result = {
    title: `siip-community-map: first markers incl. fetch, and pan/zoom, vs bare Leaflet (median of ${SIZES.map((count) => `${runsFor(count)} at ${count}`).join(', ')}, ms)`,
    rows,
    notes: 'firstRatio = element (append → markers painted, incl. fetch and validation) ÷ bare Leaflet (fetch → outlines and markers painted). Both at the paint that shows the markers (the first task after it). next* = the same up to the next ordinary task, behind post-paint work the page had queued (the map’s list rows off the first screen): what firstRatio was before. numberedRatio = the element ÷ bare Leaflet drawing the element’s kind of marker (L.marker + L.divIcon: the cohort’s number on a coloured disc, a title), at 100 and 1,000 communities. The hand-drawn canvas is the floor, without fetch.',
  };
  (window as unknown as { benchResult: unknown }).benchResult = result;
  document.getElementById('out')!.textContent = JSON.stringify(result, null, 2);
}

main().catch((error) => {
  (window as unknown as { benchResult: unknown }).benchResult = { title: 'siip-community-map', error: String(error), rows: [] };
  document.getElementById('out')!.textContent = String(error);
});
