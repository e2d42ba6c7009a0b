import { css } from 'lit';

/**
 * Shared host styles and theme tokens. Public tokens are `--siip-*` (documented
 * on each element); private resolved values are `--_siip-*`. Full names because
 * custom properties inherit through shadow roots and short ones collide with
 * the host page's.
 */
export const themeStyles = css`
  /*
   * Dark values apply where the page (or the element) says it supports dark: light-dark() follows the used
   * color-scheme, so a page with color-scheme: light dark follows the visitor's prefers-color-scheme, dark
   * forces it, and a page that declares nothing keeps a light widget, never a dark box in a light page.
   */
  :host {
    --_siip-accent: var(--siip-color-accent, light-dark(#0b5cad, #7db7f5));
    --_siip-on-accent: var(--siip-color-on-accent, light-dark(#ffffff, #0b1220));
    --_siip-text: var(--siip-color-text, light-dark(#1b1f24, #e7ebf0));
    --_siip-muted: var(--siip-color-text-muted, light-dark(#4b5563, #b4bfcc));
    --_siip-surface: var(--siip-color-surface, light-dark(#ffffff, #121821));
    --_siip-surface-alt: var(--siip-color-surface-alt, light-dark(#f3f5f8, #1c2430));
    --_siip-border: var(--siip-color-border, light-dark(#c9d1db, #3a4656));
    --_siip-danger: var(--siip-color-danger, light-dark(#a4161a, #ff8a8a));
    --_siip-radius: var(--siip-radius, 8px);
    --_siip-space: var(--siip-spacing, 1em);
    --_siip-focus: var(--siip-color-focus, var(--_siip-accent));

    display: block;
    box-sizing: border-box;
    color: var(--_siip-text);
    background: var(--_siip-surface);
    font-family: var(--siip-font-family, inherit);
    /*
     * The widget's own base: the size it inherits from the partner's page (never the root's, which old
     * themes set to 62.5%), with a readable floor. Everything inside is sized in em from this.
     */
    font-size: var(--siip-font-size, max(1em, 14px));
    line-height: 1.5;
    text-align: start;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  :focus-visible {
    outline: 3px solid var(--_siip-focus);
    outline-offset: 2px;
  }
  [hidden] {
    display: none !important;
  }
  a {
    color: var(--_siip-accent);
  }
  .siip-button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_siip-accent);
    border-radius: var(--_siip-radius);
    background: var(--_siip-accent);
    color: var(--_siip-on-accent);
    cursor: pointer;
  }
  .siip-button--quiet {
    background: transparent;
    color: var(--_siip-accent);
  }
  /* The skip link is shown only while focused, so sighted keyboard users see where it takes them. */
  .siip-visually-hidden,
  .siip-skip-link:not(:focus) {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .siip-skip-link:focus {
    display: inline-block;
    margin-block-end: 0.5em;
    padding: 0.25em 0.5em;
  }
  .siip-skip-end:focus {
    outline: none;
  }
  .siip-error {
    border: 2px solid var(--_siip-danger);
    border-radius: var(--_siip-radius);
    padding: var(--_siip-space);
    background: var(--_siip-surface);
  }
  .siip-error__summary {
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  .siip-error__details {
    margin-block-end: 0.75em;
    color: var(--_siip-muted);
    overflow-wrap: anywhere;
  }
  .siip-loading {
    color: var(--_siip-muted);
    padding: var(--_siip-space);
  }
  .siip-untranslated {
    font-size: 0.8em;
    color: var(--_siip-muted);
    font-style: italic;
  }
  /*
   * The loading placeholder is as tall as the room the drop-in reserved before the element was defined: the
   * heights come from the drop-in's page sheet (src/entries/reserved-size.ts, --_siip-reserved-<band>), by the
   * same bands of the widget's width (its BANDS). Without the drop-in the variables are unset: no minimum.
   * .siip-staging keeps that room while a widget's first render arrives in parts (a task each).
   */
  .siip-loading {
    margin: 0;
  }
  .siip-loading,
  .siip-staging {
    min-block-size: var(--siip-reserved-height, var(--_siip-reserved-0));
  }
  @container (min-width: 20em) {
    .siip-loading,
    .siip-staging {
      min-block-size: var(--siip-reserved-height, var(--_siip-reserved-20));
    }
  }
  @container (min-width: 30em) {
    .siip-loading,
    .siip-staging {
      min-block-size: var(--siip-reserved-height, var(--_siip-reserved-30));
    }
  }
  @container (min-width: 60em) {
    .siip-loading,
    .siip-staging {
      min-block-size: var(--siip-reserved-height, var(--_siip-reserved-60));
    }
  }
`;
