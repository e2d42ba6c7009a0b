/**
 * The month grid as a template function: a table with role="grid" (weekday headings, one row per week, a
 * day cell per day, see calendar-day-cell.ts), then the panel listing the focused day's events.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { textOf } from '../../src/data/text.js';
import { heading } from '../../src/internal/heading.js';
import type { CalendarFormatter } from './calendar-format.js';
import { renderDayCell } from './calendar-day-cell.js';
import { monthWeeks, type IsoWeekday } from './calendar-grid.js';
import type { MonthModel } from './month-model.js';
import type { ExactOccurrence } from './occurrences.js';

export interface GridContext {
  headingLevel: number;
  format: CalendarFormatter;
  /** The viewer's IANA zone. */
  zone: string;
  weekStart: IsoWeekday;
  /** Today and the focused day, "YYYY-MM-DD". */
  today: string;
  focused: string;
  item: (occurrence: ExactOccurrence) => TemplateResult;
  onGridKeydown: (event: KeyboardEvent) => void;
  onListKeydown: (event: KeyboardEvent) => void;
  /** A day was clicked (or focused): it becomes the focused day. */
  onDay: (day: string) => void;
  onDayFocus: (day: string) => void;
  /** A chip was clicked: open its occurrence. */
  onChip: (occurrence: ExactOccurrence, day: string, event: Event) => void;
}

export function renderMonthGrid(model: MonthModel, context: GridContext) {
  const { format, zone, focused, today, headingLevel } = context;
  const locale = format.locale;
  const events = model.days.get(focused) ?? [];
  return html`<table part="grid" role="grid" aria-labelledby="heading" @keydown=${context.onGridKeydown}>
      <thead>
        <tr>
          ${format
            .weekdays(context.weekStart)
            .map((name) => html`<th scope="col" abbr=${name.long}><span aria-hidden="true">${name.short}</span><span class="siip-visually-hidden">${name.long}</span></th>`)}
        </tr>
      </thead>
      <tbody>
        ${monthWeeks(model.month, context.weekStart).map(
          (week) => html`<tr>
            ${week.map((day) =>
              renderDayCell({
                day,
                occurrences: day.inMonth ? (model.days.get(day.date) ?? []) : [],
                focused: day.date === focused,
                today: day.date === today,
                label: format.fullDate(day.date),
                locale,
                chipText: (o) => `${o.allDay || o.firstDay !== day.date ? '' : `${format.time(o.start, zone)} `}${textOf(o.event.title, locale)}`,
                onSelect: () => context.onDay(day.date),
                onFocus: () => context.onDayFocus(day.date),
                onChip: (o, e) => context.onChip(o, day.date, e),
              }),
            )}
          </tr>`,
        )}
      </tbody>
    </table>
    <section class="panel day" aria-labelledby="day-heading">
      ${heading(headingLevel, 1, format.fullDate(focused), { id: 'day-heading' })}
      ${events.length
        ? html`<ul class="items" data-roving @keydown=${context.onListKeydown}>${events.map((o) => context.item(o))}</ul>`
        : html`<p class="note">${msg('No events on this day.')}</p>`}
    </section>`;
}
