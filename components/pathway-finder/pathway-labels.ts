/**
 * The plan's words on its first screen: its title, ranges ("from $100", "up to 6 months"), the one-line
 * summary and the line that explains it, how many steps are done, and the sentence naming the licensing
 * authority. (A step's own dates and what its state asks are in pathway-step-details.ts, loaded when a step
 * is opened.)
 * Call while the element renders, or inside withLocale(), so msg() answers in the widget's own locale.
 */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { plural } from '../../src/localization/plural.js';
import { renderExternalLink } from '../../src/internal/references.js';
import { textOf } from '../../src/data/text.js';
import { daysInBestUnit, formatDuration, formatMoney, type AuthorityLink, type Pathway, type RangeTotal } from './pathway.js';
import { stateName } from '../../src/localization/state-names.js';
import type { DataText } from './pathway-text.js';

/** "Registered nurse in Georgia"; the profession alone when no state is chosen. */
export function planTitle(pathway: Pathway, locale: string): string {
  const professionName = textOf(pathway.profession.name, locale);
  const where = pathway.state ? stateName(pathway.state, locale) : '';
  return where ? msg(str`${professionName} in ${where}`) : professionName;
}

/** "2 of 5 steps done" (main steps). */
export function stepsDoneText(count: number, total: number, locale: string): string {
  return plural(total, msg('{total, plural, one {{count} of # step done} other {{count} of # steps done}}'), locale, { count });
}

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

/** A total over steps in words, or undefined when no step gave a figure. */
function totalText(total: RangeTotal, format: AmountFormat): string | undefined {
  if (total.counted === 0) return undefined;
  if (total.max === undefined) {
    const amount = format(total.min, total.min);
    return msg(str`at least ${amount}`);
  }
  if (total.min === 0) {
    const amount = format(total.max, total.max);
    return msg(str`up to ${amount}`);
  }
  return format(total.min, total.max);
}

/** The words of the plan's summary: one sentence, and the line that says where its time comes from. */
export interface SummaryWords {
  headline: string;
  explanation: string | undefined;
}

/**
 * "About 9–18 months and at least $550, plus fees that are not published for 4 steps." The time is the
 * sources' estimate of the whole path where they give one (the steps' own figures leave out waiting between
 * steps and steps with no figure, so their sum understates it); the second line says so, with the sum.
 */
export function summaryWords(pathway: Pathway, locale: string): SummaryWords {
  const { summary, profession } = pathway;
  const stepsTime = totalText(summary.time, (min, max) => {
    const best = daysInBestUnit(min, max);
    return formatDuration({ min: best.min, max: best.max, unit: best.unit }, locale);
  });
  const overall = profession.overallTime ? formatDuration(profession.overallTime, locale) : undefined;
  const time = overall ?? stepsTime;
  const cost = totalText(summary.cost, (min, max) => formatMoney(min, max, locale));
  const unpriced = summary.cost.missing.length;

  let headline: string;
  if (time && cost)
    headline = plural(
      unpriced,
      msg(
        '{count, plural, =0 {About {time} and {cost}.} one {About {time} and {cost}, plus fees that are not published for # step.} other {About {time} and {cost}, plus fees that are not published for # steps.}}',
      ),
      locale,
      { time, cost },
    );
  else if (time) headline = msg(str`About ${time}. The fees are not published.`);
  else if (cost) headline = msg(str`The time it takes is not published. Fees: ${cost}.`);
  else headline = msg('The time and the fees of these steps are not published.');

  const untimed = summary.time.missing.length;
  let explanation: string | undefined;
  if (overall && stepsTime)
    explanation = plural(
      untimed,
      msg(
        '{count, plural, =0 {{overall} is the sources’ estimate for the whole path, waits included; the steps’ own times add up to {steps}.} one {{overall} is the sources’ estimate for the whole path, waits included; the steps’ own times add up to {steps}, and # step gives no time.} other {{overall} is the sources’ estimate for the whole path, waits included; the steps’ own times add up to {steps}, and # steps give no time.}}',
      ),
      locale,
      { overall, steps: stepsTime },
    );
  else if (overall) explanation = msg(str`${overall} is the sources’ estimate for the whole path.`);
  else if (stepsTime)
    explanation = plural(
      untimed,
      msg(
        '{count, plural, =0 {The time is the steps’ own times added up.} one {The time is the steps’ own times added up; # step gives no time, so it can take longer.} other {The time is the steps’ own times added up; # steps give no time, so it can take longer.}}',
      ),
      locale,
    );
  return { headline, explanation };
}

/** The authority's name as a link to its own page. */
export function renderAuthorityLink(authority: AuthorityLink, text: DataText) {
  return renderExternalLink(authority.url, text(authority.name, { name: true }));
}

/** "In Texas, this profession is licensed by <the Texas Board of Nursing>", or where to find the authority. */
export function renderAuthoritySentence(authority: AuthorityLink | undefined, where: string, text: DataText, boardKind: unknown) {
  if (!authority) return msg(html`In ${where}, this profession is licensed by the ${boardKind}.`);
  const link = renderAuthorityLink(authority, text);
  return authority.kind === 'authority'
    ? msg(html`In ${where}, this profession is licensed by ${link}.`)
    : msg(html`Find the licensing authority for ${where} in ${link}, a national directory.`);
}
