/**
 * The drop-in's entry (`dist/siip-widgets.js`): registers every SIIP element, loading each element's code
 * only when its tag appears on the page, so a page with one roster does not download the calendar, the
 * pathway finder or the map. Chunks load relative to this module, so the folder works under any path.
 *
 * Tags are found in the document, including ones added later. A page that puts widgets inside its own shadow
 * roots can load them itself: `import { loadAll } from '.../siip-widgets.js'; await loadAll();`.
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

function discover(root: ParentNode): void {
  for (const tag of TAGS) {
    if (!requested.has(tag) && root.querySelector(tag)) loadElement(tag).catch(() => {});
  }
}

function watch(): void {
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (TAGS.includes(node.localName)) loadElement(node.localName).catch(() => {});
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
