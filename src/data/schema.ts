/**
 * The SIIP dataset format, version 1. This file is the single source of truth:
 * TypeScript types are inferred from it and `data/siip-dataset.schema.json` is
 * generated from it (`npm run schema`), with a test that fails when they drift.
 *
 * zod/mini keeps the drop-in bundle small (≈7 KiB gzip against ≈26 KiB for the
 * classic API) and `jitless` keeps it working under a CSP without `unsafe-eval`.
 */
import * as z from 'zod/mini';
import { isTimeZone } from '../internal/time-zone.js';

z.config({ jitless: true });

/** The format version this build reads. Same major: accepted; newer minor: extra fields ignored. */
export const SCHEMA_VERSION = '1.1.0';

export const LOCALES = ['en', 'es', 'ar'] as const;

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

/** Lower-case slug used for every record id: stable across data releases. */
export const RecordId = z.string().check(z.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/));

/**
 * User-facing text: a plain (English) string or a map of language → text that
 * must include English, the fallback every widget can show.
 */
export const LocalizedText = z.union([
  nonEmpty,
  z.looseObject({ en: nonEmpty }).check(
    z.refine(
      (value) => Object.values(value).every((text) => typeof text === 'string'),
      'every translation must be a string',
    ),
  ),
]);

/** Only web links. `javascript:`, `data:` and the like are rejected, so they can never become a link. */
/** A DNS name with a dot (example.org), not an IP literal or a bare word; zod's own regex table is large. */
const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;
export const WebUrl = z.url({ protocol: /^https?$/, hostname: HOSTNAME });
/** Links a person can follow to write or call: web, `mailto:` or `tel:`. */
export const ContactUrl = z.union([
  WebUrl,
  z.string().check(z.regex(/^mailto:[^\s<>"'`]+@[^\s<>"'`]+$/)),
  z.string().check(z.regex(/^tel:\+?[0-9 ()-]{3,}$/)),
]);

/** A full date (2026-11-23), a month (2026-11) or a year (2026): sources often give only part of a date. */
export const PartialDate = z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/));
export const IsoDate = z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/));
export const YearMonth = z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/));
/** Wall-clock time in the event's own time zone, without offset: 2026-01-20T14:00. */
export const LocalDateTime = z.string().check(
  z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/),
);

export const TimeZone = z.string().check(z.refine(isTimeZone, 'not an IANA time zone'));

/** USPS codes of the 50 states, DC and Puerto Rico. */
export const STATE_CODES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'OR', 'PA', 'PR', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
] as const;
export const StateCode = z.enum(STATE_CODES);

/** Ids of the sources (in `sources`) that back a record. Every record must cite at least one. */
const SourceRefs = z.array(RecordId).check(z.minLength(1));

/** How sure the sources are: `confirmed` (stated), `reported` (third-party or undated), `inferred`. */
export const Certainty = z.enum(['confirmed', 'reported', 'inferred']);

export const Source = z.object({
  id: RecordId,
  title: nonEmpty,
  url: WebUrl,
  /** When the page was read. */
  accessed: PartialDate,
  publisher: z.optional(nonEmpty),
  /** Publication date where the page gives one. */
  published: z.optional(PartialDate),
  /** "Last updated", "revised" or "effective" date where the page gives one. */
  updated: z.optional(PartialDate),
  /** The page gives no date of its own (its facts are dated only by when they were read). */
  undated: z.optional(z.literal(true)),
});

export const Organization = z.object({
  name: LocalizedText,
  url: z.optional(ContactUrl),
  role: z.optional(LocalizedText),
  note: z.optional(LocalizedText),
  certainty: z.optional(Certainty),
  /** The states it serves, where a source says so (a region that spans states). */
  serves: z.optional(z.array(StateCode)),
});

/**
 * The body that licenses a profession in one jurisdiction, with its own web page: the page for
 * internationally educated applicants where a source gives one (`international`), else its home page.
 */
export const Authority = z.object({
  name: LocalizedText,
  url: WebUrl,
  page: z.optional(z.enum(['international', 'home'])),
  note: z.optional(LocalizedText),
  /** Optional so that 1.0 files, whose boards cited none, stay valid; the built-in dataset cites one for each. */
  sources: z.optional(SourceRefs),
});

/** A national directory of the authorities of one profession: the link for jurisdictions no source names. */
export const AuthorityDirectory = z.object({
  name: LocalizedText,
  url: WebUrl,
  sources: SourceRefs,
});

/**
 * Languages whose translations of a record a person has reviewed, with the date of the review.
 * Absent: the translations are not yet reviewed (widgets say so quietly and link the English original).
 */
export const Reviewed = z.partialRecord(z.enum(['es', 'ar']), IsoDate);

export const Program = z.object({
  id: RecordId,
  name: LocalizedText,
  shortName: z.optional(LocalizedText),
  operator: LocalizedText,
  description: LocalizedText,
  url: z.optional(WebUrl),
  note: z.optional(LocalizedText),
  reviewed: z.optional(Reviewed),
  sources: SourceRefs,
});

export const Cohort = z.object({
  id: RecordId,
  program: RecordId,
  name: LocalizedText,
  /** 1 for the pilot, counting as the programme does. */
  ordinal: z.optional(z.int().check(z.positive())),
  /** Programme year as the programme names it: "2018", "2022-2023". */
  programYear: z.optional(nonEmpty),
  announced: z.optional(PartialDate),
  theme: z.optional(LocalizedText),
  /** False when the cohort is known to exist but its members were never published. */
  membersPublished: z.boolean(),
  /** Member count the programme announced, where it did (may differ from the published list). */
  announcedSize: z.optional(z.int().check(z.nonnegative())),
  /** Named sub-groups (e.g. the 2023-24 subcohort themes). */
  subcohorts: z.optional(z.array(LocalizedText)),
  note: z.optional(LocalizedText),
  reviewed: z.optional(Reviewed),
  sources: SourceRefs,
});

export const Coordinates = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
  /** `proxy` when the point stands in for an area (a region's largest city, a state's capital). */
  precision: z.optional(z.enum(['exact', 'proxy'])),
  note: z.optional(LocalizedText),
});

export const Place = z.object({
  name: LocalizedText,
  state: z.optional(StateCode),
  coordinates: Coordinates,
});

export const CommunityKind = z.enum(['city', 'region', 'state']);

export const Community = z.object({
  id: RecordId,
  name: LocalizedText,
  kind: CommunityKind,
  states: z.array(StateCode).check(z.minLength(1)),
  /** Where to draw it; absent when unknown (the community is then listed, not plotted). */
  coordinates: z.optional(Coordinates),
  /** The member places of a multi-city region. */
  places: z.optional(z.array(Place)),
  cohorts: z.array(RecordId),
  leadAgency: z.optional(Organization),
  partners: z.optional(z.array(Organization)),
  focus: z.optional(z.array(LocalizedText)),
  /** Profession ids the community has worked on (e.g. its local pathway guides). */
  professions: z.optional(z.array(RecordId)),
  note: z.optional(LocalizedText),
  reviewed: z.optional(Reviewed),
  sources: SourceRefs,
});

export const Provider = z.object({
  id: RecordId,
  name: LocalizedText,
  role: LocalizedText,
  url: z.optional(WebUrl),
  note: z.optional(LocalizedText),
  reviewed: z.optional(Reviewed),
  sources: SourceRefs,
});

const Amount = z.number().check(z.nonnegative());

export const Cost = z.object({
  min: z.optional(Amount),
  max: z.optional(Amount),
  currency: z.literal('USD'),
  note: z.optional(LocalizedText),
  /** When the figure was true, as far as the source says. */
  asOf: z.optional(PartialDate),
  certainty: z.optional(Certainty),
});

export const Duration = z.object({
  min: z.optional(Amount),
  max: z.optional(Amount),
  unit: z.enum(['days', 'weeks', 'months', 'years']),
  note: z.optional(LocalizedText),
  asOf: z.optional(PartialDate),
  certainty: z.optional(Certainty),
});

export const StepKind = z.enum(['required', 'conditional', 'optional', 'alternative']);

export const StateNote = z.object({
  note: LocalizedText,
  board: z.optional(Organization),
  certainty: z.optional(Certainty),
  sources: SourceRefs,
});

export const Step = z.object({
  id: RecordId,
  /** Position in the main line; alternatives share the number of the step they replace. */
  order: z.int().check(z.positive()),
  kind: StepKind,
  title: LocalizedText,
  description: LocalizedText,
  runBy: z.optional(z.array(Organization)),
  link: z.optional(WebUrl),
  cost: z.optional(Cost),
  time: z.optional(Duration),
  documents: z.optional(z.array(LocalizedText)),
  variesByState: z.boolean(),
  /** What changes from state to state, in general terms. */
  variesNote: z.optional(LocalizedText),
  /** State-specific notes, keyed by state code. */
  stateNotes: z.optional(z.partialRecord(StateCode, StateNote)),
  /** The step exists only in these states (a state's own rule): other states' plans leave it out. */
  onlyIn: z.optional(z.array(StateCode).check(z.minLength(1))),
  /** How sure the sources are about this step (third-party or undated pages: `reported`). */
  certainty: z.optional(Certainty),
  note: z.optional(LocalizedText),
  sources: SourceRefs,
});

export const Profession = z.object({
  id: RecordId,
  name: LocalizedText,
  summary: z.optional(LocalizedText),
  /** The licensing authority in each jurisdiction, where a source names it. */
  boards: z.optional(z.partialRecord(StateCode, Authority)),
  /** The national directory of this profession's authorities: linked where `boards` has no entry. */
  directory: z.optional(AuthorityDirectory),
  /** What the board is called in general ("state board of nursing"), for states without a named board. */
  boardKind: LocalizedText,
  overallTime: z.optional(Duration),
  steps: z.array(Step).check(z.minLength(1)),
  reviewed: z.optional(Reviewed),
  sources: SourceRefs,
});

export const EVENT_TYPES = ['convening', 'meeting', 'training', 'webinar', 'application-window', 'announcement'] as const;
export const EventType = z.enum(EVENT_TYPES);

export const SEASONS = ['spring', 'summer', 'fall', 'winter'] as const;

/**
 * When an event happens, as precisely as the sources know it. Many real dates
 * are known only to the month or the season: widgets must show them as such and
 * never place them on a made-up day.
 */
export const EventWhen = z.discriminatedUnion('precision', [
  /** An exact time: wall-clock start (and end) in the event's IANA time zone; optional RFC 5545 RRULE. */
  z.object({
    precision: z.literal('datetime'),
    start: LocalDateTime,
    end: z.optional(LocalDateTime),
    timeZone: TimeZone,
    rrule: z.optional(nonEmpty),
    exdates: z.optional(z.array(LocalDateTime)),
  }),
  /** All-day or multi-day (end inclusive); optional RRULE. */
  z.object({
    precision: z.literal('date'),
    start: IsoDate,
    end: z.optional(IsoDate),
    rrule: z.optional(nonEmpty),
    exdates: z.optional(z.array(IsoDate)),
  }),
  /** Known only to the month (or a span of months). */
  z.object({ precision: z.literal('month'), month: YearMonth, endMonth: z.optional(YearMonth) }),
  /** Known only to the season; `yearly` for "each summer". */
  z.object({
    precision: z.literal('season'),
    season: z.enum(SEASONS),
    year: z.optional(z.int()),
    yearly: z.optional(z.boolean()),
    /** The last year a yearly season happens, where a source (or the programme's end) says so. */
    lastYear: z.optional(z.int()),
  }),
  /** A known rhythm without published dates ("monthly", "quarterly"). */
  z.object({
    precision: z.literal('cadence'),
    frequency: z.enum(['weekly', 'monthly', 'quarterly', 'yearly', 'every-18-months']),
    timesPerYear: z.optional(z.int().check(z.positive())),
    from: z.optional(PartialDate),
    until: z.optional(PartialDate),
  }),
  /** To be announced; `expected` says what is known ("late 2020"). */
  z.object({ precision: z.literal('tba'), expected: z.optional(LocalizedText) }),
]);

export const SiipEvent = z.object({
  id: RecordId,
  type: EventType,
  title: LocalizedText,
  description: z.optional(LocalizedText),
  when: EventWhen,
  format: z.optional(z.enum(['in-person', 'virtual', 'hybrid'])),
  /** Where it happens; coordinates where known. Online events name no place. */
  location: z.optional(
    z.object({ name: LocalizedText, state: z.optional(StateCode), country: z.optional(LocalizedText), coordinates: z.optional(Coordinates) }),
  ),
  audience: z.optional(LocalizedText),
  program: z.optional(RecordId),
  cohorts: z.optional(z.array(RecordId)),
  communities: z.optional(z.array(RecordId)),
  url: z.optional(WebUrl),
  certainty: z.optional(Certainty),
  note: z.optional(LocalizedText),
  reviewed: z.optional(Reviewed),
  sources: SourceRefs,
});

/** The record collections, each validated record by record so one bad record never hides the rest. */
export const COLLECTIONS = {
  sources: Source,
  programs: Program,
  cohorts: Cohort,
  communities: Community,
  providers: Provider,
  professions: Profession,
  events: SiipEvent,
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

export const SemVer = z.string().check(z.regex(/^\d+\.\d+\.\d+$/));

export const DatasetHeader = z.object({
  $schema: z.optional(z.string()),
  schemaVersion: SemVer,
  dataVersion: nonEmpty,
  asOf: IsoDate,
  title: z.optional(LocalizedText),
  license: z.optional(LocalizedText),
  attribution: z.optional(z.array(LocalizedText)),
  /**
   * Translations of the data content that a person has reviewed, per language, with the date; a
   * record's own `reviewed` overrides it. Absent: machine-assisted translations not yet reviewed.
   */
  reviewed: z.optional(Reviewed),
});

/** The whole file, used to generate the JSON Schema; loading validates header and records separately. */
export const Dataset = z.object({
  ...DatasetHeader.shape,
  sources: z.array(Source),
  programs: z.array(Program),
  cohorts: z.array(Cohort),
  communities: z.array(Community),
  providers: z.array(Provider),
  professions: z.array(Profession),
  events: z.array(SiipEvent),
});

export type LocalizedText = z.infer<typeof LocalizedText>;
export type Source = z.infer<typeof Source>;
export type Organization = z.infer<typeof Organization>;
export type Authority = z.infer<typeof Authority>;
export type AuthorityDirectory = z.infer<typeof AuthorityDirectory>;
export type Program = z.infer<typeof Program>;
export type Cohort = z.infer<typeof Cohort>;
export type Coordinates = z.infer<typeof Coordinates>;
export type Place = z.infer<typeof Place>;
export type CommunityKind = z.infer<typeof CommunityKind>;
export type Community = z.infer<typeof Community>;
export type Provider = z.infer<typeof Provider>;
export type Cost = z.infer<typeof Cost>;
export type Duration = z.infer<typeof Duration>;
export type StepKind = z.infer<typeof StepKind>;
export type StateNote = z.infer<typeof StateNote>;
export type Step = z.infer<typeof Step>;
export type Profession = z.infer<typeof Profession>;
export type EventType = z.infer<typeof EventType>;
export type EventWhen = z.infer<typeof EventWhen>;
export type SiipEvent = z.infer<typeof SiipEvent>;
export type StateCode = z.infer<typeof StateCode>;
export type Dataset = z.infer<typeof Dataset>;
export type DatasetHeader = z.infer<typeof DatasetHeader>;
