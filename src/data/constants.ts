/**
 * Lists of the dataset format that widgets need at run time, without zod: the shipped dataset is used without
 * loading the validator, so code outside `src/data/` imports these from here, not from `schema.ts` (which builds
 * the zod schema from them and re-exports them).
 */
export const LOCALES = ['en', 'es', 'ar'] as const;

/** USPS codes of the 50 states, DC and Puerto Rico. */
export const STATE_CODES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'OR', 'PA', 'PR', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
] as const;

export const EVENT_TYPES = ['convening', 'meeting', 'training', 'webinar', 'application-window', 'announcement'] as const;

export const SEASONS = ['spring', 'summer', 'fall', 'winter'] as const;

/** Lower-case slug used for every record id: stable across data releases. */
export const RECORD_ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
