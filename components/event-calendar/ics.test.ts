import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { SiipEvent } from '../../src/data/schema.js';
import { exportIcs, feedFileName, subscribeUrl, icsFileName } from './ics.js';
import { googleCalendarUrl, outlookCalendarUrl } from './calendar-links.js';
import { uidFor } from './ics-values.js';
import { buildIcs as build, escapeText, foldLine } from './ics-file.js';
import { civilToUtc, parseCivil } from './civil-time.js';
import { expandRecurrence, parseRRule } from './recurrence.js';
import { loadRuleEngine } from './rule-engine.js';

// Writing or linking events that repeat by a rule needs the RRULE engine, which the calendar loads on demand.
before(() => loadRuleEngine());


function ev(id: string, when: SiipEvent['when'], extra: Partial<SiipEvent> = {}): SiipEvent {
  return { id, type: 'meeting', title: id, when, sources: ['src-a'], ...extra };
}

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const octets = (line: string) => new TextEncoder().encode(line).length;
const physicalLines = (text: string) => text.slice(0, -2).split('\r\n');
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '').slice(0, -2).split('\r\n');
const propertyNames = (text: string) => unfold(text).map((line) => /^[A-Z-]+/.exec(line)?.[0] ?? `?${line}`);

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar;
}

const iso = (time: ICAL.Time) => time.toJSDate().toISOString();

describe('escapeText', () => {
  it('escapes backslash first, then semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
  });

  it('turns every kind of line break into \\n and drops other control characters', () => {
    expect(escapeText('a\r\nb\rc\u2028d\u0000e\u0007f\tg')).to.equal('a\\nb\\nc\\nde' + 'f\tg');
  });

  it('replaces lone surrogates, which UTF-8 cannot carry', () => {
    expect(escapeText('x\uD800y')).to.equal('x\uFFFDy');
  });
});

describe('foldLine', () => {
  it('folds at 75 octets with CRLF and a space', () => {
    const folded = foldLine(`SUMMARY:${'a'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.map(octets)).to.deep.equal([75, 34]);
    expect(lines[1].startsWith(' ')).to.equal(true);
  });

  it('never splits a multi-byte character', () => {
    for (const text of ['🙂'.repeat(40), 'č'.repeat(80), 'ع'.repeat(90), 'e\u0301'.repeat(50)]) {
      const lines = foldLine(`SUMMARY:${text}`).split('\r\n');
      for (const line of lines) {
        expect(octets(line)).to.be.at.most(75);
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).to.not.throw();
        expect(line).to.not.match(/[\uD800-\uDBFF]$/);
      }
    }
  });
});

describe('buildIcs', () => {
  it('writes a calendar with CRLF line ends and a final CRLF', () => {
    const { text } = build([ev('a', { precision: 'date', start: '2026-06-09' })], { now: NOW });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
  });

  it('writes all-day and multi-day events as DATE values with an exclusive end', () => {
    const { text } = build([ev('conv', { precision: 'date', start: '2026-06-09', end: '2026-06-11' })], { now: NOW });
    expect(text).to.contain('DTSTART;VALUE=DATE:20260609\r\n');
    expect(text).to.contain('DTEND;VALUE=DATE:20260612\r\n');
    const event = new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!);
    expect(event.startDate.isDate).to.equal(true);
    expect(event.endDate.toString()).to.equal('2026-06-12');
  });

  it('writes single timed events in UTC, read back at the right instant', () => {
    const { text } = build(
      [ev('call', { precision: 'datetime', start: '2026-03-10T20:00', end: '2026-03-10T21:30', timeZone: 'America/New_York' })],
      { now: NOW },
    );
    expect(text).to.contain('DTSTART:20260311T000000Z');
    const event = new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!);
    expect(iso(event.startDate)).to.equal('2026-03-11T00:00:00.000Z');
    expect(iso(event.endDate)).to.equal('2026-03-11T01:30:00.000Z');
  });

  it('writes recurring New York events with TZID and a VTIMEZONE that an independent parser expands across DST', () => {
    const { text } = build(
      [ev('calls', { precision: 'datetime', start: '2026-03-02T14:00', end: '2026-03-02T15:00', timeZone: 'America/New_York', rrule: 'FREQ=WEEKLY;COUNT=3' })],
      { now: NOW },
    );
    expect(text).to.contain('DTSTART;TZID=America/New_York:20260302T140000');
    expect(text).to.contain('BEGIN:VTIMEZONE\r\nTZID:America/New_York');
    const event = new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!);
    const it = event.iterator();
    const starts: string[] = [];
    for (let next = it.next(); next; next = it.next()) starts.push(iso(next));
    expect(starts).to.deep.equal(['2026-03-02T19:00:00.000Z', '2026-03-09T18:00:00.000Z', '2026-03-16T18:00:00.000Z']);
  });

  it('writes a Los Angeles "third Tuesday" rule with EXDATE that the parser honours', () => {
    const { text } = build(
      [
        ev('third', {
          precision: 'datetime',
          start: '2026-10-20T09:00',
          timeZone: 'America/Los_Angeles',
          rrule: 'FREQ=MONTHLY;BYDAY=3TU;UNTIL=20270101',
          exdates: ['2026-11-17T09:00'],
        }),
      ],
      { now: NOW },
    );
    expect(text).to.match(/RRULE:FREQ=MONTHLY;UNTIL=\d{8}T\d{6}Z;BYDAY=3TU/);
    expect(text).to.contain('EXDATE;TZID=America/Los_Angeles:20261117T090000');
    const event = new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!);
    const it = event.iterator();
    const starts: string[] = [];
    for (let next = it.next(); next; next = it.next()) {
      if (!event.component.getAllProperties('exdate').some((p) => p.getValues().some((v) => (v as ICAL.Time).compare(next!) === 0))) starts.push(iso(next));
    }
    // 20 Oct is PDT (UTC-7); 15 Dec is PST (UTC-8); 17 Nov is excluded.
    expect(starts).to.deep.equal(['2026-10-20T16:00:00.000Z', '2026-12-15T17:00:00.000Z']);
  });

  it('writes all-day recurrences with DATE EXDATE values', () => {
    const { text } = build([ev('y', { precision: 'date', start: '2024-02-29', rrule: 'FREQ=YEARLY;COUNT=2', exdates: ['2028-02-29'] })], { now: NOW });
    expect(text).to.contain('RRULE:FREQ=YEARLY;COUNT=2\r\n');
    expect(text).to.contain('EXDATE;VALUE=DATE:20280229\r\n');
  });

  it('skips month, season, cadence and tba events instead of inventing a day', () => {
    const result = build(
      [
        ev('m', { precision: 'month', month: '2018-06' }),
        ev('s', { precision: 'season', season: 'summer', yearly: true }),
        ev('c', { precision: 'cadence', frequency: 'monthly' }),
        ev('t', { precision: 'tba' }),
        ev('d', { precision: 'date', start: '2026-01-01' }),
      ],
      { now: NOW },
    );
    expect(result.exported).to.deep.equal(['d']);
    expect(result.skipped).to.deep.equal(['m', 's', 'c', 't']);
    expect(result.text.match(/BEGIN:VEVENT/g)).to.have.length(1);
  });

  it('gives stable UIDs and a DTSTAMP', () => {
    const events = [ev('a', { precision: 'date', start: '2026-01-01' }), ev('b', { precision: 'date', start: '2026-01-02' })];
    const first = build(events, { now: NOW }).text;
    const second = build(events, { now: NOW + 60_000 }).text;
    const uids = (text: string) => unfold(text).filter((l) => l.startsWith('UID:'));
    expect(uids(first)).to.deep.equal(['UID:a@siip-widgets', 'UID:b@siip-widgets']);
    expect(uids(second)).to.deep.equal(uids(first));
    expect(first).to.contain('DTSTAMP:20261123T120000Z');
    expect(uidFor(events[0])).to.equal('a@siip-widgets');
  });

  it('writes text in the requested language', () => {
    const { text } = build([ev('a', { precision: 'date', start: '2026-01-01' }, { title: { en: 'Convening', es: 'Convocatoria' } })], { now: NOW, locale: 'es' });
    expect(text).to.contain('SUMMARY:Convocatoria');
  });

  it('adds a reminder before an application window closes', () => {
    const { text } = build([ev('w', { precision: 'date', start: '2026-06-01', end: '2026-06-30' }, { type: 'application-window' })], { now: NOW });
    const alarm = parse(text).getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('trigger')!.toString()).to.equal('-P3D');
    expect(alarm.getFirstProperty('trigger')!.getParameter('related')).to.equal('END');
  });

  it('writes URL only for web links', () => {
    const withUrl = build([ev('a', { precision: 'date', start: '2026-01-01' }, { url: 'https://example.org/a b' })], { now: NOW }).text;
    const bad = build([ev('a', { precision: 'date', start: '2026-01-01' }, { url: 'javascript:alert(1)' })], { now: NOW }).text;
    expect(withUrl).to.contain('URL:https://example.org/a%20b');
    expect(bad).to.not.contain('URL:');
  });

  it('makes safe file names', () => {
    expect(icsFileName('Convocatoria anual: "¿Qué?" / 2026')).to.equal('convocatoria-anual-que-2026.ics');
    expect(icsFileName('……')).to.equal('events.ics');
  });
});

// --- Property test: hostile titles never break the file ----------------------------------------

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEEDS = [
  'a\r\nATTENDEE:mailto:x@y',
  'a\nEND:VEVENT\nBEGIN:VEVENT',
  'x;y,z\\',
  '🙂'.repeat(40),
  'č'.repeat(80),
  '\u2028',
  '\r',
  '\0',
  'Hi\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M\r\nEND:VALARM',
  '\\n literally',
];
const PIECES = ['a', 'Z', ' ', ':', ';', ',', '\\', '\r', '\n', '\r\n', '\t', '\0', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029',
  'é', 'č', 'ع', 'ي', '中', '🙂', '👩‍👩‍👧', 'e\u0301', '\uD800', '\uDC00', '\uFEFF', 'ATTENDEE:mailto:x@y', 'END:VEVENT', 'BEGIN:VALARM', 'URL:', '"'];

function randomString(random: () => number): string {
  if (random() < 0.15) return SEEDS[Math.floor(random() * SEEDS.length)];
  let out = '';
  const length = Math.floor(random() * 60);
  for (let i = 0; i < length; i++) out += PIECES[Math.floor(random() * PIECES.length)];
  return out || 'x';
}

/** What a round trip through the file should give back: line breaks as \n, control characters gone, lone surrogates replaced. */
function expected(value: string): string {
  return value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

function checkFile(text: string, count: number) {
  // 1. Every physical line ends in CRLF; no bare CR or LF.
  expect(text.endsWith('\r\n')).to.equal(true);
  expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
  // 2. Every physical line is at most 75 octets.
  for (const line of physicalLines(text)) expect(octets(line), line).to.be.at.most(75);
  // 3. The file is valid UTF-8.
  new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(text));
  // 4. The property names are exactly the template: nothing injected.
  const template = ['BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD'];
  for (let i = 0; i < count; i++) template.push('BEGIN', 'UID', 'DTSTAMP', 'SUMMARY', 'DTSTART', 'DTEND', 'DESCRIPTION', 'LOCATION', 'CATEGORIES', 'END');
  template.push('END');
  expect(propertyNames(text)).to.deep.equal(template);
}

function hostileEvents(random: () => number, count: number): SiipEvent[] {
  return Array.from({ length: count }, (_, i) =>
    ev(`e${i}`, { precision: 'date', start: '2026-05-01', end: '2026-05-02' }, {
      title: randomString(random),
      description: randomString(random),
      location: { name: randomString(random) },
    }),
  );
}

describe('buildIcs: rules calendar apps must expand (issue 14)', () => {
  /** Every start an independent parser (ical.js) lists for the file's first event, as UTC ISO instants. */
  function icalStarts(text: string, max = 50): string[] {
    const event = new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!);
    const it = event.iterator();
    const starts: string[] = [];
    for (let next = it.next(); next && starts.length < max; next = it.next()) starts.push(iso(next));
    return starts;
  }

  it('writes a rule the widget cannot expand unchanged, and ical.js expands it to the full series', () => {
    const hourly = ev('clinic', { precision: 'datetime', start: '2026-03-07T09:00', end: '2026-03-07T09:30', timeZone: 'America/New_York', rrule: 'freq=hourly; interval=2; count=4;' });
    const { text, ruleDropped } = build([hourly], { now: NOW });
    expect(unfold(text)).to.include('RRULE:FREQ=HOURLY;INTERVAL=2;COUNT=4');
    expect(ruleDropped).to.deep.equal([]);
    expect(icalStarts(text)).to.deep.equal(['2026-03-07T14:00:00.000Z', '2026-03-07T16:00:00.000Z', '2026-03-07T18:00:00.000Z', '2026-03-07T20:00:00.000Z']);
  });

  it('keeps an extension part as written', () => {
    const { text } = build([ev('x', { precision: 'date', start: '2026-01-05', rrule: 'FREQ=WEEKLY;COUNT=3;X-PARTNER-NOTE=Room2' })], { now: NOW });
    expect(unfold(text)).to.include('RRULE:FREQ=WEEKLY;COUNT=3;X-PARTNER-NOTE=Room2');
    expect(icalStarts(text).length).to.equal(3);
  });

  it('never writes an invalid rule (line breaks included), and reports the event', () => {
    const { text, ruleDropped } = build([ev('bad', { precision: 'date', start: '2026-01-05', rrule: 'FREQ=DAILY;X-EVIL=1\r\nATTENDEE:x' })], { now: NOW });
    expect(text).to.not.contain('RRULE');
    expect(text).to.not.contain('ATTENDEE');
    expect(ruleDropped).to.deep.equal(['bad']);
  });

  it('writes BYSETPOS and BYHOUR rules so ical.js lists the dates the widget lists', () => {
    const cases = [
      { start: '2026-01-30T16:00', rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=6' },
      { start: '2026-03-03T10:00', rrule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=10,18;COUNT=6' },
      { start: '2026-01-05T18:00', rrule: 'FREQ=WEEKLY;BYDAY=MO;BYMONTHDAY=1,2,3,4,5,6,7;COUNT=4' },
      { start: '2026-01-21T12:00', rrule: 'FREQ=MONTHLY;BYDAY=3TU;COUNT=3' },
    ];
    for (const { start, rrule } of cases) {
      for (const timeZone of ['America/New_York', 'Africa/Cairo', 'Asia/Jerusalem', 'America/Santiago']) {
        const { text } = build([ev('s', { precision: 'datetime', start, timeZone, rrule })], { now: NOW });
        const ours = expandRecurrence({ start: parseCivil(start), rule: parseRRule(rrule)!, timeZone }).map((c) => new Date(civilToUtc(c, timeZone)).toISOString());
        expect(icalStarts(text), `${rrule} in ${timeZone}`).to.deep.equal(ours);
      }
    }
  });

  it('marks a subscribed feed with a refresh interval', () => {
    const { text } = build([ev('a', { precision: 'date', start: '2026-01-05' })], { now: NOW, refreshInterval: 'P1D' });
    expect(unfold(text)).to.include.members(['REFRESH-INTERVAL;VALUE=DURATION:P1D', 'X-PUBLISHED-TTL:P1D']);
  });

  it('exportIcs loads the writer on demand and writes the same file', async () => {
    const calls = [ev('calls', { precision: 'datetime', start: '2026-03-02T14:00', timeZone: 'Africa/Cairo', rrule: 'FREQ=WEEKLY;COUNT=3' })];
    expect((await exportIcs(calls, { now: NOW })).text).to.equal(build(calls, { now: NOW }).text);
  });
});

describe('ICS property test: random Unicode and control-character text', () => {
  it('keeps every file well-formed, folded, injection-free and faithful over 300 random events', () => {
    const random = rng(20261123);
    for (let round = 0; round < 60; round++) {
      const events = hostileEvents(random, 5);
      const { text } = build(events, { now: NOW });
      checkFile(text, events.length);
      // 5. An independent parser reads back exactly the (normalised) text.
      const parsed = parse(text).getAllSubcomponents('vevent');
      expect(parsed.length).to.equal(events.length);
      parsed.forEach((component, i) => {
        expect(component.getFirstPropertyValue('summary')).to.equal(expected(events[i].title as string));
        expect(component.getFirstPropertyValue('description')).to.equal(expected(events[i].description as string));
        expect(component.getFirstPropertyValue('location')).to.equal(expected(events[i].location!.name as string));
        expect(component.getAllProperties('attendee')).to.have.length(0);
        expect(component.getAllSubcomponents('valarm')).to.have.length(0);
      });
    }
  });

  it('negative control: the same checks catch a writer that does not escape or fold', () => {
    const naive = (events: SiipEvent[]) =>
      ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
        ...events.flatMap((e) => ['BEGIN:VEVENT', `UID:${e.id}`, 'DTSTAMP:20260101T000000Z', `SUMMARY:${e.title}`, 'DTSTART;VALUE=DATE:20260501',
          'DTEND;VALUE=DATE:20260503', `DESCRIPTION:${e.description}`, `LOCATION:${(e.location!.name as string)}`, 'CATEGORIES:MEETING', 'END:VEVENT']),
        'END:VCALENDAR'].join('\r\n') + '\r\n';
    const injected = [ev('x', { precision: 'date', start: '2026-05-01' }, { title: SEEDS[0], description: 'd', location: { name: 'l' } })];
    expect(() => checkFile(naive(injected), 1)).to.throw();
    const long = [ev('x', { precision: 'date', start: '2026-05-01' }, { title: '🙂'.repeat(40), description: 'd', location: { name: 'l' } })];
    expect(() => checkFile(naive(long), 1)).to.throw();
  });
});

describe('calendar links', () => {
  it('builds a Google link in UTC for a single timed event', () => {
    const url = new URL(googleCalendarUrl(ev('a', { precision: 'datetime', start: '2026-03-10T20:00', end: '2026-03-10T21:00', timeZone: 'America/New_York' }))!);
    expect(url.origin).to.equal('https://calendar.google.com');
    expect(url.searchParams.get('dates')).to.equal('20260311T000000Z/20260311T010000Z');
  });

  it('passes the rule and zone to Google for a recurring event', () => {
    const url = new URL(googleCalendarUrl(ev('a', { precision: 'datetime', start: '2026-01-20T14:00', timeZone: 'America/New_York', rrule: 'FREQ=MONTHLY;BYDAY=3TU' }))!);
    expect(url.searchParams.get('ctz')).to.equal('America/New_York');
    expect(url.searchParams.get('recur')).to.equal('RRULE:FREQ=MONTHLY;BYDAY=3TU');
  });

  it('gives no Outlook link for a recurring event, and none of either for a month-only event', () => {
    expect(outlookCalendarUrl(ev('a', { precision: 'date', start: '2026-01-20', rrule: 'FREQ=YEARLY' }))).to.equal(null);
    expect(googleCalendarUrl(ev('m', { precision: 'month', month: '2018-06' }))).to.equal(null);
    expect(new URL(outlookCalendarUrl(ev('a', { precision: 'date', start: '2026-01-20' }))!).searchParams.get('allday')).to.equal('true');
  });
});

describe('feed links', () => {
  it('points at the feed beside the dataset, per language, as webcal', () => {
    expect(subscribeUrl('https://cdn.example.org/siip/1.0/data/siip-dataset.json', 'es')).to.equal('webcal://cdn.example.org/siip/1.0/data/siip-events.es.ics');
    expect(subscribeUrl('http://localhost:8000/data/siip-dataset.json', 'en')).to.equal('webcal://localhost:8000/data/siip-events.ics');
    expect(feedFileName('ar')).to.equal('siip-events.ar.ics');
    expect(feedFileName('fr')).to.equal('siip-events.ics');
  });
});
