/**
 * The room each widget takes before its code and its data arrive, so a partner page does not jump while it
 * loads (issue 12: cumulative layout shift ≤ 0.05). One table, used twice:
 *
 * - the drop-in (src/entries/autoload.ts) adopts `reservedSizeSheet()` into the page at once, so an element
 *   that is not defined yet already has its final height;
 * - the same sheet hands the heights to the defined element as private custom properties
 *   (`--_siip-reserved-<band>`), which cross into its shadow root: the loading placeholder (`part="loading"`,
 *   src/internal/data-state-view.ts) takes them by the same bands in the shared theme (theme.styles.ts), so the
 *   swap from one to the other does not move. The theme does not import this file: the build puts what the
 *   theme imports into the shared core chunk, and the drop-in's entry must not load that before any widget.
 *
 * Heights are in em of the widget's own base (`--siip-font-size`, as in theme.styles.ts) and depend on the
 * widget's own width, as its layouts do: a container query on the element picks the band. The figures are the
 * heights of the widgets with the national dataset in English, measured at 300, 380, 620 and 1152 px wide with a
 * 16 px base (the README lists them). A page changes them with `--siip-reserved-height` on the element.
 */
/**
 * Widths (em of the widget's base) at which the reserved height changes: a 300 px sidebar, a phone's column,
 * a content column, a wide page. theme.styles.ts repeats them for the loading placeholder.
 */
export const BANDS = [0, 20, 30, 60] as const;

/** The map's own height, as community-map.styles.ts resolves it, for the layouts that show the map. */
const MAP = 'var(--siip-map-height, 28em)';

type Heights = readonly [string, string, string, string];

/** Reserved height per widget, one per band of BANDS. */
export const RESERVED_HEIGHTS: Readonly<Record<'siip-community-map' | 'siip-pathway-finder' | 'siip-cohort-roster' | 'siip-event-calendar', Heights>> = {
  // List first under 30em; map above its list under 60em; map beside its list above.
  'siip-community-map': ['79em', '76.5em', `calc(${MAP} + 56em)`, `calc(${MAP} + 19em)`],
  // Pickers, the summary and the steps closed (they open in place).
  'siip-pathway-finder': ['115em', '101em', '76em', '70.5em'],
  // The first page of rows (cards under 30em, a table above).
  'siip-cohort-roster': ['160em', '146em', '111.5em', '106.5em'],
  // The month grid with its toolbar.
  'siip-event-calendar': ['78.5em', '75em', '55em', '53.5em'],
};

/** The widget's base size, the same expression as the host's in theme.styles.ts. */
export const WIDGET_FONT_SIZE = 'var(--siip-font-size, max(1em, 14px))';

/**
 * The page-level stylesheet of the drop-in. Zero specificity (`:where`), so any rule of the page wins.
 * An element not defined yet is a block whose `::before` has the reserved height of the band its width falls
 * in: a container query cannot style the container itself, so the element is the container and its `::before`
 * the box that reads its width.
 */
export function reservedSizeSheet(): string {
  const tags = Object.keys(RESERVED_HEIGHTS) as Array<keyof typeof RESERVED_HEIGHTS>;
  const waiting = `:where(:is(${tags.join()}):not(:defined))`;
  const heights = tags.map((tag) => `:where(${tag}){${BANDS.map((band, i) => `--_siip-reserved-${band}:${RESERVED_HEIGHTS[tag][i]}`).join(';')}}`);
  const bands = BANDS.map((band) => {
    const rule = `${waiting}::before{block-size:var(--siip-reserved-height,var(--_siip-reserved-${band}))}`;
    return band === 0 ? rule : `@container (min-width:${band}em){${rule}}`;
  });
  return [...heights, `${waiting}{display:block;container-type:inline-size;font-size:${WIDGET_FONT_SIZE}}`, `${waiting}::before{content:'';display:block}`, ...bands].join('\n');
}
