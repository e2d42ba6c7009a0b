import { reflectIfSet } from '../../src/internal/reflect.js';
import { plural } from '../../src/localization/plural.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { SiipElement } from '../../src/internal/siip-element.js';
import { themeStyles } from '../../src/styles/theme.styles.js';
import { DatasetController } from '../../src/data/dataset-controller.js';
import { GroupController } from '../../src/internal/group-controller.js';
import { BreakpointController } from '../../src/internal/breakpoint-controller.js';
import { downloadBlob } from '../../src/internal/download.js';
import { LiveAnnouncer } from '../../src/internal/live-announcer.js';
import { SkipPast } from '../../src/internal/skip-past.js';
import { DEFAULT_HEADING_LEVEL, heading } from '../../src/internal/heading.js';
import { withLocale } from '../../src/localization/locale.js';
import { isTimeZone } from '../../src/internal/time-zone.js';
import { textOf } from '../../src/data/text.js';
import { EVENT_TYPES } from '../../src/data/constants.js';
import type { Dataset, EventType, SiipEvent } from '../../src/data/schema.js';
import '../../src/events/event-select.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { addMonths, agendaDays, monthWeeks, moveDay, parseMonth, weekStartFor, type GridKey, type IsoWeekday } from './calendar-grid.js';
import {
  approximateInMonth,
  byDay,
  filterByType,
  neighbour,
  occurrencesInMonth,
  parseTypes,
  toBeAnnounced,
  type ApproximateItem,
  type CalendarItem,
  type ExactOccurrence,
  type Neighbour,
} from './occurrences.js';
import { exportIcs, icsFileName, subscribeUrl } from './ics.js';
import { defaultDatasetUrl } from '../../src/data/default-dataset.js';
import { DAY_MS, civilDate, civilToUtc, parseCivil, utcToCivil } from './recurrence.js';
import { calendarFormat, type CalendarFormatter } from './calendar-format.js';
import { EVENT_TYPE_MARKS, approximateWhen, eventTypeLabel } from './calendar-labels.js';
import { calendarOutlook, monthOfItem, type Outlook } from './calendar-outlook.js';
import { moveRovingFocus, syncRovingTabindex } from './calendar-roving.js';
import { renderDayCell } from './calendar-day-cell.js';
import { renderCalendarItem } from './calendar-item.js';

const GRID_KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
/** What the next update announces: a new month, or what a filter left on screen. */
type Pending = 'month' | 'filter' | null;
/** Below this width (px) the calendar shows the list when `view` is not set. */
const NARROW_WIDTH = 600;

interface MonthModel {
  month: string;
  occurrences: ExactOccurrence[];
  days: Map<string, ExactOccurrence[]>;
  approximate: ApproximateItem[];
  tba: ApproximateItem[];
  events: SiipEvent[];
  /** Set when nothing dated lies ahead of today and the month shown is today's or later. */
  outlook: Outlook | null;
}

/**
 * Convenings, cohort meetings, trainings, webinars and application windows from
 * the SIIP dataset, as a month grid or an agenda list, in the reader's time zone,
 * with downloads into the reader's own calendar (.ics). Dates known only to the
 * month or season are shown as such, never on a made-up day.
 *
 * @summary An accessible event calendar with time zones, application windows and .ics export.
 * @tag siip-event-calendar
 *
 * Keyboard: the month grid is one Tab stop (arrow keys move by day and week, Home/End to the week's ends,
 * PageUp/PageDown by month, Shift+PageUp/PageDown by year; Enter goes to the day's events); each list of
 * events is one Tab stop too (Up/Down, Home/End), Enter opens an event's details and moves into them, Escape
 * closes them and returns. A "Skip past the calendar" link comes first. Month and filter changes are
 * announced once, politely, in the widget's language.
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
  readonly #announcer = new LiveAnnouncer(this);
  readonly #skip = new SkipPast(this);
  #model?: { key: string; dataset: Dataset; value: MonthModel };
  #restoreFocus = false;
  #pending: Pending = null;
  /** After a keyboard Enter opens an item, its details take focus (key of that item). */
  #focusDetails = '';
  /** After Escape closes an item, its button takes focus back (key of that item). */
  #focusItem = '';

  /** The day with the grid's roving focus ("YYYY-MM-DD"). */
  @state() private focusedDay = '';
  /** Key of the open item (occurrence or approximate item). */
  @state() private openKey = '';

  /** Dataset URL(s), space-separated; default: the dataset bundled with the library. */
  @property() src = '';
  /** `month` (grid) or `list` (agenda). Unset: the list on narrow containers (< 600 px), else the grid. */
  @property({ reflect: true, converter: reflectIfSet }) view = '';
  /** The month shown, `YYYY-MM`. Default: the current month. Updated as the reader navigates. */
  @property({ reflect: true, converter: reflectIfSet }) month = '';
  /** Event types to show, comma-separated (convening, meeting, training, webinar, application-window, announcement). Default: all. */
  @property({ reflect: true, converter: reflectIfSet }) types = '';
  /** IANA time zone to show times in (e.g. `America/Chicago`). Default: the reader's own. */
  @property() timezone = '';
  /** The date treated as today, `YYYY-MM-DD` or an ISO instant (for previews and tests). Default: now. */
  @property() today = '';
  /** Show only the events of this community (a community id); set by linked widgets with the same `group`. */
  @property({ reflect: true, converter: reflectIfSet }) community = '';
  /** Level of the month heading, 2–6, to fit the page's outline; the day and list headings go one level below. Default 2. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = DEFAULT_HEADING_LEVEL;

  constructor() {
    super();
    // A community chosen in a linked widget (same `group`) narrows the calendar to that community's events.
    new GroupController(this, {
      onCommunity: (id) => {
        this.community = id;
        this.#pending = 'filter';
      },
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    syncRovingTabindex(this.renderRoot);
    if (this.#restoreFocus) {
      this.#restoreFocus = false;
      this.renderRoot.querySelector<HTMLElement>(`td[data-day="${this.focusedDay}"]`)?.focus();
    }
    if (this.#focusDetails) {
      const key = this.#focusDetails;
      this.#focusDetails = '';
      const button = [...this.renderRoot.querySelectorAll<HTMLElement>('.item-button')].find((b) => b.dataset.key === key);
      button?.parentElement?.querySelector<HTMLElement>('.details')?.focus();
    }
    if (this.#focusItem) {
      const key = this.#focusItem;
      this.#focusItem = '';
      [...this.renderRoot.querySelectorAll<HTMLElement>('.item-button')].find((b) => b.dataset.key === key)?.focus();
    }
    if (this.#pending && this.#data.dataset) this.#announce(this.#pending, this.#monthModel(this.#data.dataset));
    this.#pending = null;
  }

  /** Month changes are said at once; filters when the reader stops ticking boxes. In the widget's language. */
  #announce(kind: 'month' | 'filter', model: MonthModel): void {
    const locale = this.locale;
    const text = withLocale(locale, () => {
      const month = this.#format.monthTitle(model.month);
      if (model.outlook) return msg(str`${month}: no upcoming events with a date.`);
      const count = model.occurrences.length + model.approximate.length;
      return kind === 'month'
        ? plural(count, msg('{month}: {count, plural, =0 {no events} one {# event} other {# events}}'), locale, { month })
        : plural(count, msg('{count, plural, =0 {No events shown in {month}} one {# event shown in {month}} other {# events shown in {month}}}'), locale, { month });
    });
    this.#announcer.announce(text, { settle: kind === 'filter' });
  }

  // --- derived values -------------------------------------------------------------------------

  get #format(): CalendarFormatter {
    return calendarFormat(this.locale);
  }

  get #zoneValid(): boolean {
    return !this.timezone || isTimeZone(this.timezone);
  }

  /** The zone times are shown in. */
  get #viewerZone(): string {
    if (this.timezone && this.#zoneValid) return this.timezone;
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  }

  /** "Now", as a UTC instant. */
  get #now(): number {
    const value = this.today.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(parseCivil(value))) {
      return civilToUtc(parseCivil(value) + DAY_MS / 2, this.#viewerZone);
    }
    const parsed = value ? Date.parse(value) : NaN;
    return Number.isNaN(parsed) ? Date.now() : parsed;
  }

  get #todayKey(): string {
    return civilDate(utcToCivil(this.#now, this.#viewerZone));
  }

  get #monthValid(): boolean {
    return !this.month || parseMonth(this.month) !== null;
  }

  get #currentMonth(): string {
    return this.month && parseMonth(this.month) ? this.month : this.#todayKey.slice(0, 7);
  }

  get #effectiveView(): 'month' | 'list' {
    if (this.view === 'month' || this.view === 'list') return this.view;
    return this.#width.narrow ? 'list' : 'month';
  }

  get #weekStart(): IsoWeekday {
    return weekStartFor(this.locale);
  }

  #monthModel(dataset: Dataset): MonthModel {
    const month = this.#currentMonth;
    const zone = this.#viewerZone;
    const key = `${month}|${zone}|${[...parseTypes(this.types)].join(',')}|${this.community}|${this.#todayKey}`;
    if (this.#model && this.#model.key === key && this.#model.dataset === dataset) return this.#model.value;
    const events = filterByType(dataset.events, parseTypes(this.types)).filter(
      (event) => !this.community || (event.communities ?? []).includes(this.community),
    );
    const occurrences = occurrencesInMonth(events, month, zone);
    const last = civilDate(parseCivil(`${addMonths(month, 1)}-01`) - DAY_MS);
    const today = this.#todayKey;
    const outlook = occurrences.length === 0 && month >= today.slice(0, 7) ? calendarOutlook(events, today, zone) : null;
    const value: MonthModel = {
      month,
      occurrences,
      days: byDay(occurrences, `${month}-01`, last),
      approximate: approximateInMonth(events, month),
      tba: toBeAnnounced(events),
      events,
      outlook: outlook && !outlook.upcoming ? outlook : null,
    };
    this.#model = { key, dataset, value };
    return value;
  }

  #focusedDayIn(month: string): string {
    if (this.focusedDay.startsWith(month)) return this.focusedDay;
    const today = this.#todayKey;
    return today.startsWith(month) ? today : `${month}-01`;
  }

  // --- handlers ---------------------------------------------------------------------------------

  #goToMonth(month: string, focusDay?: string): void {
    if (month === this.#currentMonth && !focusDay) return;
    this.month = month;
    const today = this.#todayKey;
    this.focusedDay = focusDay ?? (today.startsWith(month) ? today : `${month}-01`);
    this.openKey = '';
    this.#pending = 'month';
  }

  #onGridKeydown(event: KeyboardEvent): void {
    const key = event.key;
    if (GRID_KEYS.has(key)) {
      event.preventDefault();
      const from = this.#focusedDayIn(this.#currentMonth);
      // Shift+PageUp/PageDown: the same day a year away (twelve month steps), as in the APG date picker.
      let next = moveDay(from, key as GridKey, this.#weekStart, this.direction);
      if (event.shiftKey && (key === 'PageUp' || key === 'PageDown')) for (let i = 1; i < 12; i++) next = moveDay(next, key, this.#weekStart, this.direction);
      if (next.slice(0, 7) !== this.#currentMonth) this.#goToMonth(next.slice(0, 7), next);
      else this.focusedDay = next;
      this.#restoreFocus = true;
    } else if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      // Move into the day's event list, which follows the grid.
      const first = this.renderRoot.querySelector<HTMLElement>('.panel .item-button');
      first?.focus();
    }
  }

  #onDayClick(day: string): void {
    if (day.slice(0, 7) !== this.#currentMonth) this.#goToMonth(day.slice(0, 7), day);
    else this.focusedDay = day;
    this.#restoreFocus = true;
  }

  #toggle(item: CalendarItem, event?: MouseEvent): void {
    if (this.openKey === item.key) {
      this.openKey = '';
      return;
    }
    this.openKey = item.key;
    // Opened from the keyboard (a click with no pointer): move into the details, as Enter promises.
    if (event && event.detail === 0) this.#focusDetails = item.key;
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
    this.#pending = 'filter';
  }

  #showAllCommunities = (): void => {
    this.community = '';
    this.#pending = 'filter';
  };

  /** Arrow keys within a list of events; Escape closes open details and returns to their item (or to the grid). */
  #onListKeydown(event: KeyboardEvent): void {
    const container = event.currentTarget as HTMLElement;
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      const li = target.closest('.item');
      const button = li?.querySelector<HTMLElement>('.item-button');
      if (!button) return;
      if (this.openKey && this.openKey === button.dataset.key) {
        event.preventDefault();
        this.openKey = '';
        this.#focusItem = button.dataset.key!;
      } else if (target === button && container.closest('.panel.day')) {
        event.preventDefault();
        this.#restoreFocus = true;
        this.requestUpdate();
      }
      return;
    }
    if (!target.classList.contains('item-button') || event.altKey || event.ctrlKey || event.metaKey) return;
    if (moveRovingFocus(container, target, event.key)) event.preventDefault();
  }

  async #download(events: readonly SiipEvent[], name: string): Promise<void> {
    // The handler runs outside render(): the file's words must still come out in the widget's language.
    const calendarName = name || withLocale(this.locale, () => msg('SIIP events'));
    const { text } = await exportIcs(events, { locale: this.locale, calendarName, now: Date.now() });
    downloadBlob(this.renderRoot, new Blob([text], { type: 'text/calendar;charset=utf-8' }), icsFileName(calendarName));
  }

  // --- rendering ----------------------------------------------------------------------------------

  #renderToolbar(month: string, view: 'month' | 'list') {
    return html`<div part="toolbar" class="toolbar">
      ${heading(this.headingLevel, 0, html`<span part="heading">${this.#format.monthTitle(month)}</span>`, { className: 'month-title', id: 'heading' })}
      <div class="nav">
        <button type="button" class="siip-button siip-button--quiet" aria-label=${msg('Previous month')} @click=${() => this.#goToMonth(addMonths(month, -1))}>
          <span class="icon" aria-hidden="true">‹</span>
        </button>
        <button type="button" class="siip-button siip-button--quiet" aria-label=${msg('Next month')} @click=${() => this.#goToMonth(addMonths(month, 1))}>
          <span class="icon" aria-hidden="true">›</span>
        </button>
        <button type="button" class="siip-button siip-button--quiet" @click=${() => this.#goToMonth(this.#todayKey.slice(0, 7))}>${msg('Today')}</button>
      </div>
      <div class="views" role="group" aria-label=${msg('View')}>
        <button type="button" class="siip-button" aria-pressed=${view === 'month'} @click=${() => (this.view = 'month')}>${msg('Month')}</button>
        <button type="button" class="siip-button" aria-pressed=${view === 'list'} @click=${() => (this.view = 'list')}>${msg('List')}</button>
      </div>
    </div>`;
  }

  #renderFilters() {
    const selected = parseTypes(this.types);
    const all = selected.size === EVENT_TYPES.length;
    const count = (n: number) => new Intl.NumberFormat(this.locale).format(n);
    // A disclosure: one Tab stop while closed, and no rows of checkboxes on a phone until asked for.
    return html`<details part="filters" class="filters">
      <summary>
        ${all ? msg('Event types: all') : msg(str`Event types: ${count(selected.size)} of ${count(EVENT_TYPES.length)}`)}
        <span class="marks" aria-hidden="true"
          >${EVENT_TYPES.filter((t) => selected.has(t)).map((t) => html`<span class="mark type-${t}">${EVENT_TYPE_MARKS[t]}</span>`)}</span
        >
      </summary>
      <fieldset>
        <legend class="siip-visually-hidden">${msg('Show')}</legend>
        ${EVENT_TYPES.map(
          (type) => html`<label class="type-${type}">
            <input type="checkbox" name="type" value=${type} .checked=${selected.has(type)} @change=${(e: Event) => this.#onTypeChange(type, (e.target as HTMLInputElement).checked)} />
            <span class="mark" aria-hidden="true">${EVENT_TYPE_MARKS[type]}</span>${eventTypeLabel(type)}
          </label>`,
        )}
      </fieldset>
    </details>`;
  }

  #renderNotices() {
    const notes: TemplateResult[] = [];
    if (this.community) {
      const community = this.#data.dataset?.communities.find((c) => c.id === this.community);
      const name = community ? textOf(community.name, this.locale) : this.community;
      notes.push(
        html`<p class="note community-filter">
          ${msg(str`Showing only events of ${name}.`)}
          <button type="button" class="siip-button siip-button--quiet" @click=${this.#showAllCommunities}>${msg('Show all events')}</button>
        </p>`,
      );
    }
    if (!this.#zoneValid) notes.push(html`<p class="note" role="alert">${msg(str`Unknown time zone "${this.timezone}"; times are shown in your own time zone.`)}</p>`);
    if (!this.#monthValid) notes.push(html`<p class="note" role="alert">${msg(str`Unknown month "${this.month}" (expected YYYY-MM); showing the current month.`)}</p>`);
    return notes;
  }

  #renderZoneNote() {
    const name = this.#format.zoneName(this.#viewerZone, this.#now);
    return html`<p class="zone">${msg(str`Times are shown in ${name}.`)}</p>`;
  }

  #renderGrid(model: MonthModel) {
    const weeks = monthWeeks(model.month, this.#weekStart);
    const focused = this.#focusedDayIn(model.month);
    const today = this.#todayKey;
    const format = this.#format;
    const zone = this.#viewerZone;
    return html`<table part="grid" role="grid" aria-labelledby="heading" @keydown=${this.#onGridKeydown}>
      <thead>
        <tr>
          ${format
            .weekdays(this.#weekStart)
            .map(
              (name) =>
                html`<th scope="col" abbr=${name.long}><span aria-hidden="true">${name.short}</span><span class="siip-visually-hidden">${name.long}</span></th>`,
            )}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) => html`<tr>
            ${week.map((day) =>
              renderDayCell({
                day,
                occurrences: day.inMonth ? (model.days.get(day.date) ?? []) : [],
                focused: day.date === focused,
                today: day.date === today,
                label: format.fullDate(day.date),
                locale: this.locale,
                chipText: (o) => `${o.allDay || o.firstDay !== day.date ? '' : `${format.time(o.start, zone)} `}${textOf(o.event.title, this.locale)}`,
                onSelect: () => this.#onDayClick(day.date),
                onFocus: () => (this.focusedDay = day.date),
                onChip: (o, e) => this.#openFromChip(o, day.date, e),
              }),
            )}
          </tr>`,
        )}
      </tbody>
    </table>
    <section class="panel day" aria-labelledby="day-heading">
      ${heading(this.headingLevel, 1, this.#format.fullDate(focused), { id: 'day-heading' })}
      ${(model.days.get(focused) ?? []).length
        ? html`<ul class="items" data-roving @keydown=${this.#onListKeydown}>${(model.days.get(focused) ?? []).map((o) => this.#renderItem(o))}</ul>`
        : html`<p class="note">${msg('No events on this day.')}</p>`}
    </section>`;
  }

  #renderList(model: MonthModel) {
    if (model.occurrences.length === 0) return nothing;
    return html`<div part="list" class="agenda" data-roving @keydown=${this.#onListKeydown}>
      ${agendaDays(model.occurrences, model.month).map(
        ([day, items]) => html`<section aria-label=${this.#format.fullDate(day)}>
          ${heading(this.headingLevel, 1, this.#format.fullDate(day))}
          <ul class="items">
            ${items.map((o) => this.#renderItem(o, day))}
          </ul>
        </section>`,
      )}
    </div>`;
  }

  #renderItem(item: CalendarItem, day?: string, withDate = false) {
    return renderCalendarItem(item, {
      day,
      withDate,
      open: this.openKey === item.key,
      now: this.#now,
      dataset: this.#data.dataset,
      format: this.#format,
      viewerZone: this.#viewerZone,
      onToggle: (event) => this.#toggle(item, event),
      onDownload: () => this.#download([item.event], textOf(item.event.title, this.locale)),
    });
  }

  #renderApproximate(model: MonthModel, view: 'month' | 'list') {
    const items = view === 'list' ? [...model.approximate, ...model.tba] : model.approximate;
    if (!items.length) return nothing;
    return html`<section class="panel" aria-labelledby="approx-heading">
      ${heading(this.headingLevel, 1, msg('Exact date not known'), { id: 'approx-heading' })}
      <ul class="items" data-roving @keydown=${this.#onListKeydown}>
        ${items.map((item) => this.#renderItem(item))}
      </ul>
    </section>`;
  }

  #renderEmpty(model: MonthModel, events: readonly SiipEvent[]) {
    if (model.occurrences.length) return nothing;
    const zone = this.#viewerZone;
    const next = neighbour(events, model.month, 1, zone);
    // The most recent one too when nothing dated lies ahead (common for past programme years).
    const previous = next?.item.kind === 'exact' ? null : neighbour(events, model.month, -1, zone);
    const jump = (target: Neighbour, label: (title: string, when: string) => string) => {
      const approximate = target.item.kind === 'approximate' ? approximateWhen(target.item, this.#format) : '';
      const when = target.item.kind === 'exact' ? this.#format.dateRange(target.item.firstDay, target.item.firstDay) : typeof approximate === 'string' ? approximate : '';
      return html`<button type="button" class="siip-button siip-button--quiet" @click=${() => this.#goToMonth(target.month)}>
        ${label(textOf(target.item.event.title, this.locale), when)}
      </button>`;
    };
    return html`<div part="empty" class="empty">
      <p>${model.approximate.length ? msg('No events with an exact date this month.') : msg('No events this month.')}</p>
      ${next ? jump(next, (title, when) => msg(str`Next: ${title}, ${when}`)) : nothing}
      ${previous ? jump(previous, (title, when) => msg(str`Most recent: ${title}, ${when}`)) : nothing}
    </div>`;
  }

  /** Nothing dated lies ahead: say so plainly, then the most recent events and what is still expected. */
  #renderOutlook(outlook: Outlook) {
    const latest = outlook.recent[0];
    const latestMonth = latest ? monthOfItem(latest) : '';
    const monthName = latestMonth ? this.#format.monthTitle(latestMonth) : '';
    return html`<section part="outlook" class="outlook" aria-labelledby="outlook-heading">
      ${heading(this.headingLevel, 1, msg('No upcoming events with a date'), { id: 'outlook-heading' })}
      <p>${msg('No event after today has a date yet. Here are the most recent ones, and what is expected to come back.')}</p>
      ${outlook.recent.length
        ? html`${heading(this.headingLevel, 2, msg('Most recent'), { className: 'sub', id: 'recent-heading' })}
            <ul class="items" aria-labelledby="recent-heading" data-roving @keydown=${this.#onListKeydown}>
              ${outlook.recent.map((item) => this.#renderItem(item, 'recent', true))}
            </ul>
            <p>
              <button type="button" class="siip-button siip-button--quiet" @click=${() => this.#goToMonth(latestMonth)}>
                ${msg(str`Go to ${monthName}`)}
              </button>
            </p>`
        : nothing}
      ${outlook.expected.length
        ? html`${heading(this.headingLevel, 2, msg('Expected, dates not yet published'), { className: 'sub', id: 'expected-heading' })}
            <ul class="items" aria-labelledby="expected-heading" data-roving @keydown=${this.#onListKeydown}>
              ${outlook.expected.map((item) => this.#renderItem(item, 'expected'))}
            </ul>`
        : nothing}
    </section>`;
  }

  #renderMonth(model: MonthModel, view: 'month' | 'list') {
    if (model.outlook) return this.#renderOutlook(model.outlook);
    return html`${this.#renderEmpty(model, model.events)} ${view === 'month' ? this.#renderGrid(model) : this.#renderList(model)}
    ${this.#renderApproximate(model, view)}`;
  }

  #renderReady(dataset: Dataset) {
    const model = this.#monthModel(dataset);
    const view = this.#effectiveView;
    const exportable = model.events.filter((e) => e.when.precision === 'datetime' || e.when.precision === 'date');
    const skipped = model.events.length - exportable.length;
    return html`${this.#renderToolbar(model.month, view)} ${this.#renderFilters()} ${this.#renderNotices()} ${this.#renderZoneNote()}
      ${this.#renderMonth(model, view)}
      <div class="footer">
        <button
          type="button"
          part="download-button"
          class="siip-button"
          ?disabled=${exportable.length === 0}
          @click=${() => this.#download(exportable, '')}
        >
          ${plural(exportable.length, msg('Download {count, plural, one {# event} other {# events}} (.ics)'), this.locale)}
        </button>
        ${this.src.trim()
          ? nothing
          : html`<a part="subscribe-link" class="siip-button siip-button--quiet" href=${subscribeUrl(defaultDatasetUrl(), this.locale)}>${msg('Subscribe')}</a>`}
        ${skipped ? html`<span class="note">${plural(
                skipped,
                msg('{count, plural, one {# event without an exact date is not included.} other {# events without an exact date are not included.}}'),
                this.locale,
              )}</span>` : nothing}
      </div>`;
  }

  override render() {
    return html`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${this.#skip.link(msg('Skip past the calendar'))} ${this.#data.render({ ready: (dataset) => this.#renderReady(dataset) })}
      ${this.#skip.end(msg('End of the calendar'))} ${this.#announcer.render()}
    </div>`;
  }
}
