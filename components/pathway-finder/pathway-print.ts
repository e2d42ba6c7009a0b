/**
 * "Print my plan": the plan alone, on paper. Print styles in a shadow root cannot hide the rest of the
 * partner page (the map, the calendar, the page's own text around the widget), so the plan is written into a
 * print view of its own, a frame holding only the plan, and that frame is printed. Every step is open, every
 * link is written out, and the page says when the data release was compiled and that each figure carries its
 * own date: it never claims that anything was checked on the day of printing.
 */
import { html, nothing, render, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Dataset, Organization } from '../../src/data/schema.js';
import { safeHref } from '../../src/internal/safe-href.js';
import { sourcesOf } from '../../src/internal/references.js';
import type { Pathway, PathwayStep } from './pathway.js';
import { formatPartialDate } from './figure-dates.js';
import { withLocale } from '../../src/localization/locale.js';
import { dateTimeFormat } from '../../src/localization/intl.js';
import { planTitle, renderAuthoritySentence, summaryWords } from './pathway-labels.js';
import { amounts, stepNumberLabel } from './pathway-step.js';
import { renderAuthorityForStep, renderFigureDate, sourceDateText } from './pathway-step-details.js';
import { foreign, joinList, type DataText } from './pathway-text.js';
import { stateName } from '../../src/localization/state-names.js';

export interface PrintContext {
  locale: string;
  dataset: Dataset;
  done: ReadonlySet<string>;
  today: Date;
  text: DataText;
  /** The page's address (with the plan's fragment when the widget may use it). */
  address: string;
}

const insteadLabel = (number: number) => msg(str`Instead of step ${number}`);

/** A link on paper: its words, then its address in full. */
function printLink(url: string | undefined, content: unknown) {
  const href = safeHref(url);
  if (!href) return content;
  return html`<a href=${href}>${content}</a> <span class="url" dir="ltr">${href}</span>`;
}

/** A link's address written out after a sentence that already holds the link. */
function writtenOut(url: string | undefined) {
  const href = safeHref(url);
  return href ? html`<span class="url" dir="ltr">${href}</span>` : nothing;
}

const printOrg = (org: Organization, text: DataText) => printLink(org.url, text(org.name, { name: true }));

function printSources(ids: readonly string[], context: PrintContext) {
  const sources = sourcesOf(context.dataset, ids);
  if (!sources.length) return nothing;
  return html`<div class="sources">
    ${msg('Sources:')}
    <ul>
      ${sources.map((s) => html`<li>${printLink(s.url, foreign(s.title, 'en'))} (${sourceDateText(s, context.locale)})</li>`)}
    </ul>
  </div>`;
}

function printStep(item: PathwayStep, pathway: Pathway, label: string, context: PrintContext): TemplateResult {
  const { step } = item;
  const { locale, text } = context;
  const done = context.done.has(step.id);
  const { cost, time } = amounts(item, locale);
  const where = pathway.state ? stateName(pathway.state, locale) : '';
  const info = item.state;
  return html`<li class="step" data-step=${step.id}>
    <h3><span class="box" aria-hidden="true">${done ? '☑' : '☐'}</span> ${label}: ${text(step.title)}
      <span class="status">${done ? msg('Done') : msg('Not done yet')}</span></h3>
    ${step.kind === 'conditional' ? html`<p><em>${msg('Only if it applies to you')}</em></p>` : nothing}
    <p>${text(step.description)}</p>
    <ul class="facts">
      ${step.runBy?.length ? html`<li>${msg('Who runs it')}: ${joinList(step.runBy.map((org) => printOrg(org, text)), locale)}</li>` : nothing}
      <li>${msg('Typical cost')}: ${cost ?? msg('Not published')} ${renderFigureDate(step.cost?.asOf, locale, context.today)}
        ${step.cost?.note ? html`— ${text(step.cost.note)}` : nothing}</li>
      <li>${msg('Typical time')}: ${time ?? msg('Not published')} ${renderFigureDate(step.time?.asOf, locale, context.today)}
        ${step.time?.note ? html`— ${text(step.time.note)}` : nothing}</li>
      ${step.link ? html`<li>${msg('Official page')}: ${printLink(step.link, msg('Read the official page for this step'))}</li>` : nothing}
    </ul>
    ${step.documents?.length
      ? html`<p>${msg('Documents to prepare')}:</p>
          <ul>
            ${step.documents.map((doc) => html`<li>${text(doc)}</li>`)}
          </ul>`
      : nothing}
    ${info.status === 'state-note' && info.note
      ? html`<p><strong>${msg(str`In ${where}`)}:</strong> ${text(info.note.note)}
            ${info.board ? html`${msg('Contact:')} ${printOrg(info.board, text)}` : nothing}</p>
          ${printSources(info.note.sources, context)}`
      : info.status === 'check-board'
        ? html`<p><strong>${msg(str`In ${where}`)}:</strong> ${info.variesNote ? text(info.variesNote) : nothing}
            ${renderAuthorityForStep(info.authority, where, text, text(info.boardKind))} ${writtenOut(info.authority?.url)}</p>`
        : nothing}
    ${printSources(step.sources, context)}
    ${item.alternatives.length
      ? html`<ul class="alternatives">
          ${item.alternatives.map((alt) => printStep(alt, pathway, insteadLabel(item.number), context))}
        </ul>`
      : nothing}
  </li>`;
}

/** The whole printed plan, in the widget's language (call while msg() answers in it). */
export function renderPrintedPlan(pathway: Pathway, context: PrintContext): TemplateResult {
  const { locale, text, dataset } = context;
  const profession = text(pathway.profession.name);
  const where = pathway.state ? stateName(pathway.state, locale) : '';
  const { headline, explanation } = summaryWords(pathway, locale);
  const compiled = formatPartialDate(dataset.asOf, locale);
  const printed = dateTimeFormat(locale, { dateStyle: 'long' }).format(context.today);
  const authority = pathway.authority;
  return html`<main class="plan">
    <h1>${where ? html`${profession} — ${where}` : profession}</h1>
    ${pathway.state
      ? html`<p class="authority">
          ${renderAuthoritySentence(authority, where, text, text(pathway.profession.boardKind))} ${writtenOut(authority?.url)}
        </p>`
      : nothing}
    <p class="headline"><strong>${headline}</strong></p>
    ${explanation ? html`<p>${explanation}</p>` : nothing}
    <h2>${msg('Main steps')}</h2>
    <ol class="steps">
      ${pathway.steps.map((s) => printStep(s, pathway, stepNumberLabel(s.number), context))}
    </ol>
    ${pathway.otherRoutes.length || pathway.optional.length
      ? html`<h2>${msg('Other routes and optional steps')}</h2>
          <ul class="steps">
            ${pathway.otherRoutes.map((s) => printStep(s, pathway, msg('Another route'), context))}
            ${pathway.optional.map((s) => printStep(s, pathway, msg('Optional'), context))}
          </ul>`
      : nothing}
    ${pathway.state
      ? html`<h2>${msg(str`Who can help in ${where}`)}</h2>
          ${pathway.helpers.length
            ? html`<ul>
                ${pathway.helpers.map(
                  ({ community, agency }) =>
                    html`<li>${text(community.name, { name: true })}${agency
                      ? html` — ${msg('lead agency:')} ${printOrg(agency, text)}${agency.certainty && agency.certainty !== 'confirmed'
                          ? html` (${msg('role not confirmed by the program')})`
                          : nothing}`
                      : nothing}</li>`,
                )}
              </ul>`
            : html`<p>${msg('No SIIP community works in this state yet.')}</p>`}`
      : nothing}
    <footer>
      <p>${msg(str`Data release ${dataset.dataVersion}, compiled ${compiled}. Each cost and time is dated as shown beside it; fees and rules change, so check the official pages before you pay.`)}</p>
      <p>${msg(str`Printed on ${printed}`)}</p>
      <p>${msg('Page address:')} <span class="url" dir="ltr">${context.address}</span></p>
    </footer>
  </main>`;
}

const PRINT_STYLES = `
  @page { margin: 14mm 14mm 16mm; }
  html { color: #000; background: #fff; font: 10.5pt/1.4 system-ui, sans-serif; }
  body { margin: 0; }
  h1 { font-size: 16pt; margin: 0 0 4pt; }
  h2 { font-size: 12.5pt; margin: 12pt 0 4pt; border-block-end: 1px solid #000; }
  h3 { font-size: 11pt; margin: 0 0 2pt; }
  p { margin: 2pt 0; }
  ul, ol { margin: 2pt 0; padding-inline-start: 1.3em; }
  .steps { list-style: none; padding: 0; }
  .step { break-inside: avoid; padding: 5pt 0; border-block-end: 1px solid #999; }
  .alternatives { list-style: none; padding-inline-start: 1.2em; }
  .box { font-size: 13pt; }
  .status { font-weight: normal; font-size: 9.5pt; }
  .facts { list-style: none; padding: 0; }
  .asof, .stale, .sources, .url { font-size: 9pt; }
  .stale { font-weight: 600; }
  /* An address keeps its own left-to-right order, even when it wraps inside a right-to-left line. */
  .url { display: inline-block; max-inline-size: 100%; direction: ltr; unicode-bidi: isolate; overflow-wrap: anywhere; }
  a { color: #000; text-decoration: none; }
  footer { margin-block-start: 12pt; padding-block-start: 4pt; border-block-start: 1px solid #000; font-size: 9pt; }
`;

/**
 * Owns the hidden frame the plan is printed from (inside the widget's shadow root, so nothing is added to
 * the partner's page), and removes it when the widget leaves the page.
 */
export class PrintView implements ReactiveController {
  #frame?: HTMLIFrameElement;

  constructor(
    host: ReactiveControllerHost,
    private readonly container: () => ParentNode,
  ) {
    host.addController(this);
  }

  /** The frame's document (after the first print), for tests and for hosts that want to save it. */
  get document(): Document | undefined {
    return this.#frame?.contentDocument ?? undefined;
  }

  hostDisconnected(): void {
    this.#frame?.remove();
    this.#frame = undefined;
  }

  /** Writes the plan, in the widget's language and direction, into the print view and prints it. */
  printPlan(pathway: Pathway, context: PrintContext, dir: string): void {
    const { locale } = context;
    withLocale(locale, () => this.print(renderPrintedPlan(pathway, context), { lang: locale, dir, title: planTitle(pathway, locale) }));
  }

  /** Writes the plan into the print view and opens the browser's print dialog for it alone. */
  print(plan: TemplateResult, options: { lang: string; dir: string; title: string }): void {
    let frame = this.#frame;
    if (!frame?.isConnected) {
      frame = document.createElement('iframe');
      frame.className = 'print-view';
      frame.title = options.title;
      frame.tabIndex = -1;
      frame.setAttribute('aria-hidden', 'true');
      this.container().append(frame);
      this.#frame = frame;
    }
    const doc = frame.contentDocument;
    const view = frame.contentWindow;
    if (!doc || !view) return;
    doc.documentElement.lang = options.lang;
    doc.documentElement.dir = options.dir;
    doc.title = options.title;
    const style = doc.createElement('style');
    style.textContent = PRINT_STYLES;
    doc.head.replaceChildren(style);
    render(plan, doc.body, { creationScope: doc });
    view.print();
  }
}
