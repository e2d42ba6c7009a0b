/**
 * No layout shift while the widgets load (issue 12): the drop-in reserves each widget's room before its code
 * arrives, the loading placeholder takes the same room, and the room is close to the widget's final height.
 * Its own page: every tag must still be undefined when the first test runs.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/entries/autoload.js';
import { BANDS, RESERVED_HEIGHTS } from '../src/entries/reserved-size.js';

const TAGS = Object.keys(RESERVED_HEIGHTS) as Array<keyof typeof RESERVED_HEIGHTS>;
/** A 300 px sidebar, a phone's column, a 620 px content column, a wide page (the bands of reserved-size.ts). */
const WIDTHS = [300, 380, 620, 1152];
const BASE = 16;

const boxes: HTMLElement[] = [];
function place(tag: string, width: number, attributes = ''): HTMLElement {
  const box = document.createElement('div');
  box.style.cssText = `width: ${width}px; font-size: ${BASE}px`;
  box.innerHTML = `<${tag} ${attributes}></${tag}>`;
  document.body.append(box);
  boxes.push(box);
  return box.firstElementChild as HTMLElement;
}
const height = (element: Element) => element.getBoundingClientRect().height;

/** The band's height for a widget `width` px wide, evaluated by the browser in a plain box (the oracle). */
function bandHeight(tag: keyof typeof RESERVED_HEIGHTS, width: number): number {
  const band = BANDS.findLastIndex((minWidth) => width >= minWidth * BASE);
  const value = RESERVED_HEIGHTS[tag][band];
  const probe = document.createElement('div');
  probe.style.cssText = `font-size: ${BASE}px; height: ${value}`;
  document.body.append(probe);
  const px = height(probe);
  probe.remove();
  return px;
}

describe('reserved room while the widgets load', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 1300, height: 900 }));
  afterEach(() => boxes.splice(0).forEach((box) => box.remove()));

  const undefinedHeights = new Map<string, number>();

  it('gives every widget its band’s height before its code is defined, from its own width', () => {
    for (const tag of TAGS) {
      expect(customElements.get(tag), `${tag} not defined yet`).to.equal(undefined);
      for (const width of WIDTHS) {
        const element = place(tag, width, 'src="/__siip/never"');
        const reserved = height(element);
        expect(reserved, `${tag} at ${width} px`).to.be.closeTo(bandHeight(tag, width), 1);
        expect(reserved, `${tag} at ${width} px: a real reservation`).to.be.above(600);
        undefinedHeights.set(`${tag} ${width}`, reserved);
      }
    }
    const overridden = place('siip-event-calendar', 620, 'src="/__siip/never" style="--siip-reserved-height: 10em"');
    expect(height(overridden), 'the page’s --siip-reserved-height').to.be.closeTo(10 * BASE, 1);
  });

  it('keeps exactly that height once defined, while the data loads', async () => {
    for (const tag of TAGS) {
      for (const width of WIDTHS) {
        const element = place(tag, width, 'src="/__siip/never"');
        await customElements.whenDefined(tag);
        await waitUntil(() => element.shadowRoot?.querySelector('[part=loading]'), `${tag} shows its loading placeholder`);
        expect(height(element), `${tag} at ${width} px`).to.be.closeTo(undefinedHeights.get(`${tag} ${width}`)!, 1);
      }
    }
  });

  it('lets the page set the loading placeholder’s room with --siip-reserved-height too', async () => {
    const style = document.createElement('style');
    style.textContent = 'siip-event-calendar { --siip-reserved-height: 10em; }';
    document.head.append(style);
    try {
      const element = place('siip-event-calendar', 620, 'src="/__siip/never"');
      await waitUntil(() => element.shadowRoot?.querySelector('[part=loading]'), 'loading placeholder');
      expect(height(element)).to.be.closeTo(10 * BASE, 1);
    } finally {
      style.remove();
    }
  });

  it('reserves close to the final height (within a quarter) on a phone and on a wide page', async () => {
    for (const tag of TAGS) {
      for (const width of [380, 1152]) {
        const attributes = tag === 'siip-pathway-finder' ? 'profession="registered-nurse" state="TX"' : '';
        const element = place(tag, width, attributes);
        await waitUntil(() => element.shadowRoot && !element.shadowRoot.querySelector('[part=loading]'), `${tag} ready`, { timeout: 15_000 });
        await new Promise((resolve) => setTimeout(resolve, 300));
        const ratio = height(element) / undefinedHeights.get(`${tag} ${width}`)!;
        expect(ratio, `${tag} at ${width} px: final ${Math.round(height(element))} px`).to.be.within(0.75, 1.25);
      }
    }
  });
});
