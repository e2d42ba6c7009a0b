/**
 * What an opened row shows: everything the row has no room for, with its organisations and sources as links.
 * Loaded when a row is first opened (the first page shows closed rows only).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Dataset } from '../../src/data/schema.js';
import { textOf } from '../../src/data/text.js';
import { communityKindLabel } from '../../src/internal/community-kinds.js';
import { renderText } from '../../src/internal/localized-text.js';
import { renderOrganization, renderSourceList, sourcesOf } from '../../src/internal/references.js';
import { formatList, listParts } from '../../src/localization/intl.js';
import type { RosterRow } from './roster.js';

/** The look of opened details, adopted by the roster with this module: pages whose rows stay closed never load it. */
export const communityDetailsStyles = css`
  .details {
    padding: 0.25em 0 0.5em;
  }
  .details:focus-visible {
    outline-offset: -3px;
  }
  .details dl {
    display: grid;
    grid-template-columns: minmax(7em, max-content) minmax(0, 1fr);
    gap: 0.35em 1em;
    margin: 0;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
    min-inline-size: 0;
  }
  .details ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .details li a {
    display: inline-block;
    min-block-size: 24px;
  }
  .details__note {
    margin: 0.25em 0 0;
    color: var(--_siip-muted);
  }

  /* Narrow widgets: the details are a card under their row. */
  @container (max-width: 30em) {
    .details {
      padding: 0.5em 0.6em;
      border-inline-start: 3px solid var(--_siip-accent);
      background: var(--_siip-surface-alt);
    }
    .details dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0 1em;
    }
    .details dd + dt {
      margin-block-start: 0.4em;
    }
  }

  @media (forced-colors: active) {
    .details {
      border-inline-start: 3px solid CanvasText;
    }
  }
`;

export function communityDetails(row: RosterRow, locale: string, dataset: Dataset): TemplateResult {
  const { community } = row;
  const lead = community.leadAgency;
  return html`<dl>
    <dt>${msg('State')}</dt>
    <dd>${formatList(row.stateNames, locale)}</dd>
    <dt>${msg('Type')}</dt>
    <dd>${communityKindLabel(community.kind)}</dd>
    <dt>${msg('Lead agency')}</dt>
    <dd>
      ${lead ? renderOrganization(lead, locale) : msg('Not published')}
      ${lead?.note ? html`<p class="details__note">${renderText(lead.note, locale)}</p>` : nothing}
    </dd>
    ${community.partners?.length
      ? html`<dt>${msg('Partners')}</dt>
          <dd><ul>${community.partners.map((partner) => html`<li>${renderOrganization(partner, locale)}</li>`)}</ul></dd>`
      : nothing}
    ${community.focus?.length
      ? html`<dt>${msg('Focus')}</dt>
          <dd><ul>${community.focus.map((focus) => html`<li>${renderText(focus, locale)}</li>`)}</ul></dd>`
      : nothing}
    ${community.places?.length
      ? html`<dt>${msg('Places')}</dt>
          <dd>${listParts(community.places.map((place) => html`<span lang="en">${textOf(place.name, 'en')}</span>`), locale)}</dd>`
      : nothing}
    ${community.note ? html`<dt>${msg('Note')}</dt><dd>${renderText(community.note, locale)}</dd>` : nothing}
    <dt>${msg('Sources')}</dt>
    <dd>${renderSourceList(sourcesOf(dataset, community.sources))}</dd>
  </dl>`;
}
