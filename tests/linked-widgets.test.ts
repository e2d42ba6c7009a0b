import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/entries/define.js';
import type { SiipCohortRoster } from '../components/cohort-roster/cohort-roster.component.js';

describe('linked widgets (same group)', () => {
  it('a community chosen in the roster opens in the map, sets the pathway state and narrows the calendar', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <siip-cohort-roster group="city" cohort="2020"></siip-cohort-roster>
      <siip-community-map group="city"></siip-community-map>
      <siip-pathway-finder group="city" profession="registered-nurse" state="GA"></siip-pathway-finder>
      <siip-event-calendar group="city"></siip-event-calendar>
      <siip-event-calendar id="independent"></siip-event-calendar>
    </div>`);
    const roster = page.querySelector<SiipCohortRoster>('siip-cohort-roster')!;
    const map = page.querySelector('siip-community-map')!;
    const pathway = page.querySelector('siip-pathway-finder')!;
    const [calendar, independent] = page.querySelectorAll('siip-event-calendar');
    await waitUntil(() => roster.shadowRoot!.querySelector('tr[data-community="nevada"] button.name'), 'roster not ready', { timeout: 10_000 });
    await waitUntil(() => pathway.shadowRoot!.querySelector('[part="steps"]'), 'pathway not ready', { timeout: 10_000 });

    roster.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-community="nevada"] button.name')!.click();
    await waitUntil(() => map.selected === 'nevada', 'map did not follow');
    expect(pathway.state).to.equal('NV');
    expect(calendar.community).to.equal('nevada');
    expect(independent.community).to.equal('');
    expect(roster.selected).to.equal('nevada');
  });
});
