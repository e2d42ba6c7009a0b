/**
 * The panel with the chosen community's details, as a template function: kind and states, places, cohorts,
 * lead agency, partners, focus, note and sources.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Community, Dataset } from '../../src/data/schema.js';
import { renderText } from '../../src/internal/localized-text.js';
import { communityKindLabel } from '../../src/internal/community-kinds.js';
import { renderOrganization, renderSourceList, sourcesOf } from '../../src/internal/references.js';
import { heading } from '../../src/internal/heading.js';
import { listParts } from '../../src/localization/intl.js';
import { stateName } from '../../src/localization/state-names.js';
import { cohortsOf } from './map-view.js';

export interface DetailsOptions {
  locale: string;
  /** Level of the community's name (the element's `heading-level`). */
  headingLevel: number;
  /** The close button was pressed. */
  onClose: () => void;
}

/** A term whose description is a bulleted list; nothing when there is nothing to list. */
function listTerm<T>(term: string, items: readonly T[] | undefined, renderItem: (item: T) => unknown) {
  return items?.length
    ? html`<dt>${term}</dt>
        <dd>
          <ul>
            ${items.map((item) => html`<li>${renderItem(item)}</li>`)}
          </ul>
        </dd>`
    : nothing;
}

function renderLeadAgency(community: Community, locale: string) {
  const lead = community.leadAgency;
  if (!lead) return html`<dt>${msg('Lead agency')}</dt><dd class="muted">${msg('Not published')}</dd>`;
  return html`<dt>${msg('Lead agency')}</dt>
    <dd>
      ${renderOrganization(lead, locale)}
      ${lead.note ? html`<p class="details__note">${renderText(lead.note, locale)}</p>` : nothing}
    </dd>`;
}

export function renderCommunityDetails(community: Community, dataset: Dataset, { locale, headingLevel, onClose }: DetailsOptions) {
  const cohorts = cohortsOf(community, dataset);
  const sources = sourcesOf(dataset, community.sources);
  const states = listParts(
    community.states.map((code) => stateName(code, locale)),
    locale,
  );
  return html`<section part="details" class="details" aria-labelledby="details-heading">
    <div class="details__header">
      ${heading(headingLevel, 0, renderText(community.name, locale, { name: true }), { className: 'details__heading', id: 'details-heading' })}
      <button type="button" class="details__close" aria-label=${msg('Close details')} @click=${onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
    <dl class="details__list">
      <dt>${msg('Kind')}</dt>
      <dd>${communityKindLabel(community.kind)} (${states})</dd>
      ${listTerm(msg('Places'), community.places, (place) => renderText(place.name, locale, { name: true }))}
      <dt>${msg('Cohorts')}</dt>
      <dd>${cohorts.length ? listParts(cohorts.map((c) => renderText(c.name, locale)), locale) : msg('None listed')}</dd>
      ${renderLeadAgency(community, locale)}
      ${listTerm(msg('Partners'), community.partners, (partner) => renderOrganization(partner, locale))}
      ${listTerm(msg('Focus'), community.focus, (focus) => renderText(focus, locale))}
      ${community.note ? html`<dt>${msg('Note')}</dt><dd>${renderText(community.note, locale)}</dd>` : nothing}
      ${community.coordinates || community.places?.length
        ? nothing
        : html`<dt>${msg('Map')}</dt><dd>${msg('Not on the map: its location is not known.')}</dd>`}
      ${sources.length ? html`<dt>${msg('Sources')}</dt><dd>${renderSourceList(sources, { publisher: true })}</dd>` : nothing}
    </dl>
  </section>`;
}
