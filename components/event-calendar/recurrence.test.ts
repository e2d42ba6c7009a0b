import { expect } from '@open-wc/testing';
import { civilDate, civilDateTime, civilToUtc, parseCivil, utcToCivil, zoneOffset } from './civil-time.js';
import { expandRecurrence, formatRRule, parseRRule, readRRule, type RRule } from './recurrence.js';

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const iso = (utc: number) => new Date(utc).toISOString();

function expand(start: string, rrule: string, options: { timeZone?: string; exdates?: string[]; before?: string } = {}) {
  const rule = parseRRule(rrule) as RRule;
  expect(rule, rrule).to.not.equal(null);
  return expandRecurrence({
    start: parseCivil(start),
    rule,
    timeZone: options.timeZone,
    exdates: options.exdates?.map(parseCivil),
    before: options.before ? parseCivil(options.before) : undefined,
  });
}

describe('civil times', () => {
  it('rejects impossible dates instead of rolling them over', () => {
    expect(parseCivil('2026-02-30')).to.be.NaN;
    expect(parseCivil('2024-02-29')).to.equal(Date.UTC(2024, 1, 29));
    expect(parseCivil('2026-13-01')).to.be.NaN;
  });

  it('round-trips date and date-time strings', () => {
    expect(civilDateTime(parseCivil('2026-03-08T02:30'))).to.equal('2026-03-08T02:30:00');
    expect(civilDate(parseCivil('2026-03-08T23:59:59'))).to.equal('2026-03-08');
  });
});

describe('zones', () => {
  it('converts New York wall time to UTC on both sides of the spring change', () => {
    expect(iso(civilToUtc(parseCivil('2026-03-07T14:00'), NY))).to.equal('2026-03-07T19:00:00.000Z');
    expect(iso(civilToUtc(parseCivil('2026-03-09T14:00'), NY))).to.equal('2026-03-09T18:00:00.000Z');
  });

  it('reads a time skipped by the spring gap with the offset before it (02:30 → 03:30 EDT)', () => {
    const utc = civilToUtc(parseCivil('2026-03-08T02:30'), NY);
    expect(iso(utc)).to.equal('2026-03-08T07:30:00.000Z');
    expect(civilDateTime(utcToCivil(utc, NY))).to.equal('2026-03-08T03:30:00');
  });

  it('reads a time repeated by the fall overlap as its first occurrence (EDT)', () => {
    expect(iso(civilToUtc(parseCivil('2026-11-01T01:30'), NY))).to.equal('2026-11-01T05:30:00.000Z');
  });

  it('knows Los Angeles offsets in winter and summer', () => {
    expect(zoneOffset(Date.UTC(2026, 0, 15), LA)).to.equal(-8 * 3_600_000);
    expect(zoneOffset(Date.UTC(2026, 6, 15), LA)).to.equal(-7 * 3_600_000);
  });

  it('handles zones with half-hour offsets and no DST', () => {
    expect(iso(civilToUtc(parseCivil('2026-07-01T09:00'), 'Asia/Kolkata'))).to.equal('2026-07-01T03:30:00.000Z');
  });
});

describe('parseRRule', () => {
  it('reads BYDAY with ordinals', () => {
    const rule = parseRRule('RRULE:FREQ=MONTHLY;BYDAY=3TU,-1FR')!;
    expect(rule.freq).to.equal('MONTHLY');
    expect(rule.byDay).to.deep.equal([
      { weekday: 2, nth: 3 },
      { weekday: 5, nth: -1 },
    ]);
  });

  it('refuses what is not an RRULE, and never accepts a line break', () => {
    for (const text of ['FREQ=DAILY;COUNT=2;UNTIL=20260101', 'FREQ=DAILY\r\nATTENDEE:x', '', 'BYDAY=MO', 'FREQ=FORTNIGHTLY', 'FREQ=DAILY;BYFOO=1', 'FREQ=DAILY;FREQ=WEEKLY']) {
      expect(readRRule(text).status, JSON.stringify(text)).to.equal('invalid');
      expect(readRRule(text).text).to.equal(null);
      expect(parseRRule(text)).to.equal(null);
    }
  });

  it('keeps valid rules it cannot expand, tidied, for calendar apps to expand', () => {
    expect(readRRule('FREQ=HOURLY;INTERVAL=2;COUNT=5')).to.include({ status: 'unexpandable', text: 'FREQ=HOURLY;INTERVAL=2;COUNT=5' });
    expect(readRRule('rrule: freq=monthly; x-partner-note=Ab1 ;')).to.include({ status: 'unexpandable', text: 'FREQ=MONTHLY;X-PARTNER-NOTE=Ab1' });
    expect(readRRule('RSCALE=HEBREW;FREQ=YEARLY').status).to.equal('unexpandable');
    expect(readRRule('FREQ=HOURLY').notes.join(' ')).to.match(/HOURLY is not expanded/);
  });

  it('reads hand-edited rules: trailing ";", spaces after ";" and ",", lower case', () => {
    const reading = readRRule('freq=monthly; byday=1mo, 3mo ;count=4;');
    expect(reading.status).to.equal('expandable');
    expect(reading.text).to.equal('FREQ=MONTHLY;BYDAY=1MO,3MO;COUNT=4');
    expect(reading.rule!.byDay).to.deep.equal([
      { weekday: 1, nth: 1 },
      { weekday: 1, nth: 3 },
    ]);
    expect(reading.notes.join(' ')).to.match(/trailing/);
  });

  it('reads BYSETPOS, BYHOUR and BYMINUTE', () => {
    const rule = parseRRule('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;BYHOUR=9,17;BYMINUTE=30')!;
    expect(rule).to.include.keys('bySetPos', 'byHour', 'byMinute');
    expect(formatRRule(rule)).to.equal('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,17;BYMINUTE=30;BYSETPOS=-1');
  });

  it('reports a part RFC 5545 forbids for the frequency, and writes an equivalent conformant rule', () => {
    const reading = readRRule('FREQ=WEEKLY;BYDAY=MO;BYMONTHDAY=1,2,3,4,5,6,7');
    expect(reading.status).to.equal('expandable');
    expect(reading.notes.join(' ')).to.match(/BYMONTHDAY is not allowed with FREQ=WEEKLY/);
    expect(formatRRule(reading.rule!)).to.equal('FREQ=MONTHLY;BYMONTHDAY=1,2,3,4,5,6,7;BYDAY=MO');
    // INTERVAL=2 has no conformant equivalent: the rule is written as read.
    expect(formatRRule(parseRRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;BYMONTHDAY=1,2,3,4,5,6,7')!)).to.match(/^FREQ=WEEKLY;INTERVAL=2/);
  });

  it('reads an ordinal BYDAY in a WEEKLY rule as every such weekday, and says so', () => {
    const reading = readRRule('FREQ=WEEKLY;BYDAY=1MO');
    expect(reading.rule!.byDay).to.deep.equal([{ weekday: 1 }]);
    expect(reading.notes.join(' ')).to.match(/ordinal BYDAY .* ignored/);
  });

  it('writes a rule back in canonical form', () => {
    expect(formatRRule(parseRRule('byday=3tu;freq=monthly;interval=2')!)).to.equal('FREQ=MONTHLY;INTERVAL=2;BYDAY=3TU');
  });
});

describe('expandRecurrence', () => {
  it('keeps a weekly 14:00 New York call at 14:00 wall time across the March DST change', () => {
    const starts = expand('2026-03-02T14:00', 'FREQ=WEEKLY;COUNT=3', { timeZone: NY });
    expect(starts.map(civilDateTime)).to.deep.equal(['2026-03-02T14:00:00', '2026-03-09T14:00:00', '2026-03-16T14:00:00']);
    expect(starts.map((s) => iso(civilToUtc(s, NY)))).to.deep.equal([
      '2026-03-02T19:00:00.000Z',
      '2026-03-09T18:00:00.000Z',
      '2026-03-16T18:00:00.000Z',
    ]);
  });

  it('keeps a daily 09:00 Los Angeles event at 09:00 across the November change', () => {
    const starts = expand('2026-10-31T09:00', 'FREQ=DAILY;COUNT=3', { timeZone: LA });
    expect(starts.map((s) => iso(civilToUtc(s, LA)))).to.deep.equal([
      '2026-10-31T16:00:00.000Z',
      '2026-11-01T17:00:00.000Z',
      '2026-11-02T17:00:00.000Z',
    ]);
  });

  it('places "third Tuesday" on the right days', () => {
    const starts = expand('2026-01-20T12:00', 'FREQ=MONTHLY;BYDAY=3TU;COUNT=4', { timeZone: NY });
    expect(starts.map(civilDate)).to.deep.equal(['2026-01-20', '2026-02-17', '2026-03-17', '2026-04-21']);
  });

  it('places "last Friday" on the right days', () => {
    const starts = expand('2026-01-30', 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=3');
    expect(starts.map(civilDate)).to.deep.equal(['2026-01-30', '2026-02-27', '2026-03-27']);
  });

  it('skips EXDATE occurrences while COUNT still counts them', () => {
    const starts = expand('2026-01-20T12:00', 'FREQ=MONTHLY;BYDAY=3TU;COUNT=3', { timeZone: NY, exdates: ['2026-02-17T12:00'] });
    expect(starts.map(civilDate)).to.deep.equal(['2026-01-20', '2026-03-17']);
  });

  it('stops at UNTIL, inclusive', () => {
    const starts = expand('2026-01-05', 'FREQ=WEEKLY;UNTIL=20260126');
    expect(starts.map(civilDate)).to.deep.equal(['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26']);
  });

  it('reads a UTC UNTIL in the event zone', () => {
    // 2026-01-19T19:00Z is 14:00 in New York: the 19 January call is the last one.
    const starts = expand('2026-01-05T14:00', 'FREQ=WEEKLY;UNTIL=20260119T190000Z', { timeZone: NY });
    expect(starts.map(civilDate)).to.deep.equal(['2026-01-05', '2026-01-12', '2026-01-19']);
  });

  it('puts a yearly 29 February event only in leap years', () => {
    const starts = expand('2024-02-29', 'FREQ=YEARLY;COUNT=2');
    expect(starts.map(civilDate)).to.deep.equal(['2024-02-29', '2028-02-29']);
  });

  it('skips months without a 31st for a monthly event on the 31st', () => {
    const starts = expand('2026-01-31', 'FREQ=MONTHLY;COUNT=3');
    expect(starts.map(civilDate)).to.deep.equal(['2026-01-31', '2026-03-31', '2026-05-31']);
  });

  it('honours INTERVAL and several BYDAY weekdays', () => {
    const starts = expand('2026-01-05T10:00', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=4', { timeZone: NY });
    expect(starts.map(civilDate)).to.deep.equal(['2026-01-05', '2026-01-08', '2026-01-19', '2026-01-22']);
  });

  it('handles BYMONTHDAY with negative days (last day of the month)', () => {
    const starts = expand('2024-01-31', 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3');
    expect(starts.map(civilDate)).to.deep.equal(['2024-01-31', '2024-02-29', '2024-03-31']);
  });

  it('handles YEARLY with BYMONTH and BYDAY (first Thursday of June)', () => {
    const starts = expand('2026-06-04', 'FREQ=YEARLY;BYMONTH=6;BYDAY=1TH;COUNT=3');
    expect(starts.map(civilDate)).to.deep.equal(['2026-06-04', '2027-06-03', '2028-06-01']);
  });

  it('stops an endless rule at `before`', () => {
    const starts = expand('2026-01-01', 'FREQ=DAILY', { before: '2026-01-04' });
    expect(starts.map(civilDate)).to.deep.equal(['2026-01-01', '2026-01-02', '2026-01-03']);
  });

  it('counts DTSTART as the first occurrence even when the rule does not match it (RFC 5545)', () => {
    const starts = expand('2026-01-21T12:00', 'FREQ=MONTHLY;BYDAY=3TU;COUNT=3', { timeZone: NY });
    expect(starts.map(civilDate)).to.deep.equal(['2026-01-21', '2026-02-17', '2026-03-17']);
  });
});

describe('expandRecurrence: the classes of bug in issue 14', () => {
  it('WEEKLY with BYMONTHDAY=1…7 and BYDAY=MO gives first Mondays only, not every Monday', () => {
    const starts = expand('2026-01-05T18:00', 'FREQ=WEEKLY;BYDAY=MO;BYMONTHDAY=1,2,3,4,5,6,7;COUNT=4', { timeZone: NY });
    expect(starts.map(civilDate)).to.deep.equal(['2026-01-05', '2026-02-02', '2026-03-02', '2026-04-06']);
  });

  it('YEARLY without BYMONTH counts an ordinal BYDAY within the year (last Friday of the year)', () => {
    const starts = expand('2026-12-25', 'FREQ=YEARLY;BYDAY=-1FR;BYMONTHDAY=25,26,27,28,29,30,31;COUNT=3');
    expect(starts.map(civilDate)).to.deep.equal(['2026-12-25', '2027-12-31', '2028-12-29']);
  });

  it('YEARLY;BYDAY=20MO is the 20th Monday of the year', () => {
    const starts = expand('2026-05-18', 'FREQ=YEARLY;BYDAY=20MO;COUNT=3');
    expect(starts.map(civilDate)).to.deep.equal(['2026-05-18', '2027-05-17', '2028-05-15']);
  });

  it('BYSETPOS=-1 over weekdays is the last weekday of the month', () => {
    const starts = expand('2026-01-30T16:00', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=4', { timeZone: NY });
    expect(starts.map(civilDate)).to.deep.equal(['2026-01-30', '2026-02-27', '2026-03-31', '2026-04-30']);
  });

  it('BYHOUR gives two sessions a day, each keeping its wall-clock time across DST', () => {
    const starts = expand('2026-03-03T10:00', 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=10,18;COUNT=4', { timeZone: NY });
    expect(starts.map((s) => iso(civilToUtc(s, NY)))).to.deep.equal([
      '2026-03-03T15:00:00.000Z',
      '2026-03-03T23:00:00.000Z',
      '2026-03-10T14:00:00.000Z',
      '2026-03-10T22:00:00.000Z',
    ]);
  });

  it('BYMINUTE with BYHOUR gives every listed time of the day', () => {
    const starts = expand('2026-06-01T09:00', 'FREQ=DAILY;BYHOUR=9,13;BYMINUTE=0,30;COUNT=5');
    expect(starts.map(civilDateTime)).to.deep.equal([
      '2026-06-01T09:00:00',
      '2026-06-01T09:30:00',
      '2026-06-01T13:00:00',
      '2026-06-01T13:30:00',
      '2026-06-02T09:00:00',
    ]);
  });

  it('skips a BYSETPOS beyond the set, as dateutil does (rrule.js would take the first date)', () => {
    const starts = expand('2026-01-05', 'FREQ=DAILY;BYSETPOS=-2;COUNT=3', { before: '2026-03-01' });
    expect(starts.map(civilDate)).to.deep.equal(['2026-01-05']);
  });

  it('reads BYDAY mixing plain and ordinal days as a union, as RFC 5545 does (dateutil intersects)', () => {
    const starts = expand('2026-02-02', 'FREQ=MONTHLY;BYDAY=MO,1TU;COUNT=6');
    expect(starts.map(civilDate)).to.deep.equal(['2026-02-02', '2026-02-03', '2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02']);
  });

  it('reads BYWEEKNO and BYYEARDAY in YEARLY rules', () => {
    expect(expand('2026-01-01', 'FREQ=YEARLY;BYYEARDAY=1,-1;COUNT=3').map(civilDate)).to.deep.equal(['2026-01-01', '2026-12-31', '2027-01-01']);
    // ISO week 1 of 2027 starts on Monday 4 January.
    expect(expand('2026-12-28', 'FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO;COUNT=2').map(civilDate)).to.deep.equal(['2026-12-28', '2027-01-04']);
  });

  it('stops a rule that can never match instead of looping', () => {
    expect(expand('2026-01-01', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30').map(civilDate)).to.deep.equal(['2026-01-01']);
  });
});
