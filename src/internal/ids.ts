/**
 * A page-unique prefix for the ids inside one widget's shadow root (label `for`, `aria-labelledby`),
 * so two copies of a widget, or a widget copied into the light DOM by a page builder, never share ids.
 */
export function uniqueId(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}
