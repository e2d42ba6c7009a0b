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
const TEXAS = new URL('../../data/fixtures/pathway-finder-texas.json', import.meta.url).href;

/** Opens a step's details, as a reader would: its heading's button. */
async function openStep(el: SiipPathwayFinder, id: string): Promise<HTMLElement> {
  const item = step(el, id);
  const toggle = item.querySelector<HTMLButtonElement>(':scope > .step__heading .step__toggle')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
  return item.querySelector<HTMLElement>(':scope > .step__details')!;
}

async function openExtra(el: SiipPathwayFinder): Promise<HTMLElement> {
  $<HTMLButtonElement>(el, '[part="optional"] .section-toggle')!.click();
  await el.updateComplete;
  return $<HTMLElement>(el, '[part="optional"]')!;
}

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

  for (const lang of ['es', 'ar']) {
    it(`is accessible in ${lang} with the review note, every step and section open`, async () => {
      const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX', lang });
      await openEverything(el);
      expect($(el, '[part="review-note"]')).to.not.equal(null);
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
    const note = (await openStep(el, 'rn-credentials')).querySelector('[part="state-note"]')!;
    expect(text(note)).to.contain('In New York');
    expect(text(note)).to.contain('CGFNS Credentials Verification Service report');
    expect(note.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/nysed-op');
  });

  it('names and links the state’s authority for a step that differs by state and has no note', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'CA' });
    const note = (await openStep(el, 'rn-credentials')).querySelector('[part="state-note"]')!;
    expect(text(note)).to.contain('In California, California Board of Registered Nursing sets what this step asks.');
    expect(note.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/ca-brn');
    expect(text(note)).to.contain('Some boards accept only one evaluation agency.');
  });

  it('names the kind of board where the dataset names none', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'TX' });
    expect(text((await openStep(el, 'rn-credentials')).querySelector('[part="state-note"]'))).to.contain('Check with your state’s board: state board of nursing');
  });

  it('shows no state note for a step that is the same everywhere', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect((await openStep(el, 'rn-nclex')).querySelector('[part="state-note"]')).to.equal(null);
  });

  it('shows who runs a step, its official link, cost and time with their dates, and documents', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    const first = await openStep(el, 'rn-credentials');
    const facts = text(first.querySelector('.facts'));
    expect(facts).to.contain('Who runs it CGFNS International');
    expect(facts).to.match(/Typical cost \$350\s?–\s?\$550 \(as of June 2025\)/);
    expect(facts).to.match(/Typical time 2\s?–\s?4 months \(as of June 2025\)/);
    expect(first.querySelector('.facts a[href="https://example.org/cgfns-ces"]')).to.not.equal(null);
    expect([...first.querySelectorAll('.docs li')].map(text)).to.deep.equal(['Nursing diploma and transcripts', 'Nursing licence from your home country', 'Passport']);
  });

  it('says "from" for a cost with no upper figure and "Not published" for a missing one', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect(text(step(el, 'rn-apply').querySelector('.step__meta'))).to.equal('from $100 Time not published');
    const facts = text((await openStep(el, 'rn-apply')).querySelector('.facts'));
    expect(facts).to.contain('Typical cost from $100');
    expect(facts).to.contain('Typical time Not published');
  });

  it('shows alternatives beside the step they replace, not in the main line', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    const alternative = (await openStep(el, 'rn-english')).querySelector('.alternatives [data-step="rn-bridge"]')!;
    expect(text(alternative.querySelector('[part="step-number"]'))).to.equal('Instead of step 2');
    expect($$(el, '.steps > .step').map((li) => li.dataset.step)).to.not.include('rn-bridge');
  });

  it('shows optional steps in their own section', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect($(el, '[part="optional"] [data-step="rn-volunteer"]'), 'closed until asked').to.equal(null);
    const optional = await openExtra(el);
    expect(optional.querySelector('[data-step="rn-volunteer"] [part="step-number"]')!.textContent!.trim()).to.equal('Optional');
  });

  it('marks a conditional step as applying only to some readers', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect(text(step(el, 'rn-english').querySelector('.badge'))).to.equal('Only if it applies to you');
  });

  it('links each step to its sources', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect(text((await openStep(el, 'rn-nclex')).querySelector(':scope > .sources'))).to.equal('Sources: NCSBN: Licensure for internationally educated nurses (undated)');
  });
});

describe('<siip-pathway-finder> summary and help', () => {
  it('says time and cost in one sentence: the sources’ whole-path estimate, and the sum of the steps explained', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    expect(text($(el, '.summary__headline'))).to.match(/^About 6\s?–\s?24 months and at least \$650\.$/);
    expect(text($(el, '.summary__explanation'))).to.match(
      /^6\s?–\s?24 months is the sources’ estimate for the whole path, waits included; the steps’ own times add up to 3\s?–\s?10 months, and 1 step gives no time\.$/,
    );
  });

  it('counts the steps whose fees are not published, and sums the steps’ times where the sources give no estimate', async () => {
    const el = await mount({ profession: 'k12-teacher', state: 'NY' });
    expect(text($(el, '.summary__headline'))).to.match(/^About 2\s?–\s?6 weeks and \$100\s?–\s?\$250, plus fees that are not published for 1 step\.$/);
    expect(text($(el, '.summary__explanation'))).to.equal('The time is the steps’ own times added up; 1 step gives no time, so it can take longer.');
  });

  it('uses the plural forms of Arabic for the count of unpublished fees', async () => {
    // A plan of the national data with dated figures and some fees the sources do not publish.
    const headlines: string[] = [];
    for (const profession of ['registered-nurse', 'pharmacist', 'physician', 'engineer-pe', 'cpa', 'k12-teacher']) {
      const el = await mount({ src: REAL, profession, state: 'TX', lang: 'ar' });
      headlines.push(text($(el, '.summary__headline')));
    }
    const withUnpublished = headlines.filter((headline) => headline.includes('رسوم غير منشورة'));
    expect(withUnpublished, headlines.join(' | ')).to.not.be.empty;
    for (const headline of withUnpublished) expect(headline).to.match(/إضافةً إلى رسوم غير منشورة (لخطوة واحدة|لخطوتين|لـ\d+ خطوات|لـ\d+ خطوة)\.$/);
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
  it('"Print my plan" prints a view holding only the plan: steps with their done boxes, links written out, nothing else of the page', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX' });
    const around = document.createElement('p');
    around.textContent = 'Partner page text that must not print';
    document.body.append(around);
    try {
      checkbox(el, 'rn-eval').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.print')!.click();
    await waitUntil(() => el.printDocument?.querySelector('main'), 'no print view');
      const doc = el.printDocument!;
      const printed = text(doc.body);
      expect(doc.documentElement.lang).to.equal('en');
      expect(printed).to.not.contain('Partner page text');
      expect(doc.querySelectorAll('select, button, input')).to.have.length(0);
      expect([...doc.querySelectorAll('.step h3')].map((h) => text(h).slice(0, 2))).to.deep.equal(['☑ ', '☐ ', '☐ ', '☐ ', '☐ ']);
      expect(printed).to.contain('Step 1: Get your nursing education evaluated Done');
      // Every step open, and every link with its address written out beside it.
      expect(printed).to.contain('Nursing diploma and transcripts');
      for (const a of doc.querySelectorAll('a')) expect(text(a.nextElementSibling), text(a)).to.equal(a.getAttribute('href'));
      expect(printed).to.contain('In Texas, this profession is licensed by Texas Board of Nursing. https://example.org/tx-bon');
      // Only the plan's frame, inside the widget: nothing added to the partner's page.
      expect(document.querySelectorAll('iframe')).to.have.length(0);
    } finally {
      around.remove();
    }
  });

  it('the printed plan says when the data release was compiled and that figures are dated as shown, never that they were checked today', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX' });
    $<HTMLButtonElement>(el, '.print')!.click();
    await waitUntil(() => el.printDocument?.querySelector('main'), 'no print view');
    const printed = text(el.printDocument!.body);
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    expect(printed).to.contain('Data release pf-texas.1, compiled November 23, 2026. Each cost and time is dated as shown beside it;');
    expect(printed).to.contain(`Printed on ${today}`);
    expect(printed).to.not.match(/checked|verified|accessed/i);
    expect(printed).to.match(/\$350 \(as of June 2025\)/);
    expect(printed).to.match(/4\s?–\s?6 months \(as of 2019\) May have changed — check the official page\./);
    expect(printed).to.contain('CGFNS fees https://example.org/cgfns-fees (undated)');
    expect(printed).to.contain('(published June 10, 2024)');
  });

  it('prints in the widget’s language and direction', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX', lang: 'ar' });
    $<HTMLButtonElement>(el, '.print')!.click();
    await waitUntil(() => el.printDocument?.querySelector('main'), 'no print view');
    const doc = el.printDocument!;
    expect([doc.documentElement.lang, doc.documentElement.dir]).to.deep.equal(['ar', 'rtl']);
    expect(text(doc.querySelector('h1'))).to.equal('ممرض مسجل — تكساس');
  });

  it('keeps the controls out of a printout of the whole page', async () => {
    const el = await mount({ profession: 'registered-nurse', state: 'NY' });
    await emulateMedia({ media: 'print' });
    const shown = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';
    expect(shown($(el, '.pickers'))).to.equal(false);
    expect(shown($(el, '.actions'))).to.equal(false);
    expect(shown($(el, '.steps'))).to.equal(true);
  });
});

describe('<siip-pathway-finder> share link', () => {
  it('restores profession, state and step from the fragment when sync-url is set', async () => {
    history.replaceState(null, '', '#siip-profession=k12-teacher&siip-state=tx&siip-step=t-tests');
    const el = await mount({ syncUrl: true });
    expect(text($(el, '.title'))).to.equal('K-12 teacher in Texas');
  });

  it('takes up the plan in the address when sync-url is turned on after the widget is shown', async () => {
    history.replaceState(null, '', '#siip-profession=k12-teacher&siip-state=TX');
    const el = await mount();
    expect($(el, '.title')).to.equal(null);
    el.syncUrl = true;
    await el.updateComplete;
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
    expect(getComputedStyle(item).borderRightWidth).to.equal('5px');
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
    await openStep(el, 's1');
    const hrefs = $$<HTMLAnchorElement>(el, 'a:not([part="skip-link"])').map((a) => a.protocol);
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
    await openStep(el, 'md-residency');
    expect(text((await openStep(el, 'md-alternative-licensure')).querySelector('[part="state-note"]'))).to.contain('In Tennessee');
  });
});

/** Every text the reader can meet: all steps and sections opened. */
async function openEverything(el: SiipPathwayFinder): Promise<void> {
  if ($(el, '[part="optional"] .section-toggle[aria-expanded="false"]')) await openExtra(el);
  for (let closed = $$<HTMLButtonElement>(el, '.step__toggle[aria-expanded="false"]'); closed.length; closed = $$(el, '.step__toggle[aria-expanded="false"]')) {
    closed.forEach((button) => button.click());
    await el.updateComplete;
  }
}

/** Text nodes of the widget's shadow root, with the nearest `lang` above each. */
function textsWithLang(el: SiipPathwayFinder): { text: string; lang: string; node: Text }[] {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const found: { text: string; lang: string; node: Text }[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest('style, option') || !node.data.trim()) continue;
    found.push({ text: node.data.trim(), lang: parent.closest('[lang]')!.getAttribute('lang')!, node });
  }
  return found;
}

const ENGLISH_WORDS = /\b(the|and|your|you|of|to|for|with|step|steps|this|is|are|from|not|check|board|licen[cs]e)\b/i;

describe('<siip-pathway-finder> issue 9: the Spanish Texas nurse plan', () => {
  it('has no English prose outside proper names, names the Texas authority with a link, and cites no other state’s rules', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX', lang: 'es' });
    await openEverything(el);
    const texts = textsWithLang(el);
    const english = texts.filter((t) => t.lang === 'es' && ENGLISH_WORDS.test(t.text)).map((t) => t.text);
    expect(english, 'English words in Spanish text').to.deep.equal([]);
    // What is in English is a proper name (marked translate="no") or a source's published title, a link to it.
    for (const t of texts.filter((t) => t.lang === 'en')) expect(t.node.parentElement!.closest('a, [translate="no"]'), t.text).to.not.equal(null);
    expect($(el, '.siip-untranslated')).to.equal(null);

    const authority = $(el, '[part="authority"]')!;
    expect(text(authority)).to.equal('En Texas, la licencia de esta profesión la otorga Junta de Enfermería de Texas.');
    expect(authority.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/tx-bon');

    // The state picker lists every state; the plan itself names no other.
    const plan = texts.filter((t) => !t.node.parentElement!.closest('.pickers')).map((t) => t.text).join(' ');
    expect(plan).to.contain('Texas');
    expect(plan).to.not.match(/Georgia|Atlanta/);
    expect($$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'))).to.not.include.members(['https://example.org/ga-rule', 'https://example.org/ga-bon']);
    expect(step(el, 'rn-ga-transfer')).to.equal(null);
  });
});

describe('<siip-pathway-finder> issue 9: the Spanish Texas nurse plan on the national data', () => {
  it('has no English prose outside proper names, links the Texas Board of Nursing and cites no Georgia rule', async () => {
    const el = await mount({ src: REAL, profession: 'registered-nurse', state: 'TX', lang: 'es' });
    await openEverything(el);
    const texts = textsWithLang(el);
    const english = texts.filter((t) => t.lang === 'es' && ENGLISH_WORDS.test(t.text)).map((t) => t.text);
    expect(english, 'English words in Spanish text').to.deep.equal([]);
    for (const t of texts.filter((t) => t.lang === 'en')) expect(t.node.parentElement!.closest('a, [translate="no"]'), t.text).to.not.equal(null);

    const authority = $(el, '[part="authority"]')!;
    expect(text(authority)).to.contain('Junta de Enfermería de Texas');
    expect(authority.querySelector('a')!.getAttribute('href')).to.match(/^https:\/\/www\.bon\.texas\.gov/);

    const plan = texts.filter((t) => !t.node.parentElement!.closest('.pickers')).map((t) => t.text).join(' ');
    expect(plan).to.not.match(/Georgia/);
    expect($$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href') ?? '').filter((href) => /ga\.gov|georgia|410-2/i.test(href))).to.deep.equal([]);
  });
});

describe('<siip-pathway-finder> issue 9: authority, dates, translations, who can help', () => {
  it('names the authority in the summary and in each step that differs by state, with its page', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX' });
    expect(text($(el, '[part="authority"]'))).to.equal('In Texas, this profession is licensed by Texas Board of Nursing.');
    const note = (await openStep(el, 'rn-english')).querySelector('[part="state-note"]')!;
    expect(text(note)).to.equal('In Texas In Texas, Texas Board of Nursing sets what this step asks. Check its page before you start.');
    expect(note.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/tx-bon');
    expect(note.querySelector('a')!.getAttribute('target')).to.equal('_blank');
  });

  it('links the national directory where the data names no authority, and says it is a directory', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'OH' });
    const authority = $(el, '[part="authority"]')!;
    expect(text(authority)).to.equal('Find the licensing authority for Ohio in NCSBN: Contact a board of nursing, a national directory.');
    expect(authority.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/ncsbn-boards');
    const note = (await openStep(el, 'rn-english')).querySelector('[part="state-note"]')!;
    expect(text(note)).to.contain('Find the authority for Ohio in NCSBN: Contact a board of nursing, a national directory');
  });

  it('dates each figure and marks figures older than three years as possibly changed', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX' });
    const facts = (await openStep(el, 'rn-eval')).querySelectorAll('.facts dd');
    const [cost, time] = [...facts].slice(-2).map(text);
    expect(cost).to.match(/^from \$350 \(as of June 2025\) Faster service costs more\.$/);
    expect(time).to.match(/^4\s?–\s?6 months \(as of 2019\) May have changed — check the official page\.$/);
  });

  it('shows each source’s own date (updated, published or undated), never the day it was read', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX' });
    const sources = [...(await openStep(el, 'rn-eval')).querySelectorAll(':scope > .sources li')].map(text);
    expect(sources).to.deep.equal(['CGFNS fees (undated)', 'NCSBN: Licensure for internationally educated nurses (updated March 2025)']);
    const apply = text((await openStep(el, 'rn-apply')).querySelector('[part="state-note"] .sources'));
    expect(apply).to.contain('(published June 10, 2024)');
    expect(text(el.shadowRoot!.querySelector('[part="base"]'))).to.not.match(/accessed|checked on/i);
  });

  it('says once, quietly, that the translation is not reviewed, and shows the English original on request', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX', lang: 'es' });
    const notes = $$(el, '[part="review-note"]');
    expect(notes).to.have.length(1);
    expect(notes[0].getAttribute('role'), 'not an alarm').to.equal(null);
    expect(text(step(el, 'rn-eval').querySelector('.step__title'))).to.equal('Haga evaluar su formación en enfermería');
    const button = notes[0].querySelector<HTMLButtonElement>('button')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    const title = step(el, 'rn-eval').querySelector('.step__title span[lang="en"]')!;
    expect([title.textContent, title.getAttribute('dir')]).to.deep.equal(['Get your nursing education evaluated', 'ltr']);
    expect(text($(el, '.pickers')), 'the interface stays in Spanish').to.contain('Su profesión');
  });

  it('shows no review note in English, nor where a person reviewed the translation', async () => {
    const english = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX' });
    expect($(english, '[part="review-note"]')).to.equal(null);
    const response = await fetch(TEXAS);
    const reviewed = { ...(await response.json()), reviewed: { es: '2026-11-30' } };
    const url = URL.createObjectURL(new Blob([JSON.stringify(reviewed)], { type: 'application/json' }));
    try {
      const el = await mount({ src: url, profession: 'registered-nurse', state: 'TX', lang: 'es' });
      expect($(el, '.steps')).to.not.equal(null);
      expect($(el, '[part="review-note"]')).to.equal(null);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('lists who can help in the state, with the agency’s page, its role and the roster’s caveat, and no agency that does not serve the state', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX' });
    const items = [...$(el, '[part="help"]')!.querySelectorAll('li')];
    expect(items.map(text)).to.deep.equal([
      'Houston, TX — lead agency: Houston Office of New Americans — Runs the local SIIP team (role not confirmed by the program)',
      'Gulf Coast region',
    ]);
    expect(items[0].querySelector('a')!.getAttribute('href')).to.equal('https://example.org/houston');
    const louisiana = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'LA' });
    expect(text($(louisiana, '[part="help"] li'))).to.equal('Gulf Coast region — lead agency: Louisiana Welcome Office');
  });
});

describe('<siip-pathway-finder> issue 11: phone, keyboard, screen reader', () => {
  it('shows what to do first on the first screen at 390 px, after the pickers', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const el = await mount({ src: REAL, profession: 'registered-nurse', state: 'TX', lang: 'es' });
      const next = $(el, '[part="next"]')!;
      expect(text(next)).to.match(/^Qué hacer primero: Paso 1 — /);
      expect(next.getBoundingClientRect().bottom - el.getBoundingClientRect().top).to.be.below(844);
      expect(step(el, 'rn-credential-evaluation').getBoundingClientRect().bottom - el.getBoundingClientRect().top).to.be.below(844);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows each step as a compact row (title, who, cost, time, done box) that opens its details in place', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX' });
    const row = step(el, 'rn-eval');
    const toggle = row.querySelector<HTMLButtonElement>('.step__toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(text(row.querySelector('.step__meta'))).to.match(/^CGFNS International from \$350 4\s?–\s?6 months$/);
    expect(row.querySelector<HTMLElement>('.step__details')!.hidden).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = row.querySelector<HTMLElement>('.step__details')!;
    expect(details.hidden).to.equal(false);
    expect(details.id).to.equal(toggle.getAttribute('aria-controls'));
    expect(details.querySelector('.sources'), 'sources inside the details').to.not.equal(null);
    expect($$(el, '.step__details:not([hidden])')).to.have.length(1);
  });

  for (const [label, options] of [
    ['the Texas nurse plan of the real dataset', { src: REAL, profession: 'registered-nurse', state: 'TX', lang: 'es' }],
    ['the physician plan in Tennessee, with share link', { src: REAL, profession: 'physician', state: 'TN', syncUrl: true }],
    ['the widest real plan, in the state with the most communities', { src: REAL, profession: 'cpa', state: 'MA', syncUrl: true }],
  ] as const) {
    it(`is passed in at most 30 Tab presses: ${label}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <siip-pathway-finder
          src=${options.src}
          profession=${options.profession}
          state=${options.state}
          lang=${'lang' in options ? options.lang : 'en'}
          ?sync-url=${'syncUrl' in options}
        ></siip-pathway-finder>
        <button id="after">after</button>
      </div>`);
      const el = wrapper.querySelector<SiipPathwayFinder>('siip-pathway-finder')!;
      await waitUntil(() => el.shadowRoot!.querySelector('.steps'), 'plan not shown', { timeout: 5000 });
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      let presses = 0;
      while (document.activeElement?.id !== 'after' && presses < 80) {
        await sendKeys({ press: 'Tab' });
        presses++;
      }
      expect(document.activeElement?.id).to.equal('after');
      expect(presses - 1, 'stops inside the widget').to.be.at.most(30);
    });
  }

  it('offers a skip link whose next Tab leaves the widget', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <siip-pathway-finder src=${TEXAS} profession="registered-nurse" state="TX" lang="en"></siip-pathway-finder>
      <button id="after">after</button>
    </div>`);
    const el = wrapper.querySelector<SiipPathwayFinder>('siip-pathway-finder')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.steps'), 'plan not shown', { timeout: 5000 });
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const skip = el.shadowRoot!.activeElement!;
    expect(text(skip)).to.equal('Skip past the career steps');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });

  it('announces a new plan once when the reader picks another state, in the widget’s language', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX', lang: 'es' });
    const region = $(el, '[part="announcer"]')!;
    expect(text(region)).to.equal('');
    await choose(selects(el)[1], 'GA');
    await el.updateComplete;
    expect(text(region)).to.equal('Ahora se muestra: Enfermero/a registrado/a en Georgia, 5 pasos.');
    expect($$(el, '[aria-live]')).to.have.length(1);
  });

  it('announces a plan changed by the page (attribute) and by a linked widget’s choice', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX' });
    el.setAttribute('state', 'LA');
    await el.updateComplete;
    expect(text($(el, '[part="announcer"]'))).to.equal('Now showing: Registered nurse in Louisiana, 4 steps.');
    el.setAttribute('group', 'g');
    const map = document.createElement('div');
    map.setAttribute('group', 'g');
    document.body.append(map);
    try {
      map.dispatchEvent(new CustomEvent('siip-community-select', { bubbles: true, composed: true, detail: { communityId: 'atlanta-ga' } }));
      await el.updateComplete;
      expect(el.state).to.equal('GA');
      expect(text($(el, '[part="announcer"]'))).to.equal('Atlanta, GA was chosen in a linked widget. Now showing: Registered nurse in Georgia, 5 steps.');
    } finally {
      map.remove();
    }
  });

  it('announces a checked step in Arabic with the right plural', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX', lang: 'ar' });
    checkbox(el, 'rn-eval').click();
    await el.updateComplete;
    const said = text($(el, '[part="announcer"]'));
    expect(said).to.contain('قيّم شهادتك في التمريض');
    expect(said).to.not.match(/[A-Za-z]/);
  });

  it('reflects nothing onto the host that the page did not set', async () => {
    const el = await fixture<SiipPathwayFinder>(html`<siip-pathway-finder src=${TEXAS}></siip-pathway-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.pickers'), 'data did not load', { timeout: 5000 });
    await choose(selects(el)[0], 'registered-nurse');
    await choose(selects(el)[1], 'TX');
    el.syncUrl = true;
    el.headingLevel = 4;
    await el.updateComplete;
    const ours = ['profession', 'state', 'sync-url', 'heading-level', 'src'];
    expect(el.getAttributeNames().filter((name) => ours.includes(name))).to.deep.equal(['src']);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('isolates English inside Arabic and writes numbers and currency through Intl', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX', lang: 'ar' });
    const details = await openStep(el, 'rn-eval');
    const english = [...details.querySelectorAll('[lang="en"]')];
    expect(english.length).to.be.greaterThan(0);
    for (const node of english) expect(node.getAttribute('dir') ?? node.closest('bdi')?.tagName, node.textContent!).to.be.oneOf(['ltr', 'BDI']);
    const expected = new Intl.NumberFormat('ar', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(350);
    const meta = text(step(el, 'rn-eval').querySelector('.step__meta'));
    expect(meta.replace(/[\u2066\u2069]/g, '')).to.contain(expected.replace(/\s+/g, ' '));
    expect(meta, 'the currency symbol isolated').to.contain('\u2066US$\u2069');
    expect(step(el, 'rn-eval').querySelector('.step__meta bdi')!.textContent).to.equal('CGFNS International');
  });
});

describe('<siip-pathway-finder> issue 12: partner pages', () => {
  /** Rendered sizes of every text and every control, at the widget's size. */
  function measure(el: SiipPathwayFinder) {
    const small: string[] = [];
    for (const t of textsWithLang(el)) {
      const parent = t.node.parentElement!;
      if (parent.closest('.siip-visually-hidden, [hidden]') || !parent.getClientRects().length) continue;
      if (parseFloat(getComputedStyle(parent).fontSize) < 12) small.push(t.text);
    }
    const targets: string[] = [];
    for (const control of $$(el, 'button, select, input, summary')) {
      const box = control.getBoundingClientRect();
      if (!box.width) continue;
      // A check box counts with its label, which is part of its target.
      const label = control.closest('label')?.getBoundingClientRect() ?? box;
      if (Math.max(box.height, label.height) < 24 || Math.max(box.width, label.width) < 24) targets.push(control.outerHTML.slice(0, 60));
    }
    return { small, targets };
  }

  for (const root of ['62.5%', '20px']) {
    it(`keeps text at 12 px or more and targets at 24 px or more under a ${root} root, sized from its own base`, async () => {
      document.documentElement.style.fontSize = root;
      try {
        const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX' });
        el.style.setProperty('--siip-font-size', '14px');
        await openStep(el, 'rn-eval');
        const { small, targets } = measure(el);
        expect(small, 'text under 12 px').to.deep.equal([]);
        expect(targets, 'targets under 24 px').to.deep.equal([]);
        // em, not rem: the title follows the widget's base, whatever the page's root.
        expect(parseFloat(getComputedStyle($(el, '.title')!).fontSize)).to.be.closeTo(14 * 1.35, 0.5);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  }

  for (const [width, limit] of [
    [390, 2600],
    [300, 3200],
  ]) {
    it(`stays within a few screens at ${width} px with the steps closed (real Texas nurse plan)`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px">
        <siip-pathway-finder src=${REAL} profession="registered-nurse" state="TX" lang="es"></siip-pathway-finder>
      </div>`);
      const el = wrapper.querySelector<SiipPathwayFinder>('siip-pathway-finder')!;
      await waitUntil(() => el.shadowRoot!.querySelector('.steps'), 'plan not shown', { timeout: 5000 });
      expect(el.getBoundingClientRect().height).to.be.below(limit);
      const base = $(el, '[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    });
  }

  it('keeps heading levels consecutive from heading-level', async () => {
    const el = await mount({ src: TEXAS, profession: 'registered-nurse', state: 'TX', headingLevel: 5 });
    await openEverything(el);
    const levels = $$(el, 'h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
    expect(levels[0]).to.equal(5);
    expect(Math.max(...levels)).to.equal(6);
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).to.be.at.most(1);
  });
});
