/**
 * What every template function of the pathway finder is given: the widget's language, its id prefix, the
 * dataset text in the reader's language, and headings that fit the partner's page outline.
 */
import { nothing } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { clampHeadingLevel } from '../../src/internal/heading.js';
import type { DataText } from './pathway-text.js';

/** Renders a heading `offset` levels below the widget's top heading. */
export type HeadingAt = (offset: number, content: unknown, id?: string, extraClass?: string) => unknown;

export interface ViewContext {
  locale: string;
  /** The widget's id prefix. */
  uid: string;
  text: DataText;
  heading: HeadingAt;
}

const HEADINGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/**
 * Headings below a top heading of `level` (the `heading-level` attribute, clamped to 2–6), never past h6.
 * Unlike the shared `heading()`, an id here only labels a section or marks a scroll target: it does not make
 * the heading focusable.
 */
export function headingsBelow(level: number): HeadingAt {
  const top = clampHeadingLevel(level);
  return (offset, content, id, extraClass = '') => {
    const tag = HEADINGS[clampHeadingLevel(top + offset)];
    return staticHtml`<${tag} class="heading ${extraClass}" id=${id ?? nothing}>${content}</${tag}>`;
  };
}
