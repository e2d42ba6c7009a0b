// Every widget in each of the ten UI languages: rendered in that language, axe-clean, right to left in Arabic
// and Persian, and (in the seven languages the data has no texts in) English data marked and isolated.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../components/cohort-roster/cohort-roster.js';
import '../components/community-map/community-map.js';
import '../components/event-calendar/event-calendar.js';
import '../components/pathway-finder/pathway-finder.js';
import { UI_LANGUAGES } from '../src/localization/languages.js';

const fixtureUrl = (name: string) => new URL(`../data/fixtures/${name}`, import.meta.url).href;
const DATA_LANGUAGES = new Set(['en', 'es', 'ar']);

type Translations = Record<string, Record<string, string>>;
async function translations(component: string): Promise<Translations> {
  const response = await fetch(new URL(`../components/${component}/${component}.i18n.json`, import.meta.url));
  return response.json() as Promise<Translations>;
}

interface WidgetCase {
  tag: string;
  component: string;
  mount: (lang: string) => TemplateResult;
  ready: string;
  /** A UI string and where it shows. */
  probe: { english: string; selector: string };
  /** Whether untranslated data text shows (so its English must be marked). */
  showsDataText: boolean;
}

const WIDGETS: WidgetCase[] = [
  {
    tag: 'siip-cohort-roster',
    component: 'cohort-roster',
    mount: (lang) => html`<siip-cohort-roster lang=${lang} src=${fixtureUrl('minimal.json')}></siip-cohort-roster>`,
    ready: '.count',
    probe: { english: 'Search', selector: 'label' },
    showsDataText: true,
  },
  {
    tag: 'siip-community-map',
    component: 'community-map',
    mount: (lang) => html`<siip-community-map lang=${lang} src=${fixtureUrl('community-map-basic.json')}></siip-community-map>`,
    ready: '.list',
    probe: { english: 'Search communities', selector: 'label span' },
    showsDataText: false,
  },
  {
    tag: 'siip-pathway-finder',
    component: 'pathway-finder',
    mount: (lang) =>
      html`<siip-pathway-finder lang=${lang} src=${fixtureUrl('pathway-finder-basic.json')} profession="registered-nurse" state="NY"></siip-pathway-finder>`,
    ready: '[part="summary"]',
    probe: { english: 'Your profession', selector: '.field__label' },
    showsDataText: true,
  },
  {
    tag: 'siip-event-calendar',
    component: 'event-calendar',
    mount: (lang) =>
      html`<siip-event-calendar lang=${lang} src=${fixtureUrl('event-calendar-basic.json')} today="2026-11-23" month="2026-12" view="list" timezone="America/New_York"></siip-event-calendar>`,
    ready: '[part="toolbar"]',
    probe: { english: 'Today', selector: '[part="toolbar"] button' },
    showsDataText: true,
  },
];

describe('ten UI languages', () => {
  for (const widget of WIDGETS) {
    describe(`<${widget.tag}>`, () => {
      let strings: Translations;
      before(async () => {
        strings = await translations(widget.component);
      });

      for (const { code, dir } of UI_LANGUAGES) {
        it(`renders in ${code}, ${dir}, axe-clean`, async () => {
          const el = await fixture<HTMLElement & { locale: string }>(widget.mount(code));
          const root = el.shadowRoot!;
          await waitUntil(() => root.querySelector(widget.ready), `${widget.tag} did not render in ${code}`, { timeout: 10_000 });
          await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;

          expect(el.locale).to.equal(code);
          const base = root.querySelector('[part="base"]')!;
          expect(base.getAttribute('dir')).to.equal(dir);
          expect(base.getAttribute('lang')).to.equal(code);
          expect(getComputedStyle(base).direction).to.equal(dir);

          const expected = code === 'en' ? widget.probe.english : strings[widget.probe.english][code];
          const shown = [...root.querySelectorAll(widget.probe.selector)].map((node) => node.textContent!.trim());
          expect(shown, `"${widget.probe.english}" in ${code}`).to.include(expected);

          if (widget.showsDataText && !DATA_LANGUAGES.has(code)) {
            // The fixtures' texts exist in English (and some in es/ar) only: shown in English, marked and isolated.
            const english = root.querySelector('[lang="en"]');
            expect(english, `English data text marked in ${code}`).to.exist;
            expect(english!.getAttribute('dir')).to.equal('ltr');
          }

          await expect(el).to.be.accessible();
        });
      }
    });
  }
});

describe('the step check box’s label', () => {
  it('is one sentence per language: no space before the English colon, a no-break space before the French one', async () => {
    for (const [lang, start, visible] of [
      ['en', 'I have done this step: ', 'Done'],
      ['fr', 'J’ai fait cette étape\u00a0: ', 'Fait'],
    ] as const) {
      const el = await fixture<HTMLElement>(
        html`<siip-pathway-finder lang=${lang} src=${fixtureUrl('pathway-finder-basic.json')} profession="registered-nurse"></siip-pathway-finder>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('input[type="checkbox"][id]'), 'no step check box', { timeout: 10_000 });
      const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"][id]')!;
      const label = el.shadowRoot!.querySelector(`label[for="${box.id}"]`)!;
      // What a screen reader reads: the label without its aria-hidden visible copy.
      const spoken = [...label.querySelectorAll('.siip-visually-hidden')].map((node) => node.textContent).join('');
      expect(spoken.startsWith(start), `${lang}: ${spoken}`).to.equal(true);
      expect(label.querySelector('[aria-hidden="true"]')!.textContent!.trim()).to.equal(visible);
    }
  });
});
