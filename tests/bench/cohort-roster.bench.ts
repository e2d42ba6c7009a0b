// First render and a filter keystroke at 1,000 and 10,000 communities: <siip-cohort-roster> against a
// hand-written table that renders the same first page of rows from the same JSON, in the same run.
import '../../components/cohort-roster/cohort-roster.js';
import type { SiipCohortRoster } from '../../components/cohort-roster/cohort-roster.component.js';
import { fail, medianOf, nextPaint, publish, round } from './bench-utils.js';

const stage = document.getElementById('stage')!;
const STATES = ['GA', 'TX', 'NY', 'CA', 'OH', 'MI', 'WA', 'CO'];

function syntheticDataset(count: number) {
  const cohorts = ['2018', '2019', '2020', '2022-2023'];
  return {
    schemaVersion: '1.0.0',
    dataVersion: `bench.${count}`,
    asOf: '2026-11-23',
    sources: [{ id: 's', title: 'Synthetic', url: 'https://example.org/', accessed: '2026-11-23' }],
    programs: [{ id: 'siip', name: 'SIIP', operator: 'WES', description: 'x', sources: ['s'] }],
    cohorts: cohorts.map((id, i) => ({ id, program: 'siip', name: `${id} cohort`, ordinal: i + 1, membersPublished: true, sources: ['s'] })),
    communities: Array.from({ length: count }, (_, i) => ({
      id: `community-${i}`,
      name: `Community ${i} ${String.fromCharCode(65 + (i % 26))}`,
      kind: i % 3 === 0 ? 'state' : 'city',
      states: [STATES[i % STATES.length]],
      cohorts: [cohorts[i % cohorts.length]],
      leadAgency: { name: `Agency ${i}` },
      sources: ['s'],
    })),
    providers: [],
    professions: [],
    events: [],
  };
}

type Json = ReturnType<typeof syntheticDataset>;

/** The floor: a plain table of the first page of matching rows, rebuilt with DOM calls. */
function handWritten(data: Json, query: string, pageSize = 100): HTMLElement {
  const table = document.createElement('table');
  const body = table.createTBody();
  const needle = query.toLowerCase();
  let shown = 0;
  for (const c of data.communities) {
    if (needle && !`${c.name} ${c.leadAgency.name} ${c.states.join(' ')}`.toLowerCase().includes(needle)) continue;
    if (shown++ >= pageSize) break;
    const row = body.insertRow();
    for (const text of [c.name, c.states.join(', '), c.kind, c.cohorts.join(' '), c.leadAgency.name]) row.insertCell().textContent = text;
  }
  return table;
}

async function run() {
  const rows = [];
  for (const count of [1_000, 10_000]) {
    const data = syntheticDataset(count);
    const json = JSON.stringify(data);
    // A fresh URL per run makes each first render include fetch, parse and validation.
    const freshUrl = () => URL.createObjectURL(new Blob([json], { type: 'application/json' }));

    const oursCold = await medianOf(5, async () => {
      stage.replaceChildren();
      const url = freshUrl();
      const start = performance.now();
      const el = document.createElement('siip-cohort-roster') as SiipCohortRoster;
      el.setAttribute('src', url);
      el.setAttribute('group-by', 'none');
      stage.append(el);
      while (!el.shadowRoot?.querySelector('.count')) await new Promise((r) => setTimeout(r, 0));
      await nextPaint();
      return performance.now() - start;
    });
    const baselineCold = await medianOf(5, async () => {
      stage.replaceChildren();
      const url = freshUrl();
      const start = performance.now();
      const parsed = (await (await fetch(url)).json()) as Json;
      stage.append(handWritten(parsed, ''));
      await nextPaint();
      return performance.now() - start;
    });

    // Filter keystroke on an already rendered widget.
    stage.replaceChildren();
    const el = document.createElement('siip-cohort-roster') as SiipCohortRoster;
    el.setAttribute('src', freshUrl());
    el.setAttribute('group-by', 'none');
    stage.append(el);
    while (!el.shadowRoot?.querySelector('.count')) await new Promise((r) => setTimeout(r, 0));
    let flip = false;
    const oursKey = await medianOf(9, async () => {
      flip = !flip;
      const start = performance.now();
      el.query = flip ? 'community 1' : 'community';
      await el.updateComplete;
      await nextPaint();
      return performance.now() - start;
    });
    stage.replaceChildren();
    let table = handWritten(data, '');
    stage.append(table);
    const baselineKey = await medianOf(9, async () => {
      flip = !flip;
      const start = performance.now();
      const next = handWritten(data, flip ? 'community 1' : 'community');
      table.replaceWith(next);
      table = next;
      await nextPaint();
      return performance.now() - start;
    });
    rows.push({
      communities: count,
      'first render ours (ms)': round(oursCold),
      'first render hand-written (ms)': round(baselineCold),
      'first render ratio': round(oursCold / baselineCold, 2),
      'keystroke ours (ms)': round(oursKey),
      'keystroke hand-written (ms)': round(baselineKey),
      'keystroke ratio': round(oursKey / baselineKey, 2),
    });
  }
  publish(
    'siip-cohort-roster vs a hand-written table (same JSON, same 100-row page), median of 5 (render) / 9 (keystroke)',
    rows,
    'Ours includes zod validation of every record and the full filter/sort over all rows; the baseline only parses JSON.',
  );
}

run().catch(fail);
