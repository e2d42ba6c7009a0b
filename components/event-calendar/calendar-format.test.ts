import { expect } from '@open-wc/testing';
import { calendarFormat } from './calendar-format.js';
import { agendaDays } from './calendar-grid.js';
import type { ExactOccurrence } from './occurrences.js';

const at = (iso: string) => Date.parse(iso);
const occurrence = (start: string, end: string, extra: Partial<ExactOccurrence> = {}) =>
  ({ start: at(start), end: at(end), allDay: false, ...extra }) as ExactOccurrence;

describe('CalendarFormatter', () => {
  it('is one shared formatter per locale', () => {
    expect(calendarFormat('es')).to.equal(calendarFormat('es'));
    expect(calendarFormat('es')).to.not.equal(calendarFormat('en'));
  });

  it('writes months, days and date ranges in its locale', () => {
    const en = calendarFormat('en');
    expect(en.monthTitle('2026-12')).to.equal('December 2026');
    expect(en.fullDate('2026-12-03')).to.equal('Thursday, December 3, 2026');
    expect(en.dateRange('2026-12-03', '2026-12-03')).to.equal('December 3, 2026');
    expect(en.dateRange('2026-12-03', '2026-12-05')).to.match(/^December 3\s*–\s*5, 2026$/);
    expect(calendarFormat('es').monthTitle('2026-12')).to.equal('diciembre de 2026');
  });

  it('writes a time range in the zone asked, with dates when it spans days', () => {
    const en = calendarFormat('en');
    const sameDay = occurrence('2026-12-03T19:00:00Z', '2026-12-03T20:30:00Z');
    expect(en.timeRange(sameDay, 'America/New_York', false)).to.match(/^2:00\sPM – 3:30\sPM$/);
    expect(en.timeRange(sameDay, 'America/New_York', true)).to.match(/3:30\sPM EST$/);
    const overnight = occurrence('2026-12-03T23:00:00Z', '2026-12-04T15:00:00Z');
    expect(en.timeRange(overnight, 'America/New_York', false)).to.match(/Dec 3.*Dec 4/);
  });

  it('gives the event’s own time only when its clock differs from the reader’s', () => {
    const en = calendarFormat('en');
    const event = occurrence('2026-12-03T19:00:00Z', '2026-12-03T20:00:00Z', { timeZone: 'America/Chicago' });
    expect(en.eventZoneTime(event, 'America/Chicago')).to.equal(null);
    expect(en.eventZoneTime(event, 'America/New_York')).to.match(/^1:00\sPM – 2:00\sPM CST$/);
  });

  it('names the week’s days from the first day of the week', () => {
    const days = calendarFormat('en').weekdays(7);
    expect(days.map((day) => day.long)).to.deep.equal(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
  });
});

describe('agendaDays', () => {
  it('lists each item once, under its first day in the month, days in order', () => {
    const items = [{ firstDay: '2026-12-10', id: 'b' }, { firstDay: '2026-11-28', id: 'a' }, { firstDay: '2026-12-10', id: 'c' }];
    expect(agendaDays(items, '2026-12').map(([day, list]) => [day, list.map((item) => item.id)])).to.deep.equal([
      ['2026-12-01', ['a']],
      ['2026-12-10', ['b', 'c']],
    ]);
  });
});
