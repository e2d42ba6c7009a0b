import { expect } from '@open-wc/testing';
import type { SiipEvent } from '../../src/data/schema.js';
import { loadRuleEngine } from './rule-engine.js';
import { windowState } from './application-window.js';

function ev(id: string, when: SiipEvent['when'], extra: Partial<SiipEvent> = {}): SiipEvent {
  return { id, type: 'application-window', title: id, when, sources: ['src-a'], ...extra };
}

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';

describe('application windows', () => {
  // A window that repeats by a rule needs the RRULE engine, which the calendar loads on demand.
  before(() => loadRuleEngine());
  const window = ev('win', { precision: 'date', start: '2026-06-01', end: '2026-06-30' }, { type: 'application-window' });
  const at = (iso: string) => Date.parse(iso);

  it('is upcoming before it opens', () => {
    expect(windowState(window, at('2026-05-31T12:00:00Z'), { viewerZone: NY }).status).to.equal('upcoming');
  });

  it('is open while open and more than two weeks from closing', () => {
    expect(windowState(window, at('2026-06-01T12:00:00Z'), { viewerZone: NY }).status).to.equal('open');
  });

  it('is closing soon in its last two weeks', () => {
    expect(windowState(window, at('2026-06-20T12:00:00Z'), { viewerZone: NY }).status).to.equal('closing-soon');
  });

  it('stays open through the whole last day in the viewer zone, then closes', () => {
    expect(windowState(window, at('2026-07-01T03:00:00Z'), { viewerZone: NY }).status).to.equal('closing-soon'); // 23:00 on 30 June in New York
    expect(windowState(window, at('2026-07-01T05:00:00Z'), { viewerZone: NY }).status).to.equal('closed');
  });

  it('reports the next occurrence of a yearly window', () => {
    const yearly = ev('y', { precision: 'date', start: '2024-06-01', end: '2024-06-30', rrule: 'FREQ=YEARLY' }, { type: 'application-window' });
    const state = windowState(yearly, at('2026-08-01T12:00:00Z'), { viewerZone: NY });
    expect(state.status).to.equal('upcoming');
    expect(state.occurrence!.firstDay).to.equal('2027-06-01');
  });

  it('is expected when only a season is known ("each summer")', () => {
    const summer = ev('s', { precision: 'season', season: 'summer', yearly: true }, { type: 'application-window' });
    expect(windowState(summer, at('2026-08-01T12:00:00Z'), { viewerZone: NY }).status).to.equal('expected');
  });

  it('is closed when its month has passed', () => {
    const past = ev('p', { precision: 'month', month: '2018-06' }, { type: 'application-window' });
    expect(windowState(past, at('2026-08-01T12:00:00Z'), { viewerZone: NY }).status).to.equal('closed');
  });

  it('uses UTC instants for timed windows', () => {
    const timed = ev('t', { precision: 'datetime', start: '2026-06-01T09:00', end: '2026-06-05T17:00', timeZone: LA }, { type: 'application-window' });
    expect(windowState(timed, at('2026-06-05T23:59:00Z'), { viewerZone: NY }).status).to.equal('closing-soon'); // 16:59 in Los Angeles
    expect(windowState(timed, at('2026-06-06T00:00:00Z'), { viewerZone: NY }).status).to.equal('closed'); // 17:00 in Los Angeles
  });
});
