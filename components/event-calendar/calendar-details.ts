/**
 * The details of an open calendar item as a template function: when (in the reader's zone, with the
 * event's own time when it differs), where, for whom, communities, sources, and the ways to add it to a
 * calendar.
 */
import { listParts } from '../../src/localization/intl.js';
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Dataset } from '../../src/data/schema.js';
import { renderText } from '../../src/internal/localized-text.js';
import { renderExternalLink, renderSourcesInline, sourcesOf } from '../../src/internal/references.js';
import { civilDate, utcToCivil } from './civil-time.js';
import { googleCalendarUrl, outlookCalendarUrl } from './calendar-links.js';
import { recurrenceNote, type CalendarItem, type ExactOccurrence } from './occurrences.js';
import type { CalendarFormatter } from './calendar-format.js';
import { approximateWhen, eventFormatLabel } from './calendar-labels.js';

export interface DetailsContext {
  dataset: Dataset | undefined;
  format: CalendarFormatter;
  viewerZone: string;
  /** Downloads the item's event as an .ics file. */
  onDownload: () => void;
}

function whenText(item: CalendarItem, { format, viewerZone }: DetailsContext): TemplateResult | string {
  if (item.kind !== 'exact') return approximateWhen(item, format);
  const dates = format.dateRange(
    civilDate(item.allDay ? item.start : utcToCivil(item.start, viewerZone)),
    item.allDay ? item.lastDay : civilDate(utcToCivil(item.end > item.start ? item.end - 1 : item.end, viewerZone)),
  );
  if (item.allDay) return dates;
  const zoneNote = format.eventZoneTime(item, viewerZone);
  return html`${dates}, ${format.timeRange(item, viewerZone, true)}${zoneNote ? html`<br />${msg(str`Event time: ${zoneNote}`)}` : nothing}`;
}

export function renderEventDetails(item: CalendarItem, context: DetailsContext) {
  const { dataset, format } = context;
  const locale = format.locale;
  const event = item.event;
  const sources = sourcesOf(dataset, event.sources);
  const communities = (event.communities ?? []).map((id) => dataset?.communities.find((c) => c.id === id)).filter((c) => c !== undefined);
  const where = eventFormatLabel(event.format);
  const google = googleCalendarUrl(event, locale);
  const outlook = outlookCalendarUrl(event, locale);
  return html`<dl>
      <dt>${msg('When')}</dt>
      <dd>${whenText(item, context)}${item.kind === 'exact' ? repeatsLabel(item) : nothing}</dd>
      ${where || event.location
        ? html`<dt>${msg('Where')}</dt>
            <dd>${where}${where && event.location ? ' · ' : ''}${event.location ? renderText(event.location.name, locale, { name: true }) : nothing}</dd>`
        : nothing}
      ${event.audience ? html`<dt>${msg('For')}</dt><dd>${renderText(event.audience, locale)}</dd>` : nothing}
      ${communities.length
        ? html`<dt>${msg('Communities')}</dt><dd>${listParts(communities.map((c) => renderText(c.name, locale, { name: true })), locale)}</dd>`
        : nothing}
      ${event.description ? html`<dt>${msg('About')}</dt><dd>${renderText(event.description, locale)}</dd>` : nothing}
      ${event.note ? html`<dt>${msg('Note')}</dt><dd>${renderText(event.note, locale)}</dd>` : nothing}
      ${sources.length ? html`<dt>${msg('Source')}</dt><dd>${renderSourcesInline(sources, locale)}</dd>` : nothing}
    </dl>
    <div class="actions">
      ${event.url ? renderExternalLink(event.url, msg('More information')) : nothing}
      ${item.kind === 'exact'
        ? html`<button type="button" class="siip-button siip-button--quiet" @click=${context.onDownload}>${msg('Add to my calendar (.ics)')}</button>`
        : html`<span class="note">${msg('No exact date yet, so it cannot be added to a calendar.')}</span>`}
      ${google ? renderExternalLink(google, msg('Google Calendar')) : nothing}
      ${outlook ? renderExternalLink(outlook, msg('Outlook')) : nothing}
    </div>`;
}

/** "(repeats)", or, for a rule the engine cannot expand, where to find the other dates. */
function repeatsLabel(item: ExactOccurrence) {
  const note = recurrenceNote(item);
  if (note === 'repeats-elsewhere') return html` (${msg("repeats — see the organiser's calendar for all dates")})`;
  return note === 'repeats' ? html` (${msg('repeats')})` : nothing;
}
