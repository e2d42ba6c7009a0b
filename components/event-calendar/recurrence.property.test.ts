/**
 * The recurrence engine against an independent implementation: rrule.js 2.8.1 (a port of Python's
 * dateutil) expands the same random rules from the same random DTSTARTs, and the lists must be equal.
 *
 * Adjustments for documented differences, each with a case of its own in recurrence.test.ts:
 * - RFC 5545: DTSTART is always the first occurrence and counts towards COUNT; rrule.js drops a DTSTART
 *   the rule does not match. The oracle's list gets DTSTART prepended, and COUNT applied after.
 * - rrule.js keeps BY… lists in the order written and may repeat a date that two BYSETPOS values pick;
 *   dateutil sorts and de-duplicates, and so does the engine. Lists are generated sorted; the oracle's
 *   results are de-duplicated.
 * - rrule.js reads a BYSETPOS beyond the start of the set (-2 of one date) as the first date; dateutil
 *   skips it. Random BYSETPOS values are 1, 2, 3 and -1.
 * - A mix of plain and ordinal BYDAY ("MO,1TU") is a union by the RFC but an intersection in dateutil:
 *   random BYDAY lists are all plain or all ordinal.
 */
import { expect } from '@open-wc/testing';
import { RRule as OracleRule } from 'rrule';
import { civilDateTime } from './civil-time.js';
import { expandRecurrence, formatRRule, parseRRule, readRRule } from './recurrence.js';

const DAY = 86_400_000;
const YEARS = 4;
const CASES = 400;

function generator(seed: number) {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const int = (a: number, b: number) => a + Math.floor(random() * (b - a + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)];
  const some = (items: readonly number[], max: number) =>
    [...new Set(Array.from({ length: int(1, max) }, () => pick(items)))].sort((a, b) => a - b);
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
  return () => {
    const freq = pick(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const);
    const parts = [`FREQ=${freq}`];
    if (random() < 0.4) parts.push(`INTERVAL=${int(1, freq === 'DAILY' ? 10 : 3)}`);
    const dayParts = ['BYMONTH', 'BYMONTHDAY', 'BYDAY', 'BYDAY', ...(freq === 'YEARLY' ? ['BYYEARDAY', 'BYWEEKNO'] : [])];
    const chosen = new Set(Array.from({ length: int(0, 2) }, () => pick(dayParts)));
    if (chosen.has('BYMONTH')) parts.push(`BYMONTH=${some(range(1, 12), 3).join(',')}`);
    if (chosen.has('BYMONTHDAY')) parts.push(`BYMONTHDAY=${some([...range(-31, -1), ...range(1, 31)], 3).join(',')}`);
    if (chosen.has('BYYEARDAY')) parts.push(`BYYEARDAY=${some([...range(-366, -1), ...range(1, 366)], 3).join(',')}`);
    if (chosen.has('BYWEEKNO')) parts.push(`BYWEEKNO=${some([...range(-53, -1), ...range(1, 53)], 3).join(',')}`);
    if (chosen.has('BYDAY')) {
      const ordinals = (freq === 'MONTHLY' || freq === 'YEARLY') && random() < 0.6;
      const nths = [1, 2, 3, 4, 5, -1, -2, ...(freq === 'YEARLY' ? [20, -10, 53] : [])];
      const days = some(range(0, 6), 3).map((d) => `${ordinals ? pick(nths) : ''}${WEEKDAYS[d]}`);
      parts.push(`BYDAY=${days.join(',')}`);
    }
    if (random() < 0.3) parts.push(`BYHOUR=${some(range(0, 23), 3).join(',')}`);
    if (random() < 0.25) parts.push(`BYMINUTE=${some([0, 5, 15, 30, 45], 2).join(',')}`);
    if (random() < 0.3) parts.push(`BYSETPOS=${some([-1, 1, 2, 3], 2).join(',')}`);
    if (random() < 0.2) parts.push(`WKST=${pick(WEEKDAYS)}`);
    if (random() < 0.5) parts.push(`COUNT=${int(1, 30)}`);
    const start = Date.UTC(int(2000, 2030), int(0, 11), int(1, 28), int(0, 23), pick([0, 30]));
    return { text: parts.join(';'), start };
  };
}

/** The oracle's list, with DTSTART first and COUNT applied as RFC 5545 says. */
function oracle(text: string, start: number, before: number): number[] {
  const options = { ...OracleRule.parseString(text), count: null, dtstart: new Date(start) };
  const count = OracleRule.parseString(text).count;
  const found = new OracleRule(options)
    .between(new Date(start), new Date(before - 1), true)
    .map((date) => date.getTime())
    .filter((t, i, all) => all.indexOf(t) === i);
  const withStart = found[0] === start ? found : [start, ...found];
  return count ? withStart.slice(0, count) : withStart;
}

describe('recurrence property test against rrule.js 2.8.1', () => {
  it(`expands ${CASES} random rules from random DTSTARTs exactly as rrule.js does`, function () {
    this.timeout(240_000);
    const next = generator(20_261_203);
    const mismatches: string[] = [];
    let compared = 0;
    let barren = 0;
    for (let n = 0; n < CASES; n++) {
      const { text, start } = next();
      const reading = readRRule(text);
      expect(reading.status, text).to.equal('expandable');
      const rule = reading.rule!;
      const before = start + YEARS * 365 * DAY;
      const ours = expandRecurrence({ start, rule, before, limit: 5_000 });
      // rrule.js walks to the year 9999 looking for a rule's next date after a barren stretch, which
      // takes seconds: such rules (nothing in the 8 years after the window) are counted, not compared.
      const probe = expandRecurrence({ start, rule, before: before + 8 * 365 * DAY, limit: 5_000 });
      if (!probe.some((t) => t >= before) && !(rule.count && probe.length >= rule.count)) {
        barren++;
        continue;
      }
      compared++;
      const expected = oracle(text, start, before);
      if (JSON.stringify(ours) !== JSON.stringify(expected)) {
        mismatches.push(`${text} from ${civilDateTime(start)}: ${ours.slice(0, 5).map(civilDateTime)} ≠ ${expected.slice(0, 5).map(civilDateTime)}`);
      }
    }
    expect(mismatches).to.deep.equal([]);
    expect(compared, 'rules compared').to.be.greaterThan(CASES * 0.85);
    expect(barren).to.be.lessThan(CASES * 0.15);
  });

  it('writes rules with parts RFC 5545 forbids for their frequency as conformant rules with the same dates', function () {
    this.timeout(120_000);
    const next = generator(7);
    let checked = 0;
    for (let n = 0; n < 3_000 && checked < 60; n++) {
      const { text, start } = next();
      const weekly = text.replace(/^FREQ=\w+/, 'FREQ=WEEKLY').replace(/BYDAY=([^;]*)/, (_, days: string) => `BYDAY=${days.replace(/[+-]?\d+/g, '')}`);
      const withMonthDay = /BYMONTHDAY/.test(weekly) ? weekly : `${weekly};BYMONTHDAY=1,2,3,4,5,6,7`;
      if (/INTERVAL=[2-9]|BYSETPOS|BYYEARDAY|BYWEEKNO/.test(withMonthDay)) continue;
      const rule = parseRRule(withMonthDay)!;
      const rewritten = formatRRule(rule);
      expect(rewritten, withMonthDay).to.match(/^FREQ=MONTHLY/);
      const before = start + YEARS * 365 * DAY;
      const ours = expandRecurrence({ start, rule, before, limit: 5_000 });
      expect(ours.map(civilDateTime), `${withMonthDay} → ${rewritten}`).to.deep.equal(oracle(rewritten, start, before).map(civilDateTime));
      checked++;
    }
    expect(checked).to.equal(60);
  });

  it('negative control: the same comparison catches an engine that drops BYSETPOS', () => {
    const start = Date.UTC(2026, 0, 1, 10);
    const text = 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=6';
    const broken = { ...parseRRule(text)!, bySetPos: undefined };
    const ours = expandRecurrence({ start, rule: broken, before: start + 365 * DAY });
    expect(JSON.stringify(ours)).to.not.equal(JSON.stringify(oracle(text, start, start + 365 * DAY)));
  });
});
