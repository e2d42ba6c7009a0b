/**
 * One step of a pathway as a template function: its heading, what it costs and takes, who runs it, the
 * documents, what differs in the chosen state, its sources, the "done" check, and its alternatives.
 */
import { listParts } from '../../src/localization/intl.js';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { Dataset, Organization } from '../../src/data/schema.js';
import { textOf } from '../../src/data/text.js';
import { renderText } from '../../src/internal/localized-text.js';
import { renderExternalLink, renderOrganization, renderSourcesInline, sourcesOf } from '../../src/internal/references.js';
import { formatDuration, formatMoney, formatPartialDate, type Pathway, type PathwayStep } from './pathway.js';
import { stateName } from './states.js';
import { rangeText } from './pathway-labels.js';

const asOfText = (date: string) => msg(str`(as of ${date})`);

export type StepVariant = 'main' | 'alternative' | 'optional';

export interface StepContext {
  locale: string;
  dataset: Dataset | undefined;
  /** The widget's id prefix. */
  uid: string;
  done: ReadonlySet<string>;
  /** A heading `offset` levels below the widget's top heading. */
  heading: (offset: number, content: unknown, id?: string, extraClass?: string) => unknown;
  onToggle: (item: PathwayStep, event: Event) => void;
}

/** An organisation named in a step: name and link, no role (the step says what it does). */
export const renderOrg = (org: Organization, locale: string) => renderOrganization(org, locale, { role: false });

/** "Sources: …" under a step or a state note. */
export function renderStepSources(ids: readonly string[], dataset: Dataset | undefined, locale: string) {
  const sources = sourcesOf(dataset, ids);
  if (!sources.length) return nothing;
  return html`<p class="sources muted">${msg('Sources:')} ${renderSourcesInline(sources, locale)}</p>`;
}

function renderStateInfo(item: PathwayStep, pathway: Pathway, context: StepContext) {
  const info = item.state;
  const { locale } = context;
  if (info.status === 'same-everywhere') return nothing;
  const where = pathway.state ? stateName(pathway.state, locale) : '';
  const variesNote = info.variesNote ? html`<p>${renderText(info.variesNote, locale)}</p>` : nothing;
  let body;
  if (info.status === 'state-note' && info.note) {
    body = html`<p>${renderText(info.note.note, locale)}</p>
      ${info.board ? html`<p>${msg('Contact:')} ${renderOrg(info.board, locale)}</p>` : nothing} ${renderStepSources(info.note.sources, context.dataset, locale)}`;
  } else if (info.status === 'check-board') {
    body = html`<p>${msg('This step is different in each state. We do not have details for this state yet.')}</p>
      ${variesNote}
      <p>
        <strong>${msg('Check with your state’s board:')}</strong>
        ${info.board ? renderOrg(info.board, locale) : renderText(info.boardKind, locale)}
      </p>`;
  } else {
    body = html`<p>${msg('This step is different in each state. Choose your state to see more.')}</p>
      ${variesNote}`;
  }
  return html`<div part="state-note" class="state state--${info.status}">
    <p class="state__label">${where ? msg(str`In ${where}`) : msg('Differs by state')}</p>
    ${body}
  </div>`;
}

export function renderStep(item: PathwayStep, pathway: Pathway, variant: StepVariant, offset: number, context: StepContext): unknown {
  const { step } = item;
  const { locale } = context;
  const done = context.done.has(step.id);
  const headingId = `${context.uid}-h-${step.id}`;
  const number = item.number;
  const label =
    variant === 'optional' ? msg('Optional') : !number ? msg('Another route') : variant === 'main' ? msg(str`Step ${number}`) : msg(str`Instead of step ${number}`);
  const cost = step.cost ? rangeText(step.cost.min, step.cost.max, (a, b) => formatMoney(a, b, locale)) : undefined;
  const time = step.time ? rangeText(step.time.min, step.time.max, (a, b) => formatDuration({ min: a, max: b, unit: step.time!.unit }, locale)) : undefined;
  const asOf = (iso: string | undefined) => (iso ? html` <span class="muted">${asOfText(formatPartialDate(iso, locale))}</span>` : nothing);
  const checkId = `${context.uid}-c-${step.id}`;
  return html`<li part="step" class="step step--${variant} ${done ? 'is-done' : ''}" data-step=${step.id}>
    ${context.heading(
      offset,
      html`<span part="step-number" class="step__number">${label}</span>
        <span class="step__title">${renderText(step.title, locale)}</span>
        ${done ? html`<span class="badge badge--done">${msg('Done')}</span>` : nothing}`,
      headingId,
      'step__heading',
    )}
    ${step.kind === 'conditional' ? html`<p class="badge">${msg('Only if it applies to you')}</p>` : nothing}
    <p>${renderText(step.description, locale)}</p>
    <dl class="facts">
      ${step.runBy?.length
        ? html`<div>
            <dt>${msg('Who runs it')}</dt>
            <dd>${listParts(step.runBy.map((org) => renderOrg(org, locale)), locale)}</dd>
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
        <dd>
          ${cost ?? msg('Unknown')}${asOf(step.cost?.asOf)}
          ${step.cost?.note ? html`<br /><span class="muted">${renderText(step.cost.note, locale)}</span>` : nothing}
        </dd>
      </div>
      <div>
        <dt>${msg('Typical time')}</dt>
        <dd>
          ${time ?? msg('Unknown')}${asOf(step.time?.asOf)}
          ${step.time?.note ? html`<br /><span class="muted">${renderText(step.time.note, locale)}</span>` : nothing}
        </dd>
      </div>
    </dl>
    ${step.documents?.length
      ? html`<p class="docs__label">${msg('Documents to prepare')}</p>
          <ul class="docs">
            ${step.documents.map((doc) => html`<li>${renderText(doc, locale)}</li>`)}
          </ul>`
      : nothing}
    ${renderStateInfo(item, pathway, context)} ${renderStepSources(step.sources, context.dataset, locale)}
    <div class="step__check">
      <input id=${checkId} type="checkbox" .checked=${live(done)} @change=${(e: Event) => context.onToggle(item, e)} />
      <label for=${checkId}>
        <span aria-hidden="true">${msg('I have done this step')}</span
        ><span class="siip-visually-hidden">${msg(str`I have done this step: ${textOf(step.title, locale)}`)}</span>
      </label>
      <span class="print-status">${done ? `☑ ${msg('Done')}` : `☐ ${msg('Not done yet')}`}</span>
    </div>
    ${item.alternatives.length
      ? html`<div class="alternatives">
          <p class="alternatives__label">${msg('Another way to do this step')}</p>
          <ul class="step-list">
            ${item.alternatives.map((alt) => renderStep(alt, pathway, 'alternative', offset + 1, context))}
          </ul>
        </div>`
      : nothing}
  </li>`;
}
