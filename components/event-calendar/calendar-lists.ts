/**
 * The calendar's lists as template functions: the agenda of a month, the items whose exact date is not
 * known, the "no events this month" note with jumps to the nearest dated ones, and the outlook shown when
 * nothing dated lies ahead. Each list of events is one Tab stop (`data-roving`, see calendar-roving.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { textOf } from '../../src/data/text.js';
import { heading } from '../../src/internal/heading.js';
import type { CalendarFormatter } from './calendar-format.js';
import { agendaDays } from './calendar-grid.js';
import { approximateWhen } from './calendar-labels.js';
import { monthOfItem, type Outlook } from './calendar-outlook.js';
import type { MonthModel } from './month-model.js';
import { neighbour, type CalendarItem, type Neighbour } from './occurrences.js';

export interface ListContext {
  headingLevel: number;
  format: CalendarFormatter;
  /** The viewer's IANA zone. */
  zone: string;
  /** One event of a list; `day` tells apart the same item under several days, `withDate` shows its dates. */
  item: (item: CalendarItem, day?: string, withDate?: boolean) => TemplateResult;
  onListKeydown: (event: KeyboardEvent) => void;
  goToMonth: (month: string) => void;
}

/** The month's occurrences, under the day each starts (or the 1st, for those that began before). */
export function renderAgenda(model: MonthModel, context: ListContext) {
  if (model.occurrences.length === 0) return nothing;
  const { format, headingLevel } = context;
  return html`<div part="list" class="agenda" data-roving @keydown=${context.onListKeydown}>
    ${agendaDays(model.occurrences, model.month).map(
      ([day, items]) => html`<section aria-label=${format.fullDate(day)}>
        ${heading(headingLevel, 1, format.fullDate(day))}
        <ul class="items">
          ${items.map((o) => context.item(o, day))}
        </ul>
      </section>`,
    )}
  </div>`;
}

/** Items known only to the month, season or rhythm (in the list, also those still to be announced). */
export function renderApproximate(model: MonthModel, withUndated: boolean, context: ListContext) {
  const items = withUndated ? [...model.approximate, ...model.tba] : model.approximate;
  if (!items.length) return nothing;
  return html`<section class="panel" aria-labelledby="approx-heading">
    ${heading(context.headingLevel, 1, msg('Exact date not known'), { id: 'approx-heading' })}
    <ul class="items" data-roving @keydown=${context.onListKeydown}>
      ${items.map((item) => context.item(item))}
    </ul>
  </section>`;
}

/** "No events this month", with buttons to the next dated event and, when none lies ahead, the most recent one. */
export function renderEmptyMonth(model: MonthModel, context: ListContext) {
  if (model.occurrences.length) return nothing;
  const { format, zone } = context;
  const next = neighbour(model.events, model.month, 1, zone);
  // The most recent one too when nothing dated lies ahead (common for past programme years).
  const previous = next?.item.kind === 'exact' ? null : neighbour(model.events, model.month, -1, zone);
  const jump = (target: Neighbour, label: (title: string, when: string) => string) => {
    const approximate = target.item.kind === 'approximate' ? approximateWhen(target.item, format) : '';
    const when = target.item.kind === 'exact' ? format.dateRange(target.item.firstDay, target.item.firstDay) : typeof approximate === 'string' ? approximate : '';
    return html`<button type="button" class="siip-button siip-button--quiet" @click=${() => context.goToMonth(target.month)}>
      ${label(textOf(target.item.event.title, format.locale), when)}
    </button>`;
  };
  return html`<div part="empty" class="empty">
    <p>${model.approximate.length ? msg('No events with an exact date this month.') : msg('No events this month.')}</p>
    ${next ? jump(next, (title, when) => msg(str`Next: ${title}, ${when}`)) : nothing}
    ${previous ? jump(previous, (title, when) => msg(str`Most recent: ${title}, ${when}`)) : nothing}
  </div>`;
}

/** Nothing dated lies ahead: say so plainly, then the most recent events and what is still expected. */
export function renderOutlook(outlook: Outlook, context: ListContext) {
  const { headingLevel, onListKeydown } = context;
  const latest = outlook.recent[0];
  const latestMonth = latest ? monthOfItem(latest) : '';
  const monthName = latestMonth ? context.format.monthTitle(latestMonth) : '';
  return html`<section part="outlook" class="outlook" aria-labelledby="outlook-heading">
    ${heading(headingLevel, 1, msg('No upcoming events with a date'), { id: 'outlook-heading' })}
    <p>${msg('No event after today has a date yet. Here are the most recent ones, and what is expected to come back.')}</p>
    ${outlook.recent.length
      ? html`${heading(headingLevel, 2, msg('Most recent'), { className: 'sub', id: 'recent-heading' })}
          <ul class="items" aria-labelledby="recent-heading" data-roving @keydown=${onListKeydown}>
            ${outlook.recent.map((item) => context.item(item, 'recent', true))}
          </ul>
          <p>
            <button type="button" class="siip-button siip-button--quiet" @click=${() => context.goToMonth(latestMonth)}>
              ${msg(str`Go to ${monthName}`)}
            </button>
          </p>`
      : nothing}
    ${outlook.expected.length
      ? html`${heading(headingLevel, 2, msg('Expected, dates not yet published'), { className: 'sub', id: 'expected-heading' })}
          <ul class="items" aria-labelledby="expected-heading" data-roving @keydown=${onListKeydown}>
            ${outlook.expected.map((item) => context.item(item, 'expected'))}
          </ul>`
      : nothing}
  </section>`;
}
