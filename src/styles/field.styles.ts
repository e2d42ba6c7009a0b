import { css } from 'lit';

/**
 * The text boxes and drop-down lists of every widget's filters and pickers: a `.field` wraps a label and
 * its control. One look and one touch-target size (44 px) everywhere; each widget lays its fields out itself.
 */
export const fieldStyles = css`
  .field input,
  .field select {
    font: inherit;
    color: var(--_siip-text);
    background: var(--_siip-surface);
    min-block-size: 44px;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_siip-border);
    border-radius: var(--_siip-radius);
    inline-size: 100%;
  }
`;
