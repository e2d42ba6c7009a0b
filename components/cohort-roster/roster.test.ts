import { expect } from '@open-wc/testing';
import { buildDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/schema.js';
import { buildRows, filterRows, groupByCohort, nextRowIndex, orderedCohorts, pageOfGroups, positionOf, sortRows, statesInUse } from './roster.js';
import { csvBody, csvCell, leadAgencyText, toCsv } from './roster-csv.js';
import { normalizeForSearch } from '../../src/internal/search.js';
import { loadStateNames } from '../../src/localization/state-names.js';

async function dataset(name: string): Promise<Dataset> {
  const url = new URL(`../../data/fixtures/${name}`, import.meta.url).href;
  const result = buildDataset([{ url, data: await (await fetch(url)).json() }]);
  if (!result.ok) throw new Error(result.message);
  return result.dataset;
}

const kindLabel = (kind: string) => kind;

describe('roster view logic', () => {
  it('filters by cohort, state, kind and folded text', async () => {
    const rows = buildRows(await dataset('minimal.json'), 'en');
    expect(filterRows(rows, { state: 'nv' }, 'en').map((r) => r.community.id)).to.deep.equal(['nevada']);
    expect(filterRows(rows, { kind: 'city' }, 'en').map((r) => r.community.id)).to.deep.equal(['atlanta-ga', 'buffalo-ny']);
    expect(filterRows(rows, { query: 'WELCOMING atl' }, 'en').map((r) => r.community.id)).to.deep.equal(['atlanta-ga']);
    expect(filterRows(rows, { cohort: '2021' }, 'en')).to.have.length(0);
  });

  it('searches the reader’s language and ignores accents', async () => {
    const rows = buildRows(await dataset('minimal.json'), 'es');
    expect(filterRows(rows, { query: 'trayectorias' }, 'es').map((r) => r.community.id)).to.deep.equal(['atlanta-ga']);
    expect(normalizeForSearch('São Tomé')).to.equal('sao tome');
  });

  it('sorts both ways and keeps rows without a lead agency last', async () => {
    const rows = buildRows(await dataset('minimal.json'), 'en');
    const asc = sortRows(rows, { key: 'name', direction: 'ascending' }, 'en', kindLabel).map((r) => r.name);
    expect(asc).to.deep.equal(['Atlanta, GA', 'Buffalo, NY', 'Nevada']);
    const desc = sortRows(rows, { key: 'name', direction: 'descending' }, 'en', kindLabel).map((r) => r.name);
    expect(desc).to.deep.equal(['Nevada', 'Buffalo, NY', 'Atlanta, GA']);
    const byLead = sortRows(rows, { key: 'lead', direction: 'descending' }, 'en', kindLabel).map((r) => r.community.id);
    expect(byLead[0]).to.equal('atlanta-ga');
  });

  it('groups under cohorts and keeps a cohort whose members were not published', async () => {
    const data = await dataset('minimal.json');
    const groups = groupByCohort(buildRows(data, 'en'), orderedCohorts(data));
    expect(groups.map((g) => [g.cohort?.id, g.rows.length])).to.deep.equal([
      ['2020', 3],
      ['2021', 0],
    ]);
  });

  it('groups communities as it groups their rows, and pages them into rows', async () => {
    const data = await dataset('minimal.json');
    const rows = buildRows(data, 'en');
    const ids = (groups: Array<{ cohort: { id: string }; rows: ReadonlyArray<{ id: string } | { community: { id: string } }> }>) =>
      groups.map((g) => [g.cohort.id, g.rows.map((row) => ('community' in row ? row.community.id : row.id))]);
    expect(ids(groupByCohort(data.communities, orderedCohorts(data)))).to.deep.equal(ids(groupByCohort(rows, orderedCohorts(data))));
    const page = pageOfGroups(groupByCohort(data.communities, orderedCohorts(data)), 2, (community) => rows.find((row) => row.community === community)!);
    expect(page.groups.map((g) => g.rows.map((row) => row.name))).to.deep.equal([rows.slice(0, 2).map((row) => row.name)]);
    expect([page.shown, page.hidden]).to.deep.equal([2, 1]);
  });

  it('pages across cohorts: a heading comes with its first shown row, an unpublished cohort only while there is room', async () => {
    const data = await dataset('minimal.json');
    const groups = groupByCohort(buildRows(data, 'en'), orderedCohorts(data));
    const summary = (limit: number) => {
      const page = pageOfGroups(groups, limit);
      return [page.groups.map((g) => [g.cohort?.id, g.rows.length]), page.shown, page.hidden];
    };
    expect(summary(2)).to.deep.equal([[['2020', 2]], 2, 1]);
    expect(summary(3)).to.deep.equal([[['2020', 3]], 3, 0]);
    expect(summary(20)).to.deep.equal([[['2020', 3], ['2021', 0]], 3, 0]);
  });

  it('finds a community’s place among the grouped rows, in display order', async () => {
    const rows = buildRows(await dataset('minimal.json'), 'en');
    const groups = [{ rows: rows.slice(0, 1) }, { rows: rows.slice(1) }];
    expect(positionOf(groups, rows[2].community.id)).to.equal(2);
    expect(positionOf(groups, 'nowhere')).to.equal(-1);
  });

  it('quotes CSV per RFC 4180 and neutralises spreadsheet formulas', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('line\nbreak')).to.equal('"line\nbreak"');
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(csvCell(formula)).to.equal(`"'${formula}"`);
    expect(toCsv(['a', 'b'], [['1', '=2']])).to.equal('a,b\r\n1,"\'=2"\r\n');
  });

  it('moves between rows with arrows, Home and End, without wrapping', () => {
    expect(nextRowIndex(0, 3, 'ArrowDown')).to.equal(1);
    expect(nextRowIndex(2, 3, 'ArrowDown')).to.equal(2);
    expect(nextRowIndex(0, 3, 'ArrowUp')).to.equal(0);
    expect(nextRowIndex(1, 3, 'Home')).to.equal(0);
    expect(nextRowIndex(0, 3, 'End')).to.equal(2);
    expect(nextRowIndex(0, 3, 'Tab')).to.equal(undefined);
    expect(nextRowIndex(0, 0, 'ArrowDown')).to.equal(undefined);
  });

  it('names and orders the state filter in the reader’s language, and searches state names', async () => {
    const data = await dataset('minimal.json');
    // Other languages' names of states load with that language's translations, as a widget's locale switch does.
    await Promise.all([loadStateNames('es'), loadStateNames('ar')]);
    expect(statesInUse(data, 'es').map((s) => s.name)).to.deep.equal(['Georgia', 'Nevada', 'Nueva York']);
    expect(statesInUse(data, 'ar').find((s) => s.code === 'NY')!.name).to.equal('نيويورك');
    expect(filterRows(buildRows(data, 'es'), { query: 'nueva york' }, 'es').map((r) => r.community.id)).to.deep.equal(['buffalo-ny']);
  });

  it('writes a lead agency with its role and the caveat when the role is not confirmed', async () => {
    const [row] = buildRows(await dataset('minimal.json'), 'en');
    const community = { ...row.community, leadAgency: { name: 'Agency', role: 'convener', certainty: 'reported' as const } };
    expect(leadAgencyText(community, 'en', 'not confirmed')).to.equal('Agency — convener (not confirmed)');
    expect(leadAgencyText({ ...community, leadAgency: { name: 'Agency', certainty: 'confirmed' as const } }, 'en', 'x')).to.equal('Agency');
    const body = csvBody([{ ...row, community }], 'en', { kind: (kind) => `kind:${kind}`, unconfirmed: 'not confirmed' });
    expect(body[0].slice(1, 5)).to.deep.equal(['Georgia', 'kind:city', '2020 cohort', 'Agency — convener (not confirmed)']);
  });
});
