import { expect, fixture, html as testHtml, aTimeout } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { LiveAnnouncer } from './live-announcer.js';
import { SkipPast } from './skip-past.js';
import { sendKeys } from '@web/test-runner-commands';

class AnnouncerProbe extends LitElement {
  readonly announcer = new LiveAnnouncer(this, 80);
  readonly skip = new SkipPast(this);
  override render() {
    return html`${this.skip.link('Skip past')}<button>inside</button>${this.announcer.render()}${this.skip.end('End of probe')}`;
  }
}
customElements.define('siip-announcer-probe', AnnouncerProbe);

/** Every text the live region has held, in order (what a screen reader would speak). */
function recordAnnouncements(el: AnnouncerProbe): string[] {
  const spoken: string[] = [];
  const region = el.shadowRoot!.querySelector('[role="status"]')!;
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) spoken.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return spoken;
}

describe('LiveAnnouncer', () => {
  it('speaks a settling search once, with its final result', async () => {
    const el = await fixture<AnnouncerProbe>(testHtml`<siip-announcer-probe></siip-announcer-probe>`);
    const spoken = recordAnnouncements(el);
    for (const count of [31, 16, 1]) {
      el.announcer.announce(`${count} of 44 communities`, { settle: true });
      await aTimeout(20);
    }
    await aTimeout(200);
    expect(spoken).to.deep.equal(['1 of 44 communities']);
  });

  it('speaks a change at once, and the same words twice when they are said twice', async () => {
    const el = await fixture<AnnouncerProbe>(testHtml`<siip-announcer-probe></siip-announcer-probe>`);
    const spoken = recordAnnouncements(el);
    el.announcer.announce('Sorted by state');
    await el.updateComplete;
    el.announcer.announce('Sorted by state');
    await el.updateComplete;
    expect(spoken).to.have.length(2);
    expect(el.announcer.message).to.equal('Sorted by state');
  });

  it('drops a pending announcement when the widget leaves the page', async () => {
    const el = await fixture<AnnouncerProbe>(testHtml`<siip-announcer-probe></siip-announcer-probe>`);
    el.announcer.announce('late', { settle: true });
    el.remove();
    await aTimeout(150);
    expect(el.announcer.message).to.equal('');
  });
});

describe('SkipPast', () => {
  it('moves focus to the end of the widget, so the next Tab leaves it', async () => {
    const wrapper = await fixture(testHtml`<div><siip-announcer-probe></siip-announcer-probe><button id="after">after</button></div>`);
    const el = wrapper.querySelector('siip-announcer-probe') as AnnouncerProbe;
    await el.updateComplete;
    const link = el.shadowRoot!.querySelector('a')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('End of probe');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.querySelector('.siip-skip-end')!.getAttribute('tabindex'), 'not a stop of its own').to.equal('-1');
    expect(document.activeElement?.id).to.equal('after');
  });
});
