import { html, nothing, type TemplateResult } from 'lit';

/**
 * Headings that fit the partner's page outline: a widget takes `heading-level` (2–6; the page owns its h1)
 * and its sub-headings go one level deeper each, never skipping a level and never past h6.
 */
export const DEFAULT_HEADING_LEVEL = 2;

/** A usable level from whatever the attribute held ("7", "1", "x" → 6, 2, 2). */
export function clampHeadingLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(2, Math.round(level))) : DEFAULT_HEADING_LEVEL;
}

/**
 * `<hN>` at `level + depth`, with optional class and id. An id makes it a focus target (tabindex -1) unless
 * `focusable` is false: an id that only labels a section or marks a scroll target.
 */
export function heading(
  level: number,
  depth: number,
  content: unknown,
  { className, id, focusable = true }: { className?: string; id?: string; focusable?: boolean } = {},
): TemplateResult {
  const classAttribute = className ?? nothing;
  const idAttribute = id ?? nothing;
  const tabindex = id && focusable ? '-1' : nothing;
  // One plain template per level (Lit cannot bind a tag name): lit/static-html would ship with every widget.
  switch (clampHeadingLevel(clampHeadingLevel(level) + depth)) {
    case 2:
      return html`<h2 class=${classAttribute} id=${idAttribute} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 class=${classAttribute} id=${idAttribute} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 class=${classAttribute} id=${idAttribute} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 class=${classAttribute} id=${idAttribute} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 class=${classAttribute} id=${idAttribute} tabindex=${tabindex}>${content}</h6>`;
  }
}
