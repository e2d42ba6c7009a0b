/**
 * The RRULE engine (recurrence.ts), loaded on demand. Most datasets repeat nothing (the shipped one does not),
 * so the drop-in fetches the engine only when events repeat by a rule: the element loads it before it lists
 * such events, and `exportIcs` before it writes them. What lists, links or writes a repeating event then finds
 * it here, already loaded.
 */
import type { SiipEvent } from '../../src/data/schema.js';

export type RuleEngine = typeof import('./recurrence.js');

let engine: RuleEngine | undefined;

export async function loadRuleEngine(): Promise<RuleEngine> {
  return (engine ??= await import('./recurrence.js'));
}

/** True while some of `events` repeats by a rule and the engine has not loaded. */
export function needsRuleEngine(events: readonly SiipEvent[]): boolean {
  return !engine && events.some((event) => (event.when.precision === 'datetime' || event.when.precision === 'date') && Boolean(event.when.rrule));
}

/** The loaded engine; asking before `loadRuleEngine()` has settled is a programming error. */
export function ruleEngine(): RuleEngine {
  if (!engine) throw new Error('siip-event-calendar: an event repeats by a rule; await loadRuleEngine() first');
  return engine;
}
