import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { reflectIfSet } from './reflect.js';
import { directionOf, isLocaleReady, loadLocale, resolveLocale, withLocale, type Locale } from '../localization/locale.js';
import { numberFormat, pluralRules } from '../localization/intl.js';

const warnedDuplicates = new Set<string>();

/** Watches every `lang` change above a widget (the page's or a section's) so widgets follow it. */
const langObservers = new WeakMap<Document, { observer: MutationObserver; elements: Set<SiipElement> }>();

function observeLang(element: SiipElement, doc: Document): void {
  let entry = langObservers.get(doc);
  if (!entry) {
    const elements = new Set<SiipElement>();
    const observer = new MutationObserver(() => elements.forEach((el) => el.requestUpdate()));
    observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    entry = { observer, elements };
    langObservers.set(doc, entry);
  }
  entry.elements.add(element);
}

function unobserveLang(element: SiipElement, doc: Document): void {
  const entry = langObservers.get(doc);
  if (!entry) return;
  entry.elements.delete(element);
  if (entry.elements.size === 0) {
    entry.observer.disconnect();
    langObservers.delete(doc);
  }
}

/** The closest `lang` attribute above `node`, crossing shadow roots. */
function inheritedLang(node: Element): string | null {
  let current: Node | null = node.parentNode;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang');
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return null;
}

/** Dispatches a bubbling, composed event; outside the class so the manifest does not list a `type` event. */
function dispatch(target: EventTarget, type: string, detail: unknown, cancelable: boolean): boolean {
  return target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable, detail }));
}

/**
 * Base class of every SIIP widget: guarded registration, typed events, and the
 * widget's language and direction. What every widget shares is declared here once,
 * so the manifest and Storybook list it on each element.
 *
 * @fires siip-data-error - The dataset could not be loaded or read (from the shared data controller). `detail: { url, reason, issues }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart loading - Shown while the dataset loads.
 * @csspart error - Shown when the dataset cannot be used.
 * @csspart retry-button - The "Try again" button of the error.
 *
 * @cssprop [--siip-color-accent=#0b5cad] - Buttons, links and focus ring.
 * @cssprop [--siip-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--siip-color-text=#1b1f24] - Body text.
 * @cssprop [--siip-color-text-muted=#4b5563] - Secondary text.
 * @cssprop [--siip-color-surface=#ffffff] - Background.
 * @cssprop [--siip-color-surface-alt=#f3f5f8] - Backgrounds of headers, summaries and notes.
 * @cssprop [--siip-color-border=#c9d1db] - Lines and borders.
 * @cssprop [--siip-color-danger=#a4161a] - Errors and storage notices.
 * @cssprop [--siip-color-focus=var(--siip-color-accent)] - The focus ring.
 * @cssprop [--siip-radius=8px] - Corner radius.
 * @cssprop [--siip-spacing=1rem] - Base spacing.
 * @cssprop [--siip-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--siip-font-size=1rem] - Base font size.
 */
export class SiipElement extends LitElement {
  /**
   * Registers the element under `name` unless a copy of the library already did:
   * a second bundle on the page (even another version) warns once and never throws.
   */
  static define(name: string, constructor: CustomElementConstructor = this): void {
    const existing = customElements.get(name);
    if (!existing) {
      customElements.define(name, constructor);
      return;
    }
    if (existing !== constructor && !warnedDuplicates.has(name)) {
      warnedDuplicates.add(name);
      console.warn(`siip-widgets: <${name}> is already defined by another copy of the library; this copy is not used.`);
    }
  }

  static override properties: PropertyDeclarations = {
    lang: {},
    group: { reflect: true, converter: reflectIfSet },
  };

  /**
   * Language of the widget. Absent: the nearest ancestor's `lang`, then English. Never written back to
   * the host: a `lang` the page did not set would override what it inherits.
   */
  override lang = '';

  /** Widgets with the same group follow each other's community choice (map, roster, calendar, pathway finder). */
  group = '';

  #observedDocument?: Document;

  /** The supported locale this widget renders in. */
  get locale(): Locale {
    return resolveLocale(this.lang || inheritedLang(this) || 'en');
  }

  /** `rtl` for right-to-left languages. */
  get direction(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observedDocument = this.ownerDocument;
    observeLang(this, this.#observedDocument);
    // A page's first Intl object starts ICU, tens of ms on a phone: made in a task of its own while the data loads,
    // it stays out of the first render's (every widget counts or pluralises; the objects are shared and kept).
    setTimeout(() => {
      pluralRules(this.locale);
      numberFormat(this.locale);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#observedDocument) unobserveLang(this, this.#observedDocument);
    this.#observedDocument = undefined;
  }

  /** Waits for the widget's translations before rendering, so no English flashes first. */
  protected override async scheduleUpdate(): Promise<void> {
    const locale = this.locale;
    if (!isLocaleReady(locale)) await loadLocale(locale);
    super.scheduleUpdate();
  }

  /** Renders with msg() answering in this widget's own language. */
  protected override update(changed: PropertyValues): void {
    withLocale(this.locale, () => super.update(changed));
  }

  /** Dispatches a bubbling, composed, typed event from the host. */
  protected emit<K extends keyof HTMLElementEventMap>(
    type: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
    init: { cancelable?: boolean } = {},
  ): boolean {
    return dispatch(this, type, detail, init.cancelable ?? false);
  }
}
