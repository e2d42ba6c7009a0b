import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { vtimezoneLines, zoneTransitions } from './vtimezone.js';

/** Zones on every continent, with the awkward ones: rules that are not "nth weekday", half-hour DST, negative DST, Ramadan. */
const ZONES = [
  'Africa/Cairo',
  'Africa/Casablanca',
  'Africa/Johannesburg',
  'Africa/Lagos',
  'Africa/Nairobi',
  'Asia/Jerusalem',
  'Asia/Tehran',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Asia/Beirut',
  'America/Santiago',
  'America/New_York',
  'America/Los_Angeles',
  'America/Havana',
  'America/Sao_Paulo',
  'America/Asuncion',
  'America/St_Johns',
  'America/Nuuk',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Berlin',
  'Europe/Moscow',
  'Atlantic/Azores',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Antarctica/Troll',
];

const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2036, 0, 1);
const HOUR = 3_600_000;

/** The zone database's offset through a different Intl path than the module uses (`longOffset` names: "GMT+05:45"). */
const offsetNames = new Map<string, Intl.DateTimeFormat>();
function databaseOffset(utc: number, timeZone: string): number {
  let format = offsetNames.get(timeZone);
  if (!format) offsetNames.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = format.formatToParts(utc).find((p) => p.type === 'timeZoneName')!.value;
  const match = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name)!;
  return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
}

/** The changes an independent reader (ical.js) derives from the block, as UTC instants with offsets in ms. */
function icalChanges(lines: string[]) {
  const component = new ICAL.Component(ICAL.parse(lines.join('\r\n')));
  const zone = ICAL.Timezone.fromData({ component, tzid: component.getFirstPropertyValue('tzid') as string });
  (zone as unknown as { _ensureCoverage(year: number): void })._ensureCoverage(2037);
  const changes = (zone as unknown as { changes: Array<Record<string, number>> }).changes;
  return changes
    .map((c) => ({ at: Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second), from: c.prevUtcOffset * 1000, to: c.utcOffset * 1000 }))
    .sort((a, b) => a.at - b.at);
}

describe('VTIMEZONE from Intl', () => {
  it(`equals the zone database from 2025 to 2035 in ${ZONES.length} zones, as ical.js reads it`, function () {
    this.timeout(120_000);
    const problems: string[] = [];
    for (const zone of ZONES) {
      const changes = icalChanges(vtimezoneLines(zone, FROM, TO));
      // Each change is exactly where the database changes offset, with the right offsets either side.
      for (const change of changes.filter((c) => c.at > FROM && c.at < TO)) {
        if (databaseOffset(change.at - 1000, zone) !== change.from || databaseOffset(change.at, zone) !== change.to) {
          problems.push(`${zone}: change at ${new Date(change.at).toISOString()} is not in the database`);
        }
      }
      // And between changes the offset is the database's, every three hours of the span.
      for (let t = FROM; t < TO; t += 3 * HOUR) {
        const last = changes.filter((c) => c.at <= t).pop();
        if (!last || last.to !== databaseOffset(t, zone)) {
          problems.push(`${zone}: at ${new Date(t).toISOString()} ical.js reads ${last ? last.to / 60_000 : '?'} min, the database ${databaseOffset(t, zone) / 60_000}`);
          break;
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('finds the transitions that an "nth weekday of the month" rule gets wrong', () => {
    const iso = (zone: string, year: number) => zoneTransitions(zone, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)).map((t) => new Date(t.at).toISOString());
    // Egypt: DST from the last Friday of April at 00:00 to the last Thursday of October at 24:00.
    expect(iso('Africa/Cairo', 2026)).to.deep.equal(['2026-04-23T22:00:00.000Z', '2026-10-29T21:00:00.000Z']);
    // Israel: the Friday before the last Sunday of March, 02:00.
    expect(iso('Asia/Jerusalem', 2026)[0]).to.equal('2026-03-27T00:00:00.000Z');
  });

  it('writes Israel as "the Friday from 23 to 29 March", and Santiago exactly', () => {
    const jerusalem = vtimezoneLines('Asia/Jerusalem', FROM, TO).join('\n');
    expect(jerusalem).to.contain('RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR');
    const santiago = vtimezoneLines('America/Santiago', FROM, TO);
    expect(santiago.filter((line) => /^(RRULE|RDATE)/.test(line)).length).to.be.greaterThan(0);
  });

  it('writes a zone without changes as one observance', () => {
    const lines = vtimezoneLines('Asia/Kolkata', FROM, TO);
    expect(lines.filter((line) => line.startsWith('BEGIN:STANDARD')).length).to.equal(1);
    expect(lines).to.include('TZOFFSETTO:+0530');
  });

  it('negative control: a block with one change a week late fails the check', () => {
    const right = vtimezoneLines('America/New_York', FROM, TO);
    expect(right).to.include('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    const late = right.map((line) => line.replace('BYMONTH=3;BYDAY=2SU', 'BYMONTH=3;BYDAY=3SU'));
    const wrong = (lines: string[]) => icalChanges(lines).filter((c) => c.at > FROM && c.at < TO && (databaseOffset(c.at - 1000, 'America/New_York') !== c.from || databaseOffset(c.at, 'America/New_York') !== c.to));
    expect(wrong(right)).to.deep.equal([]);
    expect(wrong(late).length).to.equal(11);
  });
});
