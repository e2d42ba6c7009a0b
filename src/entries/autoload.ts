/**
 * The drop-in's entry (`dist/siip-widgets.js`): registers every SIIP element, loading each element's code
 * only when its tag appears on the page, so a page with one roster does not download the calendar, the
 * pathway finder or the map. Chunks load relative to this module, so the folder works under any path.
 *
 * Tags are found in the document, including ones added later. A page that puts widgets inside its own shadow
 * roots can load them itself: `import { loadAll } from '.../siip-widgets.js'; await loadAll();`.
 *
 * Like a lazy image, a widget far below the reader's screen waits: its code loads when it comes within a screen
 * of the viewport or, once the page has loaded, when the browser is idle (one widget per idle moment, so a page
 * with four widgets never renders them all in one go, and a page printed after it settled has them all) —
 * whichever is first. On a phone the widgets on the first screen have the main thread first. `loadElement()` and
 * `loadAll()` load at once.
 *
 * Before anything else it reserves each widget's room in the page (src/entries/reserved-size.ts), so the page
 * does not jump when the code and the data arrive.
 */
import { WIDGETS, widgetOf } from './widgets.js';
import { reservedSizeSheet } from './reserved-size.js';

const TAGS = WIDGETS.map((widget) => widget.tag as string);
const requested = new Map<string, Promise<void>>();

/** Loads and registers one element (once); resolves when its tag is defined. */
export function loadElement(tag: string): Promise<void> {
  let pending = requested.get(tag);
  if (!pending) {
    const load = widgetOf(tag)?.load;
    if (!load) return Promise.reject(new Error(`siip-widgets: unknown element <${tag}>`));
    pending = load().then(
      () => customElements.whenDefined(tag).then(() => undefined),
      (error: unknown) => {
        requested.delete(tag);
        console.error(`siip-widgets: could not load <${tag}> (check that the files beside siip-widgets.js are reachable).`, error);
        throw error;
      },
    );
    requested.set(tag, pending);
  }
  return pending;
}

/** Loads every element, for pages that create widgets where the page scan cannot see them. */
export function loadAll(): Promise<void[]> {
  return Promise.all(TAGS.map(loadElement));
}

/** Elements of tags not requested yet, watched until they come within a screen of the viewport. */
const waiting = new Set<Element>();
let nearViewport: IntersectionObserver | undefined;
let idleLoading = false;

/** Stops watching the tag's waiting elements and loads it; a failure is logged by loadElement, not thrown here. */
function request(tag: string): Promise<void> {
  for (const element of waiting) {
    if (element.localName !== tag) continue;
    waiting.delete(element);
    nearViewport?.unobserve(element);
  }
  const loaded = loadElement(tag);
  loaded.catch(() => {});
  return loaded;
}

function wait(element: Element): void {
  if (requested.has(element.localName) || waiting.has(element)) return;
  // Browsers without IntersectionObserver load every widget at once, as before.
  if (!nearViewport) {
    request(element.localName);
    return;
  }
  waiting.add(element);
  nearViewport.observe(element);
  loadWhenIdle();
}

/** One waiting widget per idle moment, in page order, from the page's load on; stops when none is left. */
function loadWhenIdle(): void {
  if (idleLoading) return;
  idleLoading = true;
  // Safari has no requestIdleCallback.
  const idle = (callback: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(callback) : setTimeout(callback));
  const next = () =>
    idle(() => {
      const tag = document.querySelector(TAGS.filter((name) => !requested.has(name)).join(', ') || ':not(*)')?.localName;
      // After a failed load too, the next one waits for the reader to come near.
      (tag ? request(tag) : Promise.reject()).then(next, () => (idleLoading = false));
    });
  if (document.readyState === 'complete') next();
  else window.addEventListener('load', next, { once: true });
}

function discover(root: ParentNode): void {
  for (const tag of TAGS) {
    if (requested.has(tag)) continue;
    for (const element of root.querySelectorAll(tag)) wait(element);
  }
}

function watch(): void {
  if (typeof IntersectionObserver === 'function') {
    nearViewport = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting && waiting.has(entry.target)) request(entry.target.localName);
      },
      // Within one screen above or below.
      { rootMargin: '100% 0px' },
    );
  }
  // Printed before the page settled: those still waiting load now, for the print that follows (a print preview
  // taken at once shows their reserved room).
  window.addEventListener('beforeprint', () => new Set([...waiting].map((element) => element.localName)).forEach(request));
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (TAGS.includes(node.localName)) wait(node);
        if (node.firstElementChild) discover(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

/** Set on the document once the sizes are reserved, so a second copy of the bundle does not add them again. */
const RESERVED = Symbol.for('siip-widgets.reserved-sizes');

/**
 * Adopts the reserved-size sheet into the document, once. A constructed sheet rather than a <style>: a page
 * whose Content-Security-Policy forbids inline styles accepts it, as it accepts the widgets' own styles.
 */
function reserveSpace(doc: Document & { [RESERVED]?: true }): void {
  if (doc[RESERVED]) return;
  doc[RESERVED] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(reservedSizeSheet());
  // First, so a sheet the page adopts itself comes later; the rules have zero specificity anyway.
  doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
}

if (typeof document !== 'undefined') {
  reserveSpace(document);
  watch();
}
