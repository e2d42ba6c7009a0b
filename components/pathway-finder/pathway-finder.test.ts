import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import './pathway-finder.js';
import type { SiipPathwayFinder } from './pathway-finder.component.js';
import { PROGRESS_PREFIX, progressKey } from './progress-store.js';

const BASIC = new URL('../../data/fixtures/pathway-finder-basic.json', import.meta.url).href;
const HOSTILE = new URL('../../data/fixtures/pathway-finder-hostile.json', import.meta.url).href;
const REAL = new URL('../../data/siip-dataset.json', import.meta.url).href;
const NY_KEY = progressKey('registered-nurse', 'NY', 'pf-test.1');

interface Options {
  src?: string;
  profession?: string;
  state?: string;
  lang?: string;
  syncUrl?: boolean;
  headingLevel?: number;
}

/** Mounts the widget and waits until its data is shown. */
async function mount(options: Options = {}): Promise<SiipPathwayFinder> {
  const el = await fixture<SiipPathwayFinder>(html`<siip-pathway-finder
    src=${options.src ?? BASIC}
    profession=${options.profession ?? ''}
    state=${options.state ?? ''}
    lang=${options.lang ?? 'en'}
    heading-level=${options.headingLevel ?? 2}
    ?sync-url=${options.syncUrl ?? false}
  ></siip-pathway-finder>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.pickers, [part="error"]'), 'data did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: SiipPathwayFinder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SiipPathwayFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const selects = (el: SiipPathwayFinder) => $$<HTMLSelectElement>(el, '.pickers select');
const step = (el: SiipPathwayFinder, id: string) => $(el, `[data-step="${id}"]`)!;
const checkbox = (el: SiipPathwayFinder, id: string) => step(el, id).querySelector<HTMLInputElement>(':scope > .step__check input')!;

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function ourKeys(): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith(PROGRESS_PREFIX));
}

const originalGet = Storage.prototype.getItem;
const originalSet = Storage.prototype.setItem;

afterEach(async () => {
  Storage.prototype.getItem = originalGet;
  Storage.prototype.setItem = originalSet;
  ourKeys().forEach((k) => localStorage.removeItem(k));
  localStorage.removeItem('partner-key');
  history.replaceState(null, '', location.pathname + location.search);
  await emulateMedia({ media: 'screen' });
});

describe('<siip-pathway-finder> accessibility', () => {
  for (const lang of ['en', 'es', 'ar']) {
    it(`is accessible in ${lang}`, async () => {
      const el = await mount({ profession: 'registered-nurse', state: 'NY', lang });
      await expect(el).to.be.accessible();
    });
  }

  it('is accessible with a message and no pathway', async () => {
    const el = await mount({ profession: 'astronaut' });
    await expect(el).to.be.accessible();
  });
});

describe('<siip-pathway-finder> choosing', () => {
  it('shows the pathway named by the profession and state attributes', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect(text($(el, '.title'))).to.equal('Registered nurse in New York');
    expect($$(el, '.steps > .step').map((li) => li.dataset.step)).to.deep.equal(['rn-credentials', 'rn-english', 'rn-apply', 'rn-nclex']);
  });

  it('numbers the steps in headings at the chosen level', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY', headingLevel: 4 });
    expect($(el, '.title')!.tagName).to.equal('H4');
    const heading = step(el, 'rn-english').querySelector('.step__heading')!;
    expect(heading.tagName).to.equal('H5');
    expect(text(heading)).to.equal('Step 2 Prove your English');
  });

  it('shows the pickers and a prompt when nothing is chosen', async () => {
    const el = await mount();
    expect(selects(el)).to.have.length(2);
    expect(text($(el, '[part="message"]'))).to.contain('Choose your profession');
    expect($(el, '.steps')).to.equal(null);
  });

  it('offers every state, DC and Puerto Rico', async () => {
    const el = await mount();
    expect(selects(el)[1].options.length).to.equal(53); // 52 + "Choose a state"
  });

  it('shows a pathway when the reader picks a profession and a state, and fires siip-pathway-change', async () => {
    const el = await mount();
    const [profession, state] = selects(el);
    setTimeout(() => choose(profession, 'k12-teacher'));
    const first = await oneEvent(el, 'siip-pathway-change');
    expect(first.detail).to.deep.equal({ profession: 'k12-teacher', state: '' });
    setTimeout(() => choose(state, 'TX'));
    const second = await oneEvent(el, 'siip-pathway-change');
    expect(second.detail).to.deep.equal({ profession: 'k12-teacher', state: 'TX' });
    await el.updateComplete;
    expect(text($(el, '.title'))).to.equal('K-12 teacher in Texas');
    expect(el.state).to.equal('TX');
  });

  it('shows a clear message and the pickers for an unknown profession', async () => {
    const el = await mount({ profession: 'astronaut', state: 'NY' });
    const message = $(el, '[part="message"]')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(text(message)).to.contain('"astronaut"');
    expect(selects(el)).to.have.length(2);
  });

  it('shows a clear message for an unknown state', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'ZZ' });
    expect(text($(el, '[part="message"]'))).to.contain('"ZZ" is not a US state');
    expect($(el, '.steps')).to.equal(null);
  });

  it('says the file has no career steps when it has no professions', async () => {
    const el = await mount({ src: new URL('../../data/fixtures/minimal.json', import.meta.url).href, profession: 'registered-nurse' });
    expect(text($(el, '[part="message"]'))).to.contain('no career steps');
  });
});

describe('<siip-pathway-finder> steps', () => {
  it('shows the state’s own note where the dataset has one', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    const note = step(el, 'rn-credentials').querySelector('[part="state-note"]')!;
    expect(text(note)).to.contain('In New York');
    expect(text(note)).to.contain('CGFNS Credentials Verification Service report');
    expect(note.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/nysed-op');
  });

  it('says "check with your state’s board" and names the board for a state without a note', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'CA' });
    const note = step(el, 'rn-credentials').querySelector('[part="state-note"]')!;
    expect(text(note)).to.contain('Check with your state’s board: California Board of Registered Nursing');
    expect(text(note)).to.contain('Some boards accept only one evaluation agency.');
  });

  it('names the kind of board where the dataset names none', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'TX' });
    expect(text(step(el, 'rn-credentials').querySelector('[part="state-note"]'))).to.contain('Check with your state’s board: state board of nursing');
  });

  it('shows no state note for a step that is the same everywhere', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect(step(el, 'rn-nclex').querySelector('[part="state-note"]')).to.equal(null);
  });

  it('shows who runs a step, its official link, cost and time with their dates, and documents', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    const first = step(el, 'rn-credentials');
    const facts = text(first.querySelector('.facts'));
    expect(facts).to.contain('Who runs it CGFNS International');
    expect(facts).to.match(/Typical cost \$350\s?–\s?\$550 \(as of June 2025\)/);
    expect(facts).to.match(/Typical time 2\s?–\s?4 months \(as of June 2025\)/);
    expect(first.querySelector('.facts a[href="https://example.org/cgfns-ces"]')).to.not.equal(null);
    expect([...first.querySelectorAll('.docs li')].map(text)).to.deep.equal(['Nursing diploma and transcripts', 'Nursing licence from your home country', 'Passport']);
  });

  it('says "from" for a cost with no upper figure and "Unknown" for a missing one', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    const facts = text(step(el, 'rn-apply').querySelector('.facts'));
    expect(facts).to.contain('Typical cost from $100');
    expect(facts).to.contain('Typical time Unknown');
  });

  it('shows alternatives beside the step they replace, not in the main line', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    const alternative = step(el, 'rn-english').querySelector('.alternatives [data-step="rn-bridge"]')!;
    expect(text(alternative.querySelector('[part="step-number"]'))).to.equal('Instead of step 2');
    expect($$(el, '.steps > .step').map((li) => li.dataset.step)).to.not.include('rn-bridge');
  });

  it('shows optional steps in their own section', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    const optional = $(el, '[part="optional"]')!;
    expect(optional.querySelector('[data-step="rn-volunteer"] [part="step-number"]')!.textContent!.trim()).to.equal('Optional');
  });

  it('marks a conditional step as applying only to some readers', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect(text(step(el, 'rn-english').querySelector('.badge'))).to.equal('Only if it applies to you');
  });

  it('links each step to its sources', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect(text(step(el, 'rn-nclex').querySelector(':scope > .sources'))).to.equal('Sources: NCSBN: Licensure for internationally educated nurses');
  });
});

describe('<siip-pathway-finder> summary and help', () => {
  it('sums cost from the steps and leaves the top open when a step gives no maximum', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect(text($(el, '[part="summary"]'))).to.contain('Cost of the main steps at least $650');
  });

  it('sums time and says how many steps have no figure', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    const summary = text($(el, '[part="summary"]'));
    expect(summary).to.match(/Time, one step after another 3\s?–\s?10 months Steps with no figure \(not counted\): 1/);
    expect(summary).to.contain('Main steps 4 plus 1 optional');
  });

  it('says "Unknown" when no step has a figure', async () => {
    const el = await mount({ profession: 'k12-teacher', state: 'NY' });
    const items = $$(el, '[part="summary"] > div').map(text);
    expect(items).to.include.members(['Main steps 2']);
    expect(items.find((t) => t.startsWith('Time'))).to.match(/2\s?–\s?6 weeks Steps with no figure \(not counted\): 1/);
  });

  it('lists the communities and lead agencies in the chosen state', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    const help = $(el, '[part="help"]')!;
    expect(text(help.querySelector('.heading'))).to.equal('Who can help in New York');
    expect([...help.querySelectorAll('li')].map(text)).to.deep.equal([
      'Buffalo, NY — lead agency: Buffalo Office of New Americans',
      'New York City',
    ]);
    expect(help.querySelector('a[href="https://example.org/buffalo"]')).to.not.equal(null);
  });

  it('says when no community works in the state', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'WY' });
    expect(text($(el, '[part="help"]'))).to.contain('No SIIP community works in this state yet.');
  });
});

describe('<siip-pathway-finder> progress', () => {
  it('writes nothing to storage until the reader opts in', async () => {
    const before = localStorage.length;
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    checkbox(el, 'rn-credentials').click();
    await el.updateComplete;
    expect(localStorage.length).to.equal(before);
    expect(ourKeys()).to.deep.equal([]);
  });

  it('checks a step off, counts it and announces it', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    checkbox(el, 'rn-credentials').click();
    await el.updateComplete;
    expect(text($(el, '.progress__count'))).to.equal('1 of 4 steps done');
    expect(text($(el, '[role="status"][aria-live="polite"]'))).to.contain('Marked as done: Get your nursing education evaluated');
    expect(step(el, 'rn-credentials').classList.contains('is-done')).to.equal(true);
  });

  it('fires siip-step-toggle with the step and its state', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    setTimeout(() => checkbox(el, 'rn-nclex').click());
    const event = await oneEvent(el, 'siip-step-toggle');
    expect(event.detail).to.deep.equal({ stepId: 'rn-nclex', done: true });
  });

  it('can be checked off with the keyboard', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    checkbox(el, 'rn-apply').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(checkbox(el, 'rn-apply').checked).to.equal(true);
    expect(text($(el, '.progress__count'))).to.equal('1 of 4 steps done');
  });

  it('saves under a versioned key after "save my progress", and restores it', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    checkbox(el, 'rn-credentials').click();
    $<HTMLInputElement>(el, '.save-toggle')!.click();
    await el.updateComplete;
    const stored = JSON.parse(localStorage.getItem(NY_KEY)!);
    expect(stored).to.include({ v: 1 });
    expect(stored.steps).to.deep.equal(['rn-credentials']);
    const again = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect(checkbox(again, 'rn-credentials').checked).to.equal(true);
    expect($<HTMLInputElement>(again, '.save-toggle')!.checked).to.equal(true);
  });

  it('keeps progress per state', async () => {
    localStorage.setItem(NY_KEY, JSON.stringify({ v: 1, savedAt: '2026-11-23T00:00:00Z', steps: ['rn-nclex'] }));
    const el = await mount({ profession: 'registered-nurse', state: 'GA' });
    expect(checkbox(el, 'rn-nclex').checked).to.equal(false);
  });

  it('"clear" removes our key, unchecks the steps and leaves other keys alone', async () => {
    localStorage.setItem('partner-key', 'keep');
    localStorage.setItem(NY_KEY, JSON.stringify({ v: 1, savedAt: '2026-11-23T00:00:00Z', steps: ['rn-nclex'] }));
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    $<HTMLButtonElement>(el, '.clear')!.click();
    await el.updateComplete;
    expect(localStorage.getItem(NY_KEY)).to.equal(null);
    expect(localStorage.getItem('partner-key')).to.equal('keep');
    expect(checkbox(el, 'rn-nclex').checked).to.equal(false);
  });

  for (const [label, value] of [
    ['corrupt JSON', '{'],
    ['{"v":99}', '{"v":99}'],
    ['a __proto__ payload', '{"__proto__":{"x":1},"v":1,"steps":["rn-nclex"]}'],
  ]) {
    it(`starts fresh on ${label}, says so, and replaces it only on the next save`, async () => {
      localStorage.setItem(NY_KEY, value);
      const el = await mount({ profession: 'registered-nurse', state: 'NY' });
      expect(text($(el, '.notice'))).to.contain('could not read the progress saved on this device');
      expect($$<HTMLInputElement>(el, '.step__check input').every((c) => !c.checked)).to.equal(true);
      expect(localStorage.getItem(NY_KEY)).to.equal(value);
      $<HTMLInputElement>(el, '.save-toggle')!.click();
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem(NY_KEY)!).v).to.equal(1);
    });
  }

  it('starts fresh on a 5 MB stored value', async () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    Storage.prototype.getItem = function (key: string) {
      return key === NY_KEY ? huge : originalGet.call(this, key);
    };
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect(text($(el, '.notice'))).to.contain('could not read the progress saved on this device');
    expect($$(el, '.steps > .step')).to.have.length(4);
  });

  it('keeps working and says progress cannot be saved when setItem throws (quota)', async () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    checkbox(el, 'rn-credentials').click();
    $<HTMLInputElement>(el, '.save-toggle')!.click();
    await el.updateComplete;
    expect(text($(el, '.notice'))).to.contain('Progress cannot be saved in this browser');
    expect($<HTMLInputElement>(el, '.save-toggle')!.checked).to.equal(false);
    expect(checkbox(el, 'rn-credentials').checked).to.equal(true);
  });

  it('keeps working and says progress cannot be saved when storage throws on read (private mode)', async () => {
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect(text($(el, '.notice'))).to.contain('Progress cannot be saved in this browser');
    expect($<HTMLInputElement>(el, '.save-toggle')!.disabled).to.equal(true);
    checkbox(el, 'rn-nclex').click();
    await el.updateComplete;
    expect(text($(el, '.progress__count'))).to.equal('1 of 4 steps done');
  });
});

describe('<siip-pathway-finder> print', () => {
  it('prints the pathway with progress, the date, the data version and the page address, without the controls', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    checkbox(el, 'rn-credentials').click();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const shown = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';
    expect(shown($(el, '.pickers'))).to.equal(false);
    expect(shown($(el, '.actions'))).to.equal(false);
    expect(shown($(el, '.steps'))).to.equal(true);
    const footer = $(el, '[part="print-footer"]')!;
    expect(shown(footer)).to.equal(true);
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    expect(text(footer)).to.contain(`Printed on ${today}`);
    expect(text(footer)).to.contain('Data version pf-test.1, checked November 23, 2026');
    expect(text(footer)).to.contain(`Page address: ${location.href}`);
    const status = step(el, 'rn-credentials').querySelector('.print-status')!;
    expect(shown(status)).to.equal(true);
    expect(text(status)).to.equal('☑ Done');
  });

  it('hides the print footer on screen', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect(getComputedStyle($(el, '[part="print-footer"]')!).display).to.equal('none');
  });
});

describe('<siip-pathway-finder> share link', () => {
  it('restores profession, state and step from the fragment when sync-url is set', async () => {
    history.replaceState(null, '', '#siip-profession=k12-teacher&siip-state=tx&siip-step=t-tests');
    const el = await mount({ syncUrl: true });
    expect(text($(el, '.title'))).to.equal('K-12 teacher in Texas');
  });

  it('ignores the fragment without sync-url', async () => {
    history.replaceState(null, '', '#siip-profession=k12-teacher&siip-state=TX');
    const el = await mount();
    expect($(el, '.title')).to.equal(null);
  });

  it('writes the choice and step to the fragment, keeping the page’s own parameters', async () => {
    history.replaceState(null, '', '#tab=2');
    const el = await mount({ syncUrl: true, profession: 'registered-nurse' });
    await choose(selects(el)[1], 'GA');
    await el.updateComplete;
    checkbox(el, 'rn-nclex').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#tab=2&siip-profession=registered-nurse&siip-state=GA&siip-step=rn-nclex');
    const restored = await mount({ syncUrl: true });
    expect(text($(restored, '.title'))).to.equal('Registered nurse in Georgia');
  });

  it('leaves the address alone without sync-url', async () => {
    const el = await mount({ profession: 'registered-nurse' });
    await choose(selects(el)[1], 'GA');
    expect(location.hash).to.equal('');
    expect($(el, '.share')).to.equal(null);
  });

  it('offers the link to copy by hand when the clipboard is refused', async () => {
    const el = await mount({ syncUrl: true, profession: 'registered-nurse', state: 'NY' });
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    try {
      $<HTMLButtonElement>(el, '.share')!.click();
      await waitUntil(() => $(el, '.share-manual input'));
      expect($<HTMLInputElement>(el, '.share-manual input')!.value).to.contain('siip-profession=registered-nurse&siip-state=NY');
    } finally {
      navigator.clipboard.writeText = original;
    }
  });
});

describe('<siip-pathway-finder> languages', () => {
  it('shows dataset text and state names in Spanish, marking English fallbacks', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY', lang: 'es' });
    expect(text($(el, '.title'))).to.contain('Nueva York');
    expect(text(step(el, 'rn-credentials').querySelector('.step__title'))).to.equal('Haga evaluar su formación en enfermería');
    const english = step(el, 'rn-english').querySelector('.step__title span[lang="en"]')!;
    expect(english.textContent).to.equal('Prove your English');
    expect(english.nextElementSibling!.classList.contains('siip-untranslated')).to.equal(true);
  });

  it('lays out right to left in Arabic', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY', lang: 'ar' });
    const base = $(el, '[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(text($(el, '.title'))).to.contain('نيويورك');
    const item = step(el, 'rn-credentials');
    // The step's accent border is on the inline start: the right side in RTL.
    expect(getComputedStyle(item).borderRightWidth).to.equal('6px');
    expect(getComputedStyle(item).borderLeftWidth).to.equal('1px');
  });
});

describe('<siip-pathway-finder> robustness', () => {
  it('shows hostile dataset strings as text and runs nothing', async () => {
    (window as { __xss?: number }).__xss = undefined;
    const el = await mount({ src: HOSTILE, profession: 'registered-nurse', state: 'GA' });
    await aTimeout(50);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect(text(step(el, 's1').querySelector('.step__title'))).to.equal('<img src=x onerror="window.__xss=1"> step');
    const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.protocol);
    expect(hrefs.every((p) => p === 'https:')).to.equal(true);
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount({ profession: 'registered-nurse', state: 'NY' });
      const base = $(el, '[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('renders every profession of the real dataset for a state', async () => {
    const el = await mount({ src: REAL, profession: 'physician', state: 'TN' });
    for (const id of ['registered-nurse', 'k12-teacher', 'engineer-pe', 'physician', 'cpa', 'pharmacist']) {
      el.profession = id;
      await el.updateComplete;
      expect($$(el, '.steps > .step').length, id).to.be.greaterThan(0);
    }
    el.profession = 'physician';
    await el.updateComplete;
    expect(text(step(el, 'md-alternative-licensure').querySelector('[part="state-note"]'))).to.contain('In Tennessee');
  });
});
