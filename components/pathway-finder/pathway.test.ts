import { expect } from '@open-wc/testing';
import { loadDataset } from '../../src/data/load.js';
import { STATE_CODES, type Dataset } from '../../src/data/schema.js';
import {
  allSteps,
  appliesIn,
  authorityFor,
  daysInBestUnit,
  formatDuration,
  formatMoney,
  hasUnreviewedTranslation,
  helpersIn,
  nextStep,
  resolvePathway,
  totalRange,
  type Pathway,
} from './pathway.js';
import { formatPartialDate, isStale, sourceDating } from './figure-dates.js';
import type { Community, Profession, Step } from '../../src/data/schema.js';

const url = (path: string) => new URL(`../../data/${path}`, import.meta.url).href;

async function load(path: string): Promise<Dataset> {
  const result = await loadDataset([url(path)]);
  if (!result.ok) throw new Error(`${path}: ${result.message}`);
  return result.dataset;
}

function resolved(dataset: Dataset, profession: string, state?: string): Pathway {
  const result = resolvePathway(dataset, profession, state);
  if (!result.ok) throw new Error(`${profession} × ${state}: ${result.reason}`);
  return result.pathway;
}

describe('resolvePathway (fixture)', () => {
  let dataset: Dataset;
  before(async () => {
    dataset = await load('fixtures/pathway-finder-basic.json');
  });

  it('puts required and conditional steps on the main line, numbered in order', () => {
    const pathway = resolved(dataset, 'registered-nurse', 'NY');
    expect(pathway.steps.map((s) => [s.number, s.step.id])).to.deep.equal([
      [1, 'rn-credentials'],
      [2, 'rn-english'],
      [3, 'rn-apply'],
      [4, 'rn-nclex'],
    ]);
  });

  it('attaches an alternative to the main step with the same order', () => {
    const pathway = resolved(dataset, 'registered-nurse', 'NY');
    expect(pathway.steps[1].alternatives.map((a) => [a.number, a.step.id])).to.deep.equal([[2, 'rn-bridge']]);
  });

  it('keeps optional steps out of the main line', () => {
    const pathway = resolved(dataset, 'registered-nurse', 'NY');
    expect(pathway.optional.map((s) => s.step.id)).to.deep.equal(['rn-volunteer']);
    expect(pathway.steps.some((s) => s.step.kind === 'optional')).to.equal(false);
  });

  it('uses the state note and its board where the dataset has one', () => {
    const info = resolved(dataset, 'registered-nurse', 'NY').steps[0].state;
    expect(info.status).to.equal('state-note');
    expect(info.board?.name).to.equal('NYSED Office of the Professions');
  });

  it('falls back to the profession board for a state note without its own board', () => {
    const info = resolved(dataset, 'registered-nurse', 'NY').steps[2].state;
    expect(info.status).to.equal('state-note');
    expect(info.board?.name).to.equal('New York State Education Department, Office of the Professions');
  });

  it('says "check with the board" and names the board for a state without a note', () => {
    const info = resolved(dataset, 'registered-nurse', 'CA').steps[0].state;
    expect(info.status).to.equal('check-board');
    expect(info.board?.name).to.equal('California Board of Registered Nursing');
  });

  it('leaves the board unnamed (board kind only) where the dataset names none', () => {
    const info = resolved(dataset, 'registered-nurse', 'TX').steps[0].state;
    expect(info.status).to.equal('check-board');
    expect(info.board).to.equal(undefined);
    expect(info.boardKind).to.deep.include({ en: 'state board of nursing' });
  });

  it('marks steps that are the same everywhere', () => {
    expect(resolved(dataset, 'registered-nurse', 'TX').steps[3].state.status).to.equal('same-everywhere');
  });

  it('asks for a state when none is chosen', () => {
    const pathway = resolved(dataset, 'registered-nurse');
    expect(pathway.state).to.equal(undefined);
    expect(pathway.steps[0].state.status).to.equal('choose-state');
  });

  it('accepts a lower-case state code', () => {
    expect(resolved(dataset, 'registered-nurse', ' ny ').state).to.equal('NY');
  });

  it('reports an unknown profession, an unknown state and no profession', () => {
    expect(resolvePathway(dataset, 'astronaut', 'NY')).to.deep.equal({ ok: false, reason: 'unknown-profession' });
    expect(resolvePathway(dataset, 'registered-nurse', 'ZZ')).to.deep.equal({ ok: false, reason: 'unknown-state' });
    expect(resolvePathway(dataset, '', 'NY')).to.deep.equal({ ok: false, reason: 'no-profession' });
  });

  it('sums cost from the figures only; conditional steps add to the upper figure only; a missing max leaves it open', () => {
    const { cost } = resolved(dataset, 'registered-nurse', 'NY').summary;
    // 350–550 + (conditional 0–300) + 100–? + 200–200
    expect(cost.min).to.equal(650);
    expect(cost.max).to.equal(undefined);
    expect(cost.missing).to.deep.equal([]);
  });

  it('sums time in days and lists steps with no time figure as missing, never guessing', () => {
    const { time } = resolved(dataset, 'registered-nurse', 'NY').summary;
    const month = 365.25 / 12;
    expect(time.min).to.be.closeTo(3 * month, 1e-9); // 2 + (conditional) + 1
    expect(time.max).to.be.closeTo(10 * month, 1e-9); // 4 + 3 + 3
    expect(time.missing).to.deep.equal(['rn-apply']);
    expect(time.counted).to.equal(3);
  });

  it('counts steps, optional steps and alternatives', () => {
    const { summary } = resolved(dataset, 'registered-nurse', 'NY');
    expect([summary.stepCount, summary.optionalCount, summary.alternativeCount]).to.deep.equal([4, 1, 1]);
  });

  it('lists the communities working in the chosen state', () => {
    expect(resolved(dataset, 'registered-nurse', 'NY').helpers.map((h) => h.community.id)).to.deep.equal(['buffalo-ny', 'nyc-ny']);
    expect(resolved(dataset, 'registered-nurse', 'WY').helpers).to.deep.equal([]);
  });
});

describe('who licenses, where a step applies, who can help, and how old a figure is', () => {
  const profession = {
    boards: { TX: { name: 'Texas Board of Nursing', url: 'https://www.bon.texas.gov/', sources: ['s'] } },
    directory: { name: 'NCSBN: contact a board of nursing', url: 'https://www.ncsbn.org/contact-bon.page', sources: ['s'] },
  } as unknown as Profession;

  it('names the state authority with its own page, else the national directory, and nothing before a state is chosen', () => {
    expect(authorityFor(profession, 'TX')).to.include({ kind: 'authority', url: 'https://www.bon.texas.gov/' });
    expect(authorityFor(profession, 'WY')).to.deep.equal({ kind: 'directory', name: 'NCSBN: contact a board of nursing', url: 'https://www.ncsbn.org/contact-bon.page' });
    expect(authorityFor(profession, undefined)).to.equal(undefined);
    expect(authorityFor({} as Profession, 'WY')).to.equal(undefined);
  });

  it('keeps a state’s own step out of every other state’s plan', () => {
    const georgiaOnly = { onlyIn: ['GA'] } as unknown as Step;
    expect([appliesIn(georgiaOnly, 'GA'), appliesIn(georgiaOnly, 'TX'), appliesIn(georgiaOnly, undefined)]).to.deep.equal([true, false, false]);
    expect(appliesIn({} as Step, 'TX')).to.equal(true);
  });

  it('offers a region’s agency only in the states a source says it serves', () => {
    const agency = { name: 'Idaho Office for Refugees', serves: ['ID'] };
    const region = { id: 'boise-slc', states: ['ID', 'UT'], leadAgency: agency } as unknown as Community;
    const city = { id: 'denver', states: ['CO'], leadAgency: { name: 'Denver office' } } as unknown as Community;
    const unsaid = { id: 'two-states', states: ['ID', 'UT'], leadAgency: { name: 'Who serves whom is unknown' } } as unknown as Community;
    expect(helpersIn([region, city, unsaid], 'ID').map((h) => [h.community.id, h.agency?.name])).to.deep.equal([
      ['boise-slc', 'Idaho Office for Refugees'],
      ['two-states', undefined],
    ]);
    expect(helpersIn([region, city, unsaid], 'UT').map((h) => h.agency)).to.deep.equal([undefined, undefined]);
    expect(helpersIn([region, city], 'CO')[0].agency?.name).to.equal('Denver office');
  });

  it('marks a figure stale three years after the end of the period it names', () => {
    const today = new Date(Date.UTC(2026, 11, 3));
    expect(isStale('2024', today)).to.equal(false);
    expect(isStale('2023', today)).to.equal(false); // ends 2024-01-01: 2.9 years
    expect(isStale('2023-11', today)).to.equal(true); // ends 2023-12-01
    expect(isStale('2019', today)).to.equal(true);
    expect(isStale('2023-12-31', today)).to.equal(false);
    expect(isStale(undefined, today), 'an undated figure may have changed').to.equal(true);
  });
});

describe('totalRange', () => {
  it('reports every step as missing when none has a figure', () => {
    const steps = [{ id: 'a', kind: 'required' }, { id: 'b', kind: 'required' }] as never[];
    expect(totalRange(steps, () => undefined)).to.deep.equal({ min: 0, max: 0, missing: ['a', 'b'], counted: 0 });
  });
});

describe('formatting', () => {
  it('chooses a readable unit and rounds outwards', () => {
    expect(daysInBestUnit(10, 20)).to.deep.equal({ unit: 'week', min: 1, max: 3 });
    expect(daysInBestUnit(365.25 / 4, 365.25)).to.deep.equal({ unit: 'month', min: 3, max: 12 });
    expect(daysInBestUnit(365.25, 1000)).to.deep.equal({ unit: 'year', min: 1, max: 2.8 });
  });

  it('formats money and durations as ranges in the reader’s language', () => {
    expect(formatMoney(350, 550, 'en')).to.match(/^\$350\s?–\s?\$550$/);
    expect(formatMoney(200, 200, 'en')).to.equal('$200');
    // Arabic: the figures as Intl writes them, with "US$" isolated so it is not split around the number.
    const plain = new Intl.NumberFormat('ar', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(550);
    const isolated = formatMoney(550, 550, 'ar')!;
    expect(isolated.replace(/[\u2066\u2069]/g, '')).to.equal(plain);
    expect(isolated).to.contain('\u2066US$\u2069');
    expect(formatDuration({ min: 2, max: 4, unit: 'months' }, 'en')).to.equal('2–4 months');
    expect(formatDuration({ min: 2, max: 4, unit: 'months' }, 'es')).to.match(/^2\s?[-–]\s?4 meses$/);
    expect(formatDuration({ unit: 'weeks' }, 'en')).to.equal(undefined);
  });

  it('formats partial dates at their own precision', () => {
    expect(formatPartialDate('2025', 'en')).to.equal('2025');
    expect(formatPartialDate('2025-06', 'en')).to.equal('June 2025');
    expect(formatPartialDate('2025-06-01', 'en')).to.equal('June 1, 2025');
  });

  it('dates figures in the Gregorian calendar in Persian, as the calendar widget does', () => {
    // fa's default calendar is the Solar Hijri one: 2025 would read ۱۴۰۳ or ۱۴۰۴.
    expect(formatPartialDate('2025-06', 'fa')).to.equal(new Intl.DateTimeFormat('fa-u-ca-gregory', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 5, 1)));
    expect(formatPartialDate('2025', 'fa')).to.include('۲۰۲۵');
  });
});

describe('resolvePathway (the real dataset)', () => {
  let dataset: Dataset;
  before(async () => {
    dataset = await load('siip-dataset.json');
  });

  it('has the six professions', () => {
    expect(dataset.professions.map((p) => p.id).sort()).to.deep.equal(
      ['cpa', 'engineer-pe', 'k12-teacher', 'pharmacist', 'physician', 'registered-nurse'].sort(),
    );
  });

  it('resolves every profession for every state, DC and Puerto Rico, with a main line', () => {
    for (const profession of dataset.professions) {
      for (const state of STATE_CODES) {
        const pathway = resolved(dataset, profession.id, state);
        expect(pathway.steps.length, `${profession.id} × ${state}`).to.be.greaterThan(0);
        expect(pathway.steps.map((s) => s.number)).to.deep.equal(pathway.steps.map((_, i) => i + 1));
        for (const item of allSteps(pathway)) {
          if (item.state.status === 'state-note') expect(item.state.note, `${item.step.id} × ${state}`).to.not.equal(undefined);
          expect(item.state.status, `${item.step.id} × ${state}`).to.not.equal('choose-state');
        }
      }
    }
  });

  it('gives every step, and every state note, at least one known source', () => {
    const known = new Set(dataset.sources.map((s) => s.id));
    for (const profession of dataset.professions) {
      for (const step of profession.steps) {
        expect(step.sources.length, step.id).to.be.greaterThan(0);
        expect(step.sources.every((id) => known.has(id)), step.id).to.equal(true);
        for (const [state, note] of Object.entries(step.stateNotes ?? {})) {
          expect(note!.sources.length, `${step.id} × ${state}`).to.be.greaterThan(0);
        }
      }
    }
  });

  it('never invents a total: a summary counts only steps with figures', () => {
    for (const profession of dataset.professions) {
      const { summary, steps } = resolved(dataset, profession.id, 'NY');
      expect(summary.cost.counted + summary.cost.missing.length).to.equal(steps.length);
      expect(summary.time.counted + summary.time.missing.length).to.equal(steps.length);
    }
  });
});

describe('what to do next, a source’s own date, and unreviewed translations', () => {
  it('names the first main step not yet done, and nothing when all are done', async () => {
    const result = await loadDataset([new URL('../../data/fixtures/pathway-finder-basic.json', import.meta.url).href]);
    if (!result.ok) throw new Error('fixture did not load');
    const outcome = resolvePathway(result.dataset, 'registered-nurse', 'NY');
    if (!outcome.ok) throw new Error('no pathway');
    const pathway = outcome.pathway;
    expect(nextStep(pathway, new Set())?.step.id).to.equal('rn-credentials');
    expect(nextStep(pathway, new Set(['rn-credentials', 'rn-bridge']))?.step.id).to.equal('rn-english');
    expect(nextStep(pathway, new Set(pathway.steps.map((s) => s.step.id)))).to.equal(undefined);
  });

  it('prefers the date a source was updated, then published, else calls it undated (never the day it was read)', () => {
    expect(sourceDating({ published: '2019', updated: '2025-03' })).to.deep.equal({ kind: 'updated', date: '2025-03' });
    expect(sourceDating({ published: '2019' })).to.deep.equal({ kind: 'published', date: '2019' });
    expect(sourceDating({ accessed: '2026-11-23' } as never)).to.deep.equal({ kind: 'undated' });
  });

  it('finds unreviewed translations per language, a record’s own review winning over the dataset’s', () => {
    const records = [{ reviewed: { es: '2026-11-30' } }, {}];
    expect(hasUnreviewedTranslation({}, records, 'es')).to.equal(true);
    expect(hasUnreviewedTranslation({ reviewed: { es: '2026-11-01' } }, records, 'es')).to.equal(false);
    expect(hasUnreviewedTranslation({ reviewed: { es: '2026-11-01' } }, records, 'ar')).to.equal(true);
    expect(hasUnreviewedTranslation({}, [{ reviewed: { ar: '2026-11-30' } }], 'ar')).to.equal(false);
    expect(hasUnreviewedTranslation({}, records, 'en'), 'English is the original').to.equal(false);
    expect(hasUnreviewedTranslation({}, records, 'fr'), 'French readers see English, which needs no review').to.equal(false);
  });
});
