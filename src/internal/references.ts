/**
 * How every widget shows who runs something and where a fact comes from: organisations (name, link, role)
 * and sources (title, link, publisher). One rendering, so a link is safe and opens the same way everywhere.
 */
import { listParts } from '../localization/intl.js';
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Dataset, Organization, Source } from '../data/schema.js';
import { renderText } from './localized-text.js';
import { safeHref } from './safe-href.js';

/** A link out of the widget (new tab, no referrer, no opener); plain content when the URL is not safe. */
export function renderExternalLink(url: string | undefined, content: unknown, options: { lang?: string } = {}): TemplateResult | unknown {
  const href = safeHref(url);
  if (!href) return content;
  return html`<a href=${href} target="_blank" rel="noopener noreferrer" lang=${options.lang ?? nothing}>${content}</a>`;
}

/**
 * An organisation: its name (a link when it has a safe URL) and, unless `role: false`, its role and a
 * note when the role is not confirmed by the program.
 */
export function renderOrganization(org: Organization, locale: string, options: { role?: boolean } = {}) {
  const name = renderExternalLink(org.url, renderText(org.name, locale, { name: true }));
  if (options.role === false) return name;
  return html`${name}${org.role ? html` — ${renderText(org.role, locale)}` : nothing}${org.certainty && org.certainty !== 'confirmed'
    ? html` <span class="muted">(${msg('role not confirmed by the program')})</span>`
    : nothing}`;
}

const sourceIndexes = new WeakMap<Dataset, Map<string, Source>>();

/** The dataset's sources with these ids, in the order given; unknown ids are skipped. */
export function sourcesOf(dataset: Dataset | undefined, ids: readonly string[] | undefined): Source[] {
  if (!dataset || !ids?.length) return [];
  let index = sourceIndexes.get(dataset);
  if (!index) sourceIndexes.set(dataset, (index = new Map(dataset.sources.map((source) => [source.id, source]))));
  return ids.map((id) => index.get(id)).filter((source): source is Source => source !== undefined);
}

/** One source: its title as a link (titles are kept as published, in English) and its publisher when asked. */
export function renderSource(source: Source, options: { publisher?: boolean } = {}) {
  return html`${renderExternalLink(source.url, source.title, { lang: 'en' })}${options.publisher && source.publisher
    ? html`, ${source.publisher}`
    : nothing}`;
}

/** Sources as a run of links separated as `locale` separates list items (inside a sentence or a `<dd>`). */
export function renderSourcesInline(sources: readonly Source[], locale: string) {
  return listParts(sources.map((source) => renderSource(source)), locale);
}

/** Sources as a bulleted list. */
export function renderSourceList(sources: readonly Source[], options: { publisher?: boolean } = {}) {
  return html`<ul>
    ${sources.map((source) => html`<li>${renderSource(source, options)}</li>`)}
  </ul>`;
}
