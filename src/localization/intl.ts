/**
 * Intl helpers for the widgets' ten UI languages, free of side effects so pure view logic can use them.
 */

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
  if (/^ht\b/i.test(locale) && !Intl.ListFormat.supportedLocalesOf(locale).length) {
    return items.flatMap((item, i) => (i === 0 ? [item] : [i === items.length - 1 ? ' ak ' : ', ', item]));
  }
  const parts = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).formatToParts(items.map((_, i) => String(i)));
  return parts.map((part) => (part.type === 'element' ? (items[Number(part.value)] as T) : part.value));
}

/** A list of plain strings joined the way `locale` joins lists. */
export function formatList(items: readonly string[], locale: string): string {
  return listParts(items, locale).join('');
}
