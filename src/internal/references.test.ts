import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { buildDataset } from '../data/load.js';
import type { Dataset, Organization } from '../data/schema.js';
import { renderOrganization, renderSourceList, sourcesOf } from './references.js';
import { safeHref } from './safe-href.js';
import { isTimeZone } from './time-zone.js';
import { normalizeForSearch } from './search.js';

function mount(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host;
}

describe('safeHref', () => {
  it('keeps web, mail and phone links and refuses everything else', () => {
    expect(safeHref('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeHref('mailto:a@example.org')).to.equal('mailto:a@example.org');
    expect(safeHref('tel:+15555550100')).to.equal('tel:+15555550100');
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref('data:text/html,<b>x</b>')).to.equal(undefined);
    expect(safeHref('/relative/path')).to.equal(undefined);
    expect(safeHref(undefined)).to.equal(undefined);
  });
});

describe('renderOrganization', () => {
  const org: Organization = { name: 'Welcome Center', url: 'https://example.org', role: { en: 'Lead', es: 'Líder' }, certainty: 'reported' };

  it('links the name out of the widget, with its role and an unconfirmed-role note', () => {
    const host = mount(renderOrganization(org, 'es'));
    const link = host.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(host.textContent).to.contain('Líder');
    expect(host.querySelector('.muted')).to.exist;
  });

  it('shows the name without a link when the URL is not safe, and only the name with role: false', () => {
    const host = mount(renderOrganization({ ...org, url: 'javascript:alert(1)' }, 'en', { role: false }));
    expect(host.querySelector('a')).to.equal(null);
    expect(host.textContent!.trim()).to.equal('Welcome Center');
  });
});

describe('sourcesOf and renderSourceList', () => {
  let dataset: Dataset;
  before(async () => {
    const result = buildDataset([{ url: '/data/fixtures/minimal.json', data: await (await fetch('/data/fixtures/minimal.json')).json() }]);
    if (!result.ok) throw new Error('fixture');
    dataset = result.dataset;
  });

  it('finds sources by id in the order asked, skipping unknown ids', () => {
    const ids = dataset.sources.map((source) => source.id).reverse();
    expect(ids.length).to.be.greaterThan(0);
    expect(sourcesOf(dataset, ['no-such-source', ...ids]).map((source) => source.id)).to.deep.equal(ids);
    expect(sourcesOf(undefined, ids)).to.deep.equal([]);
  });

  it('lists sources as English links with their publisher when asked', () => {
    const [source] = dataset.sources;
    const host = mount(renderSourceList([{ ...source, publisher: 'Publisher X' }], { publisher: true }));
    const link = host.querySelector('li a')!;
    expect(link.getAttribute('lang')).to.equal('en');
    expect(link.textContent).to.equal(source.title);
    expect(host.textContent).to.contain('Publisher X');
  });
});

describe('isTimeZone and normalizeForSearch', () => {
  it('knows IANA zones and refuses others', () => {
    expect(isTimeZone('America/Chicago')).to.equal(true);
    expect(isTimeZone('Mars/Olympus')).to.equal(false);
    expect(isTimeZone('Mars/Olympus')).to.equal(false);
  });

  it('folds case, accents and spaces', () => {
    expect(normalizeForSearch('  São  Tomé ')).to.equal('sao tome');
  });
});
