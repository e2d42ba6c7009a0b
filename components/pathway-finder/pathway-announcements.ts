/**
 * What the widget's one live region says: the plan now on screen (whoever changed it), a step marked or
 * unmarked with the count, and progress saved, no longer saved or cleared. Handlers run outside render, so
 * call these inside withLocale() for msg() to answer in the widget's language.
 */
import { msg, str } from '@lit/localize';
import { plural } from '../../src/localization/plural.js';
import type { PathwayResult } from './pathway.js';
import { planTitle } from './pathway-labels.js';

/** The plan now on screen; `community` names the linked widget's choice that changed the state, if one did. */
export function planShownMessage(result: PathwayResult | undefined, community: string, locale: string): string {
  if (!result?.ok) return msg('The plan was removed. Choose a profession and a state.');
  const plan = planTitle(result.pathway, locale);
  const count = result.pathway.steps.length;
  return community
    ? plural(
        count,
        msg('{count, plural, one {{community} was chosen in a linked widget. Now showing: {plan}, # step.} other {{community} was chosen in a linked widget. Now showing: {plan}, # steps.}}'),
        locale,
        { community, plan },
      )
    : plural(count, msg('{count, plural, one {Now showing: {plan}, # step.} other {Now showing: {plan}, # steps.}}'), locale, { plan });
}

/** "Marked as done: <title>. 2 of 5 steps done." */
export function stepMarkedMessage(title: string, checked: boolean, progress: string): string {
  return checked ? msg(str`Marked as done: ${title}. ${progress}.`) : msg(str`Marked as not done: ${title}. ${progress}.`);
}

export function savingMessage(saving: boolean): string {
  return saving ? msg('Your progress is now saved on this device.') : msg('Your progress is no longer saved on this device.');
}

export function clearedMessage(): string {
  return msg('Your progress was cleared.');
}
