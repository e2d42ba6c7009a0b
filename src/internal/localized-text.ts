import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { LocalizedText } from '../data/schema.js';
import { resolveText } from '../data/text.js';

/**
 * Dataset text in the reader's language; English, with its own `lang` and a
 * visible "not yet translated" mark, when the translation is missing. Names
 * (of places and organisations) pass `{ name: true }`: they are not translated.
 */
export function renderText(value: LocalizedText | undefined, locale: string, options: { name?: boolean } = {}) {
  if (value === undefined) return nothing;
  const resolved = resolveText(value, locale);
  if (resolved.lang === locale) return resolved.text;
  if (options.name || resolved.translated) return html`<span lang=${resolved.lang}>${resolved.text}</span>`;
  return html`<span lang=${resolved.lang}>${resolved.text}</span>
    <span class="siip-untranslated">(${msg('not yet translated')})</span>`;
}
