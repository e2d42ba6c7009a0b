/**
 * Dataset text inside the pathway finder: in the reader's language, or in English when the reader asked for
 * the English original of a translation nobody has reviewed yet. Text in another language than the widget's
 * carries its own `lang` and `dir`, so English inside Arabic keeps its full stops at its own end.
 * Call while the element renders, so msg() answers in the widget's own locale.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { LocalizedText } from '../../src/data/schema.js';
import { resolveText, textOf } from '../../src/data/text.js';
import { formatList } from '../../src/localization/intl.js';

export interface TextOptions {
  /** A proper name: never marked as untranslated, and marked for page translators to leave alone. */
  name?: boolean;
}

/** Renders data texts for one widget: its locale, and whether the reader chose the English original. */
export type DataText = (value: LocalizedText | undefined, options?: TextOptions) => unknown;

/** Text in a language other than the widget's: its own language and direction (an isolate, per HTML). */
export function foreign(text: string, lang: string, options: { name?: boolean } = {}): TemplateResult {
  return html`<span lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} translate=${options.name ? 'no' : nothing}>${text}</span>`;
}

export function dataTextFor(locale: string, original: boolean): DataText {
  return (value, options = {}) => {
    if (value === undefined) return nothing;
    if (original && locale !== 'en') return foreign(textOf(value, 'en'), 'en', options);
    const resolved = resolveText(value, locale);
    if (resolved.lang === locale) return resolved.text;
    if (options.name || resolved.translated) return foreign(resolved.text, resolved.lang, options);
    return html`${foreign(resolved.text, resolved.lang)} <span class="siip-untranslated">(${msg('not yet translated')})</span>`;
  };
}

/**
 * Templates joined as `locale` joins a list ("A, B y C", "أ وب وج"): the list is formatted around tokens that
 * are then replaced by the templates, so links keep their markup.
 */
export function joinList(items: readonly unknown[], locale: string): unknown[] {
  if (items.length < 2) return [...items];
  const tokens = items.map((_, i) => `\u0001${i}\u0001`);
  return formatList(tokens, locale)
    .split(/\u0001(\d+)\u0001/)
    .map((part, i) => (i % 2 ? items[Number(part)] : part));
}
