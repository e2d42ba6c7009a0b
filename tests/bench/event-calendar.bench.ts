/**
 * Benchmark of <siip-event-calendar>: month view and list view with 500 and
 * 5,000 events in one month, side by side with FullCalendar 6 (core + daygrid +
 * list) rendering the same events. Medians of RUNS runs; result in
 * window.benchResult for the runner.
 *
 * "render" times start when the element (or FullCalendar's container) is
 * added and stop one frame after the view is in the DOM. The element's data is
 * already loaded and validated (the page-wide store shares it, as on a partner
 * page with several widgets); "cold" adds fetching and validating the JSON.
 */
import { Calendar, type EventInput } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import '../../components/event-calendar/event-calendar.js';
import type { SiipEventCalendar } from '../../components/event-calendar/event-calendar.component.js';
import type { SiipEvent } from '../../src/data/schema.js';
import { civilToUtc, parseCivil } from '../../components/event-calendar/civil-time.js';
import { blobUrl, median, nationalGrown, nextPaint, ratio, round } from './bench-utils.js';

const params = new URLSearchParams(location.search);
const SIZES = (params.get('sizes') ?? '500,5000').split(',').map(Number);
const RUNS = Number(params.get('runs') ?? 5);
const MONTH = '2026-12';
const ZONE = 'America/New_York';
const stage = document.getElementById('stage')!;


async function until(test: () => unknown, timeout = 60_000): Promise<void> {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > timeout) throw new Error('bench: timed out');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Deterministic synthetic events: 75% timed (1-2 h), 15% all-day, 10% two- or three-day. */
function syntheticEvents(count: number): SiipEvent[] {
  const types = ['convening', 'meeting', 'training', 'webinar', 'application-window', 'announcement'] as const;
  const pad = (n: number) => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, i) => {
    const day = 1 + ((i * 7) % 28);
    const kind = i % 20;
    const base = { id: `bench-${i}`, type: types[i % types.length], title: `Synthetic event ${i}`, sources: ['bench'] };
    if (kind < 15) {
      const hour = 8 + (i % 10);
      return { ...base, when: { precision: 'datetime', start: `${MONTH}-${pad(day)}T${pad(hour)}:00`, end: `${MONTH}-${pad(day)}T${pad(hour + 1 + (i % 2))}:00`, timeZone: ZONE } };
    }
    if (kind < 18) return { ...base, when: { precision: 'date', start: `${MONTH}-${pad(day)}` } };
    return { ...base, when: { precision: 'date', start: `${MONTH}-${pad(day)}`, end: `${MONTH}-${pad(Math.min(28, day + 1 + (i % 2)))}` } };
  }) as SiipEvent[];
}

function datasetUrl(events: SiipEvent[]): string {
  const dataset = {
    schemaVersion: '1.0.0',
    dataVersion: 'bench',
    asOf: '2026-11-23',
    sources: [{ id: 'bench', title: 'Synthetic benchmark data', url: 'https://example.org/bench', accessed: '2026-11-23' }],
    programs: [],
    cohorts: [],
    communities: [],
    providers: [],
    professions: [],
    events,
  };
  return URL.createObjectURL(new Blob([JSON.stringify(dataset)], { type: 'application/json' }));
}

/** The same events as FullCalendar inputs (UTC instants; all-day end exclusive); it cannot show the others. */
function fullCalendarEvents(events: SiipEvent[]): EventInput[] {
  return events.filter((event) => event.when.precision === 'datetime' || event.when.precision === 'date').map((event) => {
    const when = event.when;
    if (when.precision === 'datetime') {
      return {
        id: event.id,
        title: event.title as string,
        start: new Date(civilToUtc(parseCivil(when.start), when.timeZone)),
        end: new Date(civilToUtc(parseCivil(when.end!), when.timeZone)),
      };
    }
    const w = when as { start: string; end?: string };
    const end = new Date(parseCivil(w.end ?? w.start) + 86_400_000).toISOString().slice(0, 10);
    return { id: event.id, title: event.title as string, start: w.start, end, allDay: true };
  });
}

async function elementRun(url: string, view: 'month' | 'list') {
  const el = document.createElement('siip-event-calendar') as SiipEventCalendar;
  el.setAttribute('src', url);
  el.setAttribute('view', view);
  el.setAttribute('month', MONTH);
  el.setAttribute('timezone', ZONE);
  el.setAttribute('today', '2026-11-23');
  const t0 = performance.now();
  stage.append(el);
  await until(() => el.shadowRoot?.querySelector(view === 'month' ? 'table' : '.agenda'));
  await nextPaint();
  const ms = performance.now() - t0;
  el.remove();
  return ms;
}

async function fullCalendarRun(inputs: EventInput[], view: 'month' | 'list') {
  const div = document.createElement('div');
  const t0 = performance.now();
  stage.append(div);
  const calendar = new Calendar(div, {
    plugins: [dayGridPlugin, listPlugin],
    initialView: view === 'month' ? 'dayGridMonth' : 'listMonth',
    initialDate: `${MONTH}-01`,
    dayMaxEvents: 3,
    events: inputs,
  });
  calendar.render();
  await until(() => div.querySelector(view === 'month' ? '.fc-daygrid-body' : '.fc-list, .fc-list-empty'));
  await nextPaint();
  const ms = performance.now() - t0;
  calendar.destroy();
  div.remove();
  return ms;
}

/** FullCalendar from the same file: fetch, parse, convert, render (what a page using it would do). */
async function fullCalendarColdRun(url: string) {
  const t0 = performance.now();
  const data = (await (await fetch(url)).json()) as { events: SiipEvent[] };
  const div = document.createElement('div');
  stage.append(div);
  const calendar = new Calendar(div, {
    plugins: [dayGridPlugin, listPlugin],
    initialView: 'dayGridMonth',
    initialDate: `${MONTH}-01`,
    dayMaxEvents: 3,
    events: fullCalendarEvents(data.events),
  });
  calendar.render();
  await until(() => div.querySelector('.fc-daygrid-body'));
  await nextPaint();
  const ms = performance.now() - t0;
  calendar.destroy();
  div.remove();
  return ms;
}

async function main() {
  // Warm up module evaluation and the JIT for both.
  const warm = syntheticEvents(50);
  const warmUrl = datasetUrl(warm);
  await elementRun(warmUrl, 'month');
  await fullCalendarRun(fullCalendarEvents(warm), 'month');
  const rows: Array<Record<string, number | string>> = [];
  for (const count of SIZES) {
    const events = syntheticEvents(count);
    const inputs = fullCalendarEvents(events);
    const url = datasetUrl(events);
    const cold = await elementRun(url, 'month'); // fetch + parse + validate + first render, once
    for (const view of ['month', 'list'] as const) {
      const ours: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        ours.push(await elementRun(url, view));
        theirs.push(await fullCalendarRun(inputs, view));
      }
      rows.push({
        case: `${view} view, ${count} events`,
        events: count,
        elementMs: round(median(ours)),
        fullCalendarMs: round(median(theirs)),
        timeRatio: ratio(median(ours), median(theirs)),
        ...(view === 'month' ? { elementColdMs: round(cold) } : {}),
      });
    }
    URL.revokeObjectURL(url);
  }
  // To content including the fetch: the national file grown by 5,000 events, a never-fetched URL each run.
  const COLD = 5000;
  const synthetic = syntheticEvents(COLD);
  const json = await nationalGrown('events', COLD, (i, national) => ({ ...synthetic[i], sources: [national.sources[0].id] }));
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(await elementRun(blobUrl(json), 'month'));
    theirs.push(await fullCalendarColdRun(blobUrl(json)));
  }
  rows.push({
    case: `month view, national file + ${COLD} events, to content incl. fetch`,
    events: COLD,
    elementMs: round(median(ours)),
    fullCalendarMs: round(median(theirs)),
    timeRatio: ratio(median(ours), median(theirs)),
  });
  const result = { title: `siip-event-calendar vs FullCalendar 6 (core+daygrid+list): render to first frame, median of ${RUNS}, ms`, rows };
  (window as unknown as { benchResult: unknown }).benchResult = result;
  document.getElementById('out')!.textContent = JSON.stringify(result, null, 2);
}

main().catch((error) => {
  (window as unknown as { benchResult: unknown }).benchResult = { title: 'siip-event-calendar', error: String(error), rows: [] };
  document.getElementById('out')!.textContent = String(error);
});
