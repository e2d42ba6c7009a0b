import { css } from 'lit';

/**
 * Sizes in em from the widget's own base (never rem: old themes set the root to 62.5 %). Layouts follow the
 * widget's own width (container queries): the whole table from 48em, the table without its secondary columns
 * (type and lead agency, which stay in each row's details) from 30em, and compact cards below that.
 * Nothing scrolls inside a box: long names, chips and links wrap. An opened row's details bring their own
 * styles (community-details.ts).
 */
export const rosterStyles = css`
  .roster {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_siip-space) * 0.75);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_siip-space) * 0.75);
    align-items: end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-inline-size: min(9em, 100%);
    flex: 1 1 9em;
  }
  .field--search {
    flex: 2 1 14em;
  }
  .field input,
  .field select {
    min-block-size: max(2.75em, 24px);
    max-inline-size: 100%;
  }
  label {
    font-weight: 600;
    font-size: 0.9em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em;
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .siip-button {
    min-block-size: max(2.75em, 24px);
    max-inline-size: 100%;
    text-align: start;
  }
  .notice,
  .empty {
    padding: var(--_siip-space);
    border: 1px dashed var(--_siip-border);
    border-radius: var(--_siip-radius);
    background: var(--_siip-surface-alt);
  }
  .empty p {
    margin-block-start: 0;
  }
  .group__header > th {
    padding-block: var(--_siip-space) 0.25em;
    border-block-end: 2px solid var(--_siip-border);
  }
  .group__title {
    font-size: 1.15em;
    margin: 0;
  }
  .group__theme,
  .group__unpublished {
    margin: 0.25em 0 0;
    font-weight: normal;
  }
  .group__theme,
  .group__unpublished,
  .muted,
  .caveat {
    color: var(--_siip-muted);
  }
  .group__unpublished {
    font-style: italic;
  }
  .table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 0.6em;
    border-block-end: 1px solid var(--_siip-border);
  }
  thead th {
    background: var(--_siip-surface-alt);
    padding: 0;
  }
  .sort {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: 0;
    inline-size: 100%;
    min-block-size: max(2.75em, 24px);
    padding: 0.5em 0.6em;
    display: flex;
    gap: 0.4em;
    align-items: center;
    justify-content: space-between;
    text-align: start;
    cursor: pointer;
  }
  .sort__icon {
    color: var(--_siip-muted);
  }
  [aria-sort='ascending'] .sort,
  [aria-sort='descending'] .sort {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }
  .cell--name {
    font-weight: normal;
  }
  .name {
    font: inherit;
    font-weight: 600;
    color: var(--_siip-accent);
    background: none;
    border: 0;
    padding: 0.25em 0;
    min-block-size: max(2.75em, 24px);
    min-inline-size: 24px;
    display: inline-flex;
    gap: 0.35em;
    align-items: baseline;
    text-align: start;
    cursor: pointer;
  }
  .name__chevron {
    display: inline-block;
    inline-size: 1em;
    flex: none;
  }
  [dir='rtl'] .name__chevron {
    transform: scaleX(-1);
  }
  .row[data-open] > th {
    box-shadow: inset 3px 0 0 var(--_siip-accent);
  }
  [dir='rtl'] .row[data-open] > th {
    box-shadow: inset -3px 0 0 var(--_siip-accent);
  }
  .chip {
    display: inline-block;
    max-inline-size: 100%;
    margin: 0.1em 0;
    padding: 0 0.5em;
    border-radius: 1em;
    border: 1px solid var(--_siip-border);
    background: var(--_siip-surface-alt);
    font-size: 0.875em;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .more {
    align-self: center;
  }
  /* Mid-width columns: the type and lead agency move into each row's details. */
  @container (max-width: 48em) {
    .secondary {
      display: none;
    }
  }

  /* Narrow widgets (phones, sidebars): compact cards, one line of sort buttons, details open in place. */
  @container (max-width: 30em) {
    .table,
    .table thead,
    .table tbody,
    .table tr,
    .table caption {
      display: block;
    }
    .table thead {
      background: none;
    }
    .table .sort-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.5em;
    }
    .sort-row::before {
      content: attr(data-label);
      font-weight: 600;
      font-size: 0.9em;
    }
    .sort-row > th {
      display: block;
      border: 1px solid var(--_siip-border);
      border-radius: var(--_siip-radius);
    }
    .sort {
      padding-block: 0.25em;
    }
    .group__header,
    .group__header > th {
      display: block;
    }
    .group__header > th {
      padding-inline: 0;
    }
    .table .row {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: 0.5em;
      padding-block: 0.15em 0.4em;
      border-block-end: 1px solid var(--_siip-border);
    }
    .row > * {
      display: block;
      border: 0;
      padding: 0;
    }
    .table .row > .secondary {
      display: none;
    }
    .row > .cell--name {
      flex: 1 1 100%;
    }
    .row > .cell--state {
      font-weight: 600;
    }
    .table .details-row:not([hidden]),
    .details-row > td {
      display: block;
      border: 0;
      padding: 0;
    }
  }

  /*
   * Forced colours (Windows high contrast) drop backgrounds and box shadows: the open row, the sorted
   * column and the cards keep borders and text marks (▾, ▲/▼, underline) in system colours.
   */
  @media (forced-colors: active) {
    .row[data-open] > th {
      box-shadow: none;
      border-inline-start: 3px solid Highlight;
    }
    [aria-sort='ascending'] .sort,
    [aria-sort='descending'] .sort {
      outline: 2px solid CanvasText;
      outline-offset: -2px;
    }
    .sort__icon,
    .muted,
    .caveat {
      color: CanvasText;
    }
  }
`;
