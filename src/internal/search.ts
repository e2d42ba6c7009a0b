/**
 * What every search box compares: lower case, accents removed ("sao" finds "São"), single spaces.
 * The roster and the map search with it, so the same words find the same communities in both.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
}
