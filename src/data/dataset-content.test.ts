import { expect } from '@open-wc/testing';
import { loadDataset } from './load.js';
import { STATE_CODES, type Dataset } from './schema.js';
import { missingTranslations } from './translations.js';

/**
 * What a reader can act on: the built-in dataset's content rules (issue 9). Each check names the records
 * that break it, so a data release that forgets an authority, a date or a translation fails here.
 */
async function builtIn(): Promise<Dataset> {
  const result = await loadDataset([new URL('../../data/siip-dataset.json', import.meta.url).href]);
  if (!result.ok) throw new Error(result.message);
  return result.dataset as Dataset;
}

describe('the built-in dataset, as a reader acts on it', () => {
  /**
   * Jurisdictions (of 52) whose authority a source we read names with an https page of its own. The goal is
   * 50 for every profession; where the sources we could read fall short, the floor is what this release has,
   * so an authority can be added but never silently lost. The rest link the profession's national directory.
   */
  const AUTHORITIES_AT_LEAST: Record<string, number> = {
    'registered-nurse': 50,
    pharmacist: 50,
    physician: 51,
    'engineer-pe': 42,
    cpa: 50,
    'k12-teacher': 50,
  };

  it('names a sourced licensing authority with its own https page per jurisdiction (floors above), and a national directory for the rest', async () => {
    const { professions, sources } = await builtIn();
    const sourceIds = new Set(sources.map((source) => source.id));
    const faults: string[] = [];
    for (const profession of professions) {
      const boards = profession.boards ?? {};
      const named = STATE_CODES.filter((code) => boards[code]);
      const floor = AUTHORITIES_AT_LEAST[profession.id] ?? 50;
      if (named.length < floor) faults.push(`${profession.id}: ${named.length}/52 jurisdictions name an authority (at least ${floor})`);
      if (!profession.directory) faults.push(`${profession.id}: no national directory for the other jurisdictions`);
      for (const [code, authority] of Object.entries(boards)) {
        if (!authority.url.startsWith('https://')) faults.push(`${profession.id}.boards.${code}: not an https page`);
        if (!authority.sources?.length) faults.push(`${profession.id}.boards.${code}: cites no source`);
        for (const id of authority.sources ?? []) if (!sourceIds.has(id)) faults.push(`${profession.id}.boards.${code}: unknown source ${id}`);
      }
    }
    expect(faults, faults.join('\n')).to.deep.equal([]);
  });

  it('dates every source by its own date (or says it is undated) and every figure by the date of the figure', async () => {
    const { professions, sources } = await builtIn();
    const faults: string[] = [];
    for (const source of sources) {
      const dated = [source.published, source.updated, source.undated].filter((value) => value !== undefined);
      if (dated.length !== 1) faults.push(`sources.${source.id}: ${dated.length} of published/updated/undated`);
    }
    for (const profession of professions) {
      if (profession.overallTime && !profession.overallTime.asOf) faults.push(`${profession.id}.overallTime: no asOf`);
      for (const step of profession.steps) {
        if (step.cost && !step.cost.asOf) faults.push(`${profession.id}.${step.id}.cost: no asOf`);
        if (step.time && !step.time.asOf) faults.push(`${profession.id}.${step.id}.time: no asOf`);
      }
    }
    expect(faults, faults.join('\n')).to.deep.equal([]);
  });

  it('has Spanish and Arabic for every text of professions, communities and events', async () => {
    const { professions, communities, events } = await builtIn();
    const faults = missingTranslations({ professions, communities, events }).map(({ path, missing }) => `${path}: no ${missing.join(', ')}`);
    expect(faults, `${faults.length} texts:\n${faults.slice(0, 30).join('\n')}`).to.deep.equal([]);
  });

  it('gives every state with a SIIP community at least one sourced state note per profession (known gaps listed)', async () => {
    /** Pairs no source we could read covers: Maine's board publishes nothing for nurses educated abroad that we found. */
    const KNOWN_GAPS = new Set(['registered-nurse/ME']);
    const { professions, communities, sources } = await builtIn();
    const sourceIds = new Set(sources.map((source) => source.id));
    const siipStates = [...new Set(communities.flatMap((community) => community.states ?? []))].sort();
    const faults: string[] = [];
    for (const profession of professions) {
      for (const state of siipStates) {
        const notes = profession.steps.flatMap((step) => (step.stateNotes?.[state] ? [step.stateNotes[state]] : []));
        if (!notes.length && !KNOWN_GAPS.has(`${profession.id}/${state}`)) faults.push(`${profession.id}/${state}: no state note`);
        for (const note of notes) if (!note.sources?.length || note.sources.some((id) => !sourceIds.has(id))) faults.push(`${profession.id}/${state}: a note without a known source`);
      }
    }
    expect(siipStates.length).to.be.greaterThan(20);
    expect(faults).to.deep.equal([]);
  });

  it('ends the recurring events (an RRULE with UNTIL or COUNT, a cadence with until) of every cohort, so no finished cohort meets forever', async () => {
    const { events } = await builtIn();
    const endless = events
      .filter((event) => {
        const when = event.when;
        if ('rrule' in when && when.rrule) return !/(?:^|;)\s*(?:UNTIL|COUNT)=/i.test(when.rrule);
        return when.precision === 'cadence' && (event.cohorts?.length ?? 0) > 0 && !when.until;
      })
      .map((event) => event.id);
    expect(endless).to.deep.equal([]);
  });
});
