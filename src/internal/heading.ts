import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { nothing, type TemplateResult } from 'lit';

/**
 * Headings that fit the partner's page outline: a widget takes `heading-level` (2–6; the page owns its h1)
 * and its sub-headings go one level deeper each, never skipping a level and never past h6.
 */
const TAGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

export const DEFAULT_HEADING_LEVEL = 2;

/** A usable level from whatever the attribute held ("7", "1", "x" → 6, 2, 2). */
export function clampHeadingLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(2, Math.round(level))) : DEFAULT_HEADING_LEVEL;
}

/** `<hN>` at `level + depth`, with optional class and id (an id makes it a focus target: tabindex -1). */
export function heading(
  level: number,
  depth: number,
  content: unknown,
  { className, id }: { className?: string; id?: string } = {},
): TemplateResult {
  const tag = TAGS[clampHeadingLevel(clampHeadingLevel(level) + depth)];
  return staticHtml`<${tag} class=${className ?? nothing} id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>${content}</${tag}>`;
}
