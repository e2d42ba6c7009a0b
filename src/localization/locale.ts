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
/** Languages written right to left (primary subtags): the UI's ar and fa, and those a data text may be in. */
const RTL_LANGUAGES = new Set<string>(['ar', 'fa', 'prs', 'pes', 'he', 'ur', 'ps', 'ckb', 'sd', 'ug', 'yi', 'dv']);

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

/**
 * Tags that name a supported language another way. Dari (prs) is written in the Persian alphabet and read
 * with Persian text; `pes` is the ISO 639-3 code of (Iranian) Persian.
 */
const LANGUAGE_ALIASES: Readonly<Record<string, Locale>> = { prs: 'fa', pes: 'fa', zh: 'zh-Hans' };

/**
 * Best supported locale for a BCP 47 tag; English when none fits. Regions and scripts narrow nothing we do
 * not have: es-MX → es, pt-BR and pt-PT → pt, fa-AF and prs → fa, ht-HT → ht, uk-UA → uk. Every Chinese tag
 * (zh, zh-CN, zh-SG, zh-Hans, and zh-TW / zh-Hant, whose readers read Simplified Chinese far better than
 * English) gives zh-Hans.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const clean = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  if (!clean) return SOURCE_LOCALE;
  const exact = SUPPORTED_LOCALES.find((locale) => locale.toLowerCase() === clean);
  if (exact) return exact;
  const language = clean.split('-')[0];
  if (LANGUAGE_ALIASES[language]) return LANGUAGE_ALIASES[language];
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as Locale) : SOURCE_LOCALE;
}

/** Writing direction of a language tag: a supported locale, or the language a data text is in. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.trim().toLowerCase().split(/[-_]/)[0]) ? 'rtl' : 'ltr';
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
