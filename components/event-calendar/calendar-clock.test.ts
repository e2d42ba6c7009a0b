import { expect } from '@open-wc/testing';
import type { Dataset, SiipEvent } from '../../src/data/schema.js';
import { dayIn, dayInMonth, isUsableMonth, isUsableZone, nowFrom, shownMonth, viewerZone } from './calendar-clock.js';
import { MonthModels } from './month-model.js';

describe('calendar clock', () => {
  it('shows times in a known zone, else in the reader\'s own', () => {
    expect(viewerZone('Asia/Tokyo')).to.equal('Asia/Tokyo');
    expect(viewerZone('Mars/Olympus')).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(isUsableZone('Mars/Olympus')).to.equal(false);
    expect(isUsableZone('')).to.equal(true);
  });

  it('reads "today" as noon of that date in the zone, an ISO instant as it is, and anything else as now', () => {
    // New York is on daylight time from 8 March 2026: noon there is 16:00 UTC.
    expect(new Date(nowFrom('2026-03-08', 'America/New_York')).toISOString()).to.equal('2026-03-08T16:00:00.000Z');
    expect(nowFrom('2026-12-03T10:00:00Z', 'UTC')).to.equal(Date.UTC(2026, 11, 3, 10));
    const before = Date.now();
    const now = nowFrom('not a date', 'UTC');
    expect(now).to.be.within(before, Date.now());
  });

  it('names the day of an instant in the viewer\'s zone', () => {
    expect(dayIn(Date.UTC(2026, 11, 3, 3), 'America/Los_Angeles')).to.equal('2026-12-02');
    expect(dayIn(Date.UTC(2026, 11, 3, 3), 'Asia/Tokyo')).to.equal('2026-12-03');
  });

  it('shows the month asked for when valid, else today\'s; focuses a day inside it', () => {
    expect(shownMonth('2027-01', '2026-12-03')).to.equal('2027-01');
    expect(shownMonth('2026-13', '2026-12-03')).to.equal('2026-12');
    expect(isUsableMonth('2026-13')).to.equal(false);
    expect(dayInMonth('2026-12', '2026-12-20', '2026-12-03')).to.equal('2026-12-20');
    expect(dayInMonth('2026-12', '2027-01-05', '2026-12-03')).to.equal('2026-12-03');
    expect(dayInMonth('2027-01', '', '2026-12-03')).to.equal('2027-01-01');
  });
});

describe('month models', () => {
  const event = (id: string, start: string, communities?: string[]): SiipEvent => ({
    id,
    type: 'meeting',
    title: id,
    when: { precision: 'date', start },
    sources: ['src-a'],
    ...(communities ? { communities } : {}),
  });
  const dataset = { events: [event('a', '2026-12-08', ['atlanta']), event('b', '2026-12-10', ['boise'])] } as unknown as Dataset;
  const query = { month: '2026-12', zone: 'UTC', types: '', community: '', today: '2026-12-03' };

  it('lists the month\'s occurrences by day, narrowed to a community when asked', () => {
    const models = new MonthModels();
    const all = models.get(dataset, query);
    expect(all.occurrences.map((o) => o.event.id)).to.deep.equal(['a', 'b']);
    expect(all.days.get('2026-12-08')?.map((o) => o.event.id)).to.deep.equal(['a']);
    expect(all.outlook).to.equal(null);
    expect(models.get(dataset, { ...query, community: 'boise' }).occurrences.map((o) => o.event.id)).to.deep.equal(['b']);
  });

  it('computes a month once while its data and question stay the same', () => {
    const models = new MonthModels();
    const first = models.get(dataset, query);
    expect(models.get(dataset, { ...query })).to.equal(first);
    expect(models.get(dataset, { ...query, today: '2026-12-04' })).not.to.equal(first);
  });
});
