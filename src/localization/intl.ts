/**
 * Intl helpers for the widgets' ten UI languages, free of side effects so pure view logic can use them.
 */

/**
 * Intl objects cost far more to build than to use (a fresh Intl.PluralRules or Collator is tens of
 * microseconds to milliseconds, and a roster or calendar asks for one per row or per count), so each
 * locale-and-options pair is built once per page and shared by every widget.
 */
const cache = new Map<string, object>();
function cached<T extends object>(kind: string, locale: string, options: object | undefined, build: () => T): T {
  const key = `${kind} ${locale} ${options ? JSON.stringify(options) : ''}`;
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = build()));
  return value;
}

/** A shared Intl.NumberFormat for `locale` and `options`. */
export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

/** A shared Intl.DateTimeFormat for `locale` and `options`, in the Gregorian calendar every widget shows (`intlLocale`). */
export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(intlLocale(locale), options));

/** A shared Intl.Collator for `locale` and `options`. */
export const collator = (locale: string, options?: Intl.CollatorOptions): Intl.Collator =>
  cached('collator', locale, options, () => new Intl.Collator(locale, options));

/**
 * A shared Intl.PluralRules for `locale`; undefined where the browser has no rules for it (it would answer with
 * English ones: Haitian Creole marks no plural on nouns).
 */
export const pluralRules = (locale: string): Intl.PluralRules | undefined =>
  cached('plural', locale, undefined, () => ({
    rules: Intl.PluralRules.supportedLocalesOf(locale).length ? new Intl.PluralRules(locale) : undefined,
  })).rules;

const LIST: Intl.ListFormatOptions = { type: 'conjunction', style: 'long' };
/**
 * The tag to hand Intl date formatters for a widget's locale. Persian would otherwise count in the Solar
 * Hijri calendar ("۱۴۰۵ آذر") beside a Gregorian month grid and US deadlines, so fa asks for Gregorian.
 */
export function intlLocale(locale: string): string {
  return /^(fa|prs|pes)\b/i.test(locale) && !/-u-/i.test(locale) ? `${locale}-u-ca-gregory` : locale;
}

/**
 * The items of a list with the separators `locale` puts between them ("A, B and C"; Arabic "A وB وC";
 * Chinese "A、B和C"), as an array a Lit template renders in order, so the items may be templates.
 * Haitian Creole has no list rules in today's browsers, which would answer in English ("and"): it gets its
 * own ("A, B ak C").
 */
export function listParts<T>(items: readonly T[], locale: string): Array<T | string> {
  if (items.length < 2) return [...items];
  const list = cached('list', locale, LIST, () => ({
    format: new Intl.ListFormat(locale, LIST),
    native: Intl.ListFormat.supportedLocalesOf(locale).length > 0,
  }));
  if (!list.native && /^ht\b/i.test(locale)) {
    return items.flatMap((item, i) => (i === 0 ? [item] : [i === items.length - 1 ? ' ak ' : ', ', item]));
  }
  const parts = list.format.formatToParts(items.map((_, i) => String(i)));
  return parts.map((part) => (part.type === 'element' ? (items[Number(part.value)] as T) : part.value));
}

/** A list of plain strings joined the way `locale` joins lists. */
export function formatList(items: readonly string[], locale: string): string {
  return listParts(items, locale).join('');
}
