/**
 * The pathway's amounts in words: ranges ("from $100", "up to 6 months") and totals ("at least 2 years").
 * Call while the element renders, so msg() answers in the widget's own locale.
 */
import { plural } from '../../src/localization/plural.js';
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { daysInBestUnit, formatDuration, formatMoney, type Pathway, type RangeTotal } from './pathway.js';

type AmountFormat = (min: number, max: number) => string | undefined;

/** A step's cost or time: both ends, "from …", "up to …", or undefined when neither is known. */
export function rangeText(min: number | undefined, max: number | undefined, format: AmountFormat): string | undefined {
  if (min !== undefined && max !== undefined) return format(min, max);
  if (min !== undefined) {
    const amount = format(min, min);
    return msg(str`from ${amount}`);
  }
  if (max !== undefined) {
    const amount = format(max, max);
    return msg(str`up to ${amount}`);
  }
  return undefined;
}

const notCounted = (count: number) => msg(str`Steps with no figure (not counted): ${count}`);

function totalText(total: RangeTotal, format: AmountFormat): string {
  if (total.counted === 0) return msg('Unknown');
  if (total.max === undefined) {
    const amount = format(total.min, total.min);
    return msg(str`at least ${amount}`);
  }
  if (total.min === 0) {
    const amount = format(total.max, total.max);
    return msg(str`up to ${amount}`);
  }
  return format(total.min, total.max) ?? msg('Unknown');
}

/** The summary box: number of steps, total time and cost, and the sources' own estimate of the whole path. */
export function renderSummary(pathway: Pathway, locale: string) {
  const timeTotal = (min: number, max: number) => {
    const best = daysInBestUnit(min, max);
    return formatDuration({ min: best.min, max: best.max, unit: best.unit }, locale);
  };
  const money = (min: number, max: number) => formatMoney(min, max, locale);
  const { summary, profession } = pathway;
  const missing = (total: RangeTotal) =>
    total.missing.length && total.counted
      ? html`<span class="muted">${notCounted(total.missing.length)}</span>`
      : nothing;
  const overall = profession.overallTime ? formatDuration(profession.overallTime, locale) : undefined;
  return html`<dl part="summary" class="summary">
    <div>
      <dt>${msg('Main steps')}</dt>
      <dd>
        ${summary.stepCount}
        ${summary.optionalCount ? html`<span class="muted">${plural(summary.optionalCount, msg('{count, plural, other {plus # optional}}'), locale)}</span>` : nothing}
      </dd>
    </div>
    <div>
      <dt>${msg('Time, one step after another')}</dt>
      <dd>${totalText(summary.time, timeTotal)} ${missing(summary.time)}</dd>
    </div>
    <div>
      <dt>${msg('Cost of the main steps')}</dt>
      <dd>${totalText(summary.cost, money)} ${missing(summary.cost)}</dd>
    </div>
    ${overall
      ? html`<div>
          <dt>${msg('Whole path, as sources estimate it')}</dt>
          <dd>${overall}</dd>
        </div>`
      : nothing}
  </dl>`;
}
