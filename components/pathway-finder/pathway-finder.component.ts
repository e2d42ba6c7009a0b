import { reflectIfSet } from '../../src/internal/reflect.js';
import { intlLocale } from '../../src/localization/intl.js';
import { plural } from '../../src/localization/plural.js';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { SiipElement } from '../../src/internal/siip-element.js';
import { DatasetController } from '../../src/data/dataset-controller.js';
import { GroupController } from '../../src/internal/group-controller.js';
import { renderText } from '../../src/internal/localized-text.js';
import { uniqueId } from '../../src/internal/ids.js';
import { textOf } from '../../src/data/text.js';
import type { Dataset } from '../../src/data/schema.js';
import { themeStyles } from '../../src/styles/theme.styles.js';
import { fieldStyles } from '../../src/styles/field.styles.js';
import '../../src/events/pathway-change.js';
import '../../src/events/step-toggle.js';
import { pathwayFinderStyles } from './pathway-finder.styles.js';
import {
  allSteps,
  doneCount,
  formatPartialDate,
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
import { renderSummary } from './pathway-labels.js';

const HEADINGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };
const clampLevel = (level: number) => Math.min(6, Math.max(2, Math.round(Number.isFinite(level) ? level : 2)));


/**
 * @summary From a foreign diploma to a US licence, step by step: the steps for a profession in a state, with
 * cost, time, documents, what differs in the state, who can help there, progress the reader can keep on their
 * device, a printable plan and a share link.
 * @tag siip-pathway-finder
 *
 * @fires siip-pathway-change - The reader chose another profession or state. `detail: { profession, state }`.
 * @fires siip-step-toggle - The reader marked a step as done or not done. `detail: { stepId, done }`.
 *
 * @csspart pickers - The profession and state choices.
 * @csspart message - The message shown for an unknown profession or state, or before a choice is made.
 * @csspart summary - The summary: number of steps, total time and cost.
 * @csspart progress - The progress box (count, save on this device, clear).
 * @csspart steps - The list of main steps.
 * @csspart step - One step (main, alternative or optional).
 * @csspart step-number - The "Step 1" label of a step.
 * @csspart state-note - What a step says about the chosen state.
 * @csspart optional - The optional steps section.
 * @csspart help - The "Who can help" section.
 * @csspart actions - The print and share buttons.
 * @csspart print-footer - Date, data version and page address, shown only when printing.
 *
 * @cssprop [--siip-color-accent=#0b5cad] - Buttons, links, step numbers and focus ring.
 * @cssprop [--siip-color-on-accent=#ffffff] - Text on accent-coloured buttons and step numbers.
 * @cssprop [--siip-color-surface-alt=#f3f5f8] - Summary and state-note backgrounds.
 * @cssprop [--siip-color-danger=#a4161a] - Notices about storage problems.
 */
export class SiipPathwayFinder extends SiipElement {
  static override styles = [themeStyles, fieldStyles, pathwayFinderStyles];

  readonly #data = new DatasetController(this, { collections: ['professions', 'communities'] });
  // Before the progress controller: a plan in the address picks the pathway whose progress is read.
  readonly #address = new UrlSyncController(this, {
    enabled: () => this.syncUrl,
    apply: (plan) => {
      if (plan.profession) this.profession = plan.profession;
      if (plan.state) this.state = plan.state;
      if (plan.step) this.#currentStep = this.#scrollToStep = plan.step;
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
    onSwitch: () => (this.announcement = ''),
  });
  readonly #uid = uniqueId('siip-pf');
  #resolved?: { dataset: Dataset; profession: string; state: string; result: PathwayResult };
  #currentStep = '';
  #scrollToStep = '';
  #printedAt = new Date();
  readonly #onBeforePrint = () => {
    this.#printedAt = new Date();
    this.requestUpdate();
  };

  @state() private announcement = '';
  @state() private shareStatus: '' | 'copied' | 'manual' = '';

  /** Dataset URL(s), space-separated, relative to the page; absent: the built-in SIIP dataset. */
  @property() src = '';
  /** Id of the profession to show (`registered-nurse`, `k12-teacher`, `engineer-pe`, `physician`, `cpa`, `pharmacist`). */
  @property({ reflect: true, converter: reflectIfSet }) profession = '';
  /** Two-letter code of the state (50 states, `DC`, `PR`); absent: the steps that apply everywhere. */
  @property({ reflect: true, converter: reflectIfSet }) state = '';
  /** Level of the widget's top heading, 2 to 6; the headings inside go one level deeper. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Keep profession, state and step in the page address (`#siip-profession=…`) and offer a share link. */
  @property({ attribute: 'sync-url', type: Boolean, reflect: true }) syncUrl = false;

  constructor() {
    super();
    // A community chosen in a linked widget (same `group`) sets the state to that community's state.
    new GroupController(this, {
      onCommunity: (id) => {
        const community = this.#data.dataset?.communities.find((c) => c.id === id);
        if (community) this.state = community.states[0];
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#onBeforePrint);
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

  #onToggle(item: PathwayStep, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.#progress.mark(item.step.id, checked);
    this.#currentStep = item.step.id;
    const pathway = this.#pathway();
    const title = textOf(item.step.title, this.locale);
    const count = pathway ? doneCount(pathway, this.#progress.done) : 0;
    const total = pathway?.steps.length ?? 0;
    const progress = plural(total, msg('{total, plural, one {{count} of # step done} other {{count} of # steps done}}'), this.locale, { count });
    this.announcement = checked
      ? msg(str`Marked as done: ${title}. ${progress}.`)
      : msg(str`Marked as not done: ${title}. ${progress}.`);
    this.#address.write(this.#plan());
    this.emit('siip-step-toggle', { stepId: item.step.id, done: checked });
  }

  #onSaveToggle(event: Event): void {
    if (!this.#progress.active) return;
    const wanted = (event.target as HTMLInputElement).checked;
    const saving = this.#progress.setSaving(wanted);
    if (wanted) this.announcement = saving ? msg('Your progress is now saved on this device.') : '';
    else this.announcement = msg('Your progress is no longer saved on this device.');
  }

  #onClear(): void {
    this.#progress.clear();
    this.announcement = msg('Your progress was cleared.');
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

  #onPrint(): void {
    window.print();
  }

  /** The address printed on the plan: with the plan's fragment when the widget may use the URL. */
  #pageAddress(): string {
    return this.syncUrl ? shareUrl(window.location.href, this.#plan()) : window.location.href;
  }

  #heading(offset: number, content: unknown, id?: string, extraClass = '') {
    const tag = HEADINGS[clampLevel(clampLevel(this.headingLevel) + offset)];
    return staticHtml`<${tag} class="heading ${extraClass}" id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>${content}</${tag}>`;
  }

  #stepContext(): StepContext {
    return {
      locale: this.locale,
      dataset: this.#data.dataset,
      uid: this.#uid,
      done: this.#progress.done,
      heading: (offset, content, id, extraClass) => this.#heading(offset, content, id, extraClass),
      onToggle: (item, event) => this.#onToggle(item, event),
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
      <button type="button" class="siip-button siip-button--quiet clear" ?disabled=${!saving && done.size === 0} @click=${this.#onClear}>
        ${msg('Clear my progress')}
      </button>
    </section>`;
  }

  #renderHelp(pathway: Pathway) {
    if (!pathway.state) return nothing;
    const where = stateName(pathway.state, this.locale);
    return html`<section part="help" class="help" aria-labelledby="${this.#uid}-help">
      ${this.#heading(1, msg(str`Who can help in ${where}`), `${this.#uid}-help`)}
      ${pathway.communities.length
        ? html`<ul>
            ${pathway.communities.map(
              (c) => html`<li>
                <strong>${renderText(c.name, this.locale, { name: true })}</strong>
                ${c.leadAgency ? html`— ${msg('lead agency:')} ${renderOrg(c.leadAgency, this.locale)}` : nothing}
              </li>`,
            )}
          </ul>`
        : html`<p>${msg('No SIIP community works in this state yet.')}</p>`}
      <p>${msg('The licensing board here:')} ${pathway.board ? renderOrg(pathway.board, this.locale) : renderText(pathway.profession.boardKind, this.locale)}</p>
    </section>`;
  }

  #renderPathway(pathway: Pathway, dataset: Dataset) {
    const locale = this.locale;
    const professionName = textOf(pathway.profession.name, locale);
    const where = pathway.state ? stateName(pathway.state, locale) : '';
    const title = where ? msg(str`${professionName} in ${where}`) : professionName;
    const printed = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' }).format(this.#printedAt);
    const version = dataset.dataVersion;
    const checked = formatPartialDate(dataset.asOf, locale);
    return html`
      ${this.#heading(0, title, undefined, 'title')}
      ${pathway.profession.summary ? html`<p>${renderText(pathway.profession.summary, locale)}</p>` : nothing}
      ${pathway.state ? nothing : html`<p class="message" part="message">${msg('Choose your state to see what is different there.')}</p>`}
      ${renderSummary(pathway, locale)} ${this.#renderProgress(pathway)}
      <ol part="steps" class="step-list steps" aria-label=${msg('Main steps')}>
        ${pathway.steps.map((s) => renderStep(s, pathway, 'main', 1, this.#stepContext()))}
      </ol>
      ${pathway.otherRoutes.length || pathway.optional.length
        ? html`<section part="optional" class="optional" aria-labelledby="${this.#uid}-optional">
            ${this.#heading(1, msg('Other routes and optional steps'), `${this.#uid}-optional`)}
            <p class="muted">${msg('These are not required. They can help while you wait or give you another way in.')}</p>
            <ul class="step-list">
              ${pathway.otherRoutes.map((s) => renderStep(s, pathway, 'alternative', 2, this.#stepContext()))}
              ${pathway.optional.map((s) => renderStep(s, pathway, 'optional', 2, this.#stepContext()))}
            </ul>
          </section>`
        : nothing}
      ${this.#renderHelp(pathway)} ${this.#renderActions()}
      <footer part="print-footer" class="print-footer">
        <p>${msg(str`Printed on ${printed}`)}</p>
        <p>${msg(str`Data version ${version}, checked ${checked}`)}</p>
        <p>${msg('Page address:')} <span class="address">${this.#pageAddress()}</span></p>
      </footer>
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
      ${this.#data.render({
        ready: (dataset) => {
          const result = this.#result()!;
          return html`${this.#renderPickers(dataset)} ${this.#renderMessage(result, dataset)}
          ${result.ok ? this.#renderPathway(result.pathway, dataset) : nothing}`;
        },
      })}
      <p class="siip-visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }
}
