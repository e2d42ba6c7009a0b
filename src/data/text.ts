import type { LocalizedText } from './schema.js';

export interface ResolvedText {
  text: string;
  /** The language the text is actually in: the reader's, or "en" when it fell back to English. */
  lang: string;
  /** False when the reader's language was missing and English is shown instead (the element marks it with `lang` and isolates it with `dir`). */
  translated: boolean;
}

/** Picks the reader's language from a LocalizedText, falling back to English. */
export function resolveText(value: LocalizedText | undefined, locale: string): ResolvedText {
  if (value === undefined) return { text: '', lang: locale, translated: true };
  if (typeof value === 'string') return { text: value, lang: 'en', translated: locale === 'en' };
  const own = (value as Record<string, string>)[locale];
  if (typeof own === 'string' && own.trim()) return { text: own, lang: locale, translated: true };
  return { text: value.en, lang: 'en', translated: locale === 'en' };
}

/** Plain text in the reader's language (for sorting, searching, CSV, aria-labels). */
export function textOf(value: LocalizedText | undefined, locale: string): string {
  return resolveText(value, locale).text;
}
