/**
 * What the calendar says in its polite live region, as a reactive controller: after a month change (at
 * once) or a filter change (when the reader stops ticking boxes), what is now on screen, in the widget's
 * language. Handlers ask for it with `request()`; it is said after the update that follows, from the model
 * that update shows.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { LiveAnnouncer } from '../../src/internal/live-announcer.js';
import { withLocale } from '../../src/localization/locale.js';
import { plural } from '../../src/localization/plural.js';
import type { CalendarFormatter } from './calendar-format.js';
import type { MonthModel } from './month-model.js';

/** What an announcement is about: a new month, or what a filter left on screen. */
export type AnnouncementKind = 'month' | 'filter';

/** The words for `kind` about `model`; call inside withLocale (or render) so msg() answers in the widget's language. */
export function announcementText(kind: AnnouncementKind, model: MonthModel, format: CalendarFormatter): string {
  const locale = format.locale;
  const month = format.monthTitle(model.month);
  if (model.outlook) return msg(str`${month}: no upcoming events with a date.`);
  const count = model.occurrences.length + model.approximate.length;
  return kind === 'month'
    ? plural(count, msg('{month}: {count, plural, =0 {no events} one {# event} other {# events}}'), locale, { month })
    : plural(count, msg('{count, plural, =0 {No events shown in {month}} one {# event shown in {month}} other {# events shown in {month}}}'), locale, { month });
}

export class CalendarAnnouncer implements ReactiveController {
  readonly #live: LiveAnnouncer;
  /** The month model on screen after an update and its formatter; null while there is no data. */
  readonly #shown: () => { model: MonthModel; format: CalendarFormatter } | null;
  #pending: AnnouncementKind | null = null;

  constructor(host: ReactiveControllerHost, shown: () => { model: MonthModel; format: CalendarFormatter } | null) {
    this.#live = new LiveAnnouncer(host);
    this.#shown = shown;
    host.addController(this);
  }

  /** Say what the next update shows about `kind`. */
  request(kind: AnnouncementKind): void {
    this.#pending = kind;
  }

  hostUpdated(): void {
    const kind = this.#pending;
    this.#pending = null;
    const shown = kind && this.#shown();
    if (!kind || !shown) return;
    const text = withLocale(shown.format.locale, () => announcementText(kind, shown.model, shown.format));
    this.#live.announce(text, { settle: kind === 'filter' });
  }

  /** The live region, last in the widget. */
  render(): TemplateResult {
    return this.#live.render();
  }
}
