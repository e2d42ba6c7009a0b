/**
 * Turns a raw dataset into validated data. One bad record never hides the rest:
 * the header must be valid, then every record is checked on its own, invalid
 * ones are dropped and reported by path, and references between records are
 * checked (ids exist, no duplicates).
 *
 * Each record first meets the fast path (checks compiled at build time from the zod schema,
 * see `fast-path-schema.ts`), which accepts only what zod would accept unchanged;
 * zod sees the rest and repairs or skips it exactly as before. A scope limits the
 * work to the collections a widget shows and the records it reads through their
 * references. Part of the validator chunk: widgets never import this for the
 * shipped dataset.
 */
import { COLLECTIONS, DatasetHeader, SCHEMA_VERSION, TimeZone, type CollectionName, type Dataset } from './schema.js';
import type { FastChecks } from './fast-checks.js';
import { formatPath, toDataIssues, type DataIssue } from './issues.js';
import { declaredVersion, migrate } from './migrate.js';
import { yieldToPage } from './yield-to-page.js';

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export type ValidationResult =
  | { ok: true; dataset: Dataset; issues: DataIssue[] }
  | { ok: false; reason: 'version' | 'schema'; message: string; issues: DataIssue[]; foundVersion?: string };

const majorOf = (version: string) => Number(version.split('.')[0]);
const SUPPORTED_MAJOR = majorOf(SCHEMA_VERSION);

/** Checks the declared version and migrates older formats; the result is raw data in the current format. */
export function upgradeToCurrent(raw: unknown): { ok: true; data: Raw } | Extract<ValidationResult, { ok: false }> {
  if (!isObject(raw)) {
    return { ok: false, reason: 'schema', message: 'The file is not a SIIP dataset: it should be a JSON object.', issues: [{ path: '(root)', message: 'should be an object' }] };
  }
  const version = declaredVersion(raw);
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    return {
      ok: false,
      reason: 'schema',
      message: 'The file does not say which format version it uses (schemaVersion).',
      issues: [{ path: 'schemaVersion', message: version ? 'should look like 1.0.0' : 'is required' }],
    };
  }
  const major = majorOf(version);
  if (major > SUPPORTED_MAJOR) {
    return {
      ok: false,
      reason: 'version',
      foundVersion: version,
      message: `The dataset uses format ${version}; this version of the widgets reads format ${SUPPORTED_MAJOR}.x (${SCHEMA_VERSION}).`,
      issues: [{ path: 'schemaVersion', message: `${version} is newer than the supported ${SUPPORTED_MAJOR}.x` }],
    };
  }
  const data = major < SUPPORTED_MAJOR ? migrate(raw, major, SUPPORTED_MAJOR) : raw;
  if (!data) {
    return {
      ok: false,
      reason: 'version',
      foundVersion: version,
      message: `The dataset uses format ${version}, which cannot be upgraded to ${SCHEMA_VERSION}.`,
      issues: [{ path: 'schemaVersion', message: `no migration from ${version}` }],
    };
  }
  return { ok: true, data };
}

/** What a widget needs validated: the collections it shows (all when omitted), and records known to be good. */
export interface ValidationScope {
  /**
   * Collections validated in full. Records of other collections are validated only when a validated record refers
   * to them (an event's communities, a cohort's program…); the rest is neither checked nor returned.
   */
  collections?: readonly CollectionName[];
  /**
   * With `collections`: the other collections whose records the widget reads through references (the map reads a
   * community's sources, never its professions). References into a collection neither shown nor listed here are
   * neither followed nor checked, and that collection comes back empty. All when omitted.
   */
  references?: readonly CollectionName[];
  /** Records taken from the shipped dataset (validated at build time): used as they are. */
  trusted?: ReadonlySet<object>;
}

/**
 * Validates raw data already in the current format, all at once. `checks` are the fast path's checks of the
 * collections the scope reads (`fast-checks.ts`).
 */
export function validateDataset(data: Raw, scope: ValidationScope, checks: FastChecks): ValidationResult {
  const next = validationSteps(data, scope, checks, () => false).next();
  if (!next.done) throw new Error('siip-widgets: validation paused when it was not asked to');
  return next.value;
}

/** The longest the validator keeps the main thread before it lets the page respond (ms). */
export const SLICE_MS = 8;

/**
 * Like `validateDataset`, but yields to the page whenever a slice of work passes `SLICE_MS`, so validating a large
 * file never blocks input or rendering for long (one record is far below that).
 */
export async function validateDatasetInSlices(data: Raw, scope: ValidationScope, checks: FastChecks, sliceMs = SLICE_MS): Promise<ValidationResult> {
  let sliceStart = performance.now();
  // The steps pause only when their slice is used up: resuming a generator every few records cost more than the checks.
  const steps = validationSteps(data, scope, checks, () => performance.now() - sliceStart > sliceMs);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await yieldToPage();
    sliceStart = performance.now();
  }
}

type Visit = (collection: CollectionName, id: string) => void;

function visitEach(collection: CollectionName, list: unknown, visit: Visit): void {
  if (Array.isArray(list)) for (const id of list) if (typeof id === 'string') visit(collection, id);
}

/** Calls `visit` with each [collection, id] a validated record refers to. */
function forEachReference(name: CollectionName, record: Raw, visit: Visit): void {
  if (name !== 'sources') visitEach('sources', record.sources, visit);
  if (typeof record.program === 'string') visit('programs', record.program);
  if (name === 'communities' || name === 'events') visitEach('cohorts', record.cohorts, visit);
  if (name === 'communities') visitEach('professions', record.professions, visit);
  if (name === 'events') visitEach('communities', record.communities, visit);
  if (name === 'professions') {
    for (const step of record.steps as Raw[]) {
      visitEach('sources', step.sources, visit);
      for (const note of Object.values((step.stateNotes ?? {}) as Record<string, Raw>)) visitEach('sources', note.sources, visit);
    }
    for (const board of Object.values((record.boards ?? {}) as Record<string, Raw>)) visitEach('sources', board.sources, visit);
    if (record.directory) visitEach('sources', (record.directory as Raw).sources, visit);
  }
}

/**
 * Records validated on the fast path between two looks at the clock: a record takes a microsecond or two there
 * (reading the clock costs about as much, so it is not read for each), so a step stays far below the 50 ms a long
 * task starts at. A record zod repairs may take a millisecond: the clock is read after each.
 */
const STEP = 64;

/** The validation itself: it checks `due()` every few records and pauses (yields) when it says so. */
function* validationSteps(data: Raw, scope: ValidationScope, checks: FastChecks, due: () => boolean): Generator<void, ValidationResult> {
  const header = DatasetHeader.safeParse(data);
  if (!header.success) {
    const issues = toDataIssues(header.error.issues);
    return {
      ok: false,
      reason: 'schema',
      message: 'The dataset’s header (version, release, date) is not valid.',
      issues,
    };
  }

  const issues: DataIssue[] = [];
  const collections = {} as Collections;
  // Issues name the record's position in the file, not in the filtered list: positions[name][i] is that of collections[name][i].
  const positions = {} as Positions;
  const seen = {} as Record<CollectionName, Set<string>>;
  const lists = {} as Record<CollectionName, unknown[]>;
  for (const name of COLLECTION_NAMES) {
    collections[name] = [];
    positions[name] = [];
    seen[name] = new Set();
    const records = data[name];
    lists[name] = Array.isArray(records) ? records : [];
    const shown = !scope.collections || scope.collections.includes(name);
    if (records !== undefined && !Array.isArray(records) && shown) issues.push({ path: name, message: 'should be a list' });
  }
  const { trusted } = scope;
  const accepts = {} as Record<CollectionName, (record: unknown) => boolean>;
  // Work since the clock was last read: a record on the fast path counts 1, one zod repairs a whole step.
  let work = 0;
  const pause = () => {
    if (work < STEP) return false;
    work = 0;
    return due();
  };
  /**
   * Validates records [from, to) of one collection, in file order. A plain function called a step at a time rather
   * than the generator's own loop, so the engine optimises it between calls early in a first validation (where most
   * of its time goes); what it needs of the collection is looked up once per call, not once per record. It stops
   * once a step's work is done (after a record zod repaired, at the latest), and returns where it stopped.
   */
  const checkRange = (name: CollectionName, from: number, to: number): number => {
    const list = lists[name];
    const accept = (accepts[name] ??= acceptor(name, checks));
    const ids = seen[name];
    const kept = collections[name];
    const at = positions[name];
    let index = from;
    // At least one record, however much work came before.
    for (; index < to && (index === from || work < STEP); index++) {
      const record = list[index];
      let valid: Raw & { id: string };
      // Most records of most files pass the fast path, which allocates nothing; zod sees the others.
      if (trusted?.has(record as object) || accept(record)) {
        valid = record as Raw & { id: string };
        work++;
      } else {
        work += STEP;
        const outcome = repairRecord(name, record, [name, index]);
        if (outcome.issues.length) issues.push(...outcome.issues);
        if (!outcome.record) continue;
        valid = outcome.record;
      }
      const before = ids.size;
      if (ids.add(valid.id).size === before) {
        issues.push({
          path: `${name}[${index}].id`,
          message: `duplicates the id "${valid.id}"; the later record was skipped`,
        });
        continue;
      }
      kept.push(valid);
      at.push(index);
    }
    return index;
  };

  const shown = scope.collections ? COLLECTION_NAMES.filter((n) => scope.collections!.includes(n)) : COLLECTION_NAMES;
  const read = readCollections(scope);
  for (const name of shown) {
    const count = lists[name].length;
    for (let from = 0; from < count; ) {
      from = checkRange(name, from, count);
      if (pause()) yield;
    }
  }

  // The ids the validated records refer to, per collection read, when following references gathers them: when all
  // of a collection's are known, no record's references into it need checking one by one (what a good file gives).
  let cited: Cited | undefined;
  if (scope.collections) {
    // Follow references out of the shown collections: validate just the records they name (and so on), in file order.
    const gathered = (cited = {} as Cited);
    const indexById = {} as Partial<Record<CollectionName, Map<string, number[]>>>;
    for (const name of COLLECTION_NAMES) gathered[name] = new Set();
    const byId = (name: CollectionName) => {
      let map = indexById[name];
      if (!map) {
        const built = new Map<string, number[]>();
        lists[name].forEach((record, index) => {
          if (!isObject(record) || typeof record.id !== 'string') return;
          const at = built.get(record.id);
          if (at) at.push(index);
          else built.set(record.id, [index]);
        });
        map = indexById[name] = built;
      }
      return map;
    };
    const wanted: Array<[CollectionName, number]> = [];
    // Per collection: whether it is read, whether records are followed into it, and the last id cited (records cite
    // the same few sources and cohorts over and over: comparing with it is cheaper than a set's lookup).
    const targets = Object.fromEntries(
      COLLECTION_NAMES.map((name) => [name, { read: read.has(name), follows: !shown.includes(name) && read.has(name), ids: gathered[name], last: '' }]),
    ) as Record<CollectionName, { read: boolean; follows: boolean; ids: Set<string>; last: string }>;
    const want = (name: CollectionName, id: string) => {
      const target = targets[name];
      if (id === target.last || !target.read) return;
      target.last = id;
      if (target.ids.has(id)) return;
      target.ids.add(id);
      if (target.follows) for (const index of byId(name).get(id) ?? []) wanted.push([name, index]);
    };
    /**
     * Gathers the references of records [from, …) of a collection (a plain function, see `checkRange`); stops after
     * a record that names records to check, or once a step's work is done, and returns where it stopped.
     */
    const followRange = (name: CollectionName, from: number): number => {
      const records = collections[name];
      let next = from;
      while (next < records.length && (next === from || work < STEP) && !wanted.length) {
        forEachReference(name, records[next++], want);
        work++;
      }
      return next;
    };
    // Collections grow while this runs (referred records refer on): go round until none grows. Each record is
    // visited once (`followed` counts them per collection), so this stays linear.
    const followed = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, 0])) as Record<CollectionName, number>;
    for (let grew = true; grew;) {
      grew = false;
      for (const name of COLLECTION_NAMES) {
        while (followed[name] < collections[name].length) {
          grew = true;
          followed[name] = followRange(name, followed[name]);
          // In file order, so of two records with the same id the later one is the one skipped.
          for (let w = 0; w < wanted.length; w++) {
            checkRange(wanted[w][0], wanted[w][1], wanted[w][1] + 1);
            if (pause()) yield;
          }
          wanted.length = 0;
          if (pause()) yield;
        }
      }
    }
    for (const name of COLLECTION_NAMES) {
      if (shown.includes(name)) continue;
      const order = collections[name].map((_, i) => i).sort((a, b) => positions[name][a] - positions[name][b]);
      collections[name] = order.map((i) => collections[name][i]);
      positions[name] = order.map((i) => positions[name][i]);
    }
  }

  yield* checkReferences(collections, positions, seen, issues, read, due, cited);
  const dataset = { ...header.data, ...collections } as unknown as Dataset;
  return { ok: true, dataset, issues };
}

/** The collections a scope validates: those shown and those read through references. */
export function readCollections(scope: Pick<ValidationScope, 'collections' | 'references'>): ReadonlySet<CollectionName> {
  if (!scope.collections) return new Set(COLLECTION_NAMES);
  return new Set([...scope.collections, ...(scope.references ?? COLLECTION_NAMES)]);
}

type Collections = Record<CollectionName, Array<Raw & { id: string }>>;
type Positions = Record<CollectionName, number[]>;
type Cited = Record<CollectionName, Set<string>>;

/** Whether every id of `list` is known (what nearly every record of a good file gives): no allocation. */
function allKnown(list: unknown, known: ReadonlySet<string>): boolean {
  if (!Array.isArray(list)) return true;
  for (let i = 0; i < list.length; i++) if (!known.has(list[i])) return false;
  return true;
}

/**
 * Removes references to records that do not exist, reporting each; drops records whose owner is missing.
 * Records are never edited in place (a fast-path record is the parsed file's own object, shared with other
 * widgets' builds): a record that loses a reference is replaced by an edited copy. References into a collection
 * that was not `read` are left as they are: the widget never follows them. `ids` are those of the validated
 * records of each collection (the duplicate check's sets; the cohorts' is edited here); `cited`, when given, every
 * id the validated records refer to.
 */
function* checkReferences(
  collections: Collections,
  positions: Positions,
  ids: Record<CollectionName, Set<string>>,
  issues: DataIssue[],
  read: ReadonlySet<CollectionName>,
  due: () => boolean,
  cited?: Cited,
): Generator<void> {
  /** Whether no reference into `name` needs checking: not read, or every id cited is a validated record's. */
  const known = (name: CollectionName): boolean => {
    if (!read.has(name)) return true;
    if (!cited) return false;
    for (const id of cited[name]) if (!ids[name].has(id)) return false;
    return true;
  };
  const sourcesKnown = known('sources');
  /** The list without unknown ids (the same list when all are known), reporting each removal. */
  const keepKnown = (list: unknown, known: Set<string>, path: () => string, what: string): unknown => {
    if (allKnown(list, known)) return list;
    return (list as string[]).filter((id, index) => {
      if (known.has(id)) return true;
      issues.push({
        path: `${path()}[${index}]`,
        message: `refers to the unknown ${what} "${id}"; the reference was ignored`,
      });
      return false;
    });
  };
  /** `record` with `field` set to `value`: itself when nothing changes, else an edited copy. */
  const withField = <T extends Raw>(record: T, field: string, value: unknown): T =>
    record[field] === value ? record : { ...record, [field]: value };
  // Paths are written only for a record that has an unknown reference.
  const checkSources = <T extends Raw>(record: T, path: () => string): T =>
    sourcesKnown || allKnown(record.sources, ids.sources)
      ? record
      : withField(record, 'sources', keepKnown(record.sources, ids.sources, () => `${path()}.sources`, 'source'));
  /** Checks the sources of each value of `map` (a profession's boards, a step's state notes): the same map when all are known. */
  const checkSourcesOfEach = (map: Record<string, Raw> | undefined, path: () => string): Record<string, Raw> | undefined => {
    if (!map) return map;
    const kept = Object.fromEntries(Object.entries(map).map(([key, value]) => [key, checkSources(value, () => `${path()}.${key}`)]));
    return Object.entries(kept).every(([key, value]) => map[key] === value) ? map : kept;
  };
  const CHUNK = STEP * 2;
  /** Checks the sources of records [from, to) of a collection (a plain function, see `checkRange`). */
  const sourcesRange = (name: CollectionName, from: number, to: number) => {
    const records = collections[name];
    for (let i = from; i < to; i++) {
      if (!allKnown(records[i].sources, ids.sources)) records[i] = checkSources(records[i], () => `${name}[${positions[name][i]}]`);
    }
  };
  for (const name of COLLECTION_NAMES) {
    if (name === 'sources' || sourcesKnown) continue;
    for (let from = 0; from < collections[name].length; from += CHUNK) {
      sourcesRange(name, from, Math.min(collections[name].length, from + CHUNK));
      if (due()) yield;
    }
  }
  collections.professions = collections.professions.map((profession, i) => {
    const p = positions.professions[i];
    const stepIds = new Set<string>();
    const steps = (profession.steps as Raw[])
      .map((step, s) => {
        const checked = checkSources(step, () => `professions[${p}].steps[${s}]`);
        return withField(checked, 'stateNotes', checkSourcesOfEach(checked.stateNotes as Record<string, Raw> | undefined, () => `professions[${p}].steps[${s}].stateNotes`));
      })
      .filter((step, s) => {
        if (!stepIds.has(step.id as string)) return stepIds.add(step.id as string);
        issues.push({
          path: `professions[${p}].steps[${s}].id`,
          message: `duplicates the step id "${String(step.id)}"; the later step was skipped`,
        });
        return false;
      });
    const same = steps.length === (profession.steps as Raw[]).length && steps.every((step, s) => step === (profession.steps as Raw[])[s]);
    let checked = same ? profession : { ...profession, steps };
    // Boards and the directory cite sources too: an unknown one is dropped like any other.
    checked = withField(checked, 'boards', checkSourcesOfEach(checked.boards as Record<string, Raw> | undefined, () => `professions[${p}].boards`));
    if (checked.directory) checked = withField(checked, 'directory', checkSources(checked.directory as Raw, () => `professions[${p}].directory`));
    return checked;
  });
  const cohortPositions: number[] = [];
  collections.cohorts = collections.cohorts.filter((cohort, i) => {
    const index = positions.cohorts[i];
    if (!read.has('programs') || ids.programs.has(cohort.program as string)) return cohortPositions.push(index) > 0;
    issues.push({
      path: `cohorts[${index}].program`,
      message: `refers to the unknown program "${String(cohort.program)}"; the cohort was skipped`,
    });
    ids.cohorts.delete(cohort.id);
    return false;
  });
  positions.cohorts = cohortPositions;
  // Known only now that the cohorts of unknown programs are gone.
  const cohortsKnown = known('cohorts');
  const professionsKnown = known('professions');
  const communities = collections.communities;
  const communityPath = (i: number) => `communities[${positions.communities[i]}]`;
  const communitiesRange = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      let community = communities[i];
      if (!cohortsKnown && !allKnown(community.cohorts, ids.cohorts)) {
        community = withField(community, 'cohorts', keepKnown(community.cohorts, ids.cohorts, () => `${communityPath(i)}.cohorts`, 'cohort'));
      }
      if (!professionsKnown && !allKnown(community.professions, ids.professions)) {
        community = withField(
          community,
          'professions',
          keepKnown(community.professions, ids.professions, () => `${communityPath(i)}.professions`, 'profession'),
        );
      }
      communities[i] = community;
    }
  };
  if (!cohortsKnown || !professionsKnown) {
    for (let from = 0; from < communities.length; from += CHUNK) {
      communitiesRange(from, Math.min(communities.length, from + CHUNK));
      if (due()) yield;
    }
  }
  const events = collections.events;
  const eventsKnown = { cohorts: cohortsKnown, communities: known('communities') };
  for (let i = 0; i < events.length; i++) {
    const index = positions.events[i];
    let event = events[i];
    for (const [field, name, what] of [
      ['cohorts', 'cohorts', 'cohort'],
      ['communities', 'communities', 'community'],
    ] as const) {
      if (event[field] !== undefined && !eventsKnown[name])
        event = withField(event, field, keepKnown(event[field], ids[name], () => `events[${index}].${field}`, what));
    }
    if (typeof event.program === 'string' && read.has('programs') && !ids.programs.has(event.program)) {
      issues.push({
        path: `events[${index}].program`,
        message: `refers to the unknown program "${event.program}"; the reference was ignored`,
      });
      const { program: _dropped, ...rest } = event;
      event = rest as typeof event;
    }
    events[i] = event;
    if (i % CHUNK === CHUNK - 1 && due()) yield;
  }
}

type Segment = PropertyKey;

/**
 * The fast path: the check compiled from the schema (see `fast-path-schema.ts`) says the record is
 * one zod would accept unchanged, and the one refinement JSON Schema cannot carry (IANA time zones) holds. Most
 * records of most files take it; the others go through zod below, which repairs and reports as it always did.
 */
export function fastCheck(name: CollectionName, record: Raw, checks: FastChecks): boolean {
  return acceptor(name, checks)(record);
}

/** The fast path of one collection, looked up once for all its records. */
function acceptor(name: CollectionName, checks: FastChecks): (record: unknown) => boolean {
  const check = checks[name];
  if (!check) throw new Error(`siip-widgets: the fast-path check of ${name} is not loaded`);
  if (name !== 'events') return check;
  return (record) => {
    if (!check(record)) return false;
    const zone = ((record as Raw).when as Raw).timeZone;
    if (zone === undefined) return true;
    let known = KNOWN_ZONES.get(zone as string);
    if (known === undefined) KNOWN_ZONES.set(zone as string, (known = TimeZone.safeParse(zone).success));
    return known;
  };
}
/** Events share a handful of zones: zod is asked once per zone. */
const KNOWN_ZONES = new Map<string, boolean>();

const MAX_REPAIR_PASSES = 4;

/**
 * Validates, with zod, a record the fast path did not accept. When it fails, the faulty parts are removed (a bad
 * link, an unknown state in a list, a broken step) and the rest is validated again, so one wrong field costs that
 * field, not the whole record. A record still invalid after that (a missing name, a bad id) is skipped. Every
 * removal is reported.
 */
function repairRecord(name: CollectionName, record: unknown, base: Segment[]): { record?: Raw & { id: string }; issues: DataIssue[] } {
  const schema = COLLECTIONS[name];
  const first = schema.safeParse(record);
  if (first.success) return { record: first.data as Raw & { id: string }, issues: [] };
  const label = isObject(record) && typeof record.id === 'string' ? ` (${record.id})` : '';
  if (!isObject(record)) {
    return { issues: toDataIssues(first.error.issues, base).map((i) => ({ ...i, message: `${i.message}; record skipped` })) };
  }
  let candidate: Raw = structuredClone(record);
  let faults = first.error.issues;
  const removed: DataIssue[] = [];
  for (let pass = 0; pass < MAX_REPAIR_PASSES; pass++) {
    // Remove deepest paths first so array indices stay valid while splicing.
    const paths = faults.map((issue) => [...issue.path]).sort((a, b) => b.length - a.length || compareIndices(b, a));
    for (const path of paths) {
      const at = removeAt(candidate, path);
      if (at) removed.push(...toDataIssues([faults.find((f) => samePath(f.path, path))!], base).map((i) => ({ ...i, message: `${i.message}; ${describeRemoval(at, base)} ignored` })));
    }
    const retry = schema.safeParse(candidate);
    if (retry.success) return { record: retry.data as Raw & { id: string }, issues: removed };
    faults = retry.error.issues;
    if (faults.some((issue) => issue.path.length <= 1 && !hasPath(candidate, issue.path))) break;
    candidate = structuredClone(candidate);
  }
  return {
    issues: toDataIssues(first.error.issues, base).map((issue) => ({ ...issue, message: `${issue.message}; record${label} skipped` })),
  };
}

function compareIndices(a: Segment[], b: Segment[]): number {
  const last = (path: Segment[]) => (typeof path[path.length - 1] === 'number' ? (path[path.length - 1] as number) : -1);
  return last(a) - last(b);
}

const samePath = (a: readonly Segment[], b: readonly Segment[]) => a.length === b.length && a.every((segment, i) => segment === b[i]);

function hasPath(root: Raw, path: readonly Segment[]): boolean {
  let node: unknown = root;
  for (const segment of path) {
    if (!isObject(node) && !Array.isArray(node)) return false;
    node = (node as Record<PropertyKey, unknown>)[segment as string];
    if (node === undefined) return false;
  }
  return true;
}

/** Removes the value at `path`, or, when it is missing, its parent; returns what was removed. */
function removeAt(root: Raw, path: readonly Segment[]): readonly Segment[] | undefined {
  for (let depth = path.length; depth >= 1; depth--) {
    const target = path.slice(0, depth);
    const parentPath = target.slice(0, -1);
    const key = target[target.length - 1];
    let parent: unknown = root;
    for (const segment of parentPath) parent = (parent as Record<PropertyKey, unknown>)?.[segment as string];
    if (Array.isArray(parent) && typeof key === 'number' && key < parent.length) {
      parent.splice(key, 1);
      return target;
    }
    if (isObject(parent) && typeof key === 'string' && key in parent) {
      // Ids and names are what a record is; without them it cannot be kept.
      if (depth === 1 && (key === 'id' || key === 'name' || key === 'title')) return undefined;
      delete parent[key];
      return target;
    }
  }
  return undefined;
}

function describeRemoval(path: readonly Segment[], base: Segment[]): string {
  return typeof path[path.length - 1] === 'number' ? `the list item ${formatPath([...base, ...path])} was` : `the field ${formatPath([...base, ...path])} was`;
}
