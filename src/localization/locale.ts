/**
 * Per-element languages on one page. @lit/localize's reentrant mode asks for
 * the active locale before every msg() call, so each widget renders in its own
 * language (a partner page may show an English map beside an Arabic roster);
 * the classic runtime mode has one global locale.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales, allLocales } from './generated/locale-codes.js';

interface LocaleModule {
  templates: Record<string, unknown>;
}

export type Locale = (typeof allLocales)[number];
export const SOURCE_LOCALE: Locale = sourceLocale;
export const SUPPORTED_LOCALES: readonly Locale[] = allLocales;
const RTL_LOCALES = new Set<string>(['ar']);

const loadedLocales = new Map<string, LocaleModule>();
const pendingLocales = new Map<string, Promise<void>>();
let renderingLocale: string = sourceLocale;

try {
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: [...targetLocales],
    getLocale: () => renderingLocale,
    loadLocaleSync: (locale) => loadedLocales.get(locale) as never,
  });
} catch (error) {
  // The host application configured @lit/localize itself (npm users): its locale wins for our strings too.
  console.warn('siip-widgets: @lit/localize is already configured on this page; widget languages follow it.', error);
}

/** Best supported locale for a BCP 47 tag ("es-MX" → "es"); English when none fits. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(base) ? (base as Locale) : SOURCE_LOCALE;
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}

/** The locale msg() answers in right now (inside a widget's render, the widget's own). */
export function currentLocale(): string {
  return renderingLocale;
}

export function isLocaleReady(locale: string): boolean {
  return locale === sourceLocale || loadedLocales.has(locale);
}

/** Loads a locale's translations once per page; resolves when msg() can use them. */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  let pending = pendingLocales.get(locale);
  if (!pending) {
    pending = import(`./generated/locales/${locale}.ts`)
      .then((module: LocaleModule) => {
        loadedLocales.set(locale, module);
      })
      .catch((error: unknown) => {
        pendingLocales.delete(locale);
        console.warn(`siip-widgets: could not load the "${locale}" translations; showing English.`, error);
      });
    pendingLocales.set(locale, pending);
  }
  return pending;
}

/** Runs `render` with msg() answering in `locale`; restores the previous locale for nested renders. */
export function withLocale<T>(locale: string, render: () => T): T {
  const previous = renderingLocale;
  renderingLocale = locale;
  try {
    return render();
  } finally {
    renderingLocale = previous;
  }
}
