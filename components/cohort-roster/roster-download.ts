/**
 * The roster's "Download CSV": loaded on the first click, so the first render does not carry it.
 */
import { msg } from '@lit/localize';
import { communityKindLabel } from '../../src/internal/community-kinds.js';
import { downloadBlob } from '../../src/internal/download.js';
import { withLocale } from '../../src/localization/locale.js';
import type { RosterRow } from './roster.js';
import { csvBody, toCsv } from './roster-csv.js';

/** Saves `rows` as `siip-communities.csv`, every label and name in `locale`, through a link in `root`. */
export function downloadRosterCsv(root: ParentNode, rows: readonly RosterRow[], locale: string): void {
  // Outside render(), msg() would answer in the page's language: ask in the widget's.
  const csv = withLocale(locale, () =>
    toCsv(
      [msg('Community'), msg('State'), msg('Type'), msg('Cohorts'), msg('Lead agency'), msg('Focus')],
      csvBody(rows, locale, { kind: communityKindLabel, unconfirmed: msg('role not confirmed by the program') }),
    ),
  );
  // A byte-order mark so spreadsheet programs read the UTF-8 names correctly.
  downloadBlob(root, new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), 'siip-communities.csv');
}
