/**
 * The checks of the partner-pages suite (issue 12). Each page in pages/ is a partner site built with one
 * framework's real CSS, holding every widget twice: in a 620 px content column and in a 300 px sidebar
 * (`[data-column]`). The page opens in a same-origin iframe whose size is the viewport (390 × 844, 1280 × 900),
 * in English and Arabic, and the test collects every problem it sees before failing, so one run lists them all:
 *
 * - a widget, or anything drawn inside it, reaches past its column;
 * - the page scrolls sideways, or something inside a widget does;
 * - text (in the shadow DOM too, pseudo-elements included) computes under 12 px;
 * - a target (link, button, field, summary, tab, map marker) is under 24 × 24 px, outside the WCAG 2.5.8
 *   exceptions for links inside a sentence and a control whose label makes the target;
 * - the map in the 620 px column at 1280 px does not show the map (the list-first phone layout).
 *
 * First as the page opens, then with what a visitor opens (a selected community, pathway steps, the calendar's
 * list).
 *
 * With SIIP_PARTNER_SHOTS=<folder> set for the test runner, each state is also saved as a PNG there.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';

export const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;
export const LANGUAGES = ['en', 'ar'] as const;
const TAGS = ['siip-community-map', 'siip-pathway-finder', 'siip-event-calendar', 'siip-cohort-roster'];
const INTERACTIVE = [
  'a[href]',
  'button',
  'input:not([type=hidden])',
  'select',
  'textarea',
  'summary',
  '[role=button]',
  '[role=tab]',
  '[role=link]',
  '[role=checkbox]',
  '[role=radio]',
  '[tabindex]:not([tabindex="-1"])',
  '.leaflet-marker-icon',
].join(', ');
const MIN_TEXT = 12;
const MIN_TARGET = 24;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const round = (n: number) => Math.round(n * 10) / 10;
const intersect = (a: Box, b: Box): Box => ({
  left: Math.max(a.left, b.left),
  right: Math.min(a.right, b.right),
  top: Math.max(a.top, b.top),
  bottom: Math.min(a.bottom, b.bottom),
});
const everywhere: Box = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity };

/** Every element of a widget, through its shadow root, each with the box its clipping ancestors leave visible. */
function* elementsOf(root: Element | ShadowRoot, clip: Box): Generator<{ element: Element; clip: Box }> {
  for (const element of root.children) {
    yield { element, clip };
    const style = getComputedStyle(element);
    let inner = clip;
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.clipPath !== 'none' || style.contain.includes('paint')) {
      inner = intersect(clip, element.getBoundingClientRect());
    }
    if (element.shadowRoot) yield* elementsOf(element.shadowRoot, inner);
    yield* elementsOf(element, inner);
  }
}

/** Drawn at all: has boxes, not visibility:hidden, not a 1 px visually-hidden text, not clipped away entirely. */
function drawn(element: Element, clip: Box): boolean {
  if (element.getClientRects().length === 0) return false;
  const box = element.getBoundingClientRect();
  if (box.width <= 1 || box.height <= 1) return false;
  if (getComputedStyle(element).visibility !== 'visible') return false;
  const seen = intersect(box, clip);
  return seen.right - seen.left > 1 && seen.bottom - seen.top > 1;
}

function name(element: Element): string {
  const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  const cls = element.getAttribute('class')?.split(/\s+/).slice(0, 2).join('.') ?? '';
  return `<${element.localName}${cls ? `.${cls}` : ''}> "${text}"`;
}

const ownText = (element: Element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
const pseudoText = (element: Element, pseudo: '::before' | '::after') => {
  const content = getComputedStyle(element, pseudo).content;
  return /^["'].*\S.*["']$/.test(content);
};

/** A link inside running text (WCAG 2.5.8's inline exception): displayed inline beside text of its block. */
function inSentence(element: Element): boolean {
  if (element.localName !== 'a' || getComputedStyle(element).display !== 'inline') return false;
  const block = element.parentElement;
  return !!block && (block.textContent ?? '').trim().length > (element.textContent ?? '').trim().length + 2;
}

/** A control whose own box is small but whose label (the same target) is 24 × 24 px or more. */
function labelledLargeEnough(element: Element): boolean {
  const label = element.closest('label') ?? (element.id ? (element.getRootNode() as ShadowRoot | Document).querySelector(`label[for="${element.id}"]`) : null);
  if (!label) return false;
  const box = label.getBoundingClientRect();
  return box.width >= MIN_TARGET && box.height >= MIN_TARGET;
}

/** Problems of one widget in its column. */
function widgetProblems(host: HTMLElement, column: Box): string[] {
  const problems: string[] = [];
  const where = `${host.id}`;
  const hostBox = host.getBoundingClientRect();
  if (hostBox.left < column.left - 1 || hostBox.right > column.right + 1) {
    problems.push(`${where}: the widget (${round(hostBox.left)}–${round(hostBox.right)}) is outside its column (${round(column.left)}–${round(column.right)})`);
  }
  if (!host.shadowRoot) return [...problems, `${where}: not rendered`];
  let overflowing = 0;
  const smallText = new Map<string, number>();
  const smallTargets = new Map<string, string>();
  for (const { element, clip } of elementsOf(host.shadowRoot, everywhere)) {
    if (!drawn(element, clip)) continue;
    const style = getComputedStyle(element);
    const box = intersect(element.getBoundingClientRect(), clip);
    if ((box.left < column.left - 1 || box.right > column.right + 1) && overflowing++ < 3) {
      problems.push(`${where}: ${name(element)} reaches past the column (${round(box.left)}–${round(box.right)} vs ${round(column.left)}–${round(column.right)})`);
    }
    if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`${where}: ${name(element)} scrolls sideways inside (${element.scrollWidth} > ${element.clientWidth})`);
    }
    for (const [hasText, size] of [
      [ownText(element), style.fontSize],
      [pseudoText(element, '::before'), getComputedStyle(element, '::before').fontSize],
      [pseudoText(element, '::after'), getComputedStyle(element, '::after').fontSize],
    ] as const) {
      if (hasText && parseFloat(size) < MIN_TEXT - 0.05) smallText.set(name(element), parseFloat(size));
    }
    if (element.matches(INTERACTIVE) && !inSentence(element)) {
      const own = element.getBoundingClientRect();
      if ((own.width < MIN_TARGET - 0.05 || own.height < MIN_TARGET - 0.05) && !labelledLargeEnough(element)) {
        smallTargets.set(name(element), `${round(own.width)}×${round(own.height)}`);
      }
    }
  }
  for (const [what, size] of smallText) problems.push(`${where}: text ${size}px in ${what}`);
  for (const [what, size] of smallTargets) problems.push(`${where}: target ${size} px: ${what}`);
  return problems;
}

/** Opens a partner page in an iframe the size of the viewport and waits until every widget has drawn. */
export async function openPartnerPage(page: string, lang: string): Promise<HTMLIFrameElement> {
  await setViewport({ width: 1300, height: 950 });
  document.body.style.margin = '0';
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: absolute; inset-block-start: 0; inset-inline-start: 0; border: 0; width: 1280px; height: 900px;';
  frame.src = `/tests/partner-pages/pages/${page}.html?lang=${lang}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  await waitForWidgets(frame);
  return frame;
}

const doc = (frame: HTMLIFrameElement) => frame.contentDocument!;
const hosts = (frame: HTMLIFrameElement) => [...doc(frame).querySelectorAll<HTMLElement>(TAGS.join(', '))];
const frames = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

async function waitForWidgets(frame: HTMLIFrameElement): Promise<void> {
  const start = performance.now();
  const ready = () =>
    hosts(frame).every((host) => {
      const root = host.shadowRoot;
      if (!root || !root.childElementCount || root.querySelector('[part=loading]')) return false;
      const map = root.querySelector('.map-frame');
      // A map that shows its map has drawn its markers.
      return !map || map.getClientRects().length === 0 || !!root.querySelector('.leaflet-marker-icon');
    });
  while (!ready()) {
    if (performance.now() - start > 30_000) throw new Error(`widgets not ready: ${hosts(frame).map((h) => `${h.id}:${!!h.shadowRoot}`).join(' ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await frames(frame.contentWindow!);
}

/** Resizes the iframe (the viewport) and lets the widgets and Leaflet settle. */
export async function setFrameViewport(frame: HTMLIFrameElement, viewport: { width: number; height: number }): Promise<void> {
  frame.style.width = `${viewport.width}px`;
  frame.style.height = `${viewport.height}px`;
  await frames(frame.contentWindow!);
  await waitForWidgets(frame);
  await new Promise((resolve) => setTimeout(resolve, 150));
  await frames(frame.contentWindow!);
}

/** Every problem on the page as it is drawn now. */
export function pageProblems(frame: HTMLIFrameElement, label: string, { columnWidths = true } = {}): string[] {
  const document = doc(frame);
  const viewportWidth = frame.clientWidth;
  const problems: string[] = [];
  const scroller = document.scrollingElement!;
  if (scroller.scrollWidth > scroller.clientWidth) problems.push(`the page scrolls sideways (${scroller.scrollWidth} > ${scroller.clientWidth})`);
  for (const column of document.querySelectorAll<HTMLElement>('[data-column]')) {
    const style = getComputedStyle(column);
    const outer = column.getBoundingClientRect();
    const box = {
      left: outer.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
      right: outer.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight),
      top: outer.top,
      bottom: outer.bottom,
    };
    // The page is what it claims: at 1280 px its columns are 620 and 300 px wide.
    const expected = column.dataset.column === 'content' ? 620 : 300;
    if (columnWidths && viewportWidth >= 1280 && Math.abs(box.right - box.left - expected) > 1) {
      problems.push(`test page: the ${column.dataset.column} column is ${round(box.right - box.left)} px, not ${expected}`);
    }
    for (const host of column.querySelectorAll<HTMLElement>(TAGS.join(', '))) problems.push(...widgetProblems(host, box));
  }
  if (viewportWidth >= 1280) {
    const map = document.querySelector<HTMLElement>('[data-column=content] siip-community-map')!;
    const frameBox = map.shadowRoot?.querySelector('.map-frame')?.getBoundingClientRect();
    if (!frameBox || frameBox.width < 600 || frameBox.height < 300) {
      problems.push(`content-map: the map is not shown in the 620 px column (${frameBox ? `${round(frameBox.width)}×${round(frameBox.height)}` : 'no map'})`);
    }
  }
  return problems.map((problem) => `${label}: ${problem}`);
}

/** Saves the whole page as drawn now (when SIIP_PARTNER_SHOTS is set), then puts the viewport back. */
export async function screenshot(frame: HTMLIFrameElement, file: string): Promise<void> {
  const viewportHeight = frame.clientHeight;
  const height = Math.min(doc(frame).scrollingElement!.scrollHeight, 16_000);
  frame.style.height = `${height}px`;
  await frames(frame.contentWindow!);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await executeServerCommand('partner-screenshot', { name: file, clip: { x: 0, y: 0, width: frame.clientWidth, height } });
  frame.style.height = `${viewportHeight}px`;
  await frames(frame.contentWindow!);
}

/**
 * What a visitor opens: a community with a long name selected in the map and the roster (their details
 * panels), the first two steps of the pathway opened in place, the calendar's list view.
 */
export async function openDetails(frame: HTMLIFrameElement): Promise<void> {
  for (const host of hosts(frame)) {
    if (host.localName === 'siip-community-map' || host.localName === 'siip-cohort-roster') host.setAttribute('selected', 'boise-twin-falls-salt-lake-city');
    if (host.localName === 'siip-event-calendar') host.setAttribute('view', 'list');
    if (host.localName === 'siip-pathway-finder') {
      for (const toggle of [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('.step__toggle[aria-expanded=false]')].slice(0, 2)) toggle.click();
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  await waitForWidgets(frame);
}

/**
 * Switches the page's language as a translated page (or the demo's language menu) does: <html lang dir>, and a
 * framework's right-to-left stylesheet where it has one. The widgets follow the page's lang.
 */
export async function setLanguage(frame: HTMLIFrameElement, lang: string): Promise<void> {
  const document = doc(frame);
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const swaps = [...document.querySelectorAll<HTMLLinkElement>('link[data-rtl-href]')].map((link) => {
    link.dataset.ltrHref ??= link.getAttribute('href')!;
    const href = lang === 'ar' ? link.dataset.rtlHref! : link.dataset.ltrHref;
    if (link.getAttribute('href') === href) return undefined;
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    link.href = href;
    return loaded;
  });
  await Promise.all(swaps);
  const start = performance.now();
  const speaking = () => hosts(frame).every((host) => host.shadowRoot?.querySelector('[part=base]')?.getAttribute('lang') === lang);
  while (!speaking()) {
    if (performance.now() - start > 10_000) throw new Error(`widgets did not switch to ${lang}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await waitForWidgets(frame);
}

/**
 * The suite for one page: one load, then both languages and both viewports, as the page opens and with
 * details open (en → ar as loaded, ar with details opened, back to en with them still open).
 */
export function describePartnerPage(page: string, title: string): void {
  describe(`partner page: ${title}`, function () {
    this.timeout(120_000);
    let frame: HTMLIFrameElement | undefined;
    after(() => frame?.remove());

    it('every widget fits its 620 px column and 300 px sidebar at 1280 and 390 px, in en and ar, details open or not, readable, with 24 px targets', async () => {
      frame = await openPartnerPage(page, 'en');
      const problems: string[] = [];
      const check = async (lang: string, state: string, shots: boolean) => {
        await setLanguage(frame!, lang);
        for (const viewport of VIEWPORTS) {
          await setFrameViewport(frame!, viewport);
          problems.push(...pageProblems(frame!, `${viewport.width} px ${lang}${state}`));
          if (shots) await screenshot(frame!, `${page}-${viewport.width}-${lang}.png`);
        }
      };
      await check('en', '', true);
      await check('ar', '', true);
      await openDetails(frame);
      await check('ar', ', details open', false);
      await check('en', ', details open', false);
      expect(problems).to.deep.equal([]);
    });
  });
}
