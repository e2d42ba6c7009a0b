/**
 * A list joined the way `locale` joins lists (Arabic "أ، ب و ج", Chinese "甲、乙和丙"). Haitian Creole
 * has no rules in today's browsers, which would answer in English ("and"), so it gets its own joiner.
 */
import { currentLocale } from './locale.js';

export function formatList(items: readonly string[], locale: string = currentLocale(), type: Intl.ListFormatType = 'conjunction'): string {
  if (!Intl.ListFormat.supportedLocalesOf(locale).length && locale.toLowerCase().startsWith('ht')) {
    const last = items.at(-1);
    if (items.length < 2 || last === undefined) return items.join('');
    return `${items.slice(0, -1).join(', ')} ${type === 'disjunction' ? 'oswa' : 'ak'} ${last}`;
  }
  return new Intl.ListFormat(locale, { type, style: 'long' }).format(items);
}
