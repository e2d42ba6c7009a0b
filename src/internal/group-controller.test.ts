import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../components/cohort-roster/cohort-roster.js';
import type { SiipCohortRoster } from '../../components/cohort-roster/cohort-roster.component.js';
import { GroupController } from './group-controller.js';

const minimal = new URL('../../data/fixtures/minimal.json', import.meta.url).href;

/** Wires a roster to its group the way the widget itself does (setting `selected`); records every call. */
function link(roster: SiipCohortRoster): string[] {
  const calls: string[] = [];
  new GroupController(roster, {
    onCommunity: (id) => {
      calls.push(id);
      roster.selected = id;
    },
  });
  return calls;
}

async function ready(el: SiipCohortRoster) {
  await waitUntil(() => el.shadowRoot!.querySelector('tr.row'), 'roster did not render', { timeout: 10_000 });
  await el.updateComplete;
  return el.shadowRoot!;
}

/** Clicks a community's name in a roster, as a reader would. */
async function choose(roster: SiipCohortRoster, id: string) {
  const root = await ready(roster);
  root.querySelector<HTMLButtonElement>(`tr.row[data-community="${id}"] button.name`)!.click();
  await roster.updateComplete;
}

const select = (communityId: string) => new CustomEvent('siip-community-select', { bubbles: true, composed: true, detail: { communityId } });

/** A widget that announces every selection it is given, like a map that emits on `selected` changes. */
class EchoWidget extends LitElement {
  static override properties = { selected: {} };
  declare selected: string;
  received: string[] = [];
  readonly linker = new GroupController(this, {
    onCommunity: (id) => {
      this.received.push(id);
      this.selected = id;
      // Synchronous echo, then an echo after rendering.
      this.dispatchEvent(select(id));
    },
  });
  constructor() {
    super();
    this.selected = '';
  }
  protected override updated(): void {
    if (this.selected) this.dispatchEvent(select(this.selected));
  }
}
customElements.define('siip-test-echo-widget', EchoWidget);

describe('GroupController', () => {
  it('selects a community chosen in one roster in the other roster of the same group', async () => {
    const page = await fixture(html`<div>
      <siip-cohort-roster id="a" group="south" src=${minimal}></siip-cohort-roster>
      <siip-cohort-roster id="b" group="south" src=${minimal}></siip-cohort-roster>
    </div>`);
    const [a, b] = [page.querySelector<SiipCohortRoster>('#a')!, page.querySelector<SiipCohortRoster>('#b')!];
    link(a);
    link(b);
    await Promise.all([ready(a), ready(b)]);
    await choose(a, 'atlanta-ga');
    expect(b.selected).to.equal('atlanta-ga');
    const root = await ready(b);
    const button = root.querySelector('tr.row[data-community="atlanta-ga"] button.name')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('never calls the callback of the widget that made the choice', async () => {
    const page = await fixture(html`<div>
      <siip-cohort-roster id="a" group="south" src=${minimal}></siip-cohort-roster>
      <siip-cohort-roster id="b" group="south" src=${minimal}></siip-cohort-roster>
    </div>`);
    const [a, b] = [page.querySelector<SiipCohortRoster>('#a')!, page.querySelector<SiipCohortRoster>('#b')!];
    const callsA = link(a);
    const callsB = link(b);
    await choose(a, 'nevada');
    expect(callsA).to.deep.equal([]);
    expect(callsB).to.deep.equal(['nevada']);
  });

  it('leaves widgets of another group and widgets without a group alone', async () => {
    const page = await fixture(html`<div>
      <siip-cohort-roster id="a" group="south" src=${minimal}></siip-cohort-roster>
      <siip-cohort-roster id="other" group="north" src=${minimal}></siip-cohort-roster>
      <siip-cohort-roster id="none" src=${minimal}></siip-cohort-roster>
    </div>`);
    const a = page.querySelector<SiipCohortRoster>('#a')!;
    const other = page.querySelector<SiipCohortRoster>('#other')!;
    const none = page.querySelector<SiipCohortRoster>('#none')!;
    link(a);
    const callsOther = link(other);
    const callsNone = link(none);
    await choose(a, 'atlanta-ga');
    expect(callsOther).to.deep.equal([]);
    expect(callsNone).to.deep.equal([]);
    expect(other.selected).to.equal('');
    expect(none.selected).to.equal('');
  });

  it('does not broadcast a choice made in a widget that has no group', async () => {
    const page = await fixture(html`<div>
      <siip-cohort-roster id="none" src=${minimal}></siip-cohort-roster>
      <siip-cohort-roster id="b" group="south" src=${minimal}></siip-cohort-roster>
    </div>`);
    const none = page.querySelector<SiipCohortRoster>('#none')!;
    const b = page.querySelector<SiipCohortRoster>('#b')!;
    link(none);
    const callsB = link(b);
    await choose(none, 'atlanta-ga');
    expect(callsB).to.deep.equal([]);
  });

  it('follows a choice announced by a host-page element of the same group', async () => {
    const page = await fixture(html`<div>
      <button id="host" group="south" type="button">Buffalo</button>
      <siip-cohort-roster id="a" group="south" src=${minimal}></siip-cohort-roster>
      <siip-cohort-roster id="b" group="south" src=${minimal}></siip-cohort-roster>
    </div>`);
    const [a, b] = [page.querySelector<SiipCohortRoster>('#a')!, page.querySelector<SiipCohortRoster>('#b')!];
    link(a);
    link(b);
    page.querySelector('#host')!.dispatchEvent(select('buffalo-ny'));
    expect(a.selected).to.equal('buffalo-ny');
    expect(b.selected).to.equal('buffalo-ny');
  });

  it('lets the host page hear the choices of a group with a plain event listener', async () => {
    const page = await fixture(html`<div><siip-cohort-roster id="a" group="south" src=${minimal}></siip-cohort-roster></div>`);
    const heard: string[] = [];
    (page as HTMLElement).addEventListener('siip-community-select', (event) => heard.push(event.detail.communityId));
    await choose(page.querySelector<SiipCohortRoster>('#a')!, 'nevada');
    expect(heard).to.deep.equal(['nevada']);
  });

  it('still works when the host page stops the event from bubbling', async () => {
    const page = await fixture(html`<div>
      <section id="wall"><siip-cohort-roster id="a" group="south" src=${minimal}></siip-cohort-roster></section>
      <siip-cohort-roster id="b" group="south" src=${minimal}></siip-cohort-roster>
    </div>`);
    page.querySelector('#wall')!.addEventListener('siip-community-select', (event) => event.stopPropagation());
    const [a, b] = [page.querySelector<SiipCohortRoster>('#a')!, page.querySelector<SiipCohortRoster>('#b')!];
    link(a);
    link(b);
    await choose(a, 'nevada');
    expect(b.selected).to.equal('nevada');
  });

  it('does not loop when a member announces again what the group gave it', async () => {
    const page = await fixture(html`<div>
      <siip-cohort-roster id="a" group="south" src=${minimal}></siip-cohort-roster>
      <siip-test-echo-widget id="e1" group="south"></siip-test-echo-widget>
      <siip-test-echo-widget id="e2" group="south"></siip-test-echo-widget>
    </div>`);
    const a = page.querySelector<SiipCohortRoster>('#a')!;
    const callsA = link(a);
    const [e1, e2] = [page.querySelector<EchoWidget>('#e1')!, page.querySelector<EchoWidget>('#e2')!];
    let events = 0;
    document.addEventListener('siip-community-select', () => events++);
    await choose(a, 'atlanta-ga');
    await aTimeout(50);
    expect(e1.received).to.deep.equal(['atlanta-ga']);
    expect(e2.received).to.deep.equal(['atlanta-ga']);
    expect(callsA).to.deep.equal([]);
    // The click, one synchronous and one after-render echo per echo widget; nothing travels further.
    expect(events).to.equal(5);
  });

  it('passes on a later real choice of the same community by a widget that received it', async () => {
    const page = await fixture(html`<div>
      <siip-cohort-roster id="a" group="south" src=${minimal}></siip-cohort-roster>
      <siip-cohort-roster id="b" group="south" src=${minimal}></siip-cohort-roster>
    </div>`);
    const [a, b] = [page.querySelector<SiipCohortRoster>('#a')!, page.querySelector<SiipCohortRoster>('#b')!];
    const callsA = link(a);
    link(b);
    await choose(a, 'atlanta-ga');
    await aTimeout(20);
    a.selected = '';
    await a.updateComplete;
    // b closes and reopens Atlanta: a real choice, which a follows.
    await choose(b, 'atlanta-ga');
    await choose(b, 'atlanta-ga');
    expect(callsA).to.deep.equal(['atlanta-ga']);
    expect(a.selected).to.equal('atlanta-ga');
  });

  it('follows a change of the group attribute', async () => {
    const page = await fixture(html`<div>
      <siip-cohort-roster id="a" group="south" src=${minimal}></siip-cohort-roster>
      <siip-cohort-roster id="b" group="north" src=${minimal}></siip-cohort-roster>
    </div>`);
    const [a, b] = [page.querySelector<SiipCohortRoster>('#a')!, page.querySelector<SiipCohortRoster>('#b')!];
    link(a);
    link(b);
    b.setAttribute('group', 'south');
    await choose(a, 'nevada');
    expect(b.selected).to.equal('nevada');
  });

  it('stops listening when the widget leaves the page and listens again when it comes back', async () => {
    const page = await fixture(html`<div>
      <button id="host" group="south" type="button">x</button>
      <siip-cohort-roster id="b" group="south" src=${minimal}></siip-cohort-roster>
    </div>`);
    const b = page.querySelector<SiipCohortRoster>('#b')!;
    const calls = link(b);
    const host = page.querySelector('#host')!;
    b.remove();
    host.dispatchEvent(select('nevada'));
    expect(calls).to.deep.equal([]);
    page.append(b);
    host.dispatchEvent(select('atlanta-ga'));
    expect(calls).to.deep.equal(['atlanta-ga']);
  });

  it('keeps the rest of the group following when one member throws', async () => {
    const page = await fixture(html`<div>
      <button id="host" group="south" type="button">x</button>
      <siip-cohort-roster id="a" group="south" src=${minimal}></siip-cohort-roster>
      <siip-cohort-roster id="b" group="south" src=${minimal}></siip-cohort-roster>
    </div>`);
    const [a, b] = [page.querySelector<SiipCohortRoster>('#a')!, page.querySelector<SiipCohortRoster>('#b')!];
    new GroupController(a, {
      onCommunity: () => {
        throw new Error('broken widget');
      },
    });
    link(b);
    const onerror = window.onerror;
    let reported = '';
    window.onerror = (message) => {
      reported = String(message);
      return true;
    };
    try {
      page.querySelector('#host')!.dispatchEvent(select('nevada'));
      await aTimeout(0);
    } finally {
      window.onerror = onerror;
    }
    expect(b.selected).to.equal('nevada');
    expect(reported).to.include('broken widget');
  });
});
