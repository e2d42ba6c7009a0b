/**
 * Which user-facing texts of a dataset (or a partner's file) lack a language: the widgets show English in
 * their place, so partners should see what their own files leave untranslated. Pure: no DOM, no zod.
 */

/** Languages the data content is written in besides English. */
export const CONTENT_LOCALES = ['es', 'ar'] as const;

/** Keys whose values are ids, codes, links, dates or rules: never user-facing text. */
const NOT_TEXT = new Set([
  'id', 'url', 'link', 'sources', 'kind', 'type', 'states', 'state', 'cohorts', 'communities', 'professions', 'program',
  'format', 'timeZone', 'rrule', 'exdates', 'frequency', 'season', '$comment', 'country', 'certainty', 'currency', 'unit', 'page', 'onlyIn', 'serves', 'precision', 'reviewed', 'coordinates',
  'lat', 'lon', 'asOf', 'accessed', 'published', 'updated', 'undated', 'programYear', 'announced', '$schema',
  'schemaVersion', 'dataVersion', 'min', 'max', 'order', 'ordinal', 'announcedSize', 'membersPublished', 'variesByState',
]);

/** Prose has a lower-case word; proper names ("CGFNS International", "NCLEX-RN") need no translation. */
const isProse = (text: string) => /\b[a-z]{3,}\b/.test(text);

export interface MissingTranslation {
  /** JSON path of the text, e.g. `events[2].title`. */
  path: string;
  /** The languages it lacks. */
  missing: string[];
}

/** Every text below `value` (a record, a collection or a whole file) that lacks one of `locales`. */
export function missingTranslations(value: unknown, path = '', locales: readonly string[] = CONTENT_LOCALES, found: MissingTranslation[] = []): MissingTranslation[] {
  if (typeof value === 'string') {
    if (isProse(value)) found.push({ path, missing: [...locales] });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => missingTranslations(item, `${path}[${index}]`, locales, found));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string') {
      const missing = locales.filter((locale) => typeof record[locale] !== 'string' || !(record[locale] as string).trim());
      if (missing.length) found.push({ path, missing });
      return found;
    }
    for (const [key, child] of Object.entries(record)) {
      // `professions`, `communities`… are lists of ids inside a record but whole collections at the top.
      const isCollection = Array.isArray(child) && child.some((item) => item !== null && typeof item === 'object');
      if (key === 'sources' || (NOT_TEXT.has(key) && !isCollection)) continue;
      missingTranslations(child, path ? `${path}.${key}` : key, locales, found);
    }
  }
  return found;
}
