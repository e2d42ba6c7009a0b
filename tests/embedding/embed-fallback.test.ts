/**
 * The iframe fallback (src/demo/embed.html + embed.js), served as dist/ lays it out and
 * under a strict CSP by tests/embedding/hazard-server.mjs.
 */
import { expect, waitUntil } from '@open-wc/testing';

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  while (frames.length) frames.pop()!.remove();
});

async function openEmbed(query: string) {
  const heights: number[] = [];
  const frame = document.createElement('iframe');
  frame.style.width = '360px';
  frame.style.height = '300px';
  frame.src = `/__siip/embed.html?${query}`;
  const onMessage = (event: MessageEvent) => {
    if (event.source === frame.contentWindow && event.data?.type === 'siip-embed-height') heights.push(event.data.height);
  };
  addEventListener('message', onMessage);
  document.body.append(frame);
  frames.push(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, doc: frame.contentDocument!, heights, stop: () => removeEventListener('message', onMessage) };
}

describe('embed.html (iframe fallback)', () => {
  it('renders the one widget named in the query string with its attributes and accent', async () => {
    const { doc } = await openEmbed('widget=siip-cohort-roster&cohort=2020&lang=es&accent=%23aa3300');
    await waitUntil(() => doc.querySelector('siip-cohort-roster')?.shadowRoot?.querySelector('tr.row'), 'roster did not render', { timeout: 10_000 });
    const widgets = doc.querySelectorAll('#siip-embed > *');
    expect(widgets).to.have.length(1);
    const roster = widgets[0];
    expect(roster.localName).to.equal('siip-cohort-roster');
    expect(roster.getAttribute('cohort')).to.equal('2020');
    expect(roster.getAttribute('lang')).to.equal('es');
    expect((roster as HTMLElement).style.getPropertyValue('--siip-color-accent')).to.equal('#aa3300');
    expect(doc.documentElement.lang).to.equal('es');
  });

  it('ignores attributes that are not the widget’s own and sets values as text', async () => {
    const { doc } = await openEmbed('widget=siip-cohort-roster&onclick=alert(1)&style=display:none&query=%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E');
    const roster = doc.querySelector('siip-cohort-roster')!;
    expect(roster.hasAttribute('onclick')).to.equal(false);
    expect(roster.hasAttribute('style')).to.equal(false);
    expect(roster.getAttribute('query')).to.equal('"><img src=x onerror=window.__xss=1>');
    expect(doc.querySelector('img')).to.equal(null);
  });

  it('shows a plain message, not a blank frame, for an unknown widget', async () => {
    const { doc } = await openEmbed('widget=script&lang=ar');
    const message = doc.querySelector('[role="alert"]')!;
    expect(message.textContent).to.contain('SIIP');
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(doc.querySelector('script:not([src])')).to.equal(null);
  });

  it('tells the parent its height, and again when it grows, so the iframe needs no scrollbar', async () => {
    const { doc, heights, stop } = await openEmbed('widget=siip-cohort-roster&cohort=2020');
    const roster = doc.querySelector('siip-cohort-roster')!;
    await waitUntil(() => roster.shadowRoot?.querySelector('tr.row'), 'roster did not render', { timeout: 10_000 });
    // The first messages may carry the room reserved while loading; the last one matches the rendered page.
    const pageHeight = () => Math.ceil(doc.getElementById('siip-embed')!.getBoundingClientRect().height);
    await waitUntil(() => heights.length > 0 && heights.at(-1)! > 300 && heights.at(-1) === pageHeight(), `no height message matching the page (${heights.join(', ')})`, { timeout: 5_000 });
    const rendered = heights.at(-1)!;
    expect(rendered).to.equal(pageHeight());
    // Opening a community's details makes the page taller: a new message follows.
    roster.shadowRoot!.querySelector<HTMLButtonElement>('tr.row button.name')!.click();
    await waitUntil(() => heights.at(-1)! > rendered, 'no new height after growing', { timeout: 5_000 });
    stop();
  });
});
