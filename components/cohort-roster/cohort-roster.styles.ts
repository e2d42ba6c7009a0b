import { css } from 'lit';

export const rosterStyles = css`
  .roster {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_siip-space) * 0.75);
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
    min-inline-size: 9rem;
    flex: 1 1 9rem;
  }
  .field--search {
    flex: 2 1 14rem;
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
  .group__title {
    font-size: 1.15em;
    margin: var(--_siip-space) 0 0.25em;
  }
  .group__theme,
  .group__unpublished,
  .muted {
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
    min-block-size: 44px;
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
    font-size: 0.8em;
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
    min-block-size: 44px;
    display: inline-flex;
    gap: 0.35em;
    align-items: baseline;
    text-align: start;
    cursor: pointer;
  }
  .name__chevron {
    display: inline-block;
    inline-size: 1em;
  }
  :host(:dir(rtl)) .name__chevron,
  [dir='rtl'] .name__chevron {
    transform: scaleX(-1);
  }
  .chip {
    display: inline-block;
    margin: 0.1em;
    margin-inline-start: 0;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_siip-border);
    background: var(--_siip-surface-alt);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .details {
    padding: 0.25em 0 0.5em;
  }
  .details dl {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: 0.35em 1em;
    margin: 0;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .details ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .more {
    align-self: center;
  }

  /* Cards when the widget itself is narrow (the container, not the viewport). */
  @container (max-width: 40rem) {
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .table,
    .table tbody {
      display: block;
    }
    .row {
      display: grid;
      grid-template-columns: 1fr;
      border: 1px solid var(--_siip-border);
      border-radius: var(--_siip-radius);
      margin-block-start: 0.75em;
      background: var(--_siip-surface);
    }
    .row > * {
      display: block;
      border: 0;
      padding-block: 0.2em;
    }
    .row > th {
      background: var(--_siip-surface-alt);
      border-start-start-radius: var(--_siip-radius);
      border-start-end-radius: var(--_siip-radius);
    }
    .row > td::before {
      content: attr(data-label) ': ';
      font-weight: 600;
    }
    .details-row:not([hidden]) {
      display: block;
      border: 1px solid var(--_siip-border);
      border-block-start: 0;
    }
    .details-row > td {
      display: block;
      border: 0;
    }
    .details dl {
      grid-template-columns: 1fr;
    }
  }
`;
