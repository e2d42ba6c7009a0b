import { css } from 'lit';

export const pathwayFinderStyles = css`
  .pf {
    display: grid;
    gap: var(--_siip-space);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .heading {
    margin: 0;
    line-height: 1.25;
  }
  .title {
    font-size: 1.5em;
  }
  p {
    margin: 0.25em 0;
  }
  .muted {
    color: var(--_siip-muted);
  }
  .pickers {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_siip-space) * 0.75);
  }
  .field {
    display: grid;
    gap: 0.25em;
    flex: 1 1 14em;
    min-inline-size: 0;
  }
  .field__label {
    font-weight: 600;
  }
  .message {
    padding: calc(var(--_siip-space) * 0.75);
    border-inline-start: 4px solid var(--_siip-accent);
    background: var(--_siip-surface-alt);
  }
  .message--problem,
  .notice {
    border-inline-start: 4px solid var(--_siip-danger);
    padding-inline-start: 0.75em;
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0.75em;
    margin: 0;
    padding: var(--_siip-space);
    border-radius: var(--_siip-radius);
    background: var(--_siip-surface-alt);
  }
  .summary dt {
    font-size: 0.9em;
    color: var(--_siip-muted);
  }
  .summary dd {
    margin: 0;
    font-size: 1.15em;
    font-weight: 600;
  }
  .summary dd .muted {
    display: block;
    font-size: 0.8em;
    font-weight: normal;
  }
  .progress {
    display: grid;
    gap: 0.4em;
    justify-items: start;
    padding: var(--_siip-space);
    border: 1px solid var(--_siip-border);
    border-radius: var(--_siip-radius);
  }
  .check,
  .step__check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    flex-wrap: wrap;
  }
  input[type='checkbox'] {
    inline-size: 1.4em;
    block-size: 1.4em;
    margin: 0;
    accent-color: var(--_siip-accent);
    flex: none;
  }
  .hint {
    font-size: 0.9em;
  }
  .step-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_siip-space);
  }
  .step {
    display: grid;
    gap: 0.4em;
    padding: var(--_siip-space);
    border: 1px solid var(--_siip-border);
    border-inline-start: 6px solid var(--_siip-accent);
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
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
    font-size: 1.15em;
    scroll-margin-block-start: var(--_siip-space);
  }
  .step__number {
    display: inline-block;
    padding: 0.1em 0.55em;
    border-radius: 999px;
    background: var(--_siip-accent);
    color: var(--_siip-on-accent);
    font-size: 0.8em;
    white-space: nowrap;
  }
  .badge {
    justify-self: start;
    display: inline-block;
    padding: 0.05em 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
  }
  .badge--done::before {
    content: '✓ ';
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(13em, 1fr));
    gap: 0.5em var(--_siip-space);
    margin: 0;
  }
  .facts dt,
  .docs__label,
  .state__label,
  .alternatives__label {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .docs {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .state {
    padding: 0.6em 0.8em;
    border-radius: var(--_siip-radius);
    background: var(--_siip-surface-alt);
  }
  .sources {
    font-size: 0.875em;
  }
  .alternatives {
    display: grid;
    gap: 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 2px dotted var(--_siip-border);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .print-status,
  .print-footer {
    display: none;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @container (max-width: 30em) {
    .summary,
    .facts {
      grid-template-columns: 1fr;
    }
    .step {
      padding: 0.75em;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .pickers,
    .actions,
    .step__check input,
    .step__check label,
    .progress .check,
    .progress .hint,
    .progress .clear,
    .progress .notice,
    .siip-visually-hidden {
      display: none !important;
    }
    .print-status {
      display: inline;
      font-weight: 600;
    }
    .print-footer {
      display: block;
      border-block-start: 1px solid #000;
      padding-block-start: 0.5em;
      font-size: 0.9em;
    }
    .step {
      break-inside: avoid;
      border-color: #000;
    }
    .step__number {
      background: none;
      color: #000;
      border: 1px solid #000;
    }
    .summary,
    .state {
      background: none;
      border: 1px solid #000;
    }
    a {
      color: #000;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
