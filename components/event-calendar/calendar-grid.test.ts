import { expect } from '@open-wc/testing';
import { addMonths, monthWeeks, moveDay, weekdayOrder, weekStartFor, weekStartFromTable } from './calendar-grid.js';

describe('week start', () => {
  it('starts the week on Sunday in en (US), Monday in es (Spain), Saturday in ar (Egypt)', () => {
    expect(weekStartFor('en')).to.equal(7);
    expect(weekStartFor('es')).to.equal(1);
    expect(weekStartFor('ar')).to.equal(6);
  });

  it('follows the region when one is given', () => {
    expect(weekStartFor('en-GB')).to.equal(1);
    expect(weekStartFor('es-MX')).to.equal(7);
  });

  it('has a fallback table that agrees with Intl for the supported languages', () => {
    for (const tag of ['en', 'es', 'ar', 'en-GB', 'es-MX', 'ar-AE', 'ar-MA']) {
      expect(weekStartFromTable(tag), tag).to.equal(weekStartFor(tag));
    }
  });

  it('lists weekday columns from the week start', () => {
    expect(weekdayOrder(6)).to.deep.equal([6, 7, 1, 2, 3, 4, 5]);
  });
});

describe('monthWeeks', () => {
  it('lays out February 2026 from Sunday with leading and trailing days', () => {
    const weeks = monthWeeks('2026-02', 7);
    expect(weeks.length).to.equal(4); // 1 Feb 2026 is a Sunday: exactly four rows.
    expect(weeks[0][0]).to.deep.equal({ date: '2026-02-01', day: 1, inMonth: true, weekday: 7 });
    expect(weeks[3][6].date).to.equal('2026-02-28');
  });

  it('lays out February 2026 from Monday, with January days first', () => {
    const weeks = monthWeeks('2026-02', 1);
    expect(weeks.length).to.equal(5);
    expect(weeks[0][0]).to.deep.include({ date: '2026-01-26', inMonth: false });
    expect(weeks[0][6]).to.deep.include({ date: '2026-02-01', inMonth: true });
    expect(weeks[4][6]).to.deep.include({ date: '2026-03-01', inMonth: false });
  });

  it('gives six rows when a month needs them', () => {
    expect(monthWeeks('2026-08', 7).length).to.equal(6); // Aug 2026 starts on Saturday, has 31 days.
  });
});

describe('moveDay', () => {
  it('moves by day and week with arrows', () => {
    expect(moveDay('2026-01-31', 'ArrowRight', 7)).to.equal('2026-02-01');
    expect(moveDay('2026-01-01', 'ArrowUp', 7)).to.equal('2025-12-25');
    expect(moveDay('2026-01-01', 'ArrowDown', 7)).to.equal('2026-01-08');
  });

  it('swaps left and right in right-to-left', () => {
    expect(moveDay('2026-01-10', 'ArrowLeft', 6, 'rtl')).to.equal('2026-01-11');
    expect(moveDay('2026-01-10', 'ArrowRight', 6, 'rtl')).to.equal('2026-01-09');
  });

  it('goes to the start and end of the week with Home and End', () => {
    // Wednesday 2026-01-14; week from Sunday: 11–17; from Monday: 12–18.
    expect(moveDay('2026-01-14', 'Home', 7)).to.equal('2026-01-11');
    expect(moveDay('2026-01-14', 'End', 7)).to.equal('2026-01-17');
    expect(moveDay('2026-01-14', 'Home', 1)).to.equal('2026-01-12');
  });

  it('clamps PageUp/PageDown to the length of the month', () => {
    expect(moveDay('2026-03-31', 'PageUp', 7)).to.equal('2026-02-28');
    expect(moveDay('2024-01-31', 'PageDown', 7)).to.equal('2024-02-29');
    expect(moveDay('2026-12-15', 'PageDown', 7)).to.equal('2027-01-15');
  });

  it('adds months across years', () => {
    expect(addMonths('2026-11', 3)).to.equal('2027-02');
    expect(addMonths('2026-01', -1)).to.equal('2025-12');
  });
});
