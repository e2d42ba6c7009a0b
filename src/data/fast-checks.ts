/**
 * The fast path's checks (compiled from the schema by `npm run schema`, see data/build-schema.mjs), one module per group
 * of collections, so a widget downloads and compiles only those of the collections it validates. The validator
 * chunk holds the first module (sources, programs, cohorts, communities: all the map and the roster read); the
 * others load when a widget validates events, professions or providers (`loaders`, generated from the same list).
 */
import { cohorts, communities, programs, sources } from './generated/dataset-check.js';
import { loaders } from './generated/dataset-check-loaders.js';
import type { CollectionName } from './schema.js';

export type FastChecks = Partial<Record<CollectionName, (record: unknown) => boolean>>;

const MODULES: Partial<Record<CollectionName, () => Promise<FastChecks>>> = loaders;

/**
 * A plain object: looking a function up by name on a module namespace is slow in V8, and named imports need no
 * namespace object in the bundle.
 */
const loaded: FastChecks = { cohorts, communities, programs, sources };

/** The checks of `names`, once their modules are in. */
export async function loadFastChecks(names: Iterable<CollectionName>): Promise<FastChecks> {
  await Promise.all([...names].filter((name) => !loaded[name]).map(async (name) => Object.assign(loaded, await MODULES[name]!())));
  return loaded;
}
