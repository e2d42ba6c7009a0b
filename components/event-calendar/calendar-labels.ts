/**
 * The calendar's words: event types, seasons, approximate dates and application-window states, in the
 * reader's language. Call them while the element renders, so msg() answers in the widget's own locale.
 */
import { plural } from '../../src/localization/plural.js';
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { EventType, SiipEvent } from '../../src/data/schema.js';
import { renderText } from '../../src/internal/localized-text.js';
import type { ApproximateItem } from './occurrences.js';
import type { WindowState } from './application-window.js';
import type { CalendarFormatter } from './calendar-format.js';

export function eventTypeLabel(type: EventType): string {
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

/**
 * A shape per event type, shown beside the type's colour so the type stays readable where colour is not
 * seen: in forced colours (Windows high contrast) every swatch turns one colour, and some readers do not
 * tell the colours apart. Shapes, not letters, so they mean the same in every language.
 */
export const EVENT_TYPE_MARKS: Record<EventType, string> = {
  convening: '\u25C6', // ◆
  meeting: '\u25CF', // ●
  training: '\u25B2', // ▲
  webinar: '\u25A0', // ■
  'application-window': '\u2605', // ★
  announcement: '\u271A', // ✚
};

/** "In person", "Online", "In person and online", or '' when the dataset does not say. */
export function eventFormatLabel(format: SiipEvent['format']): string {
  return format === 'virtual' ? msg('Online') : format === 'hybrid' ? msg('In person and online') : format === 'in-person' ? msg('In person') : '';
}

function seasonLabel(season: string, year: number | undefined, yearly: boolean): string {
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
export function approximateWhen(item: ApproximateItem, format: CalendarFormatter): TemplateResult | string {
  const when = item.event.when;
  switch (when.precision) {
    case 'month':
      return format.monthSpan(when.month, when.endMonth);
    case 'season': {
      const label = seasonLabel(when.season, when.year, Boolean(when.yearly));
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
      const often = when.timesPerYear && when.frequency === 'yearly' ? plural(when.timesPerYear, msg('{count, plural, one {once a year} other {# times a year}}'), format.locale) : rhythm;
      return `${often} (${msg('dates not published')})`;
    }
    case 'tba':
      return when.expected
        ? html`${msg('Date to be announced')} (${msg('expected:')} ${renderText(when.expected, format.locale)})`
        : msg('Date to be announced');
    default:
      return '';
  }
}

/** "Open until June 30, 2026", "Opens …", "Closed …": the badge of an application window. */
export function windowStatusText(state: WindowState, format: CalendarFormatter): string {
  const o = state.occurrence;
  const closes = o ? format.dateRange(o.lastDay, o.lastDay) : '';
  const opens = o ? format.dateRange(o.firstDay, o.firstDay) : '';
  switch (state.status) {
    case 'open':
      return msg(str`Open until ${closes}`);
    case 'closing-soon':
      return msg(str`Closing soon: closes ${closes}`);
    case 'upcoming':
      return msg(str`Opens ${opens}`);
    case 'closed':
      return o ? msg(str`Closed ${closes}`) : msg('Closed');
    default:
      return msg('Expected; dates to be announced');
  }
}
