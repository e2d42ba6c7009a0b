/**
 * Survives real partner pages: each hazard page (tests/embedding/pages/) is loaded in
 * an iframe, loads the drop-in bundle like a partner page does, and reports what
 * went wrong (see pages/harness.js). Served by tests/embedding/hazard-server.mjs,
 * which sets each page's response headers.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface WidgetReport {
  tag: string;
  id: string;
  defined: boolean;
  state: 'ready' | 'error' | 'pending' | 'blank' | 'no-shadow-root';
  errorText: string;
  visible: boolean;
  width: number;
  height: number;
  textLength: number;
  lang: string;
  dir: string;
  dangerous: string[];
}

interface Footprint {
  listeners: number;
  mutationObservers: number;
  resizeTargets: number;
  intervals: number;
  nodes: number;
  headNodes: number;
}

interface HazardReport {
  done: boolean;
  errors: string[];
  rejections: string[];
  violations: string[];
  warnings: string[];
  bundles: Array<{ url: string; build: string }>;
  widgets: WidgetReport[];
  dataRequests: string[];
  xss: unknown;
  churn?: { cycles: number; before: Footprint; after: Footprint; states: Record<string, number> };
  aliveAfterChurn?: () => number;
}

const frames: HTMLIFrameElement[] = [];

/** Opens a hazard page in a same-origin iframe and waits for its report. */
async function openPage(name: string, { width = 1024, height = 900 } = {}): Promise<{ report: HazardReport; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.src = `/tests/embedding/pages/${name}`;
  document.body.append(frame);
  frames.push(frame);
  const start = performance.now();
  for (;;) {
    const report = (frame.contentWindow as (Window & { __hazard?: HazardReport }) | null)?.__hazard;
    if (report?.done) return { report, frame };
    if (performance.now() - start > 40_000) throw new Error(`${name} did not finish: ${JSON.stringify(report)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The checks every page must pass. */
function expectHealthy(report: HazardReport, { allowWarnings = false } = {}) {
  expect(report.errors, 'uncaught errors').to.deep.equal([]);
  expect(report.rejections, 'unhandled rejections').to.deep.equal([]);
  expect(report.violations, 'CSP violations').to.deep.equal([]);
  expect(report.xss, 'data executed as code').to.equal(undefined);
  for (const widget of report.widgets) expect(widget.dangerous, `${widget.id}: script-capable markup from data`).to.deep.equal([]);
  if (!allowWarnings) expect(report.warnings.filter((w) => !/problem\(s\) in|Lit is in dev mode/.test(w)), 'warnings').to.deep.equal([]);
}

/** Every widget that the bundle defines is rendered with content and visible. */
function expectVisible(report: HazardReport, ids?: string[]) {
  const defined = report.widgets.filter((widget) => widget.defined && (!ids || ids.includes(widget.id)));
  expect(defined.length, 'widgets defined on the page').to.be.greaterThan(0);
  for (const widget of defined) {
    expect(widget.state, `${widget.id} state (${widget.errorText})`).to.equal('ready');
    expect(widget.visible, `${widget.id} visible (${widget.width}×${widget.height})`).to.equal(true);
    expect(widget.textLength, `${widget.id} has content`).to.be.greaterThan(20);
  }
}

const widget = (report: HazardReport, id: string) => report.widgets.find((w) => w.id === id)!;

afterEach(() => {
  while (frames.length) frames.pop()!.remove();
});

describe('embedding hazards', () => {
  it('serves the pages with the bundle a partner gets (the release build when it exists)', async () => {
    const { report } = await openPage('no-referrer.html');
    expect(report.bundles).to.have.length(1);
    expect(report.bundles[0].build).to.be.oneOf(['dist', 'esbuild']);
  });

  describe('strict CSP with Trusted Types', () => {
    it('renders every widget with no CSP or Trusted Types violation and no error', async () => {
      const { report, frame } = await openPage('strict-csp.html');
      // The builds strip Leaflet's inline-SVG probe (vite/leaflet-trusted-types.mjs),
      // so the map loads too: no violation at all is allowed.
      expectHealthy(report, { allowWarnings: true });
      expect(report.warnings.filter((w) => !/problem\(s\) in/.test(w))).to.deep.equal([]);
      expectVisible(report);
      expect(widget(report, 'map')?.defined, 'the map is on the page').to.equal(true);
      const map = frame.contentDocument!.querySelector('siip-community-map')!;
      await waitUntil(() => map.shadowRoot?.querySelector('.leaflet-container .leaflet-marker-icon'), 'Leaflet did not draw under Trusted Types', {
        timeout: 10_000,
      });
    });

    it('shows hostile data as text, never as markup or code', async () => {
      const { report, frame } = await openPage('strict-csp.html');
      const hostile = widget(report, 'roster-hostile');
      expect(hostile.state).to.equal('ready');
      const root = frame.contentDocument!.querySelector('#roster-hostile')!.shadowRoot!;
      expect(root.textContent).to.include('<img src=x onerror');
      expect(root.querySelector('img, script, svg')).to.equal(null);
    });

    it('really enforces the policy (an inline script is blocked and reported)', async () => {
      const { frame } = await openPage('strict-csp.html');
      const doc = frame.contentDocument!;
      const violation = new Promise<string>((resolve) => doc.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
      let blocked = false;
      try {
        // A Trusted Types sink with a plain string must throw under `require-trusted-types-for`.
        doc.body.insertAdjacentHTML('beforeend', '<b>x</b>');
      } catch {
        blocked = true;
      }
      expect(blocked).to.equal(true);
      expect(await violation).to.equal('require-trusted-types-for');
    });
  });

  describe('hostile host CSS', () => {
    it('renders every widget visibly, in its own language and direction, despite the theme', async () => {
      const { report } = await openPage('hostile-css.html');
      expectHealthy(report);
      expectVisible(report);
      // body { direction: rtl } on the page does not flip an English widget.
      expect(widget(report, 'roster').dir).to.equal('ltr');
    });

    it('keeps hidden parts hidden and the widget inside its 320px column', async () => {
      const { frame } = await openPage('hostile-css.html');
      const roster = frame.contentDocument!.querySelector('#roster')!;
      const root = roster.shadowRoot!;
      // [hidden] { display: block !important } on the page must not open collapsed details.
      const closedDetails = root.querySelector<HTMLElement>('tr.details-row[hidden]');
      expect(closedDetails, 'a closed details row').to.exist;
      expect(getComputedStyle(closedDetails!).display).to.equal('none');
      expect(roster.getBoundingClientRect().width).to.be.at.most(320);
    });

    it('does not let the page restyle the inside of the widget', async () => {
      const { frame } = await openPage('hostile-css.html');
      const root = frame.contentDocument!.querySelector('#roster')!.shadowRoot!;
      // button { text-transform: uppercase } on the page stays outside the shadow root.
      expect(getComputedStyle(root.querySelector('button')!).textTransform).to.equal('none');
    });

    it('shows hostile data as text under the hostile theme, with no script run', async () => {
      const { report } = await openPage('hostile-css.html');
      expect(report.xss).to.equal(undefined);
      expect(widget(report, 'roster-hostile').state).to.equal('ready');
    });
  });

  describe('more than one copy of the library', () => {
    it('loads the same bundle twice: no error, widgets work, element code loaded once', async () => {
      const { report } = await openPage('twice.html');
      expect(report.bundles.map((b) => b.url.replace(/^.*\/__siip\//, ''))).to.deep.equal(['bundle.js', 'bundle.js?copy=2']);
      expectHealthy(report, { allowWarnings: true });
      // Both copies of the entry import the same chunk URLs, so each element's module runs (and registers) once;
      // with a single-file build the second copy would warn instead (see the two-builds page and SiipElement's tests).
      if (report.bundles[0].build === 'dist') {
        expect(report.warnings.some((w) => /already defined by another copy/.test(w))).to.equal(false);
      } else {
        expect(report.warnings.some((w) => /<siip-cohort-roster> is already defined by another copy/.test(w))).to.equal(true);
      }
      expectVisible(report);
    });

    it('loads two different builds: no error, the first one serves the widgets', async () => {
      const { report } = await openPage('two-builds.html');
      expect(report.bundles.map((b) => b.build)).to.include('esbuild-minified');
      expectHealthy(report, { allowWarnings: true });
      expect(report.warnings.some((w) => /already defined by another copy/.test(w))).to.equal(true);
      expectVisible(report);
    });
  });

  describe('another origin', () => {
    it('runs a bundle from another origin, reading its built-in data beside it and a CORS-enabled partner file', async () => {
      const { report } = await openPage('cross-origin.html');
      expect(new URL(report.bundles[0].url).origin).to.not.equal(location.origin);
      expectHealthy(report);
      expectVisible(report, ['roster-default', 'roster-cors']);
      // The built-in dataset beside the bundle: the file, or with the release build the roster's part of it.
      expect(report.dataRequests.some((url) => /\/__siip\/cors\/data\/siip-dataset\.([\w-]+\.)?json/.test(url))).to.equal(true);
    });

    it('explains a dataset whose server refuses cross-origin requests, with no uncaught error', async () => {
      const { report } = await openPage('cross-origin.html');
      const refused = widget(report, 'roster-refused');
      expect(refused.state).to.equal('error');
      expect(refused.visible).to.equal(true);
      expect(refused.errorText).to.include('We could not load the SIIP information');
      expect(refused.errorText).to.include('refuses cross-origin requests');
      expect(report.errors).to.deep.equal([]);
      expect(report.rejections).to.deep.equal([]);
    });
  });

  describe('many widgets and long sessions', () => {
    it('twenty widgets with the same data make one request', async () => {
      const { report } = await openPage('twenty.html');
      expectHealthy(report);
      expectVisible(report);
      expect(report.widgets.filter((w) => w.defined).length).to.be.at.least(20);
      // One request per file, not per widget: the dataset they name, or with the release build (whose built-in dataset
      // that is) its parts for the widgets there, three in all (the roster's and the map's is one).
      const files = report.dataRequests.filter((url) => /siip-dataset\.([\w-]+\.)?json/.test(url));
      expect(files.length).to.be.oneOf([1, 3]);
      expect(new Set(files).size).to.equal(files.length);
    });

    it('a widget added and removed 200 times leaves no listeners, observers, timers or nodes behind', async () => {
      const { report } = await openPage('churn.html');
      expectHealthy(report);
      const churn = report.churn!;
      expect(churn.states).to.deep.equal({ ready: 200 });
      expect(churn.after).to.deep.equal(churn.before);
    });

    it('a widget added and removed 200 times is garbage-collected', async () => {
      const { report } = await openPage('churn.html');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const collected = (await executeServerCommand('siip-collect-garbage')) as boolean;
      expect(collected, 'garbage collection available').to.equal(true);
      // The most recent instance may still be referenced by a pending task; 200 would mean a leak.
      expect(report.aliveAfterChurn!()).to.be.at.most(2);
    });
  });

  describe('partner page settings', () => {
    it('works on a page served with Referrer-Policy: no-referrer', async () => {
      const { report, frame } = await openPage('no-referrer.html');
      const echo = await (frame.contentWindow as Window).fetch('/__siip/echo-referer').then((r) => r.json());
      expect(echo.referer, 'the page really sends no Referer').to.equal(null);
      expectHealthy(report);
      expectVisible(report);
    });

    it('renders English, left to right, on a page with no lang', async () => {
      const { report, frame } = await openPage('no-lang.html');
      expect(frame.contentDocument!.documentElement.hasAttribute('lang')).to.equal(false);
      expectHealthy(report);
      expectVisible(report);
      for (const w of report.widgets.filter((item) => item.defined)) {
        expect(w.lang, w.id).to.equal('en');
        expect(w.dir, w.id).to.equal('ltr');
      }
    });
  });
});
