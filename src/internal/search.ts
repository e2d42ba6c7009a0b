/**
 * What every search box compares: lower case, accents removed ("sao" finds "São"), single spaces.
 * The roster and the map search with it, so the same words find the same communities in both.
 *
 * Plain ASCII text has no accents to remove, so it skips the decomposition, by far the dearest step: the first
 * search of a list of 10,000 communities folds 10,000 texts. Lower-casing is the same in every locale but
 * Turkish, Azeri and Lithuanian, none of which the widgets speak.
 */
export function normalizeForSearch(text: string): string {
  const folded = /[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text;
  return folded.toLowerCase().replace(/\s+/g, ' ').trim();
}
