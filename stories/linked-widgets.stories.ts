import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../components/cohort-roster/cohort-roster.js';
import '../components/community-map/community-map.js';
import '../components/pathway-finder/pathway-finder.js';
import type { SiipCohortRoster } from '../components/cohort-roster/cohort-roster.component.js';

/**
 * Widgets with the same `group` attribute follow each other: choosing a community in the roster or on the map
 * selects it in the other, sets the pathway finder's state to the community's state, and narrows the calendar to
 * that community's events. Widgets without `group` stay independent.
 *
 * It is built on the public `siip-community-select` event, so the host page can join a group too: give any
 * element the same `group` and dispatch the event from it (the buttons below do exactly that).
 */
const meta: Meta = {
  title: 'Embedding/Linked widgets',
  parameters: {
    layout: 'padded',
    // Several rosters on one page repeat the roster's landmarks; each copy alone passes.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
};
export default meta;

const choose = (event: Event, communityId: string) =>
  (event.currentTarget as HTMLElement).dispatchEvent(
    new CustomEvent('siip-community-select', { bubbles: true, composed: true, detail: { communityId } }),
  );

/** A roster, a map and a pathway finder in one group, plus host-page buttons in the same group. */
export const Group: StoryObj = {
  render: () => html`
    <p>
      Host-page buttons in the group:
      <button type="button" group="siip-demo" @click=${(e: Event) => choose(e, 'atlanta-ga')}>Atlanta</button>
      <button type="button" group="siip-demo" @click=${(e: Event) => choose(e, 'nevada')}>Nevada</button>
    </p>
    <siip-community-map group="siip-demo" style="display:block;height:360px"></siip-community-map>
    <siip-pathway-finder group="siip-demo" profession="registered-nurse"></siip-pathway-finder>
    <siip-cohort-roster id="first" group="siip-demo" cohort="2020"></siip-cohort-roster>
    <h3>Another roster in the same group</h3>
    <siip-cohort-roster id="second" group="siip-demo" cohort="2020"></siip-cohort-roster>
    <h3>A roster without a group (stays independent)</h3>
    <siip-cohort-roster id="alone" cohort="2020"></siip-cohort-roster>
  `,
  play: async ({ canvasElement }) => {
    const [first, second, alone] = ['#first', '#second', '#alone'].map((id) => canvasElement.querySelector<SiipCohortRoster>(id)!);
    await waitFor(() => expect(first.shadowRoot!.querySelector('tr.row[data-community="atlanta-ga"] button.name')).toBeTruthy(), { timeout: 10_000 });
    first.shadowRoot!.querySelector<HTMLButtonElement>('tr.row[data-community="atlanta-ga"] button.name')!.click();
    await waitFor(() => expect(second.selected).toBe('atlanta-ga'));
    expect(alone.selected).toBe('');
    canvasElement.querySelector<HTMLButtonElement>('button[group]:nth-of-type(2)')!.click();
    await waitFor(() => expect(first.selected).toBe('nevada'));
    expect(second.selected).toBe('nevada');
  },
};

/** The host page listening to a group, by hand: the same event the widgets use. */
export const HostPageListens: StoryObj = {
  render: () => html`
    <p role="status" id="log">Choose a community in the roster.</p>
    <siip-cohort-roster
      group="siip-demo"
      cohort="2020"
      @siip-community-select=${(e: CustomEvent<{ communityId: string }>) => {
        (e.currentTarget as HTMLElement).parentElement!.querySelector('#log')!.textContent = `The page heard: ${e.detail.communityId}`;
      }}
    ></siip-cohort-roster>
  `,
  play: async ({ canvasElement }) => {
    const roster = canvasElement.querySelector<SiipCohortRoster>('siip-cohort-roster')!;
    await waitFor(() => expect(roster.shadowRoot!.querySelector('tr.row button.name')).toBeTruthy(), { timeout: 10_000 });
    roster.shadowRoot!.querySelector<HTMLButtonElement>('tr.row[data-community="atlanta-ga"] button.name')!.click();
    await waitFor(() => expect(canvasElement.querySelector('#log')!.textContent).toBe('The page heard: atlanta-ga'));
  },
};
