/** The configurator page (src/demo/configurator.*), served as dist/ lays it out, under a strict CSP. */
import { expect, waitUntil } from '@open-wc/testing';

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

async function openConfigurator() {
  frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '900px';
  frame.src = '/__siip/configurator.html';
  document.body.append(frame);
  await new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.getElementById('cfg-snippet')?.textContent, 'no snippet', { timeout: 10_000 });
  return doc;
}

/** Types into a field the way a person does: value, then an input event. */
function type(doc: Document, id: string, value: string) {
  const input = doc.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('configurator', () => {
  it('starts with a pinned-version snippet for the first widget', async () => {
    const doc = await openConfigurator();
    expect(doc.getElementById('cfg-snippet')!.textContent).to.equal(
      '<script type="module" src="https://unpkg.com/siip-widgets@0.1.0/dist/siip-widgets.js"></script>\n' +
        '<siip-cohort-roster></siip-cohort-roster>',
    );
    expect(doc.getElementById('cfg-iframe')!.textContent).to.contain('https://unpkg.com/siip-widgets@0.1.0/dist/embed.html?widget=siip-cohort-roster');
  });

  it('previews the widget at phone and desktop width and in Arabic, right to left', async () => {
    const doc = await openConfigurator();
    await waitUntil(() => doc.querySelector('#cfg-preview-rtl siip-cohort-roster'), 'no preview', { timeout: 5_000 });
    // The drop-in loads each element's code once its tag is on the page.
    await doc.defaultView!.customElements.whenDefined('siip-cohort-roster');
    const phone = doc.querySelector('#cfg-preview-phone siip-cohort-roster')!;
    expect(Math.round(phone.getBoundingClientRect().width)).to.be.at.most(360);
    expect(doc.querySelector('#cfg-preview-desktop siip-cohort-roster')!.getBoundingClientRect().width).to.be.greaterThan(500);
    const rtl = doc.querySelector('#cfg-preview-rtl siip-cohort-roster')!;
    await waitUntil(() => rtl.shadowRoot?.querySelector('[part="base"][dir="rtl"]'), 'RTL preview did not render', { timeout: 10_000 });
  });

  it('offers the ten languages by their own names, and previews Persian right to left when it is chosen', async () => {
    const doc = await openConfigurator();
    const lang = doc.getElementById('cfg-common-lang') as HTMLSelectElement;
    expect([...lang.options].map((option) => option.value)).to.deep.equal(['', 'en', 'es', 'ar', 'fr', 'zh-Hans', 'pt', 'uk', 'fa', 'vi', 'ht']);
    expect([...lang.options].find((option) => option.value === 'fa')!.textContent).to.equal('فارسی (fa)');
    lang.value = 'fa';
    lang.dispatchEvent(new Event('input', { bubbles: true }));
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    expect(doc.getElementById('cfg-snippet')!.textContent).to.contain('<siip-cohort-roster lang="fa"></siip-cohort-roster>');
    await waitUntil(() => doc.querySelector('#cfg-preview-rtl siip-cohort-roster[lang="fa"]'), 'no Persian preview', { timeout: 5_000 });
    const rtl = doc.querySelector('#cfg-preview-rtl siip-cohort-roster')!;
    await waitUntil(() => rtl.shadowRoot?.querySelector('[part="base"][dir="rtl"][lang="fa"]'), 'Persian preview did not render', { timeout: 10_000 });
    expect(doc.getElementById('cfg-preview-rtl-caption')!.textContent).to.contain('Persian');
  });

  it('updates the snippet from the options, escaping what was typed', async () => {
    const doc = await openConfigurator();
    type(doc, 'cfg-option-cohort', '2020');
    type(doc, 'cfg-common-group', 'south"><script>');
    const snippet = doc.getElementById('cfg-snippet')!.textContent!;
    expect(snippet).to.contain('<siip-cohort-roster group="south&quot;&gt;&lt;script&gt;" cohort="2020"></siip-cohort-roster>');
  });

  it('switches widget and offers that widget’s own options', async () => {
    const doc = await openConfigurator();
    const select = doc.getElementById('cfg-widget') as HTMLSelectElement;
    select.value = 'siip-pathway-finder';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(doc.getElementById('cfg-option-profession')).to.exist;
    expect(doc.getElementById('cfg-option-cohort')).to.equal(null);
    expect(doc.getElementById('cfg-snippet')!.textContent).to.contain('<siip-pathway-finder></siip-pathway-finder>');
  });

  it('warns when the accent colour fails WCAG AA, and says so when it passes', async () => {
    const doc = await openConfigurator();
    const box = doc.getElementById('cfg-contrast')!;
    expect(box.textContent).to.match(/^Good contrast: 6\.\d\d:1 with white text/);
    type(doc, 'cfg-accent', '#ffcc00');
    expect(box.textContent).to.contain('Warning: White button text on #ffcc00 has a contrast of 1.');
    expect(box.getAttribute('aria-live')).to.equal('polite');
  });

  it('uses an edited base URL in both snippets', async () => {
    const doc = await openConfigurator();
    type(doc, 'cfg-base', 'https://partner.example.org/siip/');
    expect(doc.getElementById('cfg-snippet')!.textContent).to.contain('src="https://partner.example.org/siip/siip-widgets.js"');
    expect(doc.getElementById('cfg-iframe')!.textContent).to.contain('src="https://partner.example.org/siip/embed.html?');
  });
});
