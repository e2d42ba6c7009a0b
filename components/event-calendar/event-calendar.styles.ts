import { css } from 'lit';

export const eventCalendarStyles = css`
  :host {
    --_siip-cal-convening: var(--siip-event-color-convening, #7a3db8);
    --_siip-cal-meeting: var(--siip-event-color-meeting, #0b5cad);
    --_siip-cal-training: var(--siip-event-color-training, #1d7a46);
    --_siip-cal-webinar: var(--siip-event-color-webinar, #9a5b00);
    --_siip-cal-application-window: var(--siip-event-color-application-window, #b3261e);
    --_siip-cal-announcement: var(--siip-event-color-announcement, #4b5563);
    --_siip-cal-today: var(--siip-calendar-today-background, var(--_siip-surface-alt));
  }
  .base {
    display: grid;
    /* Rows keep their own height when the staging minimum (.siip-staging) is taller than what is shown. */
    align-content: start;
    gap: 0.75em;
  }
  /* Sized in em from the widget's own base, never rem: a theme's 62.5 % or 20 px root cannot shrink or swell it. */
  /* The title, the month buttons and the view switch each wrap to a line of their own when the column is narrow. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .month-title {
    flex: 1 1 10em;
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
  }
  .icon {
    display: inline-block;
  }
  [dir='rtl'] .icon {
    transform: scaleX(-1);
  }
  .views {
    display: inline-flex;
    flex-wrap: wrap;
  }
  .views .siip-button {
    border-radius: 0;
  }
  .views .siip-button:first-child {
    border-start-start-radius: var(--_siip-radius);
    border-end-start-radius: var(--_siip-radius);
  }
  .views .siip-button:last-child {
    border-start-end-radius: var(--_siip-radius);
    border-end-end-radius: var(--_siip-radius);
  }
  .views .siip-button[aria-pressed='false'] {
    background: transparent;
    color: var(--_siip-accent);
  }
  .filters {
    border: 1px solid var(--_siip-border);
    border-radius: var(--_siip-radius);
  }
  .filters summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    min-block-size: 44px;
    padding: 0.25em 0.75em;
    font-weight: 600;
    cursor: pointer;
  }
  .filters summary::before {
    content: '▸';
    display: inline-block;
  }
  [dir='rtl'] .filters summary::before {
    content: '◂';
  }
  .filters[open] summary::before {
    content: '▾';
  }
  .filters summary::-webkit-details-marker {
    display: none;
  }
  .filters summary {
    list-style: none;
  }
  .marks {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.2em;
    font-weight: normal;
  }
  .filters fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    border: 0;
    margin: 0;
    padding: 0 0.75em 0.5em;
  }
  .filters label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 44px;
    cursor: pointer;
  }
  .filters input {
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
  }
  /* The type's shape in its colour: the shape stays when colour goes (forced colours) or is not seen. */
  .mark {
    color: var(--_siip-type-color);
    flex: none;
  }
  .note,
  .zone {
    margin: 0;
    color: var(--_siip-muted);
    font-size: 0.9em;
  }
  .note[role='alert'] {
    color: var(--_siip-danger);
  }
  .type-convening {
    --_siip-type-color: var(--_siip-cal-convening);
  }
  .type-meeting {
    --_siip-type-color: var(--_siip-cal-meeting);
  }
  .type-training {
    --_siip-type-color: var(--_siip-cal-training);
  }
  .type-webinar {
    --_siip-type-color: var(--_siip-cal-webinar);
  }
  .type-application-window {
    --_siip-type-color: var(--_siip-cal-application-window);
  }
  .type-announcement {
    --_siip-type-color: var(--_siip-cal-announcement);
  }

  /* Month grid */
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th {
    font-weight: 600;
    font-size: 0.875em;
    padding: 0.25em;
    color: var(--_siip-muted);
  }
  td {
    vertical-align: top;
    border: 1px solid var(--_siip-border);
    block-size: 5.5em;
    padding: 0.2em;
    cursor: pointer;
    overflow: hidden;
  }
  td.outside {
    color: var(--_siip-muted);
    background: var(--_siip-surface-alt);
  }
  td.today {
    background: var(--_siip-cal-today);
  }
  /* Today and the selected day are marked by lines, not by fills alone: forced colours drop fills and shadows. */
  td.today .num {
    background: var(--_siip-accent);
    color: var(--_siip-on-accent);
    border: 2px solid var(--_siip-accent);
    border-radius: 999px;
    font-weight: 700;
  }
  td[aria-selected='true'] {
    outline: 2px solid var(--_siip-accent);
    outline-offset: -2px;
  }
  td:focus-visible {
    outline-offset: -3px;
  }
  .num {
    display: inline-block;
    min-inline-size: 1.8em;
    text-align: center;
    font-size: 0.875em;
  }
  .chips {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2px;
  }
  .chip {
    display: block;
    inline-size: 100%;
    font: inherit;
    font-size: 0.875em;
    min-block-size: 24px;
    text-align: start;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    border: 0;
    border-inline-start: 3px solid var(--_siip-type-color);
    background: var(--_siip-surface-alt);
    color: var(--_siip-text);
    padding: 0 0.25em;
    cursor: pointer;
  }
  .more {
    font-size: 0.875em;
    color: var(--_siip-muted);
  }

  /* Lists (agenda, day panel, approximate items) */
  /* Off-screen days of a long agenda skip layout and paint until scrolled to. */
  .agenda > section {
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  .panel :is(h2, h3, h4, h5, h6),
  .agenda :is(h2, h3, h4, h5, h6),
  .outlook :is(h2, h3, h4, h5, h6) {
    font-size: 1em;
    margin: 0.75em 0 0.25em;
  }
  .outlook {
    border: 1px solid var(--_siip-border);
    border-radius: var(--_siip-radius);
    padding: 0.75em;
  }
  .outlook > :first-child {
    margin-block-start: 0;
    font-size: 1.1em;
  }
  .outlook p {
    margin: 0.25em 0;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35em;
  }
  .item {
    border-inline-start: 4px solid var(--_siip-type-color);
    background: var(--_siip-surface-alt);
    border-radius: 0 var(--_siip-radius) var(--_siip-radius) 0;
  }
  [dir='rtl'] .item {
    border-radius: var(--_siip-radius) 0 0 var(--_siip-radius);
  }
  .item-button {
    display: grid;
    grid-template-columns: 9em 1fr;
    gap: 0.25em 0.75em;
    inline-size: 100%;
    min-block-size: 44px;
    font: inherit;
    text-align: start;
    color: inherit;
    background: transparent;
    border: 0;
    padding: 0.4em 0.6em;
    cursor: pointer;
  }
  .when {
    color: var(--_siip-muted);
    font-variant-numeric: tabular-nums;
  }
  .title {
    font-weight: 600;
  }
  .meta {
    grid-column: 2;
    font-size: 0.875em;
    color: var(--_siip-muted);
  }
  .status {
    display: inline-block;
    font-size: 1em;
    font-weight: 600;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    /* Not a pill: in a narrow column the badge wraps to two lines. */
    border-radius: 0.6em;
    margin-inline-start: 0.4em;
  }
  .status-open,
  .status-closing-soon {
    color: var(--_siip-cal-training);
  }
  .status-closed {
    color: var(--_siip-muted);
  }
  .details {
    padding: 0.25em 0.75em 0.75em;
    border-block-start: 1px solid var(--_siip-border);
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 0.75em;
    margin: 0.5em 0;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .actions a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  .empty {
    border: 1px dashed var(--_siip-border);
    border-radius: var(--_siip-radius);
    padding: 0.75em;
  }
  .empty p {
    margin: 0 0 0.5em;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  @container (max-width: 480px) {
    .item-button {
      grid-template-columns: 1fr;
    }
    .meta {
      grid-column: 1;
    }
    .details dl {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .chip,
    .item {
      border-inline-start-color: CanvasText;
    }
    /* Today: a ring round the number; the selected day: a thick frame; the pressed view: system highlight. */
    td.today .num {
      border-color: CanvasText;
    }
    td[aria-selected='true'] {
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
    .views .siip-button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
      border-color: SelectedItem;
    }
  }
`;
