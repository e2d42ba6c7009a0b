/**
 * One event in a calendar list (the day panel, the agenda, "exact date not known") as a template function:
 * a button with when, title, type and window status that opens its details below it. The details' template
 * is passed in: the element loads it the first time an item opens.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderText } from '../../src/internal/localized-text.js';
import { windowState } from './application-window.js';
import type { CalendarItem } from './occurrences.js';
import { EVENT_TYPE_MARKS, approximateWhen, eventTypeLabel, windowStatusText } from './calendar-labels.js';
import type { DetailsContext } from './calendar-details.js';

export interface ItemContext extends DetailsContext {
  open: boolean;
  /** Distinguishes the same item listed under several days. */
  day?: string;
  /** "Now", as a UTC instant (application windows are open, closing soon or closed relative to it). */
  now: number;
  /** Show the item's dates, not only its times (lists that span months: the "no upcoming event" view). */
  withDate?: boolean;
  onToggle: (event: MouseEvent) => void;
  /** The details template (calendar-details.ts, loaded when an item is first opened); undefined while it loads. */
  details?: (item: CalendarItem, context: DetailsContext) => TemplateResult;
}

function whenText(item: CalendarItem, { format, viewerZone, withDate }: ItemContext): TemplateResult | string {
  if (item.kind !== 'exact') return approximateWhen(item, format);
  if (withDate) return format.dateRange(item.firstDay, item.lastDay);
  if (!item.allDay) return format.timeRange(item, viewerZone, false);
  return item.firstDay === item.lastDay ? msg('All day') : format.dateRange(item.firstDay, item.lastDay);
}

export function renderCalendarItem(item: CalendarItem, context: ItemContext) {
  const { format, viewerZone, open } = context;
  const event = item.event;
  const id = `item-${item.key.replace(/[^\w-]/g, '_')}-${context.day ?? ''}`;
  const zoneNote = item.kind === 'exact' && !item.allDay ? format.eventZoneTime(item, viewerZone) : null;
  const window = event.type === 'application-window' ? windowState(event, context.now, { viewerZone }) : null;
  return html`<li class="item type-${event.type}">
    <button type="button" part="event" class="item-button" data-key=${item.key} aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? id : nothing} @click=${(e: MouseEvent) => context.onToggle(e)}>
      <span class="when">${whenText(item, context)}</span>
      <span class="title">${renderText(event.title, format.locale)}</span>
      <span class="meta"
        ><span class="mark" aria-hidden="true">${EVENT_TYPE_MARKS[event.type]}</span> ${eventTypeLabel(event.type)}${zoneNote ? html` · ${msg(str`event time ${zoneNote}`)}` : nothing}${window
          ? html`<span class="status status-${window.status}">${windowStatusText(window, format)}</span>`
          : nothing}</span
      >
    </button>
    ${open ? html`<div id=${id} part="details" class="details" tabindex="-1">${context.details?.(item, context) ?? nothing}</div>` : nothing}
  </li>`;
}
