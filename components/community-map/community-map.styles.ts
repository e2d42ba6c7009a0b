import { css } from 'lit';

/**
 * Cohort colours (marker fill, state area, legend swatch). Chosen for ≥ 3:1
 * contrast against the light basemap and white marker rings.
 */
const palette = css`
  .siip-color-0 { --_c: #0b5cad; }
  .siip-color-1 { --_c: #b34700; }
  .siip-color-2 { --_c: #1a7f37; }
  .siip-color-3 { --_c: #8250df; }
  .siip-color-4 { --_c: #c4314b; }
  .siip-color-5 { --_c: #00738a; }
  .siip-color-6 { --_c: #6e5200; }
  .siip-color-7 { --_c: #b3246c; }
`;

export const communityMapStyles = [
  palette,
  css`
    :host {
      --_siip-map-height: var(--siip-map-height, 28em);
      /* Dark only where the page supports it: see the theme's note on light-dark(). */
      --_siip-map-land: var(--siip-map-land, light-dark(#e8edf2, #2a3441));
      --_siip-map-water: var(--siip-map-water, light-dark(#c9dcee, #101820));
      --_siip-map-border: var(--siip-map-border, light-dark(#8a97a6, #6b7a8c));
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: 0.75em;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1em;
      align-items: end;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.2em;
      font-size: 0.9em;
      min-inline-size: 10em;
    }
    .field--query {
      flex: 1 1 14em;
    }
    .count {
      margin: 0;
      color: var(--_siip-muted);
    }
    .toggle {
      display: none;
      gap: 0.5em;
    }
    .toggle [aria-pressed='true'] {
      background: var(--_siip-accent);
      color: var(--_siip-on-accent);
    }
    /*
     * Layout from the widget's own width (container queries, never the viewport): the list beside the map
     * from 60em, the map above the list below that, and under 30em (about 480 px) the list first with a
     * List/Map switch. In em, so the breakpoints follow the widget's text size.
     */
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(16em, 1fr);
      grid-template-areas: 'map details' 'map list';
      grid-template-rows: auto 1fr;
      gap: 0.75em;
    }
    .map-pane {
      grid-area: map;
      min-inline-size: 0;
    }
    .details {
      grid-area: details;
    }
    .list {
      grid-area: list;
      max-block-size: calc(var(--_siip-map-height) + 6em);
      overflow: auto;
    }
    @container (width < 60em) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'details' 'map' 'list';
        grid-template-rows: auto;
      }
      .list {
        max-block-size: none;
        overflow: visible;
      }
      /* The first 12 rows until the visitor asks for all (LIST_CAP in the component). */
      .list[data-capped] .list__item:nth-child(n + 13) {
        display: none;
      }
      .list[data-capped] .list__all {
        display: inline-flex;
      }
      /* Two or three columns of communities under a wide map, one on narrow ones. */
      .list__items {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
        column-gap: 1em;
      }
    }
    @container (width < 30em) {
      .toggle {
        display: flex;
      }
      .layout {
        grid-template-areas: 'details' 'main';
      }
      .map-pane,
      .list {
        grid-area: main;
      }
      .layout[data-view='list'] .map-pane,
      .layout[data-view='map'] .list {
        display: none;
      }
    }

    /* The map */
    .map-frame {
      position: relative;
      block-size: var(--_siip-map-height);
      min-block-size: 16em;
      border: 1px solid var(--_siip-border);
      border-radius: var(--_siip-radius);
      overflow: hidden;
      isolation: isolate;
      z-index: 0;
    }
    .map,
    .siip-leaflet {
      position: absolute;
      inset: 0;
    }
    .siip-leaflet.leaflet-container {
      background: var(--_siip-map-water);
      font: inherit;
    }
    /* Host pages' img rules (max-width, padding) must not distort tiles. */
    .leaflet-container img.leaflet-tile {
      max-width: none !important;
      max-height: none !important;
      padding: 0 !important;
      margin: 0 !important;
    }
    .map-status,
    .tile-error {
      position: absolute;
      inset-block-start: 0.5em;
      inset-inline-start: 0.5em;
      margin: 0;
      padding: 0.3em 0.6em;
      background: var(--_siip-surface);
      border-radius: var(--_siip-radius);
      z-index: 1000;
    }
    .tile-error {
      inset-block-start: auto;
      inset-block-end: 0.5em;
    }
    .zoom {
      position: absolute;
      inset-block-start: 0.5em;
      inset-inline-end: 0.5em;
      display: flex;
      flex-direction: column;
      gap: 0.125em;
      z-index: 1000;
    }
    .zoom__button {
      font: inherit;
      font-size: 1.25em;
      line-height: 1;
      /* 2.75em of the widget's text (44 px at 16 px), at least 24 px whatever the page's root. */
      inline-size: max(2.2em, 24px);
      block-size: max(2.2em, 24px);
      padding: 0;
      margin: 0;
      border: 1px solid var(--_siip-border);
      border-radius: var(--_siip-radius);
      background: var(--_siip-surface);
      color: var(--_siip-text);
      cursor: pointer;
    }
    .zoom__button:disabled {
      opacity: 0.5;
      cursor: default;
    }
    .hint {
      position: absolute;
      inset-inline: 15%;
      inset-block-start: 40%;
      margin: 0;
      padding: 0.6em 1em;
      text-align: center;
      color: #fff;
      background: rgb(0 0 0 / 0.75);
      border-radius: var(--_siip-radius);
      z-index: 1000;
      pointer-events: none;
    }
    .consent {
      position: absolute;
      inset-block-end: 0.5em;
      inset-inline-start: 0.5em;
      max-inline-size: calc(100% - 5em);
      padding: 0.5em;
      background: var(--_siip-surface);
      border-radius: var(--_siip-radius);
      z-index: 1000;
    }
    .consent__note {
      margin: 0.3em 0 0;
      font-size: 0.875em;
      color: var(--_siip-muted);
    }

    /* Legend and attribution */
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      align-items: baseline;
      margin-block-start: 0.5em;
      font-size: 0.875em;
    }
    .legend__title {
      margin: 0;
      font-size: 1em;
    }
    .swatch__label,
    .symbol__label {
      font-size: max(0.875em, 12px);
      font-weight: 700;
      line-height: 1;
      color: #fff;
    }
    .legend .swatch__label {
      font-size: max(1em, 12px);
    }
    .legend__list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.9em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .legend__list li {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
    }
    /* Inline flex, not a one-cell grid: the same pixels for less layout work, in every row of the list. */
    .swatch,
    .symbol {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      flex: none;
      inline-size: 1.6em;
      block-size: 1.6em;
      background: var(--_c, var(--_siip-muted));
      border: 1px solid var(--_siip-text);
      border-radius: 50%;
    }
    .swatch {
      border-radius: 0.2em;
    }
    .symbol--state {
      border-radius: 0.2em;
    }
    .symbol--region {
      border-radius: 0.15em;
      transform: rotate(45deg) scale(0.8);
    }
    /* Upright, and back to full size inside the scaled diamond. */
    .symbol--region .symbol__label {
      transform: rotate(-45deg) scale(1.25);
    }
    /* The kind legend's shapes carry no number. */
    .legend .symbol {
      inline-size: 1em;
      block-size: 1em;
    }
    .attribution {
      margin: 0.35em 0 0;
      font-size: 0.875em;
      color: var(--_siip-muted);
    }

    /* List */
    .list__note,
    .list__empty {
      margin: 0 0 0.5em;
      color: var(--_siip-muted);
    }
    .list__items {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* Rows off the screen (below a map, or down the list beside it) are laid out when they come into view. */
    .list__item {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 3.6em;
    }
    .list__button {
      display: flex;
      gap: 0.6em;
      align-items: center;
      inline-size: 100%;
      min-block-size: max(2.75em, 24px);
      padding: 0.4em 0.5em;
      font: inherit;
      text-align: start;
      color: inherit;
      background: none;
      border: 0;
      border-block-end: 1px solid var(--_siip-border);
      cursor: pointer;
    }
    .list__button:hover,
    .list__item.is-selected .list__button {
      background: var(--_siip-surface-alt);
    }
    .list__text {
      display: flex;
      flex-direction: column;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .list__name {
      font-weight: 600;
    }
    .list__meta {
      font-size: 0.875em;
      color: var(--_siip-muted);
    }
    .list__more,
    .list__all {
      margin-block-start: 0.5em;
    }
    /* Beside the map the list scrolls in its own box: every row is shown. */
    .list__all {
      display: none;
    }

    /* Details */
    .details {
      padding: 0.75em 1em;
      border: 1px solid var(--_siip-border);
      border-inline-start: 4px solid var(--_siip-accent);
      border-radius: var(--_siip-radius);
      background: var(--_siip-surface);
      overflow-wrap: anywhere;
    }
    .details__header {
      display: flex;
      justify-content: space-between;
      align-items: start;
      gap: 0.5em;
    }
    .details__heading {
      margin: 0;
      font-size: 1.15em;
    }
    .details__close {
      flex: none;
      inline-size: max(2.75em, 24px);
      block-size: max(2.75em, 24px);
      font: inherit;
      font-size: 1.4em;
      line-height: 1;
      border: 1px solid var(--_siip-border);
      border-radius: var(--_siip-radius);
      background: var(--_siip-surface);
      color: var(--_siip-text);
      cursor: pointer;
    }
    .details__list {
      margin: 0.5em 0 0;
    }
    .details__list dt {
      font-weight: 600;
      margin-block-start: 0.4em;
    }
    .details__list dd {
      margin: 0;
    }
    .details__list ul {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    /* Links in lists are targets of their own: at least 24 px tall (the text box, about 1.05em, plus this padding). */
    .details__list li a {
      padding-block: 0.4em;
    }
    .details__note,
    .muted {
      color: var(--_siip-muted);
    }
    .details__note {
      margin: 0.2em 0 0;
      font-size: 0.875em;
    }

    /*
     * Forced colours (Windows high contrast): backgrounds and shadows are dropped, so every state gets a
     * border, an outline or a system colour of its own, and markers and swatches keep their numbers.
     */
    @media (forced-colors: active) {
      .siip-marker::before,
      .siip-cluster,
      .swatch,
      .symbol {
        forced-color-adjust: none;
        background: Canvas;
        border-color: CanvasText;
        box-shadow: none;
      }
      .siip-marker,
      .siip-cluster__count,
      .swatch__label,
      .symbol__label {
        forced-color-adjust: none;
        color: CanvasText;
      }
      .siip-marker.is-selected::before {
        background: Highlight;
        border: 3px solid CanvasText;
      }
      .siip-marker.is-selected {
        color: HighlightText;
      }
      .siip-marker.is-selected,
      .siip-marker.is-highlighted {
        outline: 3px solid CanvasText;
        outline-offset: 2px;
      }
      .list__item.is-selected .list__button {
        outline: 3px solid Highlight;
        outline-offset: -3px;
      }
      .toggle [aria-pressed='true'] {
        outline: 3px solid Highlight;
        text-decoration: underline;
      }
      .siip-area {
        stroke: CanvasText;
      }
    }
  `,
];
