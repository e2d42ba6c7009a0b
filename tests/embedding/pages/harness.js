// Runs inside every hazard page, before the widgets: records what goes wrong, loads the
// drop-in bundle the way a partner page does, waits for the widgets, and publishes a
// report on `window.__hazard` for tests/embedding/hazards.test.ts. Plain JS, no inline
// script or style, so it runs under the strict CSP page too.

const hazard = {
  done: false,
  errors: [],
  rejections: [],
  violations: [],
  warnings: [],
  bundles: [],
  widgets: [],
  dataRequests: [],
  churn: undefined,
};
window.__hazard = hazard;

addEventListener('error', (event) => hazard.errors.push(String(event.error?.stack ?? event.message)));
addEventListener('unhandledrejection', (event) => hazard.rejections.push(String(event.reason?.stack ?? event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  hazard.violations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample ?? ''}`.trim()),
);
const warn = console.warn.bind(console);
console.warn = (...args) => {
  hazard.warnings.push(args.map(String).join(' '));
  warn(...args);
};

// --- Resource accounting for the leak test: listeners on document/window, observers, intervals.
const listeners = new Map();
const keyOf = (target, type, options) => `${target === window ? 'window' : 'document'}|${type}|${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
const addListener = EventTarget.prototype.addEventListener;
const removeListener = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (type, listener, options) {
  if ((this === window || this === document) && listener) {
    const key = keyOf(this, type, options);
    if (!listeners.has(key)) listeners.set(key, new Set());
    listeners.get(key).add(listener);
    options?.signal?.addEventListener('abort', () => listeners.get(key)?.delete(listener));
  }
  return addListener.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (type, listener, options) {
  if (this === window || this === document) listeners.get(keyOf(this, type, options))?.delete(listener);
  return removeListener.call(this, type, listener, options);
};
const activeMutationObservers = new Set();
const observe = MutationObserver.prototype.observe;
const disconnect = MutationObserver.prototype.disconnect;
MutationObserver.prototype.observe = function (...args) {
  activeMutationObservers.add(this);
  return observe.apply(this, args);
};
MutationObserver.prototype.disconnect = function () {
  activeMutationObservers.delete(this);
  return disconnect.call(this);
};
const resized = new Map();
const roObserve = ResizeObserver.prototype.observe;
const roUnobserve = ResizeObserver.prototype.unobserve;
const roDisconnect = ResizeObserver.prototype.disconnect;
ResizeObserver.prototype.observe = function (target, ...rest) {
  if (!resized.has(this)) resized.set(this, new Set());
  resized.get(this).add(target);
  return roObserve.call(this, target, ...rest);
};
ResizeObserver.prototype.unobserve = function (target) {
  resized.get(this)?.delete(target);
  return roUnobserve.call(this, target);
};
ResizeObserver.prototype.disconnect = function () {
  resized.delete(this);
  return roDisconnect.call(this);
};
const intervals = new Set();
const realSetInterval = window.setInterval.bind(window);
const realClearInterval = window.clearInterval.bind(window);
window.setInterval = (...args) => {
  const id = realSetInterval(...args);
  intervals.add(id);
  return id;
};
window.clearInterval = (id) => {
  intervals.delete(id);
  realClearInterval(id);
};

/** What a widget holds on the page outside itself. */
function footprint() {
  let listenerCount = 0;
  for (const set of listeners.values()) listenerCount += set.size;
  let resizeTargets = 0;
  for (const set of resized.values()) resizeTargets += set.size;
  return {
    listeners: listenerCount,
    mutationObservers: activeMutationObservers.size,
    resizeTargets,
    intervals: intervals.size,
    nodes: document.getElementsByTagName('*').length,
    headNodes: document.head.childElementCount,
  };
}

// --- Where the bundle and data live.
const here = location.origin;
const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const other = `${location.protocol}//${otherHost}${location.port ? `:${location.port}` : ''}`;
const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
const BUNDLES = new Set(['bundle.js', 'bundle.js?copy=2', 'bundle-b.js']);

for (const element of document.querySelectorAll('[src^="{other}"]')) {
  element.setAttribute('src', element.getAttribute('src').replace('{other}', other));
}

const isWidget = (element) => element.localName.startsWith('siip-');
const pageWidgets = () => [...document.querySelectorAll('*')].filter(isWidget);

/** Every element inside the widget's shadow roots, nested ones included. */
function* deepElements(root) {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

const SAFE_LINK = /^(https?:|mailto:|tel:|blob:|#)/i;

function inspect(widget) {
  const root = widget.shadowRoot;
  const base = root?.querySelector('[part~="base"]');
  const hostRect = widget.getBoundingClientRect();
  const baseRect = base?.getBoundingClientRect();
  const dangerous = [];
  if (root) {
    for (const element of deepElements(root)) {
      if (/^(script|iframe|object|embed|frame)$/.test(element.localName)) dangerous.push(`<${element.localName}>`);
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) dangerous.push(`${element.localName}[${attribute.name}]`);
        if ((attribute.name === 'href' || attribute.name === 'src') && !SAFE_LINK.test(attribute.value) && !attribute.value.startsWith(here)) {
          if (/^\s*(javascript|data|vbscript):/i.test(attribute.value)) dangerous.push(`${element.localName}[${attribute.name}=${attribute.value}]`);
        }
      }
    }
  }
  const style = getComputedStyle(widget);
  return {
    tag: widget.localName,
    id: widget.id,
    defined: Boolean(customElements.get(widget.localName)),
    state: !root ? 'no-shadow-root' : root.querySelector('[part~="error"]') ? 'error' : root.querySelector('[part~="loading"]') ? 'pending' : base ? 'ready' : 'blank',
    errorText: root?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    visible:
      hostRect.width > 0 && hostRect.height > 0 && Boolean(baseRect && baseRect.width > 0 && baseRect.height > 0) && style.visibility !== 'hidden' && style.display !== 'none',
    width: Math.round(hostRect.width),
    height: Math.round(hostRect.height),
    textLength: (base?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
    lang: base?.getAttribute('lang') ?? '',
    dir: base?.getAttribute('dir') ?? '',
    dangerous,
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function settled(widgets, timeoutMs = 20_000) {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    const states = widgets.map((widget) => inspect(widget).state);
    if (states.every((state) => state === 'ready' || state === 'error')) return;
    await sleep(25);
  }
}

async function loadBundles() {
  const origin = meta('hazard-origin') === 'other' ? `${other}/__siip/cors/` : `${here}/__siip/`;
  for (const name of (meta('hazard-bundles') || 'bundle.js').split(/\s+/)) {
    if (!BUNDLES.has(name)) continue;
    const url = origin + name;
    const response = await fetch(url, { method: 'HEAD', mode: 'cors' }).catch(() => undefined);
    await import(url);
    hazard.bundles.push({ url, build: response?.headers.get('X-Siip-Bundle') ?? 'unknown' });
  }
}

async function churn() {
  const template = document.querySelector('#churn-template');
  const place = document.querySelector('#churn');
  const cycle = async () => {
    const widget = document.createElement(template.dataset.tag);
    for (const [name, value] of Object.entries(JSON.parse(template.dataset.attributes))) widget.setAttribute(name, value);
    place.append(widget);
    await settled([widget], 5_000);
    const state = inspect(widget).state;
    widget.remove();
    return { widget, state };
  };
  await cycle();
  await sleep(50);
  const before = footprint();
  const refs = [];
  const states = new Map();
  for (let i = 0; i < 200; i++) {
    const { widget, state } = await cycle();
    refs.push(new WeakRef(widget));
    states.set(state, (states.get(state) ?? 0) + 1);
  }
  await sleep(50);
  hazard.churn = { cycles: 200, before, after: footprint(), states: Object.fromEntries(states) };
  hazard.aliveAfterChurn = () => refs.filter((ref) => ref.deref() !== undefined).length;
}

async function run() {
  try {
    await loadBundles();
    // The drop-in loads each element's code when its tag is on the page: wait until every tag is defined.
    const tags = [...new Set(pageWidgets().map((widget) => widget.localName))];
    await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), sleep(15_000)]);
    if (meta('hazard-mode') === 'churn') await churn();
    const widgets = pageWidgets().filter((widget) => customElements.get(widget.localName));
    await settled(widgets);
    // One more frame so late errors and violations are counted.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    hazard.widgets = pageWidgets().map(inspect);
    hazard.dataRequests = performance
      .getEntriesByType('resource')
      .filter((entry) => /\.json(\?|$)/.test(entry.name))
      .map((entry) => entry.name);
  } catch (error) {
    hazard.errors.push(`harness: ${error?.stack ?? error}`);
  }
  hazard.xss = window.__xss;
  hazard.done = true;
}

run();
