import { css } from 'lit';

/*
 * Sizes in em, from the widget's own base (the host's --siip-font-size, with a floor): a partner theme's
 * root size (62.5 %, 20 px) changes nothing inside. Targets are at least 24 px (WCAG 2.2) at the floor.
 */
export const pathwayFinderStyles = css`
  .pf {
    /* The shared spacing token, resolved in em so it follows the widget's base rather than the page's root. */
    --_siip-space: var(--siip-spacing, 1em);
    display: grid;
    /* Rows keep their own height when the staging minimum (.siip-staging) is taller than what is shown. */
    align-content: start;
    gap: 0.75em;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .heading {
    margin: 0;
    line-height: 1.25;
  }
  .title {
    font-size: 1.35em;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_siip-muted);
  }
  .pickers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.75em;
  }
  .field {
    display: grid;
    gap: 0.2em;
    flex: 1 1 12em;
    min-inline-size: 0;
  }
  .field__label {
    font-weight: 600;
  }
  select,
  input[type='text'] {
    font: inherit;
    min-block-size: 2.75em;
    inline-size: 100%;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_siip-border);
    border-radius: var(--_siip-radius);
    background: var(--_siip-surface);
    color: var(--_siip-text);
  }
  .message {
    padding: 0.6em 0.75em;
    border-inline-start: 4px solid var(--_siip-accent);
    background: var(--_siip-surface-alt);
  }
  .message--problem,
  .notice {
    border-inline-start: 4px solid var(--_siip-danger);
    padding-inline-start: 0.75em;
  }
  .summary,
  .state {
    display: grid;
    gap: 0.25em;
    padding: 0.6em 0.75em;
    border-radius: var(--_siip-radius);
    background: var(--_siip-surface-alt);
  }
  .summary__headline {
    font-weight: 600;
    font-size: 1.05em;
  }
  .summary__explanation,
  .review-note,
  .hint,
  .step__meta,
  .sources,
  .asof {
    font-size: 0.875em;
  }
  .link-button {
    font: inherit;
    display: inline;
    min-block-size: 24px;
    padding: 0 0.15em;
    border: 0;
    background: none;
    color: var(--_siip-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .link-button[aria-pressed='true'] {
    font-weight: 600;
  }
  .step-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4em;
  }
  .step {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.1em 0.5em;
    padding: 0.35em 0.5em;
    border: 1px solid var(--_siip-border);
    border-inline-start: 5px solid var(--_siip-accent);
    border-radius: var(--_siip-radius);
  }
  .step--alternative,
  .step--optional {
    border-inline-start-style: dashed;
  }
  .step.is-done {
    border-inline-start-color: var(--_siip-muted);
  }
  .step__heading {
    grid-column: 1;
    font-size: 1em;
    scroll-margin-block-start: 0.75em;
  }
  .step__toggle,
  .section-toggle {
    font: inherit;
    font-weight: 600;
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0.1em 0.5em;
    inline-size: 100%;
    min-block-size: 2.5em;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }
  .step__toggle::before,
  .section-toggle::before {
    content: '▸';
    color: var(--_siip-accent);
  }
  :host(:dir(rtl)) .step__toggle::before,
  :host(:dir(rtl)) .section-toggle::before,
  .pf[dir='rtl'] .step__toggle::before,
  .pf[dir='rtl'] .section-toggle::before {
    content: '◂';
  }
  .step__toggle[aria-expanded='true']::before,
  .section-toggle[aria-expanded='true']::before {
    content: '▾';
  }
  .step__title {
    text-decoration: underline;
    text-decoration-color: var(--_siip-border);
    text-underline-offset: 0.2em;
  }
  .step__number {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_siip-accent);
    color: var(--_siip-on-accent);
    font-size: 0.875em;
    white-space: nowrap;
  }
  .step__meta {
    grid-column: 1;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.9em;
    color: var(--_siip-muted);
  }
  .step__check {
    grid-column: 2;
    grid-row: 1 / span 2;
    align-self: center;
    display: flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 2.5em;
    min-inline-size: 24px;
    padding-inline: 0.25em;
    cursor: pointer;
  }
  .step__details {
    grid-column: 1 / -1;
    display: grid;
    gap: 0.5em;
    padding-block: 0.25em 0.5em;
  }
  .step__details[hidden] {
    display: none;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.5em;
  }
  input[type='checkbox'] {
    inline-size: 1.4em;
    block-size: 1.4em;
    min-inline-size: 20px;
    min-block-size: 20px;
    margin: 0;
    accent-color: var(--_siip-accent);
    flex: none;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(13em, 1fr));
    gap: 0.4em 0.75em;
    margin: 0;
  }
  .facts dt,
  .docs__label,
  .state__label,
  .sources__label,
  .alternatives__label {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  /* A link standing alone (the step's official page) is a target of its own: 24 px tall at any base. */
  .facts dd > a:only-child {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  .stale {
    font-weight: 600;
    color: var(--_siip-danger);
  }
  .docs,
  .sources ul,
  .help ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .state {
    padding-block: 0.5em;
  }
  .alternatives {
    display: grid;
    gap: 0.4em;
    padding-inline-start: 0.6em;
    border-inline-start: 2px dotted var(--_siip-border);
  }
  .optional,
  .progress,
  .help {
    display: grid;
    gap: 0.4em;
  }
  .optional .heading,
  .progress .heading,
  .help .heading {
    font-size: 1.1em;
  }
  .progress {
    justify-items: start;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .siip-button {
    min-block-size: 2.75em;
  }
  .print-view {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    border: 0;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @container (max-width: 30em) {
    .facts {
      grid-template-columns: 1fr;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .pickers,
    .actions,
    .progress,
    .review-note,
    .siip-visually-hidden {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    .step__number {
      border: 1px solid CanvasText;
    }
  }
`;
