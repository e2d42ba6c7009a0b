import { expect } from '@open-wc/testing';
import type { SiipEvent } from '../../src/data/schema.js';
import { loadRuleEngine } from './rule-engine.js';
import { calendarOutlook, monthOfItem } from './calendar-outlook.js';
import { rovingIndex } from './calendar-roving.js';

// Events that repeat by a rule need the RRULE engine, which the calendar loads on demand.
before(() => loadRuleEngine());

function ev(id: string, when: SiipEvent['when'], extra: Partial<SiipEvent> = {}): SiipEvent {
  return { id, type: 'meeting', title: id, when, sources: ['src-a'], ...extra };
}

const NY = 'America/New_York';
const past = [
  ev('old', { precision: 'date', start: '2023-09-21' }),
  ev('newest', { precision: 'date', start: '2025-04-22' }),
  ev('middle', { precision: 'date', start: '2024-05-01', end: '2024-05-03' }),
  ev('month-2024', { precision: 'month', month: '2024-10' }),
  ev('summer', { precision: 'season', season: 'summer', yearly: true }, { type: 'application-window' }),
  ev('ended-cadence', { precision: 'cadence', frequency: 'quarterly', from: '2023-09', until: '2024' }),
  ev('open-cadence', { precision: 'cadence', frequency: 'monthly' }),
  ev('tba', { precision: 'tba' }),
];

describe('calendarOutlook', () => {
  it('finds nothing dated ahead when every dated event is past', () => {
    expect(calendarOutlook(past, '2026-12-03', NY).upcoming).to.equal(false);
  });

  it('lists the most recent dated items, newest first, months included', () => {
    const { recent } = calendarOutlook(past, '2026-12-03', NY);
    expect(recent.map((item) => item.event.id)).to.deep.equal(['newest', 'month-2024', 'middle']);
    expect(monthOfItem(recent[1])).to.equal('2024-10');
  });

  it('expects the rhythms that have not ended, application windows first; not ended ones or tba', () => {
    const { expected } = calendarOutlook(past, '2026-12-03', NY);
    expect(expected.map((item) => item.event.id)).to.deep.equal(['summer', 'open-cadence']);
  });

  it('sees a dated event ahead, a repeating one included', () => {
    const weekly = ev('weekly', { precision: 'datetime', start: '2026-01-06T10:00', timeZone: NY, rrule: 'FREQ=WEEKLY' });
    expect(calendarOutlook([...past, weekly], '2026-12-03', NY).upcoming).to.equal(true);
    const later = ev('later', { precision: 'month', month: '2027-02' });
    expect(calendarOutlook([...past, later], '2026-12-03', NY).upcoming).to.equal(true);
  });

  it('counts an event running today as upcoming, not as past', () => {
    const running = ev('running', { precision: 'date', start: '2026-12-01', end: '2026-12-05' });
    const outlook = calendarOutlook([running], '2026-12-03', NY);
    expect(outlook.upcoming).to.equal(true);
    expect(outlook.recent).to.deep.equal([]);
  });
});

describe('rovingIndex', () => {
  it('moves one step with the arrows and stops at the ends', () => {
    expect(rovingIndex(0, 3, 'ArrowDown')).to.equal(1);
    expect(rovingIndex(2, 3, 'ArrowDown')).to.equal(2);
    expect(rovingIndex(0, 3, 'ArrowUp')).to.equal(0);
  });

  it('jumps to the ends with Home and End', () => {
    expect(rovingIndex(1, 5, 'Home')).to.equal(0);
    expect(rovingIndex(1, 5, 'End')).to.equal(4);
  });
});
