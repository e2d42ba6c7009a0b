/**
 * The top of a plan, what a phone shows first: its title, the state's licensing authority (or "choose your
 * state"), the one-sentence summary and where its time comes from, what to do first or next, and the quiet
 * note that nobody has reviewed the translation yet, with the button that shows the English original.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Dataset } from '../../src/data/schema.js';
import { hasUnreviewedTranslation, nextStep, type Pathway } from './pathway.js';
import { stateName } from '../../src/localization/state-names.js';
import { planTitle, renderAuthoritySentence, summaryWords } from './pathway-labels.js';
import { stepNumberLabel } from './pathway-step.js';
import type { ViewContext } from './pathway-view.js';

export interface SummaryContext extends ViewContext {
  done: ReadonlySet<string>;
  /** The reader asked for the English original of translations nobody has reviewed. */
  original: boolean;
  onToggleOriginal: () => void;
}

function renderNext(pathway: Pathway, context: SummaryContext) {
  const next = nextStep(pathway, context.done);
  const first = pathway.steps[0];
  if (!first) return nothing;
  if (!next) return html`<p part="next" class="next">${msg('You have done every main step. Print your plan to keep a record.')}</p>`;
  return html`<p part="next" class="next">
    <strong>${next === first ? msg('What to do first:') : msg('What to do next:')}</strong>
    ${stepNumberLabel(next.number)} — ${context.text(next.step.title)}
  </p>`;
}

function renderReviewNote(pathway: Pathway, dataset: Dataset, context: SummaryContext) {
  const records = [pathway.profession, ...pathway.helpers.map((h) => h.community)];
  if (!hasUnreviewedTranslation(dataset, records, context.locale)) return nothing;
  return html`<p part="review-note" class="review-note muted">
    ${context.original ? msg('You are reading the English original of this plan.') : msg('A person has not yet reviewed the translation of this plan.')}
    <button type="button" class="link-button" aria-pressed=${context.original ? 'true' : 'false'} @click=${context.onToggleOriginal}>
      ${msg('Show the English original')}
    </button>
  </p>`;
}

export function renderSummary(pathway: Pathway, dataset: Dataset, context: SummaryContext) {
  const { locale, text } = context;
  const where = pathway.state ? stateName(pathway.state, locale) : '';
  const { headline, explanation } = summaryWords(pathway, locale);
  return html`
    ${context.heading(0, planTitle(pathway, locale), undefined, 'title')}
    ${pathway.state
      ? html`<p part="authority" class="authority">${renderAuthoritySentence(pathway.authority, where, text, text(pathway.profession.boardKind))}</p>`
      : html`<p class="message" part="message">${msg('Choose your state to see what is different there.')}</p>`}
    <div part="summary" class="summary">
      <p class="summary__headline">${headline}</p>
      ${explanation ? html`<p class="summary__explanation muted">${explanation}</p>` : nothing}
    </div>
    ${renderNext(pathway, context)} ${renderReviewNote(pathway, dataset, context)}
  `;
}
