import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { LocalizedText } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import { directionOf } from '../localization/locale.js';

/**
 * Dataset text in the reader's language; English, with its own `lang` and a
 * visible "not yet translated" mark, when the translation is missing. Names
 * (of places and organisations) pass `{ name: true }`: they are not translated.
 * Text in another language is isolated with its own `dir` (a `dir` attribute
 * isolates in HTML), so an English sentence inside Arabic or Persian keeps its
 * full stop at its end and does not reorder the words around it.
 */
export function renderText(value: LocalizedText | undefined, locale: string, options: { name?: boolean } = {}) {
  if (value === undefined) return nothing;
  const resolved = resolveText(value, locale);
  if (resolved.lang === locale) return resolved.text;
  if (options.name || resolved.translated) return html`<span lang=${resolved.lang} dir=${directionOf(resolved.lang)}>${resolved.text}</span>`;
  return html`<span lang=${resolved.lang} dir=${directionOf(resolved.lang)}>${resolved.text}</span>
    <span class="siip-untranslated">(${msg('not yet translated')})</span>`;
}
