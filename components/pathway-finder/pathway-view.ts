/**
 * What every template function of the pathway finder is given: the widget's language, its id prefix, the
 * dataset text in the reader's language, and headings that fit the partner's page outline.
 */
import { heading } from '../../src/internal/heading.js';
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

/**
 * Headings below a top heading of `level` (the `heading-level` attribute, clamped to 2–6), never past h6.
 * An id here only labels a section or marks a scroll target: it does not make the heading focusable.
 */
export function headingsBelow(level: number): HeadingAt {
  return (offset, content, id, extraClass = '') =>
    heading(level, offset, content, { className: extraClass ? `heading ${extraClass}` : 'heading', id, focusable: false });
}
