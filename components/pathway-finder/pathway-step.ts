/**
 * One step of a pathway as a template function. Closed, it is one compact row: a heading whose button opens
 * it (number and title), who runs it, its cost and time, and the "done" box. Open, it shows in place what it
 * is, the figures with their dates, the documents, what the chosen state's authority asks, its sources with
 * their own dates, and the routes that can replace it.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { Dataset, Organization } from '../../src/data/schema.js';
import { textOf } from '../../src/data/text.js';
import { renderExternalLink, sourcesOf } from '../../src/internal/references.js';
import { formatDuration, formatMoney, type Pathway, type PathwayStep } from './pathway.js';
import { stateName } from './states.js';
import { rangeText, renderAuthorityForStep, renderFigureDate, sourceDateText } from './pathway-labels.js';
import { foreign, joinList, type DataText } from './pathway-text.js';

export type StepVariant = 'main' | 'alternative' | 'optional';

export interface StepContext {
  locale: string;
  dataset: Dataset | undefined;
  /** The widget's id prefix. */
  uid: string;
  done: ReadonlySet<string>;
  /** Steps whose details are open. */
  open: ReadonlySet<string>;
  /** Today, for "may have changed" on old figures. */
  today: Date;
  text: DataText;
  /** A heading `offset` levels below the widget's top heading. */
  heading: (offset: number, content: unknown, id?: string, extraClass?: string) => unknown;
  onToggle: (item: PathwayStep, event: Event) => void;
  onOpen: (item: PathwayStep) => void;
}

/** An organisation named in a step: its name, a link to its page where it has one. */
export const renderOrg = (org: Organization, text: DataText) => renderExternalLink(org.url, text(org.name, { name: true }));

/** A step's sources, each with the date the source gives itself (never the day it was read). */
export function renderStepSources(ids: readonly string[], context: Pick<StepContext, 'dataset' | 'locale'>) {
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

function stepLabel(item: PathwayStep, variant: StepVariant): string {
  const number = item.number;
  if (variant === 'optional') return msg('Optional');
  if (!number) return msg('Another route');
  return variant === 'main' ? msg(str`Step ${number}`) : msg(str`Instead of step ${number}`);
}

function amounts(item: PathwayStep, locale: string) {
  const { step } = item;
  const cost = step.cost ? rangeText(step.cost.min, step.cost.max, (a, b) => formatMoney(a, b, locale)) : undefined;
  const time = step.time ? rangeText(step.time.min, step.time.max, (a, b) => formatDuration({ min: a, max: b, unit: step.time!.unit }, locale)) : undefined;
  return { cost, time };
}

function renderDetails(item: PathwayStep, pathway: Pathway, offset: number, context: StepContext) {
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
        <dd>
          ${cost ?? msg('Not published')} ${renderFigureDate(step.cost?.asOf, locale, context.today)}
          ${step.cost?.note ? html`<br /><span class="muted">${text(step.cost.note)}</span>` : nothing}
        </dd>
      </div>
      <div>
        <dt>${msg('Typical time')}</dt>
        <dd>
          ${time ?? msg('Not published')} ${renderFigureDate(step.time?.asOf, locale, context.today)}
          ${step.time?.note ? html`<br /><span class="muted">${text(step.time.note)}</span>` : nothing}
        </dd>
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
            ${item.alternatives.map((alt) => renderStep(alt, pathway, 'alternative', offset + 1, context))}
          </ul>
        </div>`
      : nothing}`;
}

export function renderStep(item: PathwayStep, pathway: Pathway, variant: StepVariant, offset: number, context: StepContext): unknown {
  const { step } = item;
  const { locale } = context;
  const done = context.done.has(step.id);
  const open = context.open.has(step.id);
  const headingId = `${context.uid}-h-${step.id}`;
  const detailsId = `${context.uid}-d-${step.id}`;
  const checkId = `${context.uid}-c-${step.id}`;
  const { cost, time } = amounts(item, locale);
  // Each name isolated: an English name inside Arabic keeps its own order and punctuation.
  const who = step.runBy?.length ? joinList(step.runBy.map((org) => html`<bdi>${textOf(org.name, locale)}</bdi>`), locale) : undefined;
  return html`<li part="step" class="step step--${variant} ${done ? 'is-done' : ''} ${open ? 'is-open' : ''}" data-step=${step.id}>
    ${context.heading(
      offset,
      html`<button type="button" class="step__toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} @click=${() => context.onOpen(item)}>
        <span part="step-number" class="step__number">${stepLabel(item, variant)}</span>
        <span class="step__title">${context.text(step.title)}</span>
      </button>`,
      headingId,
      'step__heading',
    )}
    <p class="step__meta">
      ${step.kind === 'conditional' ? html`<span class="badge">${msg('Only if it applies to you')}</span>` : nothing}
      ${who ? html`<span>${who}</span>` : nothing} <span>${cost ?? msg('Cost not published')}</span>
      <span>${time ?? msg('Time not published')}</span>
    </p>
    <label class="step__check" for=${checkId}>
      <input id=${checkId} type="checkbox" .checked=${live(done)} @change=${(e: Event) => context.onToggle(item, e)} />
      <span aria-hidden="true">${msg('Done')}</span><span class="siip-visually-hidden">${msg(str`I have done this step: ${textOf(step.title, locale)}`)}</span>
    </label>
    <div class="step__details" id=${detailsId} ?hidden=${!open}>${open ? renderDetails(item, pathway, offset, context) : nothing}</div>
  </li>`;
}
