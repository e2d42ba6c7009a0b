import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { leaseDataset, resolveSources } from './dataset-store.js';

const fixture = (name: string) => new URL(`../../data/fixtures/${name}`, import.meta.url).href;
const requestsFor = (url: string) => performance.getEntriesByType('resource').filter((entry) => entry.name === url).length;

const checksRequested = (group: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/generated/dataset-check${group}.js`));

describe('dataset store', () => {
  // First: later tests validate every collection, which loads every check.
  it('loads the fast-path checks of the collections a widget validates, and only those', async () => {
    const map = leaseDataset([`${fixture('event-calendar-basic.json')}?map=${Math.random()}`], ['communities', 'cohorts', 'programs'], ['sources']);
    expect((await map.result).ok).to.equal(true);
    expect(checksRequested(''), 'the checks of communities and what they cite').to.equal(true);
    expect(checksRequested('-events') || checksRequested('-professions') || checksRequested('-providers'), 'other checks').to.equal(false);
    const calendar = leaseDataset([`${fixture('event-calendar-basic.json')}?calendar=${Math.random()}`], ['events'], ['communities', 'cohorts', 'programs', 'sources']);
    const result = await calendar.result;
    expect(result.ok && result.dataset.events.length).to.be.greaterThan(0);
    expect(checksRequested('-events'), 'the events’ checks, for the calendar').to.equal(true);
    expect(checksRequested('-professions') || checksRequested('-providers'), 'checks no widget here validates').to.equal(false);
    map.release();
    calendar.release();
  });

  it('fetches a URL once for many widgets', async () => {
    const url = `${fixture('minimal.json')}?share=${Math.random()}`;
    const leases = Array.from({ length: 20 }, () => leaseDataset([url]));
    const results = await Promise.all(leases.map((lease) => lease.result));
    expect(results.every((r) => r.ok)).to.equal(true);
    // Every widget gets the very same validated objects.
    expect(new Set(results.map((r) => (r.ok ? r.dataset : null))).size).to.equal(1);
    expect(requestsFor(url)).to.equal(1);
    leases.forEach((lease) => lease.release());
  });

  it('keeps the last file no widget uses, for a widget that comes back', async () => {
    const url = `${fixture('minimal.json')}?back=${Math.random()}`;
    const first = leaseDataset([url]);
    const before = await first.result;
    first.release();
    const again = leaseDataset([url]);
    const after = await again.result;
    again.release();
    expect(requestsFor(url), 'fetched once').to.equal(1);
    expect(after.ok && before.ok && after.dataset).to.equal(before.ok && before.dataset);
  });

  it('forgets a file no widget uses once another is let go, so a page that changes src holds one', async () => {
    /** Leases `url` until its dataset is ready, lets it go, and keeps only a weak reference to the dataset. */
    const borrow = async (url: string) => {
      const lease = leaseDataset([url]);
      const result = await lease.result;
      lease.release();
      expect(result.ok, url).to.equal(true);
      return new WeakRef(result.ok ? result.dataset : {});
    };
    const first = `${fixture('minimal.json')}?first=${Math.random()}`;
    const firstDataset = await borrow(first);
    const secondDataset = await borrow(`${fixture('community-map-basic.json')}?second=${Math.random()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await executeServerCommand('siip-collect-garbage'), 'garbage collection available').to.equal(true);
    expect(firstDataset.deref(), 'the first file, let go before the second').to.equal(undefined);
    expect(secondDataset.deref(), 'the last file let go').not.to.equal(undefined);
    await borrow(first);
    expect(requestsFor(first), 'fetched again when a widget asks for it').to.equal(2);
  });

  it('aborts a fetch that no widget needs any more', async () => {
    const url = new URL(`/__siip/never?abort=${Math.random()}`, location.href).href;
    const lease = leaseDataset([url]);
    lease.release();
    const result = await lease.result;
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.reason).to.equal('aborted');
  });

  it('resolves space-separated sources against the page', () => {
    expect(resolveSources(' a.json  b/c.json ', 'https://example.org/x/page.html', () => 'default')).to.deep.equal([
      'https://example.org/x/a.json',
      'https://example.org/x/b/c.json',
    ]);
    expect(resolveSources('', 'https://example.org/', () => 'default')).to.deep.equal(['default']);
  });
});
