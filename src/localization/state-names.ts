/**
 * Names of the 50 states, DC and Puerto Rico in the widgets' ten languages. Names are proper nouns, so a
 * language without its own name for a state keeps the English one (Vietnamese and Haitian Creole texts write
 * US states as in English). English ships with the widgets that name states; each other language's names
 * (`state-names/<locale>.ts`) load with that language's translations, before a widget renders in it.
 */
import { STATE_CODES } from '../data/constants.js';
import type { StateCode } from '../data/schema.js';
import { collator } from './intl.js';
import { addLocaleDataLoader, type Locale } from './locale.js';

const ENGLISH =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|District of Columbia|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Puerto Rico|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming'.split(
    '|',
  );

/** The languages that have names of their own, and where they are (one small chunk each). */
const OWN_NAMES: Partial<Record<Locale, () => Promise<{ default: string }>>> = {
  es: () => import('./state-names/es.js'),
  ar: () => import('./state-names/ar.js'),
  fr: () => import('./state-names/fr.js'),
  pt: () => import('./state-names/pt.js'),
  'zh-Hans': () => import('./state-names/zh-Hans.js'),
  uk: () => import('./state-names/uk.js'),
  fa: () => import('./state-names/fa.js'),
};

/** Loaded names, in STATE_CODES order ('' where the name is the English one). */
const loaded = new Map<string, readonly string[]>();

/** Loads `locale`'s names of states, if it has its own (called with the locale's translations). */
export function loadStateNames(locale: Locale): Promise<void> {
  const load = OWN_NAMES[locale];
  if (!load || loaded.has(locale)) return Promise.resolve();
  return load().then(
    (module) => void loaded.set(locale, module.default.split('|')),
    (error: unknown) => console.warn(`siip-widgets: could not load the "${locale}" names of states; showing English.`, error),
  );
}
addLocaleDataLoader(loadStateNames);

/** Languages with every state's name in their own script (for tests). */
export const STATE_NAME_SCRIPTS = ['zh-Hans', 'uk', 'fa'];

/** Each code's place in STATE_CODES: names are looked up per row of lists of thousands. */
const INDEX = new Map<string, number>(STATE_CODES.map((code, index) => [code, index]));

/** True for the two-letter codes of the 50 states, DC and Puerto Rico (upper case). */
export function isStateCode(value: unknown): value is StateCode {
  return typeof value === 'string' && INDEX.has(value);
}

/** A state's name in `locale` (once that language is loaded), else in English; the code itself for anything unknown. */
export function stateName(code: string, locale: string): string {
  const index = INDEX.get(code);
  if (index === undefined) return code;
  return loaded.get(locale)?.[index] || ENGLISH[index];
}

/** Every state, sorted by its name in `locale`. */
export function statesSorted(locale: string): Array<{ code: StateCode; name: string }> {
  const { compare } = collator(locale);
  return STATE_CODES.map((code) => ({ code, name: stateName(code, locale) })).sort((a, b) => compare(a.name, b.name));
}
