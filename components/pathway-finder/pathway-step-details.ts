/**
 * What an open step shows in place: what it is, its cost and time with their dates, the documents to
 * prepare, what the chosen state's authority asks, its sources with their own dates, and the routes that can
 * replace it; and the open "other routes and optional steps" section. The element loads this module when the
 * reader first opens a step or that section (the first screen shows closed main rows only); the printed plan
 * uses its words too.
 * Call while the element renders, so msg() answers in the widget's own locale.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Dataset, LocalizedText, Source } from '../../src/data/schema.js';
import { renderExternalLink, sourcesOf } from '../../src/internal/references.js';
import type { AuthorityLink, Pathway, PathwayStep } from './pathway.js';
import { formatPartialDate, isStale, sourceDating } from './figure-dates.js';
import { stateName } from '../../src/localization/state-names.js';
import { renderAuthorityLink } from './pathway-labels.js';
import { foreign, joinList, type DataText } from './pathway-text.js';
import { amounts, renderOrg, renderStep, type StepContext, type StepVariant } from './pathway-step.js';

/** The label of a step off the main line: "Instead of step 2", "Another route" or "Optional". */
function otherStepLabel(item: PathwayStep, variant: Exclude<StepVariant, 'main'>): string {
  const number = item.number;
  if (variant === 'optional') return msg('Optional');
  if (!number) return msg('Another route');
  return msg(str`Instead of step ${number}`);
}

/** The open "other routes and optional steps" section: alternatives that replace no main step, and optional steps. */
export function renderOtherSteps(pathway: Pathway, context: StepContext) {
  return html`<p class="muted">${msg('These are not required. They can help while you wait or give you another way in.')}</p>
    <ul class="step-list">
      ${pathway.otherRoutes.map((s) => renderStep(s, pathway, 'alternative', otherStepLabel(s, 'alternative'), 2, context))}
      ${pathway.optional.map((s) => renderStep(s, pathway, 'optional', otherStepLabel(s, 'optional'), 2, context))}
    </ul>`;
}

/** "as of June 2025", and a warning when the figure is more than three years old. */
export function renderFigureDate(asOf: string | undefined, locale: string, today: Date) {
  if (!asOf) return nothing;
  const date = formatPartialDate(asOf, locale);
  return html`<span class="asof">(${msg(str`as of ${date}`)})</span>${isStale(asOf, today)
    ? html` <span class="stale">${msg('May have changed — check the official page.')}</span>`
    : nothing}`;
}

/** A source's own date: "updated March 2025", "published 2019" or "undated". */
export function sourceDateText(source: Source, locale: string): string {
  const dating = sourceDating(source);
  if (dating.kind === 'undated') return msg('undated');
  const date = formatPartialDate(dating.date, locale);
  return dating.kind === 'updated' ? msg(str`updated ${date}`) : msg(str`published ${date}`);
}

/**
 * What a step that differs by state asks in the reader's state, when the data has no note of its own: the
 * authority that sets it (its link), or the national directory to find it in.
 */
export function renderAuthorityForStep(authority: AuthorityLink | undefined, where: string, text: DataText, boardKind: unknown) {
  const link = authority ? renderAuthorityLink(authority, text) : nothing;
  if (authority?.kind === 'authority') return msg(html`In ${where}, ${link} sets what this step asks. Check its page before you start.`);
  if (authority) return msg(html`This step is different in each state. Find the authority for ${where} in ${link}, a national directory, and check its page.`);
  return html`<strong>${msg('Check with your state’s board:')}</strong> ${boardKind}`;
}

/** A step's sources, each with the date the source gives itself (never the day it was read). */
function renderStepSources(ids: readonly string[], context: { dataset: Dataset | undefined; locale: string }) {
  const sources = sourcesOf(context.dataset, ids);
  if (!sources.length) return nothing;
  return html`<div class="sources">
    <p class="sources__label">${msg('Sources:')}</p>
    <ul>
      ${sources.map(
        (source) => html`<li>
          ${renderExternalLink(source.url, foreign(source.title, 'en'))} <span class="muted">(${sourceDateText(source, context.locale)})</span>
        </li>`,
      )}
    </ul>
  </div>`;
}

function renderStateInfo(item: PathwayStep, pathway: Pathway, context: StepContext) {
  const info = item.state;
  const { locale, text } = context;
  if (info.status === 'same-everywhere') return nothing;
  const where = pathway.state ? stateName(pathway.state, locale) : '';
  const variesNote = info.variesNote ? html`<p>${text(info.variesNote)}</p>` : nothing;
  let body;
  if (info.status === 'state-note' && info.note) {
    body = html`<p>${text(info.note.note)}</p>
      ${info.board ? html`<p>${msg('Contact:')} ${renderOrg(info.board, text)}</p>` : nothing} ${renderStepSources(info.note.sources, context)}`;
  } else if (info.status === 'check-board') {
    body = html`${variesNote}
      <p>${renderAuthorityForStep(info.authority, where, text, text(info.boardKind))}</p>`;
  } else {
    body = html`<p>${msg('This step is different in each state. Choose your state to see more.')}</p>
      ${variesNote}`;
  }
  return html`<div part="state-note" class="state state--${info.status}">
    <p class="state__label">${where ? msg(str`In ${where}`) : msg('Differs by state')}</p>
    ${body}
  </div>`;
}

/** A figure with its date and note, or "Not published". */
function renderFigure(amount: string | undefined, figure: { asOf?: string; note?: LocalizedText } | undefined, context: StepContext) {
  return html`${amount ?? msg('Not published')} ${renderFigureDate(figure?.asOf, context.locale, context.today)}
  ${figure?.note ? html`<br /><span class="muted">${context.text(figure.note)}</span>` : nothing}`;
}

export function renderStepDetails(item: PathwayStep, pathway: Pathway, offset: number, context: StepContext) {
  const { step } = item;
  const { locale, text } = context;
  const { cost, time } = amounts(item, locale);
  return html`<p>${text(step.description)}</p>
    <dl class="facts">
      ${step.runBy?.length
        ? html`<div>
            <dt>${msg('Who runs it')}</dt>
            <dd>${joinList(step.runBy.map((org) => renderOrg(org, text)), locale)}</dd>
          </div>`
        : nothing}
      ${step.link
        ? html`<div>
            <dt>${msg('Official page')}</dt>
            <dd>${renderExternalLink(step.link, msg('Read the official page for this step'))}</dd>
          </div>`
        : nothing}
      <div>
        <dt>${msg('Typical cost')}</dt>
        <dd>${renderFigure(cost, step.cost, context)}</dd>
      </div>
      <div>
        <dt>${msg('Typical time')}</dt>
        <dd>${renderFigure(time, step.time, context)}</dd>
      </div>
    </dl>
    ${step.documents?.length
      ? html`<p class="docs__label">${msg('Documents to prepare')}</p>
          <ul class="docs">
            ${step.documents.map((doc) => html`<li>${text(doc)}</li>`)}
          </ul>`
      : nothing}
    ${renderStateInfo(item, pathway, context)} ${renderStepSources(step.sources, context)}
    ${item.alternatives.length
      ? html`<div class="alternatives">
          <p class="alternatives__label">${msg('Another way to do this step')}</p>
          <ul class="step-list">
            ${item.alternatives.map((alt) => renderStep(alt, pathway, 'alternative', otherStepLabel(alt, 'alternative'), offset + 1, context))}
          </ul>
        </div>`
      : nothing}`;
}
