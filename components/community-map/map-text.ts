/**
 * The map's words and numbers that are not a template: counts, marker names and cohort numbers in the reader's
 * language, and dataset text isolated in its own direction. Call during render (msg() answers in the widget's
 * locale then).
 */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Dataset, LocalizedText } from '../../src/data/schema.js';
import { resolveText, textOf } from '../../src/data/text.js';
import { directionOf } from '../../src/localization/locale.js';
import { plural } from '../../src/localization/plural.js';
import { cohortsOf, findCommunity, pointLabel, type MapPoint } from './map-view.js';
import { numberFormat } from '../../src/localization/intl.js';


/** A cohort's number in the legend, the list and inside markers, in the reader's digits ('' for none). */
export function cohortNumberText(number: number, locale: string): string {
  return number ? numberFormat(locale).format(number) : '';
}

/** "3 of 44 communities match", "44 communities", or that nothing matches. */
export function countText(shown: number, total: number, locale: string): string {
  if (shown === 0) return msg('No community matches these filters.');
  if (shown === total) return communitiesText(shown, locale);
  return plural(total, msg('{total, plural, one {{shown} of # community matches} other {{shown} of # communities match}}'), locale, { shown });
}

/** "1 community", "12 communities": the count line and a cluster's name. */
export function communitiesText(count: number, locale: string): string {
  return plural(count, msg('{count, plural, one {# community} other {# communities}}'), locale);
}

/** A marker's name: the community, the member place it stands for, its cohorts, and whether it is approximate. */
export function pointText(point: MapPoint, dataset: Dataset | undefined, locale: string): string {
  const community = dataset && findCommunity(dataset, point.communityId);
  if (!community || !dataset) return point.communityId;
  const name = textOf(community.name, locale);
  const cohorts = cohortsOf(community, dataset).map((cohort) => textOf(cohort.name, locale));
  const label = pointLabel(name, cohorts, point.place ? textOf(point.place, locale) : undefined);
  return point.proxy && community.kind !== 'state' ? msg(str`${label} (approximate location)`) : label;
}

/** Dataset text in the reader's language; text that fell back to another language keeps its own direction. */
export function isolatedText(value: LocalizedText, locale: string) {
  const resolved = resolveText(value, locale);
  return resolved.lang === locale ? resolved.text : html`<span lang=${resolved.lang} dir=${directionOf(resolved.lang)}>${resolved.text}</span>`;
}
