/**
 * Older dataset formats are upgraded here before validation, one major at a time,
 * so partner files written for an old format keep working.
 *
 * Format 0.x (the pre-release draft) differed from 1.x in three ways:
 * `version` instead of `schemaVersion`, a single `cohort` string on communities
 * instead of `cohorts`, and flat `lat`/`lng` instead of `coordinates`.
 */
type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

function migrateFrom0(dataset: Raw): Raw {
  const { version, ...rest } = dataset;
  const communities = Array.isArray(rest.communities)
    ? rest.communities.map((community) => {
        if (!isObject(community)) return community;
        const { cohort, lat, lng, ...kept } = community;
        const upgraded: Raw = { ...kept };
        if (upgraded.cohorts === undefined && typeof cohort === 'string') upgraded.cohorts = [cohort];
        if (upgraded.coordinates === undefined && typeof lat === 'number' && typeof lng === 'number') {
          upgraded.coordinates = { lat, lon: lng };
        }
        return upgraded;
      })
    : rest.communities;
  return { ...rest, communities, schemaVersion: '1.0.0', migratedFrom: typeof version === 'string' ? version : '0' };
}

/** Migrations keyed by the major version they upgrade from. */
const MIGRATIONS: Record<number, (dataset: Raw) => Raw> = { 0: migrateFrom0 };

/** The declared format version of a raw dataset (`schemaVersion`, or 0.x's `version`). */
export function declaredVersion(dataset: Raw): string | undefined {
  const declared = dataset.schemaVersion ?? dataset.version;
  return typeof declared === 'string' ? declared : undefined;
}

/** Upgrades `dataset` from `fromMajor` to `toMajor`; undefined when no path exists. */
export function migrate(dataset: Raw, fromMajor: number, toMajor: number): Raw | undefined {
  let current = dataset;
  for (let major = fromMajor; major < toMajor; major++) {
    const step = MIGRATIONS[major];
    if (!step) return undefined;
    current = step(current);
  }
  return current;
}
