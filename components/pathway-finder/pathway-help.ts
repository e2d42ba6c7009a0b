/**
 * "Who can help in <state>": the SIIP communities working there, each with its lead agency's page and role
 * (and the roster's "role not confirmed by the program" where it is not confirmed), never an agency that does
 * not serve the state. Nothing without a state.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Pathway } from './pathway.js';
import { stateName } from '../../src/localization/state-names.js';
import { renderOrg } from './pathway-step.js';
import type { ViewContext } from './pathway-view.js';

export function renderHelp(pathway: Pathway, { locale, uid, text, heading }: ViewContext) {
  if (!pathway.state) return nothing;
  const where = stateName(pathway.state, locale);
  return html`<section part="help" class="help" aria-labelledby="${uid}-help">
    ${heading(1, msg(str`Who can help in ${where}`), `${uid}-help`)}
    ${pathway.helpers.length
      ? html`<ul>
          ${pathway.helpers.map(
            ({ community, agency }) => html`<li>
              <strong>${text(community.name, { name: true })}</strong>${agency
                ? html` — ${msg('lead agency:')} ${renderOrg(agency, text)}${agency.role ? html` — ${text(agency.role)}` : nothing}${agency.certainty &&
                  agency.certainty !== 'confirmed'
                    ? html` <span class="muted">(${msg('role not confirmed by the program')})</span>`
                    : nothing}`
                : nothing}
            </li>`,
          )}
        </ul>`
      : html`<p>${msg('No SIIP community works in this state yet.')}</p>`}
  </section>`;
}
