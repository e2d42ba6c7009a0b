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

/**
 * Each language's translations, a chunk of its own. Written out rather than as one template-literal import,
 * which would ship Vite's variable-import helper with every widget; the type makes a new language fail here.
 */
const TRANSLATIONS: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  ar: () => import('./generated/locales/ar.js'),
  es: () => import('./generated/locales/es.js'),
  fa: () => import('./generated/locales/fa.js'),
  fr: () => import('./generated/locales/fr.js'),
  ht: () => import('./generated/locales/ht.js'),
  pt: () => import('./generated/locales/pt.js'),
  uk: () => import('./generated/locales/uk.js'),
  vi: () => import('./generated/locales/vi.js'),
  'zh-Hans': () => import('./generated/locales/zh-Hans.js'),
};
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


/**
 * What a language needs besides its UI strings, loaded with them (the names of US states, see `state-names.ts`).
 * A module that has such data registers its loader when it is first imported.
 */
type LocaleDataLoader = (locale: Locale) => Promise<unknown>;
const localeDataLoaders: LocaleDataLoader[] = [];
/** For each loaded locale, how many loaders it was loaded with: a loader registered later loads it again. */
const readyWith = new Map<string, number>();

/** Adds data a language needs before a widget renders in it; loaded with the locale's translations. */
export function addLocaleDataLoader(loader: LocaleDataLoader): void {
  localeDataLoaders.push(loader);
}

export function isLocaleReady(locale: string): boolean {
  return locale === sourceLocale || (loadedLocales.has(locale) && readyWith.get(locale) === localeDataLoaders.length);
}

function loadTranslations(locale: Locale): Promise<void> {
  const load = TRANSLATIONS[locale as keyof typeof TRANSLATIONS];
  if (!load || loadedLocales.has(locale)) return Promise.resolve();
  let pending = pendingLocales.get(locale);
  if (!pending) {
    pending = load()
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

/** Loads a locale's translations and data once per page, in parallel; resolves when msg() can use them. */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  const loaders = localeDataLoaders.length;
  return Promise.all([loadTranslations(locale), ...localeDataLoaders.map((load) => load(locale))]).then(() => {
    if (loadedLocales.has(locale)) readyWith.set(locale, Math.max(readyWith.get(locale) ?? 0, loaders));
  });
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
