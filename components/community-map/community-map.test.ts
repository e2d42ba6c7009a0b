import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './community-map.js';
import type { SiipCommunityMap } from './community-map.component.js';

const BASIC = new URL('../../data/fixtures/community-map-basic.json', import.meta.url).href;
const HOSTILE = new URL('../../data/fixtures/hostile.json', import.meta.url).href;

const leafletRequested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('leaflet-src.esm'));

/** Page object: what a test needs to read from the element. */
class MapObject {
  constructor(readonly el: SiipCommunityMap) {}
  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  $<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }
  $$(selector: string): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>(selector)];
  }
  listIds(): string[] {
    return this.$$('.list__button').map((b) => b.dataset.communityId!);
  }
  listButton(id: string): HTMLElement {
    return this.$$('.list__button').find((b) => b.dataset.communityId === id)!;
  }
  markers(): HTMLElement[] {
    return this.$$('.leaflet-marker-icon');
  }
  marker(id: string): HTMLElement | undefined {
    return this.markers().find((m) => m.dataset.communityId === id);
  }
  async ready(): Promise<void> {
    await waitUntil(() => this.$('.list') !== null, 'list rendered', { timeout: 5000 });
  }
  async mapReady(): Promise<void> {
    await this.ready();
    await waitUntil(() => this.el.mapController && this.markers().length > 0, 'markers drawn', { timeout: 8000 });
  }
}

async function mount(template = html`<siip-community-map src=${BASIC}></siip-community-map>`) {
  const el = await fixture<SiipCommunityMap>(template);
  return new MapObject(el);
}

describe('<siip-community-map>', () => {
  before(async () => {
    await setViewport({ width: 1000, height: 800 });
  });

  it('does not download Leaflet until a map is on the page', () => {
    // The element module is imported at the top of this file; only a connected map may pull Leaflet in.
    expect(customElements.get('siip-community-map')).to.exist;
    expect(leafletRequested()).to.equal(false);
  });

  // Before any other map on this page has loaded Leaflet.
  it('shows its list first on a phone and downloads Leaflet only when the reader asks for the map', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"><siip-community-map src=${BASIC}></siip-community-map></div>`);
    const page = new MapObject(wrapper.querySelector('siip-community-map')!);
    await page.ready();
    // Long enough for a download started at connect or with the list to show among the page's requests.
    await aTimeout(1000);
    expect(leafletRequested(), 'Leaflet downloaded for a map nobody opened').to.equal(false);
    page.$$('.toggle button')[1].click();
    await waitUntil(() => page.markers().length > 0, 'map drawn once asked for', { timeout: 8000 });
    expect(leafletRequested()).to.equal(true);
  });

  it('renders the list of communities without waiting for Leaflet', async () => {
    const page = await mount();
    await page.ready();
    expect(page.listIds()).to.deep.equal(['atlanta-ga', 'buffalo-ny', 'miami-valley-oh', 'nevada', 'seattle-wa']);
  });

  it('draws one marker per plotted point, regions as their places', async () => {
    const page = await mount();
    await page.mapReady();
    page.el.leafletMap!.setView([39.85, -84], 10, { animate: false });
    await waitUntil(() => page.markers().filter((m) => m.dataset.communityId === 'miami-valley-oh').length === 2, 'two region places');
    page.el.leafletMap!.setView([40, -100], 4, { animate: false });
    await aTimeout(50);
    const ids = page.markers().map((m) => m.dataset.communityId ?? 'cluster');
    const clustered = page.$$('.siip-cluster').reduce((sum, c) => sum + Number(c.textContent), 0);
    expect(ids.filter((id) => id !== 'cluster').length + clustered).to.equal(5);
    expect(page.marker('buffalo-ny'), 'no coordinates, no marker').to.equal(undefined);
  });

  it('places markers with a 2D translate, so they are not each a compositing layer of their own', async () => {
    const page = await mount();
    await page.mapReady();
    expect(page.markers()).to.not.be.empty;
    for (const marker of page.markers()) expect(marker.style.transform).to.match(/^translate\(-?[\d.]+px, ?-?[\d.]+px\)$/);
  });

  it('names markers like "Atlanta, GA — 2020 cohort" for pointer users, and leaves them out of the Tab order', async () => {
    const page = await mount();
    await page.mapReady();
    const marker = page.marker('atlanta-ga')!;
    expect(marker.title).to.equal('Atlanta, GA — 2020 cohort');
    // The list carries the same communities to the keyboard and to screen readers.
    expect(marker.getAttribute('aria-hidden')).to.equal('true');
    expect(marker.hasAttribute('tabindex')).to.equal(false);
    expect(marker.tabIndex).to.equal(-1);
  });

  it('names clusters by their size for pointer users, outside the Tab order', async () => {
    const page = await mount();
    await page.mapReady();
    page.el.leafletMap!.setView([39.85, -84], 3, { animate: false });
    await waitUntil(() => page.$('.siip-cluster'), 'a cluster');
    const cluster = page.$('.siip-cluster')!;
    expect(cluster.title).to.equal('2 communities');
    expect(cluster.tabIndex).to.equal(-1);
  });

  it('outlines a state community in its cohort colour', async () => {
    const page = await mount();
    await page.mapReady();
    await waitUntil(() => page.$('path.siip-area'), 'state outlined');
    expect(page.$$('path.siip-area')).to.have.length(1);
    expect(page.$('path.siip-area')!.classList.contains('siip-color-2')).to.equal(true);
  });

  it('outlines a state once for its communities of one colour, and again in another colour', async () => {
    // The basic fixture, with a second Nevada community in Nevada's cohort and a third in another cohort.
    const data = await (await fetch(BASIC)).json();
    const nevada = data.communities.find((c: { id: string }) => c.id === 'nevada');
    data.communities.push({ ...nevada, id: 'nevada-again', name: 'Nevada again' }, { ...nevada, id: 'nevada-2020', name: 'Nevada 2020', cohorts: ['siip-2020'] });
    const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
    const page = await mount(html`<siip-community-map src=${url}></siip-community-map>`);
    await page.mapReady();
    await waitUntil(() => page.$('path.siip-area'), 'state outlined');
    const colours = page.$$('path.siip-area').map((path) => [...path.classList].find((name) => name.startsWith('siip-color-')));
    expect(colours).to.have.length(2);
    expect(new Set(colours).size).to.equal(2);
    URL.revokeObjectURL(url);
  });

  it('draws the offline basemap of US states', async () => {
    const page = await mount();
    await page.mapReady();
    await waitUntil(() => page.$('path.siip-basemap'), 'basemap drawn');
    const basemap = page.$('path.siip-basemap')!;
    expect(basemap).to.exist;
    expect(basemap.getAttribute('d')!.length).to.be.greaterThan(1000);
  });

  it('says which communities are listed but not on the map', async () => {
    const page = await mount();
    await page.ready();
    expect(page.$('.list__note')!.textContent).to.contain('1 of these communities is listed but not on the map: its location is not known.');
    const buffalo = page.$$('.list__button').find((b) => b.dataset.communityId === 'buffalo-ny')!;
    expect(buffalo.textContent).to.contain('not on the map');
  });

  it('filters by the cohort attribute, in list and map', async () => {
    const page = await mount(html`<siip-community-map src=${BASIC} cohort="siip-2021"></siip-community-map>`);
    await page.mapReady();
    expect(page.listIds()).to.deep.equal(['miami-valley-oh', 'seattle-wa']);
    expect(page.marker('atlanta-ga')).to.equal(undefined);
  });

  it('filters by the kind attribute', async () => {
    const page = await mount(html`<siip-community-map src=${BASIC} kind="state"></siip-community-map>`);
    await page.ready();
    expect(page.listIds()).to.deep.equal(['nevada']);
  });

  it('filters by program from the select', async () => {
    const page = await mount();
    await page.ready();
    const select = page.$$('select')[0] as HTMLSelectElement;
    select.value = 'demonstration';
    select.dispatchEvent(new Event('change'));
    await page.el.updateComplete;
    expect(page.el.program).to.equal('demonstration');
    expect(page.listIds()).to.deep.equal(['nevada', 'seattle-wa']);
  });

  it('searches as the visitor types', async () => {
    const page = await mount();
    await page.ready();
    const input = page.$('input[type=search]') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'dayton' });
    await page.el.updateComplete;
    expect(page.el.query).to.equal('dayton');
    expect(page.listIds()).to.deep.equal(['miami-valley-oh']);
    expect(page.$('.count')!.textContent).to.contain('1 of 5 communities match');
  });

  it('fires siip-community-select and opens details when a list item is chosen', async () => {
    const page = await mount();
    await page.ready();
    const button = page.$$('.list__button').find((b) => b.dataset.communityId === 'atlanta-ga')!;
    setTimeout(() => button.click());
    const event = await oneEvent(page.el, 'siip-community-select');
    expect(event.detail).to.deep.equal({ communityId: 'atlanta-ga' });
    expect(event.composed && event.bubbles).to.equal(true);
    await page.el.updateComplete;
    expect(page.el.selected).to.equal('atlanta-ga');
    const details = page.$('.details')!;
    expect(details.textContent).to.contain('Welcoming Atlanta');
    expect(details.textContent).to.contain('Atlanta Partner Org');
    expect(details.textContent).to.contain('Career pathways');
    expect(details.querySelector('a[href="https://example.org/a"]')!.textContent).to.equal('Fixture source A');
  });

  it('centres the map on the community chosen in the list', async () => {
    const page = await mount();
    await page.mapReady();
    page.$$('.list__button').find((b) => b.dataset.communityId === 'seattle-wa')!.click();
    await waitUntil(() => page.el.leafletMap!.getCenter().distanceTo([47.6062, -122.3321]) < 1000, 'centred on Seattle', { timeout: 3000 });
  });

  it('selects from the map: a marker click fires the event and marks the list item', async () => {
    const page = await mount();
    await page.mapReady();
    setTimeout(() => page.marker('atlanta-ga')!.click());
    const event = await oneEvent(page.el, 'siip-community-select');
    expect(event.detail.communityId).to.equal('atlanta-ga');
    await page.el.updateComplete;
    expect(page.$('.list__item.is-selected button')!.dataset.communityId).to.equal('atlanta-ga');
    expect(page.marker('atlanta-ga')!.classList.contains('is-selected')).to.equal(true);
  });

  it('opens and centres the community given in the selected attribute', async () => {
    const page = await mount(html`<siip-community-map src=${BASIC} selected="nevada"></siip-community-map>`);
    await page.mapReady();
    expect(page.$('.details__heading')!.textContent).to.contain('Nevada');
    // A state's marker stands at the centre of its outline (not its capital).
    await waitUntil(() => {
      const { lat, lng } = page.el.leafletMap!.getCenter();
      return lat > 37 && lat < 41 && lng > -119.5 && lng < -115;
    }, 'centred on Nevada', { timeout: 3000 });
  });

  it('opens details with Enter on a list item and returns focus to it on Escape', async () => {
    const page = await mount();
    await page.mapReady();
    page.listButton('atlanta-ga').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => page.el.selected === 'atlanta-ga', 'selected by Enter');
    await page.el.updateComplete;
    expect(page.root.activeElement).to.equal(page.$('.details__heading'));
    await sendKeys({ press: 'Escape' });
    await page.el.updateComplete;
    await aTimeout(0);
    expect(page.el.selected).to.equal('');
    expect(page.$('.details')).to.equal(null);
    expect(page.root.activeElement).to.equal(page.listButton('atlanta-ga'));
  });

  it('returns focus to the list item of a marker that was clicked, when its details close', async () => {
    const page = await mount();
    await page.mapReady();
    page.marker('seattle-wa')!.click();
    await waitUntil(() => page.el.selected === 'seattle-wa', 'selected by click');
    await page.el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await page.el.updateComplete;
    await aTimeout(0);
    expect(page.root.activeElement).to.equal(page.listButton('seattle-wa'));
  });

  it('makes the list one Tab stop that arrow keys, Home and End move through', async () => {
    const page = await mount();
    await page.mapReady();
    const stops = () => page.$$('.list__button').filter((b) => b.tabIndex === 0);
    expect(stops().map((b) => b.dataset.communityId)).to.deep.equal(['atlanta-ga']);
    page.listButton('atlanta-ga').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(page.root.activeElement).to.equal(page.listButton('buffalo-ny'));
    await sendKeys({ press: 'End' });
    expect(page.root.activeElement).to.equal(page.listButton('seattle-wa'));
    await sendKeys({ press: 'ArrowUp' });
    expect(page.root.activeElement).to.equal(page.listButton('nevada'));
    await page.el.updateComplete;
    expect(stops().map((b) => b.dataset.communityId), 'the stop follows focus').to.deep.equal(['nevada']);
    await sendKeys({ press: 'Home' });
    expect(page.root.activeElement).to.equal(page.listButton('atlanta-ga'));
  });

  it('rings the marker of the list item that has focus, without selecting it', async () => {
    const page = await mount();
    await page.mapReady();
    page.listButton('seattle-wa').focus();
    await waitUntil(() => page.marker('seattle-wa')?.classList.contains('is-highlighted'), 'marker ringed');
    expect(page.el.selected).to.equal('');
    page.$<HTMLInputElement>('input[type=search]')!.focus();
    expect(page.marker('seattle-wa')!.classList.contains('is-highlighted')).to.equal(false);
  });

  it('returns focus to the list item when details opened from the list close', async () => {
    const page = await mount();
    await page.ready();
    const button = page.$$('.list__button').find((b) => b.dataset.communityId === 'nevada')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await page.el.updateComplete;
    page.$<HTMLButtonElement>('.details__close')!.click();
    await page.el.updateComplete;
    await aTimeout(0);
    expect(page.root.activeElement).to.equal(button);
  });

  it('opens a cluster with a click by zooming in', async () => {
    const page = await mount();
    await page.mapReady();
    page.el.leafletMap!.setView([39.85, -84], 3, { animate: false });
    await waitUntil(() => page.$('.siip-cluster'), 'a cluster');
    const before = page.el.leafletMap!.getZoom();
    page.$('.siip-cluster')!.click();
    await waitUntil(() => page.el.leafletMap!.getZoom() > before, 'zoomed in', { timeout: 3000 });
  });

  it('lets the page scroll on a plain wheel, with a hint, and zooms with Ctrl + wheel', async () => {
    const page = await mount();
    await page.mapReady();
    const map = page.el.leafletMap!;
    const zoom = map.getZoom();
    const container = map.getContainer();
    const plain = new WheelEvent('wheel', { deltaY: -300, bubbles: true, cancelable: true, clientX: 100, clientY: 100 });
    container.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
    await page.el.updateComplete;
    expect(page.$('.hint')!.hidden).to.equal(false);
    expect(page.$('.hint')!.textContent).to.contain('scroll');
    await aTimeout(200);
    expect(map.getZoom()).to.equal(zoom);
    const ctrl = new WheelEvent('wheel', { deltaY: -300, ctrlKey: true, bubbles: true, cancelable: true, clientX: 100, clientY: 100 });
    container.dispatchEvent(ctrl);
    expect(ctrl.defaultPrevented).to.equal(true);
    await waitUntil(() => map.getZoom() > zoom, 'zoomed by ctrl+wheel', { timeout: 3000 });
  });

  it('has its own zoom buttons', async () => {
    const page = await mount();
    await page.mapReady();
    const zoom = page.el.leafletMap!.getZoom();
    page.$<HTMLButtonElement>('.zoom__button')!.click();
    await waitUntil(() => page.el.leafletMap!.getZoom() > zoom, 'zoomed in');
  });

  /** Leaflet's chunk is in (the module the controller imports) and the controller had a few frames to use it. */
  async function leafletHadItsChance(): Promise<void> {
    await import('./leaflet-map.js');
    await aTimeout(200);
  }

  it('sets Leaflet up only once a hidden map is shown, at the size it is shown, and sizes itself again after', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display:none"><siip-community-map src=${BASIC}></siip-community-map></div>`);
    const page = new MapObject(wrapper.querySelector('siip-community-map')!);
    await page.ready();
    await leafletHadItsChance();
    // (Compared as a boolean: a failure message would print the whole Leaflet map.)
    expect(page.el.mapController === undefined, 'no Leaflet map while hidden').to.equal(true);
    expect(page.$$('.leaflet-container')).to.have.length(0);
    wrapper.style.display = 'block';
    await waitUntil(() => page.markers().length > 0, 'markers after showing', { timeout: 3000 });
    const size = page.el.leafletMap!.getSize();
    const container = page.el.leafletMap!.getContainer();
    expect(size.x).to.equal(container.clientWidth);
    expect(size.y).to.equal(container.clientHeight);
    expect(size.y).to.be.greaterThan(200);
    // Hidden again and shown in a narrower box: the same map follows.
    const map = page.el.leafletMap;
    wrapper.style.display = 'none';
    await aTimeout(50);
    wrapper.style.cssText = 'display: block; width: 520px';
    await waitUntil(() => page.el.leafletMap!.getSize().x === page.el.leafletMap!.getContainer().clientWidth, 'resized', { timeout: 3000 });
    expect(page.el.leafletMap === map, 'the same map').to.equal(true);
    expect(page.el.leafletMap!.getSize().x).to.be.lessThan(size.x);
  });

  it('sizes itself when a closed <details> opens', async () => {
    const details = await fixture<HTMLDetailsElement>(
      html`<details><summary>Map</summary><siip-community-map src=${BASIC}></siip-community-map></details>`,
    );
    const page = new MapObject(details.querySelector('siip-community-map')!);
    await page.ready();
    await waitUntil(() => page.el.mapController, 'map created', { timeout: 8000 });
    details.open = true;
    await waitUntil(() => page.markers().length > 0, 'markers after opening', { timeout: 3000 });
    expect(page.el.leafletMap!.getSize().x).to.equal(page.el.leafletMap!.getContainer().clientWidth);
  });

  it('survives being removed and re-added 200 times with one map and no errors', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const page = await mount();
    await page.mapReady();
    const parent = page.el.parentElement!;
    const other = document.createElement('div');
    document.body.append(other);
    for (let i = 0; i < 200; i++) {
      page.el.remove();
      (i % 2 ? parent : other).append(page.el);
      if (i % 40 === 0) await page.el.updateComplete;
    }
    await page.el.updateComplete;
    await waitUntil(() => page.el.mapController && page.markers().length > 0, 'map back', { timeout: 8000 });
    window.removeEventListener('error', onError);
    other.remove();
    expect(errors).to.deep.equal([]);
    expect(page.$$('.leaflet-container')).to.have.length(1);
    expect(page.$$('.siip-leaflet')).to.have.length(1);
  });

  it('frees the Leaflet map when removed', async () => {
    const page = await mount();
    await page.mapReady();
    const map = page.el.leafletMap!;
    const container = map.getContainer();
    page.el.remove();
    expect(page.el.mapController).to.equal(undefined);
    expect(container.isConnected).to.equal(false);
    expect((container as HTMLElement & { _leaflet_id?: number })._leaflet_id).to.equal(undefined);
  });

  it('shows many maps on one page independently', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <siip-community-map src=${BASIC} kind="city"></siip-community-map>
      <siip-community-map src=${BASIC} kind="state"></siip-community-map>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('siip-community-map')].map((el) => new MapObject(el));
    await a.mapReady();
    await b.mapReady();
    expect(a.el.leafletMap).to.not.equal(b.el.leafletMap);
    expect(b.marker('nevada')).to.exist;
    expect(a.marker('nevada')).to.equal(undefined);
  });

  it('keeps tiles unloaded until the visitor agrees, then sets the referrer policy', async () => {
    const page = await mount(html`<siip-community-map src=${BASIC} tiles="/__siip-test-tiles/{z}/{x}/{y}.png" tiles-attribution="Test tiles"></siip-community-map>`);
    await page.mapReady();
    await aTimeout(100);
    expect(page.$$('img.leaflet-tile')).to.have.length(0);
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('__siip-test-tiles'))).to.equal(false);
    const consent = page.$('[part=consent-button]')!;
    expect(consent.textContent).to.contain(`Load the detailed map from ${location.host}`);
    expect(page.$('.attribution')!.textContent).to.not.contain('Test tiles');
    consent.click();
    await waitUntil(() => page.$$('img.leaflet-tile').length > 0, 'tiles requested');
    const tile = page.$('img.leaflet-tile') as HTMLImageElement;
    expect(tile.referrerPolicy).to.equal('strict-origin-when-cross-origin');
    expect(page.$('.attribution')!.textContent).to.contain('Test tiles');
    await waitUntil(() => page.$('.tile-error'), 'missing tiles reported', { timeout: 5000 });
  });

  it('credits the basemap with DOM links, never Leaflet attribution HTML', async () => {
    const page = await mount();
    await page.mapReady();
    const attribution = page.$('[part=attribution]')!;
    expect(attribution.textContent).to.contain('US Census Bureau');
    expect(attribution.textContent).to.contain('us-atlas (ISC)');
    expect(page.$('.leaflet-control-attribution')).to.equal(null);
  });

  it('sends no request off this machine by default', async () => {
    const page = await mount();
    await page.mapReady();
    await aTimeout(200);
    const offsite = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin !== location.origin);
    expect(offsite.map((url) => url.href)).to.deep.equal([]);
    expect(leafletRequested()).to.equal(true);
  });

  it('renders a hostile dataset as text in every field, executing nothing', async () => {
    (window as { __xss?: number }).__xss = undefined;
    const page = await mount(html`<siip-community-map src=${HOSTILE}></siip-community-map>`);
    await page.mapReady();
    for (const id of ['evil-city', 'formula-town', 'js-link', 'data-link']) {
      page.el.selected = id;
      await page.el.updateComplete;
      await aTimeout(20);
      expect(page.$('.details'), id).to.exist;
    }
    page.el.selected = 'evil-city';
    await page.el.updateComplete;
    await waitUntil(() => page.marker('evil-city'), 'hostile marker drawn', { timeout: 3000 });
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    expect(page.$('.details__heading')!.textContent).to.contain('<img src=x onerror="window.__xss=1"> City');
    expect(page.marker('evil-city')!.title).to.contain('<img src=x');
    expect(page.$$('script, iframe, img, object, embed')).to.have.length(0);
    const withHandlers = page.$$('*').filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')));
    expect(withHandlers).to.have.length(0);
    for (const a of page.$$('a[href]:not([part=skip-link])')) expect(a.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
  });

  it('shows the list first with a list/map toggle on narrow containers', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"><siip-community-map src=${BASIC}></siip-community-map></div>`);
    const page = new MapObject(wrapper.querySelector('siip-community-map')!);
    await page.ready();
    const toggle = page.$('.toggle')!;
    expect(getComputedStyle(toggle).display).to.equal('flex');
    expect(getComputedStyle(page.$('.map-pane')!).display).to.equal('none');
    expect(page.$('.list')!.offsetHeight).to.be.greaterThan(0);
    page.$$('.toggle button')[1].click();
    await page.el.updateComplete;
    expect(getComputedStyle(page.$('.list')!).display).to.equal('none');
    await waitUntil(() => page.markers().length > 0, 'map drawn once shown', { timeout: 8000 });
    expect(page.el.leafletMap!.getSize().x).to.equal(page.el.leafletMap!.getContainer().clientWidth);
  });

  it('mirrors the map controls in Arabic', async () => {
    const page = await mount(html`<siip-community-map src=${BASIC} lang="ar"></siip-community-map>`);
    await page.mapReady();
    const frame = page.$('.map-frame')!.getBoundingClientRect();
    const zoom = page.$('.zoom')!.getBoundingClientRect();
    expect(page.$('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    expect(zoom.left - frame.left).to.be.lessThan(frame.right - zoom.right);
  });

  it('keeps tiles and controls intact under hostile host CSS', async () => {
    const style = document.createElement('style');
    style.textContent = 'img{max-width:100%!important;padding:10px!important} *{box-sizing:content-box!important} html{font-size:40px} body{font-size:16px}';
    document.head.append(style);
    try {
      const page = await mount();
      await page.mapReady();
      expect(page.el.leafletMap!.getSize().y).to.be.greaterThan(200);
      const zoomButton = page.$('.zoom__button')!.getBoundingClientRect();
      expect(zoomButton.width).to.be.within(40, 60);
    } finally {
      style.remove();
    }
  });

  for (const lang of ['en', 'es', 'ar']) {
    it(`is accessible in ${lang}`, async () => {
      const page = await mount(html`<siip-community-map src=${BASIC} lang=${lang} selected="atlanta-ga"></siip-community-map>`);
      await page.mapReady();
      await expect(page.el).to.be.accessible();
    });
  }

  it('shows a localized error when the dataset cannot be loaded', async () => {
    const page = await mount(html`<siip-community-map src="/__siip-missing.json" lang="es"></siip-community-map>`);
    await waitUntil(() => page.$('[part=error]'), 'error shown', { timeout: 5000 });
    expect(page.$('[part=error]')!.getAttribute('role')).to.equal('alert');
    expect(page.$('.map')).to.equal(null);
  });
});
