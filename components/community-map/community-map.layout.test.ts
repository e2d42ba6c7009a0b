/**
 * Issue 12 for the map: layout from the widget's own width, targets, text sizes and the page's root size.
 * Against the real dataset, in the columns partner pages give it.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import './community-map.js';
import type { SiipCommunityMap } from './community-map.component.js';

const $ = <T extends HTMLElement = HTMLElement>(el: SiipCommunityMap, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: SiipCommunityMap, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const shown = (element: HTMLElement | null) => !!element && element.getClientRects().length > 0;

async function inColumn(width: number, lang = 'en'): Promise<SiipCommunityMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><siip-community-map lang=${lang}></siip-community-map></div>`);
  const el = wrapper.querySelector('siip-community-map')!;
  await waitUntil(() => $(el, '.list__button'), 'list rendered', { timeout: 8000 });
  // The first render builds a screenful of rows; the rest follow once it is painted.
  await el.updateComplete;
  return el;
}

async function markersDrawn(el: SiipCommunityMap): Promise<void> {
  await waitUntil(() => $$(el, '.leaflet-marker-icon').length > 0, 'markers drawn', { timeout: 10000 });
  await aTimeout(100);
}

function expectNoOverflow(el: SiipCommunityMap): void {
  const base = $(el, '[part=base]')!;
  expect(el.scrollWidth, 'widget overflows').to.be.at.most(el.clientWidth);
  expect(base.scrollWidth, 'content overflows').to.be.at.most(base.clientWidth + 1);
  expect(document.documentElement.scrollWidth, 'page scrolls sideways').to.be.at.most(document.documentElement.clientWidth);
}

/** Font sizes of every element of the widget that shows text of its own. */
function textSizes(el: SiipCommunityMap): Array<{ size: number; text: string }> {
  return $$(el, '*')
    .filter((node) => shown(node) && [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()))
    .map((node) => ({ size: parseFloat(getComputedStyle(node).fontSize), text: node.textContent!.trim().slice(0, 30) }));
}

/** Buttons, selects, inputs, list links and markers smaller than 24 × 24 px. */
function smallTargets(el: SiipCommunityMap): string[] {
  return $$(el, 'button, select, input, li a, .leaflet-marker-icon')
    .filter(shown)
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width < 24 || box.height < 24;
    })
    .map((node) => `${node.className || node.tagName} ${Math.round(node.getBoundingClientRect().width)}×${Math.round(node.getBoundingClientRect().height)}`);
}

describe('<siip-community-map> in partner columns', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('puts the list beside the map in a 1280 px column', async () => {
    const el = await inColumn(1280);
    const map = $(el, '.map-frame')!.getBoundingClientRect();
    const list = $(el, '.list')!.getBoundingClientRect();
    expect(list.left).to.be.at.least(map.right);
    expect(list.top).to.be.below(map.bottom);
    expectNoOverflow(el);
  });

  for (const width of [620, 480]) {
    it(`shows the map above the list in a ${width} px column`, async () => {
      const el = await inColumn(width);
      expect(shown($(el, '.map-frame')), 'map shown').to.equal(true);
      expect(shown($(el, '.toggle')), 'no list/map switch').to.equal(false);
      const map = $(el, '.map-frame')!.getBoundingClientRect();
      expect(map.width).to.be.at.least(width - 2);
      expect(map.height).to.be.at.least(400);
      expect($(el, '.list')!.getBoundingClientRect().top).to.be.at.least(map.bottom);
      await markersDrawn(el);
      expectNoOverflow(el);
    });
  }

  for (const width of [390, 300]) {
    it(`shows the list first with a list/map switch in a ${width} px column`, async () => {
      const el = await inColumn(width);
      expect(shown($(el, '.toggle'))).to.equal(true);
      expect(shown($(el, '.map-frame'))).to.equal(false);
      expect(shown($(el, '.list'))).to.equal(true);
      expectNoOverflow(el);
    });
  }

  it('lists the first 12 communities under 60em and all on request, focus on the first new one', async () => {
    const el = await inColumn(390);
    const visible = () => $$(el, '.list__button').filter(shown);
    expect(visible()).to.have.length(12);
    const all = $(el, '.list__all')!;
    expect(all.textContent!.trim()).to.equal('Show all communities (44)');
    all.click();
    await waitUntil(() => visible().length === 44, 'every row shown');
    expect(el.shadowRoot!.activeElement).to.equal(visible()[12]);
  });

  it('builds a screenful of rows with its first render, the rest once that is painted, counts whole from the start', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 390px"></div>`);
    const el = document.createElement('siip-community-map') as SiipCommunityMap;
    wrapper.append(el);
    // Read in the microtask after the rows first reach the shadow root, before any later task can add more.
    const first = await new Promise<{ rows: number; all: string }>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!$(el, '.list__button')) return;
        observer.disconnect();
        resolve({ rows: $$(el, '.list__button').length, all: $(el, '.list__all')!.textContent!.trim() });
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    expect(first).to.deep.equal({ rows: 12, all: 'Show all communities (44)' });
    await el.updateComplete;
    expect($$(el, '.list__button')).to.have.length(44);
  });

  it('lists every community beside the map, with no "Show all"', async () => {
    const el = await inColumn(1280);
    expect($$(el, '.list__button').filter(shown)).to.have.length(44);
    expect(shown($(el, '.list__all'))).to.equal(false);
  });

  it('shows the contiguous states large enough in a 720 px column, markers not hidden under bubbles', async () => {
    const el = await inColumn(720);
    await markersDrawn(el);
    expect(el.leafletMap!.getZoom(), 'the 48 states fill the width').to.be.at.least(4);
    const boxes = $$(el, '.leaflet-marker-icon').map((icon) => icon.getBoundingClientRect());
    const covered: number[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0 && h > 0) covered.push((w * h) / Math.min(a.width * a.height, b.width * b.height));
      }),
    );
    expect(Math.max(0, ...covered), 'largest share of a marker covered').to.be.below(0.25);
    expect($$(el, '.siip-marker').length, 'most markers stand alone').to.be.at.least(12);
  });

  it('makes markers and every control at least 24 px', async () => {
    const el = await inColumn(1280);
    await markersDrawn(el);
    const marker = $(el, '.siip-marker')!.getBoundingClientRect();
    expect(marker.width).to.be.at.least(24);
    expect(marker.height).to.be.at.least(24);
    el.selected = 'texas';
    await el.updateComplete;
    expect(smallTargets(el)).to.deep.equal([]);
  });

  for (const [name, rule] of [
    ['62.5 % root', 'html { font-size: 62.5% }'],
    ['20 px root', 'html { font-size: 20px }'],
  ] as const) {
    it(`stays readable and fits a 300 px sidebar and a 620 px column with a ${name}`, async () => {
      const style = document.createElement('style');
      style.textContent = rule;
      document.head.append(style);
      try {
        const column = await inColumn(620);
        await markersDrawn(column);
        column.selected = 'denver-co';
        await column.updateComplete;
        expect(textSizes(column).filter((t) => t.size < 12)).to.deep.equal([]);
        expect(smallTargets(column)).to.deep.equal([]);
        expect($(column, '.map-frame')!.getBoundingClientRect().height, 'the map keeps its height').to.be.at.least(380);
        expectNoOverflow(column);
        const sidebar = await inColumn(300);
        expect(textSizes(sidebar).filter((t) => t.size < 12)).to.deep.equal([]);
        expectNoOverflow(sidebar);
      } finally {
        style.remove();
      }
    });
  }

  for (const lang of ['es', 'ar']) {
    it(`reflows at 320 px in ${lang} without sideways scrolling`, async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div><siip-community-map lang=${lang} selected="boise-twin-falls-salt-lake-city"></siip-community-map></div>`);
        const el = wrapper.querySelector('siip-community-map')!;
        await waitUntil(() => $(el, '.details'), 'details');
        expectNoOverflow(el);
        $$(el, '.toggle button')[1].click();
        await markersDrawn(el);
        expectNoOverflow(el);
      } finally {
        await setViewport({ width: 1400, height: 900 });
      }
    });
  }
});
