import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { SiipElement } from './siip-element.js';
import '../../components/cohort-roster/cohort-roster.js';
import type { SiipCohortRoster } from '../../components/cohort-roster/cohort-roster.component.js';

class Probe extends SiipElement {}
class OtherCopy extends SiipElement {}

describe('SiipElement', () => {
  it('registers once; a second copy warns once and never throws', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      Probe.define('siip-probe-element');
      expect(() => OtherCopy.define('siip-probe-element')).not.to.throw();
      expect(() => OtherCopy.define('siip-probe-element')).not.to.throw();
      Probe.define('siip-probe-element');
    } finally {
      console.warn = original;
    }
    expect(customElements.get('siip-probe-element')).to.equal(Probe);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.include('already defined');
  });

  it('takes its language from its own lang, else the nearest ancestor, else the document, else English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"><section><siip-probe-element></siip-probe-element></section></div>`);
    const probe = wrapper.querySelector<Probe>('siip-probe-element')!;
    expect(probe.locale).to.equal('es');
    probe.lang = 'ar';
    expect(probe.locale).to.equal('ar');
    expect(probe.direction).to.equal('rtl');
    probe.lang = 'fa-AF';
    expect(probe.locale).to.equal('fa');
    expect(probe.direction).to.equal('rtl');
    probe.lang = 'de';
    expect(probe.locale).to.equal('en');
    probe.lang = '';
    wrapper.removeAttribute('lang');
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'es';
    try {
      expect(probe.locale).to.equal('es');
      document.documentElement.removeAttribute('lang');
      expect(probe.locale).to.equal('en');
      expect(probe.direction).to.equal('ltr');
    } finally {
      document.documentElement.lang = previous;
    }
  });

  it('re-renders when the page language changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><siip-cohort-roster src="/data/fixtures/minimal.json"></siip-cohort-roster></div>`);
    const roster = wrapper.querySelector<SiipCohortRoster>('siip-cohort-roster')!;
    const label = () => roster.shadowRoot!.querySelector('label')?.textContent;
    await new Promise<void>((resolve) => {
      const check = () => (label() ? resolve() : setTimeout(check, 20));
      check();
    });
    expect(label()).to.equal('Search');
    wrapper.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await roster.updateComplete;
    expect(label()).to.equal('Buscar');
  });

  it('fires siip-data-error (bubbling, composed) and shows a role=alert message with a retry button', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const roster = document.createElement('siip-cohort-roster') as SiipCohortRoster;
    roster.src = '/data/fixtures/wrong-major.json';
    setTimeout(() => wrapper.append(roster));
    const event = await oneEvent(wrapper, 'siip-data-error');
    expect(event.detail.reason).to.equal('version');
    expect(event.detail.url).to.match(/wrong-major\.json$/);
    expect(event.composed).to.equal(true);
    await roster.updateComplete;
    const alert = roster.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('2.0.0');
    expect(alert.querySelector('button')!.textContent!.trim()).to.equal('Try again');
  });
});

describe('dark scheme', () => {
  const textColour = async (style: string) => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}><siip-cohort-roster src="/data/fixtures/minimal.json"></siip-cohort-roster></div>`);
    return getComputedStyle(wrapper.querySelector('siip-cohort-roster')!).color;
  };

  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('follows the visitor’s dark mode where the page supports it, and stays light where it does not', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(await textColour('color-scheme: light dark')).to.equal('rgb(231, 235, 240)');
    expect(await textColour('')).to.equal('rgb(27, 31, 36)');
    await emulateMedia({ colorScheme: 'light' });
    expect(await textColour('color-scheme: light dark')).to.equal('rgb(27, 31, 36)');
    expect(await textColour('color-scheme: dark')).to.equal('rgb(231, 235, 240)');
  });
});
