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
    gap: 0.75rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .nav {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  .nav h2 {
    margin: 0 0.5rem;
    font-size: 1.25em;
    min-inline-size: 9em;
    text-align: center;
  }
  .icon {
    display: inline-block;
  }
  [dir='rtl'] .icon {
    transform: scaleX(-1);
  }
  .views {
    display: inline-flex;
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
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    border: 1px solid var(--_siip-border);
    border-radius: var(--_siip-radius);
    padding: 0.25rem 0.75rem 0.5rem;
    margin: 0;
  }
  .filters legend {
    padding-inline: 0.25rem;
    font-weight: 600;
  }
  .filters label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 44px;
    cursor: pointer;
  }
  .swatch {
    inline-size: 0.8em;
    block-size: 0.8em;
    border-radius: 2px;
    background: var(--_siip-type-color);
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
    font-size: 0.85em;
    padding: 0.25rem;
    color: var(--_siip-muted);
  }
  td {
    vertical-align: top;
    border: 1px solid var(--_siip-border);
    block-size: 5.5rem;
    padding: 0.2rem;
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
  td.today .num {
    background: var(--_siip-accent);
    color: var(--_siip-on-accent);
    border-radius: 999px;
  }
  td[aria-selected='true'] {
    box-shadow: inset 0 0 0 2px var(--_siip-accent);
  }
  td:focus-visible {
    outline-offset: -3px;
  }
  .num {
    display: inline-block;
    min-inline-size: 1.6em;
    text-align: center;
    font-size: 0.85em;
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
    font-size: 0.78em;
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
    font-size: 0.75em;
    color: var(--_siip-muted);
  }

  /* Lists (agenda, day panel, approximate items) */
  /* Off-screen days of a long agenda skip layout and paint until scrolled to. */
  .agenda > section {
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
  }
  .panel h3,
  .agenda h3 {
    font-size: 1em;
    margin: 0.75rem 0 0.25rem;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35rem;
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
    gap: 0.25rem 0.75rem;
    inline-size: 100%;
    min-block-size: 44px;
    font: inherit;
    text-align: start;
    color: inherit;
    background: transparent;
    border: 0;
    padding: 0.4rem 0.6rem;
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
    font-size: 0.85em;
    color: var(--_siip-muted);
  }
  .status {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 600;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 999px;
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
    padding: 0.25rem 0.75rem 0.75rem;
    border-block-start: 1px solid var(--_siip-border);
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0;
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
    gap: 0.5rem;
    align-items: center;
  }
  .empty {
    border: 1px dashed var(--_siip-border);
    border-radius: var(--_siip-radius);
    padding: 0.75rem;
  }
  .empty p {
    margin: 0 0 0.5rem;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  @container (max-width: 480px) {
    .item-button {
      grid-template-columns: 1fr;
    }
    .meta {
      grid-column: 1;
    }
    .nav h2 {
      min-inline-size: 0;
    }
  }
  @media (forced-colors: active) {
    .chip,
    .item {
      border-inline-start-color: CanvasText;
    }
  }
`;
