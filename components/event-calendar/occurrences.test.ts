import { expect } from '@open-wc/testing';
import type { SiipEvent } from '../../src/data/schema.js';
import {
  approximateInMonth,
  byDay,
  neighbour,
  occurrencesBetween,
  occurrencesInMonth,
  parseTypes,
  recurrenceNote,
  toBeAnnounced,
} from './occurrences.js';
import { loadRuleEngine } from './rule-engine.js';

// Events that repeat by a rule need the RRULE engine, which the calendar loads on demand.
before(() => loadRuleEngine());

function ev(id: string, when: SiipEvent['when'], extra: Partial<SiipEvent> = {}): SiipEvent {
  return { id, type: 'meeting', title: id, when, sources: ['src-a'], ...extra };
}

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';

describe('occurrences', () => {
  it('places an evening New York call on the next day for a viewer in Tokyo', () => {
    const call = ev('call', { precision: 'datetime', start: '2026-03-10T20:00', end: '2026-03-10T21:00', timeZone: NY });
    const [ny] = occurrencesBetween([call], '2026-03-01', '2026-03-31', NY);
    const [tokyo] = occurrencesBetween([call], '2026-03-01', '2026-03-31', 'Asia/Tokyo');
    expect(ny.firstDay).to.equal('2026-03-10');
    expect(tokyo.firstDay).to.equal('2026-03-11');
    expect(tokyo.occurrenceStart).to.equal('2026-03-11T00:00:00.000Z');
  });

  it('expands a recurring call into the month with wall-clock times kept across DST', () => {
    const call = ev('call', { precision: 'datetime', start: '2026-01-20T14:00', end: '2026-01-20T15:00', timeZone: NY, rrule: 'FREQ=MONTHLY;BYDAY=3TU' });
    const march = occurrencesInMonth([call], '2026-03', LA);
    expect(march.length).to.equal(1);
    expect(march[0].occurrenceStart).to.equal('2026-03-17T18:00:00.000Z');
    expect(march[0].end - march[0].start).to.equal(3_600_000);
    expect(march[0].recurring).to.equal(true);
  });

  it('puts a multi-day all-day event on each of its days, end inclusive', () => {
    const convening = ev('conv', { precision: 'date', start: '2026-06-09', end: '2026-06-11' });
    const list = occurrencesInMonth([convening], '2026-06', NY);
    const days = byDay(list, '2026-06-01', '2026-06-30');
    expect([...days.keys()]).to.deep.equal(['2026-06-09', '2026-06-10', '2026-06-11']);
  });

  it('includes a multi-day event that starts in the previous month', () => {
    const span = ev('span', { precision: 'date', start: '2026-05-30', end: '2026-06-02' });
    const list = occurrencesInMonth([span], '2026-06', NY);
    expect(list.length).to.equal(1);
    expect([...byDay(list, '2026-06-01', '2026-06-30').keys()]).to.deep.equal(['2026-06-01', '2026-06-02']);
  });

  it('does not let an event ending at midnight spill into the next day', () => {
    const late = ev('late', { precision: 'datetime', start: '2026-04-01T22:00', end: '2026-04-02T00:00', timeZone: NY });
    const [o] = occurrencesInMonth([late], '2026-04', NY);
    expect(o.lastDay).to.equal('2026-04-01');
  });

  it('shows only the first occurrence when the rule cannot be expanded, and says it repeats elsewhere', () => {
    for (const rrule of ['FREQ=HOURLY', 'FREQ=MONTHLY;X-NOTE=1', 'FREQ=DAILY;COUNT=2;UNTIL=20260101']) {
      const odd = ev('odd', { precision: 'date', start: '2026-04-01', rrule });
      const list = occurrencesBetween([odd], '2026-01-01', '2026-12-31', NY);
      expect(list.length, rrule).to.equal(1);
      expect(list[0].ruleIgnored).to.equal(true);
      expect(recurrenceNote(list[0])).to.equal('repeats-elsewhere');
    }
  });

  it('expands rules with BYSETPOS and BYHOUR that used to show once (issue 14)', () => {
    const lastWeekday = ev('last', { precision: 'datetime', start: '2026-01-30T16:00', timeZone: NY, rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1' });
    const twice = ev('twice', { precision: 'datetime', start: '2026-03-03T10:00', end: '2026-03-03T11:00', timeZone: NY, rrule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=10,18;COUNT=4' });
    const march = occurrencesInMonth([lastWeekday, twice], '2026-03', NY);
    expect(march.map((o) => `${o.event.id} ${o.occurrenceStart}`)).to.deep.equal([
      'twice 2026-03-03T15:00:00.000Z',
      'twice 2026-03-03T23:00:00.000Z',
      'twice 2026-03-10T14:00:00.000Z',
      'twice 2026-03-10T22:00:00.000Z',
      'last 2026-03-31T20:00:00.000Z',
    ]);
    expect(march.every((o) => recurrenceNote(o) === 'repeats' && !o.ruleIgnored)).to.equal(true);
    // The second session keeps the event's duration.
    expect(march[1].end - march[1].start).to.equal(3_600_000);
  });

  it('says nothing about recurrence for a single event', () => {
    const [once] = occurrencesInMonth([ev('once', { precision: 'date', start: '2026-04-01' })], '2026-04', NY);
    expect(recurrenceNote(once)).to.equal(null);
  });

  it('never places month, season, cadence or tba events on a day', () => {
    const events = [
      ev('m', { precision: 'month', month: '2026-06' }),
      ev('s', { precision: 'season', season: 'summer', year: 2026 }),
      ev('c', { precision: 'cadence', frequency: 'monthly' }),
      ev('t', { precision: 'tba' }),
    ];
    expect(occurrencesInMonth(events, '2026-06', NY)).to.deep.equal([]);
  });

  it('lists month and season items in the months they cover', () => {
    const events = [
      ev('m', { precision: 'month', month: '2018-06' }),
      ev('span', { precision: 'month', month: '2018-05', endMonth: '2018-07' }),
      ev('s', { precision: 'season', season: 'summer', year: 2018 }),
      ev('yearly', { precision: 'season', season: 'summer', yearly: true, year: 2019 }),
    ];
    expect(approximateInMonth(events, '2018-06').map((i) => i.event.id)).to.deep.equal(['m', 'span', 's']);
    expect(approximateInMonth(events, '2018-09').map((i) => i.event.id)).to.deep.equal([]);
    expect(approximateInMonth(events, '2030-07').map((i) => i.event.id)).to.deep.equal(['yearly']);
  });

  it('ends a yearly season in its last year', () => {
    const window = ev('window', { precision: 'season', season: 'summer', yearly: true, year: 2018, lastYear: 2023 });
    expect(approximateInMonth([window], '2023-07')).to.have.length(1);
    expect(approximateInMonth([window], '2024-07')).to.have.length(0);
  });

  it('lists cadence items only within their from/until span', () => {
    const calls = ev('calls', { precision: 'cadence', frequency: 'monthly', from: '2023-09', until: '2024' });
    expect(approximateInMonth([calls], '2023-08')).to.have.length(0);
    expect(approximateInMonth([calls], '2023-09')).to.have.length(1);
    expect(approximateInMonth([calls], '2024-12')).to.have.length(1);
    expect(approximateInMonth([calls], '2025-01')).to.have.length(0);
  });

  it('collects to-be-announced events separately', () => {
    expect(toBeAnnounced([ev('t', { precision: 'tba' }), ev('m', { precision: 'month', month: '2026-01' })]).map((i) => i.event.id)).to.deep.equal(['t']);
  });

  it('finds the next and previous dated item for an empty month', () => {
    const events = [
      ev('past', { precision: 'month', month: '2018-06' }),
      ev('future', { precision: 'date', start: '2027-02-03' }),
      ev('later', { precision: 'date', start: '2027-05-01' }),
    ];
    expect(neighbour(events, '2026-11', 1, NY)).to.deep.include({ month: '2027-02' });
    expect(neighbour(events, '2026-11', 1, NY)!.item.event.id).to.equal('future');
    expect(neighbour(events, '2026-11', -1, NY)!.item.event.id).to.equal('past');
    expect(neighbour(events, '2027-06', 1, NY)).to.equal(null);
  });

  it('reads the types attribute, ignoring unknown names', () => {
    expect([...parseTypes(' meeting,training , bogus')]).to.deep.equal(['meeting', 'training']);
    expect(parseTypes('').size).to.equal(6);
  });
});
