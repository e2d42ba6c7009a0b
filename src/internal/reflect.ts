import type { ComplexAttributeConverter } from 'lit';

/**
 * Reflects a string property to its attribute only while it holds a value: an empty default never
 * appears on the host (`cohort=""`, `lang=""` would tell screen readers "unknown language" and clutter
 * the partner's markup), while a choice the reader makes (a selected community, a month) shows there
 * for the page's CSS and scripts.
 */
export const reflectIfSet: ComplexAttributeConverter<string> = {
  fromAttribute: (value: string | null) => value ?? '',
  toAttribute: (value: string) => (value === '' || value == null ? null : value),
};
