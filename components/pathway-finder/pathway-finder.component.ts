import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { SiipElement } from '../../src/internal/siip-element.js';
import { DatasetController } from '../../src/data/dataset-controller.js';
import { GroupController } from '../../src/internal/group-controller.js';
import { renderDataError, renderLoading } from '../../src/internal/data-state-view.js';
import { renderText } from '../../src/internal/localized-text.js';
import { textOf } from '../../src/data/text.js';
import type { Dataset, Organization } from '../../src/data/schema.js';
import { themeStyles } from '../../src/styles/theme.styles.js';
import '../../src/events/pathway-change.js';
import '../../src/events/step-toggle.js';
import { pathwayFinderStyles } from './pathway-finder.styles.js';
import {
  allSteps,
  daysInBestUnit,
  doneCount,
  formatDuration,
  formatMoney,
  formatPartialDate,
  normaliseState,
  resolvePathway,
  type Pathway,
  type PathwayResult,
  type PathwayStep,
  type RangeTotal,
} from './pathway.js';
import { clearProgress, getStorage, progressKey, readProgress, writeProgress } from './progress-store.js';
import { buildFragment, parseFragment, shareUrl, type SharedPlan } from './share-link.js';
import { stateName, statesSorted } from './states.js';

const HEADINGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };
const clampLevel = (level: number) => Math.min(6, Math.max(2, Math.round(Number.isFinite(level) ? level : 2)));

type StorageNote = '' | 'unavailable' | 'discarded' | 'write-failed';
type StepVariant = 'main' | 'alternative' | 'optional';

/**
 * @summary From a foreign diploma to a US licence, step by step: the steps for a profession in a state, with
 * cost, time, documents, what differs in the state, who can help there, progress the reader can keep on their
 * device, a printable plan and a share link.
 * @tag siip-pathway-finder
 *
 * @fires siip-pathway-change - The reader chose another profession or state. `detail: { profession, state }`.
 * @fires siip-step-toggle - The reader marked a step as done or not done. `detail: { stepId, done }`.
 * @fires siip-data-error - The dataset could not be used. `detail: { url, reason, issues }`.
 *
 * @csspart base - The wrapper around everything.
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
 * @csspart error - The message shown when the data cannot be loaded.
 * @csspart retry-button - The error's "Try again" button.
 * @csspart loading - The loading message.
 *
 * @cssprop [--siip-color-accent=#0b5cad] - Buttons, links, step numbers and focus ring.
 * @cssprop [--siip-color-on-accent=#ffffff] - Text on accent-coloured buttons and step numbers.
 * @cssprop [--siip-color-text=#1b1f24] - Body text.
 * @cssprop [--siip-color-text-muted=#4b5563] - Secondary text.
 * @cssprop [--siip-color-surface=#ffffff] - Background.
 * @cssprop [--siip-color-surface-alt=#f3f5f8] - Summary and state-note backgrounds.
 * @cssprop [--siip-color-border=#c9d1db] - Lines and borders.
 * @cssprop [--siip-color-danger=#a4161a] - Notices about storage problems.
 * @cssprop [--siip-radius=8px] - Corner radius.
 * @cssprop [--siip-spacing=1rem] - Base spacing.
 * @cssprop [--siip-font-family=inherit] - Font; inherits the page's by default.
 */
export class SiipPathwayFinder extends SiipElement {
  static override styles = [themeStyles, pathwayFinderStyles];

  readonly #data = new DatasetController(this, { collections: ['professions', 'communities'] });

  constructor() {
    super();
    // A community chosen in a linked widget (same `group`) sets the state to that community's state.
    new GroupController(this, {
      onCommunity: (id) => {
        const data = this.#data.state;
        const community = data.status === 'ready' ? data.dataset.communities.find((c) => c.id === id) : undefined;
        if (community) this.state = community.states[0];
      },
    });
  }
  readonly #uid = `siip-pf-${Math.random().toString(36).slice(2, 8)}`;
  #view?: { dataset: Dataset; profession: string; state: string; result: PathwayResult };
  #progressKey?: string;
  /** Unsaved check marks per key, so switching away and back in one visit keeps them. */
  readonly #memory = new Map<string, Set<string>>();
  #currentStep = '';
  #scrollToStep = '';
  #printedAt = new Date();

  @state() private done: ReadonlySet<string> = new Set();
  @state() private saving = false;
  @state() private storageNote: StorageNote = '';
  @state() private announcement = '';
  @state() private shareStatus: '' | 'copied' | 'manual' = '';

  /** Dataset URL(s), space-separated, relative to the page; absent: the built-in SIIP dataset. */
  @property() src = '';
  /** Id of the profession to show (`registered-nurse`, `k12-teacher`, `engineer-pe`, `physician`, `cpa`, `pharmacist`). */
  @property({ reflect: true }) profession = '';
  /** Two-letter code of the state (50 states, `DC`, `PR`); absent: the steps that apply everywhere. */
  @property({ reflect: true }) state = '';
  /** Level of the widget's top heading, 2 to 6; the headings inside go one level deeper. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Keep profession, state and step in the page address (`#siip-profession=…`) and offer a share link. */
  @property({ attribute: 'sync-url', type: Boolean, reflect: true }) syncUrl = false;

  readonly #onHashChange = () => this.#applyFragment();
  readonly #onBeforePrint = () => {
    this.#printedAt = new Date();
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    this.#applyFragment();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('syncUrl') && this.syncUrl) this.#applyFragment();
    const pathway = this.#pathway();
    if (!pathway || this.#data.state.status !== 'ready') return;
    const key = progressKey(pathway.profession.id, pathway.state ?? 'any', this.#data.state.dataset.dataVersion);
    if (key !== this.#progressKey) this.#loadProgress(key, pathway);
  }

  protected override updated(): void {
    if (!this.#scrollToStep || !this.#pathway()) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${this.#uid}-h-${CSS.escape(this.#scrollToStep)}`);
    this.#scrollToStep = '';
    // Scroll only: taking focus on page load would surprise keyboard and screen-reader users.
    target?.scrollIntoView({ block: 'start' });
  }

  #applyFragment(): void {
    if (!this.syncUrl) return;
    const plan = parseFragment(window.location.hash);
    if (plan.profession) this.profession = plan.profession;
    if (plan.state) this.state = plan.state;
    if (plan.step) this.#currentStep = this.#scrollToStep = plan.step;
  }

  #pathway(): Pathway | undefined {
    const result = this.#result();
    return result?.ok ? result.pathway : undefined;
  }

  #result(): PathwayResult | undefined {
    if (this.#data.state.status !== 'ready') return undefined;
    const dataset = this.#data.state.dataset;
    const view = this.#view;
    if (view?.dataset === dataset && view.profession === this.profession && view.state === this.state) return view.result;
    const result = resolvePathway(dataset, this.profession.trim(), this.state);
    this.#view = { dataset, profession: this.profession, state: this.state, result };
    return result;
  }

  #loadProgress(key: string, pathway: Pathway): void {
    if (this.#progressKey) this.#memory.set(this.#progressKey, new Set(this.done));
    this.#progressKey = key;
    const known = new Set(allSteps(pathway).map((s) => s.step.id));
    const outcome = readProgress(getStorage(), key, known);
    this.saving = outcome.status === 'loaded';
    this.storageNote = outcome.status === 'unavailable' ? 'unavailable' : outcome.status === 'discarded' ? 'discarded' : '';
    this.done = outcome.status === 'loaded' ? new Set(outcome.steps) : (this.#memory.get(key) ?? new Set());
    this.announcement = '';
  }

  #save(): void {
    if (!this.saving || !this.#progressKey) return;
    const outcome = writeProgress(getStorage(), this.#progressKey, this.done);
    if (!outcome.ok) {
      this.saving = false;
      this.storageNote = 'write-failed';
    } else if (this.storageNote === 'discarded') {
      this.storageNote = '';
    }
  }

  #syncUrl(): void {
    if (!this.syncUrl) return;
    const fragment = buildFragment(window.location.hash, this.#plan());
    const { pathname, search } = window.location;
    history.replaceState(history.state, '', `${pathname}${search}${fragment}`);
  }

  #plan(): SharedPlan {
    return { profession: this.profession, state: normaliseState(this.state), step: this.#currentStep };
  }

  #onPick(field: 'profession' | 'state', event: Event): void {
    this[field] = (event.target as HTMLSelectElement).value;
    this.#currentStep = '';
    this.shareStatus = '';
    this.#syncUrl();
    this.emit('siip-pathway-change', { profession: this.profession, state: normaliseState(this.state) ?? '' });
  }

  #onToggle(item: PathwayStep, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const next = new Set(this.done);
    if (checked) next.add(item.step.id);
    else next.delete(item.step.id);
    this.done = next;
    this.#currentStep = item.step.id;
    const pathway = this.#pathway();
    const title = textOf(item.step.title, this.locale);
    const count = pathway ? doneCount(pathway, next) : 0;
    const total = pathway?.steps.length ?? 0;
    this.announcement = checked
      ? msg(str`Marked as done: ${title}. ${count} of ${total} steps done.`)
      : msg(str`Marked as not done: ${title}. ${count} of ${total} steps done.`);
    this.#save();
    this.#syncUrl();
    this.emit('siip-step-toggle', { stepId: item.step.id, done: checked });
  }

  #onSaveToggle(event: Event): void {
    const wanted = (event.target as HTMLInputElement).checked;
    if (!this.#progressKey) return;
    if (wanted) {
      this.saving = true;
      this.#save();
      this.announcement = this.saving ? msg('Your progress is now saved on this device.') : '';
    } else {
      this.saving = false;
      clearProgress(getStorage(), this.#progressKey);
      this.announcement = msg('Your progress is no longer saved on this device.');
    }
  }

  #onClear(): void {
    if (this.#progressKey) {
      clearProgress(getStorage(), this.#progressKey);
      this.#memory.delete(this.#progressKey);
    }
    this.done = new Set();
    this.saving = false;
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

  #org(org: Organization) {
    const name = renderText(org.name, this.locale, { name: true });
    return org.url ? html`<a href=${org.url}>${name}</a>` : name;
  }

  #range(min: number | undefined, max: number | undefined, format: (min: number, max: number) => string | undefined): string | undefined {
    if (min !== undefined && max !== undefined) return format(min, max);
    if (min !== undefined) {
      const amount = format(min, min);
      return msg(str`from ${amount}`);
    }
    if (max !== undefined) {
      const amount = format(max, max);
      return msg(str`up to ${amount}`);
    }
    return undefined;
  }

  #totalText(total: RangeTotal, format: (min: number, max: number) => string | undefined): string {
    if (total.counted === 0) return msg('Unknown');
    if (total.max === undefined) {
      const amount = format(total.min, total.min);
      return msg(str`at least ${amount}`);
    }
    if (total.min === 0) {
      const amount = format(total.max, total.max);
      return msg(str`up to ${amount}`);
    }
    return format(total.min, total.max) ?? msg('Unknown');
  }

  #notCounted(count: number): string {
    return msg(str`Steps with no figure (not counted): ${count}`);
  }

  #plusOptional(count: number): string {
    return msg(str`plus ${count} optional`);
  }

  #asOf(date: string): string {
    return msg(str`(as of ${date})`);
  }

  #timeTotal = (min: number, max: number) => {
    const best = daysInBestUnit(min, max);
    return formatDuration({ min: best.min, max: best.max, unit: best.unit }, this.locale);
  };

  #money = (min: number, max: number) => formatMoney(min, max, this.locale);

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

  #renderSummary(pathway: Pathway) {
    const { summary, profession } = pathway;
    const missing = (total: RangeTotal) =>
      total.missing.length && total.counted
        ? html`<span class="muted">${this.#notCounted(total.missing.length)}</span>`
        : nothing;
    const overall = profession.overallTime ? formatDuration(profession.overallTime, this.locale) : undefined;
    return html`<dl part="summary" class="summary">
      <div>
        <dt>${msg('Main steps')}</dt>
        <dd>
          ${summary.stepCount}
          ${summary.optionalCount ? html`<span class="muted">${this.#plusOptional(summary.optionalCount)}</span>` : nothing}
        </dd>
      </div>
      <div>
        <dt>${msg('Time, one step after another')}</dt>
        <dd>${this.#totalText(summary.time, this.#timeTotal)} ${missing(summary.time)}</dd>
      </div>
      <div>
        <dt>${msg('Cost of the main steps')}</dt>
        <dd>${this.#totalText(summary.cost, this.#money)} ${missing(summary.cost)}</dd>
      </div>
      ${overall
        ? html`<div>
            <dt>${msg('Whole path, as sources estimate it')}</dt>
            <dd>${overall}</dd>
          </div>`
        : nothing}
    </dl>`;
  }

  #renderProgress(pathway: Pathway) {
    const count = doneCount(pathway, this.done);
    const total = pathway.steps.length;
    const note = this.storageNote;
    return html`<section part="progress" class="progress" aria-labelledby="${this.#uid}-progress">
      ${this.#heading(1, msg('Your progress'), `${this.#uid}-progress`)}
      <p class="progress__count">${msg(str`${count} of ${total} steps done`)}</p>
      <label class="check">
        <input
          type="checkbox"
          class="save-toggle"
          .checked=${live(this.saving)}
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
      <button type="button" class="siip-button siip-button--quiet clear" ?disabled=${!this.saving && this.done.size === 0} @click=${this.#onClear}>
        ${msg('Clear my progress')}
      </button>
    </section>`;
  }

  #renderStateInfo(item: PathwayStep, pathway: Pathway) {
    const info = item.state;
    const locale = this.locale;
    if (info.status === 'same-everywhere') return nothing;
    const where = pathway.state ? stateName(pathway.state, locale) : '';
    const variesNote = info.variesNote ? html`<p>${renderText(info.variesNote, locale)}</p>` : nothing;
    let body;
    if (info.status === 'state-note' && info.note) {
      body = html`<p>${renderText(info.note.note, locale)}</p>
        ${info.board ? html`<p>${msg('Contact:')} ${this.#org(info.board)}</p>` : nothing} ${this.#renderSources(info.note.sources)}`;
    } else if (info.status === 'check-board') {
      body = html`<p>${msg('This step is different in each state. We do not have details for this state yet.')}</p>
        ${variesNote}
        <p>
          <strong>${msg('Check with your state’s board:')}</strong>
          ${info.board ? this.#org(info.board) : renderText(info.boardKind, locale)}
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

  #sourceIndex?: { dataset: Dataset; byId: Map<string, Dataset['sources'][number]> };

  #renderSources(ids: readonly string[]) {
    const dataset = this.#data.state.status === 'ready' ? this.#data.state.dataset : undefined;
    if (!dataset || ids.length === 0) return nothing;
    if (this.#sourceIndex?.dataset !== dataset) this.#sourceIndex = { dataset, byId: new Map(dataset.sources.map((s) => [s.id, s])) };
    const sources = ids.map((id) => this.#sourceIndex!.byId.get(id)).filter((s) => s !== undefined);
    if (!sources.length) return nothing;
    return html`<p class="sources muted">
      ${msg('Sources:')}
      ${sources.map((s, i) => html`${i ? ', ' : ''}<a href=${s.url}>${s.title}</a>`)}
    </p>`;
  }

  #renderStep(item: PathwayStep, pathway: Pathway, variant: StepVariant, offset: number): unknown {
    const { step } = item;
    const locale = this.locale;
    const done = this.done.has(step.id);
    const headingId = `${this.#uid}-h-${step.id}`;
    const number = item.number;
    const label =
      variant === 'optional' ? msg('Optional') : !number ? msg('Another route') : variant === 'main' ? msg(str`Step ${number}`) : msg(str`Instead of step ${number}`);
    const cost = step.cost ? this.#range(step.cost.min, step.cost.max, this.#money) : undefined;
    const time = step.time ? this.#range(step.time.min, step.time.max, (a, b) => formatDuration({ min: a, max: b, unit: step.time!.unit }, locale)) : undefined;
    const asOf = (date: string | undefined) => (date ? html` <span class="muted">${this.#asOf(formatPartialDate(date, locale))}</span>` : nothing);
    const checkId = `${this.#uid}-c-${step.id}`;
    return html`<li part="step" class="step step--${variant} ${done ? 'is-done' : ''}" data-step=${step.id}>
      ${this.#heading(
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
              <dd>${step.runBy.map((org, i) => html`${i ? ', ' : ''}${this.#org(org)}`)}</dd>
            </div>`
          : nothing}
        ${step.link
          ? html`<div>
              <dt>${msg('Official page')}</dt>
              <dd><a href=${step.link}>${msg('Read the official page for this step')}</a></dd>
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
      ${this.#renderStateInfo(item, pathway)} ${this.#renderSources(step.sources)}
      <div class="step__check">
        <input id=${checkId} type="checkbox" .checked=${live(done)} @change=${(e: Event) => this.#onToggle(item, e)} />
        <label for=${checkId}>
          ${msg('I have done this step')}<span class="siip-visually-hidden">: ${textOf(step.title, locale)}</span>
        </label>
        <span class="print-status">${done ? `☑ ${msg('Done')}` : `☐ ${msg('Not done yet')}`}</span>
      </div>
      ${item.alternatives.length
        ? html`<div class="alternatives">
            <p class="alternatives__label">${msg('Another way to do this step')}</p>
            <ul class="step-list">
              ${item.alternatives.map((alt) => this.#renderStep(alt, pathway, 'alternative', offset + 1))}
            </ul>
          </div>`
        : nothing}
    </li>`;
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
                ${c.leadAgency ? html`— ${msg('lead agency:')} ${this.#org(c.leadAgency)}` : nothing}
              </li>`,
            )}
          </ul>`
        : html`<p>${msg('No SIIP community works in this state yet.')}</p>`}
      <p>${msg('The licensing board here:')} ${pathway.board ? this.#org(pathway.board) : renderText(pathway.profession.boardKind, this.locale)}</p>
    </section>`;
  }

  #renderPathway(pathway: Pathway, dataset: Dataset) {
    const locale = this.locale;
    const professionName = textOf(pathway.profession.name, locale);
    const where = pathway.state ? stateName(pathway.state, locale) : '';
    const title = where ? msg(str`${professionName} in ${where}`) : professionName;
    const printed = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(this.#printedAt);
    const version = dataset.dataVersion;
    const checked = formatPartialDate(dataset.asOf, locale);
    return html`
      ${this.#heading(0, title, undefined, 'title')}
      ${pathway.profession.summary ? html`<p>${renderText(pathway.profession.summary, locale)}</p>` : nothing}
      ${pathway.state ? nothing : html`<p class="message" part="message">${msg('Choose your state to see what is different there.')}</p>`}
      ${this.#renderSummary(pathway)} ${this.#renderProgress(pathway)}
      <ol part="steps" class="step-list steps" aria-label=${msg('Main steps')}>
        ${pathway.steps.map((s) => this.#renderStep(s, pathway, 'main', 1))}
      </ol>
      ${pathway.otherRoutes.length || pathway.optional.length
        ? html`<section part="optional" class="optional" aria-labelledby="${this.#uid}-optional">
            ${this.#heading(1, msg('Other routes and optional steps'), `${this.#uid}-optional`)}
            <p class="muted">${msg('These are not required. They can help while you wait or give you another way in.')}</p>
            <ul class="step-list">
              ${pathway.otherRoutes.map((s) => this.#renderStep(s, pathway, 'alternative', 2))}
              ${pathway.optional.map((s) => this.#renderStep(s, pathway, 'optional', 2))}
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
        pending: () => renderLoading(),
        error: (failure) => renderDataError(failure, () => this.#data.retry()),
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
