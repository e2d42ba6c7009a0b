import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { SiipElement } from '../../src/internal/siip-element.js';
import { themeStyles } from '../../src/styles/theme.styles.js';
import { DatasetController } from '../../src/data/dataset-controller.js';
import { defaultDatasetUrl } from '../../src/data/default-dataset.js';
import { textOf } from '../../src/data/text.js';
import { EVENT_TYPES } from '../../src/data/constants.js';
import type { Dataset, EventType, SiipEvent } from '../../src/data/schema.js';
import { GroupController } from '../../src/internal/group-controller.js';
import { BreakpointController } from '../../src/internal/breakpoint-controller.js';
import { StagedRender } from '../../src/internal/staged-render.js';
import { downloadBlob } from '../../src/internal/download.js';
import { SkipPast } from '../../src/internal/skip-past.js';
import { renderLoading } from '../../src/internal/data-state-view.js';
import { reflectIfSet } from '../../src/internal/reflect.js';
import { DEFAULT_HEADING_LEVEL } from '../../src/internal/heading.js';
import { withLocale } from '../../src/localization/locale.js';
import { plural } from '../../src/localization/plural.js';
import '../../src/events/event-select.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { addMonths, weekStartFor, type IsoWeekday } from './calendar-grid.js';
import { parseTypes, type CalendarItem, type ExactOccurrence } from './occurrences.js';
import { loadRuleEngine, needsRuleEngine } from './rule-engine.js';
import { exportIcs, icsFileName, subscribeUrl } from './ics.js';
import { calendarFormat, type CalendarFormatter } from './calendar-format.js';
import { dayIn, dayInMonth, isUsableMonth, isUsableZone, nowFrom, shownMonth, viewerZone } from './calendar-clock.js';
import { MonthModels, type MonthModel } from './month-model.js';
import { CalendarKeyboardController } from './calendar-keyboard.js';
import { CalendarAnnouncer } from './calendar-announcer.js';
import { renderNotices, renderToolbar, renderTypeFilter, renderZoneNote, type CalendarLayout } from './calendar-header.js';
import { renderMonthGrid } from './calendar-month-grid.js';
import { renderAgenda, renderApproximate, renderEmptyMonth, renderOutlook, type ListContext } from './calendar-lists.js';
import { renderCalendarItem } from './calendar-item.js';
import { OnDemandModule, afterModulesLoaded } from '../../src/internal/on-demand-module.js';

/** Below this width (px) the calendar shows the list when `view` is not set. */
const NARROW_WIDTH = 600;

/**
 * Convenings, cohort meetings, trainings, webinars and application windows from
 * the SIIP dataset, as a month grid or an agenda list, in the reader's time zone,
 * with downloads into the reader's own calendar (.ics). Dates known only to the
 * month or season are shown as such, never on a made-up day.
 *
 * Keyboard: the month grid is one Tab stop (arrow keys move by day and week, Home/End to the week's ends,
 * PageUp/PageDown by month, Shift+PageUp/PageDown by year; Enter goes to the day's events); each list of
 * events is one Tab stop too (Up/Down, Home/End), Enter opens an event's details and moves into them, Escape
 * closes them and returns. A "Skip past the calendar" link comes first. Month and filter changes are
 * announced once, politely, in the widget's language.
 *
 * @summary An accessible event calendar with time zones, application windows and .ics export.
 * @tag siip-event-calendar
 *
 * @csspart skip-link - The "Skip past the calendar" link (visible while focused).
 * @csspart toolbar - Month navigation and view switch.
 * @csspart heading - The month title (inside the heading element, whose level `heading-level` sets).
 * @csspart filters - The event-type filter: a disclosure holding the checkboxes, each with its colour and shape.
 * @csspart outlook - The "no upcoming event with a date" view: the most recent events and what is expected.
 * @csspart grid - The month grid (a table with role="grid").
 * @csspart day - A day cell of the grid.
 * @csspart event - An event (a chip in the grid, a row in a list).
 * @csspart list - The agenda list.
 * @csspart details - The details of the open event.
 * @csspart empty - The "no events this month" message.
 * @csspart download-button - The button that downloads the shown events as .ics.
 * @csspart subscribe-link - The link to subscribe to the national events feed (shown with the bundled dataset).
 * @csspart announcer - The polite live region that announces month and filter changes.
 *
 * @cssprop [--siip-color-accent=#0b5cad] - Buttons, links, the selected day.
 * @cssprop [--siip-calendar-today-background=var(--siip-color-surface-alt)] - Background of today's cell.
 * @cssprop [--siip-event-color-convening=#7a3db8] - Marker colour of convenings.
 * @cssprop [--siip-event-color-meeting=#0b5cad] - Marker colour of meetings.
 * @cssprop [--siip-event-color-training=#1d7a46] - Marker colour of trainings.
 * @cssprop [--siip-event-color-webinar=#9a5b00] - Marker colour of webinars.
 * @cssprop [--siip-event-color-application-window=#b3261e] - Marker colour of application windows.
 * @cssprop [--siip-event-color-announcement=#4b5563] - Marker colour of announcements.
 *
 * @fires siip-event-select - An event was opened: `{ eventId, occurrenceStart }`.
 */
export class SiipEventCalendar extends SiipElement {
  static override styles = [themeStyles, eventCalendarStyles];

  readonly #data = new DatasetController(this, { collections: ['events'] });
  readonly #width = new BreakpointController(this, NARROW_WIDTH);
  readonly #skip = new SkipPast(this);
  readonly #months = new MonthModels();
  /** Loaded on first use, each a chunk of its own: the RRULE engine (only for data with repeating events), an event's details. */
  readonly #ruleEngine = new OnDemandModule(this, { load: loadRuleEngine });
  readonly #details = new OnDemandModule(this, { load: () => import('./calendar-details.js') });
  readonly #keyboard = new CalendarKeyboardController(this, {
    focusedDay: () => dayInMonth(this.#month, this.focusedDay, this.#today),
    weekStart: () => this.#weekStart,
    direction: () => this.direction,
    moveTo: (day) => this.#focusDay(day),
    openKey: () => this.openKey,
    close: () => (this.openKey = ''),
  });
  readonly #announcer = new CalendarAnnouncer(this, () => {
    const dataset = this.#data.dataset;
    return dataset && !needsRuleEngine(dataset.events) ? { model: this.#monthModel(dataset), format: this.#format } : null;
  });

  static override properties: PropertyDeclarations = {
    focusedDay: { state: true, attribute: false },
    openKey: { state: true, attribute: false },
    src: {},
    view: { reflect: true, converter: reflectIfSet },
    month: { reflect: true, converter: reflectIfSet },
    types: { reflect: true, converter: reflectIfSet },
    timezone: {},
    today: {},
    community: { reflect: true, converter: reflectIfSet },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The day with the grid's roving focus ("YYYY-MM-DD"). */
  private focusedDay = '';
  /** Key of the open item (occurrence or approximate item). */
  private openKey = '';
  /** Whether the data view is on screen (not the loading or error state): set by each render. */
  #shown = false;
  /** The first render of the data in three tasks: the toolbar and filters; the month's events worked out; the month shown. */
  readonly #stages = new StagedRender(this, { stages: 3, active: () => this.#shown });

  /** Dataset URL(s), space-separated; default: the dataset bundled with the library. */
  src = '';
  /** `month` (grid) or `list` (agenda). Unset: the list on narrow containers (< 600 px), else the grid. */
  view = '';
  /** The month shown, `YYYY-MM`. Default: the current month. Updated as the reader navigates. */
  month = '';
  /** Event types to show, comma-separated (convening, meeting, training, webinar, application-window, announcement). Default: all. */
  types = '';
  /** IANA time zone to show times in (e.g. `America/Chicago`). Default: the reader's own. */
  timezone = '';
  /** The date treated as today, `YYYY-MM-DD` or an ISO instant (for previews and tests). Default: now. */
  today = '';
  /** Show only the events of this community (a community id); set by linked widgets with the same `group`. */
  community = '';
  /** Level of the month heading, 2–6, to fit the page's outline; the day and list headings go one level below. Default 2. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  constructor() {
    super();
    // A community chosen in a linked widget (same `group`) narrows the calendar to that community's events.
    new GroupController(this, {
      onCommunity: (id) => {
        this.community = id;
        this.#announcer.request('filter');
      },
    });
  }

  // --- lifecycle --------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // The reader's time zone is the browser's first time-zone lookup (≈ 5–15 ms on a phone): asked in a task of its
    // own while the data loads, not inside the first render.
    setTimeout(() => void this.#zone);
  }

  /**
   * Also waits for a part loaded on first use and the render it brings, so what follows a click sees it.
   * @internal
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterModulesLoaded(() => super.getUpdateComplete(), [this.#ruleEngine, this.#details, this.#stages]);
  }

  // --- derived values -------------------------------------------------------------------------

  get #format(): CalendarFormatter {
    return calendarFormat(this.locale);
  }

  /** The zone times are shown in. */
  get #zone(): string {
    return viewerZone(this.timezone);
  }

  /** "Now", as a UTC instant. */
  get #now(): number {
    return nowFrom(this.today, this.#zone);
  }

  get #today(): string {
    return dayIn(this.#now, this.#zone);
  }

  get #month(): string {
    return shownMonth(this.month, this.#today);
  }

  /**
   * Whether the layout is known: given by `view`, or once the width is measured. Until then the calendar shows its
   * loading state, rather than build a month grid that a narrow column replaces with the list a frame later.
   */
  get #layoutKnown(): boolean {
    return this.view === 'month' || this.view === 'list' || this.#width.measured;
  }

  get #layout(): CalendarLayout {
    if (this.view === 'month' || this.view === 'list') return this.view;
    return this.#width.narrow ? 'list' : 'month';
  }

  get #weekStart(): IsoWeekday {
    return weekStartFor(this.locale);
  }

  #monthModel(dataset: Dataset): MonthModel {
    return this.#months.get(dataset, { month: this.#month, zone: this.#zone, types: this.types, community: this.community, today: this.#today });
  }

  // --- handlers ---------------------------------------------------------------------------------

  #goToMonth(month: string, focusDay?: string): void {
    if (month === this.#month && !focusDay) return;
    this.month = month;
    this.focusedDay = focusDay ?? dayInMonth(month, '', this.#today);
    this.openKey = '';
    this.#announcer.request('month');
  }

  /** Makes `day` the grid's focused day, showing its month, and focuses it after the update. */
  #focusDay(day: string): void {
    if (day.slice(0, 7) !== this.#month) this.#goToMonth(day.slice(0, 7), day);
    else this.focusedDay = day;
    this.#keyboard.focusDayAfterUpdate();
  }

  #toggle(item: CalendarItem, event?: MouseEvent): void {
    if (this.openKey === item.key) {
      this.openKey = '';
      return;
    }
    this.openKey = item.key;
    // Opened from the keyboard (a click with no pointer): move into the details, as Enter promises.
    if (event && event.detail === 0) this.#keyboard.focusDetailsAfterUpdate(item.key);
    this.emit('siip-event-select', { eventId: item.event.id, occurrenceStart: item.kind === 'exact' ? item.occurrenceStart : null });
  }

  #openFromChip(occurrence: ExactOccurrence, day: string, event: Event): void {
    event.stopPropagation();
    this.focusedDay = day;
    if (this.openKey !== occurrence.key) this.#toggle(occurrence);
  }

  #onTypeChange(type: EventType, checked: boolean): void {
    const current = parseTypes(this.types);
    if (checked) current.add(type);
    else current.delete(type);
    // Everything checked (or nothing) means "no filter".
    this.types = current.size === 0 || current.size === EVENT_TYPES.length ? '' : EVENT_TYPES.filter((t) => current.has(t)).join(',');
    this.openKey = '';
    this.#announcer.request('filter');
  }

  #showAllCommunities(): void {
    this.community = '';
    this.#announcer.request('filter');
  }

  async #download(events: readonly SiipEvent[], name: string): Promise<void> {
    // The handler runs outside render(): the file's words must still come out in the widget's language.
    const calendarName = name || withLocale(this.locale, () => msg('SIIP events'));
    const { text } = await exportIcs(events, { locale: this.locale, calendarName, now: Date.now() });
    downloadBlob(this.renderRoot, new Blob([text], { type: 'text/calendar;charset=utf-8' }), icsFileName(calendarName));
  }

  // --- rendering ----------------------------------------------------------------------------------

  #renderItem(item: CalendarItem, day?: string, withDate = false): TemplateResult {
    const open = this.openKey === item.key;
    return renderCalendarItem(item, {
      day,
      withDate,
      open,
      details: open ? this.#details.get()?.renderEventDetails : undefined,
      now: this.#now,
      dataset: this.#data.dataset,
      format: this.#format,
      viewerZone: this.#zone,
      onToggle: (event) => this.#toggle(item, event),
      onDownload: () => this.#download([item.event], textOf(item.event.title, this.locale)),
    });
  }

  #renderHeader(dataset: Dataset, layout: CalendarLayout) {
    const month = this.#month;
    const community = this.community ? dataset.communities.find((c) => c.id === this.community) : undefined;
    return html`${renderToolbar({
      headingLevel: this.headingLevel,
      title: this.#format.monthTitle(month),
      layout,
      onPrevious: () => this.#goToMonth(addMonths(month, -1)),
      onNext: () => this.#goToMonth(addMonths(month, 1)),
      onToday: () => this.#goToMonth(this.#today.slice(0, 7)),
      onLayout: (next) => (this.view = next),
    })}
    ${renderTypeFilter(parseTypes(this.types), this.locale, (type, checked) => this.#onTypeChange(type, checked))}
    ${renderNotices({
      community: community ? textOf(community.name, this.locale) : this.community,
      onShowAllCommunities: () => this.#showAllCommunities(),
      unknownZone: isUsableZone(this.timezone) ? '' : this.timezone,
      unknownMonth: isUsableMonth(this.month) ? '' : this.month,
    })}
    ${renderZoneNote(this.#format.zoneName(this.#zone, this.#now))}`;
  }

  #renderMonth(model: MonthModel, layout: CalendarLayout) {
    const lists: ListContext = {
      headingLevel: this.headingLevel,
      format: this.#format,
      zone: this.#zone,
      item: (item, day, withDate) => this.#renderItem(item, day, withDate),
      onListKeydown: this.#keyboard.onListKeydown,
      goToMonth: (month) => this.#goToMonth(month),
    };
    if (model.outlook) return renderOutlook(model.outlook, lists);
    const month =
      layout === 'list'
        ? renderAgenda(model, lists)
        : renderMonthGrid(model, {
            ...lists,
            weekStart: this.#weekStart,
            today: this.#today,
            focused: dayInMonth(model.month, this.focusedDay, this.#today),
            onGridKeydown: this.#keyboard.onGridKeydown,
            onDay: (day) => this.#focusDay(day),
            onDayFocus: (day) => (this.focusedDay = day),
            onChip: (occurrence, day, event) => this.#openFromChip(occurrence, day, event),
          });
    return html`${renderEmptyMonth(model, lists)} ${month} ${renderApproximate(model, layout === 'list', lists)}`;
  }

  #renderFooter(model: MonthModel) {
    const exportable = model.events.filter((e) => e.when.precision === 'datetime' || e.when.precision === 'date');
    const skipped = model.events.length - exportable.length;
    return html`<div class="footer">
      <button type="button" part="download-button" class="siip-button" ?disabled=${exportable.length === 0} @click=${() => this.#download(exportable, '')}>
        ${plural(exportable.length, msg('Download {count, plural, one {# event} other {# events}} (.ics)'), this.locale)}
      </button>
      ${this.src.trim()
        ? nothing
        : html`<a part="subscribe-link" class="siip-button siip-button--quiet" href=${subscribeUrl(defaultDatasetUrl(), this.locale)}>${msg('Subscribe')}</a>`}
      ${skipped
        ? html`<span class="note"
            >${plural(
              skipped,
              msg('{count, plural, one {# event without an exact date is not included.} other {# events without an exact date are not included.}}'),
              this.locale,
            )}</span
          >`
        : nothing}
    </div>`;
  }

  #renderReady(dataset: Dataset) {
    if (needsRuleEngine(dataset.events)) {
      this.#ruleEngine.get();
      return renderLoading();
    }
    if (!this.#layoutKnown) return renderLoading();
    this.#shown = true;
    const layout = this.#layout;
    if (!this.#stages.reached(1)) return this.#renderHeader(dataset, layout);
    const model = this.#monthModel(dataset);
    if (!this.#stages.reached(2)) return this.#renderHeader(dataset, layout);
    return html`${this.#renderHeader(dataset, layout)} ${this.#renderMonth(model, layout)} ${this.#renderFooter(model)}`;
  }

  override render() {
    this.#shown = false;
    const view = this.#data.render({ ready: (dataset) => this.#renderReady(dataset) });
    return html`<div part="base" class="base ${this.#stages.staging ? 'siip-staging' : ''}" dir=${this.direction} lang=${this.locale}>
      ${this.#skip.link(msg('Skip past the calendar'))} ${view}
      ${this.#skip.end(msg('End of the calendar'))} ${this.#announcer.render()}
    </div>`;
  }
}
