// `siip-widgets ics` and the rule warnings of `siip-widgets validate`, run as partners run them: the
// bundled bin under Node. The .ics files are read back with ical.js, a parser independent of the writer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import ICAL from 'ical.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = path.join(root, 'dist/cli/siip-widgets.js');
const national = 'data/siip-dataset.json';
const partnerExample = 'data/siip-partner-example.json';

function run(args) {
  return new Promise((resolve) => {
    // A CLI that never exits (an open handle keeps Node running) fails here within a minute instead of holding CI.
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, timeout: 60_000, env: { ...process.env, SOURCE_DATE_EPOCH: '1764000000' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Start instants (UTC ISO) ical.js lists for the event with this UID. */
function startsOf(text, uid, max = 100) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const component = calendar.getAllSubcomponents('vevent').find((c) => c.getFirstPropertyValue('uid') === uid);
  assert.ok(component, `no event ${uid}`);
  const event = new ICAL.Event(component);
  const iterator = event.iterator();
  const out = [];
  for (let next = iterator.next(); next && out.length < max; next = iterator.next()) out.push(next.toJSDate().toISOString());
  return out;
}

let scratch;
let partner;

before(() => {
  execFileSync(
    path.join(root, 'node_modules/.bin/esbuild'),
    ['src/cli/validate.ts', '--bundle', '--platform=node', '--format=esm', '--outfile=dist/cli/siip-widgets.js', '--banner:js=#!/usr/bin/env node', '--log-level=warning'],
    { cwd: root },
  );
  scratch = mkdtempSync(path.join(tmpdir(), 'siip-ics-'));
  // The partner example with three more series: one the widget cannot expand, one with a part RFC 5545
  // forbids for its frequency, and one that is not an RRULE at all.
  const data = JSON.parse(readFileSync(path.join(root, partnerExample), 'utf8'));
  const base = data.events[0];
  const series = (id, when) => ({ ...base, id, when: { ...base.when, ...when } });
  data.events.push(
    series('example-hourly-clinic', { start: '2027-03-13T09:00', end: '2027-03-13T09:30', rrule: 'freq=hourly; interval=2; count=4;' }),
    series('example-first-monday', { start: '2027-01-04T18:00', end: '2027-01-04T19:00', rrule: 'FREQ=WEEKLY;BYDAY=MO;BYMONTHDAY=1,2,3,4,5,6,7;COUNT=3' }),
    series('example-broken-rule', { rrule: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=3;UNTIL=20271231' }),
  );
  partner = path.join(scratch, 'partner.json');
  writeFileSync(partner, JSON.stringify(data));
});

after(() => scratch && rmSync(scratch, { recursive: true, force: true }));

test('ics: national + partner files become one calendar that ical.js expands', async () => {
  const { code, stdout, stderr } = await run(['ics', national, partnerExample]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^BEGIN:VCALENDAR\r\n/);
  assert.match(stdout, /X-WR-CALNAME:SIIP events\r\n/);
  assert.match(stderr, /events written/);
  const starts = startsOf(stdout, 'example-denver-licensing-clinic@siip-widgets');
  // First Tuesdays at 18:00 in Denver (UTC-7 from March).
  assert.deepEqual(starts, ['2027-01-06T01:00:00.000Z', '2027-02-03T01:00:00.000Z', '2027-03-03T01:00:00.000Z', '2027-04-07T00:00:00.000Z', '2027-05-05T00:00:00.000Z', '2027-06-02T00:00:00.000Z']);
});

test('ics: a rule the widget cannot expand is written unchanged and expanded by the reader; an invalid one is left out', async () => {
  const { code, stdout, stderr } = await run(['ics', national, partner]);
  assert.equal(code, 0, stderr);
  const unfolded = stdout.replace(/\r\n[ \t]/g, '');
  assert.match(unfolded, /RRULE:FREQ=HOURLY;INTERVAL=2;COUNT=4\r\n/);
  assert.deepEqual(startsOf(stdout, 'example-hourly-clinic@siip-widgets'), [
    '2027-03-13T16:00:00.000Z',
    '2027-03-13T18:00:00.000Z',
    '2027-03-13T20:00:00.000Z',
    '2027-03-13T22:00:00.000Z',
  ]);
  // WEEKLY + BYMONTHDAY is written as the equivalent MONTHLY rule: first Mondays only.
  assert.deepEqual(startsOf(stdout, 'example-first-monday@siip-widgets'), ['2027-01-05T01:00:00.000Z', '2027-02-02T01:00:00.000Z', '2027-03-02T01:00:00.000Z']);
  assert.equal(startsOf(stdout, 'example-broken-rule@siip-widgets').length, 1);
  assert.match(stderr, /Not valid RRULEs, written as one date: example-broken-rule/);
});

test('ics --feed writes the English, Spanish and Arabic feeds', async () => {
  const folder = path.join(scratch, 'feed');
  const { code, stderr } = await run(['ics', national, '--feed', folder]);
  assert.equal(code, 0, stderr);
  assert.deepEqual(readdirSync(folder).sort(), ['siip-events.ar.ics', 'siip-events.es.ics', 'siip-events.ics']);
  const es = readFileSync(path.join(folder, 'siip-events.es.ics'), 'utf8');
  assert.match(es, /X-WR-CALNAME:Eventos de SIIP\r\n/);
  assert.match(es, /REFRESH-INTERVAL;VALUE=DURATION:P1D\r\n/);
  const ar = readFileSync(path.join(folder, 'siip-events.ar.ics'), 'utf8');
  assert.match(ar, /X-WR-CALNAME:فعاليات SIIP\r\n/);
  // The same events in each language.
  const uids = (text) => text.match(/^UID:.*$/gm).sort();
  assert.deepEqual(uids(es), uids(readFileSync(path.join(folder, 'siip-events.ics'), 'utf8')));
  assert.ok(uids(es).length > 0);
});

test('ics: wrong usage exits 2, unreadable data exits 1', async () => {
  assert.equal((await run(['ics'])).code, 2);
  assert.equal((await run(['ics', national, '--lang', 'fr'])).code, 2);
  assert.equal((await run(['ics', 'no-such-file.json'])).code, 1);
});

test('validate: rules the calendar cannot expand or reads by convention are warnings with their paths', async () => {
  const { code, stdout } = await run(['validate', national, partner]);
  assert.equal(code, 0, stdout);
  assert.ok(stdout.includes(`WARNING ${partner} › events[`), stdout);
  assert.match(stdout, /events\[\d+\]\.when\.rrule \(id "example-hourly-clinic"\): the rule "FREQ=HOURLY;INTERVAL=2;COUNT=4" is valid but not expanded/);
  assert.match(stdout, /\(id "example-first-monday"\): .*BYMONTHDAY is not allowed with FREQ=WEEKLY/);
  assert.match(stdout, /\(id "example-broken-rule"\): the rule is not a valid RRULE: COUNT and UNTIL must not both be given/);
  assert.match(stdout, /^OK: no problems/m);
  // The clean national dataset has no warnings.
  assert.doesNotMatch((await run(['validate', national])).stdout, /WARNING/);
});
