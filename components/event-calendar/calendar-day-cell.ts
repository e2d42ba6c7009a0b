/**
 * One day of the month grid as a template function: the number, a screen-reader label with the event
 * count, and up to three chips. The element passes what the cell shows and what its handlers do.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { GridDay } from './calendar-grid.js';
import type { ExactOccurrence } from './occurrences.js';
import { plural } from '../../src/localization/plural.js';
import { EVENT_TYPE_MARKS } from './calendar-labels.js';

/** Chips a cell shows before "+N more". */
export const CHIPS_PER_DAY = 3;

export interface DayCell {
  day: GridDay;
  occurrences: readonly ExactOccurrence[];
  focused: boolean;
  today: boolean;
  /** "Thursday, December 3, 2026". */
  label: string;
  /** The widget's language, for the plural form of the event count. */
  locale: string;
  /** The chip's text: start time (on its first day) and title. */
  chipText: (occurrence: ExactOccurrence) => string;
  onSelect: () => void;
  onFocus: () => void;
  onChip: (occurrence: ExactOccurrence, event: Event) => void;
}

export function renderDayCell(cell: DayCell) {
  const { day, occurrences, focused, today } = cell;
  const count = occurrences.length;
  const countText = count === 0 ? '' : plural(count, msg('{count, plural, one {# event} other {# events}}'), cell.locale);
  return html`<td
    role="gridcell"
    part="day"
    data-day=${day.date}
    class=${`${day.inMonth ? '' : 'outside'} ${today ? 'today' : ''}`}
    tabindex=${focused ? 0 : -1}
    aria-selected=${focused ? 'true' : 'false'}
    aria-current=${today ? 'date' : nothing}
    @click=${cell.onSelect}
    @focus=${cell.onFocus}
  >
    <span class="num" aria-hidden="true">${day.day}</span>
    <span class="siip-visually-hidden">${cell.label}${countText ? `, ${countText}` : ''}</span>
    ${count
      ? html`<ul class="chips" aria-hidden="true">
          ${occurrences.slice(0, CHIPS_PER_DAY).map(
            (o) => html`<li>
              <button type="button" part="event" tabindex="-1" class="chip type-${o.event.type}" @click=${(e: Event) => cell.onChip(o, e)}>
                <span class="mark">${EVENT_TYPE_MARKS[o.event.type]}</span> ${cell.chipText(o)}
              </button>
            </li>`,
          )}
          ${count > CHIPS_PER_DAY ? html`<li class="more">${msg(str`+${count - CHIPS_PER_DAY} more`)}</li>` : nothing}
        </ul>`
      : nothing}
  </td>`;
}
