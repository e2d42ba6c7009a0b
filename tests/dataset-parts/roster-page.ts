// What the tests of the built-in dataset's parts share: where the files are, who asked for them, and what a roster
// shows, every community's details included.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/cohort-roster/cohort-roster.js';
import type { SiipCohortRoster } from '../../components/cohort-roster/cohort-roster.component.js';
import { defaultDatasetUrl } from '../../src/data/default-dataset.js';

export const FULL = defaultDatasetUrl();
/** The part for the collections a widget shows, as it lists them (data/shipped-dataset.mjs). */
export const partUrl = (collections: readonly string[]) => FULL.replace(/\.json$/, `.${collections.join('-')}.json`);
/** The roster's part, which the map shares. */
export const ROSTER_PART = partUrl(['communities', 'cohorts', 'programs']);
export const requests = (url: string) => performance.getEntriesByType('resource').filter((entry) => entry.name === url).length;
export const validatorRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => /\/src\/data\/(build-dataset|validate|schema)\.|dataset-check|zod/.test(entry.name));

/** A roster showing every community; `src` empty for the built-in dataset. */
export async function roster(src = ''): Promise<SiipCohortRoster> {
  const element = await fixture<SiipCohortRoster>(html`<siip-cohort-roster src=${src} page-size="1000"></siip-cohort-roster>`);
  await waitUntil(() => element.shadowRoot!.querySelector('tr.row'), 'the roster did not render', { timeout: 10_000 });
  // Its first render shows a few rows, the rest after a paint.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  await element.updateComplete;
  return element;
}

/**
 * What the roster shows: its markup, then with each community's details open in turn (their sources come from
 * collections the roster does not show). Its page-unique id prefix (`uniqueId`) is left out.
 */
export async function shown(element: SiipCohortRoster): Promise<string[]> {
  const root = element.shadowRoot!;
  const markup = () => root.innerHTML.replace(/siip-roster-[a-z0-9]{6}/g, 'siip-roster-id');
  const views = [markup()];
  const ids = [...root.querySelectorAll<HTMLElement>('tr[data-community]')].map((row) => row.dataset.community!);
  for (const id of ids) {
    element.selected = id;
    await element.updateComplete;
    views.push(markup());
  }
  element.selected = '';
  await element.updateComplete;
  return views;
}

/**
 * Makes this page's fetches of `url` answer `answer(real)` (`real` fetches the file itself) until the returned
 * function is called; counts them in `calls`. A part that is missing or not what was built, for this page only.
 */
export function answerFor(url: string, answer: (real: () => Promise<Response>) => Promise<Response>) {
  const fetch = window.fetch;
  const stub = Object.assign(
    (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) !== url) return fetch(input, init);
      stub.calls++;
      return answer(() => fetch(input, init));
    },
    { calls: 0, restore: () => (window.fetch = fetch) },
  );
  window.fetch = stub;
  return stub;
}
