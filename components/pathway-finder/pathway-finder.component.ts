import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { SiipElement } from '../../src/internal/siip-element.js';
import { DatasetController } from '../../src/data/dataset-controller.js';
import { GroupController } from '../../src/internal/group-controller.js';
import { LiveAnnouncer } from '../../src/internal/live-announcer.js';
import { SkipPast } from '../../src/internal/skip-past.js';
import { uniqueId } from '../../src/internal/ids.js';
import { textOf } from '../../src/data/text.js';
import { withLocale } from '../../src/localization/locale.js';
import { plural } from '../../src/localization/plural.js';
import type { Dataset } from '../../src/data/schema.js';
import { themeStyles } from '../../src/styles/theme.styles.js';
import '../../src/events/pathway-change.js';
import '../../src/events/step-toggle.js';
import { pathwayFinderStyles } from './pathway-finder.styles.js';
import {
  allSteps,
  doneCount,
  hasUnreviewedTranslation,
  nextStep,
  normaliseState,
  resolvePathway,
  type Pathway,
  type PathwayResult,
  type PathwayStep,
} from './pathway.js';
import { progressKey } from './progress-store.js';
import { shareUrl, type SharedPlan } from './share-link.js';
import { ProgressController } from './progress-controller.js';
import { UrlSyncController } from './url-sync-controller.js';
import { stateName, statesSorted } from './states.js';
import { renderOrg, renderStep, type StepContext } from './pathway-step.js';
import { renderAuthoritySentence, summaryWords } from './pathway-labels.js';
import { dataTextFor, type DataText } from './pathway-text.js';
import type { PrintView } from './pathway-print.js';

const HEADINGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };
const clampLevel = (level: number) => Math.min(6, Math.max(2, Math.round(Number.isFinite(level) ? level : 2)));
/** The id of the "other routes and optional steps" section in the set of open sections. */
const EXTRA_SECTION = '\u0000extra';

/**
 * @summary From a foreign diploma to a US licence, step by step: the steps for a profession in a state as a
 * compact list whose steps open in place (cost, time and their dates, documents, what the state's licensing
 * authority asks, sources), one plain summary, who can help there, progress the reader can keep on their
 * device, a printable plan and a share link.
 * @tag siip-pathway-finder
 *
 * @fires siip-pathway-change - The reader chose another profession or state. `detail: { profession, state }`.
 * @fires siip-step-toggle - The reader marked a step as done or not done. `detail: { stepId, done }`.
 *
 * @csspart pickers - The profession and state choices.
 * @csspart message - The message shown for an unknown profession or state, or before a choice is made.
 * @csspart authority - The sentence naming the state's licensing authority, with its link.
 * @csspart summary - The plan's summary: time and cost in one sentence, and where the time comes from.
 * @csspart next - What to do first (the first step not yet done).
 * @csspart review-note - The note that the data's translations are not yet reviewed, with the English original.
 * @csspart steps - The list of main steps.
 * @csspart step - One step (main, alternative or optional).
 * @csspart step-number - The "Step 1" label of a step.
 * @csspart state-note - What a step says about the chosen state.
 * @csspart optional - The other routes and optional steps section.
 * @csspart progress - The progress section (count, save on this device, clear).
 * @csspart help - The "Who can help" section.
 * @csspart actions - The print and share buttons.
 * @csspart skip-link - The "skip past" link, shown when focused.
 * @csspart announcer - The polite live region.
 *
 * @cssprop [--siip-color-accent=#0b5cad] - Buttons, links, step numbers and focus ring.
 * @cssprop [--siip-color-on-accent=#ffffff] - Text on accent-coloured buttons and step numbers.
 * @cssprop [--siip-color-surface-alt=#f3f5f8] - Summary and state-note backgrounds.
 * @cssprop [--siip-color-danger=#a4161a] - Notices about storage problems.
 */
export class SiipPathwayFinder extends SiipElement {
  static override styles = [themeStyles, pathwayFinderStyles];

  readonly #data = new DatasetController(this, { collections: ['professions', 'communities'] });
  // Before the progress controller: a plan in the address picks the pathway whose progress is read.
  readonly #address = new UrlSyncController(this, {
    enabled: () => this.syncUrl,
    apply: (plan) => {
      if (plan.profession) this.profession = plan.profession;
      if (plan.state) this.state = plan.state;
      if (plan.step) {
        this.#currentStep = this.#scrollToStep = plan.step;
        this.open = new Set([...this.open, plan.step]);
      }
    },
  });
  readonly #progress = new ProgressController(this, {
    target: () => {
      const pathway = this.#pathway();
      const dataset = this.#data.dataset;
      if (!pathway || !dataset) return undefined;
      const key = progressKey(pathway.profession.id, pathway.state ?? 'any', dataset.dataVersion);
      return { key, steps: () => new Set(allSteps(pathway).map((s) => s.step.id)) };
    },
  });
  readonly #announcer = new LiveAnnouncer(this);
  readonly #skip = new SkipPast(this);
  /** The print view, loaded with its module on the first "Print my plan" (most readers never print). */
  #printView?: PrintView;
  readonly #uid = uniqueId('siip-pf');
  #resolved?: { dataset: Dataset; profession: string; state: string; result: PathwayResult };
  #currentStep = '';
  #scrollToStep = '';
  /** The plan last shown (profession|state), so a change of plan is announced once. */
  #shownPlan?: string;
  /** The community a linked widget chose, when that choice changed the state. */
  #linkedCommunity = '';

  /** Steps (and the optional section) whose details are open. */
  @state() private open: ReadonlySet<string> = new Set();
  /** The reader asked for the English original of translations nobody has reviewed. */
  @state() private original = false;
  @state() private shareStatus: '' | 'copied' | 'manual' = '';

  /** Dataset URL(s), space-separated, relative to the page; absent: the built-in SIIP dataset. */
  @property() src = '';
  /** Id of the profession to show (`registered-nurse`, `k12-teacher`, `engineer-pe`, `physician`, `cpa`, `pharmacist`). */
  @property() profession = '';
  /** Two-letter code of the state (50 states, `DC`, `PR`); absent: the steps that apply everywhere. */
  @property() state = '';
  /** Level of the widget's top heading, 2 to 6; the headings inside go one level deeper. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Keep profession, state and step in the page address (`#siip-profession=…`) and offer a share link. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  constructor() {
    super();
    // A community chosen in a linked widget (same `group`) sets the state to that community's state.
    new GroupController(this, {
      onCommunity: (id) => {
        const community = this.#data.dataset?.communities.find((c) => c.id === id);
        if (!community || normaliseState(this.state) === community.states[0]) return;
        this.#linkedCommunity = textOf(community.name, this.locale);
        this.state = community.states[0];
      },
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.#data.dataset) return;
    const plan = `${this.profession.trim()}|${normaliseState(this.state) ?? ''}`;
    if (this.#shownPlan !== undefined && plan !== this.#shownPlan) this.#announcePlan();
    this.#shownPlan = plan;
    this.#linkedCommunity = '';
  }

  protected override updated(): void {
    if (!this.#scrollToStep || !this.#pathway()) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${this.#uid}-h-${CSS.escape(this.#scrollToStep)}`);
    this.#scrollToStep = '';
    // Scroll only: taking focus on page load would surprise keyboard and screen-reader users.
    target?.scrollIntoView({ block: 'start' });
  }

  #pathway(): Pathway | undefined {
    const result = this.#result();
    return result?.ok ? result.pathway : undefined;
  }

  #result(): PathwayResult | undefined {
    const dataset = this.#data.dataset;
    if (!dataset) return undefined;
    const resolved = this.#resolved;
    if (resolved?.dataset === dataset && resolved.profession === this.profession && resolved.state === this.state) return resolved.result;
    const result = resolvePathway(dataset, this.profession.trim(), this.state);
    this.#resolved = { dataset, profession: this.profession, state: this.state, result };
    return result;
  }

  /** Says `message()` in the widget's language (handlers run outside render, where msg() would answer in English). */
  #say(message: () => string): void {
    this.#announcer.announce(withLocale(this.locale, message));
  }

  /** One announcement when another plan replaces the one on screen, whoever changed it. */
  #announcePlan(): void {
    const result = this.#result();
    const community = this.#linkedCommunity;
    this.#say(() => {
      if (!result?.ok) return msg('The plan was removed. Choose a profession and a state.');
      const pathway = result.pathway;
      const professionName = textOf(pathway.profession.name, this.locale);
      const where = pathway.state ? stateName(pathway.state, this.locale) : '';
      const plan = where ? msg(str`${professionName} in ${where}`) : professionName;
      const count = pathway.steps.length;
      return community
        ? plural(
            count,
            msg('{count, plural, one {{community} was chosen in a linked widget. Now showing: {plan}, # step.} other {{community} was chosen in a linked widget. Now showing: {plan}, # steps.}}'),
            this.locale,
            { community, plan },
          )
        : plural(count, msg('{count, plural, one {Now showing: {plan}, # step.} other {Now showing: {plan}, # steps.}}'), this.locale, { plan });
    });
  }

  #plan(): SharedPlan {
    return { profession: this.profession, state: normaliseState(this.state), step: this.#currentStep };
  }

  #onPick(field: 'profession' | 'state', event: Event): void {
    this[field] = (event.target as HTMLSelectElement).value;
    this.#currentStep = '';
    this.shareStatus = '';
    this.#address.write(this.#plan());
    this.emit('siip-pathway-change', { profession: this.profession, state: normaliseState(this.state) ?? '' });
  }

  #onOpen(item: PathwayStep): void {
    const open = new Set(this.open);
    if (open.has(item.step.id)) open.delete(item.step.id);
    else open.add(item.step.id);
    this.open = open;
  }

  #onToggleSection(): void {
    const open = new Set(this.open);
    if (open.has(EXTRA_SECTION)) open.delete(EXTRA_SECTION);
    else open.add(EXTRA_SECTION);
    this.open = open;
  }

  #onToggle(item: PathwayStep, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.#progress.mark(item.step.id, checked);
    this.#currentStep = item.step.id;
    const pathway = this.#pathway();
    const count = pathway ? doneCount(pathway, this.#progress.done) : 0;
    const total = pathway?.steps.length ?? 0;
    this.#say(() => {
      const title = textOf(item.step.title, this.locale);
      const progress = plural(total, msg('{total, plural, one {{count} of # step done} other {{count} of # steps done}}'), this.locale, { count });
      return checked ? msg(str`Marked as done: ${title}. ${progress}.`) : msg(str`Marked as not done: ${title}. ${progress}.`);
    });
    this.#address.write(this.#plan());
    this.emit('siip-step-toggle', { stepId: item.step.id, done: checked });
  }

  #onSaveToggle(event: Event): void {
    if (!this.#progress.active) return;
    const wanted = (event.target as HTMLInputElement).checked;
    const saving = this.#progress.setSaving(wanted);
    if (wanted && saving) this.#say(() => msg('Your progress is now saved on this device.'));
    else if (!wanted) this.#say(() => msg('Your progress is no longer saved on this device.'));
  }

  #onClear(): void {
    this.#progress.clear();
    this.#say(() => msg('Your progress was cleared.'));
  }

  async #onShare(): Promise<void> {
    const url = shareUrl(window.location.href, this.#plan());
    try {
      await navigator.clipboard.writeText(url);
      this.shareStatus = 'copied';
    } catch {
      this.shareStatus = 'manual';
    }
  }

  async #onPrint(): Promise<void> {
    const { PrintView, renderPrintedPlan } = await import('./pathway-print.js');
    const pathway = this.#pathway();
    const dataset = this.#data.dataset;
    if (!pathway || !dataset) return;
    const locale = this.locale;
    const view = (this.#printView ??= new PrintView(this, () => this.renderRoot));
    withLocale(locale, () => {
      const professionName = textOf(pathway.profession.name, locale);
      const where = pathway.state ? stateName(pathway.state, locale) : '';
      const title = where ? msg(str`${professionName} in ${where}`) : professionName;
      const plan = renderPrintedPlan(pathway, {
        locale,
        dataset,
        done: this.#progress.done,
        today: new Date(),
        text: this.#text(),
        address: this.#pageAddress(),
      });
      view.print(plan, { lang: locale, dir: this.direction, title });
    });
  }

  /** The printed plan's document, once "Print my plan" was used. */
  get printDocument(): Document | undefined {
    return this.#printView?.document;
  }

  /** The address printed on the plan: with the plan's fragment when the widget may use the URL. */
  #pageAddress(): string {
    return this.syncUrl ? shareUrl(window.location.href, this.#plan()) : window.location.href;
  }

  #text(): DataText {
    return dataTextFor(this.locale, this.original);
  }

  #heading(offset: number, content: unknown, id?: string, extraClass = '') {
    const tag = HEADINGS[clampLevel(clampLevel(this.headingLevel) + offset)];
    return staticHtml`<${tag} class="heading ${extraClass}" id=${id ?? nothing}>${content}</${tag}>`;
  }

  #stepContext(): StepContext {
    return {
      locale: this.locale,
      dataset: this.#data.dataset,
      uid: this.#uid,
      done: this.#progress.done,
      open: this.open,
      today: new Date(),
      text: this.#text(),
      heading: (offset, content, id, extraClass) => this.#heading(offset, content, id, extraClass),
      onToggle: (item, event) => this.#onToggle(item, event),
      onOpen: (item) => this.#onOpen(item),
    };
  }

  #renderPickers(dataset: Dataset) {
    const locale = this.locale;
    const chosenState = normaliseState(this.state);
    return html`<div part="pickers" class="pickers">
      <label class="field">
        <span class="field__label">${msg('Your profession')}</span>
        <select @change=${(e: Event) => this.#onPick('profession', e)}>
          <option value="" ?selected=${!dataset.professions.some((p) => p.id === this.profession)}>${msg('Choose a profession')}</option>
          ${dataset.professions.map(
            (p) => html`<option value=${p.id} ?selected=${p.id === this.profession}>${textOf(p.name, locale)}</option>`,
          )}
        </select>
      </label>
      <label class="field">
        <span class="field__label">${msg('Your state')}</span>
        <select @change=${(e: Event) => this.#onPick('state', e)}>
          <option value="" ?selected=${!chosenState}>${msg('Choose a state')}</option>
          ${statesSorted(locale).map((s) => html`<option value=${s.code} ?selected=${s.code === chosenState}>${s.name}</option>`)}
        </select>
      </label>
    </div>`;
  }

  #renderMessage(result: PathwayResult, dataset: Dataset) {
    if (result.ok) return nothing;
    let text: string;
    const value = result.reason === 'unknown-state' ? this.state : this.profession;
    if (dataset.professions.length === 0) text = msg('This information file has no career steps yet.');
    else if (result.reason === 'unknown-profession')
      text = msg(str`We have no steps for the profession "${value}". Please choose a profession from the list.`);
    else if (result.reason === 'unknown-state')
      text = msg(str`"${value}" is not a US state we know. Please choose a state from the list.`);
    else text = msg('Choose your profession to see your steps. Then choose your state to see what is different there.');
    const problem = result.reason !== 'no-profession' || dataset.professions.length === 0;
    return html`<p part="message" class="message ${problem ? 'message--problem' : ''}" role=${problem ? 'alert' : nothing}>${text}</p>`;
  }

  #stepNumber(number: number): string {
    return msg(str`Step ${number}`);
  }

  #renderNext(pathway: Pathway) {
    const next = nextStep(pathway, this.#progress.done);
    const first = pathway.steps[0];
    if (!first) return nothing;
    if (!next) return html`<p part="next" class="next">${msg('You have done every main step. Print your plan to keep a record.')}</p>`;
    const title = this.#text()(next.step.title);
    return html`<p part="next" class="next">
      <strong>${next === first ? msg('What to do first:') : msg('What to do next:')}</strong>
      ${this.#stepNumber(next.number)} — ${title}
    </p>`;
  }

  #renderReviewNote(pathway: Pathway, dataset: Dataset) {
    const records = [pathway.profession, ...pathway.helpers.map((h) => h.community)];
    if (!hasUnreviewedTranslation(dataset, records, this.locale)) return nothing;
    return html`<p part="review-note" class="review-note muted">
      ${this.original ? msg('You are reading the English original of this plan.') : msg('A person has not yet reviewed the translation of this plan.')}
      <button type="button" class="link-button" aria-pressed=${this.original ? 'true' : 'false'} @click=${() => (this.original = !this.original)}>
        ${msg('Show the English original')}
      </button>
    </p>`;
  }

  #renderProgress(pathway: Pathway) {
    const { done, saving, note } = this.#progress;
    const count = doneCount(pathway, done);
    const total = pathway.steps.length;
    return html`<section part="progress" class="progress" aria-labelledby="${this.#uid}-progress">
      ${this.#heading(1, msg('Your progress'), `${this.#uid}-progress`)}
      <p class="progress__count">${plural(total, msg('{total, plural, one {{count} of # step done} other {{count} of # steps done}}'), this.locale, { count })}</p>
      <label class="check">
        <input
          type="checkbox"
          class="save-toggle"
          .checked=${live(saving)}
          ?disabled=${note === 'unavailable' || note === 'write-failed'}
          @change=${this.#onSaveToggle}
        />
        <span>${msg('Save my progress on this device')}</span>
      </label>
      <p class="muted hint">${msg('Nothing is sent to anyone. Only this browser keeps it, and some browsers delete it after a few days.')}</p>
      ${note
        ? html`<p class="notice" role="status">
            ${note === 'discarded'
              ? msg('We could not read the progress saved on this device, so the list starts fresh.')
              : msg('Progress cannot be saved in this browser. You can still check off steps, but they will be gone when you leave this page.')}
          </p>`
        : nothing}
      ${saving || done.size
        ? html`<button type="button" class="siip-button siip-button--quiet clear" @click=${this.#onClear}>${msg('Clear my progress')}</button>`
        : nothing}
    </section>`;
  }

  #renderHelp(pathway: Pathway) {
    if (!pathway.state) return nothing;
    const where = stateName(pathway.state, this.locale);
    const text = this.#text();
    return html`<section part="help" class="help" aria-labelledby="${this.#uid}-help">
      ${this.#heading(1, msg(str`Who can help in ${where}`), `${this.#uid}-help`)}
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

  #renderExtra(pathway: Pathway) {
    if (!pathway.otherRoutes.length && !pathway.optional.length) return nothing;
    const open = this.open.has(EXTRA_SECTION);
    const count = pathway.otherRoutes.length + pathway.optional.length;
    const id = `${this.#uid}-extra`;
    return html`<section part="optional" class="optional" aria-labelledby="${this.#uid}-optional">
      ${this.#heading(
        1,
        html`<button type="button" class="section-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${this.#onToggleSection}>
          ${msg('Other routes and optional steps')} <span class="muted">(${new Intl.NumberFormat(this.locale).format(count)})</span>
        </button>`,
        `${this.#uid}-optional`,
      )}
      <div id=${id} ?hidden=${!open}>
        ${open
          ? html`<p class="muted">${msg('These are not required. They can help while you wait or give you another way in.')}</p>
              <ul class="step-list">
                ${pathway.otherRoutes.map((s) => renderStep(s, pathway, 'alternative', 2, this.#stepContext()))}
                ${pathway.optional.map((s) => renderStep(s, pathway, 'optional', 2, this.#stepContext()))}
              </ul>`
          : nothing}
      </div>
    </section>`;
  }

  #renderPathway(pathway: Pathway, dataset: Dataset) {
    const locale = this.locale;
    const professionName = textOf(pathway.profession.name, locale);
    const where = pathway.state ? stateName(pathway.state, locale) : '';
    const title = where ? msg(str`${professionName} in ${where}`) : professionName;
    const text = this.#text();
    const { headline, explanation } = summaryWords(pathway, locale);
    const context = this.#stepContext();
    return html`
      ${this.#heading(0, title, undefined, 'title')}
      ${pathway.state
        ? html`<p part="authority" class="authority">${renderAuthoritySentence(pathway.authority, where, text, text(pathway.profession.boardKind))}</p>`
        : html`<p class="message" part="message">${msg('Choose your state to see what is different there.')}</p>`}
      <div part="summary" class="summary">
        <p class="summary__headline">${headline}</p>
        ${explanation ? html`<p class="summary__explanation muted">${explanation}</p>` : nothing}
      </div>
      ${this.#renderNext(pathway)} ${this.#renderReviewNote(pathway, dataset)}
      <ol part="steps" class="step-list steps" aria-label=${msg('Main steps')}>
        ${pathway.steps.map((s) => renderStep(s, pathway, 'main', 1, context))}
      </ol>
      ${this.#renderExtra(pathway)} ${this.#renderProgress(pathway)} ${this.#renderHelp(pathway)} ${this.#renderActions()}
    `;
  }

  #renderActions() {
    return html`<div part="actions" class="actions">
      <button type="button" class="siip-button print" @click=${this.#onPrint}>${msg('Print my plan')}</button>
      ${this.syncUrl
        ? html`<button type="button" class="siip-button siip-button--quiet share" @click=${this.#onShare}>${msg('Copy a link to this plan')}</button>`
        : nothing}
      ${this.shareStatus === 'copied' ? html`<p class="muted">${msg('Link copied.')}</p>` : nothing}
      ${this.shareStatus === 'manual'
        ? html`<label class="field share-manual">
            <span class="field__label">${msg('Copy this link:')}</span>
            <input type="text" readonly .value=${shareUrl(window.location.href, this.#plan())} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
          </label>`
        : nothing}
    </div>`;
  }

  override render() {
    return html`<div part="base" class="pf" dir=${this.direction} lang=${this.locale}>
      ${this.#skip.link(msg('Skip past the career steps'))}
      ${this.#data.render({
        ready: (dataset) => {
          const result = this.#result()!;
          return html`${this.#renderPickers(dataset)} ${this.#renderMessage(result, dataset)}
          ${result.ok ? this.#renderPathway(result.pathway, dataset) : nothing}`;
        },
      })}
      ${this.#skip.end(msg('End of the career steps'))} ${this.#announcer.render()}
    </div>`;
  }
}
