/**
 * One step of a pathway as a template function: one compact row, a heading whose button opens it (number and
 * title), who runs it, its cost and time, and the "done" box. What an open step shows in place (what it is,
 * dated figures, documents, what the state asks, sources, routes that can replace it) is
 * pathway-step-details.ts, loaded when the reader first opens a step: closed rows need none of it.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Dataset, Organization } from '../../src/data/schema.js';
import { textOf } from '../../src/data/text.js';
import { renderExternalLink } from '../../src/internal/references.js';
import { formatDuration, formatMoney, type Pathway, type PathwayStep } from './pathway.js';
import { rangeText } from './pathway-labels.js';
import { joinList, type DataText } from './pathway-text.js';
import type { ViewContext } from './pathway-view.js';

export type StepVariant = 'main' | 'alternative' | 'optional';

/** Renders an open step's details (pathway-step-details.ts). */
export type StepDetailsRenderer = (item: PathwayStep, pathway: Pathway, offset: number, context: StepContext) => unknown;

export interface StepContext extends ViewContext {
  dataset: Dataset | undefined;
  done: ReadonlySet<string>;
  /** Steps whose details are open. */
  open: ReadonlySet<string>;
  /** Today, for "may have changed" on old figures. */
  today: Date;
  /** Undefined until the details' module has loaded: an open step shows its row until then. */
  details: StepDetailsRenderer | undefined;
  onToggle: (item: PathwayStep, event: Event) => void;
  onOpen: (item: PathwayStep) => void;
}

/** An organisation named in a step: its name, a link to its page where it has one. */
export const renderOrg = (org: Organization, text: DataText) => renderExternalLink(org.url, text(org.name, { name: true }));

/** "Step 2": the label of a main step (steps off the main line are labelled in pathway-step-details.ts). */
export function stepNumberLabel(number: number): string {
  return msg(str`Step ${number}`);
}

/** A step's cost and time in words; undefined where the data gives no figure. */
export function amounts(item: PathwayStep, locale: string) {
  const { step } = item;
  const cost = step.cost ? rangeText(step.cost.min, step.cost.max, (a, b) => formatMoney(a, b, locale)) : undefined;
  const time = step.time ? rangeText(step.time.min, step.time.max, (a, b) => formatDuration({ min: a, max: b, unit: step.time!.unit }, locale)) : undefined;
  return { cost, time };
}

/** One step's row; `label` is "Step 2", "Instead of step 2", "Another route" or "Optional". */
export function renderStep(item: PathwayStep, pathway: Pathway, variant: StepVariant, label: string, offset: number, context: StepContext): unknown {
  const { step } = item;
  const { locale } = context;
  // A plain `.checked` binding stays true to the data: every click goes through onToggle, which marks what the box shows.
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
        <span part="step-number" class="step__number">${label}</span>
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
      <input id=${checkId} type="checkbox" .checked=${done} @change=${(e: Event) => context.onToggle(item, e)} />
      <span aria-hidden="true">${msg('Done')}</span><span class="siip-visually-hidden">${msg(str`I have done this step: ${textOf(step.title, locale)}`)}</span>
    </label>
    <div class="step__details" id=${detailsId} ?hidden=${!open}>${open && context.details ? context.details(item, pathway, offset, context) : nothing}</div>
  </li>`;
}
