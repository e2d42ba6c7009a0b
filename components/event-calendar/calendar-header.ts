/**
 * What sits above the month, as template functions: the toolbar (month title, previous / next / today,
 * the month-or-list switch), the event-type filter, the notes about what narrows or corrects the view, and
 * the time zone times are shown in. The element passes what they show and what their buttons do.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { EVENT_TYPES } from '../../src/data/constants.js';
import type { EventType } from '../../src/data/schema.js';
import { heading } from '../../src/internal/heading.js';
import { EVENT_TYPE_MARKS, eventTypeLabel } from './calendar-labels.js';
import { numberFormat } from '../../src/localization/intl.js';

export type CalendarLayout = 'month' | 'list';

export interface ToolbarContext {
  headingLevel: number;
  /** "December 2026". */
  title: string;
  layout: CalendarLayout;
  onPrevious: () => void;
  onNext: () => void;
  onToday: () => void;
  onLayout: (layout: CalendarLayout) => void;
}

export function renderToolbar(context: ToolbarContext): TemplateResult {
  const { layout } = context;
  return html`<div part="toolbar" class="toolbar">
    ${heading(context.headingLevel, 0, html`<span part="heading">${context.title}</span>`, { className: 'month-title', id: 'heading' })}
    <div class="nav">
      <button type="button" class="siip-button siip-button--quiet" aria-label=${msg('Previous month')} @click=${context.onPrevious}>
        <span class="icon" aria-hidden="true">‹</span>
      </button>
      <button type="button" class="siip-button siip-button--quiet" aria-label=${msg('Next month')} @click=${context.onNext}>
        <span class="icon" aria-hidden="true">›</span>
      </button>
      <button type="button" class="siip-button siip-button--quiet" @click=${context.onToday}>${msg('Today')}</button>
    </div>
    <div class="views" role="group" aria-label=${msg('View')}>
      <button type="button" class="siip-button" aria-pressed=${layout === 'month'} @click=${() => context.onLayout('month')}>${msg('Month')}</button>
      <button type="button" class="siip-button" aria-pressed=${layout === 'list'} @click=${() => context.onLayout('list')}>${msg('List')}</button>
    </div>
  </div>`;
}

/** The event-type filter: a disclosure, one Tab stop while closed, and no rows of checkboxes on a phone until asked for. */
export function renderTypeFilter(selected: ReadonlySet<EventType>, locale: string, onChange: (type: EventType, checked: boolean) => void): TemplateResult {
  const all = selected.size === EVENT_TYPES.length;
  const count = (n: number) => numberFormat(locale).format(n);
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
          <input type="checkbox" name="type" value=${type} .checked=${selected.has(type)} @change=${(e: Event) => onChange(type, (e.target as HTMLInputElement).checked)} />
          <span class="mark" aria-hidden="true">${EVENT_TYPE_MARKS[type]}</span>${eventTypeLabel(type)}
        </label>`,
      )}
    </fieldset>
  </details>`;
}

export interface NoticesContext {
  /** The name of the community the calendar is narrowed to, or '' when it is not. */
  community: string;
  onShowAllCommunities: () => void;
  /** The `timezone` attribute when it names no known zone, else ''. */
  unknownZone: string;
  /** The `month` attribute when it is not YYYY-MM, else ''. */
  unknownMonth: string;
}

/** Notes on what narrows the calendar (a linked community) and on attributes it could not use. */
export function renderNotices({ community: name, onShowAllCommunities, unknownZone: timezone, unknownMonth: month }: NoticesContext): TemplateResult[] {
  const notes: TemplateResult[] = [];
  if (name) {
    notes.push(
      html`<p class="note community-filter">
        ${msg(str`Showing only events of ${name}.`)}
        <button type="button" class="siip-button siip-button--quiet" @click=${onShowAllCommunities}>${msg('Show all events')}</button>
      </p>`,
    );
  }
  if (timezone) notes.push(html`<p class="note" role="alert">${msg(str`Unknown time zone "${timezone}"; times are shown in your own time zone.`)}</p>`);
  if (month) notes.push(html`<p class="note" role="alert">${msg(str`Unknown month "${month}" (expected YYYY-MM); showing the current month.`)}</p>`);
  return notes;
}

/** "Times are shown in Eastern Time." */
export function renderZoneNote(name: string): TemplateResult {
  return html`<p class="zone">${msg(str`Times are shown in ${name}.`)}</p>`;
}
