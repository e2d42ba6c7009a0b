import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { SiipElement } from '../../src/internal/siip-element.js';
import { themeStyles } from '../../src/styles/theme.styles.js';
import { DatasetController } from '../../src/data/dataset-controller.js';
import { GroupController } from '../../src/internal/group-controller.js';
import { renderDataError, renderLoading } from '../../src/internal/data-state-view.js';
import { renderText } from '../../src/internal/localized-text.js';
import { textOf } from '../../src/data/text.js';
import { EVENT_TYPES, type Dataset, type EventType, type SiipEvent } from '../../src/data/schema.js';
import '../../src/events/event-select.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { addMonths, monthWeeks, moveDay, parseMonth, weekdayOrder, weekStartFor, type GridKey, type IsoWeekday } from './calendar-grid.js';
import {
  approximateInMonth,
  byDay,
  filterByType,
  neighbour,
  occurrencesInMonth,
  parseTypes,
  recurrenceNote,
  toBeAnnounced,
  type ApproximateItem,
  type CalendarItem,
  type ExactOccurrence,
  type Neighbour,
} from './occurrences.js';
import { windowState, type WindowState } from './application-window.js';
import { exportIcs, googleCalendarUrl, icsFileName, outlookCalendarUrl, subscribeUrl } from './ics.js';
import { defaultDatasetUrl } from '../../src/data/default-dataset.js';
import { DAY_MS, civilDate, civilToUtc, isTimeZone, parseCivil, utcToCivil } from './recurrence.js';

const GRID_KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
/** Below this width (px) the calendar shows the list when `view` is not set. */
const NARROW_WIDTH = 600;
const CHIPS_PER_DAY = 3;

const formatterCache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let cached = formatterCache.get(key);
  if (!cached) formatterCache.set(key, (cached = new Intl.DateTimeFormat(locale, options)));
  return cached;
}

const dateRangeCache = new Map<string, string>();
const timeRangeCache = new Map<string, string>();

interface MonthModel {
  month: string;
  occurrences: ExactOccurrence[];
  days: Map<string, ExactOccurrence[]>;
  approximate: ApproximateItem[];
  tba: ApproximateItem[];
  events: SiipEvent[];
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
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - Month navigation and view switch.
 * @csspart heading - The month title.
 * @csspart filters - The event-type checkboxes.
 * @csspart grid - The month grid (a table with role="grid").
 * @csspart day - A day cell of the grid.
 * @csspart event - An event (a chip in the grid, a row in a list).
 * @csspart list - The agenda list.
 * @csspart details - The details of the open event.
 * @csspart empty - The "no events this month" message.
 * @csspart download-button - The button that downloads the shown events as .ics.
 * @csspart subscribe-link - The link to subscribe to the national events feed (shown with the bundled dataset).
 * @csspart loading - Shown while the data loads.
 * @csspart error - Shown when the data cannot be used.
 * @csspart retry-button - The "Try again" button of the error.
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
 * @fires siip-data-error - The dataset could not be loaded (from the shared data controller).
 */
export class SiipEventCalendar extends SiipElement {
  static override styles = [themeStyles, eventCalendarStyles];

  readonly #data = new DatasetController(this);

  constructor() {
    super();
    // A community chosen in a linked widget (same `group`) narrows the calendar to that community's events.
    new GroupController(this, {
      onCommunity: (id) => {
        this.community = id;
      },
    });
  }
  #resizeObserver?: ResizeObserver;
  #model?: { key: string; dataset: Dataset; value: MonthModel };
  #restoreFocus = false;

  @state() private narrow = false;
  /** The day with the grid's roving focus ("YYYY-MM-DD"). */
  @state() private focusedDay = '';
  /** Key of the open item (occurrence or approximate item). */
  @state() private openKey = '';
  @state() private announcement = '';

  /** Dataset URL(s), space-separated; default: the dataset bundled with the library. */
  @property() src = '';
  /** `month` (grid) or `list` (agenda). Unset: the list on narrow containers (< 600 px), else the grid. */
  @property({ reflect: true }) view = '';
  /** The month shown, `YYYY-MM`. Default: the current month. Updated as the reader navigates. */
  @property({ reflect: true }) month = '';
  /** Event types to show, comma-separated (convening, meeting, training, webinar, application-window, announcement). Default: all. */
  @property({ reflect: true }) types = '';
  /** IANA time zone to show times in (e.g. `America/Chicago`). Default: the reader's own. */
  @property() timezone = '';
  /** The date treated as today, `YYYY-MM-DD` or an ISO instant (for previews and tests). Default: now. */
  @property() today = '';
  /** Show only the events of this community (a community id); set by linked widgets with the same `group`. */
  @property({ reflect: true }) community = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.#resizeObserver = new ResizeObserver((entries) => {
        const width = entries[entries.length - 1]?.contentRect.width ?? 0;
        const narrow = width > 0 && width < NARROW_WIDTH;
        // Next frame: changing the layout inside the observer's callback would loop.
        if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
      });
      this.#resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#restoreFocus) {
      this.#restoreFocus = false;
      this.renderRoot.querySelector<HTMLElement>(`td[data-day="${this.focusedDay}"]`)?.focus();
    }
  }

  // --- derived values -------------------------------------------------------------------------

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
    return this.narrow ? 'list' : 'month';
  }

  get #weekStart(): IsoWeekday {
    return weekStartFor(this.locale);
  }

  #monthModel(dataset: Dataset): MonthModel {
    const month = this.#currentMonth;
    const zone = this.#viewerZone;
    const key = `${month}|${zone}|${[...parseTypes(this.types)].join(',')}|${this.community}`;
    if (this.#model && this.#model.key === key && this.#model.dataset === dataset) return this.#model.value;
    const events = filterByType(dataset.events, parseTypes(this.types)).filter(
      (event) => !this.community || (event.communities ?? []).includes(this.community),
    );
    const occurrences = occurrencesInMonth(events, month, zone);
    const last = civilDate(parseCivil(`${addMonths(month, 1)}-01`) - DAY_MS);
    const value: MonthModel = {
      month,
      occurrences,
      days: byDay(occurrences, `${month}-01`, last),
      approximate: approximateInMonth(events, month),
      tba: toBeAnnounced(events),
      events,
    };
    this.#model = { key, dataset, value };
    return value;
  }

  // --- handlers ---------------------------------------------------------------------------------

  #goToMonth(month: string, focusDay?: string): void {
    if (month === this.#currentMonth && !focusDay) return;
    this.month = month;
    const today = this.#todayKey;
    this.focusedDay = focusDay ?? (today.startsWith(month) ? today : `${month}-01`);
    this.openKey = '';
    this.announcement = this.#monthTitle(month);
  }

  #onGridKeydown(event: KeyboardEvent): void {
    const key = event.key;
    if (GRID_KEYS.has(key)) {
      event.preventDefault();
      const from = this.#focusedDayIn(this.#currentMonth);
      const next = moveDay(from, key as GridKey, this.#weekStart, this.direction);
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

  #toggle(item: CalendarItem): void {
    if (this.openKey === item.key) {
      this.openKey = '';
      return;
    }
    this.openKey = item.key;
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
  }

  async #download(events: readonly SiipEvent[], name: string): Promise<void> {
    const { text } = await exportIcs(events, { locale: this.locale, calendarName: name, now: Date.now() });
    const blob = new Blob([text], { type: 'text/calendar;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = icsFileName(name);
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  // --- formatting ---------------------------------------------------------------------------------

  #monthTitle(month: string): string {
    return formatter(this.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parseCivil(`${month}-15`));
  }

  #fullDate(day: string): string {
    return formatter(this.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parseCivil(day));
  }

  #dateRange(first: string, last: string): string {
    const key = `${this.locale}|${first}|${last}`;
    let text = dateRangeCache.get(key);
    if (text === undefined) {
      const f = formatter(this.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      // formatRange is slow in Chromium; the same few ranges recur on every render, so keep them.
      text = first === last ? f.format(parseCivil(first)) : f.formatRange(parseCivil(first), parseCivil(last));
      if (dateRangeCache.size > 5_000) dateRangeCache.clear();
      dateRangeCache.set(key, text);
    }
    return text;
  }

  #timeRange(occurrence: ExactOccurrence, zone: string, withZoneName: boolean): string {
    // Recurring events and busy days repeat the same times: format each distinct range once.
    const key = `${this.locale}|${zone}|${withZoneName}|${occurrence.start}|${occurrence.end}`;
    let text = timeRangeCache.get(key);
    if (text === undefined) {
      text = this.#formatTimeRange(occurrence, zone, withZoneName);
      if (timeRangeCache.size > 5_000) timeRangeCache.clear();
      timeRangeCache.set(key, text);
    }
    return text;
  }

  #formatTimeRange(occurrence: ExactOccurrence, zone: string, withZoneName: boolean): string {
    const named = withZoneName ? { timeZoneName: 'short' as const } : {};
    const base: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZone: zone };
    if (occurrence.end <= occurrence.start) return formatter(this.locale, { ...base, ...named }).format(occurrence.start);
    const sameDay = civilDate(utcToCivil(occurrence.start, zone)) === civilDate(utcToCivil(occurrence.end - 1, zone));
    const options = sameDay ? base : { ...base, day: 'numeric' as const, month: 'short' as const };
    // Two format() calls, not formatRange(): the latter costs ~20x more per call in Chromium, which long agendas feel.
    return `${formatter(this.locale, options).format(occurrence.start)} – ${formatter(this.locale, { ...options, ...named }).format(occurrence.end)}`;
  }

  /** The event's own local time, when its zone's clock differs from the viewer's at that moment. */
  #eventZoneTime(occurrence: ExactOccurrence): string | null {
    const zone = occurrence.timeZone;
    if (!zone || occurrence.allDay) return null;
    const viewer = this.#viewerZone;
    if (utcToCivil(occurrence.start, zone) === utcToCivil(occurrence.start, viewer)) return null;
    return this.#timeRange(occurrence, zone, true);
  }

  #typeName(type: EventType): string {
    switch (type) {
      case 'convening':
        return msg('Convening');
      case 'meeting':
        return msg('Meeting');
      case 'training':
        return msg('Training');
      case 'webinar':
        return msg('Webinar');
      case 'application-window':
        return msg('Application window');
      case 'announcement':
        return msg('Announcement');
    }
  }

  #seasonLabel(season: string, year: number | undefined, yearly: boolean): string {
    if (yearly || year === undefined) {
      switch (season) {
        case 'spring':
          return msg('Each spring');
        case 'summer':
          return msg('Each summer');
        case 'fall':
          return msg('Each fall');
        default:
          return msg('Each winter');
      }
    }
    switch (season) {
      case 'spring':
        return msg(str`Spring ${year}`);
      case 'summer':
        return msg(str`Summer ${year}`);
      case 'fall':
        return msg(str`Fall ${year}`);
      default:
        return msg(str`Winter ${year}`);
    }
  }

  /** When an approximate item happens, in words: "June 2018", "Each summer", "Monthly (dates not published)". */
  #approximateWhen(item: ApproximateItem): TemplateResult | string {
    const when = item.event.when;
    switch (when.precision) {
      case 'month': {
        const f = formatter(this.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
        const first = parseCivil(`${when.month}-15`);
        return when.endMonth && when.endMonth > when.month ? f.formatRange(first, parseCivil(`${when.endMonth}-15`)) : f.format(first);
      }
      case 'season': {
        const label = this.#seasonLabel(when.season, when.year, Boolean(when.yearly));
        return when.yearly && when.year !== undefined ? `${label} (${msg(str`since ${when.year}`)})` : label;
      }
      case 'cadence': {
        const rhythm = {
          weekly: msg('Weekly'),
          monthly: msg('Monthly'),
          quarterly: msg('Quarterly'),
          yearly: msg('Yearly'),
          'every-18-months': msg('Every 18 months'),
        }[when.frequency];
        const often = when.timesPerYear && when.frequency === 'yearly' ? msg(str`${when.timesPerYear} times a year`) : rhythm;
        return `${often} (${msg('dates not published')})`;
      }
      case 'tba':
        return when.expected
          ? html`${msg('Date to be announced')} (${msg('expected:')} ${renderText(when.expected, this.locale)})`
          : msg('Date to be announced');
      default:
        return '';
    }
  }

  #windowBadge(state: WindowState): TemplateResult {
    const o = state.occurrence;
    const closes = o ? this.#dateRange(o.lastDay, o.lastDay) : '';
    const opens = o ? this.#dateRange(o.firstDay, o.firstDay) : '';
    let text: string;
    switch (state.status) {
      case 'open':
        text = msg(str`Open until ${closes}`);
        break;
      case 'closing-soon':
        text = msg(str`Closing soon: closes ${closes}`);
        break;
      case 'upcoming':
        text = msg(str`Opens ${opens}`);
        break;
      case 'closed':
        text = o ? msg(str`Closed ${closes}`) : msg('Closed');
        break;
      default:
        text = msg('Expected; dates to be announced');
    }
    return html`<span class="status status-${state.status}">${text}</span>`;
  }

  // --- rendering ----------------------------------------------------------------------------------

  #focusedDayIn(month: string): string {
    if (this.focusedDay.startsWith(month)) return this.focusedDay;
    const today = this.#todayKey;
    return today.startsWith(month) ? today : `${month}-01`;
  }

  #renderToolbar(month: string, view: 'month' | 'list') {
    return html`<div part="toolbar" class="toolbar">
      <div class="nav">
        <button type="button" class="siip-button siip-button--quiet" aria-label=${msg('Previous month')} @click=${() => this.#goToMonth(addMonths(month, -1))}>
          <span class="icon" aria-hidden="true">‹</span>
        </button>
        <h2 part="heading" id="heading">${this.#monthTitle(month)}</h2>
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
    return html`<fieldset part="filters" class="filters">
      <legend>${msg('Show')}</legend>
      ${EVENT_TYPES.map(
        (type) => html`<label class="type-${type}">
          <input type="checkbox" name="type" value=${type} .checked=${selected.has(type)} @change=${(e: Event) => this.#onTypeChange(type, (e.target as HTMLInputElement).checked)} />
          <span class="swatch" aria-hidden="true"></span>${this.#typeName(type)}
        </label>`,
      )}
    </fieldset>`;
  }

  #renderNotices() {
    const notes: TemplateResult[] = [];
    if (this.community) {
      const data = this.#data.state;
      const community = data.status === 'ready' ? data.dataset.communities.find((c) => c.id === this.community) : undefined;
      const name = community ? textOf(community.name, this.locale) : this.community;
      notes.push(
        html`<p class="note community-filter">
          ${msg(str`Showing only events of ${name}.`)}
          <button type="button" class="siip-button siip-button--quiet" @click=${() => (this.community = '')}>${msg('Show all events')}</button>
        </p>`,
      );
    }
    if (!this.#zoneValid) notes.push(html`<p class="note" role="alert">${msg(str`Unknown time zone "${this.timezone}"; times are shown in your own time zone.`)}</p>`);
    if (!this.#monthValid) notes.push(html`<p class="note" role="alert">${msg(str`Unknown month "${this.month}" (expected YYYY-MM); showing the current month.`)}</p>`);
    return notes;
  }

  #renderZoneNote() {
    const zone = this.#viewerZone;
    const name =
      formatter(this.locale, { timeZone: zone, timeZoneName: 'longGeneric' })
        .formatToParts(this.#now)
        .find((p) => p.type === 'timeZoneName')?.value ?? zone;
    return html`<p class="zone">${msg(str`Times are shown in ${name}.`)}</p>`;
  }

  #renderGrid(model: MonthModel) {
    const weekStart = this.#weekStart;
    const weeks = monthWeeks(model.month, weekStart);
    const focused = this.#focusedDayIn(model.month);
    const today = this.#todayKey;
    const longDay = formatter(this.locale, { weekday: 'long', timeZone: 'UTC' });
    const shortDay = formatter(this.locale, { weekday: 'short', timeZone: 'UTC' });
    // 2024-01-01 was a Monday: ISO weekday n is 2024-01-0n.
    const columns = weekdayOrder(weekStart).map((d) => parseCivil(`2024-01-0${d}`));
    return html`<table part="grid" role="grid" aria-labelledby="heading" @keydown=${this.#onGridKeydown}>
      <thead>
        <tr>
          ${columns.map((day) => html`<th scope="col" abbr=${longDay.format(day)}><span aria-hidden="true">${shortDay.format(day)}</span><span class="siip-visually-hidden">${longDay.format(day)}</span></th>`)}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) => html`<tr>
            ${week.map((day) => {
              const list = day.inMonth ? (model.days.get(day.date) ?? []) : [];
              const count = list.length;
              const countText = count === 0 ? '' : count === 1 ? msg('1 event') : msg(str`${count} events`);
              return html`<td
                role="gridcell"
                part="day"
                data-day=${day.date}
                class=${`${day.inMonth ? '' : 'outside'} ${day.date === today ? 'today' : ''}`}
                tabindex=${day.date === focused ? 0 : -1}
                aria-selected=${day.date === focused ? 'true' : 'false'}
                aria-current=${day.date === today ? 'date' : nothing}
                @click=${() => this.#onDayClick(day.date)}
                @focus=${() => (this.focusedDay = day.date)}
              >
                <span class="num" aria-hidden="true">${day.day}</span>
                <span class="siip-visually-hidden">${this.#fullDate(day.date)}${countText ? `, ${countText}` : ''}</span>
                ${count
                  ? html`<ul class="chips" aria-hidden="true">
                      ${list.slice(0, CHIPS_PER_DAY).map(
                        (o) => html`<li>
                          <button type="button" part="event" tabindex="-1" class="chip type-${o.event.type}" @click=${(e: Event) => this.#openFromChip(o, day.date, e)}>
                            ${o.allDay || o.firstDay !== day.date ? '' : `${formatter(this.locale, { hour: 'numeric', minute: '2-digit', timeZone: this.#viewerZone }).format(o.start)} `}${textOf(o.event.title, this.locale)}
                          </button>
                        </li>`,
                      )}
                      ${count > CHIPS_PER_DAY ? html`<li class="more">${msg(str`+${count - CHIPS_PER_DAY} more`)}</li>` : nothing}
                    </ul>`
                  : nothing}
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
    <section class="panel" aria-labelledby="day-heading">
      <h3 id="day-heading">${this.#fullDate(focused)}</h3>
      ${(model.days.get(focused) ?? []).length
        ? html`<ul class="items">${(model.days.get(focused) ?? []).map((o) => this.#renderItem(o))}</ul>`
        : html`<p class="note">${msg('No events on this day.')}</p>`}
    </section>`;
  }

  #renderList(model: MonthModel) {
    if (model.occurrences.length === 0) return nothing;
    // The agenda lists a multi-day event once, under its first day in the month (its dates say how long it runs).
    const groups = new Map<string, ExactOccurrence[]>();
    const monthStart = `${model.month}-01`;
    for (const o of model.occurrences) {
      const day = o.firstDay < monthStart ? monthStart : o.firstDay;
      const list = groups.get(day);
      if (list) list.push(o);
      else groups.set(day, [o]);
    }
    return html`<div part="list" class="agenda">
      ${[...groups.keys()].sort().map(
        (day) => html`<section aria-label=${this.#fullDate(day)}>
          <h3>${this.#fullDate(day)}</h3>
          <ul class="items">
            ${groups.get(day)!.map((o) => this.#renderItem(o, day))}
          </ul>
        </section>`,
      )}
    </div>`;
  }

  #renderItem(item: CalendarItem, day?: string) {
    const event = item.event;
    const open = this.openKey === item.key;
    const id = `item-${item.key.replace(/[^\w-]/g, '_')}-${day ?? ''}`;
    let when: TemplateResult | string;
    let zoneNote: string | null = null;
    if (item.kind === 'exact') {
      if (item.allDay) {
        when = item.firstDay === item.lastDay ? msg('All day') : this.#dateRange(item.firstDay, item.lastDay);
      } else {
        when = this.#timeRange(item, this.#viewerZone, false);
        zoneNote = this.#eventZoneTime(item);
      }
    } else {
      when = this.#approximateWhen(item);
    }
    const window = event.type === 'application-window' ? windowState(event, this.#now, { viewerZone: this.#viewerZone }) : null;
    return html`<li class="item type-${event.type}">
      <button type="button" part="event" class="item-button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? id : nothing} @click=${() => this.#toggle(item)}>
        <span class="when">${when}</span>
        <span class="title">${renderText(event.title, this.locale)}</span>
        <span class="meta"
          >${this.#typeName(event.type)}${zoneNote ? html` · ${msg(str`event time ${zoneNote}`)}` : nothing}${window ? this.#windowBadge(window) : nothing}</span
        >
      </button>
      ${open ? html`<div id=${id} part="details" class="details">${this.#renderDetails(item)}</div>` : nothing}
    </li>`;
  }

  #renderDetails(item: CalendarItem) {
    const event = item.event;
    const dataset = this.#data.state.status === 'ready' ? this.#data.state.dataset : undefined;
    const sources = (event.sources ?? []).map((id) => dataset?.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
    const communities = (event.communities ?? []).map((id) => dataset?.communities.find((c) => c.id === id)).filter((c) => c !== undefined);
    let whenText: TemplateResult | string;
    if (item.kind === 'exact') {
      const dates = this.#dateRange(
        civilDate(item.allDay ? item.start : utcToCivil(item.start, this.#viewerZone)),
        item.allDay ? item.lastDay : civilDate(utcToCivil(item.end > item.start ? item.end - 1 : item.end, this.#viewerZone)),
      );
      const zoneNote = this.#eventZoneTime(item);
      whenText = item.allDay
        ? dates
        : html`${dates}, ${this.#timeRange(item, this.#viewerZone, true)}${zoneNote ? html`<br />${msg(str`Event time: ${zoneNote}`)}` : nothing}`;
    } else whenText = this.#approximateWhen(item);
    const format = event.format === 'virtual' ? msg('Online') : event.format === 'hybrid' ? msg('In person and online') : event.format === 'in-person' ? msg('In person') : '';
    const google = googleCalendarUrl(event, this.locale);
    const outlook = outlookCalendarUrl(event, this.locale);
    const exact = item.kind === 'exact';
    return html`<dl>
        <dt>${msg('When')}</dt>
        <dd>${whenText}${item.kind === 'exact' ? this.#recurrenceNote(item) : nothing}</dd>
        ${format || event.location
          ? html`<dt>${msg('Where')}</dt>
              <dd>${format}${format && event.location ? ' · ' : ''}${event.location ? renderText(event.location.name, this.locale, { name: true }) : nothing}</dd>`
          : nothing}
        ${event.audience ? html`<dt>${msg('For')}</dt><dd>${renderText(event.audience, this.locale)}</dd>` : nothing}
        ${communities.length
          ? html`<dt>${msg('Communities')}</dt><dd>${communities.map((c, i) => html`${i ? ', ' : ''}${renderText(c.name, this.locale, { name: true })}`)}</dd>`
          : nothing}
        ${event.description ? html`<dt>${msg('About')}</dt><dd>${renderText(event.description, this.locale)}</dd>` : nothing}
        ${event.note ? html`<dt>${msg('Note')}</dt><dd>${renderText(event.note, this.locale)}</dd>` : nothing}
        ${sources.length
          ? html`<dt>${msg('Source')}</dt><dd>${sources.map((s, i) => html`${i ? ', ' : ''}<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.title}</a>`)}</dd>`
          : nothing}
      </dl>
      <div class="actions">
        ${event.url ? html`<a href=${event.url} target="_blank" rel="noopener noreferrer">${msg('More information')}</a>` : nothing}
        ${exact
          ? html`<button type="button" class="siip-button siip-button--quiet" @click=${() => this.#download([event], textOf(event.title, this.locale))}>
              ${msg('Add to my calendar (.ics)')}
            </button>`
          : html`<span class="note">${msg('No exact date yet, so it cannot be added to a calendar.')}</span>`}
        ${google ? html`<a href=${google} target="_blank" rel="noopener noreferrer">${msg('Google Calendar')}</a>` : nothing}
        ${outlook ? html`<a href=${outlook} target="_blank" rel="noopener noreferrer">${msg('Outlook')}</a>` : nothing}
      </div>`;
  }

  #renderApproximate(model: MonthModel, view: 'month' | 'list') {
    const items = view === 'list' ? [...model.approximate, ...model.tba] : model.approximate;
    if (!items.length) return nothing;
    return html`<section class="panel" aria-labelledby="approx-heading">
      <h3 id="approx-heading">${msg('Exact date not known')}</h3>
      <ul class="items">
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
      const approximate = target.item.kind === 'approximate' ? this.#approximateWhen(target.item) : '';
      const when = target.item.kind === 'exact' ? this.#dateRange(target.item.firstDay, target.item.firstDay) : typeof approximate === 'string' ? approximate : '';
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

  #renderReady(dataset: Dataset) {
    const model = this.#monthModel(dataset);
    const view = this.#effectiveView;
    const exportable = model.events.filter((e) => e.when.precision === 'datetime' || e.when.precision === 'date');
    const skipped = model.events.length - exportable.length;
    return html`${this.#renderToolbar(model.month, view)} ${this.#renderFilters()} ${this.#renderNotices()} ${this.#renderZoneNote()}
      <div class="siip-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.#renderEmpty(model, model.events)} ${view === 'month' ? this.#renderGrid(model) : this.#renderList(model)}
      ${this.#renderApproximate(model, view)}
      <div class="footer">
        <button
          type="button"
          part="download-button"
          class="siip-button"
          ?disabled=${exportable.length === 0}
          @click=${() => this.#download(exportable, msg('SIIP events'))}
        >
          ${msg(str`Download ${exportable.length} events (.ics)`)}
        </button>
        ${this.src.trim()
          ? nothing
          : html`<a part="subscribe-link" class="siip-button siip-button--quiet" href=${subscribeUrl(defaultDatasetUrl(), this.locale)}>${msg('Subscribe')}</a>`}
        ${skipped ? html`<span class="note">${msg(str`${skipped} events without an exact date are not included.`)}</span>` : nothing}
      </div>`;
  }

  #recurrenceNote(item: ExactOccurrence) {
    const note = recurrenceNote(item);
    if (note === 'repeats-elsewhere') return html` (${msg("repeats — see the organiser's calendar for all dates")})`;
    return note === 'repeats' ? html` (${msg('repeats')})` : nothing;
  }

  override render() {
    return html`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${this.#data.render({
        pending: () => renderLoading(),
        error: (failure) => renderDataError(failure, () => this.#data.retry()),
        ready: (dataset) => this.#renderReady(dataset),
      })}
    </div>`;
  }
}
