/**
 * Pure pathway resolution: profession × state → the ordered main line, its
 * alternatives, the optional steps, what each step says about the state, a
 * summary whose totals come only from figures in the data, and who can help.
 * No DOM, no msg(): the element turns this into words.
 */
import type { Authority, Community, Dataset, Duration, LocalizedText, Organization, Profession, StateCode, StateNote, Step } from '../../src/data/schema.js';
import { isStateCode } from '../../src/localization/state-names.js';
import { numberFormat } from '../../src/localization/intl.js';

/** What the reader should know about a step in the chosen state. */
export type StateStatus =
  /** The dataset has a note for this state. */
  | 'state-note'
  /** The step differs by state, but the dataset has nothing for this one: check with the board. */
  | 'check-board'
  /** The step differs by state and no state is chosen yet. */
  | 'choose-state'
  /** The step is the same everywhere. */
  | 'same-everywhere';

/**
 * Where a reader in a state goes: the authority itself (its own page) where a source names it, else the
 * national directory of such authorities, which the widget must call a directory.
 */
export type AuthorityLink =
  | { kind: 'authority'; name: LocalizedText; url: string; authority: Authority }
  | { kind: 'directory'; name: LocalizedText; url: string };

export interface StepStateInfo {
  status: StateStatus;
  note?: StateNote;
  /** The state note's own board, else the state's licensing authority where a source names it. */
  board?: Organization;
  /** The licensing authority of the chosen state (or the directory), for "check with …" and links. */
  authority?: AuthorityLink;
  /** What the board is called in general, for states with no named board. */
  boardKind: LocalizedText;
  variesNote?: LocalizedText;
}

export interface PathwayStep {
  step: Step;
  /** Position in the main line (1-based); for an alternative, the number of the step it can replace; 0 for optional. */
  number: number;
  state: StepStateInfo;
  /** Other routes that can replace this step. */
  alternatives: PathwayStep[];
}

/** A total over several steps. `max` is undefined when some step gives no upper figure (open-ended). */
export interface RangeTotal {
  min: number;
  max: number | undefined;
  /** Ids of the steps that give no figure at all. */
  missing: string[];
  /** How many steps gave a figure. */
  counted: number;
}

export interface PathwaySummary {
  /** Steps on the main line (required and conditional). */
  stepCount: number;
  optionalCount: number;
  alternativeCount: number;
  /** Total cost of the main line, in US dollars. */
  cost: RangeTotal;
  /** Total time of the main line, in days, if the steps are done one after another. */
  time: RangeTotal;
}

export interface Pathway {
  profession: Profession;
  state: StateCode | undefined;
  /** The licensing authority in the chosen state, or the national directory; undefined with no state. */
  authority: AuthorityLink | undefined;
  steps: PathwayStep[];
  optional: PathwayStep[];
  /** Alternatives whose `order` matches no main-line step. */
  otherRoutes: PathwayStep[];
  summary: PathwaySummary;
  /** Who can help: SIIP communities working in the chosen state, each with the agency that serves it. */
  helpers: CommunityHelp[];
}

export interface CommunityHelp {
  community: Community;
  /** The lead agency, only where it serves the chosen state (a region spanning states names which). */
  agency: Organization | undefined;
}

export type PathwayResult =
  | { ok: true; pathway: Pathway }
  | { ok: false; reason: 'no-profession' | 'unknown-profession' | 'unknown-state' };

const DAYS_PER_UNIT: Record<Duration['unit'], number> = { days: 1, weeks: 7, months: 365.25 / 12, years: 365.25 };

export function findProfession(dataset: Pick<Dataset, 'professions'>, id: string | undefined): Profession | undefined {
  return id ? dataset.professions.find((profession) => profession.id === id) : undefined;
}

/** Normalises a state attribute value ("ny", " NY ") to a code, or undefined when empty. */
export function normaliseState(value: string | null | undefined): string | undefined {
  const trimmed = (value ?? '').trim().toUpperCase();
  return trimmed || undefined;
}

/** The licensing authority of `state`, else the profession's national directory. */
export function authorityFor(profession: Profession, state: StateCode | undefined): AuthorityLink | undefined {
  if (!state) return undefined;
  const authority = profession.boards?.[state];
  if (authority) return { kind: 'authority', name: authority.name, url: authority.url, authority };
  const directory = profession.directory;
  return directory ? { kind: 'directory', name: directory.name, url: directory.url } : undefined;
}

/** A step written for some states only (a state's own rule) belongs to their plans alone. */
export function appliesIn(step: Step, state: StateCode | undefined): boolean {
  return !step.onlyIn || (state !== undefined && step.onlyIn.includes(state));
}

function stateInfo(step: Step, profession: Profession, state: StateCode | undefined, authority: AuthorityLink | undefined): StepStateInfo {
  const base = { boardKind: profession.boardKind, variesNote: step.variesNote, authority };
  const note = state ? step.stateNotes?.[state] : undefined;
  const board = note?.board ?? (authority?.kind === 'authority' ? authority.authority : undefined);
  if (note) return { ...base, status: 'state-note', note, board };
  if (!step.variesByState) return { ...base, status: 'same-everywhere' };
  if (!state) return { ...base, status: 'choose-state' };
  return { ...base, status: 'check-board', board };
}

/** Communities working in `state`, each with its lead agency only where that agency serves the state. */
export function helpersIn(communities: readonly Community[], state: StateCode | undefined): CommunityHelp[] {
  if (!state) return [];
  return communities
    .filter((community) => community.states.includes(state))
    .map((community) => {
      const lead = community.leadAgency;
      const serves = lead && (lead.serves ? lead.serves.includes(state) : community.states.length === 1);
      return { community, agency: serves ? lead : undefined };
    });
}

/** Sums figures over steps. Conditional steps may not apply, so they add to the upper figure only. */
export function totalRange<T extends { min?: number; max?: number }>(
  steps: readonly Step[],
  figure: (step: Step) => T | undefined,
  scale: (value: T) => number = () => 1,
): RangeTotal {
  let min = 0;
  let max: number | undefined = 0;
  let counted = 0;
  const missing: string[] = [];
  for (const step of steps) {
    const value = figure(step);
    if (!value || (value.min === undefined && value.max === undefined)) {
      missing.push(step.id);
      continue;
    }
    counted++;
    const factor = scale(value);
    if (step.kind !== 'conditional') min += (value.min ?? 0) * factor;
    if (value.max === undefined) max = undefined;
    else if (max !== undefined) max += value.max * factor;
  }
  return { min, max, missing, counted };
}

function byOrder(a: Step, b: Step): number {
  return a.order - b.order;
}

/** Resolves the pathway for a profession in a state (state may be absent: general steps only). */
export function resolvePathway(dataset: Pick<Dataset, 'professions' | 'communities'>, professionId: string | undefined, stateValue?: string): PathwayResult {
  if (!professionId) return { ok: false, reason: 'no-profession' };
  const profession = findProfession(dataset, professionId);
  if (!profession) return { ok: false, reason: 'unknown-profession' };
  const code = normaliseState(stateValue);
  if (code !== undefined && !isStateCode(code)) return { ok: false, reason: 'unknown-state' };
  const state = code as StateCode | undefined;

  const sorted = profession.steps.filter((step) => appliesIn(step, state)).sort(byOrder); // stable: equal orders keep dataset order
  const authority = authorityFor(profession, state);
  const mainSteps = sorted.filter((step) => step.kind === 'required' || step.kind === 'conditional');
  const wrap = (step: Step, number: number): PathwayStep => ({ step, number, state: stateInfo(step, profession, state, authority), alternatives: [] });
  const steps = mainSteps.map((step, index) => wrap(step, index + 1));
  const otherRoutes: PathwayStep[] = [];
  for (const step of sorted.filter((s) => s.kind === 'alternative')) {
    const target = steps.find((main) => main.step.order === step.order);
    if (target) target.alternatives.push(wrap(step, target.number));
    else otherRoutes.push(wrap(step, 0));
  }
  const optional = sorted.filter((s) => s.kind === 'optional').map((step) => wrap(step, 0));

  const summary: PathwaySummary = {
    stepCount: steps.length,
    optionalCount: optional.length,
    alternativeCount: steps.reduce((n, s) => n + s.alternatives.length, otherRoutes.length),
    cost: totalRange(mainSteps, (step) => step.cost),
    time: totalRange(mainSteps, (step) => step.time, (time) => DAYS_PER_UNIT[time.unit]),
  };
  const helpers = helpersIn(dataset.communities, state);
  return {
    ok: true,
    pathway: {
      profession,
      state,
      authority,
      steps,
      optional,
      otherRoutes,
      summary,
      helpers,
    },
  };
}

/** Every step of the pathway (main, alternatives, optional, other routes) in reading order. */
export function allSteps(pathway: Pathway): PathwayStep[] {
  return [...pathway.steps.flatMap((s) => [s, ...s.alternatives]), ...pathway.otherRoutes, ...pathway.optional];
}

/** The first main-line step not yet done: what to do next (step 1 for a new reader). */
export function nextStep(pathway: Pathway, done: ReadonlySet<string>): PathwayStep | undefined {
  return pathway.steps.find((s) => !done.has(s.step.id));
}

/**
 * Whether any of these records shows `locale` text that no person has reviewed: a record's own `reviewed`
 * wins over the dataset's. Only languages the data is translated into (es, ar) can be reviewed; the others
 * show English, which needs no such note.
 */
type ReviewDates = Partial<Record<'es' | 'ar', string>>;

export function hasUnreviewedTranslation(
  dataset: { reviewed?: ReviewDates },
  records: readonly { reviewed?: ReviewDates }[],
  locale: string,
): boolean {
  if (locale !== 'es' && locale !== 'ar') return false;
  return records.some((record) => !(record.reviewed ?? dataset.reviewed)?.[locale]);
}

/** How many main-line steps are done. */
export function doneCount(pathway: Pathway, done: ReadonlySet<string>): number {
  return pathway.steps.filter((s) => done.has(s.step.id)).length;
}

type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** The unit to show a total of days in, and the figures in that unit (rounded outwards: never understated). */
export function daysInBestUnit(minDays: number, maxDays: number | undefined): { unit: TimeUnit; min: number; max: number | undefined } {
  const ref = maxDays ?? minDays;
  const [unit, size, digits]: [TimeUnit, number, number] =
    ref >= 730 ? ['year', 365.25, 1] : ref >= 60 ? ['month', 365.25 / 12, 0] : ref >= 14 ? ['week', 7, 0] : ['day', 1, 0];
  const scale = 10 ** digits;
  // Strip floating-point noise first, so 2.0000000001 months does not round up to 3.
  const round = (days: number, fn: (x: number) => number) => fn(Math.round((days / size) * scale * 1e6) / 1e6) / scale;
  return { unit, min: round(minDays, Math.floor), max: maxDays === undefined ? undefined : round(maxDays, Math.ceil) };
}

const UNIT_OF: Record<Duration['unit'], TimeUnit> = { days: 'day', weeks: 'week', months: 'month', years: 'year' };

/** "2–4 months", "3 weeks" in `locale`; undefined when neither figure exists. */
export function formatDuration(value: { min?: number; max?: number; unit: Duration['unit'] | TimeUnit }, locale: string): string | undefined {
  const unit = (UNIT_OF as Record<string, TimeUnit>)[value.unit] ?? (value.unit as TimeUnit);
  return formatRange(value.min, value.max, locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 });
}

/** Languages written right to left among the widget's (ar, fa). */
const RIGHT_TO_LEFT = /^(ar|fa)\b/i;
/** Unicode's left-to-right isolate and its end: invisible, and they keep "US$" whole in a right-to-left line. */
const LRI = '\u2066';
const PDI = '\u2069';

/**
 * "$350–$550" in `locale`; undefined when neither figure exists. In right-to-left languages the currency
 * symbol is isolated: unisolated, the bidi algorithm moves the "$" of "US$" away from its letters ("$US 550").
 */
export function formatMoney(min: number | undefined, max: number | undefined, locale: string): string | undefined {
  const options: Intl.NumberFormatOptions = { style: 'currency', currency: 'USD', maximumFractionDigits: 0 };
  if (!RIGHT_TO_LEFT.test(locale)) return formatRange(min, max, locale, options);
  const format = numberFormat(locale, options);
  if (min === undefined && max === undefined) return undefined;
  const parts = min === undefined || max === undefined || min === max ? format.formatToParts((min ?? max) as number) : format.formatRangeToParts(min, max);
  return parts.map((part) => (part.type === 'currency' ? `${LRI}${part.value}${PDI}` : part.value)).join('');
}

function formatRange(min: number | undefined, max: number | undefined, locale: string, options: Intl.NumberFormatOptions): string | undefined {
  const format = numberFormat(locale, options);
  if (min === undefined && max === undefined) return undefined;
  if (min === undefined || max === undefined || min === max) return format.format((min ?? max) as number);
  return format.formatRange(min, max);
}
