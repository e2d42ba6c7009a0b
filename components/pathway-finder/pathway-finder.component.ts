import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { SiipElement } from '../../src/internal/siip-element.js';
import { DatasetController } from '../../src/data/dataset-controller.js';
import { GroupController } from '../../src/internal/group-controller.js';
import { LiveAnnouncer } from '../../src/internal/live-announcer.js';
import { SkipPast } from '../../src/internal/skip-past.js';
import { uniqueId } from '../../src/internal/ids.js';
import { textOf } from '../../src/data/text.js';
import { withLocale } from '../../src/localization/locale.js';
import type { Dataset } from '../../src/data/schema.js';
import { themeStyles } from '../../src/styles/theme.styles.js';
import '../../src/events/pathway-change.js';
import '../../src/events/step-toggle.js';
import { pathwayFinderStyles } from './pathway-finder.styles.js';
import { allSteps, doneCount, normaliseState, resolvePathway, type Pathway, type PathwayResult, type PathwayStep } from './pathway.js';
import { progressKey } from './progress-store.js';
import type { SharedPlan } from './share-link.js';
import type { ShareStatus } from './plan-sharing.js';
import { ProgressController } from './progress-controller.js';
import type { UrlSyncController } from './url-sync-controller.js';
import { OnDemandModule, afterModulesLoaded } from '../../src/internal/on-demand-module.js';
import { renderStep, stepNumberLabel, type StepContext } from './pathway-step.js';
import { stepsDoneText } from './pathway-labels.js';
import { dataTextFor } from './pathway-text.js';
import { headingsBelow, type ViewContext } from './pathway-view.js';
import { renderNoPlanMessage, renderPickers, type Choice } from './pathway-pickers.js';
import { renderSummary } from './pathway-summary.js';
import { renderHelp } from './pathway-help.js';
import { renderProgress } from './progress-section.js';
import { clearedMessage, planShownMessage, savingMessage, stepMarkedMessage } from './pathway-announcements.js';
import type { PrintView } from './pathway-print.js';
import { numberFormat } from '../../src/localization/intl.js';
import { StagedRender } from '../../src/internal/staged-render.js';

/** The id of the "other routes and optional steps" section in the set of open sections. */
const EXTRA_SECTION = '\u0000extra';

/** The stages of a plan's first render (StagedRender), a task each: the pickers, the summary, the steps, the rest. */
const SUMMARY = 1;
const STEPS = 2;
const ALL = 3;

/**
 * Keyboard: a "Skip past the career steps" link comes first; each step is two Tab stops (its heading's button,
 * which opens it in place, and its "done" box), so passing the widget with steps closed costs at most 30 presses.
 * One polite live region announces, in the widget's language, a checked step, saved or cleared progress, and a
 * plan changed by the pickers, by the page or by a linked widget.
 *
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
  /** The plan in the page address and the share link: only for `sync-url` (most partner pages leave it off). */
  readonly #sharing = new OnDemandModule(this, { load: () => import('./plan-sharing.js') });
  /** Created with the sharing module, the first time `sync-url` is on. */
  #address?: UrlSyncController;
  readonly #progress = new ProgressController(this, {
    target: () => {
      const pathway = this.#pathway();
      const dataset = this.#data.dataset;
      if (!pathway || !dataset) return undefined;
      const key = progressKey(pathway.profession.id, pathway.state ?? 'any', dataset.dataVersion);
      return { key, steps: () => new Set(allSteps(pathway).map((s) => s.step.id)) };
    },
  });
  /** What an open step or the open optional section shows: the first screen shows closed main rows only. */
  readonly #stepDetails = new OnDemandModule(this, { load: () => import('./pathway-step-details.js'), needed: () => this.open.size > 0 });
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
  readonly #stages = new StagedRender(this, { stages: ALL + 1, active: () => !!this.#result()?.ok });

  static override properties: PropertyDeclarations = {
    open: { state: true, attribute: false },
    original: { state: true, attribute: false },
    shareStatus: { state: true, attribute: false },
    src: {},
    profession: {},
    state: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    syncUrl: { attribute: 'sync-url', type: Boolean },
  };

  /** Steps (and the optional section) whose details are open. */
  private open: ReadonlySet<string> = new Set();
  /** The reader asked for the English original of translations nobody has reviewed. */
  private original = false;
  private shareStatus: ShareStatus = '';

  /** Dataset URL(s), space-separated, relative to the page; absent: the built-in SIIP dataset. */
  src = '';
  /** Id of the profession to show (`registered-nurse`, `k12-teacher`, `engineer-pe`, `physician`, `cpa`, `pharmacist`). */
  profession = '';
  /** Two-letter code of the state (50 states, `DC`, `PR`); absent: the steps that apply everywhere. */
  state = '';
  /** Level of the widget's top heading, 2 to 6; the headings inside go one level deeper. */
  headingLevel = 2;
  /** Keep profession, state and step in the page address (`#siip-profession=…`) and offer a share link. */
  syncUrl = false;

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

  /**
   * With `sync-url`, the plan in the address is applied before an update begins (its module loads first), so the
   * first render shows it and the progress read is that plan's.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.syncUrl && !this.#address) {
      const sharing = await this.#sharing.load();
      // Connected, the new controller reads the address at once (hostConnected).
      if (sharing && !this.#address) this.#address = new sharing.UrlSyncController(this, { enabled: () => this.syncUrl, apply: (plan) => this.#applyPlan(plan) });
    }
    this.#address?.beforeUpdate();
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.#data.dataset) return;
    const plan = `${this.profession.trim()}|${normaliseState(this.state) ?? ''}`;
    if (this.#shownPlan !== undefined && plan !== this.#shownPlan) {
      const result = this.#result();
      const community = this.#linkedCommunity;
      this.#say(() => planShownMessage(result, community, this.locale));
    }
    this.#shownPlan = plan;
    this.#linkedCommunity = '';
  }

  protected override updated(): void {
    if (!this.#scrollToStep || !this.#pathway() || this.#stages.staging) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${this.#uid}-h-${CSS.escape(this.#scrollToStep)}`);
    this.#scrollToStep = '';
    // Scroll only: taking focus on page load would surprise keyboard and screen-reader users.
    target?.scrollIntoView({ block: 'start' });
  }

  /** Also waits for the rest of a first render, and for the details of a step just opened while their module loads. */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterModulesLoaded(() => super.getUpdateComplete(), [this.#stepDetails, this.#stages]);
  }

  /** The printed plan's document, once "Print my plan" was used. */
  get printDocument(): Document | undefined {
    return this.#printView?.document;
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

  /** A plan read from the page address. */
  #applyPlan(plan: SharedPlan): void {
    if (plan.profession) this.profession = plan.profession;
    if (plan.state) this.state = plan.state;
    if (plan.step) {
      this.#currentStep = this.#scrollToStep = plan.step;
      this.open = new Set([...this.open, plan.step]);
    }
  }

  #plan(): SharedPlan {
    return { profession: this.profession, state: normaliseState(this.state), step: this.#currentStep };
  }

  /** The address printed on the plan: with the plan's fragment when the widget may use the URL. */
  #pageAddress(): string {
    const sharing = this.syncUrl ? this.#sharing.module : undefined;
    return sharing ? sharing.shareUrl(window.location.href, this.#plan()) : window.location.href;
  }

  #onPick(field: keyof Choice, event: Event): void {
    this[field] = (event.target as HTMLSelectElement).value;
    this.#currentStep = '';
    this.shareStatus = '';
    this.#address?.write(this.#plan());
    this.emit('siip-pathway-change', { profession: this.profession, state: normaliseState(this.state) ?? '' });
  }

  /** Opens or closes a step's details, or the optional section (EXTRA_SECTION). */
  #toggleOpen(id: string): void {
    const open = new Set(this.open);
    if (open.has(id)) open.delete(id);
    else open.add(id);
    this.open = open;
  }

  #onToggle(item: PathwayStep, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.#progress.mark(item.step.id, checked);
    this.#currentStep = item.step.id;
    const pathway = this.#pathway();
    const count = pathway ? doneCount(pathway, this.#progress.done) : 0;
    const total = pathway?.steps.length ?? 0;
    this.#say(() => stepMarkedMessage(textOf(item.step.title, this.locale), checked, stepsDoneText(count, total, this.locale)));
    this.#address?.write(this.#plan());
    this.emit('siip-step-toggle', { stepId: item.step.id, done: checked });
  }

  #onSaveToggle(event: Event): void {
    if (!this.#progress.active) return;
    const toggle = event.target as HTMLInputElement;
    const wanted = toggle.checked;
    const saving = this.#progress.setSaving(wanted);
    // Storage may refuse: the box shows what is true. (Set here: the `live` directive would cost 0.3 KiB.)
    toggle.checked = saving;
    if (wanted && saving) this.#say(() => savingMessage(true));
    else if (!wanted) this.#say(() => savingMessage(false));
  }

  #onClear(): void {
    this.#progress.clear();
    this.#say(clearedMessage);
  }

  async #onShare(sharing: typeof import('./plan-sharing.js')): Promise<void> {
    this.shareStatus = await sharing.copyLink(sharing.shareUrl(window.location.href, this.#plan()));
  }

  async #onPrint(): Promise<void> {
    const { PrintView } = await import('./pathway-print.js');
    const pathway = this.#pathway();
    const dataset = this.#data.dataset;
    if (!pathway || !dataset) return;
    const locale = this.locale;
    this.#printView ??= new PrintView(this, () => this.renderRoot);
    const text = dataTextFor(locale, this.original);
    const context = { locale, dataset, done: this.#progress.done, today: new Date(), text, address: this.#pageAddress() };
    this.#printView.printPlan(pathway, context, this.direction);
  }

  #view(): ViewContext {
    return { locale: this.locale, uid: this.#uid, text: dataTextFor(this.locale, this.original), heading: headingsBelow(this.headingLevel) };
  }

  #stepContext(view: ViewContext): StepContext {
    return {
      ...view,
      dataset: this.#data.dataset,
      done: this.#progress.done,
      open: this.open,
      today: new Date(),
      details: this.#stepDetails.module?.renderStepDetails,
      onToggle: (item, event) => this.#onToggle(item, event),
      onOpen: (item) => this.#toggleOpen(item.step.id),
    };
  }

  #renderExtra(pathway: Pathway, context: StepContext) {
    if (!pathway.otherRoutes.length && !pathway.optional.length) return nothing;
    const open = this.open.has(EXTRA_SECTION);
    const count = pathway.otherRoutes.length + pathway.optional.length;
    const id = `${this.#uid}-extra`;
    return html`<section part="optional" class="optional" aria-labelledby="${this.#uid}-optional">
      ${context.heading(
        1,
        html`<button type="button" class="section-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${() => this.#toggleOpen(EXTRA_SECTION)}>
          ${msg('Other routes and optional steps')} <span class="muted">(${numberFormat(this.locale).format(count)})</span>
        </button>`,
        `${this.#uid}-optional`,
      )}
      <div id=${id} ?hidden=${!open}>
        ${open ? (this.#stepDetails.module?.renderOtherSteps(pathway, context) ?? nothing) : nothing}
      </div>
    </section>`;
  }

  #renderActions() {
    const sharing = this.#sharing.module;
    return html`<div part="actions" class="actions">
      <button type="button" class="siip-button print" @click=${this.#onPrint}>${msg('Print my plan')}</button>
      ${sharing
        ? sharing.renderShareActions(
            this.syncUrl,
            this.shareStatus,
            () => sharing.shareUrl(window.location.href, this.#plan()),
            () => this.#onShare(sharing),
          )
        : nothing}
    </div>`;
  }

  #renderPathway(pathway: Pathway, dataset: Dataset) {
    const view = this.#view();
    const steps = this.#stepContext(view);
    const summary = { ...view, done: this.#progress.done, original: this.original, onToggleOriginal: () => (this.original = !this.original) };
    const progress = { onSaveToggle: (event: Event) => this.#onSaveToggle(event), onClear: () => this.#onClear() };
    const stages = this.#stages;
    return html`
      ${stages.reached(SUMMARY) ? renderSummary(pathway, dataset, summary) : nothing}
      ${stages.reached(STEPS)
        ? html`<ol part="steps" class="step-list steps" aria-label=${msg('Main steps')}>
            ${pathway.steps.map((s) => renderStep(s, pathway, 'main', stepNumberLabel(s.number), 1, steps))}
          </ol>`
        : nothing}
      ${stages.reached(ALL)
        ? html`${this.#renderExtra(pathway, steps)} ${renderProgress(pathway, this.#progress, view, progress)} ${renderHelp(pathway, view)}
          ${this.#renderActions()}`
        : nothing}
    `;
  }

  override render() {
    return html`<div part="base" class="pf ${this.#stages.staging ? 'siip-staging' : ''}" dir=${this.direction} lang=${this.locale}>
      ${this.#skip.link(msg('Skip past the career steps'))}
      ${this.#data.render({
        ready: (dataset) => {
          const result = this.#result()!;
          const choice: Choice = { profession: this.profession, state: this.state };
          return html`${renderPickers(dataset, choice, this.locale, (field, event) => this.#onPick(field, event))}
          ${renderNoPlanMessage(result, dataset, choice)} ${result.ok ? this.#renderPathway(result.pathway, dataset) : nothing}`;
        },
      })}
      ${this.#skip.end(msg('End of the career steps'))} ${this.#announcer.render()}
    </div>`;
  }
}
